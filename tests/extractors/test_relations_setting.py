"""The route and species a primary study states once reach the in vivo claims it makes about its vesicles."""

from __future__ import annotations

from functools import cache

import pytest

from extractors.readers.text import parse_text
from extractors.relations import default_knowledge
from extractors.relations.setting import is_synthesis, sentence_states, study_setting
from kg.model import Document, Statement
from kg.pipeline import Extractor

BMSC_EXO, BBB, EVANS_BLUE, PTEN = "exokg:BMSC_Exo", "exokg:BBB_score", "exokg:evans_blue", "HGNC:9588"

STUDY = ("BMSC-derived exosomes attenuate blood-spinal cord barrier disruption after spinal cord injury\n\n"
         "In this study, BMSC-derived exosomes (BMSC-Exos) were injected into rats via the tail vein immediately "
         "after SCI. BMSC-Exos decreased Evans blue leakage. In vitro, BMSC-Exos reduced PTEN in PC12 cells. "
         "BMSC-Exos also decreased the expression of PTEN.")


@cache
def _extractor() -> Extractor:
    return Extractor()


def statements(text: str, title: str = "") -> list[Statement]:
    # the text reader finds citations ("(Huang et al., 2017)"); a bare Document keeps a title apart
    document = parse_text(text + "\n", "t") if "et al." in text else Document(id="t", title=title, text=text + "\n")
    return list(_extractor().process(document).statements)


def settings(text: str, obj: str, title: str = "") -> list[tuple[dict[str, str], str, str]]:
    """(qualifiers, rule, sentence) of each vesicle claim on ``obj``."""
    return [(dict(s.qualifiers), e.rule, e.sentence) for s in statements(text, title)
            if s.subject.curie == BMSC_EXO and s.object.curie == obj for e in s.evidence]


def test_a_claim_takes_the_route_and_species_the_methods_sentence_names() -> None:
    got = settings(STUDY, EVANS_BLUE)
    assert got, statements(STUDY)
    for quals, rule, _ in got:
        assert quals.get("route") == "tail vein injection" and quals.get("species") == "rat", got
        assert rule.endswith(";setting=study"), rule


def test_an_in_vitro_claim_and_those_after_it_take_no_route() -> None:
    got = settings(STUDY, PTEN)
    assert len(got) == 2, got
    for quals, rule, _ in got:
        assert "route" not in quals and "species" not in quals and "setting=study" not in rule, got


def test_a_later_sentence_naming_animals_ends_the_in_vitro_run() -> None:
    text = STUDY + " In injured rats, BMSC-Exos improved BBB scores."
    (quals, rule, _), = settings(text, BBB)
    assert quals.get("route") == "tail vein injection" and quals.get("species") == "rat"
    assert rule.endswith(";setting=study")


@pytest.mark.parametrize("title, text", [
    ("BMSC exosomes in spinal cord injury: a systematic review", STUDY),
    ("", STUDY.replace("In this study,", "This review summarizes how")),
])
def test_a_review_states_the_routes_of_the_studies_it_cites(title: str, text: str) -> None:
    got = settings(text, EVANS_BLUE, title)
    assert got and all("route" not in q and "setting=study" not in r for q, r, _ in got), got


def test_two_routes_give_none() -> None:
    text = STUDY.replace("via the tail vein", "via the tail vein or intrathecally")
    got = settings(text, EVANS_BLUE)
    assert got and all("route" not in q for q, _, _ in got), got
    assert all(q.get("species") == "rat" for q, _, _ in got), "the one species still holds"


def test_a_route_said_with_a_citation_is_another_studys() -> None:
    text = STUDY.replace("immediately after SCI.", "immediately after SCI (Huang et al., 2017).")
    got = settings(text, EVANS_BLUE)
    assert got and all("route" not in q for q, _, _ in got), got


def test_a_claim_that_states_its_own_route_keeps_it() -> None:
    text = STUDY + " Intrathecal BMSC-Exos improved BBB scores in rats."
    got = settings(text, BBB)
    assert got and all(q.get("route") == "intrathecal injection" and "setting=study" not in r for q, r, _ in got), got


def test_synthesis_and_sentence_states() -> None:
    assert is_synthesis("Exosomes after SCI: a meta-analysis", "")
    assert not is_synthesis("Exosomes reduce apoptosis after SCI", "We injected exosomes into rats.")
    assert sentence_states(["Exosomes were given to rats.", "They reduced TNF-α.", "In vitro, they reduced IL-6.",
                            "They reduced IL-1β.", "Primary neurons from rat embryos were treated.",
                            "BBB scores rose in treated rats."]) == (True, True, False, False, False, True)


def test_the_words_of_one_route_name_it_together() -> None:
    sentences = [(0, 10), (10, 20), (20, 30)]
    said = [{"route": "tail vein injection"}, {"route": "intravenous injection"}, {}]
    families = default_knowledge().route_families
    got = study_setting("", " " * 30, sentences, lambda i: said[i], [False] * 3, route_families=families)
    assert got.values == {"route": "tail vein injection; intravenous injection"}
    said[2] = {"route": "intrathecal injection"}
    assert study_setting("", " " * 30, sentences, lambda i: said[i], [False] * 3,
                         route_families=families).values == {}


