"""Population and comparator nodes of pooled effects: vocabulary, ids, graph shape and RDF round trip."""

from __future__ import annotations

import json

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.assemble import assemble
from kg.graph import build_graph, population_nodes, to_node_link
from kg.model import Evidence, PooledEffect, Ref
from kg.pico import (
    COMPARATORS,
    CONDITIONS,
    HUMAN,
    MOUSE,
    NO_TREATMENT,
    ORGANISMS,
    PLACEBO,
    PLACEBO_VEHICLE,
    RAT,
    SCI,
    comparator_from_text,
    is_link,
    population_id,
    population_label,
)
from kg.rdf import graph_to_rdf, rdf_to_graph
from kg.vocab import ONTOLOGY_DIR, expand, prefix_map

EXO = Ref("exokg", "BMSC_Exo", "bone marrow MSC-derived exosomes", "biolink:CellularComponent")
BBB = Ref("exokg", "BBB_score", "BBB locomotor score", "biolink:PhenotypicFeature")
TNF = Ref("HGNC", "11892", "TNF", "biolink:Gene")
EX = rdflib.Namespace(prefix_map()["exokg"])
BIOLINK = rdflib.Namespace(prefix_map()["biolink"])


def effect(outcome: Ref, estimate: float, doc: str, **grounding: object) -> PooledEffect:
    ev = Evidence(doc, f"{outcome.label} changed.", 0, 20)
    return PooledEffect("SMD", estimate, estimate - 1, estimate + 1, EXO, outcome, evidence=ev, **grounding)


def mixed_effects() -> list[PooledEffect]:
    """Two effects in SCI rats (one population node), one in mice without a condition, one ungrounded."""
    return [
        effect(BBB, 3.0, "ye2024", population="SCI rats", comparator="placebo (saline/PBS)", organism=RAT,
               condition=SCI, comparator_term=PLACEBO_VEHICLE),
        effect(TNF, -2.0, "ye2024", population="SCI rats", organism=RAT, condition=SCI),
        effect(TNF, -1.0, "mouse2023", population="mice", comparator="untreated", organism=MOUSE,
               comparator_term=NO_TREATMENT),
        effect(BBB, 1.0, "other2022", population="SCI"),
    ]


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return build_graph(assemble([]), mixed_effects())


def test_population_ids_and_labels() -> None:
    assert population_id(RAT, SCI) == "exokg:population_NCBITaxon_10116_MONDO_0043797"
    assert population_label(RAT, SCI) == "SCI rats"
    assert population_id(MOUSE, None) == "exokg:population_NCBITaxon_10090"
    assert population_label(MOUSE, None) == "mice"
    assert population_label(HUMAN, SCI) == "SCI patients"
    assert population_id(None, SCI) is None  # a population is of one taxon
    other = Ref("NCBITaxon", "9615", "dog", "biolink:OrganismTaxon")
    assert population_label(other, Ref("MONDO", "0005015", "diabetes mellitus")) == "diabetes mellitus dog"


@pytest.mark.parametrize(("text", "term"), [
    ("placebo (saline/PBS)", PLACEBO_VEHICLE),
    ("compared to the groups given saline or phosphate-buffered saline", PLACEBO_VEHICLE),
    ("PBS", PLACEBO_VEHICLE),
    ("vehicle", PLACEBO_VEHICLE),
    ("vehicle-treated rats", PLACEBO_VEHICLE),
    ("the placebo group", PLACEBO),
    ("untreated", NO_TREATMENT),
    ("injury only, no treatment", NO_TREATMENT),
    ("control", None),
    ("exosomes are natural drug delivery vehicles", None),
    ("", None),
])
def test_comparator_from_text(text: str, term: Ref | None) -> None:
    assert comparator_from_text(text) == term


def test_builtin_taxa_and_conditions_agree_with_the_lexicon() -> None:
    from extractors.lexicon import entity_table

    table = entity_table()
    for ref, _ in (*ORGANISMS, *CONDITIONS):
        assert ref.curie in table, ref.curie
        assert (table[ref.curie]["label"], table[ref.curie]["category"]) == (ref.label, ref.category)
    assert "Rattus norvegicus" in table[RAT.curie]["synonyms"]


