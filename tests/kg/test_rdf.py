"""RDF export: round trip, what survives reification, typed literals, determinism, other formats."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import InputError
from kg.rdf import graph_to_rdf, rdf_to_graph, read_rdf, serialize, write_rdf
from kg.vocab import expand

HERE = Path(__file__).resolve().parent


def _fixture_module():
    """The shared hand-made graph (tests run in importlib mode, so load the sibling file)."""
    spec = importlib.util.spec_from_file_location("_exokg_rdf_fixture", HERE / "test_sparql_fixture.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


F = _fixture_module()
EX = rdflib.Namespace("https://w3id.org/exokg/")
_RDF = rdflib.RDF
_XSD = rdflib.XSD


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return F.fixture_graph()


@pytest.fixture(scope="module")
def rdf(graph: nx.MultiDiGraph) -> rdflib.Graph:
    return graph_to_rdf(graph)


def test_round_trip_rdf_graph_rdf_is_isomorphic(rdf: rdflib.Graph) -> None:
    again = graph_to_rdf(rdf_to_graph(rdf))
    assert len(again) == len(rdf)
    assert isomorphic(rdf, again)


def test_round_trip_restores_every_node_and_edge_attribute(graph: nx.MultiDiGraph, rdf: rdflib.Graph) -> None:
    back = rdf_to_graph(rdf)
    assert back.graph == graph.graph
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    original = {k: d for *_, k, d in graph.edges(keys=True, data=True)}
    restored = {k: d for *_, k, d in back.edges(keys=True, data=True)}
    assert restored == original


def test_a_preparations_broader_entities_are_skos_broader_links(graph: nx.MultiDiGraph, rdf: rdflib.Graph) -> None:
    node = rdflib.URIRef(expand(F.BMSC_EXO.curie))
    assert set(rdf.objects(node, rdflib.SKOS.broader)) == {rdflib.URIRef(expand("GO:0070062")),
                                                            rdflib.URIRef(expand("exokg:MSC_Exo"))}
    assert rdf_to_graph(rdf).nodes[F.BMSC_EXO.curie]["broader"] == ["GO:0070062", "exokg:MSC_Exo"]


def test_an_outcome_measure_links_to_what_it_measures(graph: nx.MultiDiGraph, rdf: rdflib.Graph) -> None:
    node = rdflib.URIRef(expand(F.BBB.curie))
    assert set(rdf.objects(node, EX.measures)) == {rdflib.URIRef(expand("exokg:motor_function"))}
    assert (rdflib.URIRef(expand("exokg:motor_function")), _RDF.type, EX.Entity) in rdf  # a node of its own
    assert rdf_to_graph(rdf).nodes[F.BBB.curie]["measures"] == ["exokg:motor_function"]


def test_a_gene_familys_members_are_narrower_matches_not_exact_ones() -> None:
    from kg.assemble import assemble
    from kg.graph import build_graph

    akt = {"label": "AKT", "category": "biolink:GeneFamily", "xrefs": ["HGNC:391", "HGNC:392", "HGNC:393"]}
    st = F.Statement(F.BMSC_EXO, "increases", F.Ref("exokg", "AKT", "AKT", "biolink:GeneFamily"),
                     F.Polarity.POSITIVE, evidence=(F.ev(F.YE, 10, "BMSC exosomes activated Akt."),))
    rdf = graph_to_rdf(build_graph(assemble([st]), [], {"exokg:AKT": akt}))
    node = rdflib.URIRef(expand("exokg:AKT"))
    assert set(rdf.objects(node, rdflib.SKOS.narrowMatch)) == {rdflib.URIRef(expand(x)) for x in akt["xrefs"]}
    assert set(rdf.objects(node, rdflib.SKOS.exactMatch)) == set()  # AKT is not AKT1
    assert rdf_to_graph(rdf).nodes["exokg:AKT"]["xrefs"] == akt["xrefs"]


def test_round_trip_through_each_file_format(graph: nx.MultiDiGraph, rdf: rdflib.Graph, tmp_path: Path) -> None:
    write_rdf(graph, tmp_path, exports=())
    for name in ("kg.ttl", "kg.nt", "kg.jsonld"):
        parsed = read_rdf(tmp_path / name)
        assert isomorphic(parsed, rdf), name


def test_entities_use_standard_iris_and_every_curie_expands(graph: nx.MultiDiGraph, rdf: rdflib.Graph) -> None:
    mir21 = rdflib.URIRef("https://identifiers.org/mirbase.mature:MIMAT0000076")
    assert (mir21, _RDF.type, rdflib.URIRef("https://w3id.org/biolink/vocab/MicroRNA")) in rdf
    assert (rdflib.URIRef("http://purl.obolibrary.org/obo/GO_0043491"), rdflib.RDFS.label, None) in rdf
    # every CURIE the data uses (node ids, categories, predicates, RO terms, xrefs) expands through the map
    curies = set(graph.nodes)
    for _, data in graph.nodes(data=True):
        curies.add(data["category"])
        curies.update(data.get("xrefs") or ())
    for *_, data in graph.edges(data=True):
        curies.add(data["predicate"])
        if data.get("ro"):
            curies.add(data["ro"])
    for curie in curies:
        assert expand(curie).startswith(("http://", "https://")), curie


def test_statement_keeps_predicate_polarity_qualifiers_belief_and_evidence(graph: nx.MultiDiGraph,
                                                                           rdf: rdflib.Graph) -> None:
    key, data = next((k, d) for u, v, k, d in graph.edges(keys=True, data=True)
                     if u == F.MIR124.curie and v == F.PIK3CA.curie)
    st = rdflib.URIRef(f"https://w3id.org/exokg/statement/{key}")
    assert (st, _RDF.type, EX.Statement) in rdf
    assert (st, _RDF.subject, rdflib.URIRef(expand(F.MIR124.curie))) in rdf
    assert (st, _RDF.predicate, rdflib.URIRef(expand("biolink:affects"))) in rdf
    assert (st, EX.relation, EX.decreases) in rdf
    assert (st, EX.polarity, rdflib.Literal("-")) in rdf
    assert (st, rdflib.URIRef(expand("biolink:object_direction_qualifier")), rdflib.Literal("decreased")) in rdf
    qualifiers = {(str(rdf.value(q, EX.qualifierKey)), str(rdf.value(q, EX.qualifierValue)))
                  for q in rdf.objects(st, EX.qualifier)}
    assert qualifiers == {("anatomy", "spinal cord"), ("species", "rat")}
    belief = rdf.value(st, EX.belief)
    assert belief.datatype == _XSD.decimal and float(belief) == pytest.approx(data["belief"])
    # the direct triple for simple querying
    assert (rdflib.URIRef(expand(F.MIR124.curie)), EX.decreases, rdflib.URIRef(expand(F.PIK3CA.curie))) in rdf
    # the evidence: sentence, offsets, document, citation with DOI/PMID
    ev = rdf.value(st, EX.hasEvidence)
    assert str(rdf.value(ev, EX.sentence)).startswith("miR-124-3p lowers PIK3CA")
    assert rdf.value(ev, EX.start) == rdflib.Literal(800, datatype=_XSD.integer)
    assert rdf.value(ev, rdflib.URIRef(expand("prov:wasQuotedFrom"))) == EX["document/li2025"]
    cite = rdf.value(ev, EX.cites)
    assert str(rdf.value(cite, EX.pmid)) == "31234567"
    assert (cite, rdflib.URIRef(expand("dcterms:references")), rdflib.URIRef(expand("pmid:31234567"))) in rdf


def test_doi_citations_and_documents_carry_bibliographic_metadata(rdf: rdflib.Graph) -> None:
    dois = {str(o) for o in rdf.objects(None, EX.doi)}
    assert {"10.1000/mir21.pten", "10.3389/fnmol.2024.1448777"} <= dois
    ye = EX["document/ye2024"]
    assert str(rdf.value(ye, rdflib.URIRef(expand("dcterms:title")))).startswith("Repair of spinal cord injury")
    issued = rdf.value(ye, rdflib.URIRef(expand("dcterms:issued")))
    assert issued.datatype == _XSD.gYear and str(issued) == "2024"
    assert (ye, rdflib.OWL.sameAs, rdflib.URIRef("https://doi.org/10.3389/fnmol.2024.1448777")) in rdf
    authors = sorted(rdf.objects(ye, rdflib.URIRef(expand("dcterms:creator"))), key=lambda a: int(rdf.value(a, EX.rank)))
    assert [str(rdf.value(a, rdflib.RDFS.label)) for a in authors] == ["Ye Z", "Zheng Y", "Li N"]


def test_pooled_effects_have_typed_statistics(rdf: rdflib.Graph) -> None:
    effects = {str(rdf.value(e, EX.measure)): e for e in rdf.subjects(_RDF.type, EX.PooledEffect)}
    wmd, smd = effects["WMD"], effects["SMD"]
    estimate = rdf.value(wmd, EX.estimate)
    assert estimate.datatype == _XSD.decimal and estimate.toPython() == Decimal("3.47")
    assert rdf.value(wmd, EX.studyCount) == rdflib.Literal(22, datatype=_XSD.integer)
    assert float(rdf.value(wmd, EX.iSquared)) == 83.0
    assert rdf.value(wmd, EX.hasOutcome) == rdflib.URIRef(expand("exokg:bbb_score"))
    assert rdf.value(wmd, EX.measureType) == rdflib.URIRef(expand("STATO:0000457"))
    assert rdf.value(smd, EX.measureType) == rdflib.URIRef(expand("STATO:0000100"))
    # a tiny p-value stays an exact xsd:decimal (no exponent, which xsd:decimal forbids)
    p = rdf.value(smd, EX.pValue)
    assert p.datatype == _XSD.decimal and "e" not in str(p).lower() and float(p) == 2.7e-12
    assert rdf.value(smd, EX.significant) == rdflib.Literal(True)


def test_no_blank_nodes(rdf: rdflib.Graph) -> None:
    assert not [t for t in rdf if any(isinstance(x, rdflib.BNode) for x in t)]


def test_output_is_deterministic_across_processes(tmp_path: Path) -> None:
    script = (
        f"import sys; sys.path.insert(0, {str(HERE.parents[1])!r})\n"
        "from importlib.util import spec_from_file_location, module_from_spec\n"
        f"spec = spec_from_file_location('f', {str(HERE / 'test_sparql_fixture.py')!r})\n"
        "m = module_from_spec(spec); spec.loader.exec_module(m)\n"
        "from kg.rdf import write_rdf\n"
        "write_rdf(m.fixture_graph(), sys.argv[1])\n"
    )
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env, cwd=HERE.parents[1])
        outs.append(out)
    for name in ("kg.ttl", "kg.nt", "kg.jsonld", "kg_nodes.tsv", "kg_edges.tsv", "kg.graphml"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_ntriples_is_sorted_and_parses(rdf: rdflib.Graph) -> None:
    text = serialize(rdf, "nt")
    lines = text.splitlines()
    assert lines == sorted(lines) and len(lines) == len(rdf)
    assert isomorphic(rdflib.Graph().parse(data=text, format="nt"), rdf)


def test_unknown_prefix_is_a_clear_input_error() -> None:
    g = nx.MultiDiGraph()
    g.add_node("nosuch:1", id="nosuch:1", label="x", category="biolink:Gene", synonyms=[], xrefs=[], kind="Entity")
    with pytest.raises(InputError, match="nosuch"):
        graph_to_rdf(g)


def test_unparsable_rdf_file_is_a_clear_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.ttl: cannot parse"):
        read_rdf(bad)


def test_kgx_tables(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_rdf(graph, tmp_path, formats=("turtle",))
    with (tmp_path / "kg_nodes.tsv").open(encoding="utf-8") as fh:
        nodes = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}
    with (tmp_path / "kg_edges.tsv").open(encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh, delimiter="\t"))
    assert set(nodes) == set(graph.nodes)
    assert nodes[F.MIR21.curie]["category"] == "biolink:MicroRNA"
    assert set(nodes[F.MIR21.curie]["synonym"].split("|")) == {"miR-21", "hsa-miR-21-5p"}
    assert len(edges) == graph.number_of_edges()
    targets = next(e for e in edges if e["subject"] == F.MIR21.curie and e["object"] == F.PTEN.curie)
    assert targets["predicate"] == "biolink:physically_interacts_with"
    assert targets["publications"] == "doi:10.1000/mir21.pten|doi:10.3389/fnmol.2024.1448777"
    assert targets["evidence_count"] == "2"
    up = next(e for e in edges if e["subject"] == F.BMSC_EXO.curie and e["object"] == F.BBB.curie)
    assert (up["predicate"], up["qualified_predicate"], up["object_direction_qualifier"]) == \
        ("biolink:affects", "biolink:causes", "increased")
    effect = next(r for r in nodes.values() if r["measure"] == "WMD")
    assert (effect["estimate"], effect["k"], effect["i2"]) == ("3.47", "22", "83.0")
    assert effect["publication_bias"].split("|") == [
        "Egger's test (p = 0.006): asymmetry", "Begg's test (p < 0.001): asymmetry", "funnel plot: asymmetry",
        "trim-and-fill (5 studies filled; adjusted 2.61 [1.70, 3.52]): asymmetry", "fail-safe N (N = 1245)"]


def test_bias_checks_are_typed_nodes_of_their_effect(rdf: rdflib.Graph) -> None:
    rows = list(rdf.query("""
        PREFIX exokg: <https://w3id.org/exokg/>
        SELECT ?measure ?method ?asymmetry ?p ?below ?filled ?sentence WHERE {
            ?effect a exokg:PooledEffect ; exokg:measure ?measure ; exokg:hasBiasAssessment ?check .
            ?check a exokg:BiasAssessment ; exokg:biasMethod ?method ; exokg:asymmetry ?asymmetry ;
                   exokg:hasEvidence/exokg:sentence ?sentence .
            OPTIONAL { ?check exokg:biasPValue ?p } OPTIONAL { ?check exokg:filledStudies ?filled }
            OPTIONAL { ?check exokg:biasPValueBelow ?below }
        } ORDER BY ?method"""))
    assert [(str(r.measure), str(r.method), r.asymmetry.toPython(), r.p.toPython() if r.p is not None else None,
             r.filled.toPython() if r.filled is not None else None,
             r.below.toPython() if r.below is not None else None) for r in rows] == [
        ("WMD", "begg", True, None, None, Decimal("0.001")), ("WMD", "egger", True, Decimal("0.006"), None, None),
        ("WMD", "funnel_plot", True, None, None, None), ("WMD", "trim_and_fill", True, None, 5, None)]
    assert str(rows[2].sentence) == "The funnel plot was asymmetric."
    [(count,)] = rdf.query("""PREFIX exokg: <https://w3id.org/exokg/>
        SELECT ?n WHERE { ?check exokg:biasMethod "fail_safe_n" ; exokg:failSafeN ?n }""")
    assert count.toPython() == 1245 and count.datatype == _XSD.integer


def test_graphml_serialises_lists_and_dicts(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_rdf(graph, tmp_path, formats=("turtle",), exports=("graphml",))
    back = nx.read_graphml(tmp_path / "kg.graphml", force_multigraph=True)
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    assert json.loads(back.nodes[F.MIR21.curie]["synonyms"]) == ["hsa-miR-21-5p", "miR-21"]
    edge = next(d for u, v, d in back.edges(data=True) if u == F.MIR21.curie and v == F.PTEN.curie)
    assert [e["sentence"] for e in json.loads(edge["evidence"])] == \
        ["miR-21-5p directly targets PTEN.", "miR-21 may suppress PTEN."]
    assert isinstance(edge["belief"], float)


def test_rdflib_graph_and_written_ntriples_are_the_same_triple_stream(graph: nx.MultiDiGraph, rdf: rdflib.Graph,
                                                                     tmp_path: Path) -> None:
    write_rdf(graph, tmp_path, formats=("nt",), exports=())
    written = (tmp_path / "kg.nt").read_text(encoding="utf-8")
    # rdflib re-serialises every literal exactly as written (lexical forms are already canonical)
    assert serialize(rdf, "nt") == written
    assert serialize(graph, "nt") == written
    assert serialize(graph, "turtle") == serialize(rdf, "turtle")
    assert isomorphic(rdflib.Graph().parse(data=serialize(graph, "json-ld"), format="json-ld"), rdf)


def test_ntriples_sorted_in_runs_on_disk_equals_sorting_in_memory(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    from kg.rdf import ntriples_lines, write_ntriples

    expected = ntriples_lines(graph)
    count = write_ntriples(graph, tmp_path / "runs.nt", run_lines=7)  # dozens of runs merged
    assert count == len(expected) == len(set(expected))
    assert (tmp_path / "runs.nt").read_text(encoding="utf-8") == "".join(expected)
    assert not [p.name for p in tmp_path.iterdir() if p.name != "runs.nt"], "temporary runs left behind"


def test_literals_are_escaped_and_non_finite_numbers_are_doubles(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    label = 'IL-1"beta"\\ line\nbreak\r'
    g.add_node("HGNC:5992", id="HGNC:5992", label=label, category="biolink:Gene", synonyms=[], xrefs=[], kind="Entity")
    g.add_node("HGNC:6018", id="HGNC:6018", label="IL6", category="biolink:Gene", synonyms=[], xrefs=[], kind="Entity")
    g.add_edge("HGNC:5992", "HGNC:6018", key="s1", id="s1", predicate="biolink:affects", relation="increases",
               ro="RO:0002213", polarity="+", qualifiers={}, belief=float("inf"), support=1, studies=[],
               contradicts=[], evidence=[])
    write_rdf(g, tmp_path, exports=())
    parsed = read_rdf(tmp_path / "kg.nt")
    assert str(parsed.value(rdflib.URIRef(expand("HGNC:5992")), rdflib.RDFS.label)) == label
    belief = parsed.value(EX["statement/s1"], EX.belief)
    assert belief.datatype == _XSD.double and float(belief) == float("inf")
    assert '"INF"^^<http://www.w3.org/2001/XMLSchema#double>' in (tmp_path / "kg.nt").read_text(encoding="utf-8")
    assert isomorphic(read_rdf(tmp_path / "kg.ttl"), parsed)


def test_iri_with_a_space_is_a_clear_input_error(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("GO:00 1", id="GO:00 1", label="x", category="biolink:Gene", synonyms=[], xrefs=[], kind="Entity")
    with pytest.raises(InputError, match="cannot be written as an RDF IRI"):
        write_rdf(g, tmp_path, exports=())
    assert not list(tmp_path.iterdir()), "a failed export leaves no files"


@pytest.mark.parametrize("chunk_bytes", [40, 300, 5000, 1 << 22])
def test_turtle_and_jsonld_written_in_pieces_equal_one_serialisation(graph: nx.MultiDiGraph, tmp_path: Path,
                                                                     chunk_bytes: int) -> None:
    """Turtle and JSON-LD are serialised from pieces of whole subjects; joined, they must be exactly what
    pyoxigraph writes for the whole file, wherever the pieces fall (here also subjects that are
    prefixes of one another)."""
    import pyoxigraph as ox

    from kg.rdf import convert_ntriples, jsonld_context, write_ntriples

    nt = tmp_path / "kg.nt"
    write_ntriples(graph, nt)
    extra = [f'<http://example.org/a{tail}> <http://example.org/p> "x <http://example.org/a> y" .\n'
             for tail in ("", "1", "/b", "1/c")]
    nt.write_text("".join(sorted({*nt.read_text(encoding="utf-8").splitlines(keepends=True), *extra})),
                  encoding="utf-8")
    convert_ntriples(nt, {"turtle": tmp_path / "kg.ttl", "json-ld": tmp_path / "kg.jsonld"}, chunk_bytes)
    for fmt, name in ((ox.RdfFormat.TURTLE, "kg.ttl"), (ox.RdfFormat.JSON_LD, "kg.jsonld")):
        whole = ox.serialize(ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES), format=fmt,
                             prefixes=jsonld_context())
        assert (tmp_path / name).read_bytes() == whole
