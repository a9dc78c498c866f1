"""``exokg explain``: name resolution, path finding and ranking, and the command line.

A small graph is assembled from hand-made statements (with evidence and a pooled effect) so
every expected path can be written down; one test runs against the graph built from the
bundled papers.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import networkx as nx
import pytest

from kg.assemble import assemble
from kg.cli import main
from kg.errors import InputError, QueryError
from kg.explain import PathIndex, format_paths, mechanism_paths, resolve_entity, walk_edges
from kg.graph import build_graph, from_node_link, to_node_link
from kg.io import write_json
from kg.model import BiasAssessment, BibEntry, Evidence, Polarity, PooledEffect, Ref, Statement, qualifiers

CELL = Ref("CL", "0002540", "bone marrow mesenchymal stem cell", "biolink:Cell")
EXO = Ref("exokg", "BMSC_Exo", "bone marrow MSC-derived exosomes", "biolink:CellularComponent")
MIR = Ref("mirbase.mature", "MIMAT0000422", "hsa-miR-124-3p", "biolink:MicroRNA")
ERN1 = Ref("HGNC", "3449", "Ern1", "biolink:Gene")
M2 = Ref("CL", "0000890", "M2 macrophage", "biolink:Cell")
BBB = Ref("exokg", "BBB_score", "BBB locomotor score", "biolink:PhenotypicFeature")
TNF = Ref("HGNC", "11892", "TNF-α", "biolink:Gene")
ENTITIES = {
    EXO.curie: {"label": EXO.label, "category": EXO.category, "synonyms": ["BMSCs-Exo", "BMSC-derived exosomes"]},
    BBB.curie: {"label": BBB.label, "category": BBB.category, "synonyms": ["BBB score", "BBB scores"]},
    TNF.curie: {"label": TNF.label, "category": TNF.category, "synonyms": ["TNF-alpha", "tumor necrosis factor"]},
}
LI2020 = BibEntry("107", "Li R et al. Arthritis Res Ther. 2020", doi="10.1186/s13075-020-2146-x", year=2020)
SENTENCE = "Exosomes derived from BM-MSCs carrying the MiR-124-3p target, downregulate Ern1, thereby enhancing M2 " \
           "macrophage polarization."


def ev(rule: str = "dec:main", cites: tuple[BibEntry, ...] = (LI2020,), sentence: str = SENTENCE) -> Evidence:
    return Evidence("li2025", sentence, 100, 100 + len(sentence), section="BM-MSCs", citations=cites, rule=rule)


def s(subj: Ref, pred: str, obj: Ref, pol: str, *evidence: Evidence) -> Statement:
    return Statement(subj, pred, obj, Polarity(pol), evidence=evidence or (ev(),))


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    statements = [
        s(EXO, "derived_from", CELL, "0", ev("derived_from:composite")),
        s(EXO, "carries", MIR, "0", ev("carries:phrase")),
        s(MIR, "targets", ERN1, "-", ev("dec:coordinated:cargo_agent")),
        s(EXO, "decreases", ERN1, "-"),
        s(ERN1, "decreases", M2, "-", ev("chain:thereby")),
        Statement(M2, "decreases", TNF, Polarity("-"), qualifiers(species="rat"),
                  evidence=(ev(sentence="M2 macrophages lower TNF-α in rats."),)),
        s(TNF, "decreases", BBB, "-", ev(sentence="TNF-α impairs locomotion.")),
        s(EXO, "increases", BBB, "+", ev("treatment:comparison", cites=(),
                                         sentence="The BMSCs-Exo group had higher BBB scores.")),
    ]
    effect = PooledEffect("WMD", 3.47, 3.31, 3.63, EXO, BBB, k=30, evidence=ev("printed-effect", cites=(),
                          sentence="WMD = 3.47, 95% CI [3.31, 3.63]"),
                          bias=(BiasAssessment("funnel_plot", asymmetry=True),))
    g = build_graph(assemble(statements), [effect], ENTITIES)
    return from_node_link(to_node_link(g))  # exactly what graph.json holds


@pytest.mark.parametrize("text, node", [
    ("exokg:BMSC_Exo", "exokg:BMSC_Exo"),
    ("BONE MARROW MSC-DERIVED EXOSOMES", "exokg:BMSC_Exo"),
    ("bmscs-exo", "exokg:BMSC_Exo"),
    ("BMSC exosomes", "exokg:BMSC_Exo"),  # every word of a synonym ("BMSC-derived exosomes")
    ("BBB score", "exokg:BBB_score"),
    ("TNF alpha", "HGNC:11892"),
])
def test_resolve_by_curie_label_or_synonym(graph, text: str, node: str) -> None:
    assert resolve_entity(graph, text) == node


def test_unknown_names_fail_with_close_matches(graph) -> None:
    with pytest.raises(QueryError, match=r"no entity named 'BBB scroe'.*BBB locomotor score"):
        resolve_entity(graph, "BBB scroe")
    with pytest.raises(QueryError, match="give an entity"):
        resolve_entity(graph, "  ")


def test_paths_walk_source_to_outcome_ranked_by_belief_then_length(graph) -> None:
    paths = mechanism_paths(graph, CELL.curie, BBB.curie, max_hops=6, top=20)
    assert paths
    scores = [p.score for p in paths]
    assert scores == sorted(scores, reverse=True)
    first = paths[0]
    assert first.nodes[:2] == (CELL.curie, EXO.curie) and first.hops[0].relation == "source_of"
    assert first.nodes[-1] == BBB.curie
    assert len({tuple(h.edge_id for h in p.hops) for p in paths}) == len(paths), "no path listed twice"
    for p in paths:
        assert len(set(p.nodes)) == len(p.nodes), "paths are simple"
        assert p.score == pytest.approx(_product(h.belief for h in p.hops))
    long_chain = [p for p in paths if MIR.curie in p.nodes and TNF.curie in p.nodes]
    assert long_chain, "cell -> exosome -> miRNA -> Ern1 -> M2 -> TNF -> BBB"
    # ⊣Ern1 ⊣M2 ⊣TNF ⊣BBB: four negatives make a positive net effect
    assert long_chain[0].polarity == "+"


def _product(values) -> float:
    out = 1.0
    for v in values:
        out *= v
    return out


def test_pooled_effects_are_hops_and_statements_stay_separate(graph) -> None:
    paths = mechanism_paths(graph, EXO.curie, BBB.curie, max_hops=1, top=5)
    kinds = sorted(p.hops[0].kind for p in paths)
    assert kinds == ["pooled_effect", "statement"]
    effect = next(p for p in paths if p.hops[0].kind == "pooled_effect").hops[0]
    assert effect.polarity == "+" and "WMD 3.47" in effect.label and effect.support == 30
    assert effect.bias == ("funnel plot: asymmetry",) and effect.to_dict()["bias"] == ["funnel plot: asymmetry"]
    listing = format_paths(graph, EXO.curie, BBB.curie, paths, 1).splitlines()
    hop_line = next(i for i, line in enumerate(listing) if "WMD 3.47" in line)
    assert listing[hop_line + 1] == "      publication bias: funnel plot: asymmetry"


def test_max_hops_and_top_bound_the_answer(graph) -> None:
    assert mechanism_paths(graph, CELL.curie, BBB.curie, max_hops=1) == []
    assert len(mechanism_paths(graph, CELL.curie, BBB.curie, max_hops=6, top=1)) == 1
    with pytest.raises(QueryError):
        mechanism_paths(graph, CELL.curie, BBB.curie, max_hops=0)
    with pytest.raises(QueryError):
        mechanism_paths(graph, "exokg:nothing", BBB.curie)


def test_walk_keeps_the_best_edge_between_two_nodes(graph) -> None:
    edges = walk_edges(graph)
    assert set(edges[CELL.curie]) == {EXO.curie}  # derived_from walked from the source
    assert edges[EXO.curie][ERN1.curie].polarity == "-"


def exhaustive_paths(graph: nx.MultiDiGraph, source: str, target: str, max_hops: int) -> list[tuple]:
    """Every simple path of at most ``max_hops`` walkable hops, ranked by the documented key.

    The reference the best-first search is held to: a plain depth-first enumeration over
    :func:`walk_edges` (the search as it was before the index), sorted by score (rounded to 12
    digits, higher first), length, node labels, then edge ids. Rows are (nodes, edge ids, score).
    """
    edges = walk_edges(graph)
    found: list[tuple] = []

    def extend(nodes: tuple[str, ...], hops: tuple, score: float) -> None:
        if nodes[-1] == target:
            found.append((nodes, tuple(h.edge_id for h in hops), score))
            return
        if len(hops) == max_hops:
            return
        for hop in edges.get(nodes[-1], {}).values():
            if hop.target in nodes or (hop.kind == "narrower" and hops):  # includes: first hop only
                continue
            if hop.kind in {"broader", "measure"} and (hop.target != target or [h.kind for h in hops] == ["narrower"]):
                continue  # is_a and measures: last hop only, and not right after an includes hop
            extend((*nodes, hop.target), (*hops, hop), score * hop.belief)

    if source != target:
        extend((source,), (), 1.0)

    def label(n: str) -> str:
        return str(graph.nodes[n].get("label", n)).casefold()

    found.sort(key=lambda row: (-round(row[2], 12), len(row[1]), [label(n) for n in row[0]], row[1]))
    return found


def _entities(graph: nx.MultiDiGraph) -> list[str]:
    return [n for n, kind in graph.nodes(data="kind") if kind != "PooledEffect"]


def _rows(paths) -> list[tuple]:
    return [(p.nodes, tuple(h.edge_id for h in p.hops), p.score) for p in paths]


@pytest.fixture(scope="module")
def tangled() -> nx.MultiDiGraph:
    """A random graph dense enough for many paths and many tied scores (few distinct beliefs)."""
    rng = random.Random(7)
    categories = ["biolink:Cell", "biolink:CellularComponent", "biolink:MicroRNA", "biolink:Gene", "biolink:Pathway"]
    refs = [Ref("exokg", f"n{i}", f"node {i % 23}", categories[i % 5]) for i in range(40)]  # labels repeat
    rules = ["dec:main", "carries:phrase", "chain:thereby", "treatment:comparison"]
    predicates = ["increases", "decreases", "regulates", "carries", "targets", "derived_from", "marker_for"]
    statements = []
    for i in range(260):
        subj, obj = rng.sample(refs, 2)
        pred = rng.choice(predicates)
        pol = {"increases": "+", "decreases": "-", "targets": "-"}.get(pred, "0")
        evidence = tuple(ev(rng.choice(rules), cites=(BibEntry(str(rng.randint(1, 6)), "x"),) if rng.random() < 0.7
                            else (), sentence=f"claim {i}") for _ in range(rng.choice([1, 1, 1, 2])))
        statements.append(s(subj, pred, obj, pol, *evidence))
    effects = [PooledEffect("SMD", rng.choice([-1.2, 0.8, 2.0]), -0.5, 2.5, rng.choice(refs), rng.choice(refs), k=5)
               for _ in range(12)]
    return from_node_link(to_node_link(build_graph(assemble(statements), effects, {})))


def test_index_gives_the_paths_of_the_exhaustive_search(graph, tangled) -> None:
    """Best-first with the index, the plain call and the exhaustive reference agree, ties included."""
    cases = [(graph, a, b, hops) for a in graph for b in graph for hops in (1, 3, 6)]
    rng = random.Random(1)
    nodes = _entities(tangled)
    cases += [(tangled, *rng.sample(nodes, 2), rng.choice([2, 3, 4])) for _ in range(60)]
    indexes = {id(graph): PathIndex.from_graph(graph), id(tangled): PathIndex.from_graph(tangled)}
    compared = tied = 0
    for g, a, b, hops in cases:
        reference = exhaustive_paths(g, a, b, hops)
        for top in (1, 4, 25):
            with_index = mechanism_paths(g, a, b, hops, top, index=indexes[id(g)])
            assert _rows(with_index) == reference[:top], (a, b, hops, top)
            assert _rows(mechanism_paths(g, a, b, hops, top)) == reference[:top]
            compared += bool(reference)
        scores = [round(row[2], 12) for row in reference[:25]]
        tied += len(scores) != len(set(scores))
    assert compared > 100 and tied > 10  # the cases do exercise the tie-breaks


@pytest.fixture(scope="module")
def tangled_kinds(tangled) -> nx.MultiDiGraph:
    """The tangled graph where some nodes are narrower kinds of others (graph attribute ``broader``) and some
    measure others (``measures``)."""
    g = tangled.copy()
    rng = random.Random(3)
    nodes = _entities(g)
    for node in rng.sample(nodes, 12):
        g.nodes[node]["broader"] = sorted(set(rng.sample([n for n in nodes if n != node], 2)) | {"GO:0070062"})
    for node in rng.sample(nodes, 8):
        g.nodes[node]["measures"] = [rng.choice([n for n in nodes if n != node])]
    return g


def test_paths_open_with_narrower_kinds_and_close_with_broader_ones_like_the_exhaustive_search(tangled_kinds) -> None:
    """An includes hop is a path's first hop only, an is_a hop its last; best-first with the index still gives
    the reference."""
    index = PathIndex.from_graph(tangled_kinds)
    rng = random.Random(5)
    nodes = _entities(tangled_kinds)
    starts = [n for n in nodes if any(n in (d.get("broader") or ()) for _, d in tangled_kinds.nodes(data=True))]
    kinds_of = sorted({b for _, d in tangled_kinds.nodes(data=True)
                       for b in (*(d.get("broader") or ()), *(d.get("measures") or ()))} & set(nodes))
    opened = closed = measured = misplaced = 0
    pairs = [(rng.choice(starts), rng.choice(nodes)) for _ in range(60)]
    pairs += [(rng.choice(nodes), rng.choice(kinds_of)) for _ in range(60)]  # questions about a broader kind
    for a, b in pairs:
        if a == b:
            continue
        reference = exhaustive_paths(tangled_kinds, a, b, 3)
        for top in (1, 10):
            assert _rows(index.search(a, b, 3, top).paths) == reference[:top], (a, b, top)
        for path in index.search(a, b, 3, 10).paths:
            kinds = [h.kind for h in path.hops]
            opened += kinds[0] == "narrower"
            closed += kinds[-1] == "broader"
            measured += kinds[-1] == "measure"
            misplaced += ("narrower" in kinds[1:] or "broader" in kinds[:-1] or "measure" in kinds[:-1]
                          or kinds in (["narrower", "broader"], ["narrower", "measure"]))
            if kinds[0] == "narrower":
                assert path.hops[0].relation == "includes" and path.hops[0].belief == 1.0
                assert path.hops[0].source in tangled_kinds.nodes[path.hops[0].target]["broader"]
            if kinds[-1] == "broader":
                assert path.hops[-1].relation == "is_a" and path.hops[-1].belief == 1.0
                assert path.hops[-1].target in tangled_kinds.nodes[path.hops[-1].source]["broader"]
            if kinds[-1] == "measure":
                assert path.hops[-1].relation == "measures" and path.hops[-1].belief == 1.0
                assert path.hops[-1].target in tangled_kinds.nodes[path.hops[-1].source]["measures"]
    assert opened > 20 and closed > 20 and measured > 5 and misplaced == 0


def test_a_question_about_a_vesicle_kind_reaches_what_its_preparations_do() -> None:
    generic = Ref("GO", "0070062", "exosome", "biolink:CellularComponent")
    msc = Ref("exokg", "MSC_Exo", "MSC-derived exosomes", "biolink:CellularComponent")
    cell = Ref("CL", "0000669", "pericyte", "biolink:Cell")
    pyroptosis = Ref("GO", "0070269", "pyroptosis", "biolink:BiologicalProcess")
    statements = [s(EXO, "decreases", pyroptosis, "-"), s(msc, "increases", generic, "+"),
                  s(cell, "increases", msc, "+"), s(generic, "regulates", TNF, "0")]
    entities = {EXO.curie: {"broader": ["GO:0070062", "exokg:MSC_Exo"]}, msc.curie: {"broader": ["GO:0070062"]}}
    g = from_node_link(to_node_link(build_graph(assemble(statements), [], entities)))
    index = PathIndex.from_graph(g)
    [path] = index.search(generic.curie, pyroptosis.curie, 4, 10).paths
    assert path.nodes == (generic.curie, EXO.curie, pyroptosis.curie) and path.polarity == "-"
    assert [h.relation for h in path.hops] == ["includes", "decreases"]
    assert [p.nodes for p in index.search(msc.curie, pyroptosis.curie, 4, 10).paths] == [
        (msc.curie, EXO.curie, pyroptosis.curie)]  # never MSC exosomes -> exosome -> includes -> ...
    # what a narrower preparation does is not what the broader kind does: no path back up
    assert index.search(EXO.curie, TNF.curie, 4, 10).paths == []
    assert index.search(cell.curie, pyroptosis.curie, 4, 10).paths == []  # includes never follows another hop
    text = format_paths(g, generic.curie, pyroptosis.curie, [path], 4)
    assert "exosome --includes--> bone marrow MSC-derived exosomes" in text


def test_msc_exosomes_reach_menstrual_blood_stem_cell_exosomes_but_not_dental_pulp_ones() -> None:
    """The bundled review counts menstrual blood-derived endometrial stem cells among MSC sources; the Cell
    Ontology does not class dental pulp stem cells as MSCs, so their exosomes are exosomes only."""
    from extractors.lexicon import entity_table
    from kg.model import Document
    from kg.pipeline import Extractor

    text = "MenSC-Exos reduced neuronal apoptosis after SCI. DPSC-Exos reduced neuronal apoptosis after SCI."
    result = Extractor().process(Document(id="t", text=text))
    g = build_graph(assemble(result.statements), [], entity_table())
    index = PathIndex.from_graph(g)
    from_msc = {p.nodes for p in index.search("exokg:MSC_Exo", "GO:0051402", 3, 10).paths}
    assert from_msc == {("exokg:MSC_Exo", "exokg:MenSC_Exo", "GO:0051402")}
    from_exosome = {p.nodes[1] for p in index.search("GO:0070062", "GO:0051402", 3, 10).paths}
    assert from_exosome == {"exokg:MenSC_Exo", "exokg:DPSC_Exo"}


def test_a_question_about_a_process_reaches_claims_about_its_kinds_in_go() -> None:
    """Lexicon processes list their GO is_a ancestors: a claim about neuronal or oligodendrocyte apoptosis
    answers a question about apoptosis (and cell death), which no sentence names."""
    from extractors.lexicon import entity_table
    from kg.model import Document
    from kg.pipeline import Extractor

    text = "BMSC-Exos reduced neuronal apoptosis after SCI. BMSC-Exos reduced the apoptosis of oligodendrocytes."
    result = Extractor().process(Document(id="t", text=text))
    g = build_graph(assemble(result.statements), [], entity_table())
    index = PathIndex.from_graph(g)
    paths = index.search("exokg:BMSC_Exo", "GO:0006915", 3, 10).paths
    assert {p.nodes for p in paths} == {("exokg:BMSC_Exo", "GO:0051402", "GO:0006915"),
                                        ("exokg:BMSC_Exo", "GO:0097252", "GO:0006915")}
    assert {(p.hops[-1].relation, p.polarity) for p in paths} == {("is_a", "-")}
    to_death = {p.nodes[1:] for p in index.search("exokg:BMSC_Exo", "GO:0008219", 3, 10).paths}
    assert ("GO:0051402", "GO:0008219") in to_death and ("GO:0097252", "GO:0008219") in to_death
    assert all(len(nodes) == 2 for nodes in to_death)  # never through apoptosis: an is_a hop ends a path
    assert "neuronal apoptosis --is_a--> apoptosis" in format_paths(g, "exokg:BMSC_Exo", "GO:0006915", paths, 3)


def test_a_question_about_a_cell_kind_reaches_claims_about_its_kinds_in_cl() -> None:
    """Lexicon cells list their CL ancestors: claims about A1 astrocytes and M1 microglia answer a question
    about glial cells, and microglia (tissue-resident macrophages in CL) one about macrophages."""
    from extractors.lexicon import entity_table
    from kg.model import Document
    from kg.pipeline import Extractor

    text = ("BMSC-Exos reduced the number of A1 astrocytes after SCI. "
            "BMSC-Exos inhibited the polarization of M1 microglia.")
    result = Extractor().process(Document(id="t", text=text))
    g = build_graph(assemble(result.statements), [], entity_table())
    assert "CL:0000125" in g  # glial cell: a node though no sentence names it
    index = PathIndex.from_graph(g)
    to_glia = index.search("exokg:BMSC_Exo", "CL:0000125", 3, 10).paths
    assert {p.nodes for p in to_glia} == {("exokg:BMSC_Exo", "exokg:A1_astrocyte", "CL:0000125"),
                                          ("exokg:BMSC_Exo", "exokg:M1_microglia", "CL:0000125")}
    assert {(p.hops[-1].relation, p.polarity) for p in to_glia} == {("is_a", "-")}
    to_macrophage = {p.nodes for p in index.search("exokg:BMSC_Exo", "CL:0000235", 3, 10).paths}
    assert to_macrophage == {("exokg:BMSC_Exo", "exokg:M1_microglia", "CL:0000235")}
    from_glia = {p.nodes for p in index.search("CL:0000125", "exokg:BMSC_Exo", 3, 10).paths}
    assert from_glia == set()  # the claims run from the exosomes to the cells, not back


def test_a_question_about_a_gene_family_reaches_claims_about_its_members() -> None:
    """Lexicon genes list the gene families whose FamPlex kinds hold them: claims about caspase-3 and ERK1/2
    answer questions about caspases and MAPKs; a subunit is no kind of its complex."""
    from extractors.lexicon import entity_table
    from kg.model import Document
    from kg.pipeline import Extractor

    text = ("BMSC-Exos reduced the expression of caspase-3 after SCI. BMSC-Exos inhibited the phosphorylation "
            "of ERK1/2. BMSC-Exos reduced the expression of RELA.")
    result = Extractor().process(Document(id="t", text=text))
    g = build_graph(assemble(result.statements), [], entity_table())
    index = PathIndex.from_graph(g)
    to_caspase = index.search("exokg:BMSC_Exo", "exokg:caspase", 3, 10).paths
    assert {p.nodes for p in to_caspase} == {("exokg:BMSC_Exo", "HGNC:1504", "exokg:caspase")}
    assert {(p.hops[-1].relation, p.polarity) for p in to_caspase} == {("is_a", "-")}
    assert {p.nodes for p in index.search("exokg:BMSC_Exo", "exokg:MAPK", 3, 10).paths} == {
        ("exokg:BMSC_Exo", "exokg:ERK", "exokg:MAPK")}
    assert g.has_edge("exokg:BMSC_Exo", "HGNC:9955") and "exokg:NFkappaB" not in g  # RELA: no kind of NF-κB


def test_a_question_about_an_outcome_reaches_the_effects_on_its_measures() -> None:
    """BBB score measures motor function and Evans blue extravasation barrier disruption (lexicon
    ``measures``): the pooled effect on BBB scores answers a question about motor function."""
    from extractors.lexicon import entity_table
    from kg.model import Document
    from kg.pipeline import Extractor

    text = ("BMSC-Exos improved BBB scores (SMD 2.45, 95% CI 1.80 to 3.10; 15 studies). "
            "BMSC-Exos reduced Evans blue extravasation after SCI.")
    result = Extractor().process(Document(id="t", text=text))
    g = build_graph(assemble(result.statements), result.effects, entity_table())
    assert "exokg:motor_function" in g and "exokg:BSCB_disruption" in g  # nodes though no sentence names them
    index = PathIndex.from_graph(g)
    to_function = index.search("exokg:BMSC_Exo", "exokg:motor_function", 3, 10).paths
    assert {p.nodes[1:] for p in to_function} == {("exokg:BBB_score", "exokg:motor_function")}
    assert {p.hops[0].kind for p in to_function} == {"statement", "pooled_effect"}
    assert {(p.hops[-1].relation, p.hops[-1].kind, p.polarity) for p in to_function} == {("measures", "measure", "+")}
    [to_barrier] = index.search("exokg:BMSC_Exo", "exokg:BSCB_disruption", 3, 10).paths
    assert to_barrier.nodes[1] == "exokg:evans_blue" and to_barrier.polarity == "-"
    # a measure ends a path: nothing goes on from motor function, and motor function does not lead back
    assert index.search("exokg:motor_function", "exokg:BBB_score", 3, 10).paths == []
    text = format_paths(g, "exokg:BMSC_Exo", "exokg:motor_function", to_function, 3)
    assert "BBB locomotor score --measures--> motor function" in text


def test_index_hops_carry_the_same_evidence_as_walk_edges(graph) -> None:
    edges = walk_edges(graph)
    for path in mechanism_paths(graph, CELL.curie, BBB.curie, max_hops=6, top=50, index=PathIndex.from_graph(graph)):
        for hop in path.hops:
            slot = hop.target if hop.kind == "statement" else f"{hop.target}\x00effect"
            assert hop == edges[hop.source][slot]


def test_capped_search_says_so_and_lists_real_paths_in_order(tangled) -> None:
    index = PathIndex.from_graph(tangled)
    nodes = _entities(tangled)
    pairs = [(a, b) for a in nodes[:10] for b in nodes[-10:] if a != b]
    capped = 0
    for a, b in pairs:
        every = exhaustive_paths(tangled, a, b, 4)
        full = index.search(a, b, 4, 10, max_generated=10**6)
        assert full.complete and _rows(full.paths) == every[:10]
        small = index.search(a, b, 4, 10, max_generated=5)
        if small.complete:
            assert _rows(small.paths) == _rows(full.paths)
            continue
        capped += 1
        rows = _rows(small.paths)
        assert rows and all(row in every for row in rows) and len(set(rows)) == len(rows)
        assert rows == sorted(rows, key=every.index)
    assert capped > 5
    with pytest.raises(QueryError, match="cap"):
        index.search(*pairs[0], 4, 10, max_generated=0)


def test_capped_search_on_all_tied_paths_still_lists_paths() -> None:
    """Equal beliefs everywhere: best-first goes breadth-first, the cap stops it before any path ends."""
    layers = [["s"], *[[f"L{depth}_{i}" for i in range(6)] for depth in range(3)], ["t"]]
    g = nx.MultiDiGraph()
    for layer in layers:
        g.add_nodes_from((n, {"label": n, "kind": "Entity"}) for n in layer)
    for upper, lower in itertools.pairwise(layers):
        g.add_edges_from((u, v, {"id": f"{u}>{v}", "relation": "increases", "polarity": "+", "belief": 0.8})
                         for u in upper for v in lower)
    index = PathIndex.from_graph(g)
    capped = index.search("s", "t", 4, 10, max_generated=30)
    assert not capped.complete and capped.generated <= 30 + 6
    every = exhaustive_paths(g, "s", "t", 4)
    assert len(every) == 216
    rows = _rows(capped.paths)
    assert len(rows) == 10 and all(row in every for row in rows)
    full = index.search("s", "t", 4, 10, max_generated=10**6)
    assert full.complete and _rows(full.paths) == every[:10]


def test_index_refuses_beliefs_outside_zero_to_one(graph) -> None:
    bad = nx.MultiDiGraph(graph)
    u, v, key = next(iter(bad.edges(keys=True)))
    bad.edges[u, v, key]["belief"] = 1.5
    with pytest.raises(InputError, match=r"belief 1\.5"):
        PathIndex.from_graph(bad)


def _write(graph: nx.MultiDiGraph, out: Path) -> None:
    write_json(out / "graph.json", to_node_link(graph))


def test_cli_lists_paths_with_evidence_and_citation(graph, tmp_path: Path, capsys) -> None:
    _write(graph, tmp_path)
    assert main(["explain", "BMSC exosomes", "BBB score", "--out", str(tmp_path), "--max-hops", "5"]) == 0
    out = capsys.readouterr().out
    assert "bone marrow MSC-derived exosomes (exokg:BMSC_Exo) -> BBB locomotor score (exokg:BBB_score)" in out
    assert "downregulate Ern1" in out and "doi:10.1186/s13075-020-2146-x" in out
    assert "WMD 3.47 [3.31, 3.63], k=30" in out
    assert "(belief 0.65, 1 study, species rat)--> TNF-α" in out


def test_cli_json(graph, tmp_path: Path, capsys) -> None:
    _write(graph, tmp_path)
    assert main(["explain", "CL:0002540", "TNF-α", "--out", str(tmp_path), "--json", "--top", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == CELL.curie and data["target"] == TNF.curie
    assert data["paths"] and data["paths"][0]["labels"][0] == CELL.label
    assert all(step["evidence"] for step in data["paths"][0]["steps"])
    # the setting a statement holds in rides along with its hop
    assert {"species": "rat"} in [step["setting"] for step in data["paths"][0]["steps"]]


def test_cli_unknown_entity_is_one_clear_line(graph, tmp_path: Path, capsys) -> None:
    _write(graph, tmp_path)
    assert main(["explain", "BMSC exosomez", "BBB score", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no entity named" in err and "Traceback" not in err


def test_cli_builds_the_graph_when_missing(graph, tmp_path: Path, monkeypatch, capsys) -> None:
    calls = []

    def fake_build(corpus, out_dir, progress=True):  # stands in for kg.pipeline.build
        calls.append(out_dir)
        _write(graph, Path(out_dir))

    monkeypatch.setattr("kg.pipeline.build", fake_build)
    assert main(["explain", "BMSCs-Exo", "BBB score", "--out", str(tmp_path / "fresh")]) == 0
    assert calls == [tmp_path / "fresh"]
    assert "not found; building" in capsys.readouterr().err


def test_explain_on_the_bundled_papers(built) -> None:
    """The graph built from the papers: bone marrow MSC to BBB score, through the exosomes."""
    g = from_node_link(json.loads((built.out_dir / "graph.json").read_text(encoding="utf-8")))
    source = resolve_entity(g, "bone marrow mesenchymal stem cell")
    target = resolve_entity(g, "BBB score")
    paths = mechanism_paths(g, source, target, max_hops=3, top=5)
    assert paths and paths[0].nodes[1] == "exokg:BMSC_Exo"
    assert all(h.evidence for p in paths for h in p.hops)


def test_where_vesicles_are_taken_up_is_no_hop_of_a_mechanism() -> None:
    statements = [
        s(EXO, "taken_up_by", M2, "0", ev("uptake:passive")),
        Statement(M2, "decreases", TNF, Polarity("-"), evidence=(ev(sentence="M2 macrophages lower TNF-α."),)),
    ]
    graph = build_graph(assemble(statements), [], ENTITIES)
    assert any(d.get("relation") == "taken_up_by" for _, _, d in graph.edges(data=True))
    assert not mechanism_paths(graph, EXO.curie, TNF.curie, max_hops=4, top=5)