def test_comparator_terms_are_declared_in_the_ontology() -> None:
    onto = rdflib.Graph().parse(ONTOLOGY_DIR / "exokg.ttl", format="turtle")
    skos = rdflib.Namespace(prefix_map()["skos"])
    for term in COMPARATORS:
        iri = rdflib.URIRef(expand(term.curie))
        assert (iri, rdflib.RDFS.subClassOf, EX.Comparator) in onto, term.curie
        assert str(onto.value(iri, rdflib.RDFS.label)) == term.label
        assert onto.value(iri, skos.definition)
    assert (EX.Population, rdflib.RDFS.subClassOf, BIOLINK.PopulationOfIndividualOrganisms) in onto


def test_one_population_node_per_taxon_and_condition(graph: nx.MultiDiGraph) -> None:
    rats, mice = population_id(RAT, SCI), population_id(MOUSE, None)
    assert sorted(population_nodes(graph)) == sorted([rats, mice])
    assert dict(graph.nodes[rats]) == {
        "id": rats, "label": "SCI rats", "category": "biolink:PopulationOfIndividualOrganisms", "synonyms": [],
        "xrefs": [], "kind": "Population", "organism": RAT.curie, "condition": SCI.curie}
    assert graph.nodes[mice]["condition"] is None and graph.nodes[mice]["label"] == "mice"
    out = {(d["relation"], d["predicate"], v) for _, v, d in graph.out_edges(rats, data=True)}
    assert out == {("organism", "biolink:in_taxon", RAT.curie), ("condition", "biolink:has_phenotype", SCI.curie)}
    assert [v for _, v in graph.out_edges(mice)] == [MOUSE.curie]
    assert graph.nodes[RAT.curie]["category"] == "biolink:OrganismTaxon"


def test_effects_link_to_population_and_comparator(graph: nx.MultiDiGraph) -> None:
    effects = {e.id: e for e in mixed_effects()}
    for eff_id, eff in effects.items():
        node = graph.nodes[eff_id]
        links = {d["relation"]: v for _, v, d in graph.out_edges(eff_id, data=True)}
        assert links.pop("intervention") == EXO.curie and links.pop("outcome") == eff.outcome.curie
        expected_population = population_id(eff.organism, eff.condition)
        assert node["population_id"] == expected_population and links.pop("population", None) == expected_population
        expected_comparator = eff.comparator_term.curie if eff.comparator_term else None
        assert node["comparator_id"] == expected_comparator
        assert links.pop("comparator", None) == expected_comparator
        assert not links
        assert node["population"] == eff.population  # the display text is kept as written
        assert not {"organism", "condition", "comparator_term"} & set(node)
    placebo = graph.nodes[PLACEBO_VEHICLE.curie]
    assert (placebo["label"], placebo["kind"]) == ("placebo (saline or PBS vehicle)", "Entity")
    for _, _, d in graph.edges(data=True):
        assert is_link(d) and d["belief"] is None and d["evidence"] == []


def test_effect_ids_do_not_depend_on_grounding() -> None:
    grounded = mixed_effects()[0]
    plain = effect(BBB, 3.0, "ye2024", population="SCI rats", comparator="placebo (saline/PBS)")
    assert grounded.id == plain.id


def test_graph_is_the_same_whatever_the_order_of_effects() -> None:
    forward = to_node_link(build_graph(assemble([]), mixed_effects()))
    backward = to_node_link(build_graph(assemble([]), list(reversed(mixed_effects()))))
    assert json.dumps(forward, sort_keys=False) == json.dumps(backward, sort_keys=False)


def test_rdf_round_trip_keeps_populations_and_comparators(graph: nx.MultiDiGraph) -> None:
    rdf = graph_to_rdf(graph)
    rats = rdflib.URIRef(expand(population_id(RAT, SCI)))
    assert (rats, rdflib.RDF.type, EX.Population) in rdf
    assert (rats, BIOLINK.in_taxon, rdflib.URIRef(expand(RAT.curie))) in rdf
    assert (rats, BIOLINK.has_phenotype, rdflib.URIRef(expand(SCI.curie))) in rdf
    bbb = rdflib.URIRef(expand(mixed_effects()[0].id))
    assert (bbb, EX.hasPopulation, rats) in rdf
    assert (bbb, EX.hasComparator, rdflib.URIRef(expand(PLACEBO_VEHICLE.curie))) in rdf
    assert not list(rdf.subjects(rdflib.RDF.type, EX.Statement))  # links are not statements
    back = rdf_to_graph(rdf)
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert {k: d for *_, k, d in back.edges(keys=True, data=True)} == \
        {k: d for *_, k, d in graph.edges(keys=True, data=True)}
    again = graph_to_rdf(back)
    assert isomorphic(rdf, again)

