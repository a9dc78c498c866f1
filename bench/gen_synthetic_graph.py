"""A synthetic exokg graph of any size, in exactly the shape ``kg.graph.build_graph`` produces.

It is made the way the pipeline makes the real graph (kg.model Statements with Evidence ->
kg.assemble.assemble -> kg.graph.build_graph, plus PooledEffects and Documents), so every
consumer (RDF export, store, API, view) sees realistic data: exosomes derived from cells,
carrying miRNAs that target and regulate genes in pathways, processes and outcomes, with cited
evidence, hedging, contradictions and pooled effects. It always contains the entities the shipped
queries look for (CL:0002540 bone marrow MSCs, GO:0043491 PI3K/AKT, a BBB score outcome).

    from bench.gen_synthetic_graph import synthetic_graph   # or load this file by path
    g = synthetic_graph(n_edges=40_000, seed=1)

Command line: ``python bench/gen_synthetic_graph.py 40000 --seed 1 --out /tmp/synth`` writes the
graph as graph.json (node-link) and, with ``--rdf``, kg.ttl/kg.nt.

Time is linear in ``n_edges`` (random choices from pools built once): about 6 s for 100k edges and
2 min for 1M on two cores, most of it in kg.assemble and kg.graph. A seed always gives the same graph.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.assemble import assemble  # noqa: E402
from kg.graph import build_graph, to_node_link  # noqa: E402
from kg.model import BibEntry, Document, Evidence, Polarity, PooledEffect, Ref, Statement, qualifiers  # noqa: E402

BONE_MARROW_MSC = Ref("CL", "0002540", "mesenchymal stem cell of the bone marrow", "biolink:Cell")
PI3K_AKT = Ref("GO", "0043491", "PI3K/AKT signaling", "biolink:Pathway")
BBB = Ref("exokg", "bbb_score", "BBB locomotor score", "biolink:ClinicalFinding")
CELL_SOURCES = ["umbilical cord", "adipose", "menstrual blood", "dental pulp", "placenta"]
HEDGES = ["may", "might", "suggests that", "appears to"]
VERBS = {"targets": "directly targets", "increases": "up-regulates", "decreases": "suppresses",
         "regulates": "modulates", "participates_in": "acts in", "carries": "carries", "derived_from": "derive from",
         "marker_for": "marks", "associated_with": "is associated with"}
OUTCOMES = ["BBB score", "lesion area", "NeuN+ cells", "GFAP expression", "TNF-α level", "IL-10 level", "apoptosis"]


def _entities(n_edges: int, rng: random.Random) -> dict[str, list[Ref]]:
    n = max(8, n_edges // 6)
    cells = [BONE_MARROW_MSC] + [Ref("exokg", f"cell_{i}", f"{CELL_SOURCES[i % 5]} MSC line {i}", "biolink:Cell")
                                  for i in range(max(1, n // 20))]
    exosomes = [Ref("exokg", f"exosome_{i}", f"exosome preparation {i}", "biolink:CellularComponent")
                for i in range(max(2, n // 50))]
    mirnas = [Ref("mirbase.mature", f"MIMAT{1000000 + i:07d}", f"miR-{100 + i}-{rng.choice('35')}p",
                  "biolink:MicroRNA") for i in range(max(3, n // 4))]
    genes = [Ref("HGNC", str(10000 + i), f"GENE{i}", "biolink:Gene") for i in range(max(3, n // 2))]
    pathways = [PI3K_AKT] + [Ref("GO", f"{7000000 + i:07d}", f"signalling pathway {i}", "biolink:Pathway")
                             for i in range(max(2, n // 40))]
    processes = [Ref("GO", f"{8000000 + i:07d}", f"biological process {i}", "biolink:BiologicalProcess")
                 for i in range(max(2, n // 30))]
    outcomes = [BBB] + [Ref("exokg", f"outcome_{i}", f"{OUTCOMES[i % len(OUTCOMES)]} {i}", "biolink:ClinicalFinding")
                        for i in range(max(2, n // 100))]
    return {"cell": cells, "exosome": exosomes, "mirna": mirnas, "gene": genes, "pathway": pathways,
            "process": processes, "outcome": outcomes}


def _documents(n_edges: int, rng: random.Random) -> list[Document]:
    docs = []
    for i in range(max(2, n_edges // 200)):
        bib = tuple(BibEntry(key=str(j + 1), text=f"Author{j} et al. Study {j}.", doi=f"10.9999/synth.{i}.{j}",
                             year=2010 + (j % 15), first_author=f"Author{j}") for j in range(rng.randint(5, 40)))
        docs.append(Document(id=f"synth{i:05d}", text="", title=f"Synthetic paper {i} on MSC exosomes in SCI",
                             authors=(f"Writer{i} A", f"Writer{i + 1} B"), journal="Journal of Synthetic Results",
                             year=2015 + i % 10, doi=f"10.9999/synth.{i}", licence="CC BY 4.0",
                             bibliography=bib))
    return docs


def _pools(ents: dict[str, list[Ref]]) -> dict[str, list[Ref]]:
    """The mixed subject/object pools, concatenated once (not per statement: that was quadratic)."""
    return {**ents, "mirna+gene+exosome": ents["mirna"] + ents["gene"] + ents["exosome"],
            "gene+process+outcome": ents["gene"] + ents["process"] + ents["outcome"],
            "process+outcome": ents["process"] + ents["outcome"]}


def _statement(rng: random.Random, ents: dict[str, list[Ref]], docs: list[Document], i: int) -> Statement:
    """One random statement; ``ents`` are the pools of :func:`_pools`."""
    kind = rng.random()
    if kind < 0.08:
        s, pred, o, pol = rng.choice(ents["exosome"]), "derived_from", rng.choice(ents["cell"]), Polarity.NONE
    elif kind < 0.30:
        s, pred, o, pol = rng.choice(ents["exosome"]), "carries", rng.choice(ents["mirna"]), Polarity.NONE
    elif kind < 0.50:
        s, pred, o, pol = rng.choice(ents["mirna"]), "targets", rng.choice(ents["gene"]), Polarity.NEGATIVE
    elif kind < 0.70:
        pred = rng.choice(["increases", "decreases", "regulates"])
        pol = {"increases": Polarity.POSITIVE, "decreases": Polarity.NEGATIVE, "regulates": Polarity.NONE}[pred]
        s = rng.choice(ents["mirna+gene+exosome"])
        o = rng.choice(ents["gene+process+outcome"])
    elif kind < 0.90:
        s, pred, o, pol = rng.choice(ents["gene"]), "participates_in", rng.choice(ents["pathway"]), Polarity.NONE
    else:
        pred = rng.choice(["marker_for", "associated_with"])
        s, o, pol = rng.choice(ents["gene"]), rng.choice(ents["process+outcome"]), Polarity.NONE
    doc = rng.choice(docs)
    hedged = rng.random() < 0.15
    sentence = f"{s.label} {rng.choice(HEDGES) + ' ' if hedged else ''}{VERBS[pred]} {o.label} (sentence {i})."
    start = rng.randint(0, 200_000)
    cites = tuple(rng.sample(doc.bibliography, k=min(len(doc.bibliography), rng.randint(0, 2))))
    quals = qualifiers(species=rng.choice(["rat", "mouse", None, None]))
    evidence = Evidence(document_id=doc.id, sentence=sentence, start=start, end=start + len(sentence),
                        section=rng.choice(["Results", "Discussion", "Introduction"]),
                        subject_span=(start, start + len(s.label)), object_span=(start + 10, start + 20),
                        citations=cites, extractor="synthetic", extractor_version="1", hedged=hedged,
                        rule=f"synthetic.{pred}")
    return Statement(s, pred, o, pol, quals, (evidence,))


def _effects(n_edges: int, rng: random.Random, ents: dict[str, list[Ref]], docs: list[Document]) -> list[PooledEffect]:
    effects = []
    for i in range(max(2, n_edges // 100)):
        exosome = ents["exosome"][i % len(ents["exosome"])]
        outcome = BBB if i % 3 == 0 else rng.choice(ents["outcome"])
        estimate = round(rng.uniform(-4, 5), 2)
        half = round(rng.uniform(0.2, 2.0), 2)
        doc = rng.choice(docs)
        reported = rng.random() < 0.6
        effects.append(PooledEffect(
            rng.choice(["WMD", "SMD", "MD"]), estimate, round(estimate - half, 2), round(estimate + half, 2),
            exosome, outcome, population="rats with SCI", comparator="PBS", k=rng.randint(2, 30),
            i2=round(rng.uniform(0, 95), 1), model="random", subgroup=f"subgroup {i}",
            source="reported" if reported else "computed",
            se=None if reported else round(half / 1.96, 4), method=None if reported else "REML",
            evidence=Evidence(document_id=doc.id, sentence=f"Pooled effect {i}: {estimate}.", start=i, end=i + 30)
            if reported else None,
            provenance="" if reported else f"studies_{i}.csv"))
    return effects


def synthetic_graph(n_edges: int, seed: int = 0) -> nx.MultiDiGraph:
    """About ``n_edges`` assembled statements (plus pooled effects) in build_graph's shape."""
    if n_edges < 1:
        raise ValueError(f"n_edges must be positive, not {n_edges}")
    # millions of acyclic objects are made here; not re-walking them at every collector threshold
    # saves about 30% of the time
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _synthetic_graph(n_edges, seed)
    finally:
        if was_enabled:
            gc.enable()