def test_a_background_section_names_the_fields_routes() -> None:
    sentences = [(0, 10), (10, 20)]
    said = [{"route": "intrathecal injection", "species": "mouse"}, {"route": "tail vein injection"}]
    got = study_setting("", " " * 20, sentences, lambda i: said[i], [False] * 2,
                        lambda offset: "Introduction" if offset < 10 else "Methods")
    assert got.values == {"route": "tail vein injection"} and got.in_vivo == (False, True)


@pytest.mark.parametrize("said, route", [
    ("Mice received intraperitoneal injections of BMSC-Exos on days 0, 1 and 3.", "intraperitoneal injection"),
    ("BMSC-Exos were delivered intranasally to mice.", "intranasal administration"),
])
def test_intraperitoneal_and_intranasal_routes(said: str, route: str) -> None:
    got = settings(f"{said} BMSC-Exos decreased Evans blue leakage.", EVANS_BLUE)
    assert got and all(q.get("route") == route and q.get("species") == "mouse" for q, _, _ in got), got


def test_a_result_opening_with_insulted_cells_is_in_vitro() -> None:
    assert sentence_states(["Rats received BMSC-Exos via the tail vein.",
                            "In erastin-exposed neurons, BMSC-Exos increased viability.",
                            "BMSC-Exos reduced TNF-α in TGF-β1-stimulated astrocytes and the scar in injured rats."]
                           ) == (True, False, True)
    text = ("BMSC-derived exosomes (BMSC-Exos) were injected into rats via the tail vein. BMSC-Exos decreased Evans "
            "blue leakage. In erastin-exposed neurons, BMSC-Exos increased viability.")
    assert settings(text, "MESH:D002470") == [({"cell_type": "neuron"}, "inc:main",
                                               "In erastin-exposed neurons, BMSC-Exos increased viability.")]


# the study's one preparation: its plain "exosomes" after it names it are that preparation

CORD_STUDY = ("Exosomes derived from human umbilical cord mesenchymal stem cells (hUCMSC-Exos) were isolated by "
              "ultracentrifugation.\n\n"
              "Results: Rats received 200 µg of exosomes via the tail vein. BBB scores were higher in the Exo group than "
              "in the PBS group (11.2 ± 1.3 vs. 6.8 ± 1.1, P < 0.001). Exosome treatment reduced TXNIP and NLRP3.")


def vesicle_claims(text: str, obj: str) -> list[tuple[str, str]]:
    """(subject, rule) of each claim on ``obj`` made by vesicles, the text read as a file is (in paragraphs)."""
    return [(s.subject.curie, e.rule) for s in _extractor().process(parse_text(text + "\n", "t")).statements
            if s.object.curie == obj
            and s.subject.curie in {"exokg:UCMSC_Exo", "exokg:BMSC_Exo", "exokg:ADMSC_Exo", "exokg:MSC_Exo",
                                    "GO:0070062", "GO:1903561"} for e in s.evidence]


def test_a_studys_plain_exosomes_are_the_preparation_it_named() -> None:
    for obj in (BBB, "HGNC:16952", "HGNC:16400"):
        got = vesicle_claims(CORD_STUDY, obj)
        assert got and all(subject == "exokg:UCMSC_Exo" and rule.endswith(";preparation=study")
                           for subject, rule in got), (obj, got)


def test_plain_exosomes_stay_the_fields_in_a_review_beside_two_preparations_and_in_a_background() -> None:
    review = "A systematic review and meta-analysis\n\n" + CORD_STUDY
    assert {subject for subject, _ in vesicle_claims(review, "HGNC:16952")} == {"GO:0070062"}
    two = CORD_STUDY.replace("were isolated", "and from bone marrow MSCs (BMSC-Exos) were isolated")
    assert {subject for subject, _ in vesicle_claims(two, "HGNC:16952")} == {"GO:0070062"}
    background = CORD_STUDY.replace("Results:", "Background:")
    assert {subject for subject, _ in vesicle_claims(background, "HGNC:16952")} == {"GO:0070062"}
    before = "Exosome treatment reduced TXNIP in earlier work.\n\n" + CORD_STUDY.replace(
        " Exosome treatment reduced TXNIP and NLRP3.", "")
    assert {subject for subject, _ in vesicle_claims(before, "HGNC:16952")} == {"GO:0070062"}


def test_msc_exosomes_beside_a_kind_of_them_are_the_studys_but_vesicles_from_other_cells_are_not() -> None:
    text = CORD_STUDY + " MSC-Exos also reduced IL-1β. Exosomes derived from fibroblasts did not reduce TNF-α."
    assert {subject for subject, _ in vesicle_claims(text, "HGNC:5992")} == {"exokg:UCMSC_Exo"}
    assert "exokg:UCMSC_Exo" not in {subject for subject, _ in vesicle_claims(text, "HGNC:11892")}
