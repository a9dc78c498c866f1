"""ontologies/exokg.ttl: it parses, declares every exokg term the data uses, and agrees with the maps."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
import rdflib

from kg.rdf import MEASURE_CLASSES, graph_to_rdf
from kg.vocab import ONTOLOGY_DIR, expand, predicates, prefix_map

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("_exokg_ontology_fixture", HERE / "test_sparql_fixture.py")
assert _spec and _spec.loader
F = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(F)

EX = rdflib.Namespace(prefix_map()["exokg"])
SKOS = rdflib.Namespace(prefix_map()["skos"])
OWL = rdflib.OWL
TTL = ONTOLOGY_DIR / "exokg.ttl"


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(TTL, format="turtle")


@pytest.fixture(scope="module")
def data() -> rdflib.Graph:
    return graph_to_rdf(F.fixture_graph())


def _declared(onto: rdflib.Graph) -> set[rdflib.URIRef]:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    return {s for s, _, o in onto.triples((None, rdflib.RDF.type, None)) if o in kinds}


def test_parses_as_an_owl_ontology(onto: rdflib.Graph) -> None:
    ontologies = list(onto.subjects(rdflib.RDF.type, OWL.Ontology))
    assert ontologies == [EX.ontology]
    assert onto.value(EX.ontology, OWL.versionInfo)


def test_every_exokg_term_the_data_uses_is_declared_with_label_and_definition(onto, data) -> None:
    used = {p for p in data.predicates() if str(p).startswith(str(EX))}
    used |= {o for o in data.objects(None, rdflib.RDF.type) if str(o).startswith(str(EX))}
    used |= set(data.objects(None, EX.relation))
    declared = _declared(onto)
    missing = sorted(str(t) for t in used - declared)
    assert not missing, f"used in the RDF but not declared in exokg.ttl: {missing}"
    for term in declared:
        if str(term).startswith(str(EX)):
            assert onto.value(term, rdflib.RDFS.label), term
            assert onto.value(term, SKOS.definition), term


def test_every_exokg_predicate_has_a_property_mapped_like_the_predicate_map(onto) -> None:
    mapping_props = [SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch]
    for name, info in predicates().items():
        prop = EX[name]
        assert (prop, rdflib.RDF.type, OWL.ObjectProperty) in onto, name
        targets = {o for p in mapping_props for o in onto.objects(prop, p)}
        assert rdflib.URIRef(expand(info.biolink)) in targets, f"{name}: {info.biolink} not mapped"
        assert rdflib.URIRef(expand(info.ro)) in targets, f"{name}: {info.ro} not mapped"
        assert str(onto.value(rdflib.URIRef(expand(info.ro)), rdflib.RDFS.label)) == info.ro_label, name


def test_measure_classes_are_documented_stato_terms(onto) -> None:
    for measure, curie in MEASURE_CLASSES.items():
        iri = rdflib.URIRef(expand(curie))
        assert (iri, rdflib.RDF.type, OWL.Class) in onto, measure
        assert onto.value(iri, rdflib.RDFS.label), measure
    labels = {str(onto.value(rdflib.URIRef(expand(c)), rdflib.RDFS.label)) for c in MEASURE_CLASSES.values()}
    assert {"standardized mean difference", "mean difference", "odds ratio", "relative risk"} <= labels


def test_ontology_prefixes_agree_with_the_one_prefix_map() -> None:
    declared = dict(re.findall(r"@prefix\s+([\w.-]*):\s*<([^>]+)>", TTL.read_text(encoding="utf-8")))
    pm = prefix_map()
    for prefix, namespace in declared.items():
        assert pm.get(prefix) == namespace, f"@prefix {prefix}: differs from ontologies/prefixes.json"


def test_every_curie_the_data_uses_expands_through_the_map(data) -> None:
    pm = prefix_map()
    namespaces = sorted(pm.values(), key=len, reverse=True)
    for term in {t for triple in data for t in triple if isinstance(t, rdflib.URIRef)}:
        assert any(str(term).startswith(ns) for ns in namespaces), f"{term} is outside the prefix map"
    for curie in data.objects(None, EX.curie):
        expand(str(curie))


def test_prefix_map_is_well_formed() -> None:
    raw = json.loads((ONTOLOGY_DIR / "prefixes.json").read_text(encoding="utf-8"))
    pm = {k: v for k, v in raw.items() if not k.startswith("_")}
    assert len(set(pm.values())) == len(pm), "two prefixes share a namespace: compress() would be ambiguous"
    for prefix, namespace in pm.items():
        assert re.fullmatch(r"[A-Za-z][\w.-]*", prefix), prefix
        assert namespace.startswith(("http://", "https://")) and namespace[-1] in "/#_:", prefix