def _synthetic_graph(n_edges: int, seed: int) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    ents = _entities(n_edges, rng)
    docs = _documents(n_edges, rng)
    pools = _pools(ents)
    statements = [_statement(rng, pools, docs, i) for i in range(n_edges)]
    # guarantee the shipped queries something to find
    mir, gene = ents["mirna"][0], ents["gene"][0]
    exo = ents["exosome"][0]
    anchor = Evidence(document_id=docs[0].id, sentence="anchor", start=0, end=6)
    statements += [
        Statement(exo, "derived_from", BONE_MARROW_MSC, evidence=(anchor,)),
        Statement(exo, "carries", mir, evidence=(anchor,)),
        Statement(mir, "targets", gene, Polarity.NEGATIVE, evidence=(anchor,)),
        Statement(gene, "participates_in", PI3K_AKT, evidence=(anchor,)),
    ]
    entity_table = {r.curie: {"label": r.label, "category": r.category, "synonyms": [r.label.lower()], "xrefs": []}
                    for refs in ents.values() for r in refs}
    return build_graph(assemble(statements), _effects(n_edges, rng, ents, docs), entity_table, docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n_edges", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--rdf", action="store_true", help="also write kg.ttl and kg.nt")
    args = parser.parse_args(argv)
    g = synthetic_graph(args.n_edges, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "graph.json").write_text(json.dumps(to_node_link(g)), encoding="utf-8")
    if args.rdf:
        from kg.rdf import write_rdf

        write_rdf(g, args.out, formats=("turtle", "nt"), exports=())
    print(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
