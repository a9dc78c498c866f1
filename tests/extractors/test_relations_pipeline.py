"""Claims read with exokg's own entities (the whole reading pipeline), in sentence forms of the field's
abstracts: where the entity layer and the relation rules must agree on what a phrase names."""

from __future__ import annotations

from functools import cache

import pytest

from kg.model import Document, Statement
from kg.pipeline import Extractor

PTEN, AKT, MTOR, TRKA, CBL, CBLB = "HGNC:9588", "exokg:AKT", "HGNC:3942", "HGNC:8031", "HGNC:1541", "HGNC:1542"
MICROGLIA, NEURON, SCI, ROS = "CL:0000129", "CL:0000540", "MONDO:0043797", "CHEBI:26523"
IL1B, TNF, BAX, APOPTOSIS, INFLAMMATION = "HGNC:5992", "HGNC:11892", "HGNC:959", "GO:0006915", "GO:0006954"
MIR21 = "mirbase:MI0000077"


@cache
def _extractor() -> Extractor:
    return Extractor()


def statements(text: str) -> list[Statement]:
    return list(_extractor().process(Document(id="t", text=text + "\n")).statements)


def claims(text: str) -> set[tuple[str, str, str]]:
    return {(s.subject.curie, s.predicate, s.object.curie) for s in statements(text)
            if not any(e.negated for e in s.evidence)}


def mechanism_claims(text: str) -> set[tuple[str, str, str]]:
    """The affirmed claims without the sources a preparation's name gives (its ``derived_from``)."""
    return {c for c in claims(text) if c[1] != "derived_from"}


def test_activating_a_hyphenated_chain_raises_what_its_brake_holds_back() -> None:
    got = claims("Exosomes from miR-26a-modified MSCs could activate the PTEN-AKT-mTOR pathway to promote "
                 "axonal regeneration.")
    assert {(s, p, o) for s, p, o in got if o in {AKT, MTOR} and p == "increases"}, got
    assert not any(o == PTEN and p == "increases" for _, p, o in got), "PTEN holds AKT back: it did not rise"
    assert (PTEN, "regulates", AKT) in got and (AKT, "regulates", MTOR) in got


def test_a_proteins_ubiquitination_is_not_the_protein() -> None:
    # less ubiquitination of TrkA leaves more TrkA: "TrkA decreases Akt" would be the opposite of the claim
    got = claims("Cbl knockdown markedly decreased TrkA ubiquitination levels, subsequently activating the "
                 "downstream kinases Akt and Erk.")
    assert not any(s == TRKA for s, _, _ in got), got
    assert (CBL, "increases", TRKA) not in got


def test_an_association_with_an_unread_phrase_does_not_pair_the_subjects() -> None:
    got = claims("Overexpression of Cblb and Cbl was associated with increased TrkA ubiquitination.")
    assert not any(p == "associated_with" for _, p, _ in got), got
    assert (MIR21, "associated_with", "HGNC:11364") in claims(
        "miR-21 and STAT3 expression were correlated with each other.")


@pytest.mark.parametrize("text", [
    "Reduced fibrotic scarring is associated with serotonergic axon regrowth and improved hindlimb function.",
    "Reduced fibrotic scarring is associated with tissue sparing, reduced apoptosis, remyelination and improved "
    "hindlimb function.",
])
def test_a_participle_in_what_an_association_is_with_is_no_verb(text: str) -> None:
    got = claims(text)
    assert ("exokg:fibrotic_scar_formation", "associated_with", "exokg:motor_function") in got, got
    assert not any(o == "exokg:motor_function" and p != "associated_with" for _, p, o in got), got


@pytest.mark.parametrize("text, obj, cell", [
    ("Exosomes inhibited apoptosis of BV2 microglia.", APOPTOSIS, MICROGLIA),
    ("Exosomes could inhibit reactive oxygen species (ROS) production of BV2 microglia.", ROS, MICROGLIA),
    ("Exosomes inhibited TNF-α expression of microglia.", TNF, MICROGLIA),
    ("Exosomes lowered the ROS level of cultured neurons.", ROS, NEURON),
])
def test_the_cell_a_change_happens_in_is_no_second_object(text: str, obj: str, cell: str) -> None:
    got = statements(text)
    assert not any(s.object.curie == cell for s in got), [str(s) for s in got]
    (claim,) = [s for s in got if s.object.curie == obj]
    assert claim.predicate == "decreases"
    assert ("cell_type", "microglia" if cell == MICROGLIA else "neuron") in claim.qualifiers


def test_counting_cells_changes_the_cells() -> None:
    assert ("GO:0070062", "decreases", MICROGLIA) in claims("Exosomes reduced the number of microglia.")


@pytest.mark.parametrize("text", [
    "In conclusion, UC-MSC-derived exosomes might protect SCI in rats by inhibiting the inflammatory response.",
    "Although SCI is severe, UC-MSC-derived exosomes protect neurons by inhibiting the inflammatory response.",
])
def test_the_means_phrase_belongs_to_the_clause_subject_past_an_opener_and_a_modal(text: str) -> None:
    got = claims(text)
    assert ("exokg:UCMSC_Exo", "decreases", INFLAMMATION) in got, got
    assert not any(s in {SCI, NEURON} for s, _, _ in got)


def test_an_injury_repaired_through_a_mediator_is_its_setting() -> None:
    assert not any(SCI in (s, o) for s, _, o in claims(
        "However, the mechanism of exosome-mediated SCI repair remains unknown."))


def test_lowering_is_a_decrease() -> None:
    got = claims("Stem cell exosomes improved motor function, while significantly lowering the pro-inflammatory "
                 "factors IL-1β and TNF-α and the apoptotic protein BAX.")
    assert {("GO:0070062", "decreases", o) for o in (IL1B, TNF, BAX)} <= got, got


def test_changes_after_an_opening_treatment_are_its_effects() -> None:
    got = claims("After EV treatment, the motor function of SCI rats was improved, SCI was relieved, and IL-6 "
                 "expression was decreased.")
    ev = "GO:1903561"
    assert {(ev, "increases", "exokg:motor_function"), (ev, "decreases", SCI), (ev, "decreases", "HGNC:6018")} <= got


@pytest.mark.parametrize("text", [
    "The rescue experiments verified that after overexpression of TLR4, the contents of IL-6 and TNF-α were "
    "increased, IL-10 was decreased, and SCI was aggravated.",
    # a loss turns each change round: the same claims
    "Following TLR4 knockdown, the contents of IL-6 and TNF-α were decreased, IL-10 was increased, and SCI was "
    "relieved.",
])
def test_changes_after_an_opening_manipulation_are_the_molecules_effects(text: str) -> None:
    tlr4 = "HGNC:11850"
    assert {(tlr4, "increases", "HGNC:6018"), (tlr4, "increases", TNF), (tlr4, "decreases", "HGNC:5962"),
            (tlr4, "increases", SCI)} <= claims(text)


def test_a_change_after_an_injury_is_not_the_treatment_groups() -> None:
    got = claims("Bax was upregulated after SCI, and Bcl-2 was upregulated in the BMSC-Exo group.")
    assert {(s, p) for s, p, o in got if o == BAX} == {(SCI, "increases")}, got  # the injury's own


def test_how_a_change_was_measured_is_an_aside() -> None:
    got = claims("The injection of BMSC-Exo enhanced locomotor performance reflected by Basso, Beattie & Bresnahan "
                 "score (p < 0.001), and neuronal viability reflected by NeuN+ cells (p < 0.01), but attenuated "
                 "neuronal apoptosis reflected by TUNEL positive rate (p < 0.05).")
    exo = "exokg:BMSC_Exo"
    assert {(exo, "increases", "exokg:motor_function"), (exo, "increases", "exokg:neuronal_survival"),
            (exo, "decreases", "GO:0051402")} <= got, got
    assert not any(o in {"exokg:BBB_score", "HGNC:27097", "MESH:D020287"} for _, _, o in got)


@pytest.mark.parametrize("text", [
    "Treatment with miR-133b exosomes activated STAT3.",
    "miR-133b-Exos activated STAT3.",
])
def test_vesicles_named_by_the_mirna_they_carry_are_vesicles(text: str) -> None:
    got = claims(text)
    assert ("GO:0070062", "carries", "mirbase.mature:MIMAT0000770") in got, got
    assert ("GO:0070062", "increases", "HGNC:11364") in got, got


@pytest.mark.parametrize("text", [
    "Exosomes that carry miR-21 reduce apoptosis.",
    "Exosomes which contain miR-21 reduced apoptosis.",
    "Exosomes delivering miR-21 to neurons reduced apoptosis.",
    "Exosomes that deliver miR-21 to the neurons reduced apoptosis.",
])
def test_the_cargo_a_relative_clause_or_a_delivery_names_shares_the_vesicles_effect(text: str) -> None:
    got = claims(text)
    assert {(EXOSOME, "carries", MIR21), (EXOSOME, "decreases", APOPTOSIS), (MIR21, "decreases", APOPTOSIS)} <= got, got
    assert not any(s == NEURON for s, _, _ in got), got


def test_a_mirna_before_a_vesicle_in_a_list_names_no_preparation() -> None:
    got = claims("The level of miR-21 in exosomes was high, and miR-21 and exosomes were compared.")
    assert ("GO:0070062", "carries", MIR21) in got
    assert all(rule != "carries:named" for s in statements("miR-21 and exosomes were compared.")
               for rule in (e.rule for e in s.evidence))


def test_a_target_named_in_an_apposition_is_not_what_changed() -> None:
    got = claims("We observed that the expression of RhoA, a direct target of miR-133b, was decreased in the "
                 "BMSC-Exos group.")
    assert ("exokg:BMSC_Exo", "decreases", "HGNC:667") in got, got
    assert not any(o == "mirbase.mature:MIMAT0000770" and p == "decreases" for _, p, o in got), got


def test_a_preparation_named_with_its_cells_short_form_defines_it() -> None:
    got = claims("Umbilical cord mesenchymal stem cells (UCMSs)-derived exosomes reduced apoptosis. "
                 "UCMSs reduced TNF-α.")
    assert ("exokg:UCMSC_Exo", "decreases", APOPTOSIS) in got, got
    assert ("CL:0002569", "decreases", TNF) in got, got


def test_vesicles_loaded_with_a_small_interfering_rna_carry_no_target_and_keep_their_short_form() -> None:
    got = claims("MSC-Exo loaded with phosphatase and tensin homolog small interfering RNA (ExoPTEN) attenuated "
                 "the expression of PTEN. The intranasal ExoPTEN therapy elicited functional recovery.")
    assert ("exokg:MSC_Exo", "decreases", PTEN) in got, got
    assert ("exokg:MSC_Exo", "carries", PTEN) not in got, "they carry PTEN's silencer, not PTEN"
    assert ("exokg:MSC_Exo", "increases", "exokg:motor_function") in got, got
    assert ("GO:0070062", "carries", PTEN) not in claims("Exosomes loaded with PTEN short hairpin RNA reduced PTEN.")


def test_microgliosis_is_microglial_activation() -> None:
    got = claims("MSC-Exo enhanced axonal growth, while reducing microgliosis and astrogliosis.")
    assert {("exokg:MSC_Exo", "decreases", "GO:0001774"), ("exokg:MSC_Exo", "decreases", "GO:0048143")} <= got, got


@pytest.mark.parametrize("text", [
    "Exosomes modulate microglial polarization via the NF-κB pathway, and enhance neuronal differentiation.",
    "Exosomes inhibit apoptosis through miR-21 and miR-124, and promote neuronal differentiation.",
])
def test_a_verb_coordinated_after_a_means_phrase_is_the_clause_subjects(text: str) -> None:
    got = claims(text)
    assert ("GO:0070062", "increases", "GO:0030182") in got, got
    assert not any(s in {"GO:0007249", MIR21} and o == "GO:0030182" for s, _, o in got), got


def test_a_relative_clause_after_a_means_phrase_is_still_the_mediators() -> None:
    got = claims("Exosomes inhibit apoptosis through the NF-κB pathway, which reduces inflammation.")
    assert ("GO:0007249", "decreases", INFLAMMATION) in got, got


@pytest.mark.parametrize(("text", "curie"), [
    ("Bone marrow stem cell‐derived exosomes (BMSC‐exosomes) increased axon outgrowth.", "exokg:BMSC_Exo"),
])
def test_field_spellings_of_preparations_and_outcomes(text: str, curie: str) -> None:
    assert (curie, "increases", "GO:0031103") in claims(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("BMSC-Exos suppressed the accumulation of Fe2+, MDA levels and reactive oxygen species (ROS), with the "
     "elevated glutathione (GSH).",
     {("exokg:BMSC_Exo", "decreases", "CHEBI:29033"), ("exokg:BMSC_Exo", "decreases", ROS),
      ("exokg:BMSC_Exo", "increases", "CHEBI:16856")}),
    ("Exosomes increased GPX4, with reduced ACSL4.",
     {("GO:0070062", "increases", "HGNC:4556"), ("GO:0070062", "decreases", "HGNC:3571")}),
    # so does the change that showed the clause's ("as evidenced by", "as indicated by")
    ("Exosomes reduced oxidative stress, as indicated by increased SOD activity and decreased ROS.",
     {("GO:0070062", "increases", "exokg:SOD"), ("GO:0070062", "decreases", ROS)}),
    ("Exosomes alleviated oxidative stress, as shown by reduced MDA levels and increased SOD.",
     {("GO:0070062", "decreases", "MESH:D008315"), ("GO:0070062", "increases", "exokg:SOD")}),
    # with an article before the change ("an increased ratio"); Beclin-1 had been read lowering p62
    ("Exosomes promoted autophagy, as indicated by an increased LC3-II/LC3-I ratio and Beclin-1 and decreased p62.",
     {("GO:0070062", "increases", "exokg:LC3_ratio"), ("GO:0070062", "increases", "HGNC:1034"),
      ("GO:0070062", "decreases", "HGNC:11280")}),
    # without "as": the markers had given nothing
    ("MSC-Exos promoted M2 polarization of macrophages, indicated by increased CD206 and Arg1 and decreased iNOS.",
     {("exokg:MSC_Exo", "increases", "HGNC:7228"), ("exokg:MSC_Exo", "increases", "HGNC:663"),
      ("exokg:MSC_Exo", "decreases", "HGNC:7873")}),
])
def test_a_change_after_with_keeps_its_own_direction(text: str, expected: set) -> None:
    got = claims(text)
    assert expected <= got, got
    assert not any(o == "CHEBI:16856" and p == "decreases" for _, p, o in got), got


def test_inactivating_a_pathway_lowers_it() -> None:
    got = claims("Further experiments showed that BMSC-Exos inactivated the IL-17 pathway.")
    assert ("exokg:BMSC_Exo", "decreases", "GO:0097400") in got, got


@pytest.mark.parametrize("text", [
    "The locomotor function of SCI rats treated with exosomes was greatly improved.",
    "The locomotor function recovery of SCI rodents receiving exosomes was greatly improved compared to controls.",
    "Exosome treatment resulted in a significantly improved locomotion of SCI animals.",
])
def test_a_treatment_named_with_the_treated_animals_or_before_an_adverb_improves_the_outcome(text: str) -> None:
    assert ("GO:0070062", "increases", "exokg:motor_function") in claims(text)


def test_animals_treated_with_a_preparation_are_no_claim_without_a_change() -> None:
    assert not any(p in {"increases", "decreases"} for _, p, _ in claims("Rats treated with exosomes were sacrificed."))


def test_means_phrases_after_a_result_are_the_treatments() -> None:
    got = claims("MSC-derived exosome treatment resulted in a significantly improved locomotion of SCI animals "
                 "through ameliorating neuroinflammation, reducing apoptosis, and inducing neuronal regrowth.")
    assert {("exokg:MSC_Exo", "decreases", "GO:0150076"), ("exokg:MSC_Exo", "decreases", APOPTOSIS),
            ("exokg:MSC_Exo", "increases", "GO:0031102")} <= got, got


def test_a_with_phrase_describing_the_place_of_a_change_names_no_object() -> None:
    got = claims("Three miRNAs (miR-92, miR-19a, and miR-20) were also overexpressed in human medulloblastomas "
                 "with an activated Sonic Hedgehog (SHH) signaling pathway.")
    assert not any(o in {"HGNC:10848", "GO:0007224"} for _, _, o in got), got


def test_a_consequence_of_a_knockdown_is_the_lost_molecules_with_the_sign_turned() -> None:
    got = claims("Cblb and Cbl gene knockdown resulted in significantly decreased TrkA ubiquitination levels, "
                 "subsequently activating the downstream kinases Akt and Erk.")
    assert {(CBLB, "decreases", AKT), (CBL, "decreases", AKT)} <= got, got
    assert not any(p == "increases" and s in {CBL, CBLB} for s, p, _ in got), got
    got = claims("Overexpression of Cblb and Cbl was associated with increased TrkA ubiquitination, subsequently "
                 "inactivating the downstream kinases Akt and Erk.")
    assert (CBL, "decreases", AKT) in got, got


EXOSOME, NEUROPROTECTION, GFAP, MAG = "GO:0070062", "MESH:D000066829", "HGNC:4235", "HGNC:6783"


def test_a_means_phrase_after_the_disease_treated_is_the_treatments() -> None:
    got = claims("Stem cell-derived exosomes have recently been regarded as potential drugs for treating spinal cord "
                 "injury (SCI) by reducing reactive oxygen species (ROS) and suppressing M1 macrophage polarization.")
    assert (EXOSOME, "decreases", ROS) in got, got
    assert not any(s == SCI for s, _, _ in got), got
    # the injury as the agent of its own clause stays the agent
    assert (SCI, "increases", ROS) in claims("SCI worsens outcomes by increasing ROS.")


def test_which_after_a_fall_is_the_fall_when_it_tells_what_followed() -> None:
    got = claims("Overexpression of miR-338-5p in exosomes increased GAP43 and decreased those of myelin-associated "
                 "glycoprotein and glial fibrillary acidic protein, which provided neuroprotective effects.")
    assert {(EXOSOME, "increases", NEUROPROTECTION), (GFAP, "decreases", NEUROPROTECTION),
            (MAG, "decreases", NEUROPROTECTION)} <= got, got
    assert (GFAP, "increases", NEUROPROTECTION) not in got
    got = claims("miR-21a-5p reduced PELI1 expression, which in turn inhibits their pyroptosis.")
    assert ("HGNC:8827", "increases", "GO:0070269") in got, got
    # a present-tense relative says what the molecule does
    assert (PTEN, "decreases", AKT) in claims("miR-21 decreases PTEN, which inhibits AKT.")
    assert (PTEN, "decreases", AKT) in claims("miR-21 decreases PTEN, which also inhibits AKT.")


def test_the_loss_an_injury_leads_to_turns_the_sign_of_what_follows() -> None:
    got = claims("Complete SCI leads to total loss of spinal cord function, often resulting in complete paralysis.")
    assert {(SCI, "decreases", "exokg:motor_function"), (SCI, "increases", "MESH:D010243"),
            ("exokg:motor_function", "decreases", "MESH:D010243")} <= got, got
    # what the injury raises goes on to act itself
    assert ("GO:0006954", "increases", APOPTOSIS) in claims("SCI leads to inflammation, resulting in apoptosis.")


def test_changes_a_preparation_induces_have_no_direction() -> None:
    got = claims("We investigated the mechanism of BMSC-Exo-induced changes in the permeability of the BSCB.")
    assert ("exokg:BMSC_Exo", "regulates", "exokg:BSCB_disruption") in got, got
    assert ("exokg:BMSC_Exo", "increases", APOPTOSIS) in claims("BMSC-Exo-induced apoptosis was measured.")


def test_binding_a_receptor_is_not_repressing_it() -> None:
    got = claims("Netrin-1 activates AKT by binding to its receptor UNC5B.")
    assert ("HGNC:12568", "regulates", AKT) in got and ("HGNC:12568", "decreases", AKT) not in got, got
    assert (PTEN, "decreases", AKT) in claims("miR-21 increased AKT by targeting PTEN.")


def test_the_purpose_of_a_role_verb_is_said_of_the_subject() -> None:
    got = claims("MSC exosomes have been shown to facilitate axonal growth and act as mediators to regulate "
                 "neurogenesis.")
    assert ("exokg:MSC_Exo", "regulates", "GO:0022008") in got, got
    assert not any(s == "GO:0031103" for s, _, _ in got), got
    # a list of pathways before the purpose: the pathways regulate it
    got = claims("Exosomes release molecules that act on signaling pathways, such as the TLR4-mediated MAPK "
                 "signaling pathway and the NF-κB signaling pathway, to regulate the occurrence of neuroinflammation.")
    assert any(p == "regulates" and o == "GO:0150076" and s != "exokg:MSC_Exo" for s, p, o in got), got
    # "for" and a gerund after a verb without an object is the role's purpose in a study aim, no claim
    got = claims("The role of the candidate protein ANGPTL3 harboring in USC-Exo for promoting angiogenesis in SCI "
                 "model was assessed.")
    assert not any(o == "GO:0001525" for _, _, o in got), got


def test_a_participle_before_a_coordinated_source_cell_is_its_adjective() -> None:
    got = claims("Increases in threshold were observed in animals treated with EVs from either naïve MSC (MSCEvwt) "
                 "or stimulated MSC (MSCEv+).")
    assert not any(o == "CL:0000134" for _, p, o in got if p != "derived_from"), got
    assert ("GO:0070062", "increases", "CL:0000127") in claims("Exosomes inhibited microglia and stimulated astrocytes.")


def test_treatment_of_a_disease_with_a_preparation_names_the_agent() -> None:
    got = claims("These data show that treatment of acute SCI with extracellular vesicles derived from human MSCs "
                 "attenuates neuroinflammation and improves functional recovery.")
    assert {("exokg:MSC_Exo", "decreases", "GO:0150076"), ("exokg:MSC_Exo", "increases", "exokg:motor_function")} \
        <= got, got


def test_a_verb_after_whereas_without_a_subject_is_the_clause_subjects() -> None:
    got = claims("The protective role of bone marrow mesenchymal stem cells (BMMSC)-derived exosomes (B-Exo) in SCI "
                 "has been underscored. B-Exo promoted the recovery of locomotor function, whereas inhibited neuronal "
                 "apoptosis.")
    assert ("exokg:BMSC_Exo", "decreases", "GO:0051402") in got, got


def test_a_sentence_naming_two_species_gives_each_claim_the_animals_named_before_its_object() -> None:
    got = {(s.object.curie, dict(s.qualifiers).get("species")) for s in statements(
        "MSC-EVs promoted motor function recovery in SCI animals, including rat Basso, Beattie and Bresnahan "
        "locomotor rating scale scores and mouse Basso Mouse Scale scores compared with controls.")
        if s.predicate == "increases"}
    assert got == {("exokg:motor_function", None), ("exokg:BBB_score", "rat"), ("exokg:BMS_score", "mouse")}, got


def test_cells_named_before_cell_death_are_where_it_happens() -> None:
    [st] = [s for s in statements("Exosomes reduced endothelial cell death after SCI.")]
    assert (st.object.curie, st.predicate, dict(st.qualifiers).get("cell_type")) == (
        "GO:0008219", "decreases", "endothelial cell")


def test_the_cells_a_process_happens_in_may_be_named_with_their_tissue() -> None:
    [st] = [s for s in statements("Exosomes reduced pyroptosis of spinal cord neurons.") if s.predicate != "derived_from"]
    assert (st.object.curie, st.predicate, dict(st.qualifiers).get("cell_type")) == ("GO:0070269", "decreases", "neuron")


def test_a_change_added_after_a_means_phrase_is_the_clause_subjects() -> None:
    got = claims("Exosomes reduced pericyte migration via downregulation of NF-κB p65 signaling, with a consequent "
                 "decrease in the permeability of the BSCB.")
    assert {(EXOSOME, "decreases", "GO:1905351"), (EXOSOME, "decreases", "exokg:BSCB_disruption")} <= got, got
    assert (EXOSOME, "increases", "HGNC:990") in claims("Exosomes reduced apoptosis, with an increase in Bcl-2 expression.")


def test_a_role_in_a_signed_process_is_counted_once() -> None:
    assert claims("miR-21 plays a role in the inhibition of apoptosis.") == {(MIR21, "decreases", APOPTOSIS)}
    assert (MIR21, "increases", AKT) in claims("miR-21 plays a role in the activation of AKT.")


def test_the_agent_of_effects_a_role_is_in_does_not_change() -> None:
    got = claims("Exosomes play a crucial role in the paracrine effects of mesenchymal stem cells (MSCs).")
    assert not any(o == "CL:0000134" for _, _, o in got), got


def test_a_change_a_measure_showed_among_treated_animals_is_the_treatments() -> None:
    assert (EXOSOME, "increases", "exokg:motor_function") in claims(
        "Locomotor recovery scores showed significant improvement among animals treated with exosomes.")
    assert (EXOSOME, "decreases", APOPTOSIS) in claims("Apoptosis showed a significant decrease in rats treated with "
                                                       "exosomes.")


def test_a_preparation_of_plain_and_stimulated_cells_is_the_subject_and_not_preconditioned() -> None:
    [st] = [s for s in statements("EVs from naïve MSC or stimulated MSC reduced apoptosis of neurons.")
            if s.predicate == "decreases"]
    assert (st.subject.curie, st.object.curie) == ("exokg:MSC_Exo", "GO:0051402")
    assert "preconditioning" not in dict(st.qualifiers), st.qualifiers


def test_a_reagent_the_cells_were_treated_with_is_no_preconditioning() -> None:
    [st] = [s for s in statements("Exosomes from miR-21 mimic-treated MSCs reduced apoptosis.")
            if s.predicate == "decreases" and s.subject.curie == "exokg:MSC_Exo"]
    assert dict(st.qualifiers) == {"engineered_with": "hsa-mir-21"}, st.qualifiers


def test_a_vesicle_and_a_cell_therapy_share_the_verb() -> None:
    got = claims("BMSC-Exos and ADSCs reduced apoptosis.")
    assert {("exokg:BMSC_Exo", "decreases", APOPTOSIS), ("CL:0002570", "decreases", APOPTOSIS)} <= got, got


def test_a_protein_labelling_counted_cells_is_no_participant() -> None:
    assert claims("Exosomes increased the number of NeuN-positive neurons.") == {(EXOSOME, "increases", NEURON)}
    assert claims("Exosomes reduced Iba1+ microglia.") == {(EXOSOME, "decreases", MICROGLIA)}
    assert (EXOSOME, "decreases", GFAP) in claims("Exosomes decreased the number of GFAP-positive cells.")


def test_a_protein_labelling_counted_axons_or_myelin_is_no_participant() -> None:
    got = claims("Exosomes increased the number of NF200-positive axons and MBP-positive myelin.")
    assert got == {(EXOSOME, "increases", "GO:0030424"), (EXOSOME, "increases", "GO:0043209")}, got


def test_serotonergic_fibers_counted_below_the_injury_are_an_outcome() -> None:
    got = claims("The number of 5-HT-positive fibers caudal to the lesion was increased by exosome treatment.")
    assert got == {(EXOSOME, "increases", "exokg:serotonergic_fiber")}, got


def test_coordinated_words_before_a_process_name_each_name_their_process() -> None:
    got = claims("Exosomes promoted neuronal and axonal regeneration.")
    assert {(EXOSOME, "increases", "GO:0031102"), (EXOSOME, "increases", "GO:0031103")} <= got, got


@pytest.mark.parametrize("text", ["Exosomes protected neurons from apoptosis.",
                                  "Exosomes rescued PC12 cells from apoptosis.",
                                  "Exosomes protected neurons and oligodendrocytes against apoptosis.",
                                  "Neurons were protected from apoptosis by exosomes.",
                                  "In vitro, spinal neurons were significantly protected against apoptosis by "
                                  "exosomes.",
                                  "Exosomes protected the injured spinal cord from apoptosis.",
                                  "Exosomes protected SCI rats against apoptosis."])
def test_cells_protected_from_a_harm_are_its_setting(text: str) -> None:
    sts = [s for s in statements(text) if s.predicate != "derived_from"]
    assert {(s.subject.curie, s.predicate, s.object.curie) for s in sts} == {(EXOSOME, "decreases", APOPTOSIS)}
    if "neurons" in text:
        assert dict(sts[0].qualifiers).get("cell_type") == "neuron"


def test_a_nominal_means_phrase_chains_the_mediator_to_the_object() -> None:
    got = claims("IGF-Exo inhibits YY1 expression through up-regulation of miR-219a-2-3p.")
    assert {(EXOSOME, "decreases", "HGNC:12856"), (EXOSOME, "increases", "mirbase.mature:MIMAT0004675"),
            ("mirbase.mature:MIMAT0004675", "decreases", "HGNC:12856")} <= got, got
    assert ("GO:0007249", "increases", APOPTOSIS) in claims(
        "Exosomes reduced apoptosis via inhibition of the NF-κB pathway.")


def test_this_in_turn_after_a_fall_is_the_fallen_molecule_acting_the_other_way() -> None:
    got = claims("Exosomes inhibit YY1 expression. This in turn inhibits the NF-κB pathway.")
    assert ("HGNC:12856", "increases", "GO:0007249") in got, got
    got = claims("Exosomes increased miR-21 expression. This in turn suppressed PTEN.")
    assert (MIR21, "decreases", PTEN) in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("Reduced neuroinflammation led to neuroprotection.", ("GO:0150076", "decreases", NEUROPROTECTION)),
    ("Inhibition of apoptosis improved motor function.", (APOPTOSIS, "decreases", "exokg:motor_function")),
    ("The reduction in neuroinflammation after exosome delivery led to significant neuroprotection.",
     ("GO:0150076", "decreases", NEUROPROTECTION)),
])
def test_a_process_named_by_its_fall_acts_the_other_way(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims(text)


def test_a_means_phrase_after_a_clause_of_its_own_is_not_the_earlier_verbs() -> None:
    got = claims("PTX induced NSCs to give rise to neurons, this scaffold has shown superior performance for motor "
                 "recovery by enhancing neural regeneration.")
    assert not any(s == "GO:0031102" for s, _, _ in got), got


def test_a_cell_therapy_named_by_a_short_form_of_treated_cells() -> None:
    got = claims("BMSC-derived exosome-educated macrophages (EEM) were generated. Treatment with EEM promoted the "
                 "angiogenic activity of HUVECs.")
    assert ("CL:0000235", "increases", "GO:0001525") in got, got
    assert not any(o == "CL:0002618" for _, _, o in got), got


def test_rescuing_or_restoring_a_fall_raises() -> None:
    assert (EXOSOME, "increases", "GO:0031103") in claims("Exosomes rescued the inhibition of axon growth.")
    assert (EXOSOME, "increases", "HGNC:990") in claims("Exosomes restored the decrease in Bcl-2 expression.")
    assert (EXOSOME, "increases", "HGNC:990") in claims("Exosomes restored the expression of Bcl-2.")


@pytest.mark.parametrize(("text", "species"), [
    ("Human MSC-derived exosomes reduced apoptosis in SCI mice.", "mouse"),
    ("The administration of human USC-Exo reduced apoptosis.", None),
    ("Exosomes reduced apoptosis in rat neurons.", "rat"),
])
def test_the_species_a_preparation_is_named_with_is_not_the_claims_setting(text: str, species: str | None) -> None:
    [st] = [s for s in statements(text) if s.predicate == "decreases"]
    assert dict(st.qualifiers).get("species") == species


def test_a_cell_glued_to_its_vesicles_is_no_second_treatment() -> None:
    got = claims("hplMSC-Exos from placental MSC carrying miR-23b-3p reduced IFNγ expression in chondrocytes.")
    assert ("exokg:PlMSC_Exo", "decreases", "HGNC:5438") in got, got
    assert not any(s == "exokg:PlMSC" and p == "decreases" for s, p, _ in got), got


def test_a_passive_protection_without_its_agent_gives_no_claim_of_its_own() -> None:
    assert not {p for _, p, _ in claims("Neurons were protected from apoptosis.")} & {"decreases", "increases"}
    # "by" opening a means phrase after a comma is not the protection's agent
    got = claims("Neurons were protected from apoptosis, by contrast, astrocytes were not.")
    assert not any(p == "decreases" for _, p, _ in got), got


def test_vesicles_from_cells_made_to_overexpress_a_mirna_are_one_engineered_preparation() -> None:
    text = "Exosomes from microRNA 146a overexpressed bone marrow mesenchymal stem cells reduced apoptosis."
    sts = statements(text)
    got = {(s.subject.curie, s.predicate, s.object.curie) for s in sts}
    assert ("exokg:BMSC_Exo", "decreases", APOPTOSIS) in got, got
    assert not any(p == "increases" for _, p, _ in got), got  # "overexpressed" is no verb of the exosomes
    [dec] = [s for s in sts if s.subject.curie == "exokg:BMSC_Exo" and s.predicate == "decreases"]
    assert dict(dec.qualifiers).get("engineered_with") == "hsa-mir-146a"


@pytest.mark.parametrize("text", [
    "Exosomes from GDNF-modified MSCs increased angiogenesis.",
    "Exosomes derived from GDNF-overexpressing mesenchymal stem cells increased angiogenesis.",
])
def test_vesicles_from_cells_made_to_express_a_gene_are_an_engineered_preparation(text: str) -> None:
    sts = statements(text)
    [inc] = [s for s in sts if s.object.curie == "GO:0001525"]
    assert inc.subject.curie == "exokg:MSC_Exo" and inc.predicate == "increases"
    # the gene names the preparation (it had been read as the plain one); its words give it no claim
    assert dict(inc.qualifiers).get("engineered_with") == "GDNF"
    assert not any("HGNC:4232" in (s.subject.curie, s.object.curie) for s in sts), sts


@pytest.mark.parametrize("text", [
    "Rats treated with exosomes showed an improved motor ability.",
    "Compared to SCI rats, those subjected to exosome injection showed an improved motor ability.",
])
def test_what_a_treated_group_showed_after_an_article_is_the_treatments_effect(text: str) -> None:
    assert (EXOSOME, "increases", "exokg:motor_function") in claims(text)


def test_cells_showing_a_change_are_its_setting_not_its_cause() -> None:
    [st] = [s for s in statements("Neurons showed reduced apoptosis after exosome treatment.")
            if s.predicate == "decreases"]
    assert (st.subject.curie, st.object.curie, dict(st.qualifiers).get("cell_type")) == (EXOSOME, APOPTOSIS, "neuron")
    for text in ("Neurons had reduced apoptosis.", "Microglia showed increased M1 polarization."):
        got = claims(text)
        assert not any(s in {"exokg:M1_microglia", "exokg:M2_microglia"} for s, _, _ in got), got


def test_a_protein_binding_a_molecule_to_cause_a_change_gives_the_molecule_no_sign() -> None:
    got = claims("NSC-sEVs deliver 14-3-3t, which interacts with Beclin-1 to activate autophagy.")
    assert ("HGNC:1034", "regulates", "GO:0006914") in got, got
    assert not any(s == "HGNC:1034" and p == "decreases" for s, p, _ in got), got
    # a miRNA binding its target represses it
    assert (PTEN, "decreases", AKT) in claims("miR-21 binds to PTEN, thereby activating AKT.")


@pytest.mark.parametrize("text", [
    "Exosomes reduced apoptosis, inhibiting NF-κB activation.",
    "Exosomes attenuated inflammation, suppressing the TLR4/NF-κB pathway.",
])
def test_a_process_lowered_does_not_drive_the_signalling_named_after_it(text: str) -> None:
    # the participle names the subject's other change (its means, upstream of the process), not what the
    # process did: "apoptosis raises NF-κB" would read the pathway the wrong way round
    got = claims(text)
    assert any(s == EXOSOME and p == "decreases" and o in {"exokg:NFkappaB", "GO:0034142"} for s, p, o in got), got
    assert not any(s in {APOPTOSIS, INFLAMMATION} for s, _, _ in got), got
    # a molecule's change still drives what follows from it
    assert (PTEN, "decreases", AKT) in claims("miR-21 inhibited PTEN, activating AKT.")


def test_gerunds_named_side_by_side_are_the_subjects_ways_not_a_chain() -> None:
    got = claims("After reaching the injury site, exosomes can play a role in SCI treatment in various ways, such "
                 "as promoting axonal regeneration, inhibiting neuronal apoptosis, and promoting the polarization "
                 "of M1 type macrophages to M2.")
    assert (EXOSOME, "decreases", "GO:0051402") in got, got
    assert {s for s, _, _ in got} == {EXOSOME}, got


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("MSC-Exo upregulated the ferroptosis suppressor GPX4.",
     {("exokg:MSC_Exo", "increases", "HGNC:4556"), ("HGNC:4556", "decreases", "GO:0097707")},
     ("exokg:MSC_Exo", "increases", "GO:0097707")),
    ("MSC-Exo reduced the apoptosis-promoting protein Bax.",
     {("exokg:MSC_Exo", "decreases", BAX), (BAX, "increases", APOPTOSIS)}, (APOPTOSIS, "increases", BAX)),
    ("PTGS2, a ferroptosis-promoting factor, was reduced by exosomes.",
     {(EXOSOME, "decreases", "HGNC:9605"), ("HGNC:9605", "increases", "GO:0097707")},
     (EXOSOME, "decreases", "GO:0097707")),
    ("The levels of the proapoptotic protein Bax and the apoptosis effector caspase-3 were reduced by exosomes.",
     {(EXOSOME, "decreases", BAX), (EXOSOME, "decreases", "HGNC:1504"), ("HGNC:1504", "increases", APOPTOSIS)},
     (EXOSOME, "decreases", APOPTOSIS)),
    # a list with a name the lexicon lacks and the full names in parentheses
    ("MSC-Exo upregulated ferroptosis suppressors FTH-1 (ferritin heavy chain 1), FSP1 (ferroptosis suppressor "
     "protein 1), and GPX4 (glutathione peroxidase 4).",
     {("HGNC:3976", "decreases", "GO:0097707"), ("HGNC:4556", "decreases", "GO:0097707"),
      ("exokg:MSC_Exo", "increases", "HGNC:4556")},
     ("exokg:MSC_Exo", "increases", "GO:0097707")),
])
def test_a_process_named_with_a_molecules_role_names_the_molecule(
        text: str, expected: set[tuple[str, str, str]], wrong: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected <= got, got
    assert wrong not in got, got


def denied(text: str) -> set[tuple[str, str, str]]:
    return {(s.subject.curie, s.predicate, s.object.curie) for s in statements(text)
            if all(e.negated for e in s.evidence)}


@pytest.mark.parametrize("text, expected", [
    ("Decreases in TNF-α were observed after exosome treatment.", (EXOSOME, "decreases", TNF)),
    ("Reductions in TNF-α levels were seen in rats after exosome treatment.", (EXOSOME, "decreases", TNF)),
    ("Deficits in motor function were seen after exosome treatment.",
     (EXOSOME, "decreases", "exokg:motor_function")),
    # a change that names no way gives none
    ("Changes in GFAP expression were observed after exosome treatment.", (EXOSOME, "regulates", GFAP)),
])
def test_a_change_noun_after_a_treatment_goes_its_own_way(text: str, expected: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got and len({p for s, p, o in got if (s, o) == (EXOSOME, expected[2])}) == 1, got


@pytest.mark.parametrize("text", [
    "Exosomes did not significantly change the expression of GFAP.",
    "Exosomes had little effect on GFAP expression.",
    "Exosomes had negligible effects on GFAP expression.",
])
def test_an_effect_said_to_be_absent_is_denied(text: str) -> None:
    assert denied(text) == {(EXOSOME, "regulates", GFAP)}, statements(text)


def test_change_as_a_noun_is_no_verb() -> None:
    # "changes occur, including inflammation ..., which leads to the formation of cavities": the noun heads no
    # clause, so what inflammation leads to stays a raise
    got = claims("Following SCI, a series of secondary pathophysiological changes occur, including inflammation "
                 "and neuronal apoptosis at the injury site, which subsequently leads to the formation of cavities.")
    assert (INFLAMMATION, "increases", "exokg:cavity_formation") in got, got
    assert not denied("Exosomes had a little effect on GFAP expression.")


@pytest.mark.parametrize("text", [
    "Exosomes from miR-21 knockdown MSCs reduced apoptosis less effectively than control exosomes.",
    "miR-21-depleted exosomes only partially reduced apoptosis.",
    "Exosomes from miR-21 knockdown MSCs reduced apoptosis to a lesser extent.",
])
def test_vesicles_lacking_a_molecule_doing_less_show_what_the_molecule_does(text: str) -> None:
    got = claims(text)
    assert (MIR21, "decreases", APOPTOSIS) in got and (MIR21, "increases", APOPTOSIS) not in got, got


@pytest.mark.parametrize("text", [
    "Significant functional improvement was observed after exosome treatment.",
    "There was a significant functional improvement after exosome treatment.",
    "We observed significant functional improvement after exosome treatment.",
    "Motor recovery was observed in rats after exosome treatment.",
])
def test_a_recovery_seen_after_a_treatment_is_its_effect(text: str) -> None:
    [st] = [s for s in statements(text) if s.predicate == "increases"]
    assert (st.subject.curie, st.object.curie) == (EXOSOME, "exokg:motor_function")
    assert not st.evidence[0].negated


def test_a_recovery_not_seen_or_seen_after_the_injury_is_no_treatments_effect() -> None:
    [st] = [s for s in statements("No functional improvement was observed after exosome treatment.")
            if s.predicate == "increases"]
    assert st.evidence[0].negated
    assert not claims("Functional recovery was observed after SCI.")
    assert not claims("Functional improvement after exosome treatment remains to be shown.")


def test_vesicle_based_delivery_of_a_protein_is_cargo() -> None:
    got = claims("NSC-sEV-based delivery of 14-3-3t reduces apoptosis.")
    assert {("exokg:NSC_Exo", "carries", "HGNC:12854"), ("HGNC:12854", "decreases", APOPTOSIS)} <= got, got


def test_vesicle_mediated_delivery_of_a_silencer_lowers_its_target() -> None:
    got = claims("Exosome-mediated transfer of PTEN siRNA reduced PTEN expression.")
    assert (EXOSOME, "decreases", PTEN) in got
    assert not any(p == "carries" for _, p, _ in got)


@pytest.mark.parametrize("text, expected, wrong", [
    ("MSC-EVs rescued neuron apoptosis.", ("exokg:MSC_Exo", "decreases", "GO:0051402"),
     ("exokg:MSC_Exo", "increases", "GO:0051402")),
    ("Exosomes reversed the SCI-induced increase in TNF-α.", (EXOSOME, "decreases", TNF), (EXOSOME, "increases", TNF)),
    ("Exosomes attenuated the SCI-induced increase in TNF-α.", (EXOSOME, "decreases", TNF),
     (EXOSOME, "increases", TNF)),
    ("Exosomes reversed the downregulation of Bcl-2.", (EXOSOME, "increases", "HGNC:990"),
     (EXOSOME, "decreases", "HGNC:990")),
    ("The SCI-induced increase in TNF-α was attenuated by exosomes.", (EXOSOME, "decreases", TNF),
     (EXOSOME, "increases", TNF)),
    # the passive of a change held back or undone: what fell rises
    ("The decrease in Bcl-2 was attenuated by exosomes.", (EXOSOME, "increases", "HGNC:990"),
     (EXOSOME, "decreases", "HGNC:990")),
    ("The increase in TNF-α was reversed by exosomes.", (EXOSOME, "decreases", TNF), (EXOSOME, "increases", TNF)),
    ("The SCI-induced decrease in Bcl-2 was significantly reversed by exosomes.", (EXOSOME, "increases", "HGNC:990"),
     (EXOSOME, "decreases", "HGNC:990")),
    # a reduced passive: the agent after "by" acts on what stands before, and an injury there is the setting
    ("M2 polarization induced by MFG-E8 was increased.", ("HGNC:7036", "increases", "exokg:M2_macrophage_polarization"),
     ("exokg:M2_macrophage_polarization", "increases", "HGNC:7036")),
    ("Apoptosis mediated by caspase-3 was reduced.", ("HGNC:1504", "regulates", APOPTOSIS),
     (APOPTOSIS, "regulates", "HGNC:1504")),
    ("Exosomes reduced the apoptosis induced by SCI.", (EXOSOME, "decreases", APOPTOSIS),
     (APOPTOSIS, "increases", SCI)),
    # a reduced passive of a named change: the agent brings that change about
    ("The decrease of PTEN induced by exosomes was reversed by miR-21 inhibitor.", (EXOSOME, "decreases", PTEN),
     (EXOSOME, "increases", PTEN)),
    ("The reduction in apoptosis induced by exosomes was reversed.", (EXOSOME, "decreases", APOPTOSIS),
     (EXOSOME, "increases", APOPTOSIS)),
    ("PTEN downregulation induced by exosomes was reversed by miR-21 inhibitor.", (EXOSOME, "decreases", PTEN),
     (EXOSOME, "increases", PTEN)),
    ("Apoptosis inhibition mediated by exosomes was abolished.", (EXOSOME, "decreases", APOPTOSIS),
     (EXOSOME, "regulates", APOPTOSIS)),
    # a knockout is a loss: the rescue says the vesicles act through what was knocked out
    ("The knockout of MFG-E8 in Schwann cells can reverse the anti-inflammatory effects of Schwann cell-derived "
     "exosomes.", ("HGNC:7036", "decreases", INFLAMMATION), ("HGNC:7036", "increases", INFLAMMATION)),
    # an object named with its fall after it goes the other way
    ("Exosomes promoted STAT3 suppression.", (EXOSOME, "decreases", "HGNC:11364"), (EXOSOME, "increases", "HGNC:11364")),
    ("Exosomes facilitated angiogenesis and inflammation suppression.", (EXOSOME, "decreases", INFLAMMATION),
     (EXOSOME, "increases", INFLAMMATION)),
    # controlling a harm lowers it
    ("EPC-EXOs facilitate revascularization and inflammation control after SCI.", (EXOSOME, "decreases", INFLAMMATION),
     (EXOSOME, "increases", INFLAMMATION)),
    # a loss grounded to the harm it names is not a loss of that harm
    ("Exosomes reduced neuronal loss.", (EXOSOME, "decreases", "exokg:neuron_death"),
     (EXOSOME, "increases", "exokg:neuron_death")),
    # a molecule named with its siRNA or shRNA is named by its loss, as with "knockdown"
    ("PTEN siRNA promoted functional recovery.", (PTEN, "decreases", "exokg:motor_function"),
     (PTEN, "increases", "exokg:motor_function")),
    ("PTEN shRNA reduced apoptosis.", (PTEN, "increases", APOPTOSIS), (PTEN, "decreases", APOPTOSIS)),
    # so is one after "lacking", and one after a gerund of loss opening the clause
    ("Mice lacking TLR4 had reduced inflammation.", ("HGNC:11850", "increases", INFLAMMATION),
     ("HGNC:11850", "decreases", INFLAMMATION)),
    ("Blocking NF-κB with PDTC reduced TNF-α expression.", ("exokg:NFkappaB", "increases", TNF),
     ("exokg:NFkappaB", "decreases", TNF)),
    ("In addition, inhibiting PTEN promoted axon regeneration.", (PTEN, "decreases", "GO:0031103"),
     (PTEN, "increases", "GO:0031103")),
    # and so it is as the treatment a comparison follows
    ("Cells were transfected with PTEN inhibitor, which reduced apoptosis.", (PTEN, "increases", APOPTOSIS),
     (PTEN, "decreases", APOPTOSIS)),
    # vesicles made to lack a molecule failing to do what whole vesicles do: the molecule carries the effect
    ("Exosomes lacking miR-21 failed to reduce apoptosis.", (MIR21, "decreases", APOPTOSIS),
     (MIR21, "increases", APOPTOSIS)),
    ("Exosomes from miR-21 knockdown MSCs could not promote functional recovery.",
     (MIR21, "increases", "exokg:motor_function"), (MIR21, "decreases", "exokg:motor_function")),
    # the cells were given the miRNA's antagonist, named before or after them
    ("Exosomes derived from miR-21 inhibitor-transfected MSCs failed to reduce apoptosis.",
     (MIR21, "decreases", APOPTOSIS), (MIR21, "increases", APOPTOSIS)),
    ("Exosomes from hucMSCs transfected with a miR-21 inhibitor failed to reduce apoptosis.",
     (MIR21, "decreases", APOPTOSIS), (MIR21, "increases", APOPTOSIS)),
    # a purpose after "for" and a gerund is the subject's, as after "to"
    ("Exosomes modify macrophage polarization for attenuating inflammation.", (EXOSOME, "decreases", INFLAMMATION),
     ("GO:0042116", "decreases", INFLAMMATION)),
])
def test_each_sentence_form_reads_one_way(text: str, expected: tuple[str, str, str],
                                          wrong: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got, got
    assert wrong not in got, got


@pytest.mark.parametrize("text", [
    "BMSC-derived exosome decreased pyroptosis markers including cleaved caspase-1 and IL-18 in H2O2-treated neurons.",
    "Exosomes decreased IL-18 in LPS-treated neurons.",
    # the cells' state and what was done to them are read from one word list the entity layer shares
    "Exosomes decreased IL-18 in cortical neurons.",
    "Exosomes decreased IL-18 in LPS-activated neurons.",
])
def test_treated_cells_after_in_are_the_setting(text: str) -> None:
    found = statements(text)
    assert not any(s.object.curie == NEURON for s in found), found
    [il18] = [s for s in found if s.object.curie == "HGNC:5986"]
    assert il18.predicate == "decreases" and dict(il18.qualifiers).get("cell_type") == "neuron"


def test_an_insult_after_following_is_no_object() -> None:
    got = claims("Overexpression of miR-338-5p in exosomes repressed apoptosis following H2O2-induced oxidative "
                 "stress injury in PC12 cells.")
    # the insult is no object of the clause; H2O2 inducing it is its own claim
    assert not any(o == "GO:0006979" and s != "CHEBI:16240" for s, _, o in got), got


def test_the_short_form_of_a_setting_is_the_setting() -> None:
    assert not claims("MSCs may promote neuronal repair after spinal cord injury (SCI).")


def test_a_relative_after_an_unnamed_object_is_not_the_subjects() -> None:
    got = claims("Microarray assay revealed that BMSC-derived exosomes greatly regulated circRNA profiles, which "
                 "were enriched in neuroinflammation pathways (such as neurotrophin, apoptosis, and TNF).")
    assert not any(p == "carries" for _, p, _ in got), got
    # what vesicles release acts for them
    got = claims("Exosomes release signaling molecules that act on the NF-κB signaling pathway.")
    assert any(s == EXOSOME and p == "regulates" for s, p, _ in got), got


def test_a_means_after_a_change_nominal_acts_on_what_changed() -> None:
    got = claims("In this study, we observed the partial restoration of locomotor activity by stimulating the "
                 "remyelination of axons.")
    assert got == {("MESH:D000074586", "increases", "exokg:motor_function")}, got
    assert claims("We found a reduction of apoptosis by inhibiting caspase-3.") == {
        ("HGNC:1504", "increases", APOPTOSIS)}


def test_a_molecule_release_after_a_verb_is_a_noun() -> None:
    got = claims("Treatment with BMSC-EXOs reduced caspase 1 expression, inhibited interleukin-1β release, and "
                 "accelerated locomotor functional recovery in rats.")
    assert {("exokg:BMSC_Exo", "decreases", IL1B), ("exokg:BMSC_Exo", "increases", "exokg:motor_function")} <= got
    assert not any(s == IL1B for s, _, _ in got), got


def test_a_gerund_after_of_takes_its_agent_after_by() -> None:
    got = claims("We also established the possibility of maintaining a population of mature oligodendrocytes by "
                 "MSC-EVs.")
    assert ("exokg:MSC_Exo", "increases", "CL:0000128") in got, got
    # a means after "by" is no agent
    assert not any(p == "nominal:gerund" for st in statements(
        "The rats were capable of reducing apoptosis by inhibiting caspase-3.") for p in [st.evidence[0].rule])


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # "exosomes of MSCs" name the cells' vesicles, as "exosomes from MSCs" do
    ("Exosomes of BMSCs reduced apoptosis.", ("exokg:BMSC_Exo", "decreases", APOPTOSIS),
     ("CL:0002540", "decreases", APOPTOSIS)),
    # what is derived from vesicles is carried by them; the miRNA, not the cells, is the subject
    ("MiR-21 derived from the exosomes of MSCs regulates the death of neurons.",
     ("exokg:MSC_Exo", "carries", MIR21), ("CL:0000134", "regulates", "exokg:neuron_death")),
    # cells that take vesicles in made none of them and are not the clause's subject
    ("The uptake of BMSC-Exos by neurons reduced apoptosis.", ("exokg:BMSC_Exo", "decreases", APOPTOSIS),
     ("exokg:BMSC_Exo", "derived_from", NEURON)),
    ("Internalization of exosomes by microglia reduced apoptosis.", (EXOSOME, "decreases", APOPTOSIS),
     (EXOSOME, "derived_from", MICROGLIA)),
])
def test_vesicles_of_cells_and_vesicles_taken_in_by_cells(text: str, expected: tuple[str, str, str],
                                                          wrong: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got, got
    assert wrong not in got, got
    assert not any(dict(s.qualifiers).get("vesicle_source") for s in statements(text)), "no cells made them"


def test_mirnas_side_by_side_in_an_axis_each_act_on_the_next_member() -> None:
    # "miR-199a-3p/145-5p" had read as the one miRNA regulating the other
    got = claims("HucMSC-EVs promoted axonal regeneration via the miR-199a-3p/145-5p/NGF/TrkA pathway.")
    assert {("mirbase.mature:MIMAT0000232", "targets", "HGNC:7808"),
            ("mirbase.mature:MIMAT0000437", "targets", "HGNC:7808")} <= got, got
    assert not any(s.startswith("mirbase") and o.startswith("mirbase") for s, _, o in got), got
    # a long non-coding RNA before a miRNA still acts on it
    assert ("HGNC:29665", "regulates", MIR21) in claims("The MALAT1/miR-21/PTEN axis regulates apoptosis.")


def test_an_axis_subject_member_lowered_by_the_one_before_does_not_share_its_effect() -> None:
    got = claims("The miR-21/PTEN/PDCD4 signaling pathway was shown to suppress cell death in vivo.")
    assert (MIR21, "decreases", "GO:0008219") in got, got
    # miR-21 lowers PTEN and PDCD4: that they fell is what suppressed cell death, so neither lowered it
    assert not any(s in {PTEN, "HGNC:8763"} and p == "decreases" for s, p, _ in got), got
    # a brake leading the axis holds back what follows it; two miRNAs listed together lower neither
    assert (PTEN, "increases", "GO:0006914") not in claims("The PTEN/AKT/mTOR pathway promoted autophagy.")
    listed = claims("miR-199a-3p/145-5p promoted PC12 cell differentiation.")
    assert {p for _, p, _ in listed if p != "derived_from"} == {"increases"}, listed


def test_a_vesicle_word_glued_to_a_cell_names_the_cells_vesicles() -> None:
    [found] = [s for s in statements("Macrophage-Exos reduced apoptosis.") if s.predicate == "decreases"]
    assert found.subject.curie == EXOSOME and dict(found.qualifiers).get("vesicle_source") == "macrophage", found


@pytest.mark.parametrize("text", [
    "Exosomal miR-155 from M1 macrophages aggravated neuronal apoptosis.",
    "Exosomal miR-155 derived from M1 macrophages aggravated neuronal apoptosis.",
])
def test_the_cells_named_after_a_vesicle_cargo_made_the_vesicles(text: str) -> None:
    [carried] = [s for s in statements(text) if s.predicate == "carries"]
    assert dict(carried.qualifiers).get("vesicle_source") == "M1 macrophage", carried.qualifiers


def test_what_cells_let_out_is_measured_in_them() -> None:
    for text in ("LDH release from neurons was reduced by exosomes.",
                 "Exosomes reduced TNF-α secretion from LPS-treated microglia."):
        [st] = [s for s in statements(text) if s.predicate == "decreases"]
        assert dict(st.qualifiers).get("cell_type") in {"neuron", "microglia"}, st.qualifiers


def test_vesicles_and_the_drug_loaded_in_them_share_the_verb() -> None:
    got = claims("The effects of exosomes and curcumin promoted nerve regeneration.")
    assert {s for s, p, o in got if p == "increases" and o == "GO:0031102"} == {EXOSOME, "CHEBI:3962"}, got


@pytest.mark.parametrize("text, expected", [
    ("Exosomes alleviated neuronal death caused by oxidative stress.",
     {(EXOSOME, "decreases", "exokg:neuron_death"), ("GO:0006979", "increases", "exokg:neuron_death")}),
    # a reduced passive after the subject leaves it the subject of the verb that follows
    ("Neuronal apoptosis induced by LPS was reduced by exosomes.", {(EXOSOME, "decreases", "GO:0051402")}),
    ("Neuronal apoptosis caused by SCI was reduced by exosomes.", {(EXOSOME, "decreases", "GO:0051402")}),
])
def test_a_harm_caused_by_an_agent_is_a_reduced_passive(text: str, expected: set) -> None:
    got = claims(text)
    assert expected <= got, got
    assert not any(s == SCI for s, _, _ in got), got


def test_a_target_named_in_an_inhibitors_apposition_was_taken_away() -> None:
    # "LY294002, a PI3K inhibitor" undid the protection: PI3K is what the compound took away, so it protects
    got = claims("The protective effect of exosomes on apoptosis was abolished by LY294002, a PI3K inhibitor.")
    assert not any(s == "exokg:PI3K" and p == "increases" for s, p, _ in got), got
    assert ("GO:0043491", "decreases", APOPTOSIS) in got, got


@pytest.mark.parametrize("text", [
    "MSC-Exos attenuated apoptosis, and this effect was reversed by miR-21 inhibitor.",
    "MSC-Exos attenuated apoptosis. This effect was reversed by miR-21 inhibitor.",
    "BMSC exosomes decreased apoptosis in SCI rats, whose effect was attenuated by miR-21 knockdown.",
])
def test_an_effect_pointed_back_at_is_the_change_just_read(text: str) -> None:
    # the rescue says the vesicles act on apoptosis through the miRNA taken away
    assert (MIR21, "decreases", APOPTOSIS) in claims(text)


def test_effects_pointed_back_at_keep_each_its_way() -> None:
    got = claims("MSC-Exos reduced apoptosis and increased Bcl-2. These effects were abolished by PTEN "
                 "overexpression.")
    assert {(PTEN, "increases", APOPTOSIS), (PTEN, "decreases", "HGNC:990")} <= got, got


@pytest.mark.parametrize("text, expected", [
    ("miR-21 promoted apoptosis, whereas miR-124 inhibited it.", ("mirbase:MI0000443", "decreases", APOPTOSIS)),
    ("Exosomes reduced TNF-α and IL-6, while GW4869 increased them.", ("MESH:C468773", "increases", TNF)),
    ("PTEN was reduced by miR-21, and miR-124 also reduced it.", ("mirbase:MI0000443", "decreases", PTEN)),
])
def test_a_pronoun_object_is_the_object_of_the_clause_before(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims(text)


def test_a_pronoun_that_cannot_be_resolved_gives_no_object() -> None:
    # "it" after two objects, or "them" after one, points at no single clause object
    assert not any(s == "mirbase:MI0000443" for s, _, _ in claims(
        "miR-21 promoted apoptosis and autophagy, whereas miR-124 inhibited it."))
    assert not any(s == "mirbase:MI0000443" for s, _, _ in claims(
        "miR-21 promoted apoptosis, whereas miR-124 inhibited them."))


def test_a_verbs_base_form_inside_an_object_is_a_noun() -> None:
    # "tissue damage" after "alleviated" opens no clause, so the verb after "and" keeps the subject
    assert (EXOSOME, "increases", "exokg:motor_function") in claims(
        "Exosomes alleviated tissue damage and enhanced functional recovery.")


@pytest.mark.parametrize("text, expected, wrong", [
    ("Exosomes that target PTEN reduce apoptosis.", (EXOSOME, "decreases", APOPTOSIS), (PTEN, "decreases", APOPTOSIS)),
    ("Exosomes that contain miR-21 reduce apoptosis.", (EXOSOME, "decreases", APOPTOSIS), None),
    ("PTEN, which is targeted by miR-21, promotes apoptosis.", (PTEN, "increases", APOPTOSIS),
     (MIR21, "increases", APOPTOSIS)),
    # a complement clause after "that" keeps its own subject
    ("The finding that miR-21 inhibits PTEN suggests a role.", (MIR21, "decreases", PTEN), None),
])
def test_the_verb_after_a_relative_clause_is_the_antecedents(text: str, expected: tuple[str, str, str],
                                                              wrong: tuple[str, str, str] | None) -> None:
    got = claims(text)
    assert expected in got, got
    assert wrong is None or wrong not in got, got


def test_a_relative_clause_after_a_class_noun_lends_its_object_no_verb() -> None:
    for text in ("The miRNA that targets PTEN in neurons reduces apoptosis.", "Cells that express TLR4 produce TNF-α."):
        got = claims(text)
        assert not any(s in {PTEN, "HGNC:11850"} for s, _, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("MYH9 was identified as the target downstream gene of miR-124-3p.",
     ("mirbase.mature:MIMAT0000422", "targets", "HGNC:7579")),
    # a cell or a researcher putting a molecule into vesicles: the vesicles carry it
    ("Mesenchymal stem cells could package miR-133b into secreted exosomes.",
     (EXOSOME, "carries", "mirbase.mature:MIMAT0000770")),
    ("We loaded miR-21 into exosomes.", (EXOSOME, "carries", MIR21)),
    ("M2-Exos worked synergistically to expedite axonal regeneration.", (EXOSOME, "increases", "GO:0031103")),
    ("M2 macrophages aid in the angiogenesis of numerous illnesses.", ("CL:0000890", "increases", "GO:0001525")),
    # fewer of the cells die: more of them
    ("Exosomes reduced the death of endothelial cells.", (EXOSOME, "increases", "CL:0000115")),
])
def test_field_phrasings_of_targets_cargo_and_help(text: str, expected: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got, got


def test_a_preparations_short_form_in_the_other_number_keeps_how_it_was_made() -> None:
    [st] = [s for s in statements(
        "Hypoxia-preconditioned bone marrow mesenchymal stem cell-derived SEVs (HSEVs) exhibit increased therapeutic "
        "potency. HSEV administration to rats reduced the lesion area.") if s.object.curie == "exokg:lesion_area"]
    assert (st.subject.curie, dict(st.qualifiers).get("preconditioning")) == ("exokg:BMSC_Exo", "hypoxia")


def test_a_participle_after_a_preposition_describes_the_cells() -> None:
    # "from activated microglia" opens no clause: the cytokines do not raise the microglia
    got = claims("Exosomes inhibited the release of inflammatory cytokines IL-1β and IL-6 from activated microglia.")
    assert (EXOSOME, "decreases", IL1B) in got, got
    assert not any(o == MICROGLIA for _, _, o in got), got


def test_a_protective_effect_against_a_harm_is_undone_by_the_rescue() -> None:
    got = claims("Knockdown of SIRT1 reversed the protective effects of hypoxic sEVs against oxidative stress.")
    assert ("HGNC:14929", "decreases", "GO:0006979") in got, got


def test_gsh_px_is_glutathione_peroxidase_not_glutathione() -> None:
    got = claims("Exosomes reduced the levels of MDA and increased SOD and GSH-Px activity.")
    assert (EXOSOME, "increases", "exokg:GPX") in got and not any(o == "CHEBI:16856" for _, _, o in got), got


@pytest.mark.parametrize("text, expected", [
    # the agent after "with" of an experiment noun ("transfection with", "co-culture with") is the subject
    ("Transfection with miR-124 mimics decreased apoptosis.", ("mirbase:MI0000443", "decreases", APOPTOSIS)),
    ("Co-culture with MSC-Exos reduced TNF-α.", ("exokg:MSC_Exo", "decreases", TNF)),
    # size comparatives of a treated group
    ("Exosome-treated rats showed smaller lesion volumes and less glial scarring.",
     (EXOSOME, "decreases", "exokg:lesion_volume")),
    ("Rats in the exosome group had a larger spared tissue area.", (EXOSOME, "increases", "exokg:tissue_sparing")),
])
def test_experiment_nouns_and_size_comparatives(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize("text", [
    "In the exosome group, TNF-α expression was significantly downregulated.",
    "In the exosome group, TNF-α expression was significantly downregulated compared with the PBS group.",
])
def test_a_change_in_a_treated_group_named_first_is_the_treatments(text: str) -> None:
    assert (EXOSOME, "decreases", TNF) in claims(text)


def test_an_effect_abolished_in_knockout_animals_is_a_rescue_that_holds_in_none_of_them() -> None:
    got = statements("The neuroprotective effect of exosomes was abolished in TLR4 knockout mice.")
    assert ("HGNC:11850", "increases", NEUROPROTECTION) in {(s.subject.curie, s.predicate, s.object.curie)
                                                             for s in got}
    # the knockout undid the effect: it is not the setting the effect (or the rescue) holds in
    assert not any("genetic_model" in dict(s.qualifiers) for s in got), got


@pytest.mark.parametrize("text, expected", [
    # "their effect": the vesicles the sentence named before; "this effect": the change of the clause before
    ("Silencing of miR-145-5p in exosomes abrogated their anti-inflammatory effect.",
     {(EXOSOME, "decreases", INFLAMMATION), ("mirbase.mature:MIMAT0000437", "decreases", INFLAMMATION)}),
    ("Knockdown of miR-21 in MSC-Exos reversed their inhibitory effect on apoptosis.",
     {("exokg:MSC_Exo", "decreases", APOPTOSIS), (MIR21, "decreases", APOPTOSIS)}),
    ("MSC-Exos reduced apoptosis, and knockdown of miR-21 reversed this effect.",
     {("exokg:MSC_Exo", "carries", MIR21), (MIR21, "decreases", APOPTOSIS)}),
    ("MSC-Exos reduced apoptosis and TNF-α, and miR-21 inhibitor abolished these effects.",
     {(MIR21, "decreases", APOPTOSIS), (MIR21, "decreases", TNF)}),
])
def test_an_effect_named_by_a_possessive_or_a_pointer_is_undone_by_the_rescue(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    got = claims(text)
    assert expected <= got, got
    # the manipulated molecule after ", and" opens the rescue's clause: it is no object of the change before
    assert not any(o == MIR21 and p in {"increases", "decreases"} for _, p, o in got), got


@pytest.mark.parametrize("text, expected, absent", [
    # ", which was reversed by", ", and this was abolished by", ", an effect that was reversed by": the changes of
    # the clause before, undone
    ("MSC-Exos reduced apoptosis, which was reversed by miR-21 inhibitor.", (MIR21, "decreases", APOPTOSIS), None),
    ("MSC-Exos reduced TNF-α, which was abolished by PTEN overexpression.", (PTEN, "increases", TNF),
     (PTEN, "decreases", TNF)),
    ("MSC-Exos reduced apoptosis, an effect which was abolished by miR-21 knockdown.",
     (MIR21, "decreases", APOPTOSIS), None),
    ("MSC-Exos reduced apoptosis, and this was reversed by 3-MA.", ("GO:0006914", "decreases", APOPTOSIS), None),
    ("miR-21 reduced PTEN, which was reversed by exosomes.", (EXOSOME, "increases", PTEN), None),
])
def test_changes_a_relative_or_a_pointer_names_are_undone_by_the_rescue(
        text: str, expected: tuple[str, str, str], absent: tuple[str, str, str] | None) -> None:
    got = claims(text)
    assert expected in got, got
    assert absent not in got, got


def test_no_effect_on_the_amount_of_a_molecule_is_denied() -> None:
    got = statements("However, exosomes had no significant effect on the expression of IL-10 and IL-4.")
    assert {(s.object.label, s.predicate) for s in got if any(e.negated for e in s.evidence)} == {
        ("IL-10", "regulates"), ("IL-4", "regulates")}, got


@pytest.mark.parametrize("text, expected", [
    # a change that failed (or was weaker) under a loss or gain named after it is a rescue
    ("MSC-Exos could not reduce apoptosis after miR-21 was knocked down.",
     {("exokg:MSC_Exo", "decreases", APOPTOSIS), ("exokg:MSC_Exo", "carries", MIR21), (MIR21, "decreases", APOPTOSIS)}),
    ("Exosomes failed to reduce TNF-α in miR-21 knockdown cells.", {(EXOSOME, "decreases", TNF),
                                                                    (MIR21, "decreases", TNF)}),
    ("Exosomes did not reduce apoptosis when PTEN was overexpressed.", {(PTEN, "increases", APOPTOSIS)}),
    ("Exosomes reduced apoptosis less effectively after miR-21 was inhibited.", {(MIR21, "decreases", APOPTOSIS)}),
])
def test_a_change_that_failed_under_a_loss_is_a_rescue(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = statements(text)
    assert expected <= {(s.subject.curie, s.predicate, s.object.curie) for s in got}, got
    assert not any(e.negated for s in got for e in s.evidence), "the effect holds without the loss"


def test_a_change_that_failed_in_knockout_animals_holds_in_the_others() -> None:
    got = statements("Exosomes failed to improve motor function in TLR4-deficient mice.")
    assert ("HGNC:11850", "increases", "exokg:motor_function") in {
        (s.subject.curie, s.predicate, s.object.curie) for s in got}, got
    assert not any("genetic_model" in dict(s.qualifiers) or any(e.negated for e in s.evidence) for s in got), got


@pytest.mark.parametrize("text, expected", [
    # a treatment's effect going with a changed read-out is that change of the treatment
    ("The anti-apoptotic effect of exosomes was associated with increased Bcl-2 and decreased Bax expression.",
     (EXOSOME, "increases", "HGNC:990")),
    ("MSC-Exos reduced apoptosis, which was accompanied by decreased caspase-3.",
     ("exokg:MSC_Exo", "decreases", "HGNC:1504")),
    # a read-out the lexicon does not name before one it names
    ("MSC-Exos attenuated oxidative stress, as shown by reduced MDA and increased SOD activity.",
     ("exokg:MSC_Exo", "increases", "exokg:SOD")),
])
def test_a_change_going_with_a_treatments_effect_is_the_treatments(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize("text, expected, wrong", [
    ("MSC-Exos promoted the differentiation of neural stem cells into neurons.",
     ("exokg:MSC_Exo", "increases", "GO:0030182"), ("exokg:MSC_Exo", "increases", NEURON)),
    ("MSC-Exos promoted the proliferation of neural stem cells and their differentiation into neurons.",
     ("exokg:MSC_Exo", "increases", "GO:0030182"), ("exokg:MSC_Exo", "increases", NEURON)),
    ("Exosomes induced NSCs to differentiate into neurons.", (EXOSOME, "increases", "GO:0030182"),
     (EXOSOME, "increases", "CL:0000047")),
    ("Exosomes promoted the differentiation of NSCs.", (EXOSOME, "increases", "GO:0030154"),
     (EXOSOME, "increases", "CL:0000047")),
    ("TGF-β inhibited the excessive differentiation of neural stem cells into astrocytes.",
     ("HGNC:11766", "decreases", "GO:0048708"), ("HGNC:11766", "decreases", "CL:0000127")),
    ("Exosomes inhibited the differentiation of microglia into the M1 phenotype.",
     (EXOSOME, "decreases", "exokg:M1_microglia_polarization"), (EXOSOME, "decreases", "exokg:M1_microglia")),
])
def test_a_differentiation_is_read_as_the_process_not_the_cells(
        text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got, got
    assert wrong not in got, got


def test_the_cells_differentiating_are_where_the_differentiation_happens() -> None:
    for text in ("Exosomes promoted the differentiation of NSCs into neurons.",
                 "Exosomes induced NSCs to differentiate into neurons."):
        [st] = [s for s in statements(text) if s.object.curie == "GO:0030182"]
        assert dict(st.qualifiers).get("cell_type") == "neural stem cell", st


def test_these_cells_are_the_cells_the_sentence_before_named() -> None:
    got = claims("(1) Inflammatory response: after SCI, immune cells such as neutrophils and macrophages accumulate. "
                 "These cells release inflammatory cytokines, including TNF-α, which exacerbate the inflammatory "
                 "response.")
    assert {("CL:0000775", "increases", TNF), ("CL:0000235", "increases", TNF)} <= got, got
    assert (INFLAMMATION, "increases", TNF) not in got, got


@pytest.mark.parametrize("text, expected", [
    ("PTEN acts downstream of miR-21.", (MIR21, "regulates", PTEN)),
    ("PTEN is directly downstream of miR-21.", (MIR21, "regulates", PTEN)),
    ("miR-21 acts upstream of PTEN.", (MIR21, "regulates", PTEN)),
    ("Exosomes activated AKT, downstream of PI3K.", ("exokg:PI3K", "regulates", "exokg:AKT")),
])
def test_a_place_in_a_pathway_says_which_regulates_which(text: str, expected: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got, got
    assert (expected[2], "regulates", expected[0]) not in got, got


def test_the_molecule_a_place_is_named_by_takes_no_other_part() -> None:
    for text in ("Exosomes activated AKT, downstream of PI3K.", "AKT downstream of PI3K was activated by exosomes."):
        got = claims(text)
        assert (EXOSOME, "increases", "exokg:AKT") in got and (EXOSOME, "increases", "exokg:PI3K") not in got, got
    assert denied("PTEN is not downstream of miR-21.") == {(MIR21, "regulates", PTEN)}


def test_protecting_neurons_from_no_harm_named_is_neuroprotection() -> None:
    for text in ("MSC-Exos protect neurons after spinal cord injury.", "Exosomes protected motor neurons in rats."):
        got = claims(text)
        assert {p for s, p, o in got if o == NEUROPROTECTION} == {"increases"}, got
        assert not any(o in {NEURON, "CL:0000100"} for _, _, o in got), got
    assert {o for _, _, o in denied("Exosomes did not protect neurons.")} == {NEUROPROTECTION}
    # and so does the passive with its agent
    assert claims("Neurons were significantly protected by exosomes.") == {(EXOSOME, "increases", NEUROPROTECTION)}
    assert denied("Neurons were not protected by exosomes.") == {(EXOSOME, "increases", NEUROPROTECTION)}
    # a harm named is what the protection lowers, as before
    assert claims("Exosomes protected neurons from apoptosis.") == {(EXOSOME, "decreases", APOPTOSIS)}


@pytest.mark.parametrize("text, left, made", [
    ("Exosomes shifted microglia from the M1 to the M2 phenotype.", "exokg:M1_microglia", "exokg:M2_microglia"),
    ("Exosomes shifted macrophages from M1 to M2 phenotype.", "CL:0000863", "CL:0000890"),
    # the shift named by a process before it, and the cells shifting with the treatment after them
    ("Exosomes promoted the polarization of macrophages from M1 to M2.", "CL:0000863", "CL:0000890"),
    ("Microglia shifted from M1 to M2 after exosome treatment.", "exokg:M1_microglia", "exokg:M2_microglia"),
])
def test_a_shift_lowers_the_state_it_leaves(text: str, left: str, made: str) -> None:
    # the state left had been dropped with the words before the destination
    got = claims(text)
    assert (EXOSOME, "decreases", left) in got and (EXOSOME, "increases", made) in got, got
    assert (EXOSOME, "increases", left) not in got, got


def test_a_shifted_polarization_goes_only_where_the_words_say() -> None:
    # the polarization shifted had been read as raised: more microglial activation, with or without a destination
    assert claims("Exosomes shifted microglial polarization toward the M2 phenotype.") == {
        (EXOSOME, "increases", "exokg:M2_microglia")}
    assert claims("Exosomes shifted macrophage polarization.") == {(EXOSOME, "regulates", "GO:0042116")}


@pytest.mark.parametrize("text", [
    "After SCI, miR-21 levels declined.",
    "miR-21 was downregulated in the spinal cord after SCI.",
    "The expression of miR-21 was significantly reduced following SCI.",
    "miR-21 was downregulated in SCI rats.",
    "In SCI rats, miR-21 expression was decreased.",
])
def test_a_change_seen_after_the_injury_alone_is_the_injurys(text: str) -> None:
    # the change had been read as nobody's
    assert claims(text) == {(SCI, "decreases", MIR21)}


@pytest.mark.parametrize("text", [
    # a treatment in the clause makes the change its own, or nobody's
    "Apoptosis was reduced after SCI in the exosome group.",
    "Apoptosis was reduced after SCI in rats treated with exosomes.",
    # no past change with nothing after it
    "After SCI, the inflammatory response hinders repair.",
    "Oxidative stress is a key driver of secondary tissue damage after SCI.",
    "BBB scores were recorded after SCI.",
])
def test_a_change_near_the_injury_is_not_always_the_injurys(text: str) -> None:
    assert not any(subject == SCI for subject, _, _ in claims(text)), claims(text)


def test_a_change_in_an_injury_model_is_the_injurys() -> None:
    # the change had been read as nobody's; the model is the claim's setting as before
    [st] = statements("In the SCIRI model, the expression of Ern1 was upregulated.")
    assert (st.subject.label, st.predicate, st.object.label) == (
        "spinal cord ischemia-reperfusion injury", "increases", "Ern1")
    assert dict(st.qualifiers).get("model") == "spinal cord ischemia-reperfusion injury"


def test_the_injury_and_the_treatment_each_have_their_clause() -> None:
    assert claims("After SCI, apoptosis increased, and exosomes reduced it.") == {
        (SCI, "increases", APOPTOSIS), (EXOSOME, "decreases", APOPTOSIS)}


@pytest.mark.parametrize("text", [
    "BBB scores did not differ between the exosome and PBS groups.",
    "There was no significant difference in BBB scores between the exosome and SCI groups.",
    "BBB scores were not significantly different between the exosome group and the control group.",
])
def test_no_difference_from_the_control_denies_the_treatments_effect(text: str) -> None:
    # a null result had given nothing: a review weighs it against the claims of other studies
    assert denied(text) == {(EXOSOME, "regulates", "exokg:BBB_score")}


@pytest.mark.parametrize("text", [
    "We engineered MSCs to overexpress miR-133b.",
    "MSCs were transfected with lentivirus to overexpress miR-133b.",
])
def test_cells_made_to_overexpress_a_molecule_do_not_raise_it(text: str) -> None:
    # the engineering had been read as the cells' effect on the miRNA
    assert not claims(text), claims(text)


def test_no_difference_between_two_treatments_denies_neither() -> None:
    assert not denied("No difference in TNF-α was found between BMSC-Exos and ADSC-Exos.")
    assert not denied("BBB scores differed significantly between the exosome and PBS groups.")
    assert denied("Neither BBB scores nor lesion volume differed between the exosome and PBS groups.") == {
        (EXOSOME, "regulates", "exokg:BBB_score"), (EXOSOME, "regulates", "exokg:lesion_volume")}


@pytest.mark.parametrize("text", [
    # "caused" after the vesicles' name had made them the setting of a reduced passive
    "Exosomes caused a significant reduction in TNF-α levels.",
    # "produced" a change had read the vesicles carrying TNF-α
    "Exosome treatment produced a significant decrease in TNF-α levels.",
    "TNF-α declined after exosome treatment.",
])
def test_a_change_caused_or_produced_is_the_vesicles_effect(text: str) -> None:
    assert claims(text) == {(EXOSOME, "decreases", TNF)}


def test_cells_made_to_gain_or_lose_a_molecule_are_the_setting() -> None:
    # the cells had been read as a second thing the exosomes lowered, or as raising the molecule
    for text in ("Exosomes reduced apoptosis in PTEN-overexpressing neurons.",
                 "Exosomes reduced apoptosis in PTEN-knockdown neurons."):
        sts = statements(text)
        assert {(s.subject.curie, s.predicate, s.object.curie) for s in sts} == {(EXOSOME, "decreases", APOPTOSIS)}
        assert dict(sts[0].qualifiers).get("cell_type") == "neuron"
    # the gain that undid the effect names what the effect went through, as a loss does, the other way
    got = claims("The anti-apoptotic effect of exosomes was abolished in PTEN-overexpressing neurons.")
    assert (PTEN, "increases", APOPTOSIS) in got and (EXOSOME, "regulates", PTEN) in got, got
    assert not any(o == NEURON for _, _, o in got), got
    got = claims("Exosomes failed to reduce apoptosis in PTEN-knockdown neurons.")
    assert (PTEN, "decreases", APOPTOSIS) in got and not any(o == NEURON for _, _, o in got), got


@pytest.mark.parametrize("text", [
    "Exosomes preserved the blood-spinal cord barrier after SCI.",
    "BMSC-Exos protected the BSCB in rats.",
    "Exosomes restored the BSCB.",
    "The BSCB was significantly preserved by exosomes.",
    "The blood-spinal cord barrier was protected by exosomes.",
])
def test_a_barrier_kept_is_its_integrity_raised(text: str) -> None:
    # the barrier itself is a place, and these had given nothing
    got = claims(text)
    assert {p for _, p, o in got if o == "exokg:BSCB_integrity"} == {"increases"}, got


def test_a_barrier_named_otherwise_stays_a_place() -> None:
    for text in ("Exosomes crossed the BSCB.", "Exosomes protected the BSCB from disruption.",
                 "The BSCB was crossed by exosomes."):
        assert not any(o == "exokg:BSCB_integrity" for _, _, o in claims(text)), text
    assert {o for _, _, o in denied("Exosomes did not preserve the BSCB.")} == {"exokg:BSCB_integrity"}


@pytest.mark.parametrize("text, expected, wrong", [
    ("Overexpression of miR-21 in exosomes further enhanced their anti-apoptotic effect.",
     (MIR21, "decreases", APOPTOSIS), (MIR21, "increases", APOPTOSIS)),
    ("PTEN knockdown enhanced the protective effect of exosomes on apoptosis.", (PTEN, "increases", APOPTOSIS),
     (PTEN, "decreases", APOPTOSIS)),
    ("The anti-inflammatory effect of MSC-Exos was enhanced by miR-145-5p overexpression.",
     ("mirbase.mature:MIMAT0000437", "decreases", INFLAMMATION), ("mirbase.mature:MIMAT0000437", "increases", INFLAMMATION)),
])
def test_an_effect_made_larger_is_a_rescue_turned_around(text: str, expected: tuple[str, str, str],
                                                        wrong: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got and wrong not in got, got


def test_an_enhancer_is_read_by_its_clause_and_the_effect_stays_a_claim() -> None:
    got = claims("Insulin-like growth factor-1 enhances neuroprotective effects of neural stem cell exosomes.")
    assert {("HGNC:5464", "increases", NEUROPROTECTION), ("exokg:NSC_Exo", "increases", NEUROPROTECTION)} <= got, got
    got = claims("Exosomes did not enhance the anti-apoptotic effect of BMSCs.")
    assert ("CL:0002540", "decreases", APOPTOSIS) in got and not denied(
        "Exosomes did not enhance the anti-apoptotic effect of BMSCs."), got
    assert not any(o == "CL:0002540" for _, _, o in got), got


@pytest.mark.parametrize("text", [
    "In vitro, exosomes promoted axonal outgrowth of dorsal root ganglion neurons.",
    "Exosomes promoted axonal outgrowth of DRG neurons.",
])
def test_neurons_named_with_where_they_come_from_are_where_a_process_happens(text: str) -> None:
    [st] = statements(text)
    assert (st.subject.curie, st.predicate, st.object.curie) == (EXOSOME, "increases", "GO:0031103"), st
    assert dict(st.qualifiers).get("cell_type") == "neuron", st


def test_a_verb_after_and_and_a_comparative_adverb_is_coordinated_with_the_one_before() -> None:
    got = claims("EVs from hypoxic MSCs carried more miR-216a-5p and more effectively shifted microglia toward the M2 "
                 "phenotype.")
    assert ("exokg:MSC_Exo", "increases", "exokg:M2_microglia") in got, got
    assert not any(s.startswith("mirbase") and p == "increases" for s, p, _ in got), got


def test_autophagic_flux_is_autophagy() -> None:
    got = claims("Exosomes restored autophagic flux by increasing LC3-II and decreasing p62 levels.")
    assert (EXOSOME, "increases", "GO:0006914") in got, got


def test_each_molecule_of_a_slash_list_naming_a_preparation_is_its_cargo() -> None:
    got = claims("miR-199a-3p/145-5p-containing exosomes upregulated TrkA.")
    cargo = {"mirbase.mature:MIMAT0000232", "mirbase.mature:MIMAT0000437"}
    assert {(EXOSOME, "carries", m) for m in cargo} <= got, got
    assert {(m, "increases", "HGNC:8031") for m in cargo} <= got, got


@pytest.mark.parametrize("text, expected", [
    ("MiR-494 was highly expressed in the exosomes and its inhibition reversed the neuroprotective effect.",
     {(EXOSOME, "increases", NEUROPROTECTION), ("mirbase:MI0003134", "increases", NEUROPROTECTION)}),
    ("Knockdown of miR-145-5p in exosomes abolished the anti-inflammatory effect.",
     {(EXOSOME, "decreases", INFLAMMATION), ("mirbase.mature:MIMAT0000437", "decreases", INFLAMMATION)}),
    ("Exosomes reduced apoptosis. Knockdown of miR-21 abolished the anti-apoptotic effect.",
     {(MIR21, "decreases", APOPTOSIS)}),
])
def test_the_effect_its_words_name_is_the_named_vesicles(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = claims(text)
    assert expected <= got, got
    assert not any(p == "decreases" and o == NEUROPROTECTION for _, p, o in got), got


def test_each_mediator_listed_after_a_nominal_carries_the_effect() -> None:
    # "via activation of A, B and C": every one of them is said to carry the effect, not only the first
    got = claims("Exosomes enhanced axon regeneration via activation of ERK1/2, STAT3 and CREB.")
    assert {("HGNC:11364", "increases", "GO:0031103"), ("HGNC:2345", "increases", "GO:0031103"),
            ("exokg:ERK", "increases", "GO:0031103")} <= got, got


@pytest.mark.parametrize("text, expected", [
    # a participle before "expression", "levels" or "phosphorylation" had always been read as an adjective, so these
    # gave nothing, or the second verb's objects took the first verb's sign
    ("Exosomes increased expression of Bcl-2.", {(EXOSOME, "increases", "HGNC:990")}),
    ("Exosomes significantly reduced levels of TNF-α in the spinal cord.", {(EXOSOME, "decreases", TNF)}),
    ("Exosomes reduced PTEN expression and increased phosphorylation of AKT.",
     {(EXOSOME, "decreases", PTEN), (EXOSOME, "increases", AKT)}),
    ("Exosomes reduced PTEN expression, increased phosphorylation of AKT, and decreased Bax.",
     {(EXOSOME, "decreases", PTEN), (EXOSOME, "increases", AKT), (EXOSOME, "decreases", BAX)}),
    # ... also after the agent's phrase: a treatment, or a molecule's loss ("downregulation" after its name is one)
    ("Exosome treatment also preserved expression of ZO-1 and claudin-5 and increased pericyte coverage.",
     {(EXOSOME, "increases", "HGNC:11827"), (EXOSOME, "increases", "HGNC:2047"), (EXOSOME, "increases", "CL:0000669")}),
    ("Ern1 downregulation reduced expression of M1 markers (CD86, TNF-α) and increased M2 markers (IL-10).",
     {("HGNC:3449", "increases", "HGNC:1705"), ("HGNC:3449", "increases", TNF), ("HGNC:3449", "decreases", "HGNC:5962")}),
    # changes named after "with" keep each its own sign
    ("Exosomes reduced apoptosis, with decreased Bax and increased expression of Bcl-2.",
     {(EXOSOME, "decreases", APOPTOSIS), (EXOSOME, "decreases", BAX), (EXOSOME, "increases", "HGNC:990")}),
])
def test_a_participle_after_a_subject_or_a_first_verb_is_a_verb(text: str, expected: set) -> None:
    assert claims(text) == expected


def test_an_apposition_naming_how_many_describes_the_list() -> None:
    got = claims("Exosomes decreased the expression of SPRED1 and PIK3R2, two validated targets of miR-126.")
    assert (EXOSOME, "decreases", "HGNC:20249") in got and not any(p == "decreases" and o.startswith("mirbase")
                                                                   for _, p, o in got), got


@pytest.mark.parametrize("text, mirna", [
    ("Knockdown of miR-216a-5p abolished the ability of exosomes to promote M2 polarization.",
     "mirbase.mature:MIMAT0000273"),
    ("Knockdown of miR-216a-5p abolished the exosomes' ability to promote M2 polarization.",
     "mirbase.mature:MIMAT0000273"),
    ("Let-7b was enriched in the exosomes, and inhibition of let-7b substantially reduced their capacity to induce M2 "
     "polarization.", "mirbase:MI0000063"),
])
def test_an_ability_undone_by_a_loss_is_a_rescue(text: str, mirna: str) -> None:
    # the miRNA's loss took away what the vesicles could do: it had read as the miRNA lowering M2 polarization
    got = claims(text)
    m2 = "exokg:M2_macrophage_polarization"
    assert {(EXOSOME, "increases", m2), (mirna, "increases", m2)} <= got, got
    assert (mirna, "decreases", m2) not in got


def test_vesicles_carrying_a_mirna_target_as_the_mirna_does() -> None:
    # a miRNA's targeting is repression; vesicles made to carry one target by it (the chain had been unsigned)
    got = claims("miR-133b-overexpressing MSC exosomes enhance axonal regeneration by targeting RhoA.")
    assert ("HGNC:667", "decreases", "GO:0031103") in got, got
    assert ("HGNC:667", "regulates", "GO:0031103") in claims("Exosomes enhance axonal regeneration by targeting RhoA.")


def test_they_is_the_plural_named_last() -> None:
    # "they" had been the nearest name, the lesion volume the vesicles did not change
    got = claims("Although exosomes did not affect lesion volume, they improved motor evoked potentials.")
    assert (EXOSOME, "increases", "exokg:MEP") in got, got
    assert not any(s == "exokg:lesion_volume" for s, _, _ in got), got


def test_cells_protected_may_be_described_before_their_name() -> None:
    # "primary" had ended the reading: no protection, and the cells became the subject of the next verb
    got = claims("Exosomes protected primary oligodendrocyte precursor cells against apoptosis and increased MBP.")
    assert {(EXOSOME, "decreases", APOPTOSIS), (EXOSOME, "increases", "HGNC:6925")} <= got, got
    assert not any(s == "CL:0002453" for s, _, _ in got), got
    (protection,) = [s for s in statements("Exosomes protected primary oligodendrocyte precursor cells against "
                                           "apoptosis.") if s.object.curie == APOPTOSIS]
    assert dict(protection.qualifiers).get("cell_type") == "oligodendrocyte precursor cell"


def test_a_means_gerund_may_open_with_its_adverb() -> None:
    # "by negatively regulating" had opened a clause of its own, with the processes as its subject
    got = claims("Exosomal miR-126 promotes angiogenesis by negatively regulating SPRED1.")
    mir126, spred1, angiogenesis = "mirbase:MI0000471", "HGNC:20249", "GO:0001525"
    assert {(mir126, "decreases", spred1), (spred1, "decreases", angiogenesis)} <= got, got
    assert (angiogenesis, "decreases", spred1) not in got


def test_a_second_head_noun_in_an_object_list_has_its_own_sign() -> None:
    # "degradation" had turned the sign of the second phrase too: the exosomes raised NF-κB p65
    got = claims("Exosome treatment blocked degradation of IκBα and nuclear entry of NF-κB p65.")
    assert (EXOSOME, "increases", "HGNC:7797") in got and (EXOSOME, "decreases", "HGNC:9955") in got, got


def test_an_inhibitor_named_after_and_opens_its_own_clause() -> None:
    # the inhibitor had joined the vesicles as a second agent of the passive, lowering AKT and raising it at once
    got = claims("Phosphorylation of AKT was increased by exosomes, and the PI3K inhibitor LY294002 counteracted "
                 "these effects.")
    assert (EXOSOME, "increases", AKT) in got and ("exokg:PI3K", "increases", AKT) in got, got
    assert not any(p == "decreases" and o == AKT for _, p, o in got), got


def test_a_relative_with_a_singular_verb_skips_the_cells_reached() -> None:
    # "which ... inhibits" had been the neurons': the neurons lowering PTEN
    got = claims("Exosomes transfer miR-29b-3p to injured neurons, which in turn inhibits PTEN.")
    assert ("mirbase.mature:MIMAT0000100", "decreases", PTEN) in got, got
    assert not any(s == NEURON for s, _, _ in got), got


@pytest.mark.parametrize("text, expected, wrong", [
    # a miRNA named as its blocker reads as "miR-21 inhibitor": what the blocker does, the miRNA does the other way
    ("anti-miR-21 reduced apoptosis in neurons.", (MIR21, "increases", APOPTOSIS), (MIR21, "decreases", APOPTOSIS)),
    ("Transfection with anti-miR-21 increased PTEN expression.", (MIR21, "decreases", PTEN),
     (MIR21, "increases", PTEN)),
    ("Exosomes from MSCs transfected with anti-miR-21 failed to reduce apoptosis.", (MIR21, "decreases", APOPTOSIS),
     (MIR21, "increases", APOPTOSIS)),
    ("Exosomes from anti-miR-21-transfected MSCs failed to reduce apoptosis.", (MIR21, "decreases", APOPTOSIS),
     ("exokg:MSC_Exo", "decreases", APOPTOSIS)),
    ("Antagomir-21 abolished the effect of exosomes on PTEN.", (EXOSOME, "carries", MIR21), None),
    # ... also when the blocker is named again in parentheses
    ("Incubation of an antisense oligonucleotide to miRNA-146a (anti-miRNA-146a; AM-146a) was found to restore CFH "
     "expression levels.", ("mirbase:MI0000477", "decreases", "HGNC:4883"),
     ("mirbase:MI0000477", "increases", "HGNC:4883")),
])
def test_a_mirna_named_as_its_blocker_is_lost(text: str, expected: tuple, wrong: tuple | None) -> None:
    got = claims(text)
    assert expected in got and (wrong is None or wrong not in got), got


def test_cells_made_with_a_mirna_blocker_make_vesicles_lacking_it() -> None:
    [vesicles] = [s for s in statements("Exosomes from anti-miR-21-transfected MSCs failed to reduce apoptosis.")
                  if s.predicate == "carries"]
    assert vesicles.evidence[0].rule == "carries:depleted", vesicles


@pytest.mark.parametrize("text, expected, place", [
    ("Exosomes co-cultured with neurons reduced apoptosis.", (EXOSOME, "decreases", APOPTOSIS), NEURON),
    ("Exosomes applied to neurons reduced apoptosis.", (EXOSOME, "decreases", APOPTOSIS), NEURON),
    ("Exosomes added exogenously to IL-6-stressed astrocyte cultures reduced TNF-α.", (EXOSOME, "decreases", TNF),
     "CL:0000127"),
    ("In vitro, anti-miRNA-125b added exogenously to IL-6-stressed NHA cultures attenuated glial cell proliferation "
     "and increased the expression of CDKN2A.", ("mirbase:MI0000446", "decreases", "HGNC:1787"), "HGNC:6018"),
])
def test_the_cells_an_agent_was_put_to_are_no_subject(text: str, expected: tuple, place: str) -> None:
    # the cells (or the stress they were under) had been the subject of the verb after the participle phrase
    got = claims(text)
    assert expected in got and not any(s == place for s, _, _ in got), got


@pytest.mark.parametrize("text, expected, wrong", [
    # the treatment as the group another is compared with: its effect goes the other way
    ("The SCI group showed higher apoptosis than the exosome group.", (EXOSOME, "decreases", APOPTOSIS),
     (EXOSOME, "increases", APOPTOSIS)),
    ("Apoptosis was higher in the PBS group than in the exosome group.", (EXOSOME, "decreases", APOPTOSIS),
     (EXOSOME, "increases", APOPTOSIS)),
    ("Compared with the SCI group, the exosome group showed lower apoptosis.", (EXOSOME, "decreases", APOPTOSIS),
     (EXOSOME, "increases", APOPTOSIS)),
    # a group named by a reagent is the reagent's: a blocker's group says the molecule does the other way
    ("The miR-21 inhibitor group showed higher apoptosis than the exosome group.", (MIR21, "decreases", APOPTOSIS),
     (EXOSOME, "increases", APOPTOSIS)),
    ("Compared with the exosome group, the Exo+miR-21 inhibitor group showed higher apoptosis.",
     (MIR21, "decreases", APOPTOSIS), (EXOSOME, "increases", APOPTOSIS)),
    ("The miR-21 mimic group showed lower apoptosis than the control group.", (MIR21, "decreases", APOPTOSIS),
     (MIR21, "increases", APOPTOSIS)),
    # a group compared with its own comparative ("higher in the SCI group") is not the treatment's
    ("TNF-α was higher in the SCI group and lower in the exosome group.", (EXOSOME, "decreases", TNF),
     (EXOSOME, "increases", TNF)),
    # an injured group compared with a sham group: the injury made the difference
    ("Compared with sham-operated rats, SCI rats showed decreased expression of miR-21.", (SCI, "decreases", MIR21),
     (SCI, "increases", MIR21)),
    ("Normal rats had higher BBB scores than SCI rats.", (SCI, "decreases", "exokg:BBB_score"),
     (SCI, "increases", "exokg:BBB_score")),
    # a treated group set against both: the injured group's comparison is the treatment's
    ("BBB scores in the exosome group were lower than in the sham group but higher than in the SCI group.",
     (EXOSOME, "increases", "exokg:BBB_score"), (EXOSOME, "decreases", "exokg:BBB_score")),
    ("Compared with the sham group, the SCI group showed increased expression of TNF-α.", (SCI, "increases", TNF),
     (SCI, "decreases", TNF)),
])
def test_a_group_compared_with_reads_the_comparison_from_its_side(text: str, expected: tuple, wrong: tuple) -> None:
    got = claims(text)
    assert expected in got and wrong not in got, got


@pytest.mark.parametrize("text", [
    "The exosome group showed lower BBB scores than the sham group.",
    "The sham group showed higher BBB scores than the exosome group.",
    "Compared with the sham group, the exosome group showed lower BBB scores.",
    "BBB scores did not differ between the exosome and sham groups.",
])
def test_a_treatment_compared_with_uninjured_animals_says_nothing_of_its_effect(text: str) -> None:
    # the treated animals are injured ones: a sham group is no control for the treatment
    got = {c for c in claims(text) if c[0] == EXOSOME}
    assert not got, got
    assert not any(s.object.curie == "exokg:BBB_score" for s in statements(text) if s.evidence[0].negated)


@pytest.mark.parametrize("text, expected, wrong", [
    # the change seen in the injured group is the injury's; "it" after it is what changed
    ("Apoptosis was increased in the SCI group compared with the sham group, and exosomes reduced it.",
     {(SCI, "increases", APOPTOSIS), (EXOSOME, "decreases", APOPTOSIS)}, (EXOSOME, "increases", APOPTOSIS)),
    ("miR-21 was downregulated in the SCI group.", {(SCI, "decreases", MIR21)}, (SCI, "increases", MIR21)),
    # an injury is no treatment: its group's change is read as the injury's, not as a treated group's
    ("Bcl-2 was upregulated in the SCI group.", {(SCI, "increases", "HGNC:990")}, (SCI, "decreases", "HGNC:990")),
    # the next clause of the same subject is the subject's, not the injury's
    ("TNF-α was increased in the SCI group but decreased in the exosome group.",
     {(SCI, "increases", TNF), (EXOSOME, "decreases", TNF)}, (EXOSOME, "decreases", SCI)),
    ("TNF-α was elevated, whereas exosomes reduced it.", {(EXOSOME, "decreases", TNF)}, (EXOSOME, "increases", TNF)),
])
def test_a_change_in_the_injured_group_is_the_injurys(text: str, expected: set, wrong: tuple) -> None:
    got = claims(text)
    assert expected <= got and wrong not in got, got
    assert not any(s.evidence[0].rule.endswith(":group") for s in statements(text) if s.subject.curie == SCI)


@pytest.mark.parametrize("text", [
    "MSC-Exos promoted the proliferation and migration of HUVECs.",
    "Exosomes promoted the proliferation, migration and tube formation of HUVECs.",
])
def test_processes_coordinated_before_their_cells_each_happen_in_them(text: str) -> None:
    # "of HUVECs" belongs to every process of the run, not only to the last
    got = {s.object.label: dict(s.qualifiers).get("cell_type") for s in statements(text) if s.predicate == "increases"}
    assert len(got) >= 2 and set(got.values()) == {"umbilical vein endothelial cell"}, got


@pytest.mark.parametrize("text", [
    "Exosomes promoted tube formation of HUVECs.",
    "BMSC-Exos enhanced the formation of capillary-like structures in HUVECs.",
])
def test_tube_formation_of_endothelial_cells_is_the_angiogenesis_assay_not_the_cells(text: str) -> None:
    got = {(s.predicate, s.object.curie) for s in statements(text) if s.predicate != "derived_from"}
    assert got == {("increases", "GO:0120331")}, got


@pytest.mark.parametrize("text, cell", [
    ("Exosomes delivered to astrocytes reduced TNF-α.", "astrocyte"),
    ("Exosomes transferred to neurons reduced TNF-α.", "neuron"),
    ("Exosomes co-cultured with neurons reduced TNF-α.", "neuron"),
])
def test_vesicles_put_to_cells_act_in_them_and_carry_nothing(text: str, cell: str) -> None:
    # "delivered to" is where the vesicles went: no cargo, and the cells are the claim's setting
    [st] = statements(text)
    assert (st.subject.curie, st.predicate, st.object.curie, dict(st.qualifiers).get("cell_type")) == (
        EXOSOME, "decreases", TNF, cell), st


def test_vesicles_delivering_a_mirna_to_cells_still_carry_it() -> None:
    assert (EXOSOME, "carries", MIR21) in claims("Exosomes delivered miR-21 to neurons.")


def test_the_cells_a_vesicles_cargo_was_knocked_down_in_are_no_setting_of_the_claim() -> None:
    # the BMSCs made the vesicles; the apoptosis is the neurons'
    sts = statements("Knockdown of miR-21 in BMSCs abolished the neuroprotective effects of exosomes on neuronal "
                     "apoptosis.")
    assert any(s.subject.curie == MIR21 for s in sts), sts
    assert not any(dict(s.qualifiers).get("cell_type") for s in sts), sts
    # without vesicles the cells changed are where the effect is seen
    [st] = statements("Overexpression of miR-21 in neurons reduced apoptosis.")
    assert dict(st.qualifiers).get("cell_type") == "neuron"


@pytest.mark.parametrize("text, expected", [
    # a second verb of the same subject after "and" is a clause of its own: the first is still the injury's
    ("miR-21 was downregulated after SCI and upregulated after exosome treatment.",
     {(SCI, "decreases", MIR21), (EXOSOME, "increases", MIR21)}),
    ("miR-21 was downregulated after SCI and significantly upregulated after exosome treatment.",
     {(SCI, "decreases", MIR21), (EXOSOME, "increases", MIR21)}),
    # and the second participle shares the passive: "and reduced by exosomes" names its agent
    ("TNF-α was increased after SCI and reduced by exosomes.", {(SCI, "increases", TNF), (EXOSOME, "decreases", TNF)}),
    ("Apoptosis was increased in SCI rats and reduced by exosomes.",
     {(SCI, "increases", APOPTOSIS), (EXOSOME, "decreases", APOPTOSIS)}),
])
def test_the_injurys_change_and_the_treatments_after_and_are_each_read(text: str, expected: set) -> None:
    got = claims(text)
    assert got == expected, got


@pytest.mark.parametrize("text", [
    "Expression of NLRP3, ASC, cleaved caspase-1 and N-terminal gasdermin D (GSDMD-N) rose sharply within 3 days of "
    "injury and was attenuated by ADSC-EV treatment.",
    "SCI markedly increased NLRP3, caspase-1 p20 and gasdermin D (GSDMD) in the spinal cord, and these increases "
    "were attenuated by exosome treatment.",
])
def test_a_list_of_inflammasome_proteins_named_with_their_forms_is_read_whole(text: str) -> None:
    # "N-terminal" and "p20" name a form of a member; they do not end the list
    lowered = {o for _, p, o in claims(text) if p == "decreases"}
    assert {"HGNC:16400", "HGNC:1499", "HGNC:25697"} <= lowered, lowered


@pytest.mark.parametrize("text", [
    "Exosomes promoted axonal regeneration via the miR-199a-3p/145-5p/NGF/TrkA pathway.",
    "Exosomal miR-199a-3p/145-5p upregulated TrkA expression and improved motor function.",
])
def test_each_mirna_of_a_slashed_pair_is_carried(text: str) -> None:
    carried = {o for s, p, o in claims(text) if s == EXOSOME and p == "carries"}
    assert carried == {"mirbase.mature:MIMAT0000232", "mirbase.mature:MIMAT0000437"}, carried  # 199a-3p, 145-5p


@pytest.mark.parametrize("text, expected", [
    ("miR-21 mimic increased, whereas miR-21 inhibitor decreased, the expression of p-AKT.",
     {(MIR21, "increases", AKT)}),
    ("In vitro, BMSC-Exos promoted, while LY294002 blocked, the phosphorylation of AKT in neurons.",
     {("exokg:BMSC_Exo", "increases", AKT), ("CHEBI:65329", "decreases", AKT)}),
    ("Exosomes upregulated, and GW4869 downregulated, the level of BDNF.",
     {(EXOSOME, "increases", "HGNC:1033"), ("MESH:C468773", "decreases", "HGNC:1033")}),
])
def test_two_agents_changing_one_object_each_take_it(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = mechanism_claims(text)
    assert got == expected, got


@pytest.mark.parametrize("text", [
    "ADSC-Exos increased cell viability and glutathione levels to a similar extent as ferrostatin-1.",
    "ADSC-Exos increased cell viability as effectively as ferrostatin-1.",
    "Comparable to ferrostatin-1, ADSC-Exos increased cell viability.",
])
def test_what_a_change_is_compared_with_is_no_participant(text: str) -> None:
    got = claims(text)
    assert ("exokg:ADMSC_Exo", "increases", "MESH:D002470") in got, got  # cell viability
    assert not any("CHEBI:173086" in (s, o) for s, _, o in got), got  # ferrostatin-1


BECN1, LC3B, P62, IL10 = "HGNC:1034", "HGNC:13352", "HGNC:11280", "HGNC:5962"


@pytest.mark.parametrize("text, expected", [
    ("The expression of Beclin-1 and LC3-II was upregulated while p62 was downregulated after exosome treatment.",
     {(EXOSOME, "increases", BECN1), (EXOSOME, "increases", LC3B), (EXOSOME, "decreases", P62)}),
    ("Beclin-1 was upregulated after exosome treatment, while p62 was downregulated.",
     {(EXOSOME, "increases", BECN1), (EXOSOME, "decreases", P62)}),
    ("TNF-α was decreased, whereas IL-10 was increased by exosomes.",
     {(EXOSOME, "decreases", TNF), (EXOSOME, "increases", IL10)}),
    ("Apoptosis was reduced after exosome injection, and neuroinflammation was relieved.",
     {(EXOSOME, "decreases", APOPTOSIS), (EXOSOME, "decreases", "GO:0150076")}),
    # an active clause's subject, when the passive one after it says "also"
    ("Exosomes reduced TNF-α, and IL-6 in the spinal cord was also decreased.",
     {(EXOSOME, "decreases", TNF), (EXOSOME, "decreases", "HGNC:6018")}),
])
def test_two_passive_clauses_share_the_agent_one_names(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert claims(text) == expected, claims(text)


@pytest.mark.parametrize("text", [
    "Bax was upregulated after SCI, whereas Bcl-2 was downregulated in the exosome group.",  # its own setting
    "Beclin-1 was upregulated after exosome treatment, while p62 was downregulated in the SCI group.",
    "Exosomes were injected and TNF-α was decreased by miR-21.",  # the vesicles are no bare clause's patients
    "Exosomes reduced IL-1β, and TNF-α was decreased.",  # an active clause's subject only with "also"
])
def test_a_passive_clause_with_words_of_its_own_keeps_them(text: str) -> None:
    got = claims(text)
    assert not any(s == EXOSOME and o in {"HGNC:959", P62, TNF} for s, _, o in got), got


LPS, H2O2 = "CHEBI:16412", "CHEBI:16240"


@pytest.mark.parametrize("text, expected", [
    ("TNF-α upregulation induced by LPS was attenuated by exosomes.",
     {(LPS, "increases", TNF), (EXOSOME, "decreases", TNF)}),
    ("Bax upregulation induced by H2O2 was reversed by BMSC-Exos.",
     {(H2O2, "increases", BAX), ("exokg:BMSC_Exo", "decreases", BAX)}),
    ("PTEN downregulation induced by exosomes was reversed by miR-21 inhibitor.",
     {(EXOSOME, "decreases", PTEN), (MIR21, "decreases", PTEN)}),
    # the reversal's agent is no agent of the change it undid
    ("The upregulation of Bax was reversed by BMSC-Exos.", {("exokg:BMSC_Exo", "decreases", BAX)}),
])
def test_a_change_named_with_its_inducer_is_the_subject_of_the_verb_after(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    got = mechanism_claims(text)
    assert got == expected, got


def test_vesicles_named_by_their_cells_stimulus_are_the_stimulated_preparation() -> None:
    [st] = [s for s in statements("LPS-Exos reduced TNF-α in microglia.") if s.predicate == "decreases"]
    assert st.subject.curie == EXOSOME and dict(st.qualifiers).get("preconditioning") == "LPS", st
    # the stimulus of the cells a sentence opens with is their setting
    got = claims("In LPS-activated microglia, H-Exos reduced CD86.")
    assert not any(LPS in (s, o) for s, _, o in got), got


def test_a_list_stops_where_a_clause_opens_past_a_place() -> None:
    for text in ("Exosomes promote axon regeneration, and the neuronal damage in the central nervous system is "
                 "non-renewable.",
                 "Exosomes promote axon regeneration, and the neuronal apoptosis in the spinal cord is irreversible."):
        got = claims(text)  # the damage, the apoptosis: the next clause's subject
        assert not any(o in {"MESH:D009410", "GO:0051402"} for _, _, o in got), got


def test_a_second_verb_of_one_agent_is_no_shared_object() -> None:
    assert claims("Exosomes increased, and then decreased, TNF-α.") == set()


@pytest.mark.parametrize("opening", [
    "In PC12 cells exposed to erastin",
    "Moreover, in PC12 cells exposed to erastin",  # after an opening adverb, as the opening cells are read
    "In addition, in PC12 cells exposed to erastin",
    "In PC12 cells challenged with erastin",  # any treatment participle
])
def test_what_cells_of_an_opening_phrase_were_exposed_to_is_no_agent(opening: str) -> None:
    got = claims(f"{opening}, hUCMSC-Exos increased cell viability and decreased ROS production.")
    assert not any(s == "CHEBI:94287" for s, _, _ in got), got
    assert ("exokg:UCMSC_Exo", "decreases", ROS) in got


def test_the_opening_stimulus_keeps_the_role_it_is_named_with() -> None:
    got = claims("In primary spinal cord neurons challenged with the ferroptosis inducer erastin, ADSC-Exos "
                 "increased cell viability.")
    assert ("CHEBI:94287", "increases", "GO:0097707") in got, got  # erastin induces ferroptosis
    assert not any(s == "CHEBI:94287" and o != "GO:0097707" for s, _, o in got), got


def test_the_opening_stimulus_reading_keeps_the_treatment_as_agent() -> None:
    # with no agent of its own after the comma, what the cells were treated with is the agent
    assert (EXOSOME, "decreases", APOPTOSIS) in claims("In PC12 cells treated with exosomes, apoptosis was reduced.")


@pytest.mark.parametrize("text, cell", [
    ("In LPS-treated microglia, exosomes reduced TNF-α.", "microglia"),
    ("Moreover, in primary cortical neurons exposed to OGD, BMSC-Exos decreased apoptosis.", "neuron"),
    ("In neurons, exosomes reduced apoptosis.", "neuron"),
    # the agent may be in the opening phrase itself
    ("In neurons treated with exosomes, apoptosis was reduced.", "neuron"),
    ("In microglia activated by LPS, BMSC-Exos decreased TNF-α.", "microglia"),
])
def test_the_cells_a_sentence_opens_with_are_the_claims_setting(text: str, cell: str) -> None:
    [st] = [s for s in statements(text) if s.predicate == "decreases"]
    assert dict(st.qualifiers).get("cell_type") == cell, st.qualifiers


def test_what_vesicles_carry_holds_wherever_they_were_put() -> None:
    for text in ("In HUVECs, GDNF-modified MSC-Exos promoted tube formation.",
                 "In BMSCs transfected with miR-21 mimic, exosomal miR-21 was increased.",
                 "Exosomes carrying miR-21 reduced apoptosis in neurons."):
        carried = [s for s in statements(text) if s.predicate == "carries"]
        assert carried and all("cell_type" not in dict(s.qualifiers) for s in carried), text


@pytest.mark.parametrize("text", [
    "Silencing miR-21 in BMSCs abolished the protective effect of the exosomes on neuronal apoptosis.",
    "BMSC-Exos reduced neuronal apoptosis. Knockdown of miR-21 in BMSCs attenuated these effects.",
])
def test_the_cells_a_vesicle_cargo_was_silenced_in_are_no_setting(text: str) -> None:
    undone = [s for s in statements(text) if s.evidence[0].rule.startswith(("rescue", "nominal:effect"))]
    assert undone and all("cell_type" not in dict(s.qualifiers) for s in undone), [
        (s.subject.curie, s.predicate, s.object.curie, s.qualifiers) for s in undone]


def test_the_cells_a_subject_process_happens_in_are_its_setting() -> None:
    [st] = statements("Pyroptosis of microglia aggravates neuroinflammation.")
    assert (st.subject.curie, st.predicate, st.object.curie) == ("GO:0070269", "increases", "GO:0150076")
    assert dict(st.qualifiers) == {"cell_type": "microglia"}
    [st] = statements("Microglial pyroptosis aggravates neuroinflammation.")
    assert dict(st.qualifiers) == {"cell_type": "microglia"}


@pytest.mark.parametrize("text", ["Exosomes attenuated demyelination.", "Exosomes attenuated the loss of myelin.",
                                  "Exosomes attenuated myelin damage."])
def test_demyelination_named_by_its_loss_falls_when_attenuated(text: str) -> None:
    assert claims(text) == {(EXOSOME, "decreases", "HP:0007305")}


def test_a_harm_named_with_control_after_a_listed_process_falls() -> None:
    got = claims("EPC-EXOs facilitate angiogenesis and inflammation control after SCI.")
    assert got == {(EXOSOME, "increases", "GO:0001525"), (EXOSOME, "decreases", INFLAMMATION)}, got
    assert claims("TNF-α and IL-1β control apoptosis.") == {(TNF, "regulates", APOPTOSIS), (IL1B, "regulates", APOPTOSIS)}


@pytest.mark.parametrize("text, cell", [
    ("Macrophages cultured with exosomes displayed higher expression of CD206, Arg-1 and IL-10.", "macrophage"),
    ("Neurons treated with exosomes exhibited reduced apoptosis and lower TNF-α levels.", "neuron"),
    ("Microglia incubated with BMSC-Exos showed decreased TNF-α and IL-1β expression.", "microglia"),
])
def test_cells_given_a_treatment_are_where_the_change_they_show_is_seen(text: str, cell: str) -> None:
    # the cells named before "displayed higher ..." are the setting of every member of the list
    changed = [s for s in statements(text) if s.predicate in {"increases", "decreases"}]
    assert len(changed) >= 2 and all(s.subject.curie in {EXOSOME, "exokg:BMSC_Exo"} for s in changed), changed
    assert {dict(s.qualifiers).get("cell_type") for s in changed} == {cell}, changed


def test_cells_showing_a_change_lend_no_setting_to_the_next_clauses_claim() -> None:
    sts = statements("Neurons showed reduced apoptosis, and exosomes increased IL-10 in the spinal cord.")
    assert sts and not any(dict(s.qualifiers).get("cell_type") for s in sts if s.object.label == "IL-10"), sts


@pytest.mark.parametrize("text", [
    "IL-6 levels were unchanged after exosome treatment.",
    "IL-6 was unaffected by exosomes.",
    "The levels of IL-6 remained unaltered in the exosome group.",
    "Exosomes reduced TNF-α, while IL-6 was unchanged.",
])
def test_a_change_denied_in_one_word_is_a_denied_claim(text: str) -> None:
    # "unchanged" is "not changed": the treatment's effect on IL-6 is denied, not missing or asserted
    got = [s for s in statements(text) if s.object.curie == "HGNC:6018"]
    assert [(s.subject.curie, s.predicate, s.evidence[0].negated) for s in got] == [
        (EXOSOME, "regulates", True)], got


@pytest.mark.parametrize("text, model", [
    ("Exosomes reduced apoptosis in TLR4(-/-) mice.", "TLR4 -/-"),
    ("Exosomes reduced TNF-α in IL-10-/- mice.", "IL-10 -/-"),
])
def test_an_allele_mark_names_the_animals_genetic_model(text: str, model: str) -> None:
    changed = [s for s in statements(text) if s.subject.curie == EXOSOME]
    assert changed and all(dict(s.qualifiers).get("genetic_model") == model for s in changed), changed


@pytest.mark.parametrize("text", [
    "The expression of let-7i was reduced in both wild-type and IFN-γ knockout mice.",
    "The expression of let-7i was unchanged in both wild-type (WT) and IFN-γ(-/-) mice following infection.",
])
def test_the_gene_animals_were_made_to_lack_is_no_object(text: str) -> None:
    assert not any(s.object.label == "IFN-γ" for s in statements(text)), statements(text)


@pytest.mark.parametrize("text, expected", [
    ("Exosome treatment resulted in a smaller lesion area and less glial scar formation.",
     {"lesion area": "decreases", "glial scar formation": "decreases"}),
    ("Exosome treatment resulted in less apoptosis and more IL-10.", {"apoptosis": "decreases", "IL-10": "increases"}),
    ("Exosome treatment led to better locomotor function and a larger area of spared white matter.",
     {"motor function": "increases", "spared tissue": "increases"}),
])
def test_each_member_of_a_result_list_changes_as_its_own_adjective_says(text: str, expected: dict[str, str]) -> None:
    got = {s.object.label: s.predicate for s in statements(text) if s.subject.curie == EXOSOME}
    assert got == expected, got


@pytest.mark.parametrize("text, expected", [
    ("BMSC-Exos were injected into SCI rats. The treatment reduced TNF-α.", ("exokg:BMSC_Exo", "decreases", TNF)),
    ("Exosomes were injected into SCI rats. In vivo, treatment reduced TNF-α.", (EXOSOME, "decreases", TNF)),
    ("Exosomes were injected into SCI rats. Treated animals had lower TNF-α levels.", (EXOSOME, "decreases", TNF)),
    ("Exosomes were injected into SCI rats. TNF-α was lower in treated rats.", (EXOSOME, "decreases", TNF)),
    ("Mice that received exosomes had lower TNF-α levels.", (EXOSOME, "decreases", TNF)),
])
def test_the_treatment_a_paragraph_gave_is_the_subject_of_what_treated_animals_show(
        text: str, expected: tuple[str, str, str]) -> None:
    sts = [s for s in statements(text) if s.object.curie == TNF]
    assert [(s.subject.curie, s.predicate, s.object.curie) for s in sts] == [expected], sts
    assert "preconditioning" not in dict(sts[0].qualifiers)


def test_a_treatment_subject_shifting_a_state_away_is_the_paragraphs_vesicles() -> None:
    # "Treatment shifted polarization" had read the verb as an adjective of "polarization" (no subject, no claim),
    # and the state left, with none named to go to, had been no claim
    got = claims("MSC-Exos reduced TNF-α. Treatment shifted polarization away from the M1-like phenotype, lowering "
                 "CD86 and iNOS.")
    assert {("exokg:MSC_Exo", "decreases", o) for o in ("CL:0000863", "HGNC:1705", "HGNC:7873")} <= got, got
    assert ("exokg:MSC_Exo", "decreases", "CL:0000863") in claims(
        "MSC-Exos shifted macrophages away from the M1 phenotype.")


@pytest.mark.parametrize("text", [
    "The treatment reduced TNF-α.",  # no vesicles named before
    "Exosomes were injected into SCI rats. Treatment with methylprednisolone reduced TNF-α.",
    "Exosomes were injected into SCI rats. Rats treated with methylprednisolone had lower TNF-α.",
])
def test_a_treatment_named_or_not_given_is_not_the_paragraphs_vesicles(text: str) -> None:
    assert not any(s.subject.curie == EXOSOME for s in statements(text) if s.object.curie == TNF), statements(text)


def test_agentless_passives_after_the_vesicles_acted_are_theirs() -> None:
    sts = statements("MSC-Exos reduced apoptosis in SCI rats. TNF-α expression was also reduced, and IL-10 was "
                     "increased. Moreover, Bax was downregulated.")
    got = {(s.object.curie, s.predicate) for s in sts if s.evidence[0].rule.split(";")[0] == "passive:context_agent"}
    assert got == {(TNF, "decreases"), (IL10, "increases"), (BAX, "decreases")}, got
    assert all(s.subject.curie == "exokg:MSC_Exo" for s in sts if s.evidence[0].rule.startswith("passive:context_agent"))
    # a change verb ending its clause, and a restoring verb on something harmful, likewise
    got = claims("Exosomes reduced TNF-α. Levels of IL-6 in the lumbar cord decreased, and inflammation was relieved.")
    assert {(EXOSOME, "decreases", "HGNC:6018"), (EXOSOME, "decreases", INFLAMMATION)} <= got, got
    assert (EXOSOME, "decreases", "HGNC:6018") not in claims("Exosomes reduced TNF-α. IL-6 inhibited the XYZ.")


@pytest.mark.parametrize("text", [
    "Exosomes reduced apoptosis. After SCI, TNF-α expression was increased.",  # the injury's
    "Exosomes reduced apoptosis. TNF-α was increased in the SCI group.",
    "Exosomes reduced apoptosis. TNF-α was reduced by methylprednisolone.",  # an agent of its own
    "miR-21 reduced apoptosis. TNF-α was reduced.",  # the actor was no vesicle
])
def test_a_passive_with_a_cause_or_setting_of_its_own_takes_no_earlier_actor(text: str) -> None:
    assert not any(s.evidence[0].rule.split(";")[0] == "passive:context_agent" for s in statements(text)), statements(text)


def test_the_tests_an_outcome_was_assessed_by_are_no_subject() -> None:
    got = claims("Locomotor performance assessed by the BBB scale and footprint analysis was improved by exosomes.")
    assert got == {(EXOSOME, "increases", "exokg:motor_function")}, got


def test_a_test_named_between_commas_is_no_participant() -> None:
    got = claims("Motor function, evaluated with the BBB score, was improved by exosomes.")
    assert got == {(EXOSOME, "increases", "exokg:motor_function")}, got
    got = claims("Exosomes were injected into SCI rats. Edema, assessed by spinal cord water content, was lower in "
                 "treated rats.")
    assert (EXOSOME, "decreases", "HP:0000969") in got, got


def test_a_change_verb_said_of_treated_animals_is_the_treatments() -> None:
    got = claims("Exosomes were injected into SCI rats. Motor function was improved in treated rats.")
    assert (EXOSOME, "increases", "exokg:motor_function") in got, got


def test_a_molecule_release_before_a_copula_is_the_noun() -> None:
    assert claims("HMGB1 release from injured neurons was reduced by MSC-Exos.") >= {
        ("exokg:MSC_Exo", "decreases", "HGNC:4983")}
    assert ("CL:0000129", "increases", TNF) in claims("Microglia release TNF-α after SCI.")


def test_cells_counted_after_the_vesicles_acted_are_theirs_not_cells_named_as_a_setting() -> None:
    got = claims("MSC-Exos reduced apoptosis in SCI rats. The infiltration of neutrophils and Iba1-positive "
                 "macrophages was also decreased.")
    assert {("exokg:MSC_Exo", "decreases", "CL:0000775"), ("exokg:MSC_Exo", "decreases", "CL:0000235")} <= got, got
    assert not any(o == "CL:0000540" for _, _, o in claims("MSC-Exos reduced apoptosis. Neurons were cultured."))


def test_a_change_left_undone_is_a_denied_change() -> None:
    sts = statements("MSC-Exos reduced TNF-α but left IL-10 expression unaffected.")
    got = {(s.object.curie, s.predicate, s.evidence[0].negated) for s in sts if s.predicate != "derived_from"}
    assert got == {(TNF, "decreases", False), (IL10, "regulates", True)}, got


@pytest.mark.parametrize("text", [
    "Following exosome treatment, TNF-α decreased and IL-10 increased.",
    "TNF-α decreased and IL-10 increased after exosome treatment.",
])
def test_a_change_verb_ending_its_clause_after_what_changed_takes_no_object(text: str) -> None:
    got = {(s.object.curie, s.predicate) for s in statements(text) if s.subject.curie == EXOSOME}
    assert got == {(TNF, "decreases"), (IL10, "increases")}, got


@pytest.mark.parametrize("text, expected", [
    ("Exosomes reduced apoptosis. IL-1β and IL-6 were reduced by approximately 40%.",
     {(IL1B, "decreases"), ("HGNC:6018", "decreases")}),
    ("Exosomes reduced apoptosis. GAP-43 expression was elevated, while TNF-α was reduced in the dorsal root ganglia.",
     {("HGNC:4140", "increases"), (TNF, "decreases")}),
    ("Exosomes reduced apoptosis. Hindlimb locomotion, evaluated by the BBB score, improved significantly at 21 days.",
     {("exokg:motor_function", "increases")}),
    ("Exosomes reduced apoptosis. Neuronal survival, indicated by NeuN staining, was greater, and BBB scores improved "
     "from 6.1 in the PBS group to 10.4 at day 42.",
     {("exokg:neuronal_survival", "increases"), ("exokg:BBB_score", "increases")}),
    ("Exosomes reduced apoptosis. TNF-α levels were significantly lower, and IL-10 was higher.",
     {(TNF, "decreases"), (IL10, "increases")}),
])
def test_more_changes_after_the_vesicles_acted_are_theirs(text: str, expected: set[tuple[str, str]]) -> None:
    got = {(s.object.curie, s.predicate) for s in statements(text) if s.evidence[0].rule.split(";")[0] == "passive:context_agent"}
    assert got == expected, got


def test_by_an_amount_is_no_agent() -> None:
    assert not any(s.subject.curie == IL10 for s in statements("IL-6 was reduced by 50% and IL-10 was increased."))
    assert (EXOSOME, "decreases", "HGNC:6018") in claims("IL-6 was reduced by 50% in the exosome group.")
    assert (MIR21, "decreases", "HGNC:6018") in claims("IL-6 was reduced by miR-21.")


def test_a_comparative_with_a_comparison_of_its_own_takes_no_earlier_actor() -> None:
    sts = statements("Exosomes reduced apoptosis. TNF-α levels were lower than in the sham group.")
    assert not any(s.evidence[0].rule.split(";")[0] == "passive:context_agent" for s in sts), sts


def test_a_named_dosing_of_the_paragraphs_vesicles_is_their_treatment() -> None:
    got = claims("BMSC-Exos were given intranasally to SCI rats. Repeated intranasal dosing (days 1, 3 and 5) reduced "
                 "GFAP immunoreactivity and increased IL-10 expression.")
    assert {("exokg:BMSC_Exo", "decreases", GFAP), ("exokg:BMSC_Exo", "increases", IL10)} <= got, got


def test_a_thinner_scar_is_a_smaller_one() -> None:
    assert (EXOSOME, "decreases", "exokg:glial_scar_formation") in claims(
        "The exosome group showed a thinner glial scar than the SCI group.")


@pytest.mark.parametrize("text", [
    "The expression of TNF-α decreased with increasing exosome dose.",
    "The expression of TNF-α decreased with increasing doses of exosomes.",
])
def test_a_change_with_the_vesicles_dose_is_theirs(text: str) -> None:
    assert (EXOSOME, "decreases", TNF) in claims(text)


@pytest.mark.parametrize("text, hedged", [
    ("Bioinformatic analysis predicted that miR-21 targets PTEN.", True),
    ("TargetScan predicted PTEN as a target of miR-21.", True),
    ("miR-21 binds to its predicted target sequences in the PTEN 3'-UTR.", False),
    ("We validated computational predictions and demonstrated that miR-21 targets PTEN.", False),
    ("Five miRNAs were revealed by in silico prediction; miR-21 targeted the 3'-UTR of PTEN.", False),
])
def test_a_target_only_predicted_is_hedged(text: str, hedged: bool) -> None:
    sts = [s for s in statements(text) if s.predicate == "targets" and s.object.curie == "HGNC:9588"]
    assert [s.evidence[0].hedged for s in sts] == [hedged], sts


MEP, MEP_LATENCY, G_RATIO = "exokg:MEP", "exokg:MEP_latency", "exokg:g_ratio"


@pytest.mark.parametrize("text, expected", [
    ("Exosomes shortened MEP latency.", {(EXOSOME, "decreases", MEP_LATENCY)}),
    ("Exosome-treated rats showed shorter MEP latencies than controls.", {(EXOSOME, "decreases", MEP_LATENCY)}),
    # "improved" a latency shortens it, and the amplitude rises: two outcomes, apart
    ("Exosomes improved the amplitude and latency of MEPs.",
     {(EXOSOME, "increases", MEP), (EXOSOME, "decreases", MEP_LATENCY)}),
    ("Exosomes decreased MEP latency and increased MEP amplitude.",
     {(EXOSOME, "decreases", MEP_LATENCY), (EXOSOME, "increases", MEP)}),
])
def test_a_potentials_latency_is_an_outcome_of_its_own(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = claims(text)
    assert expected <= got, got
    assert (EXOSOME, "decreases", MEP) not in got, got


def test_a_measure_of_myelinated_axons_is_said_of_the_measure() -> None:
    got = claims("Exosome treatment resulted in a lower g-ratio of myelinated axons in treated animals.")
    assert got == {(EXOSOME, "decreases", G_RATIO)}, got
    assert (EXOSOME, "decreases", G_RATIO) in claims("Exosomes improved the g-ratio of axons.")


IKBA, RELA = "HGNC:7797", "HGNC:9955"


def test_a_sentences_actor_is_who_acted_not_what_changed_of_itself() -> None:
    # the second sentence's first clause names a change of its own; its vesicles acted, and the passive after it
    # is theirs
    sts = statements("Exosome treatment lowered the secretion of TNF-α. The proportion of iNOS+ cells declined, "
                     "indicating that BMSC-Exos shifted microglia toward an M2 phenotype. Mechanistically, the "
                     "phosphorylation of IκBα was inhibited.")
    assert any(s.object.curie == IKBA and s.predicate == "decreases" and s.evidence[0].rule ==
               "passive:context_agent" for s in sts), sts


@pytest.mark.parametrize("text", [
    "Phosphorylation of IκBα and nuclear translocation of NF-κB p65 were inhibited by exosomes.",
    "The phosphorylation of IκBα and the expression of NF-κB p65 were inhibited by exosomes.",
])
def test_a_list_of_head_phrases_is_a_list_of_what_they_name(text: str) -> None:
    assert {(EXOSOME, "decreases", IKBA), (EXOSOME, "decreases", RELA)} <= claims(text)


@pytest.mark.parametrize("text", [
    "The exosome-hydrogel (Gel-Exo) group exhibited lower levels of TNF-α.",
    "The exosome-hydrogel group exhibited lower levels of TNF-α.",
    "The exosome-scaffold group showed lower levels of TNF-α than the scaffold group.",
])
def test_a_group_given_vesicles_in_a_carrier_is_the_vesicles(text: str) -> None:
    assert (EXOSOME, "decreases", TNF) in claims(text)


AXON, MOTOR_FUNCTION = "GO:0030424", "exokg:motor_function"


@pytest.mark.parametrize("text, expected", [
    ("Exosomes reduced apoptosis. Neurofilament-positive axons were more abundant within the lesion gap.",
     (EXOSOME, "increases", AXON)),
    ("Exosomes reduced apoptosis. GFAP was less abundant around the lesion epicenter.",
     (EXOSOME, "decreases", GFAP)),
    ("The exosome group showed more abundant NF200-positive axons than the SCI group.", (EXOSOME, "increases", AXON)),
])
def test_more_or_less_of_an_amount_is_a_comparative(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims(text)


def test_a_comparative_in_a_group_keeps_its_group() -> None:
    assert not any(s.subject.curie == EXOSOME and s.object.curie == TNF for s in statements(
        "Exosomes reduced apoptosis. TNF-α was higher in the SCI group."))


def test_a_restoration_seen_in_the_vesicles_group_is_theirs_and_they_act_next() -> None:
    got = claims("Recordings revealed partial restoration of motor evoked potentials in the exosome group. "
                 "Locomotor function assessed by the BBB scale improved accordingly.")
    assert {(EXOSOME, "increases", MEP), (EXOSOME, "increases", MOTOR_FUNCTION)} <= got, got


@pytest.mark.parametrize("text", [
    "Exosomes reduced Hes1, and the γ-secretase inhibitor DAPT mimicked the pro-neuronal effect.",
    "Exosome-treated NSCs showed reduced expression of Hes1, and the inhibitor DAPT mimicked the effect.",
])
def test_a_name_after_a_comma_and_opening_a_clause_is_no_object(text: str) -> None:
    got = claims(text)
    assert (EXOSOME, "decreases", "HGNC:5192") in got, got
    assert not any(o == "CHEBI:86193" for _, _, o in got), got  # DAPT


NRF2, RHOA, ERN1, PI3K, OXIDATIVE_STRESS = "HGNC:7782", "HGNC:667", "HGNC:3449", "exokg:PI3K", "GO:0006979"
NEURITE_OUTGROWTH, M2_POLARIZATION = "GO:0031175", "exokg:M2_macrophage_polarization"


def test_a_rescue_of_effects_named_by_several_adjectives_reads_each() -> None:
    got = claims("Silencing of Nrf2 with siRNA abrogated the antioxidant and anti-apoptotic effects of the exosomes.")
    assert {(EXOSOME, "decreases", OXIDATIVE_STRESS), (EXOSOME, "decreases", APOPTOSIS), (EXOSOME, "regulates", NRF2),
            (NRF2, "decreases", OXIDATIVE_STRESS), (NRF2, "decreases", APOPTOSIS)} <= got, got


def test_a_benefit_named_by_its_outcome_after_a_protective_adjective_is_undone_by_the_rescue() -> None:
    got = claims("BMSC-Exos increased BMS scores. Co-treatment with RSL3, a GPX4 inhibitor, abrogated the "
                 "neuroprotective and locomotor benefits of BMSC-Exos.")
    assert {("HGNC:4556", "increases", "exokg:motor_function"),
            ("exokg:BMSC_Exo", "increases", "exokg:motor_function")} <= got, got
    assert not any(s == "CHEBI:173109" and p == "decreases" and o != "HGNC:4556" for s, p, o in got), got


@pytest.mark.parametrize("text, expected", [
    # "the effect" owned by nobody after a clause that changed something: that change
    ("Exosomes promoted neurite outgrowth, and the PI3K inhibitor LY294002 abolished the effect.",
     {(EXOSOME, "regulates", PI3K), (PI3K, "increases", NEURITE_OUTGROWTH)}),
    ("Exosomes increased neurite length, and knockdown of miR-21 abolished the effects.",
     {(EXOSOME, "carries", MIR21), (MIR21, "increases", NEURITE_OUTGROWTH)}),
    # a gain named through its mutant form
    ("Exosomes promoted neurite outgrowth, and this effect was abolished by overexpression of a constitutively "
     "active RhoA mutant.", {(EXOSOME, "regulates", RHOA), (RHOA, "decreases", NEURITE_OUTGROWTH)}),
    # the change an agent's phrase names, undone by a manipulation
    ("Overexpression of Ern1 reversed the exosome-induced M2 shift.",
     {(EXOSOME, "increases", M2_POLARIZATION), (EXOSOME, "regulates", ERN1), (ERN1, "decreases", M2_POLARIZATION)}),
    ("The exosome-induced M2 polarization was reversed by Ern1 overexpression.",
     {(EXOSOME, "regulates", ERN1), (ERN1, "decreases", M2_POLARIZATION)}),
    ("Knockdown of Nrf2 reversed the exosome-mediated reduction of apoptosis.",
     {(EXOSOME, "decreases", APOPTOSIS), (EXOSOME, "regulates", NRF2), (NRF2, "decreases", APOPTOSIS)}),
])
def test_more_rescue_forms(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = claims(text)
    assert expected <= got, got


def test_a_change_an_agents_phrase_names_undone_by_no_manipulation_is_the_clauses_own() -> None:
    got = claims("Mesenchymal stem cell exosomes restore miR-21 and suppress PDCD4-mediated apoptosis.")
    assert not any(s == MIR21 and o == APOPTOSIS for s, _, o in got), got


WNT_SIGNALING, TUBE_FORMATION = "GO:0060070", "GO:0120331"


@pytest.mark.parametrize("text, expected", [
    ("Exosomes increased VEGF, and the Wnt inhibitor XAV939 suppressed exosome-induced tube formation.",
     {(EXOSOME, "regulates", WNT_SIGNALING), (WNT_SIGNALING, "increases", TUBE_FORMATION)}),
    ("Both LY294002 and rapamycin suppressed EV-induced neurite growth.",
     {("GO:1903561", "regulates", MTOR), (MTOR, "increases", NEURITE_OUTGROWTH)}),
])
def test_a_compound_undoing_an_agents_induced_change_names_its_mediator(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    got = claims(text)
    assert expected <= got, got
    assert not any(s == "CHEBI:62878" and p in {"increases", "regulates"} for s, p, _ in got), got  # XAV939


NLRP3 = "HGNC:16400"


def test_a_relative_clause_after_the_content_a_preparation_is_enriched_in_is_the_contents() -> None:
    got = claims("The sEVs were enriched in miR-22-3p, which directly targeted the 3'UTR of NLRP3.")
    assert ("mirbase.mature:MIMAT0000077", "targets", NLRP3) in got, got  # miR-22-3p


@pytest.mark.parametrize("text", [
    "Exosomes reached the lesion. PTEN expression in the lesion decreased by 52%.",
    "Exosomes reached the lesion. PTEN expression decreased by approximately 40%.",
])
def test_a_change_by_an_amount_ends_its_clause(text: str) -> None:
    assert (EXOSOME, "decreases", PTEN) in claims(text)


@pytest.mark.parametrize("text", [
    "Treatment of neurons with exosomes reduced apoptosis.",
    "Co-culture of primary neurons with exosomes reduced apoptosis.",
])
def test_the_cells_an_agent_is_cultured_with_are_no_actor(text: str) -> None:
    got = claims(text)
    assert (EXOSOME, "decreases", APOPTOSIS) in got and not any(s == NEURON for s, _, _ in got), got


def test_cells_cultured_with_an_unnamed_medium_are_no_actor() -> None:
    got = claims("Co-culture of neurons with conditioned medium resulted in less neuronal apoptosis.")
    assert not any(s == NEURON for s, _, _ in got), got


TGFB1, ASTROCYTE_ACTIVATION = "HGNC:11766", "GO:0048143"


def test_a_reduced_passive_after_a_bare_noun_is_no_verb_of_the_clause_subject() -> None:
    got = claims("PMSC-EVs inhibited astrocyte proliferation and migration induced by TGF-β1.")
    assert ("exokg:PlMSC_Exo", "decreases", ASTROCYTE_ACTIVATION) in got, got
    assert not any(o == TGFB1 for _, _, o in got), got


def test_the_agent_of_a_reduced_passive_is_no_subject_of_the_verb_after() -> None:
    got = claims("The migration induced by TGF-β1 was inhibited by exosomes.")
    assert (EXOSOME, "decreases", TGFB1) not in got, got


def test_after_one_named_cargo_a_comma_and_before_a_verb_opens_a_clause() -> None:
    got = claims("Exosomes from hypoxia-preconditioned MSCs (HExos) were compared. "
                 "HExos contained higher levels of miR-210, and miR-210 inhibited EFNA3 expression.")
    efna3 = "HGNC:3223"
    assert ("mirbase:MI0000286", "decreases", efna3) in got, got
    assert ("exokg:MSC_Exo", "decreases", efna3) not in got, got


def test_a_cargo_list_with_commas_still_belongs_to_the_subject() -> None:
    got = claims("Exosomes carrying miR-21, miR-22, and miR-29a reduced apoptosis.")
    assert (EXOSOME, "decreases", APOPTOSIS) in got, got
    assert (MIR21, "decreases", APOPTOSIS) in got, got


@pytest.mark.parametrize("text", [
    "miR-16 causes adaptive changes in production of the serotonin transporter.",
    "Exosomes led to changes in PTEN levels.",
])
def test_changes_in_a_molecule_say_no_way(text: str) -> None:
    got = claims(text)
    assert got and all(p == "regulates" for _, p, _ in got), got


MALAT1 = "HGNC:29665"


@pytest.mark.parametrize("text", [
    "When MALAT1 was silenced, the anti-apoptotic effect of BMSC-Exos was largely lost.",
    "However, after MALAT1 was knocked down, the anti-apoptotic effect of BMSC-Exos was abolished.",
])
def test_a_manipulation_the_sentence_opens_with_undoes_the_effect_after_it(text: str) -> None:
    got = claims(text)
    assert (MALAT1, "decreases", APOPTOSIS) in got and ("exokg:BMSC_Exo", "carries", MALAT1) in got, got


def test_vesicles_that_lost_their_effect_are_no_rescue() -> None:
    got = claims("Exosomes lost their anti-apoptotic effect after heating.")
    assert not any(p == "regulates" for _, p, _ in got), got


BLADDER_FUNCTION = "exokg:bladder_function"


@pytest.mark.parametrize("text, expected", [
    ("Rats treated with BMSC-Exos recovered hindlimb motor function faster than PBS-treated rats.",
     {("exokg:BMSC_Exo", "increases", MOTOR_FUNCTION)}),
    ("BMSC-Exos were administered. Treated rats regained bladder function.",
     {("exokg:BMSC_Exo", "increases", BLADDER_FUNCTION)}),
    ("Mice received BMSC-Exos after injury. Locomotor function, bladder function and electrophysiological "
     "responses were all improved in treated mice.",
     {("exokg:BMSC_Exo", "increases", MOTOR_FUNCTION), ("exokg:BMSC_Exo", "increases", BLADDER_FUNCTION)}),
])
def test_what_treated_animals_regained_is_the_treatments_effect(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    got = claims(text)
    assert expected <= got, got


def test_vesicles_recovered_from_a_medium_are_no_claim() -> None:
    assert not claims("Exosomes were recovered from the supernatant by ultracentrifugation.")


TRAF6, IRAK1 = "HGNC:12036", "HGNC:6112"


@pytest.mark.parametrize("text", [
    "miR-146a-5p directly targeted TRAF6 and IRAK1, and the exosomes reduced the expression of both proteins.",
    "miR-146a-5p directly targeted TRAF6 and IRAK1. Exosomes reduced the expression of these proteins.",
])
def test_both_proteins_are_the_two_molecules_named_before(text: str) -> None:
    got = claims(text)
    assert {(EXOSOME, "decreases", TRAF6), (EXOSOME, "decreases", IRAK1)} <= got, got


def test_both_proteins_after_a_list_with_a_process_name_nothing() -> None:
    got = claims("Exosomes reduced apoptosis and TNF-α. Knockdown of miR-21 increased both proteins.")
    assert not any(s == MIR21 for s, _, _ in got), got


GDNF, ANGIOGENESIS = "HGNC:4232", "GO:0001525"


def test_vesicles_named_by_a_protein_carry_it_and_act_themselves() -> None:
    got = claims("GDNF-Exos reduced apoptosis.")
    assert {(EXOSOME, "carries", GDNF), (EXOSOME, "decreases", APOPTOSIS)} <= got, got
    assert (GDNF, "decreases", APOPTOSIS) not in got, got


def test_a_compound_undoing_a_protein_named_preparations_induced_change_names_its_mediator() -> None:
    got = claims("The PI3K inhibitor LY294002 abolished GDNF-Exo-induced angiogenesis in vitro.")
    assert {(EXOSOME, "increases", ANGIOGENESIS), (PI3K, "increases", ANGIOGENESIS)} <= got, got
    assert not any(s == "CHEBI:65329" and p == "increases" for s, p, _ in got), got  # LY294002


@pytest.mark.parametrize("text", [
    "These findings indicate that MSC-Exos promote recovery in part by restoring Th17/Treg balance.",
    "MSC-Exos restored the balance between Th17 and Treg cells.",
])
def test_the_terms_of_a_balance_are_not_said_to_move(text: str) -> None:
    got = claims(text)
    assert not any(p in {"increases", "decreases"} and o in {"CL:0000899", "CL:0000815"} for _, p, o in got), got


M1_MACROPHAGE, M2_MACROPHAGE, FOXP3 = "CL:0000863", "CL:0000890", "HGNC:6106"


def test_cells_that_decrease_of_themselves_are_counted() -> None:
    got = claims("Intranasal MSC-EVs reduced IL-1β. The number of CD206+ macrophages increased, while CD86+ "
                 "macrophages decreased.")
    assert {("exokg:MSC_Exo", "increases", M2_MACROPHAGE), ("exokg:MSC_Exo", "decreases", M1_MACROPHAGE)} <= got, got


@pytest.mark.parametrize("text", [
    "Intranasal MSC-EVs reduced IL-1β. Foxp3 expression rose and TNF-α fell.",
    "Intranasal MSC-EVs reduced IL-1β. Foxp3 expression increased and the expression of TNF-α decreased.",
])
def test_intransitive_changes_joined_by_and_follow_the_actor_before(text: str) -> None:
    got = claims(text)
    assert {("exokg:MSC_Exo", "increases", FOXP3), ("exokg:MSC_Exo", "decreases", TNF)} <= got, got


def test_a_rise_and_fall_after_a_treatment_are_its_effects() -> None:
    got = claims("Foxp3 expression rose and TNF-α fell after exosome treatment.")
    assert {(EXOSOME, "increases", FOXP3), (EXOSOME, "decreases", TNF)} <= got, got


def test_a_head_of_its_own_after_a_comma_and_resets_the_sign() -> None:
    got = claims("Exosomes prevented the loss of mitochondrial membrane potential and caspase-3 activation.")
    assert (EXOSOME, "decreases", "HGNC:1504") in got, got  # caspase-3


def test_cells_exposed_to_an_unnamed_agent_are_no_actor() -> None:
    got = claims("Exposure of cultured human primary astrocytes to HIV viral protein R (Vpr) induced p53 "
                 "up-regulation, loss of mitochondrial membrane potential, and caspase-6 activation.")
    assert not any(s == "CL:0000127" for s, _, _ in got), got


def test_a_relative_after_an_unnamed_noun_phrase_names_no_actor() -> None:
    got = claims("ADCK3 plays an indirect regulatory role in ubiquinone biosynthesis possibly as part of a feedback "
                 "loop that regulates ATP production.")
    assert not any(o == "GO:0006754" for _, _, o in got), got


def test_the_agent_of_a_coordinated_passive_is_the_next_sentences_actor() -> None:
    got = claims("Expression of NLRP3 and cleaved caspase-1 rose sharply within 3 days of injury and was attenuated "
                 "by ADSC-EV treatment. Correspondingly, mature IL-1β and IL-18 were reduced by approximately 40%.")
    assert ("exokg:ADMSC_Exo", "decreases", IL1B) in got, got


@pytest.mark.parametrize("text, expected", [
    ("BMSC-Exos were injected into SCI rats. TNF-α decreased after treatment.",
     {("exokg:BMSC_Exo", "decreases", TNF)}),
    ("BMSC-Exos were injected. After treatment, TNF-α decreased and IL-10 increased.",
     {("exokg:BMSC_Exo", "decreases", TNF), ("exokg:BMSC_Exo", "increases", IL10)}),
    ("BMSC-Exos were injected. After the treatment, motor function was improved.",
     {("exokg:BMSC_Exo", "increases", MOTOR_FUNCTION)}),
])
def test_a_bare_treatment_is_the_vesicles_the_paragraph_gave(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = claims(text)
    assert expected <= got, got


def test_a_bare_treatment_without_vesicles_before_names_no_actor() -> None:
    assert not claims("After treatment, TNF-α decreased.")


NFKB = "exokg:NFkappaB"


@pytest.mark.parametrize("text, expected", [
    ("Knockdown of PTEN by siRNA mimicked the neuroprotective effect of exosomes.",
     {(EXOSOME, "regulates", PTEN), (PTEN, "decreases", NEUROPROTECTION)}),
    ("Silencing of SPRED1 mimicked the pro-angiogenic effect of the exosomes.",
     {("HGNC:20249", "decreases", "GO:0001525")}),
    ("ADSC-Exos reduced IL-6 in stimulated astrocytes, and these effects were reproduced by a miR-146a-5p mimic.",
     {("exokg:ADMSC_Exo", "carries", "mirbase.mature:MIMAT0000449"),
      ("mirbase.mature:MIMAT0000449", "decreases", "HGNC:6018")}),
])
def test_a_manipulation_mimicking_an_effect_is_a_rescue_turned_around(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    got = claims(text)
    assert expected <= got, got


def test_a_manipulating_gerund_with_its_means_before_a_mimic_is_no_claim_of_its_own() -> None:
    got = claims("Blocking NF-κB with PDTC mimicked the effect of exosomes on C3 expression.")
    assert (EXOSOME, "regulates", NFKB) in got, got
    assert not any(p == "decreases" and o == NFKB for _, p, o in got), got


def test_a_shift_between_cell_states_chains_nothing_from_the_states_to_their_markers() -> None:
    got = claims("Hypo-Exos shifted LPS-stimulated microglia from the M1 to the M2 phenotype more effectively than "
                 "Nor-Exos, reducing iNOS and CD86 and increasing Arg1 and CD206.")
    assert (EXOSOME, "decreases", "HGNC:7873") in got, got  # iNOS
    assert not any(s in {"exokg:M1_microglia", "exokg:M2_microglia"} for s, _, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("The Wnt inhibitor XAV939 reduced β-catenin.", ("CHEBI:62878", "decreases", "HGNC:2514")),
    ("Pretreatment with the Wnt inhibitor XAV939 blocked the increase in β-catenin.",
     ("CHEBI:62878", "decreases", "HGNC:2514")),
    ("The PPARγ antagonist GW9662 blocked the reduction in pyroptosis.", ("HGNC:9236", "decreases", "GO:0070269")),
    ("The TLR4 antagonist TAK-242 reduced TNF-α.", ("HGNC:11850", "increases", TNF)),
])
def test_an_inhibitor_named_before_a_compound_is_the_compound_and_an_antagonist_takes_its_target_away(
        text: str, expected: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got, got
    flipped = {"increases": "decreases", "decreases": "increases"}[expected[1]]
    assert (expected[0], flipped, expected[2]) not in got, got


def test_a_silencing_gerund_naming_its_cells_is_a_rescue() -> None:
    got = claims("ADSC-Exos reduced NLRP3 in microglia. Silencing GAS5 in ADSCs attenuated these effects.")
    assert {("exokg:ADMSC_Exo", "carries", "HGNC:16355"), ("HGNC:16355", "decreases", NLRP3)} <= got, got
    assert ("exokg:ADMSC_Exo", "decreases", "HGNC:16355") not in got, got


def test_two_stimuli_before_a_participle_are_the_cells_setting() -> None:
    found = statements("ADSC-Exos lowered IL-1β in LPS/ATP-stimulated microglia.")
    assert [(s.object.curie, dict(s.qualifiers).get("cell_type")) for s in found if s.predicate == "decreases"] \
        == [(IL1B, "microglia")], found
    got = claims("ADSC-Exos lowered the release of IL-1β and IL-18 from LPS/ATP-stimulated microglia.")
    assert not any(o == "CL:0000129" for _, _, o in got), got


def test_a_chain_of_markers_names_the_cells_it_ends_in() -> None:
    got = claims("Intravenous MSC-EVs increased the number of CD4+CD25+Foxp3+ Tregs in the spleen.")
    assert ("exokg:MSC_Exo", "increases", "CL:0000815") in got, got
    assert not any(o in {"HGNC:1678", "HGNC:6106"} for _, _, o in got), got  # CD4, Foxp3


@pytest.mark.parametrize("text, expected, rule", [
    ("PKH26-labelled Hypo-Exos were taken up by BV2 microglia within 12 h.",
     {(EXOSOME, "CL:0000129")}, "uptake:passive"),
    ("These exosomes could be internalized by microglia, thereby inhibiting their activation.",
     {(EXOSOME, "CL:0000129")}, "uptake:passive"),
    ("PKH67-labeled exosomes were mainly internalized into neurons and astrocytes rather than microglia.",
     {(EXOSOME, "CL:0000540"), (EXOSOME, "CL:0000127")}, "uptake:passive"),
    ("Microglia efficiently internalized DiI-labeled BMSC-Exos.", {("exokg:BMSC_Exo", "CL:0000129")}, "uptake:active"),
    ("Neurons took up the exosomes and showed less apoptosis.", {(EXOSOME, "CL:0000540")}, "uptake:active"),
    ("The uptake of BMSC-Exos by neurons reduced apoptosis.", {("exokg:BMSC_Exo", "CL:0000540")}, "uptake:noun"),
])
def test_the_cells_that_take_the_vesicles_in(text: str, expected: set[tuple[str, str]], rule: str) -> None:
    found = [s for s in statements(text) if s.predicate == "taken_up_by"]
    assert {(s.subject.curie, s.object.curie) for s in found} == expected, found
    assert all(s.evidence[0].rule == rule and not s.evidence[0].negated and not dict(s.qualifiers).get("cell_type")
               for s in found), found


@pytest.mark.parametrize("text", [
    "MSC-Exos were not taken up by neurons.",
    "Exosome uptake by astrocytes was not observed.",
    "Neurons, astrocytes and oligodendrocytes internalized few exosomes.",
])
def test_uptake_denied_or_negligible_is_negated(text: str) -> None:
    found = [s for s in statements(text) if s.predicate == "taken_up_by"]
    assert found and all(s.evidence[0].negated for s in found), found


@pytest.mark.parametrize("text, expected", [
    ("BMSC-Exos reduced apoptosis. Treatment with the NF-κB activator PMA abrogated the anti-apoptotic effect of "
     "BMSC-Exos.", {("exokg:BMSC_Exo", "regulates", NFKB), (NFKB, "increases", APOPTOSIS)}),
    ("The NF-κB activator PMA abrogated the anti-inflammatory effect of BMSC-Exos on microglia.",
     {("exokg:BMSC_Exo", "decreases", INFLAMMATION), (NFKB, "increases", INFLAMMATION)}),
])
def test_an_activator_named_after_its_target_is_a_gain_and_cells_after_on_are_the_effects_setting(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    found = [s for s in statements(text) if not s.evidence[0].negated]
    got = {(s.subject.curie, s.predicate, s.object.curie) for s in found}
    assert expected <= got, got
    assert all(s.evidence[0].rule.startswith(("rescue", "nominal", "dec:", "derived")) for s in found), found
    assert not any(o == "CL:0000129" for _, _, o in got), got


@pytest.mark.parametrize("text", [
    "miR-145-5p bound to the 3'UTR of TLR4 and suppressed its expression.",
    "TLR4 was targeted by miR-145-5p, which suppressed its expression.",
])
def test_its_expression_after_a_verb_is_the_one_molecule_the_clause_before_took(text: str) -> None:
    assert ("mirbase.mature:MIMAT0000437", "decreases", "HGNC:11850") in claims(text)


@pytest.mark.parametrize("text, expected", [
    ("The PI3K inhibitor LY294002 reduced p-AKT.", ("exokg:PI3K", "increases", AKT)),
    ("The PPARγ antagonist GW9662 blocked the reduction in pyroptosis.", ("HGNC:9236", "decreases", "GO:0070269")),
    ("Co-administration of the autophagy inhibitor 3-MA reversed the reduction in neuronal apoptosis.",
     ("GO:0006914", "decreases", "GO:0051402")),
    ("The ferroptosis inducer RSL3 reduced neuronal survival.", ("GO:0097707", "decreases", "exokg:neuronal_survival")),
])
def test_a_compound_named_after_its_target_speaks_for_the_target(
        text: str, expected: tuple[str, str, str]) -> None:
    found = statements(text)
    hits = [s for s in found if (s.subject.curie, s.predicate, s.object.curie) == expected]
    assert hits and hits[0].evidence[0].rule == "compound_target", found


@pytest.mark.parametrize("text", [
    "MSC-EVs reduced apoptosis, an effect reversed by miR-21 inhibitor.",
    "MSC-EVs reduced apoptosis, an effect that was reversed by miR-21 inhibitor.",
])
def test_an_effect_undone_in_a_reduced_relative_is_a_rescue(text: str) -> None:
    assert {("exokg:MSC_Exo", "carries", MIR21), (MIR21, "decreases", APOPTOSIS)} <= claims(text)


def test_a_compound_named_after_its_target_opens_a_clause_that_ends_the_object_list() -> None:
    got = claims("Exosomes decreased activation of the NF-κB p65 subunit, and the NF-κB activator phorbol myristate "
                 "acetate reversed this effect.")
    assert (EXOSOME, "regulates", NFKB) in got, got
    assert not any(o in {"MESH:D013755", NFKB} and p == "decreases" for _, p, o in got), got


@pytest.mark.parametrize("text, expected", [
    ("Blocking autophagy increased TNF-α.", ("GO:0006914", "decreases", TNF)),
    ("Inhibiting ferroptosis increased neuronal survival.", ("GO:0097707", "decreases", "exokg:neuronal_survival")),
    ("Blocking autophagy with 3-methyladenine abrogated the reduction of neuronal apoptosis by NSC-Exos.",
     ("GO:0006914", "decreases", "GO:0051402")),
    ("Blocking autophagy with 3-methyladenine reversed the reduction in neuronal apoptosis.",
     ("GO:0006914", "decreases", "GO:0051402")),
])
def test_a_process_named_by_a_gerund_of_its_loss_acts_the_other_way(
        text: str, expected: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got, got
    subject, _, obj = expected
    assert not any(s == subject and o == obj and p != expected[1] for s, p, o in got), got


def test_cells_prepared_with_two_agents_keep_both_as_their_preconditioning_and_neither_acts() -> None:
    found = statements("EVs derived from GMSCs stimulated with TNF-α and IFN-γ reduced IL-6.")
    got = {(s.subject.curie, s.predicate, s.object.curie) for s in found}
    assert ("exokg:GMSC_Exo", "decreases", "HGNC:6018") in got, got
    assert {s for s, p, _ in got if p != "derived_from"} == {"exokg:GMSC_Exo"}, got
    assert all(o != "HGNC:5438" for _, _, o in got), got


@pytest.mark.parametrize("text", [
    "Exosomes were collected from MSCs primed with TNF-α (TNF-Exos). TNF-Exos carried higher levels of miR-146a-5p.",
    "Exosomes from MSCs pretreated with TNF-α reduced IL-6.",
])
def test_the_agent_after_primed_with_is_the_preconditioning_not_the_cells_before(text: str) -> None:
    found = [s for s in statements(text) if s.predicate != "derived_from"]
    assert found and all(dict(s.qualifiers).get("preconditioning") == "TNF-α" for s in found), found


def test_a_molecule_inhibited_in_the_vesicles_source_cells_gives_no_cell_setting_and_the_vesicles_are_those_named(
        ) -> None:
    found = statements("Hypo-DPSC-EVs reduced pyroptosis of microglia. Inhibition of miR-223-3p in DPSCs weakened "
                       "the anti-pyroptotic effect of the EVs.")
    rescue = [s for s in found if s.evidence[0].rule.split(";")[0] == "rescue"]
    assert {(s.subject.curie, s.predicate) for s in rescue} >= {
        ("exokg:DPSC_Exo", "carries"), ("mirbase.mature:MIMAT0000280", "decreases")}, rescue
    assert all("cell_type" not in dict(s.qualifiers) for s in rescue), rescue


def test_inhibition_in_cells_no_vesicles_are_made_of_keeps_the_cells_as_the_setting() -> None:
    found = statements("Exosomes reduced TNF-α. Inhibition of NF-κB in macrophages abolished the effect of exosomes "
                       "on TNF-α.")
    rescue = [s for s in found if s.evidence[0].rule.split(";")[0] == "rescue"]
    assert rescue and all(dict(s.qualifiers).get("cell_type") == "macrophage" for s in rescue), rescue


@pytest.mark.parametrize("text, expected", [
    ("Exosomes reduced TNF-α. Inhibition of NF-κB abolished the effect of exosomes on TNF-α.",
     (NFKB, "decreases", TNF)),
    ("hPMSC-Exos reduced C3 in astrocytes. The NF-κB inhibitor BAY 11-7082 mimicked the effect of the exosomes on C3.",
     (NFKB, "increases", "HGNC:1318")),
])
def test_an_effect_named_without_its_way_takes_the_way_the_sentence_before_said(
        text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims(text), claims(text)


def test_an_effect_named_without_its_way_stays_unsigned_when_another_agent_made_the_change() -> None:
    got = claims("SCI increased TNF-α. Inhibition of NF-κB abolished the effect of exosomes on TNF-α.")
    assert (NFKB, "regulates", TNF) in got, got


def test_a_compound_after_a_role_noun_opens_a_clause_after_and() -> None:
    got = claims("The exosomes inhibited phosphorylation of p65, and the NF-κB inhibitor BAY 11-7082 mimicked the "
                 "effect of the exosomes on C3.")
    assert not any(o in {NFKB, "CHEBI:92270"} and p == "decreases" for s, p, o in got if s == EXOSOME), got


def test_a_neurite_promoting_effect_is_an_effect_on_neurite_outgrowth() -> None:
    got = claims("BMSC-Exos increased neurite length. A GSK-3β activator blocked the neurite-promoting effect of the "
                 "exosomes.")
    assert {("exokg:BMSC_Exo", "increases", "GO:0031175"), ("HGNC:4617", "decreases", "GO:0031175")} <= got, got


@pytest.mark.parametrize("text", [
    "BMSC-Exos reduced IL-6 and raised IL-10. Antagomir-146a pretreatment of MSCs blunted these changes.",
    "BMSC-Exos reduced IL-6 and raised IL-10. These changes were abolished by miR-146a knockdown.",
])
def test_these_changes_undone_by_a_loss_are_a_rescue_of_the_changes_just_read(text: str) -> None:
    got = claims(text)
    mir146a = next(s for s, p, _ in got if p == "decreases" and s.startswith("mirbase"))
    assert {(mir146a, "decreases", "HGNC:6018"), ("exokg:BMSC_Exo", "carries", mir146a)} <= got, got


def test_these_changes_of_an_injury_reversed_by_vesicles_are_counteracted_not_the_vesicles_own() -> None:
    found = statements("SCI decreased GPX4 and increased malondialdehyde. Electron microscopy revealed shrunken "
                       "mitochondria. Treatment with ADSC-Exos reversed these alterations.")
    got = {(s.subject.curie, s.predicate, s.object.curie) for s in found if s.subject.curie == "exokg:ADMSC_Exo"}
    assert ("exokg:ADMSC_Exo", "increases", "HGNC:4556") in got, got
    assert ("exokg:ADMSC_Exo", "decreases", "HGNC:4556") not in got, got


def test_animals_receiving_the_vesicles_named_before_show_that_preparations_effect() -> None:
    got = claims("We embedded MSC-derived small extracellular vesicles in a GelMA hydrogel. Rats receiving the "
                 "sEV-laden hydrogel showed higher BBB scores and shorter latency of motor evoked potentials.")
    assert {("exokg:MSC_Exo", "increases", "exokg:BBB_score"), ("exokg:MSC_Exo", "decreases", "exokg:MEP_latency")} \
        <= got, got


def test_a_predicative_comparative_is_said_of_what_stands_before_the_copula_not_of_nouns_after_the_group() -> None:
    got = claims("BBB scores were significantly higher in the exosome group than in the PBS group from day 14 "
                 "onward (P < 0.01), and the number of NeuN-positive neurons was preserved.")
    assert (EXOSOME, "increases", "exokg:BBB_score") in got, got
    assert (EXOSOME, "increases", NEURON) not in got, got


@pytest.mark.parametrize("text", [
    "We compared NSC-Exos with BMSC-Exos. Both preparations increased Beclin-1.",
    "We compared NSC-Exos with BMSC-Exos. However, both types of exosomes increased Beclin-1.",
    "We compared NSC-Exos with BMSC-Exos. The two preparations increased Beclin-1.",
])
def test_both_preparations_are_each_preparation_the_paragraph_compared(text: str) -> None:
    got = claims(text)
    assert {("exokg:NSC_Exo", "increases", "HGNC:1034"), ("exokg:BMSC_Exo", "increases", "HGNC:1034")} <= got, got


@pytest.mark.parametrize("text", [
    "We compared NSC-Exos with BMSC-Exos. Neither preparation altered Beclin-1.",
    "We compared NSC-Exos with BMSC-Exos. However, neither of the preparations altered Beclin-1.",
])
def test_neither_preparation_denies_the_claim_of_each_preparation_compared(text: str) -> None:
    got = {(s.subject.curie, s.predicate, s.object.curie, s.evidence[0].negated) for s in statements(text)}
    assert {("exokg:NSC_Exo", "regulates", "HGNC:1034", True),
            ("exokg:BMSC_Exo", "regulates", "HGNC:1034", True)} <= got, got


def test_both_preparations_after_a_single_preparation_claims_nothing_for_others() -> None:
    got = claims("NSC-Exos reduced apoptosis. Both preparations increased Beclin-1.")
    assert not any(o == "HGNC:1034" for _, _, o in got), got


@pytest.mark.parametrize("text, expected", [
    ("Silencing miR-21a-5p in hUCMSCs abolished the protective effect of the exosomes on the BSCB.",
     ("mirbase.mature:MIMAT0000530", "increases", "exokg:BSCB_integrity")),
    ("Treatment with the NF-κB activator PMA abrogated the protective effect of BMSC-Exos on the BSCB.",
     (NFKB, "decreases", "exokg:BSCB_integrity")),
])
def test_a_protective_effect_on_the_barrier_is_one_on_its_integrity(
        text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims(text), claims(text)


@pytest.mark.parametrize("text, stimulus", [
    ("BMSC-Exos reduced the apoptosis of LPS-stimulated microglia.", "CHEBI:16412"),
    ("BMSC-Exos reduced the apoptosis of H2O2-treated PC12 cells.", "CHEBI:16240"),
])
def test_what_cells_were_treated_with_before_a_hyphened_participle_is_no_object(text: str, stimulus: str) -> None:
    got = claims(text)
    assert ("exokg:BMSC_Exo", "decreases", APOPTOSIS) in got, got
    assert not any(o in {stimulus, MICROGLIA} for _, _, o in got), got


def test_vesicles_before_a_hyphened_participle_stay_the_treatment_of_the_cells() -> None:
    got = claims("The expression of VEGF was elevated in exosome-treated HUVECs.")
    assert (EXOSOME, "increases", "HGNC:12680") in got, got


@pytest.mark.parametrize("text", [
    "Rats that received ADSC-Exos displayed improved BBB scores.",
    "Rats that were treated with ADSC-Exos displayed improved BBB scores.",
    "ADSC-Exos were injected. Rats that received the exosomes displayed improved BBB scores.",
])
def test_what_animals_named_in_a_relative_clause_received_is_the_treatment(text: str) -> None:
    got = claims(text)
    assert ("exokg:ADMSC_Exo", "increases", "exokg:BBB_score") in got, got


@pytest.mark.parametrize("text", [
    "Silencing HIF-1α in ADSCs attenuated the pro-angiogenic activity of ADSC-Exos.",
    "The pro-angiogenic activity of ADSC-Exos was attenuated when HIF-1α was silenced in ADSCs.",
])
def test_a_property_an_effect_adjective_names_is_undone_as_an_effect(text: str) -> None:
    found = statements(text)
    got = {(s.subject.curie, s.predicate, s.object.curie) for s in found}
    assert ("HGNC:4910", "increases", "GO:0001525") in got, got
    # the cells vesicles are made of are where the molecule was silenced, not the claim's setting
    assert not any(dict(s.qualifiers).get("cell_type") for s in found), found


def test_a_plain_vesicle_word_glued_to_a_participle_names_the_preparation_of_the_paragraph() -> None:
    got = claims("hucMSC-Exos increased GPX4. Knockdown of Nrf2 in PC12 cells abolished the exosome-induced "
                 "upregulation of GPX4.")
    assert ("exokg:UCMSC_Exo", "increases", "HGNC:4556") in got and ("HGNC:7782", "increases", "HGNC:4556") in got
    assert not any(s == EXOSOME for s, _, _ in got), got


def test_a_plain_vesicle_word_glued_to_a_participle_stays_plain_after_two_preparations() -> None:
    got = claims("We compared NSC-Exos with BMSC-Exos. Exosome-treated rats showed higher BBB scores.")
    assert (EXOSOME, "increases", "exokg:BBB_score") in got, got


def test_a_change_abolished_by_a_manipulation_is_no_negated_claim() -> None:
    found = statements("The reduction of GFAP by exosomes was abolished by PTEN overexpression.")
    assert found and not any(e.negated for s in found for e in s.evidence), found


def test_all_three_preparations_are_each_preparation_compared() -> None:
    got = claims("We compared exosomes derived from bone marrow (BM-MSC-Exos), adipose tissue (AD-MSC-Exos) and "
                 "umbilical cord (UC-MSC-Exos) MSCs. All three preparations improved BBB scores compared with PBS.")
    assert {(prep, "increases", "exokg:BBB_score") for prep in (
        "exokg:BMSC_Exo", "exokg:ADMSC_Exo", "exokg:UCMSC_Exo")} <= got, got


def test_the_three_preparations_after_two_claim_nothing() -> None:
    got = claims("We compared NSC-Exos with BMSC-Exos. The three preparations increased Beclin-1.")
    assert not any(o == "HGNC:1034" for _, _, o in got), got


@pytest.mark.parametrize("text", [
    "Neutralizing TSG-6 with an antibody attenuated the anti-inflammatory effect of UC-MSC-Exos on microglia.",
    "The anti-inflammatory effect of UC-MSC-Exos was attenuated by a TSG-6 neutralizing antibody.",
    "Neutralization of TSG-6 attenuated the anti-inflammatory effect of UC-MSC-Exos.",
])
def test_a_neutralized_molecule_undoing_an_effect_is_a_rescue(text: str) -> None:
    got = claims(text)
    assert ("HGNC:11898", "decreases", INFLAMMATION) in got, got
    assert ("HGNC:11898", "increases", INFLAMMATION) not in got, got


@pytest.mark.parametrize("text", [
    "An anti-PD-L1 antibody increased T cell proliferation.",
    "A PD-L1-neutralizing antibody increased T cell proliferation.",
])
def test_an_antibody_against_a_protein_acts_by_its_loss(text: str) -> None:
    got = claims(text)
    assert ("HGNC:17635", "decreases", "GO:0008283") in got, got


def test_a_short_form_of_vesicles_collected_from_named_cells_is_that_cells_preparation() -> None:
    found = statements("Exosomes were collected from BMSCs cultured under hypoxia (HExos) or normoxia (Exos). "
                       "HExos reduced TNF-α.")
    got = [(s.subject.curie, s.predicate, s.object.curie, dict(s.qualifiers).get("preconditioning")) for s in found]
    assert ("exokg:BMSC_Exo", "decreases", TNF, "hypoxia") in got, got


def test_a_measure_named_as_an_aside_before_the_copula_leaves_the_outcome_to_the_comparison() -> None:
    got = claims("Locomotor recovery assessed by the Basso Mouse Scale was better in mice given BMSC-Exos.")
    assert ("exokg:BMSC_Exo", "increases", "exokg:motor_function") in got, got


def test_what_the_vesicles_the_paragraph_named_hold_is_theirs_with_an_adjective_between() -> None:
    found = statements("Exosomes from hypoxia-preconditioned BMSCs reduced Evans blue extravasation. miR-126 was "
                       "highly expressed in the hypoxic exosomes.")
    got = {(s.subject.curie, s.predicate, s.object.curie) for s in found if s.predicate == "carries"}
    assert got == {("exokg:BMSC_Exo", "carries", "mirbase:MI0000471")}, got


@pytest.mark.parametrize("text", ["Exosomes promoted the sprouting of HUVECs.", "Exosomes promoted the branching of neurons."])
def test_cells_after_what_they_do_are_no_object(text: str) -> None:
    assert not claims(text), claims(text)


@pytest.mark.parametrize(("text", "preparation"), [
    ("BMSC-derived exosomal miR-145-5p suppressed TLR4 expression.", "exokg:BMSC_Exo"),
    ("Bone marrow mesenchymal stem cell-derived exosomal miR-145-5p suppressed TLR4 expression.", "exokg:BMSC_Exo"),
    ("hucMSC exosomal miR-145-5p suppressed TLR4 expression.", "exokg:UCMSC_Exo"),
])
def test_a_source_named_before_the_vesicle_adjective_names_the_preparation_that_carries(
        text: str, preparation: str) -> None:
    found = statements(text)
    got = {(s.subject.curie, s.predicate, s.object.curie, tuple(s.qualifiers)) for s in found if s.predicate == "carries"}
    assert got == {(preparation, "carries", "mirbase.mature:MIMAT0000437", ())}, got


def test_vesicles_of_a_cell_with_no_preparation_of_its_own_keep_their_source_as_a_qualifier() -> None:
    found = statements("M1 macrophage-derived exosomal miR-155 aggravated apoptosis.")
    got = {(s.subject.curie, dict(s.qualifiers).get("vesicle_source")) for s in found if s.predicate == "carries"}
    assert got == {("GO:0070062", "M1 macrophage")}, got


@pytest.mark.parametrize(("text", "expected"), [
    ("ADSC-Exos have an angiogenesis-promoting effect on HUVECs.", ("exokg:ADMSC_Exo", "increases", "GO:0001525")),
    ("ADSC-Exos showed a TNF-α-suppressing activity.", ("exokg:ADMSC_Exo", "decreases", TNF)),
    ("The apoptosis-inhibiting effect of ADSC-Exos was reversed by HIF-1α knockdown.",
     ("HGNC:4910", "decreases", APOPTOSIS)),
    ("Knockdown of miR-21 abolished the TNF-α-suppressing effect of the exosomes.", (MIR21, "decreases", TNF)),
])
def test_a_participant_glued_to_a_change_participle_names_the_effect(
        text: str, expected: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got, got
    assert not any(p == "increases" and o == "CL:0002618" for _, p, o in got), "angiogenesis raises no HUVECs"
    assert not any(s == MIR21 and o == TNF and p == "increases" for s, p, o in got), got


def test_a_table_gene_the_cells_were_made_to_lack_is_what_the_failing_vesicles_needed() -> None:
    found = statements("Exosomes from GAS5-knockdown MSCs failed to promote M2 macrophage polarization.")
    got = {(s.subject.curie, s.predicate, s.object.curie, any(e.negated for e in s.evidence)) for s in found}
    assert ("HGNC:16355", "increases", "exokg:M2_macrophage_polarization", False) in got, got
    assert not any(s == "exokg:MSC_Exo" and negated for s, _, _, negated in got), "whole vesicles do promote it"


@pytest.mark.parametrize(("text", "preparation", "preconditioning"), [
    ("We collected exosomes from MSCs cultured under normoxia (Exos) or hypoxia (HExos). HExos reduced TNF-α.",
     "exokg:MSC_Exo", "hypoxia"),
    ("We collected exosomes from MSCs cultured under normoxia (Exos) or hypoxia (HExos). Exos reduced TNF-α.",
     "exokg:MSC_Exo", None),
    ("Exosomes were isolated from BMSCs cultured in normoxic conditions (NExos) and hypoxic conditions (HExos). "
     "HExos reduced TNF-α.", "exokg:BMSC_Exo", "hypoxia"),
    ("Exosomes were isolated from BMSCs cultured under hypoxic conditions (H-Exos). H-Exos reduced TNF-α.",
     "exokg:BMSC_Exo", "hypoxia"),
    ("Here, exosomes were isolated from bone marrow MSCs pretreated with 100 ng/mL LPS (LPS-Exos). LPS-Exos "
     "reduced TNF-α.", "exokg:BMSC_Exo", "LPS"),
])
def test_a_short_form_defined_after_a_long_name_of_the_cells_culture_is_their_preparation(
        text: str, preparation: str, preconditioning: str | None) -> None:
    got = {(s.subject.curie, dict(s.qualifiers).get("preconditioning")) for s in statements(text)
           if s.object.curie == TNF}
    assert got == {(preparation, preconditioning)}, got


def test_their_plain_vesicles_after_source_cells_are_those_cells_preparation() -> None:
    got = claims("Knockdown of TIMP2 in BMSCs reduced the protective effect of their exosomes on the BSCB.")
    assert ("exokg:BMSC_Exo", "increases", "exokg:BSCB_integrity") in got, got
    assert not any(s == "GO:0070062" for s, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Microglia treated with exosomes released less TNF-α.",
    "Microglia treated with exosomes secreted lower levels of TNF-α.",
    "After exosome treatment, microglia released less TNF-α.",
    "Microglia exposed to exosomes produced less TNF-α than untreated microglia.",
])
def test_cells_given_vesicles_releasing_less_is_the_vesicles_lowering_it_in_those_cells(text: str) -> None:
    found = statements(text)
    got = {(s.subject.curie, s.predicate, s.object.curie, dict(s.qualifiers).get("cell_type")) for s in found}
    assert got == {("GO:0070062", "decreases", TNF, "microglia")}, got


def test_a_relative_saying_where_a_molecule_is_names_the_cargo_and_leaves_its_verb() -> None:
    got = claims("BMSC exosomes reduced C3. miR-124-3p, which was highly expressed in the exosomes, suppressed p65 "
                 "phosphorylation.")
    assert ("exokg:BMSC_Exo", "carries", "mirbase.mature:MIMAT0000422") in got, got
    assert ("mirbase.mature:MIMAT0000422", "decreases", "HGNC:9955") in got, got


@pytest.mark.parametrize(("text", "marker", "cells"), [
    ("DPSC-EVs reduced the number of caspase-1-positive neurons.", "HGNC:1499", "neuron"),
    ("DPSC-EVs reduced the number of GSDMD+ microglia.", "HGNC:25697", "microglia"),
])
def test_cells_counted_by_a_marker_of_their_dying_are_the_marker_in_those_cells(
        text: str, marker: str, cells: str) -> None:
    got = {(s.predicate, s.object.curie, dict(s.qualifiers).get("cell_type")) for s in statements(text)
           if s.predicate != "derived_from"}
    assert got == {("decreases", marker, cells)}, got


def test_cells_counted_by_a_marker_of_what_they_are_are_the_cells() -> None:
    assert ("exokg:DPSC_Exo", "increases", NEURON) in claims("DPSC-EVs increased the number of NeuN-positive neurons.")


@pytest.mark.parametrize(("text", "process"), [
    ("PTEN limits the intrinsic regenerative capacity of adult neurons.", "GO:0031102"),
    ("PTEN restrains the intrinsic growth capacity of injured axons.", "GO:0031103"),
])
def test_the_regenerative_capacity_of_neurons_or_axons_is_their_regeneration(text: str, process: str) -> None:
    got = claims(text)
    assert got == {(PTEN, "decreases", process)}, got


def test_vesicles_of_cells_lacking_a_mirna_losing_their_ability_say_the_mirna_carries_it() -> None:
    got = claims("In contrast, exosomes from BMSCs transfected with miR-23b inhibitor lost their ability to promote M2 "
                 "polarization.")
    assert ("mirbase:MI0000439", "increases", M2_POLARIZATION) in got, got
    assert not any(p == "decreases" for _, p, _ in got), got


@pytest.mark.parametrize("text", [
    "BMSC-Exos lost their ability to promote M2 polarization after heating.",
    "BMSC-Exos lost their ability to further promote M2 polarization after heating.",
])
def test_vesicles_losing_an_ability_deny_nothing_of_the_plain_preparation(text: str) -> None:
    found = [s for s in statements(text) if s.predicate != "derived_from"]
    assert found == [], [(s.subject.curie, s.predicate, s.object.curie) for s in found]


def test_a_shorter_latency_of_a_measure_is_its_latency_and_a_higher_amplitude_the_measure() -> None:
    got = claims("Motor evoked potentials showed shorter latency and higher amplitude in the exosome group.")
    assert got == {(EXOSOME, "decreases", MEP_LATENCY), (EXOSOME, "increases", MEP)}, got


def test_each_marker_of_a_coordinated_pair_labels_the_structures_after_them() -> None:
    got = claims("Exosomes promoted the growth of 5-HT-positive and NF200-positive axons across the lesion.")
    assert got == {(EXOSOME, "increases", AXON)}, got


def test_a_relative_after_a_form_of_something_is_said_of_what_the_form_is() -> None:
    got = claims("Ferroptosis is an iron-dependent form of regulated cell death that contributes to neuronal loss.")
    assert got == {("GO:0097707", "increases", "exokg:neuron_death")}, got


def test_a_hypo_prefix_glued_to_a_preparation_says_its_cells_were_kept_in_hypoxia() -> None:
    found = [s for s in statements("Hypo-DPSC-Exos enhanced the tube formation of HUVECs.") if s.predicate == "increases"]
    assert [(s.subject.curie, s.object.curie, dict(s.qualifiers).get("preconditioning")) for s in found] == [
        ("exokg:DPSC_Exo", TUBE_FORMATION, "hypoxia")]


@pytest.mark.parametrize("text", [
    "miR-210 was the most upregulated miRNA in DPSC-Exos.",
    "miR-210 was one of the most abundant miRNAs in DPSC-Exos.",
])
def test_a_molecule_ranked_among_what_vesicles_hold_is_their_cargo(text: str) -> None:
    assert ("exokg:DPSC_Exo", "carries", "mirbase:MI0000286") in claims(text)


def test_a_rank_among_what_treated_cells_changed_is_no_cargo() -> None:
    got = claims("miR-210 was the most upregulated miRNA in exosome-treated neurons.")
    assert not any(p == "carries" for _, p, _ in got), got


def test_a_bare_vesicle_treatment_after_a_named_preparation_is_that_preparation() -> None:
    got = claims("BMSC-derived exosomes reduced Evans blue extravasation. Exosome treatment decreased the activity of "
                 "MMP-9. TIMP2 was abundant in the exosomes.")
    assert ("exokg:BMSC_Exo", "decreases", "HGNC:7176") in got, got
    assert ("exokg:BMSC_Exo", "carries", "HGNC:11821") in got, got
    assert not any(s == EXOSOME for s, _, _ in got), got


def test_vesicles_pointed_back_at_stay_the_preparation_for_the_next_sentence() -> None:
    got = claims("miR-219a-5p, which is enriched in hUC-MSC-EVs, inhibited LINGO1 expression. Silencing miR-219a-5p in "
                 "the EVs reduced MBP expression. The EVs also improved hindlimb motor function.")
    assert ("exokg:UCMSC_Exo", "increases", MOTOR_FUNCTION) in got, got
    assert not any(s in {EXOSOME, "GO:1903561"} for s, _, _ in got), got


@pytest.mark.parametrize("text", [
    "MenSC-Exos induced a shift from M1 to M2 microglia.",
    "MenSC-Exos induced a shift of microglia from M1 to M2.",
])
def test_inducing_a_shift_lowers_the_state_left_and_raises_the_state_reached(text: str) -> None:
    got = {(p, o) for s, p, o in claims(text) if p != "derived_from"}
    assert got == {("decreases", "exokg:M1_microglia"), ("increases", "exokg:M2_microglia")}, got


@pytest.mark.parametrize(("text", "process", "cells"), [
    ("Staining showed fewer necroptotic neurons after exosome treatment.", "GO:0097300", "neuron"),
    ("Exosomes reduced the number of pyroptotic microglia.", "GO:0070269", "microglia"),
])
def test_cells_named_by_their_way_of_dying_are_that_death_in_those_cells(text: str, process: str, cells: str) -> None:
    got = {(s.predicate, s.object.curie, dict(s.qualifiers).get("cell_type")) for s in statements(text)}
    assert got == {("decreases", process, cells)}, got


def test_a_dying_adjective_before_cell_death_is_no_dying_cell() -> None:
    got = claims("In BV2 microglia stimulated with LPS and ATP, MSC-sEVs reduced pyroptotic cell death.")
    assert not any(o == "GO:0070269" and p == "increases" for _, p, o in got), got


@pytest.mark.parametrize(("text", "cells"), [
    ("The expression of SPRED1 and PIK3R2 in the spinal cord was lower in the exosome group.", None),
    ("The expression of SPRED1 in neurons was lower in the exosome group.", "neuron"),
])
def test_a_measure_taken_in_a_place_or_cells_is_what_a_group_comparison_changed(text: str, cells: str | None) -> None:
    found = statements(text)
    assert {(s.subject.curie, s.predicate, s.object.curie) for s in found} >= {(EXOSOME, "decreases", "HGNC:20249")}
    assert all(s.object.curie != NEURON for s in found)
    assert {dict(s.qualifiers).get("cell_type") for s in found} == {cells}


def test_their_process_happens_in_the_cells_named_last_before_it() -> None:
    found = [s for s in statements("Exosomes were internalized by microglia and inhibited their pyroptosis.")
             if s.predicate == "decreases"]
    assert [(s.object.curie, dict(s.qualifiers).get("cell_type")) for s in found] == [("GO:0070269", "microglia")]


def test_a_knockdown_named_before_its_word_in_the_producer_cells_is_no_setting() -> None:
    found = statements("USC-Exos promoted the tube formation of HUVECs, and these effects were abolished by ANGPTL3 "
                       "knockdown in USCs.")
    rescue = [s for s in found if s.subject.curie == "HGNC:491"]
    assert rescue and all(dict(s.qualifiers).get("cell_type") == "umbilical vein endothelial cell" for s in rescue)


def test_plain_vesicles_a_clause_opens_with_in_the_past_are_the_paragraphs_preparation() -> None:
    got = claims("We isolated EVs from hUC-MSCs. In BV2 cells, EVs suppressed the expression of TLR4. Exosomes carry "
                 "miRNAs that reduce apoptosis.")
    assert ("exokg:UCMSC_Exo", "decreases", "HGNC:11850") in got, got
    assert not any(s == "exokg:UCMSC_Exo" and o == APOPTOSIS for s, _, o in got), got


def test_a_short_form_a_paper_defined_keeps_its_own_preparation() -> None:
    found = statements("Exosomes were collected from BMSCs cultured under hypoxia (H-Exos). BMSC-Exos reduced TNF-α. "
                       "H-Exos reduced the lesion area.")
    lesion = [s for s in found if s.object.curie == "exokg:lesion_area"]
    assert [dict(s.qualifiers).get("preconditioning") for s in lesion] == ["hypoxia"]


def test_a_participant_an_earlier_sentence_named_has_no_span_in_this_one() -> None:
    found = [s for s in statements("MSC-Exos reduced apoptosis. TNF-α expression was also reduced.")
             if s.object.curie == TNF]
    assert found and all(s.evidence[0].subject_span is None for s in found)


def test_a_reduced_passive_after_a_form_of_something_is_said_of_the_form_and_each_agent() -> None:
    got = claims("Necroptosis is a regulated form of necrosis mediated by RIPK1, RIPK3 and MLKL.")
    assert got == {(agent, "regulates", "GO:0097300") for agent in ("HGNC:10019", "HGNC:10021", "HGNC:26617")}, got


def test_each_agent_of_a_reduced_passive_leaves_the_main_verb_its_subject() -> None:
    got = claims("Apoptosis mediated by caspase-3 and caspase-9 was reduced by exosomes.")
    assert (EXOSOME, "decreases", APOPTOSIS) in got, got
    assert not any(s == EXOSOME and o != APOPTOSIS for s, _, o in got), got


BMSC_EXO, BCL2, MMP9, MACROPHAGE = "exokg:BMSC_Exo", "HGNC:990", "HGNC:7176", "CL:0000235"
MACROPHAGE_POLARIZATION, MIR204_5P = "GO:0042116", "mirbase.mature:MIMAT0000265"


def test_a_verb_after_a_reduced_passive_is_coordinated_with_the_verb_before_it() -> None:
    got = claims("BMSC-Exos reduced neuronal apoptosis induced by hydrogen peroxide and increased the expression "
                 "of Bcl-2.")
    assert (BMSC_EXO, "increases", BCL2) in got, got
    assert not any(s == "GO:0051402" and o == BCL2 for s, _, o in got), "apoptosis raised nothing"
    assert ("CHEBI:16240", "increases", "GO:0051402") in got  # the participle keeps its own reading


def test_polarizing_cells_with_no_state_named_steers_their_polarization() -> None:
    got = claims("Dental pulp stem cell-derived exosomes alleviate spinal cord injury by polarizing macrophages.")
    assert ("exokg:DPSC_Exo", "regulates", MACROPHAGE_POLARIZATION) in got, got
    assert not any(MACROPHAGE in (s, o) for s, _, o in got), "the number of macrophages was not said to change"
    # a state named keeps its reading
    assert (BMSC_EXO, "increases", "exokg:M2_microglia") in claims(
        "BMSC-Exos polarized microglia toward the M2 phenotype.")


def test_a_route_that_gave_a_reagent_is_not_the_vesicles() -> None:
    got = statements("Intrathecal injection of a p38 activator partly reversed the analgesic effect of MenSC-Exos.")
    assert got and all("route" not in dict(s.qualifiers) for s in got), [s.qualifiers for s in got]
    given = statements("Intravenous injection of BMSC-Exos decreased TNF-α.")
    assert any(dict(s.qualifiers).get("route") == "intravenous injection" for s in given)


def test_a_vesicle_short_form_defined_in_the_plural_names_the_preparation_in_the_singular() -> None:
    text = ("We compared exosomes from hypoxia-preconditioned BMSCs (HP-Exos) with exosomes from normoxic BMSCs. "
            "Functional recovery assessed by the BBB scale was better in the HP-Exo group.")
    got = [s for s in statements(text) if s.object.curie == MOTOR_FUNCTION]
    assert [(s.subject.curie, dict(s.qualifiers).get("preconditioning")) for s in got] == [(BMSC_EXO, "hypoxia")]


def test_a_mirna_upregulated_in_vesicles_is_carried_by_them() -> None:
    assert (BMSC_EXO, "carries", MIR204_5P) in claims("miR-204-5p was upregulated in BMSC-Exos.")
    assert (BMSC_EXO, "carries", MIR21) in claims("miR-21 was higher in BMSC-Exos than in BMSCs.")
    # in cells the vesicles were given to, it is no cargo
    assert not any(p == "carries" for _, p, _ in claims("miR-21 was upregulated in neurons treated with BMSC-Exos."))


def test_whose_change_after_a_treatment_is_the_treatments_effect_on_the_antecedent() -> None:
    got = claims("miR-204-5p directly targeted MMP-9, whose expression was decreased in the spinal cord after "
                 "BMSC-Exo treatment.")
    assert (MIR204_5P, "targets", MMP9) in got and (BMSC_EXO, "decreases", MMP9) in got, got


@pytest.mark.parametrize("definition", [
    "Exosomes from MSCs overexpressing miR-21 (miR-21-Exos) were generated by lentiviral transduction.",
    "Exosomes from miR-21-overexpressing MSCs (miR-21-Exos) were generated by lentiviral transduction.",
])
def test_a_short_form_defined_for_engineered_vesicles_keeps_what_they_were_engineered_with(definition: str) -> None:
    got = [s for s in statements(definition + " miR-21-Exos reduced PDCD4 protein levels in neurons.")
           if s.object.curie == "HGNC:8763"]
    assert [dict(s.qualifiers).get("engineered_with") for s in got if s.subject.curie == "exokg:MSC_Exo"] \
        == ["hsa-mir-21"], got
    # the cargo's own claim, as "Exosomes from miR-21-overexpressing MSCs reduced PDCD4" gives it
    assert [dict(s.qualifiers).get("engineered_with") for s in got if s.subject.curie == MIR21] == [None], got


def test_a_carrier_loaded_with_plain_vesicles_gives_the_preparation_the_paragraph_named() -> None:
    text = ("We encapsulated GMSC-derived exosomes (GMSC-Exos) in a hyaluronic acid hydrogel. The hydrogel released "
            "exosomes over 14 days. Compared with the hydrogel alone, the exosome-loaded hydrogel reduced the level "
            "of TNF-α.")
    got = [s for s in statements(text) if s.object.curie == TNF]
    assert [(s.subject.curie, dict(s.qualifiers).get("route")) for s in got] == [
        ("exokg:GMSC_Exo", "hydrogel-loaded implantation")], got


def test_plain_vesicles_no_clause_is_about_leave_the_named_preparation_in_view() -> None:
    text = ("miR-145-5p was abundant in MSC-derived exosomes. A luciferase assay confirmed that TLR4 is a target of "
            "miR-145-5p. Transfection with a miR-145-5p inhibitor reversed the suppression of TLR4 by exosomes. "
            "In SCI rats, exosomes decreased TLR4.")
    last = [s for s in statements(text) if s.evidence[0].sentence.startswith("In SCI rats")]
    assert [(s.subject.curie, s.predicate, s.object.curie) for s in last] == [
        ("exokg:MSC_Exo", "decreases", "HGNC:11850")], last


def test_a_form_of_cell_death_in_apposition_is_what_its_reduced_passive_is_said_of() -> None:
    got = claims("Ferroptosis, an iron-dependent form of cell death driven by lipid peroxidation, contributes to "
                 "neuronal loss after SCI.")
    assert ("MESH:D015227", "increases", "GO:0097707") in got, got
    assert not any(o == "GO:0008219" for _, _, o in got), "the kind it is a form of is not what was driven"
    assert ("GO:0097707", "increases", "exokg:neuron_death") in got  # the main verb keeps its subject


def test_verbs_listed_after_a_reduced_passive_on_an_object_share_the_first_verbs_subject() -> None:
    got = claims("Exosomes reduced apoptosis induced by H2O2, increased Bcl-2 and decreased Bax.")
    assert {(EXOSOME, "increases", BCL2), (EXOSOME, "decreases", BAX)} <= got, got


def test_olfactory_ecto_mesenchymal_stem_cell_exosomes_are_a_preparation_of_their_own() -> None:
    got = claims("We isolated exosomes from OE-MSCs (OE-MSC-Exos). OE-MSC-Exos increased neurite outgrowth of "
                 "dorsal root ganglion neurons.")
    assert ("exokg:OEMSC_Exo", "derived_from", "exokg:OEMSC") in got, got
    assert any(s == "exokg:OEMSC_Exo" and p == "increases" for s, p, _ in got)


@pytest.mark.parametrize("fibers", ["βIII-tubulin-positive fibers", "NF200-positive nerve fibers",
                                    "GAP-43-positive fibers", "nerve fibres"])
def test_fibres_labelled_by_a_neuronal_marker_are_axons(fibers: str) -> None:
    got = claims(f"GMSC-Exos increased the number of {fibers} caudal to the lesion.")
    assert ("exokg:GMSC_Exo", "increases", AXON) in got, got
    assert not any(o.startswith("HGNC:") for _, _, o in got), "the marker did not rise: the fibres did"


def test_a_chemical_that_changed_after_a_vesicle_sentence_is_the_vesicles_claim() -> None:
    got = claims("ADSC-Exos reduced apoptosis in SCI rats. Malondialdehyde (MDA) content decreased, whereas "
                 "glutathione levels increased.")
    assert {("exokg:ADMSC_Exo", "decreases", "MESH:D008315"), ("exokg:ADMSC_Exo", "increases", "CHEBI:16856")} <= got
    # a chemical that is no change's subject is an agent of its own sentence
    got = claims("ADSC-Exos reduced apoptosis. TNF-α was increased in LPS-stimulated microglia.")
    assert [s for s, _, o in got if o == TNF] == ["CHEBI:16412"], got


def test_plain_vesicles_made_to_carry_more_are_the_preparation_the_paragraph_named() -> None:
    text = ("Exosomes from miR-338-5p-overexpressing BMSCs reduced neuronal apoptosis. Rats treated with "
            "miR-338-5p-overexpressing exosomes showed better hindlimb function.")
    got = [s for s in statements(text) if s.object.curie == MOTOR_FUNCTION]
    assert [(s.subject.curie, dict(s.qualifiers).get("engineered_with")) for s in got] == [
        (BMSC_EXO, "hsa-miR-338-5p")], got
    # after two preparations compared, or vesicles at large, they stay vesicles at large
    for before in ("We compared BMSC-Exos with ADSC-Exos.", "Exosomes carry miRNAs."):
        assert (EXOSOME, "decreases", APOPTOSIS) in claims(before + " miR-21-modified exosomes reduced apoptosis.")


@pytest.mark.parametrize("text, obj, cell", [
    ("ADSC-Exos enhanced the tube formation of human umbilical vein endothelial cells (HUVECs) in vitro.",
     "GO:0120331", "CL:0002618"),
    ("ADSC-Exos inhibited the apoptosis of bone marrow-derived macrophages.", APOPTOSIS, MACROPHAGE),
    ("Exosomes reduced apoptosis of iPSC-derived neurons.", APOPTOSIS, NEURON),
])
def test_cells_a_process_happens_in_stay_its_setting_past_a_short_form_or_an_origin(
        text: str, obj: str, cell: str) -> None:
    got = statements(text)
    assert not any(s.object.curie == cell for s in got), [str(s) for s in got]
    (claim,) = [s for s in got if s.object.curie == obj]
    assert dict(claim.qualifiers).get("cell_type") in {"umbilical vein endothelial cell", "macrophage", "neuron"}


FERROPTOSIS = "GO:0097707"


def test_a_gerund_after_comma_and_opens_a_clause_of_its_own() -> None:
    got = claims("BMSC-EVs promoted the nuclear translocation of Nrf2, and silencing Nrf2 eliminated the protective "
                 "effect of BMSC-EVs against ferroptosis.")
    assert (BMSC_EXO, "increases", NRF2) in got, got
    assert (BMSC_EXO, "decreases", NRF2) not in got, "the vesicles did not silence Nrf2: the authors did"
    assert (NRF2, "decreases", FERROPTOSIS) in got, got
    got = claims("BMSC-EVs increased Nrf2, and knocking down Nrf2 in neurons increased ferroptosis.")
    assert (NRF2, "decreases", FERROPTOSIS) in got and (BMSC_EXO, "decreases", NRF2) not in got, got
    assert (NRF2, "decreases", FERROPTOSIS) in claims("Knocking down Nrf2 increased ferroptosis.")
    # a gerund with no verb after its object still continues the clause before
    assert (EXOSOME, "decreases", "GO:0007249") in claims(
        "Exosomes acted by increasing Nrf2, and inhibiting NF-κB signaling.")


def test_a_change_word_ending_a_list_the_treated_animals_showed_is_one_more_item() -> None:
    got = claims("ExoPTEN was given intranasally to rats. Treated rats showed robust axonal regeneration, "
                 "perilesional angiogenesis and reduced microgliosis and astrogliosis.")
    assert not any(s == "GO:0001525" for s, _, _ in got), "angiogenesis reduced nothing"
    got = claims("Exosomes were given intranasally. Treated rats showed axonal regeneration, angiogenesis and "
                 "reduced microgliosis.")
    assert (EXOSOME, "decreases", "GO:0001774") in got and not any(s == "GO:0001525" for s, _, _ in got), got


def test_a_verb_after_what_the_vesicles_had_is_the_vesicles() -> None:
    got = claims("MSC-Exos had neuroprotective effects and reduced apoptosis.")
    assert ("exokg:MSC_Exo", "decreases", APOPTOSIS) in got, got
    assert not any(s == "MESH:D000066829" for s, _, _ in got), "neuroprotection is no agent here"


def test_which_after_cells_a_cargo_was_delivered_to_is_the_cargo() -> None:
    got = claims("Exosomes transferred miR-124 to microglia, which reduced TNF-α.")
    assert (MICROGLIA, "decreases", TNF) not in got, got
    assert any(s.startswith("mirbase:") and p == "decreases" and o == TNF for s, p, o in got), got
    assert (MICROGLIA, "decreases", TNF) in claims("Exosomes bound to microglia, which reduced TNF-α.")


def test_a_bare_primed_preparation_takes_the_agent_its_cells_were_primed_with() -> None:
    text = ("Umbilical cord MSCs were primed with TNF-α for 48 hours, and exosomes were collected from primed "
            "(pExos) and unprimed cells (uExos). In SCI rats, pExos reduced the expression of GFAP.")
    (claim,) = [s for s in statements(text) if s.object.curie == "HGNC:4235"]
    assert dict(claim.qualifiers).get("preconditioning") == "TNF-α", claim.qualifiers
    (claim,) = [s for s in statements("Exosomes from treated cells reduced GFAP.") if s.object.curie == "HGNC:4235"]
    assert "preconditioning" not in dict(claim.qualifiers)


def test_a_short_form_defined_after_vesicles_were_loaded_with_a_silencer_is_the_engineered_preparation() -> None:
    text = ("Exosomes from human MSCs were loaded with phosphatase and tensin homolog small interfering RNA "
            "(ExoPTEN) and given intranasally to rats. ExoPTEN silenced PTEN expression in neurons.")
    (claim,) = [s for s in statements(text) if s.object.curie == PTEN]
    assert (claim.subject.curie, claim.predicate) == ("exokg:MSC_Exo", "decreases")
    assert dict(claim.qualifiers).get("engineered_with") == "PTEN siRNA", claim.qualifiers


def test_a_molecules_phosphorylation_in_a_list_of_levels_is_the_molecule() -> None:
    got = claims("The levels of p38 MAPK phosphorylation and BDNF were lower in DPSC-Exo-treated rats.")
    assert {("exokg:DPSC_Exo", "decreases", "HGNC:6876"), ("exokg:DPSC_Exo", "decreases", "HGNC:1033")} <= got, got


def test_a_nominal_on_an_axis_in_a_means_phrase_moves_its_members_unless_they_brake_it() -> None:
    got = claims("DPSC-Exos attenuate pain via suppression of the TLR4/p38 MAPK pathway.")
    assert {("exokg:DPSC_Exo", "decreases", "HGNC:11850"), ("exokg:DPSC_Exo", "decreases", "HGNC:6876")} <= got
    got = claims("Exosomes promoted recovery via activation of the PTEN/AKT/mTOR pathway.")
    assert {(EXOSOME, "increases", AKT), (EXOSOME, "increases", MTOR), (EXOSOME, "regulates", PTEN)} <= got, got


@pytest.mark.parametrize("weaker", ["were less effective in suppressing", "had a diminished capacity to suppress",
                                    "had a reduced ability to suppress"])
def test_vesicles_lacking_a_molecule_that_did_less_say_the_molecule_is_needed(weaker: str) -> None:
    got = claims(f"Exosomes from GAS5-silenced MSCs {weaker} apoptosis.")
    assert ("HGNC:16355", "decreases", APOPTOSIS) in got, got
    assert ("HGNC:16355", "increases", APOPTOSIS) not in got


def test_a_state_shifted_to_is_found_past_its_adjectives() -> None:
    assert (BMSC_EXO, "increases", "CL:0000890") in claims(
        "BMSC-exosomes shifted macrophages toward an anti-inflammatory M2 phenotype.")
    got = claims("Exosomes shifted microglia from a pro-inflammatory M1 phenotype to an anti-inflammatory M2 phenotype.")
    assert {(EXOSOME, "increases", "exokg:M2_microglia"), (EXOSOME, "decreases", "exokg:M1_microglia")} <= got, got


def test_its_expression_opening_the_next_clause_is_the_molecule_the_clause_before_named_last() -> None:
    got = claims("miR-204-5p targeted MMP-9, and its expression was decreased after BMSC-Exo treatment.")
    assert (BMSC_EXO, "decreases", MMP9) in got, got
    assert (BMSC_EXO, "decreases", MIR204_5P) not in got
    # a manipulation named with "its" stays the subject's
    assert (MIR21, "decreases", "HGNC:11364") in claims(
        "Exosomes carried miR-21, and its overexpression reduced STAT3.")


def test_an_inducer_raises_each_molecule_of_the_list_after_it_and_nitric_oxide_is_one() -> None:
    got = claims("In bone marrow-derived macrophages, BMSC-exosomes attenuated LPS-induced production of nitric oxide "
                 "and IL-6.")
    nitric_oxide, il6, lps = "CHEBI:16480", "HGNC:6018", "CHEBI:16412"
    assert {(BMSC_EXO, "decreases", nitric_oxide), (BMSC_EXO, "decreases", il6),
            (lps, "increases", nitric_oxide), (lps, "increases", il6)} <= got, got


def test_a_short_form_defined_after_whether_keeps_its_preconditioning() -> None:
    sts = statements("This study aimed to determine whether exosomes from hypoxia-preconditioned BMSCs (Hypo-Exos) "
                     "are superior to those from normoxic BMSCs (Norm-Exos). Hypo-Exos reduced lesion volume.")
    (lesion,) = [s for s in sts if s.object.curie == "exokg:lesion_volume"]
    assert dict(lesion.qualifiers).get("preconditioning") == "hypoxia", lesion


def test_an_effect_abolished_when_the_source_cells_were_given_an_inhibitor() -> None:
    got = claims("Hypo-Exos decreased cleaved caspase-3 and Bax while increasing Bcl-2; these effects were largely "
                 "abolished when BMSCs were transfected with a miR-21-5p inhibitor before exosome collection.")
    mir21_5p = "mirbase.mature:MIMAT0000076"
    assert {(mir21_5p, "decreases", BAX), (mir21_5p, "increases", BCL2), (EXOSOME, "carries", mir21_5p)} <= got, got


def test_verbs_after_a_passive_opening_share_its_subject() -> None:
    # the uptake by marker-named cells is read, and the changes after it are the vesicles', not the cells'
    got = claims("BMSC-EVs were internalized by Iba1-positive microglia at the lesion epicenter, decreased the "
                 "proportion of iNOS+/Iba1+ (M1) cells, increased that of Arg1+/Iba1+ (M2) cells, and reduced the "
                 "levels of TNF-α and IL-1β in spinal cord tissue.")
    m1, m2, iba1 = "exokg:M1_microglia", "exokg:M2_microglia", "HGNC:352"
    assert {(BMSC_EXO, "taken_up_by", MICROGLIA), (BMSC_EXO, "decreases", m1), (BMSC_EXO, "increases", m2),
            (BMSC_EXO, "decreases", TNF), (BMSC_EXO, "decreases", IL1B)} <= got, got
    assert not any(o == iba1 or s == MICROGLIA for s, _, o in got), "the marker and the uptaking cells act on nothing"
    got = claims("BMSC-EVs were internalized by Iba1-positive microglia and reduced TNF-α.")
    assert (BMSC_EXO, "decreases", TNF) in got and (MICROGLIA, "decreases", TNF) not in got, got


def test_a_clause_after_and_that_names_no_list_member_ends_the_subject_search() -> None:
    got = claims("In LPS-stimulated BV2 cells, BMSC-EVs suppressed the nuclear translocation of NF-κB p65, and "
                 "conditioned medium from EV-treated BV2 cells reduced apoptosis of co-cultured cortical neurons.")
    assert (BMSC_EXO, "decreases", RELA) in got and not any(s == RELA for s, _, _ in got), got


def test_a_participle_after_by_is_the_agents_adjective() -> None:
    a1_astrocyte = "exokg:A1_astrocyte"
    got = claims("Reactive astrocytes of the neurotoxic A1 phenotype are induced by activated microglia after SCI.")
    assert got == {(MICROGLIA, "increases", a1_astrocyte)}, got
    got = claims("Inflammation driven by activated microglia is a major contributor to secondary damage.")
    assert (MICROGLIA, "increases", "GO:0006954") in got and not any(s == "GO:0006954" for s, _, _ in got), got


def test_a_comparative_inside_a_with_phrase_is_a_nouns_attribute() -> None:
    got = claims("hUCMSC-EVs reduced MDA. Shrunken mitochondria with increased membrane density, a hallmark of "
                 "ferroptosis, were less frequent in treated animals.")
    ucmsc_exo = "exokg:UCMSC_Exo"
    assert (ucmsc_exo, "decreases", FERROPTOSIS) in got and (ucmsc_exo, "increases", FERROPTOSIS) not in got, got


def test_better_on_a_delay_is_shorter() -> None:
    got = claims("Rats received BMSC-Exos. MEP latency was better in the BMSC-Exos group.")
    assert (BMSC_EXO, "decreases", MEP_LATENCY) in got and (BMSC_EXO, "increases", MEP_LATENCY) not in got, got


def test_a_test_aside_runs_to_the_comma_before_the_copula() -> None:
    got = claims("Rats received BMSC-Exos. Functional recovery, evaluated by BBB scores, CatWalk gait analysis and MEP "
                 "latency and amplitude, was significantly better in the BMSC-Exos group.")
    assert got == {(BMSC_EXO, "increases", MOTOR_FUNCTION), (BMSC_EXO, "derived_from", "CL:0002540")}, got


def test_a_bracketed_measure_after_a_compared_outcome_is_no_second_outcome() -> None:
    got = claims("Rats received BMSC-Exos. At 8 weeks, rats treated with BMSC-Exos displayed more NF200-positive "
                 "axons and thicker myelin sheaths on electron microscopy (g-ratio 0.71 ± 0.03 vs 0.78 ± 0.04).")
    assert (BMSC_EXO, "increases", AXON) in got and not any(o == G_RATIO for _, _, o in got), got


def test_cells_counted_by_state_markers_change_not_their_kind_marker() -> None:
    got = claims("BMSC-Exos reduced the number of CD86+/Iba1+ cells and increased CD206+/Iba1+ cells.")
    assert {(BMSC_EXO, "decreases", "exokg:M1_microglia"), (BMSC_EXO, "increases", "exokg:M2_microglia")} <= got, got
    assert not any(o == "HGNC:352" for _, _, o in got), "Iba1 neither fell nor rose"


def test_an_amount_participle_after_and_is_a_second_verb_not_a_kind_of_cell() -> None:
    got = claims("BMSC-Exos reduced the number of M1 microglia and increased M2 microglia.")
    assert (BMSC_EXO, "increases", "exokg:M2_microglia") in got, got
    assert (BMSC_EXO, "decreases", "exokg:M2_microglia") not in got, got


def test_markers_sharing_one_marker_word_label_the_structures_after_them() -> None:
    got = claims("Exosome-treated rats showed more NF200- and GAP-43-positive fibres caudal to the lesion.")
    assert (EXOSOME, "increases", AXON) in got, got
    assert not any(o in {"HGNC:7737", "HGNC:4140"} for _, _, o in got), "the markers label the axons counted"


def test_a_shift_toward_an_inflammatory_phenotype_raises_that_state() -> None:
    got = claims("Human umbilical cord MSC-derived extracellular vesicles shift microglia toward an "
                 "anti-inflammatory phenotype.")
    assert ("exokg:UCMSC_Exo", "increases", "exokg:M2_microglia") in got, got
    assert not any(o == MICROGLIA for _, _, o in got), got
    got = claims("BMSC-exosomes reprogrammed macrophages toward the M2 phenotype.")
    assert (BMSC_EXO, "increases", "CL:0000890") in got, got


def test_a_shift_with_no_end_point_changes_the_cells_without_making_more() -> None:
    got = claims("BMSC-exosomes reprogrammed macrophages.")
    assert (BMSC_EXO, "regulates", MACROPHAGE) in got and (BMSC_EXO, "increases", MACROPHAGE) not in got, got
    got = claims("BMSC-exosomes shifted macrophages.")
    assert (BMSC_EXO, "increases", MACROPHAGE) not in got, got


def test_changes_accompanying_a_treatments_effect_keep_the_way_their_list_says() -> None:
    got = claims("In LPS-stimulated BV2 cells, sEV treatment decreased TNF-α and IL-6. These changes were "
                 "accompanied by reduced expression of IRAK1 and TRAF6, lower phosphorylation of IκBα and p65, and "
                 "diminished nuclear translocation of NF-κB.")
    ev = "GO:1903561"
    assert {(ev, "decreases", IRAK1), (ev, "decreases", TRAF6), (ev, "decreases", RELA)} <= got, got
    assert not any(p == "associated_with" for _, p, _ in got), got


def test_the_composite_stands_for_the_vesicles_it_carries() -> None:
    got = claims("BMSC-Exos were incorporated into a GelMA hydrogel and implanted into the lesion. The composite "
                 "lowered NLRP3, cleaved caspase-1 and IL-18 in lesional tissue.")
    assert {(BMSC_EXO, "decreases", NLRP3), (BMSC_EXO, "decreases", "HGNC:5986")} <= got, got


def test_they_after_a_comma_and_is_the_subject_of_the_clause_before() -> None:
    got = claims("In vitro, H-sEVs increased tube formation and migration of human umbilical vein endothelial cells "
                 "(HUVECs) to a greater extent than N-sEVs, and they prevented the loss of ZO-1 in endothelial "
                 "monolayers.")
    zo1 = "HGNC:11827"
    assert ("GO:1903561", "increases", zo1) in got, got
    assert not any(s == "CL:0002618" for s, _, _ in got), "the cells the vesicles acted in did not act"


def test_a_manipulation_with_a_drug_after_a_comma_and_opens_a_clause() -> None:
    got = claims("Exosomes increased AKT, and inhibition of PI3K with LY294002 abolished the pro-angiogenic response.")
    assert not any(o == "exokg:PI3K" for _, _, o in got), got


def test_the_cells_short_form_inside_a_preparations_name_is_no_subject() -> None:
    got = claims("Exosomes derived from bone marrow mesenchymal stem cells (BMSCs) reduced TNF-α.")
    assert (BMSC_EXO, "decreases", TNF) in got, got
    assert not any(s == "CL:0002540" for s, _, _ in got), got


def test_vesicles_of_wharton_jelly_cells_come_from_those_cells() -> None:
    got = claims("Extracellular vesicles (EVs) from Wharton's jelly mesenchymal stem cells (WJ-MSCs) reduced TNF-α.")
    assert {("exokg:UCMSC_Exo", "decreases", TNF), ("exokg:UCMSC_Exo", "derived_from", "CL:0002568")} <= got, got


def test_a_preconditioning_agent_keeps_its_short_form() -> None:
    (st,) = [s for s in statements("Exosomes from interferon-γ (IFN-γ)-primed bone marrow mesenchymal stem cells "
                                   "reduced TNF-α.") if s.predicate == "decreases"]
    assert (st.subject.curie, dict(st.qualifiers).get("preconditioning")) == (BMSC_EXO, "interferon-γ"), st


def test_cells_driven_to_a_state_by_an_agent_are_that_state_raised_by_it() -> None:
    got = claims("Primary rat astrocytes were driven to an A1-like state with a cocktail of IL-1α, TNF-α and C1q.")
    assert {("HGNC:5991", "increases", "exokg:A1_astrocyte"), (TNF, "increases", "exokg:A1_astrocyte")} <= got, got
    assert not any(s == "CL:0000127" for s, _, _ in got), "the astrocytes made no cytokine"
    got = claims("Microglia were polarized to the M1 phenotype by LPS.")
    assert got == {(LPS, "increases", "exokg:M1_microglia")}, got
    got = claims("IL-1α and TNF-α drove astrocytes to an A1-like state.")
    assert (TNF, "increases", "exokg:A1_astrocyte") in got and (TNF, "increases", "CL:0000127") not in got, got


def test_an_agent_then_comma_and_vesicles_opens_a_second_clause() -> None:
    got = claims("Microglia were polarized to M1 by LPS, and exosomes reduced TNF-α.")
    assert (EXOSOME, "decreases", TNF) in got and (LPS, "decreases", TNF) not in got, got


def test_less_toxic_to_cells_is_no_fall_in_the_cells() -> None:
    got = claims("Conditioned medium from EV-treated astrocytes was less toxic to co-cultured spinal neurons.")
    assert not any(o == NEURON for _, _, o in got), got


def test_a_greek_letter_prefix_names_a_preparation() -> None:
    got = claims("At 6 weeks, γ-EV-treated rats had fewer C3+/GFAP+ astrocytes and higher BBB scores than "
                 "vehicle-treated rats.")
    assert ("GO:1903561", "increases", "exokg:BBB_score") in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("Exosomes depleted of miR-455-5p did not significantly improve BBB scores.", ("increases", "exokg:BBB_score")),
    ("Exosomes depleted of miR-455-5p increased apoptosis.", ("decreases", APOPTOSIS)),
    ("Exosomes devoid of miR-455-5p increased apoptosis.", ("decreases", APOPTOSIS)),
])
def test_vesicles_depleted_of_a_mirna_show_what_it_does(text: str, expected: tuple[str, str]) -> None:
    got = {(s.subject.label, s.predicate, s.object.curie) for s in statements(text)
           if not any(e.negated for e in s.evidence)}
    assert ("hsa-miR-455-5p", *expected) in got, got


def test_a_rise_by_a_fold_ends_its_clause() -> None:
    got = claims("Compared with PBS, BMSC-Exos improved BBB scores. Spinal TNF-α fell by 46%, whereas IL-10 rose "
                 "1.9-fold.")
    assert {(BMSC_EXO, "decreases", TNF), (BMSC_EXO, "increases", "HGNC:5962")} <= got, got


def test_a_count_of_damaged_structures_is_no_count_of_the_structure() -> None:
    for text in ("Electron microscopy revealed fewer shrunken mitochondria in the Exo group.",
                 "Exosomes reduced the number of swollen axons."):
        got = claims(text)
        assert not any(o in {"GO:0005739", AXON} for _, _, o in got), got


def test_cells_primed_with_a_cytokine_give_no_cargo() -> None:
    got = claims("IFN-γ-primed BMSC exosomes attenuate reactive astrogliosis.")
    assert not any(p == "carries" for _, p, _ in got), got


def test_vesicles_taken_up_by_named_cells_keep_the_next_verb() -> None:
    got = claims("We evaluated whether iPSC-MSC-sEVs stimulate axon growth. In vitro, sEVs were internalised by "
                 "dorsal root ganglion (DRG) neurons and increased mean neurite length by 68%.")
    assert ("exokg:iPSC_MSC_Exo", "increases", "GO:0031175") in got, got
    assert ("exokg:iPSC_MSC_Exo", "taken_up_by", NEURON) in got, got
    assert not any(s == NEURON for s, _, _ in got), got


def test_vesicles_of_two_sources_producing_an_improvement_each_raise_it() -> None:
    got = claims("sEVs from iPSC-MSCs and bone marrow MSCs produced comparable functional improvement.")
    assert {("exokg:iPSC_MSC_Exo", "increases", "exokg:motor_function"),
            (BMSC_EXO, "increases", "exokg:motor_function")} <= got, got


def test_a_multiple_of_the_controls_value_is_its_own_comparison() -> None:
    got = claims("Mice received sEVs by tail-vein injection. At 8 weeks, treated mice displayed higher BMS scores, "
                 "fewer hindlimb errors on grid walking and MEP amplitudes roughly twice those of controls.")
    assert ("GO:1903561", "increases", "exokg:MEP") in got and ("GO:1903561", "decreases", "exokg:MEP") not in got


def test_a_participle_between_commas_leaves_the_subject_to_the_next_verb() -> None:
    got = claims("miR-30b-3p, up-regulated 2.7-fold after priming, targeted the JAK2 3′-UTR; its inhibition, or "
                 "treatment with the STAT3 activator colivelin, restored STAT3 phosphorylation.")
    mir = next(s for s, p, _ in got if p == "targets")
    assert (mir, "targets", "HGNC:6192") in got and (mir, "decreases", "HGNC:11364") in got, got


def test_a_mirna_after_a_long_noncoding_rna_in_an_axis_is_no_cargo() -> None:
    got = {(s.subject.label, s.predicate, s.object.label) for s in statements(
        "Placental mesenchymal stem cell-derived extracellular vesicles enhance remyelination via the lncRNA "
        "H19/miR-144-3p/Nrf2 axis.")}
    assert ("placental MSC-derived exosomes", "carries", "H19") in got, got
    assert not any(p == "carries" and o.endswith("miR-144-3p") for _, p, o in got), got


APOPTOSIS_RATE, OPC = "exokg:apoptosis_rate", "CL:0002453"


def test_cells_marked_by_their_dying_are_where_the_apoptosis_was_counted() -> None:
    got = statements("PMSC-EVs reduced TUNEL+ OPCs and raised MBP.")
    dying = [s for s in got if s.object.curie == APOPTOSIS_RATE]
    assert dying and dying[0].predicate == "decreases", got
    assert dict(dying[0].qualifiers).get("cell_type") == "oligodendrocyte precursor cell", dying
    assert not any(s.object.curie == OPC for s in got), "fewer dying OPCs are no fewer OPCs"


@pytest.mark.parametrize("marked", ["TUNEL+/NeuN+ cells", "NeuN+/TUNEL+ cells", "TUNEL-positive NeuN⁺ neurons",
                                    "TUNEL+ NeuN+ neurons"])
def test_a_marker_beside_the_dying_mark_says_which_cells_died(marked: str) -> None:
    got = claims(f"Exosomes decreased {marked}.")
    assert (EXOSOME, "decreases", APOPTOSIS_RATE) in got and not any(o in {"HGNC:27097", NEURON} for _, _, o in got), got


@pytest.mark.parametrize("marked", ["GSDMD-positive NeuN⁺ neurons", "GSDMD⁺ NeuN⁺ neurons"])
def test_a_superscript_plus_marks_cells_as_a_plus_does(marked: str) -> None:
    got = claims(f"hUCMSC-Exos reduced the number of {marked} by 52%.")
    assert {c for c in got if c[1] != "derived_from"} == {("exokg:UCMSC_Exo", "decreases", "HGNC:25697")}, got
    assert ("exokg:UCMSC_Exo", "increases", NEURON) in claims("hUCMSC-Exos increased the number of NeuN⁺ neurons.")
    assert not any(o == "HGNC:27097" for _, _, o in claims("hUCMSC-Exos increased the number of NeuN⁺ neurons."))


def test_a_list_of_changes_after_a_falling_word_keeps_each_members_own_way() -> None:
    got = claims("These changes were accompanied by increased p-AMPK, reduced p-mTOR and fewer TUNEL+ neurons "
                 "after exosome treatment.")
    assert (EXOSOME, "decreases", APOPTOSIS_RATE) in got and (EXOSOME, "increases", APOPTOSIS_RATE) not in got, got
    got = claims("ADSC-Exo-treated rats showed improved BBB scores, reduced cavity formation and more NeuN-positive "
                 "neurons.")
    assert any(p == "increases" and o == NEURON for _, p, o in got) and not any(
        p == "decreases" and o == NEURON for _, p, o in got), got


@pytest.mark.parametrize("text", ["Exosomes increased deacetylation of LKB1.", "Exosomes reduced NF-κB p65 acetylation."])
def test_a_modification_of_a_protein_says_no_way_it_went(text: str) -> None:
    got = claims(text)
    assert got and all(p == "regulates" for s, p, _ in got if s == EXOSOME), got


@pytest.mark.parametrize(("text", "way"), [("Exosomes increased methylation of the PTEN promoter.", "decreases"),
                                           ("Exosomes reduced PTEN promoter methylation.", "increases")])
def test_methylation_of_a_promoter_silences_its_gene(text: str, way: str) -> None:
    assert (EXOSOME, way, PTEN) in claims(text)


def test_a_cell_line_named_as_the_treated_cells_is_the_claims_setting() -> None:
    got = [s for s in statements("In BV2 cells, BMSC-Exos lowered TNF-α secretion and increased IL-10.")
           if s.predicate in {"increases", "decreases"}]
    assert {s.object.curie for s in got} == {TNF, "HGNC:5962"}, got
    assert all(dict(s.qualifiers).get("cell_line") == "BV-2" and dict(s.qualifiers).get("cell_type") == "microglia"
               for s in got), got
    pc12 = [s for s in statements("BMSC-Exos reduced the apoptosis of H2O2-treated PC12 cells.")
            if s.object.curie == APOPTOSIS]
    assert pc12 and dict(pc12[0].qualifiers).get("cell_line") == "PC-12" and "cell_type" not in dict(pc12[0].qualifiers)


def test_a_cell_line_the_vesicles_came_from_is_no_setting() -> None:
    got = statements("Exosomes from PC12 cells reduced apoptosis.")
    assert got and not any("cell_line" in dict(s.qualifiers) for s in got), got


def test_a_subject_opened_by_neither_denies_its_verb() -> None:
    got = statements("Neither exosome preparation altered BV2 viability.")
    assert got and all(e.negated for s in got for e in s.evidence), got


def test_a_bare_state_takes_the_cells_its_paragraph_named_before_it() -> None:
    got = claims("In vitro, LPS-stimulated BV2 microglia were treated with BMSC-Exos. miR-124-3p bound Ern1, and Ern1 "
                 "overexpression abolished the shift from the M1 to the M2 phenotype induced by BMSC-Exos.")
    assert (BMSC_EXO, "increases", "exokg:M2_microglia") in got and not any(o == "CL:0000890" for _, _, o in got), got


def test_a_cell_line_beside_other_cells_named_as_the_setting_is_none() -> None:
    got = statements("In PC12 cells and primary dorsal root ganglion (DRG) neurons, hUCMSC-EVs reduced PTEN protein.")
    assert got and not any("cell_line" in dict(s.qualifiers) for s in got), got


def test_a_marker_before_a_density_of_vessels_labels_the_vessels() -> None:
    got = claims("GelMA@sEVs reduced Evans blue extravasation and increased CD31+ microvessel density.")
    assert ("GO:1903561", "increases", "exokg:microvessel_density") in got and not any(
        o == "HGNC:8823" for _, _, o in got), got


def test_processes_after_a_cells_name_happen_in_those_cells() -> None:
    got = statements("ADSC-sEVs enhanced SCMEC proliferation, migration and tube formation.")
    assert {s.object.curie for s in got if s.predicate == "increases"} == {"GO:0001935", "GO:0043542", "GO:0120331"}, got
    assert all(dict(s.qualifiers).get("cell_type") == "microvascular endothelial cell"
               for s in got if s.predicate == "increases"), got


def test_the_mirna_delivered_to_target_a_gene_targets_it() -> None:
    got = claims("Melatonin-preconditioned Wharton's jelly MSC extracellular vesicles suppress microglial pyroptosis "
                 "after spinal cord injury by delivering miR-22-3p to target NLRP3")
    assert any(p == "targets" and o == NLRP3 for _, p, o in got), got


def test_the_cargo_sent_to_cells_is_what_acts_in_them() -> None:
    got = claims("Exosomes transfer miR-21 to neurons to suppress PTEN.")
    assert (MIR21, "decreases", PTEN) in got and not any(s == NEURON for s, _, _ in got), got


def test_this_mirna_after_a_semicolon_is_the_mirna_named_before() -> None:
    got = claims("miR-22-3p was 3.6-fold higher in MT-EVs; this miRNA bound the NLRP3 3′UTR.")
    assert any(p == "targets" and o == NLRP3 for _, p, o in got), got


def test_a_kind_marker_beside_a_dying_marker_says_which_cells_died() -> None:
    got = claims("Both EV preparations decreased the number of GSDMD+/Iba1+ cells.")
    assert ("GO:1903561", "decreases", "HGNC:25697") in got and not any(o == "HGNC:352" for _, _, o in got), got


def test_a_relative_clause_with_a_raising_verb_is_said_of_its_antecedent() -> None:
    got = claims("LPS preconditioning potentiates the immunomodulatory activity of DPSC-Exos, which appear to promote "
                 "M2 macrophage polarization by delivering miR-145-5p to inhibit TLR4/MyD88/NF-κB signaling.")
    assert ("exokg:DPSC_Exo", "increases", "exokg:M2_macrophage_polarization") in got, got
    assert not any(s == "CHEBI:16412" for s, _, _ in got), got


def test_a_passive_raising_verb_keeps_the_relative_subject() -> None:
    got = claims("We found that BMSC-Exos, which were found to carry miR-21, reduced PTEN.")
    assert (BMSC_EXO, "carries", MIR21) in got and (BMSC_EXO, "decreases", PTEN) in got, got


def test_a_verb_after_appeared_to_shares_the_subject_without_a_chain() -> None:
    got = claims("BMSC-Exos reduced PTEN and appeared to increase AKT.")
    assert (BMSC_EXO, "increases", AKT) in got and not any(s == PTEN for s, _, _ in got), got


def test_a_short_form_for_vesicles_of_cells_kept_in_low_oxygen_is_the_hypoxic_preparation() -> None:
    got = statements("Exosomes were isolated by ultracentrifugation from human umbilical cord MSCs (hUC-MSCs) cultured "
                     "under normoxia (N-Exos) or 1% O2 for 48 h (H-Exos) and characterized by transmission electron "
                     "microscopy. H-Exos reduced TLR4 expression.")
    tlr4 = [s for s in got if s.object.curie == "HGNC:11850"]
    assert tlr4 and all(s.subject.curie == "exokg:UCMSC_Exo" for s in tlr4), got
    assert all(dict(s.qualifiers).get("preconditioning") == "hypoxia" for s in tlr4), got


def test_room_air_is_no_hypoxia() -> None:
    got = statements("Exosomes from BMSCs cultured under 21% O2 (NExos) reduced TLR4.")
    assert got and not any("preconditioning" in dict(s.qualifiers) for s in got), got


def test_markers_before_the_states_of_a_shift_leave_the_shift_read() -> None:
    got = claims("BMSC-Exos shifted microglia from an iNOS+ M1 to a CD206+/Arg1+ M2 phenotype.")
    assert (BMSC_EXO, "decreases", "exokg:M1_microglia") in got and (BMSC_EXO, "increases", "exokg:M2_microglia") \
        in got, got


def test_vesicles_loaded_with_a_silencer_named_after_them_are_engineered_with_it() -> None:
    got = statements("MSC-Exos loaded with a cholesterol-modified PTEN siRNA reduced TNF-α.")
    assert got and all(dict(s.qualifiers).get("engineered_with") == "PTEN siRNA" for s in got
                       if s.predicate == "decreases"), got


def test_a_short_form_after_the_loading_method_is_the_loaded_preparation() -> None:
    got = statements("Small extracellular vesicles (sEVs) were isolated from human bone marrow mesenchymal stem cells "
                     "(hBMSCs) and loaded with Cy3-labeled PTEN siRNA by electroporation (sEV-siPTEN); sEVs carrying "
                     "scrambled siRNA (sEV-siNC) served as controls. sEV-siPTEN decreased spinal PTEN protein by 45%.")
    pten = [s for s in got if s.object.curie == PTEN and s.predicate == "decreases"]
    assert pten and all(s.subject.curie == "exokg:BMSC_Exo" and dict(s.qualifiers).get("engineered_with")
                        == "PTEN siRNA" for s in pten), got


def test_a_change_named_with_its_agent_after_it_is_undone_by_a_manipulation() -> None:
    got = claims("TLR4 overexpression reversed the M2 polarization induced by exosomes.")
    assert ("HGNC:11850", "decreases", "exokg:M2_macrophage_polarization") in got, got
    assert (EXOSOME, "regulates", "HGNC:11850") in got, got


def test_most_of_a_benefit_undone_by_losing_a_mirna_is_a_rescue() -> None:
    got = claims("Transfection of hUC-MSCs with the miR-216a-5p antagomir abolished most of the benefit of "
                 "hUC-MSC-Exos.")
    assert ("exokg:UCMSC_Exo", "carries", "mirbase.mature:MIMAT0000273") in got, got


def test_a_long_short_form_for_vesicles_of_cells_given_an_inhibitor_lacks_the_mirna() -> None:
    got = claims("Exosomes from BMSCs transfected with a miR-21-5p inhibitor (Exo-anti-miR-21) were markedly less "
                 "protective, whereas those from miR-21-5p mimic-transfected cells produced only a marginal further "
                 "improvement over unmodified exosomes (p = 0.08). Exo-anti-miR-21 failed to reduce apoptosis.")
    assert ("mirbase.mature:MIMAT0000076", "decreases", APOPTOSIS) in got, got
    assert not any(p == "decreases" and s == BMSC_EXO for s, p, _ in got), got
    assert not any(o == MIR21 for _, _, o in got), got


def test_a_long_short_form_for_vesicles_of_cells_made_to_carry_a_mirna_gives_its_claims() -> None:
    got = statements("Exosomes from BMSCs overexpressing miR-124-3p (miR-124-3p-Exos) were administered to rats after "
                     "SCI. miR-124-3p-Exos suppressed Ern1.")
    mir = "mirbase.mature:MIMAT0000422"
    assert any(s.subject.curie == mir and s.predicate == "decreases" and s.object.curie == "HGNC:3449"
               and "engineered_with" not in dict(s.qualifiers) for s in got), got
    assert any(s.subject.curie == BMSC_EXO and s.predicate == "decreases"
               and dict(s.qualifiers).get("engineered_with") == "hsa-miR-124-3p" for s in got), got


def test_a_short_form_naming_its_source_keeps_it_over_a_definition_of_plain_vesicles() -> None:
    got = statements("Dental pulp stem cells were cultured under 1% O2 for 48 h, and their exosomes (Hypo-DPSC-Exos) "
                     "were compared with exosomes from normoxic DPSCs (Norm-DPSC-Exos). Hypo-DPSC-Exos increased "
                     "microvessel density.")
    density = [s for s in got if s.object.curie == "exokg:microvessel_density"]
    assert density and all(s.subject.curie == "exokg:DPSC_Exo" and dict(s.qualifiers).get("preconditioning")
                           == "hypoxia" for s in density), got


def test_a_benefit_conferred_by_vesicles_undone_by_a_gain_is_a_rescue() -> None:
    got = claims("PDCD4 overexpression largely abrogated the neuroprotection conferred by BMSC-Exos.")
    assert (BMSC_EXO, "regulates", "HGNC:8763") in got and ("HGNC:8763", "decreases", "MESH:D000066829") in got, got


def test_tube_length_after_a_cells_name_is_their_tube_formation() -> None:
    got = statements("ADSC-sEVs increased HUVEC tube length 1.9-fold (p < 0.01).")
    assert [(s.object.curie, dict(s.qualifiers).get("cell_type")) for s in got if s.predicate == "increases"] \
        == [("GO:0120331", "umbilical vein endothelial cell")], got


@pytest.mark.parametrize("text, source, stimulus", [
    ("Rat BMSCs were incubated with 10 μM melatonin for 24 h before exosome collection (Mel-Exo). Mel-Exo reduced "
     "apoptosis.", BMSC_EXO, "melatonin"),
    ("BMSCs were cultured under 1% O2 for 48 h prior to exosome isolation (H-Exo). H-Exo reduced apoptosis.",
     BMSC_EXO, "hypoxia"),
    ("hUCMSCs were cultured in serum-free medium for 48 h before exosome isolation (hUC-Exos). hUC-Exos reduced "
     "apoptosis.", "exokg:UCMSC_Exo", None),
])
def test_a_short_form_for_vesicles_collected_after_their_cells_were_treated_is_their_preparation(
        text: str, source: str, stimulus: str | None) -> None:
    (claim,) = [s for s in statements(text) if s.object.curie == APOPTOSIS]
    assert claim.subject.curie == source and dict(claim.qualifiers).get("preconditioning") == stimulus, claim


@pytest.mark.parametrize("text, source, stimulus, mediator, predicate", [
    ("Melatonin preconditioning appears to potentiate the neuroprotective activity of BMSC exosomes by suppressing "
     "ferroptosis via the Nrf2/HO-1 axis.", BMSC_EXO, "melatonin", "GO:0097707", "decreases"),
    ("These results indicate that melatonin preconditioning enhances the anti-pyroptotic capacity of WJ-MSC-EVs "
     "through miR-22-3p-mediated NLRP3 suppression.", "exokg:UCMSC_Exo", "melatonin", "mirbase.mature:MIMAT0000077",
     "carries"),
])
def test_how_a_stimulus_given_to_cells_enhances_their_vesicles_is_the_vesicles_doing(
        text: str, source: str, stimulus: str, mediator: str, predicate: str) -> None:
    got = statements(text)
    assert not any(s.subject.curie == "CHEBI:16796" for s in got), got
    (claim,) = [s for s in got if s.object.curie == mediator]
    assert (claim.subject.curie, claim.predicate, dict(claim.qualifiers).get("preconditioning")) \
        == (source, predicate, stimulus), claim


def test_a_stimulus_named_as_preconditioning_is_no_agent_of_a_passive_change() -> None:
    got = claims("MT-EVs reduced IL-18 more effectively than EVs. Tissue TNF-α was reduced to a similar extent by "
                 "both preparations, suggesting that the benefit of LPS preconditioning is confined to the "
                 "inflammasome.")
    assert ("GO:1903561", "decreases", TNF) in got, got


def test_their_vesicles_are_those_of_the_cells_a_stimulus_was_given_to() -> None:
    got = claims("We tested whether pretreatment of bone marrow mesenchymal stem cells (BMSCs) with LPS enhances "
                 "the anti-ferroptotic capacity of their exosomes.")
    assert any(s == BMSC_EXO and o == "GO:0097707" for s, _, o in got), got


@pytest.mark.parametrize("text, predicate, outcome", [
    ("BMS scores at day 28 were modestly higher with BMSC-Exos (4.1 ± 0.7) than with vehicle (2.7 ± 0.5).",
     "increases", "exokg:BMS_score"),
    ("TNF-α levels were lower with BMSC-Exos than with PBS.", "decreases", TNF),
])
def test_an_outcome_compared_with_and_without_a_treatment_is_the_treatments(text: str, predicate: str,
                                                                            outcome: str) -> None:
    assert (BMSC_EXO, predicate, outcome) in claims(text)


def test_a_stimulus_licensing_cells_is_no_agent_of_what_their_vesicles_modulate() -> None:
    got = statements("IFN-γ licensing augments the T-cell-modulating capacity of WJ-MSC EVs, and this is associated "
                     "with a small improvement in locomotor function.")
    assert not any(s.subject.curie == "HGNC:5438" for s in got), got
    assert any(s.subject.curie == "exokg:UCMSC_Exo" and dict(s.qualifiers).get("preconditioning") == "IFN-γ"
               for s in got), got


def test_a_short_form_after_an_aside_on_a_hypoxic_culture_is_the_hypoxic_preparation() -> None:
    got = statements("Exosomes were isolated from rat bone marrow MSCs cultured under normoxia (21% O2; Nor-Exos) or "
                     "hypoxia (1% O2 for 48 h; Hypo-Exos). Hypo-Exos reduced apoptosis. Nor-Exos reduced TNF-α.")
    assert {(s.subject.curie, s.object.curie, dict(s.qualifiers).get("preconditioning")) for s in got
            if s.predicate == "decreases"} == {(BMSC_EXO, APOPTOSIS, "hypoxia"), (BMSC_EXO, TNF, None)}, got


MIR146A, IRAK1, TLR4, TRAF6, NFKB = ("mirbase.mature:MIMAT0000449", "HGNC:6112", "HGNC:11850", "HGNC:12036",
                                     "exokg:NFkappaB")


def test_vesicles_named_by_their_short_form_in_a_relative_clause_are_the_short_forms() -> None:
    got = statements("Transfection of donor cells with a miR-146a-5p inhibitor yielded EVs (anti-146a-EVs) that failed "
                     "to suppress IRAK1 and TRAF6.")
    assert {(s.subject.curie, s.predicate, s.object.curie) for s in got if s.predicate != "derived_from"} \
        == {(MIR146A, "decreases", IRAK1), (MIR146A, "decreases", TRAF6)}, got


def test_what_stands_down_a_repressed_axis_is_no_target_of_the_mirna() -> None:
    got = claims("EVs act through miR-146a-5p-mediated repression of the TLR4/TRAF6/NF-κB axis.")
    assert {o for s, p, o in got if p == "targets"} == {TLR4}, got
    assert {(MIR146A, "decreases", TRAF6), (MIR146A, "decreases", NFKB)} <= got, got


@pytest.mark.parametrize("text, subject, obj", [
    ("Neuronal loss during the subacute phase of spinal cord injury (SCI) is driven largely by apoptosis.",
     APOPTOSIS, "exokg:neuron_death"),
    ("Disruption of the blood-spinal cord barrier (BSCB) occurs within hours of spinal cord injury (SCI) and "
     "contributes to neuronal loss.", "exokg:BSCB_disruption", "exokg:neuron_death"),
])
def test_an_injury_named_as_a_time_or_place_with_its_short_form_is_no_subject(text: str, subject: str,
                                                                               obj: str) -> None:
    got = claims(text)
    assert (subject, "increases", obj) in got and not any(s == SCI or o == SCI for s, _, o in got), got


def test_an_expletive_it_before_whether_points_back_to_nothing() -> None:
    got = statements("MicroRNAs influence apoptosis and neurogenesis, processes involved in TBI pathophysiology. "
                     "However, it has not yet been determined whether miRNA expression is altered after TBI.")
    assert not [s for s in got if "whether" in s.evidence[0].sentence], got


@pytest.mark.parametrize("text, expected", [
    ("miR-155 was up-regulated in LPS-stimulated microglia.", {("CHEBI:16412", "increases", "mirbase:MI0000681")}),
    ("miR-125b is up-regulated in interleukin-6 (IL-6)-stressed normal human astrocytes.",
     {("HGNC:6018", "increases", "mirbase:MI0000446")}),
    ("TNF-α was decreased in LPS-stimulated microglia after exosome treatment.", {(EXOSOME, "decreases", TNF)}),
    # the changed entity right before the verb, and a cell line between the stimulus and the cells
    ("miR-155 increased in LPS-stimulated microglia.", {("CHEBI:16412", "increases", "mirbase:MI0000681")}),
    ("miR-21 was increased in LPS-treated BV2 cells.", {("CHEBI:16412", "increases", MIR21)}),
])
def test_a_change_seen_in_cells_named_by_their_stimulus_is_the_stimulus_s_unless_an_agent_follows(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    got = mechanism_claims(text)
    assert got == expected, got


def test_vesicles_a_stimulus_enriches_in_a_mirna_carry_it_and_act_as_it_does() -> None:
    got = claims("Hypoxic preconditioning enriches MSC exosomes in miR-126, which targets PIK3R2 to activate PI3K/AKT "
                 "signalling.")
    mir126, pik3r2 = "mirbase:MI0000471", "HGNC:8980"
    assert ("exokg:MSC_Exo", "carries", mir126) in got, got
    assert (mir126, "targets", pik3r2) in got, got
    # what the miRNA targets to activate a pathway holds it back, as when the miRNA is named alone
    assert (pik3r2, "decreases", "GO:0043491") in got, got


def test_a_mirna_cluster_named_by_its_first_and_last_member_is_cargo_as_a_whole() -> None:
    got = claims("Exosomes enriched in miR-17-92 cluster members promote oligodendrocyte differentiation through PTEN.")
    mir17 = "mirbase:MI0000071"
    assert (EXOSOME, "carries", mir17) in got, got
    # the vesicles promote it (the cluster's last member is no subject of its own), and so does their cargo
    assert (EXOSOME, "increases", "GO:0048709") in got, got
    assert (mir17, "increases", "GO:0048709") in got, got
    assert (mir17, "regulates", PTEN) in got, got


@pytest.mark.parametrize("text, expected", [
    # "This was accompanied by": the copula after "this" is no noun
    ("BMSC-Exos reduced apoptosis after SCI. This was accompanied by lower cleaved caspase-3 and Bax levels and "
     "higher Bcl-2 expression.",
     {("exokg:BMSC_Exo", "decreases", "HGNC:1504"), ("exokg:BMSC_Exo", "decreases", "HGNC:959"),
      ("exokg:BMSC_Exo", "increases", "HGNC:990")}),
    # a participle after a comma: the changes went with the clause's
    ("BMSC-Exos reduced apoptosis after SCI, accompanied by lower Bax levels and higher Bcl-2.",
     {("exokg:BMSC_Exo", "decreases", "HGNC:959"), ("exokg:BMSC_Exo", "increases", "HGNC:990")}),
    ("MSC-Exos suppressed M1 polarization, accompanied by reduced expression of IRAK1 and TRAF6.",
     {("exokg:MSC_Exo", "decreases", IRAK1), ("exokg:MSC_Exo", "decreases", TRAF6)}),
])
def test_changes_that_accompanied_the_vesicles_effect_are_theirs(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = claims(text)
    assert expected <= got, got


@pytest.mark.parametrize("text", [
    "ADSC-Exos reduced apoptosis. LY294002 abrogated the effect of ADSC-Exos.",
    "ADSC-Exos reduced apoptosis. Co-treatment with LY294002 abrogated the protective effect of ADSC-Exos.",
])
def test_an_effect_named_by_its_agents_alone_is_what_they_changed_before(text: str) -> None:
    got = claims(text)
    # the PI3K inhibitor undid the vesicles' lowering of apoptosis: PI3K/AKT lowers it
    assert ("GO:0043491", "decreases", APOPTOSIS) in got, got


def test_an_effect_naming_what_it_does_takes_nothing_from_the_sentence_before() -> None:
    found = statements("MenSC-Exos decreased the phosphorylation of p38 MAPK. Intrathecal injection of a p38 activator "
                       "partly reversed the analgesic effect of MenSC-Exos.")
    assert not [s for s in found if s.evidence[0].rule.startswith("nominal:effect")], found


@pytest.mark.parametrize("text, expected", [
    ("BMSC-Exos enlarged the CD206+/Iba1+ fraction.", ("exokg:BMSC_Exo", "increases", "exokg:M2_microglia")),
    ("MSC-Exos expanded the Treg population.", ("exokg:MSC_Exo", "increases", "CL:0000815")),
])
def test_enlarging_or_expanding_a_population_raises_it(text: str, expected: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got, got


NRF2, GPX4, NLRP3 = "HGNC:7782", "HGNC:4556", "HGNC:16400"


@pytest.mark.parametrize("text, expected", [
    ("DPSC-Exos reduced apoptosis. Silencing Nrf2 with siRNA, or treatment with the GPX4 inhibitor RSL3, largely "
     "abolished these protective effects.", {(NRF2, "decreases", APOPTOSIS), (GPX4, "decreases", APOPTOSIS)}),
    ("DPSC-Exos reduced apoptosis. Silencing Nrf2 or PTEN overexpression abolished the anti-apoptotic effect.",
     {(NRF2, "decreases", APOPTOSIS), (PTEN, "increases", APOPTOSIS)}),
    ("DPSC-sEVs reduced pyroptosis. Antagomir-mediated knockdown of miR-138-5p in DPSCs, or forced NLRP3 expression "
     "in BV2 cells, largely reversed the anti-pyroptotic effect.", {(NLRP3, "increases", "GO:0070269")}),
    ("hUCMSC-EVs reduced pyroptosis. Either NLRP3 overexpression or pretreatment of donor cells with a miR-22-3p "
     "antagomir largely abolished the protective effect.",
     {(NLRP3, "increases", "GO:0070269"), ("mirbase.mature:MIMAT0000077", "decreases", "GO:0070269")}),
])
def test_each_manipulation_listed_with_or_is_a_rescue(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = claims(text)
    assert expected <= got, got


def test_molecules_taken_away_among_the_protective_changes_are_means_not_targets() -> None:
    got = claims("Mechanistically, DPSC-Exos promoted nuclear translocation of Nrf2 and up-regulated SLC7A11 and "
                 "GPX4. Silencing Nrf2 with siRNA, or treatment with the GPX4 inhibitor RSL3, largely abolished these "
                 "protective effects.")
    assert {("exokg:DPSC_Exo", "regulates", NRF2), ("exokg:DPSC_Exo", "regulates", GPX4)} <= got, got
    # neither molecule taken away acts on the other, nor does the vesicles' effect turn around on them or the drug
    assert not {c for c in got if c[0] in {NRF2, GPX4} and c[2] in {NRF2, GPX4}}, got
    assert ("exokg:DPSC_Exo", "decreases", NRF2) not in got, got
    assert not {c for c in got if "RSL3" in c[2] or c[2].startswith("CHEBI")}, got


@pytest.mark.parametrize("text", [
    "WJ-MSC-EVs reduced NLRP3, together with lower release of IL-1β.",
    "WJ-MSC-EVs reduced NLRP3, along with lower levels of IL-1β.",
    "WJ-MSC-EVs reduced NLRP3, with reduced release of IL-1β.",
])
def test_a_change_added_together_with_keeps_its_own_direction(text: str) -> None:
    got = claims(text)
    assert ("exokg:UCMSC_Exo", "decreases", "HGNC:5992") in got, got
    assert ("exokg:UCMSC_Exo", "increases", "HGNC:5992") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("SPRED1 suppression in turn increased ERK1/2 phosphorylation.", ("HGNC:20249", "decreases", "exokg:ERK")),
    ("RhoA suppression reduced ROCK activity.", ("HGNC:667", "increases", "exokg:ROCK")),
])
def test_a_suppressed_molecule_acts_the_other_way(text: str, expected: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got, got


@pytest.mark.parametrize("text, treated, plain, stimulus", [
    ("hPMSCs were cultured with or without 2 mM lithium chloride for 48 h, and exosomes (Li-Exos and P-Exos, "
     "respectively) were isolated from conditioned medium. Li-Exos reduced apoptosis. P-Exos reduced apoptosis.",
     "Li-Exos", "P-Exos", "lithium chloride"),
    ("Human umbilical cord MSCs (hUC-MSCs) were cultured under normoxia (21% O2) or hypoxia (1% O2) for 48 h, and "
     "sEVs were purified from conditioned medium (Nor-sEVs and Hypo-sEVs, respectively). Hypo-sEVs reduced apoptosis. "
     "Nor-sEVs reduced apoptosis.", "Hypo-sEVs", "Nor-sEVs", "hypoxia"),
    ("Human ADSCs were cultured with or without 10 µM melatonin for 48 h before exosome isolation (MT-Exo and Exo, "
     "respectively). MT-Exo reduced apoptosis. Exo reduced apoptosis.", "MT-Exo", "Exo", "melatonin"),
    ("Rat BMSCs were cultured under normoxia (21% O2) or hypoxia (1% O2) for 48 h. Exosomes (Norm-Exos and Hypo-Exos) "
     "were isolated by ultracentrifugation. Hypo-Exos reduced apoptosis. Norm-Exos reduced apoptosis.", "Hypo-Exos",
     "Norm-Exos", "hypoxia"),
])
def test_two_preparations_defined_respectively_follow_the_order_of_their_cultures(
        text: str, treated: str, plain: str, stimulus: str) -> None:
    found = [s for s in statements(text) if s.object.curie == APOPTOSIS]
    by_name = {text[ev.start:ev.end].split()[0]: s for s in found for ev in s.evidence}
    sources = {s.subject.curie for s in found}
    assert len(sources) == 1 and sources <= {"exokg:PlMSC_Exo", "exokg:UCMSC_Exo", "exokg:ADMSC_Exo",
                                             "exokg:BMSC_Exo"}, found
    assert dict(by_name[treated].qualifiers).get("preconditioning") == stimulus, found
    assert "preconditioning" not in dict(by_name[plain].qualifiers), found


def test_vesicles_named_by_their_culture_are_the_cells_preparation() -> None:
    text = ("Methods: Human dental pulp stem cells (DPSCs) were grown as monolayers (2D) or as spheroids (3D), and "
            "exosomes (2D-Exos and 3D-Exos) were collected from conditioned medium.\n\nResults: In rats, 3D-Exos "
            "lowered MDA levels.")
    got = claims(text)
    assert ("exokg:DPSC_Exo", "decreases", "MESH:D008315") in got, got


def test_a_list_owning_an_undone_effect_ends_at_and() -> None:
    got = {(s.subject.curie, s.predicate, s.object.curie, s.evidence[0].negated) for s in statements(
        "ML385 abolished the effect of DPSC-Exos, and exosomes from miR-141-3p-knockdown DPSCs failed to suppress "
        "ferroptosis.")}
    # the vesicles lacking the miRNA failed, not the plain preparation whose effect was undone
    assert not {c for c in got if c[0] == "exokg:DPSC_Exo" and c[3]}, got
    assert ("mirbase.mature:MIMAT0000432", "decreases", "GO:0097707", False) in got, got


def test_an_activity_named_by_a_glued_participant_is_undone_by_a_rescue() -> None:
    got = claims("BMSC-EVs reduced TNF-α. Silencing TSG-6 in the parent cells largely abolished the M2-promoting and "
                 "NF-κB-inhibitory activity of BMSC-EVs.")
    assert {("exokg:BMSC_Exo", "regulates", "HGNC:11898"), ("HGNC:11898", "decreases", "exokg:NFkappaB")} <= got, got
    assert ("HGNC:11898", "increases", "exokg:NFkappaB") not in got, got


def test_the_results_pointed_at_before_that_are_no_subject_of_the_clause_after_it() -> None:
    got = claims("Depletion of macrophages attenuated the benefit of pEVs, suggesting that macrophages are a principal "
                 "cellular target. These results indicate that inflammatory licensing enhances the reparative capacity "
                 "of hAMSC-derived EVs through TSG-6.")
    assert not {c for c in got if c[0] == "CL:0000235"}, got


def test_cells_primed_with_more_than_one_agent_name_no_stimulus() -> None:
    (st,) = [s for s in statements("EVs from dual-primed cells (pEVs) decreased CD86.") if s.predicate == "decreases"]
    assert "preconditioning" not in dict(st.qualifiers), st


@pytest.mark.parametrize("text, expected", [
    ("Exosomes limit glial scar formation and support axon regeneration.", (EXOSOME, "increases", "GO:0031103")),
    ("Melatonin pretreatment enhances the capacity of BMSC-derived exosomes to limit glial scar formation and support "
     "axon regeneration.", ("exokg:BMSC_Exo", "increases", "GO:0031103")),
])
def test_supporting_a_process_raises_it(text: str, expected: tuple[str, str, str]) -> None:
    got = claims(text)
    assert expected in got and (expected[0], "decreases", expected[2]) not in got, got


def test_findings_supporting_a_link_claim_no_change() -> None:
    got = claims("These findings support a causal link between let-7 and HMGA2.")
    assert not {c for c in got if c[1] in {"increases", "decreases"}}, got


def test_a_measures_values_in_an_aside_are_no_object_of_the_verb() -> None:
    # the g-ratio fell (0.71 vs 0.79) as myelination rose: the aside gives values, not a second thing raised
    got = claims("In vivo, RVG-Exos-siLingo-1 increased MBP immunoreactivity and the proportion of myelinated axons "
                 "on electron microscopy (g-ratio 0.71 ± 0.03 vs 0.79 ± 0.04 in controls).")
    assert (EXOSOME, "increases", "HGNC:6925") in got, got
    assert not {c for c in got if "g_ratio" in c[2] or "g-ratio" in c[2]}, got


def test_vesicles_with_a_molecule_silenced_do_not_carry_it() -> None:
    got = claims("Combining the intrinsic reparative properties of MenSC exosomes with Lingo-1 silencing may be a "
                 "feasible strategy to promote remyelination after SCI.")
    assert not {c for c in got if c[1] == "carries"}, got


def test_a_dosing_aside_naming_the_route_leaves_the_vesicles_the_subject() -> None:
    (st,) = [s for s in statements("In C57BL/6 mice, iMSC-Exos (100 μg, tail vein, 1 h after injury) improved BMS "
                                   "scores at day 28.") if s.predicate == "increases"]
    assert (st.subject.curie, st.object.curie) == ("exokg:iPSC_MSC_Exo", "exokg:BMS_score"), st
    assert dict(st.qualifiers)["route"] == "tail vein injection", st.qualifiers


def test_the_animals_in_an_objects_own_aside_are_its_species() -> None:
    got = {s.object.curie: dict(s.qualifiers).get("species") for s in statements(
        "MSC-EVs improved BBB scores (57 studies, 1,392 rats; MD 4.21, 95% CI 3.62-4.80) and BMS scores (14 studies, "
        "292 mice; MD 1.93, 95% CI 1.41-2.45).") if s.predicate == "increases"}
    assert got == {"exokg:BBB_score": "rat", "exokg:BMS_score": "mouse"}, got


def test_a_loss_in_turn_raising_what_it_held_back() -> None:
    got = claims("PDCD4 suppression in turn increased phosphorylation of AKT and mTOR.")
    assert {("HGNC:8763", "decreases", AKT), ("HGNC:8763", "decreases", MTOR)} <= got, got


def test_each_manipulation_after_by_and_by_undoes_the_effect() -> None:
    got = claims("The anti-apoptotic effect of iMSC-Exos was abolished by the PI3K inhibitor LY294002 and by PDCD4 "
                 "overexpression.")
    assert {("exokg:PI3K", "decreases", APOPTOSIS), ("HGNC:8763", "increases", APOPTOSIS)} <= got, got


@pytest.mark.parametrize("text", [
    "Residual melatonin in exosome preparations was below the detection limit.",
    "Melatonin was not detected in exosomes.",
])
def test_a_molecule_said_absent_from_vesicles_is_not_their_cargo(text: str) -> None:
    (st,) = [s for s in statements(text) if s.predicate == "carries"]
    assert st.object.curie == "CHEBI:16796" and all(e.negated for e in st.evidence), st


def test_as_did_names_more_of_what_changed_or_another_agent() -> None:
    got = claims("Exosomes reduced TNF-α. The proportion of TUNEL-positive cells decreased, as did cleaved caspase-3 "
                 "and the Bax/Bcl-2 ratio.")
    assert {(EXOSOME, "decreases", "HGNC:1504"), (EXOSOME, "decreases", "exokg:Bax_Bcl2_ratio")} <= got, got
    assert (EXOSOME, "decreases", TNF) in claims("Caspase-3 was reduced by exosomes, as was TNF-α.")
    got = claims("Exosomes reduced TNF-α, as did MCC950.")
    assert {(EXOSOME, "decreases", TNF), ("MESH:C000597426", "decreases", TNF)} <= got, got


def test_a_mirna_inhibiting_an_axis_binds_its_first_member_only() -> None:
    got = claims("The exosomes act through miR-133b-mediated inhibition of RhoA/YAP signaling in astrocytes.")
    mir133b = "mirbase.mature:MIMAT0000770"
    assert (mir133b, "targets", "HGNC:667") in got and (mir133b, "decreases", "HGNC:16262") in got, got
    assert (mir133b, "targets", "HGNC:16262") not in got, got


def test_a_short_form_given_with_its_amount_is_the_agent_cells_were_stimulated_with() -> None:
    got = claims("BV2 microglia were stimulated with lipopolysaccharide (LPS, 1 μg/mL) and co-cultured with "
                 "hUCMSC-Exos (50 μg/mL).")
    assert not {c for c in got if c[0] == MICROGLIA}, got


MIR145 = "mirbase.mature:MIMAT0000437"


@pytest.mark.parametrize("text", [
    "BMSCs were transfected with a miR-145-5p inhibitor before exosome collection (inhi-Exos). Inhi-Exos failed to "
    "suppress TLR4.",
    "Donor cells were transfected with a miR-145-5p inhibitor or a negative control before exosome collection "
    "(inhi-Exos and NC-Exos, respectively). Inhi-Exos failed to suppress TLR4.",
])
def test_vesicles_of_cells_given_a_mirnas_inhibitor_lack_it_under_their_short_form(text: str) -> None:
    got = {(s.subject.curie, s.predicate, s.object.curie, s.evidence[0].negated) for s in statements(text)
           if s.predicate != "derived_from"}
    assert (MIR145, "decreases", "HGNC:11850", False) in got, got
    assert not {c for c in got if c[3]}, "the vesicles lacking the miRNA failed, not vesicles as such"


@pytest.mark.parametrize("text, kept, dropped", [
    # the PI3K inhibitor takes away the AKT the vesicles raised: PI3K lowers no PTEN, raises no AKT of its own
    ("Exosomes decreased PTEN and increased phosphorylated AKT. LY294002 abolished the effects of exosomes.",
     {(EXOSOME, "regulates", "GO:0043491")}, {("GO:0043491", "decreases", PTEN), ("GO:0043491", "increases", AKT)}),
    # what stands after the manipulated molecule in the changes is below it
    ("Exosomes decreased TLR4, MyD88 and NF-κB p65. Treatment with a TLR4 agonist reversed these effects.",
     {("HGNC:11850", "increases", "HGNC:7562"), ("HGNC:11850", "increases", "HGNC:9955")},
     {(EXOSOME, "decreases", "HGNC:11850")}),
])
def test_molecules_a_rescue_manipulated_among_the_changes_are_the_means(
        text: str, kept: set[tuple[str, str, str]], dropped: set[tuple[str, str, str]]) -> None:
    got = {(s.subject.curie, s.predicate, s.object.curie) for s in statements(text) if s.evidence[0].rule != "dec:main"
           and s.evidence[0].rule != "inc:coordinated"}
    assert kept <= got and not dropped & got, got
    assert not {c for c in got if c[1] in {"increases", "decreases"} and c[2] == PTEN}, got


def test_a_participle_heading_a_second_means_is_no_verb() -> None:
    got = claims("Donor aging impairs the axon-regenerative potency of MSC exosomes through depletion of the miR-17-92 "
                 "cluster and weakened suppression of PTEN/PI3K/AKT/mTOR signaling.")
    assert not {c for c in got if c[2] in {PTEN, AKT, MTOR, "exokg:PI3K"} and c[1] != "regulates"}, got
    got = claims("WJ-MSC-EVs were internalized by VSC4.1 cells and reduced activation of the NLRP3 inflammasome.")
    assert ("exokg:UCMSC_Exo", "decreases", "HGNC:16400") in got, got


def test_what_a_clause_after_comma_and_assessed_is_no_object() -> None:
    got = claims("Primary rat astrocytes were activated with transforming growth factor-β1 (TGF-β1, 10 ng/mL), and "
                 "expression of GFAP, vimentin, neurocan and chondroitin sulfate proteoglycans (CSPGs) was assessed.")
    assert not got, got
    got = claims("Exosomes reduced TNF-α, and IL-6 and IL-10 were increased.")
    assert (EXOSOME, "decreases", "HGNC:6018") not in got, got


def test_how_much_each_fell_does_not_end_the_list() -> None:
    got = claims("Malondialdehyde (MDA) was measured. At 100 μg/mL, DPSC-Exos lowered lipid ROS by 54%, MDA by 48% and "
                 "Fe2+ by 37%, restored GSH, and reduced mitochondrial shrinkage.")
    assert {("exokg:DPSC_Exo", "decreases", o) for o in (ROS, "MESH:D008315", "CHEBI:29033")} <= got, got


def test_the_vesicles_dose_is_no_setting_of_another_agents_claim() -> None:
    got = {(s.subject.curie, dict(s.qualifiers).get("dose")) for s in statements(
        "PC12 cells were exposed to the ferroptosis inducer erastin (10 μM) with or without DPSC-Exos (25, 50 or "
        "100 μg/mL).") if s.predicate == "increases"}
    assert got == {("CHEBI:94287", None)}, got


def test_a_second_reversal_verb_after_and_undoes_the_same_effect() -> None:
    got = claims("The anti-pyroptotic effect of H-Exos was abolished by miR-148a-3p inhibition and partly reversed by "
                 "TXNIP overexpression.")
    assert {("mirbase.mature:MIMAT0000243", "decreases", "GO:0070269"),
            ("HGNC:16952", "increases", "GO:0070269")} <= got, got


@pytest.mark.parametrize("text", [
    "shHGF-EVs failed to increase ZO-1.",
    "HGF was knocked down in donor MSCs by shRNA before EV isolation (KD-EVs). KD-EVs failed to increase ZO-1.",
])
def test_vesicles_of_cells_given_a_genes_shrna_lack_it(text: str) -> None:
    got = {(s.subject.curie, s.predicate, s.object.curie, s.evidence[0].negated) for s in statements(text)}
    assert got == {("HGNC:4893", "increases", "HGNC:11827", False)}, got


def test_reduced_detachment_of_cells_is_no_fall_in_their_number() -> None:
    got = claims("EVs also reduced pericyte detachment and apoptosis.")
    assert got == {("GO:1903561", "decreases", APOPTOSIS)}, got


def test_cells_polarized_with_their_own_agent_are_no_treatments_change() -> None:
    got = claims("Bone marrow-derived macrophages (BMDMs) were polarized to M1 with LPS plus interferon-γ and treated "
                 "with exosomes (50 μg/mL).")
    assert not {c for c in got if c[0] == EXOSOME}, got
    assert (EXOSOME, "increases", "exokg:M2_microglia") in claims(
        "Microglia shifted from M1 to M2 after exosome treatment.")


def test_knockdown_vesicles_that_change_nothing_show_what_the_molecule_does() -> None:
    got = {(s.subject.curie, s.predicate, s.object.curie, s.evidence[0].negated) for s in statements(
        "USCs were transduced with shRNA against MFG-E8 to obtain knockdown exosomes (shMFG-E8-Exos). shMFG-E8-Exos "
        "did not significantly alter BMS scores.")}
    assert got == {("HGNC:7036", "regulates", "exokg:BMS_score", False)}, got


def test_an_activation_the_subject_abolished_is_taken_away() -> None:
    got = claims("Exosomes reduced apoptosis. Compound C abolished AMPK activation and reversed the anti-apoptotic "
                 "effect.")
    assert ("exokg:AMPK", "decreases", APOPTOSIS) in got, got
    assert ("exokg:AMPK", "increases", APOPTOSIS) not in got, got
    got = claims("Exosomes reduced apoptosis. Compound C reversed the anti-apoptotic effect.")
    assert ("exokg:AMPK", "decreases", APOPTOSIS) in got, got  # dorsomorphin, read as the AMPK inhibitor it is


def test_supporting_what_the_object_is_held_to_be_is_no_change() -> None:
    got = claims("iMSC-Exos restore autophagic flux and reduce neuronal apoptosis, supporting iMSCs as a scalable "
                 "exosome source.")
    assert not {c for c in got if c[2] == "exokg:iPSC_MSC" and c[1] != "derived_from"}, got
    got = claims("Exosomes reduced apoptosis, supporting neuronal survival as well.")
    assert (EXOSOME, "increases", "exokg:neuronal_survival") in got, got


def test_a_decimal_fold_does_not_end_the_object_list() -> None:
    got = claims("iMSC-Exos increased the LC3-II/LC3-I ratio 2.2-fold and Beclin-1 1.8-fold, decreased p62.")
    assert ("exokg:iPSC_MSC_Exo", "increases", "HGNC:1034") in got, got
    got = claims("Exosomes lowered TNF-α by 54.3% and IL-6 by 48.1%.")
    assert {(EXOSOME, "decreases", TNF), (EXOSOME, "decreases", "HGNC:6018")} <= got, got


def test_a_range_after_an_intransitive_verb_names_no_object() -> None:
    got = claims("Exosomes were given. Neuronal apoptosis fell from 38.6% to 14.2% (TUNEL), with a lower Bax/Bcl-2 "
                 "ratio and less cleaved caspase-3.")
    assert not {c for c in got if c[0] == "GO:0051402"}, got
    got = claims("Exosomes reduced TNF-α from 31.2 to 12.5 pg/mL and IL-6 from 20.4 to 8.1 pg/mL.")
    assert {(EXOSOME, "decreases", TNF), (EXOSOME, "decreases", "HGNC:6018")} <= got, got


def test_vesicles_named_by_a_mirna_blocker_lack_the_mirna() -> None:
    got = claims("BMSC-Exos increased AKT, whereas anti-miR-21-Exos restored PTEN expression.")
    assert (MIR21, "decreases", PTEN) in got, got
    assert not {c for c in got if c[2] == PTEN and c[0] != MIR21}, got


def test_these_effects_are_not_those_of_vesicles_lacking_a_mirna() -> None:
    got = claims("In PC12 cells, BMSC-Exos increased phosphorylation of AKT and mTOR, whereas anti-miR-21-Exos restored "
                 "PTEN and PDCD4 expression. These effects were abolished by LY294002.")
    assert ("exokg:BMSC_Exo", "increases", MTOR) in got, got
    assert not {c for c in got if c[2] in {PTEN, "HGNC:8763"} and c[0] != MIR21}, got


def test_a_mirna_some_fold_more_abundant_in_vesicles_is_their_cargo() -> None:
    got = claims("miR-216a-5p was 4.8-fold more abundant in H-EVs than in N-EVs.")
    assert ("GO:1903561", "carries", "mirbase.mature:MIMAT0000273") in got, got


def test_the_marker_outlining_an_area_is_no_object() -> None:
    got = claims("Exosomes reduced the GFAP-delineated lesion area and preserved more NeuN+ neurons.")
    assert (EXOSOME, "decreases", "exokg:lesion_area") in got, got
    assert not {c for c in got if c[2] == "HGNC:4235"}, got


def test_vesicles_compared_by_the_outcome_they_produced() -> None:
    got = claims("In mice, exosomes produced higher BMS scores than N-EVs at day 28 (5.4 ± 0.6 vs. 4.1 ± 0.5; "
                 "p < 0.01), reduced the lesion area and preserved more NeuN+ neurons.")
    assert (EXOSOME, "increases", "exokg:BMS_score") in got, got
    assert not claims("H-EVs had higher levels of miR-216a-5p than N-EVs."), "content is no change"


def test_relieving_a_restraint_on_signalling_raises_it() -> None:
    got = claims("miR-126 relieved the restraint on AKT signaling.")
    assert got == {("mirbase:MI0000471", "increases", "GO:0043491")}, got


def test_a_comparative_after_a_contrast_is_its_own_subjects() -> None:
    got = claims("Exosomes promoted angiogenesis. Pretreatment with U0126 abolished the pro-angiogenic effect, whereas "
                 "miR-126-sp-Exos were substantially less active in all endothelial assays.")
    assert not {c for c in got if c[0] == "CHEBI:90693" and c[2] != "GO:0001525"}, got
    got = claims("Exosomes were given. TNF-α was lower in treated animals, whereas IL-10 was higher.")
    assert {(EXOSOME, "decreases", TNF), (EXOSOME, "increases", "HGNC:5962")} <= got, got


def test_treated_cells_compared_are_the_paragraphs_vesicles() -> None:
    got = claims("pMSC-sEVs reduced neuronal death. Treated neurons displayed less lipid peroxidation and higher GSH.")
    assert {("exokg:PlMSC_Exo", "decreases", "MESH:D015227"), ("exokg:PlMSC_Exo", "increases", "CHEBI:16856")} <= got, got
    got = claims("BMSC-Exos reduced apoptosis. In neurons co-cultured with treated microglia, apoptosis was reduced.")
    assert ("exokg:BMSC_Exo", "decreases", APOPTOSIS) in got, got


def test_treatments_combined_are_no_cargo() -> None:
    assert not claims("Combining IFN-Exos with MCC950 produced no additional locomotor improvement.")


def test_what_yields_vesicles_named_by_a_mirna_changes_no_mirna() -> None:
    got = claims("DPSCs transfected with a miR-146a-5p mimic or inhibitor yielded miR-146a-mimic-Exos and "
                 "miR-146a-inh-Exos.")
    assert not {c for c in got if c[0].startswith("mirbase")}, got  # the mimic's vesicles carry it: no more
    assert not claims("3D culture increased EV yield and raised miR-199a-3p content."), "yield is the noun"


def test_a_stimulus_plus_another_is_one_phrase() -> None:
    assert not claims("Primary rat astrocytes were activated with IL-6 plus soluble IL-6 receptor.")


def test_the_second_comparison_of_treated_cells_has_no_subject_of_its_own() -> None:
    got = claims("GMSC-Exos reduced GFAP. Accordingly, treated astrocytes released less IL-6 and showed reduced JAK2 "
                 "and STAT3 phosphorylation.")
    assert {("exokg:GMSC_Exo", "decreases", g) for g in ("HGNC:6018", "HGNC:6192", "HGNC:11364")} <= got, got
    assert not {c for c in got if c[0] == "HGNC:6018"}, got


def test_its_binding_to_the_3utrs_of_genes_targets_them() -> None:
    got = claims("miR-338-3p was enriched in exosomes, and luciferase reporter assays confirmed its binding to the "
                 "3′UTRs of Sox6 and Hes5.")
    assert {("mirbase.mature:MIMAT0000763", "targets", g) for g in ("HGNC:16421", "HGNC:19764")} <= got, got
    got = claims("Luciferase assays confirmed the binding of miR-338-3p to the 3′-UTR of Sox6.")
    assert ("mirbase.mature:MIMAT0000763", "targets", "HGNC:16421") in got, got


def test_the_vesicles_a_molecule_is_enriched_in_are_the_paragraphs() -> None:
    got = claims("MenSC-sEVs increased MBP. miR-338-3p was enriched in the vesicles.")
    assert ("exokg:MenSC_Exo", "carries", "mirbase.mature:MIMAT0000763") in got, got


def test_a_sentence_may_open_with_a_lowercase_preparation_name() -> None:
    got = claims("Sox6 and Hes5 are two repressors of oligodendrocyte differentiation. inh-338-sEVs failed to promote "
                 "MBP expression.")
    assert not {c for c in got if c[2] == "HGNC:6925"}, got
    assert {("HGNC:16421", "decreases", "GO:0048709"), ("HGNC:19764", "decreases", "GO:0048709")} <= got, got


def test_a_listed_pair_named_as_plural_agents() -> None:
    got = claims("Assays confirmed binding to Sox6 and Hes5, two repressors of oligodendrocyte differentiation.")
    assert {("HGNC:16421", "decreases", "GO:0048709"), ("HGNC:19764", "decreases", "GO:0048709")} <= got, got


def test_what_a_change_came_without_is_no_consequence() -> None:
    got = {(s.subject.curie, s.object.curie) for s in statements(
        "Exosomes increased MBP, without affecting OPC proliferation.")}
    assert ("HGNC:6925", "CL:0002453") not in got, got


def test_a_passives_agent_named_by_its_fall_acts_the_other_way() -> None:
    got = claims("Axonal regeneration is inhibited by low cAMP levels.")
    assert got == {("CHEBI:17489", "increases", "GO:0031103")}, got
    got = claims("Axonal regeneration is limited by the poor intrinsic growth capacity of injured neurons.")
    assert not {c for c in got if c[1] == "decreases"}, got


def test_the_means_of_a_passive_change_acts_on_what_changed() -> None:
    assert claims("Apoptosis was reduced by blocking NF-κB.") == {(NFKB, "increases", APOPTOSIS)}
    assert claims("Motor function was improved by reducing apoptosis.") == {
        (APOPTOSIS, "decreases", "exokg:motor_function")}


def test_a_means_belongs_to_the_clause_without_a_means_of_its_own() -> None:
    got = claims("Other cargoes modulate autophagy through AMPK and mTOR or limit ferroptosis by enhancing Nrf2/HO-1 and "
                 "GPX4.")
    assert ("HGNC:4556", "decreases", FERROPTOSIS) in got, got
    assert not {c for c in got if c[2] == "GO:0006914"}, got


def test_each_means_joined_by_and_is_read_with_its_own_nominal() -> None:
    got = claims("iMSC-Exos reduce neuronal apoptosis through AMPK activation and mTOR inhibition.")
    assert {("exokg:iPSC_MSC_Exo", "increases", "exokg:AMPK"), ("exokg:iPSC_MSC_Exo", "decreases", MTOR),
            ("exokg:AMPK", "decreases", "GO:0051402"), (MTOR, "increases", "GO:0051402")} <= got, got
    got = claims("Exosomes act through inhibition of PTEN and activation of AKT.")
    assert {(EXOSOME, "decreases", PTEN), (EXOSOME, "increases", AKT)} <= got, got
    got = claims("Exosomes promote M2 polarization of macrophages via miR-23b targeting TLR4.")
    assert not {c for c in got if c[2] == "mirbase:MI0000439" and c[1] != "carries"}, got
    # a means after a clause with its own belongs to a clause not read
    got = claims("Other cargos promote angiogenesis via Wnt/β-catenin signalling, enhance oligodendrocyte precursor "
                 "survival through Nrf2/HO-1, and temper reactive astrogliosis via JAK2/STAT3 inhibition.")
    assert not {c for c in got if c[0] == "exokg:JAK_STAT"}, got


MIR338 = "mirbase.mature:MIMAT0000763"


@pytest.mark.parametrize("named", ["inh-338-sEVs", "338-i-sEVs", "miR-338-inh-sEVs", "anti-338-MenSC-sEVs"])
def test_vesicles_named_by_a_mirna_number_and_its_blocker_lack_the_mirna(named: str) -> None:
    got = claims(f"MenSC-derived small extracellular vesicles (MenSC-sEVs) were obtained. MenSCs transfected with a "
                 f"miR-338-3p inhibitor produced {named}. {named} failed to promote MBP expression.")
    assert (MIR338, "increases", "HGNC:6925") in got, got
    assert ("exokg:MenSC_Exo", "carries", MIR338) in got, got


def test_vesicles_named_by_a_mirna_number_and_a_mimic_carry_it() -> None:
    got = statements("DPSCs transfected with a miR-146a-5p mimic or inhibitor yielded miR-146a-mimic-Exos and "
                     "miR-146a-inh-Exos. miR-146a-inh-Exos failed to reduce TRAF6.")
    said = {(s.subject.curie, s.predicate, s.object.curie, any(e.negated for e in s.evidence)) for s in got}
    assert (MIR146A, "decreases", TRAF6, False) in said, said
    assert not {c for c in said if c[2] == TRAF6 and c[0] != MIR146A}, said


def test_a_bare_number_names_no_mirna_the_document_lacks() -> None:
    got = claims("MSCs were treated with inhibitor and gave inh-338-sEVs. inh-338-sEVs failed to promote MBP expression.")
    assert not {c for c in got if c[0].startswith("mirbase")}, got


def test_changes_pointed_back_at_are_not_those_of_a_molecule_named_by_its_loss() -> None:
    got = claims("Downregulation of PDCD4 increased phosphorylation of PI3K and AKT, which in turn lowered cleaved "
                 "caspase-3 and Bax and raised Bcl-2; LY294002 reversed these changes.")
    assert {("HGNC:8763", "decreases", AKT), ("CHEBI:65329", "decreases", AKT)} <= got, got
    assert not {c for c in got if c[0] == "HGNC:8763" and c[1] == "increases"}, got
    got = claims("Knockdown of PTEN increased AKT phosphorylation, and this was reversed by LY294002.")
    assert (PTEN, "decreases", AKT) in got and (PTEN, "increases", AKT) not in got, got


def test_an_agent_of_one_clause_made_no_change_of_another() -> None:
    got = claims("Downregulation of PDCD4 increased phosphorylation of PI3K and AKT, which in turn lowered cleaved "
                 "caspase-3 and Bax and raised Bcl-2; LY294002 reversed these changes.")
    assert ("exokg:PI3K", "decreases", "HGNC:959") in got, got
    assert ("exokg:PI3K", "increases", AKT) not in got, "PI3K lowered Bax; it raised no AKT"


def test_a_pathway_is_not_said_to_act_on_the_molecules_it_is_named_by() -> None:
    got = claims("Exosomes increased AKT phosphorylation and Bcl-2, and LY294002 reversed these changes.")
    assert {(EXOSOME, "regulates", "GO:0043491"), ("GO:0043491", "increases", "HGNC:990")} <= got, got
    got = claims("AKT raised Bcl-2, and LY294002 reversed this effect.")
    assert got == {(AKT, "increases", "HGNC:990"), ("CHEBI:65329", "decreases", "HGNC:990")}, got


def test_a_shift_goes_the_way_its_numbers_go() -> None:
    got = claims("WJ-MSC exosomes decreased TLR4, shifting the CD86+/CD206+ ratio from 3.6 to 0.9.")
    assert ("exokg:UCMSC_Exo", "decreases", "exokg:M1_M2_ratio") in got, got
    assert not {c for c in got if c[2] in {"HGNC:1705", "HGNC:7228"}}, "the ratio's members did not change"
    assert ("GO:0070062", "increases", "exokg:BBB_score") in claims("Exosomes changed the BBB score from 3.6 to 9.9.")


def test_the_area_without_a_marker_is_no_change_of_the_marker() -> None:
    assert claims("Exosomes decreased the GFAP-negative lesion area.") == {
        ("GO:0070062", "decreases", "exokg:lesion_area")}
    assert ("GO:0070062", "decreases", "HGNC:4235") in claims("Exosomes decreased the GFAP-positive area.")


@pytest.mark.parametrize(("text", "preparation", "stimulus"), [
    ("Adipose-derived stem cells (ADSCs) were incubated with 10 μM melatonin for 24 h before exosome isolation "
     "(MT-Exos). MT-Exos reduced NLRP3.", "exokg:ADMSC_Exo", "melatonin"),
    ("DPSCs were exposed to 2 mM lithium chloride for 48 h, and their exosomes (Li-Exos) were compared with those of "
     "untreated DPSCs (DPSC-Exos). Li-Exos reduced NLRP3.", "exokg:DPSC_Exo", "lithium chloride"),
    ("Human placental MSCs (PMSCs) were incubated with 10 μM melatonin for 24 h, and small extracellular vesicles "
     "were collected (MT-sEVs). MT-sEVs reduced NLRP3.", "exokg:PlMSC_Exo", "melatonin"),
    ("Rat ADSCs were treated with 20 μM curcumin for 24 h. Exosomes were then isolated from the conditioned medium "
     "(Cur-Exos). Cur-Exos reduced NLRP3.", "exokg:ADMSC_Exo", "curcumin"),
    ("Human PMSCs were incubated with 10 μM melatonin for 24 h and washed, and sEVs were collected for 48 h "
     "(MT-sEVs) in parallel with sEVs from untreated cells. MT-sEVs reduced NLRP3.", "exokg:PlMSC_Exo", "melatonin"),
])
def test_vesicles_of_treated_cells_keep_their_cells_and_stimulus(text: str, preparation: str, stimulus: str) -> None:
    got = {(s.subject.curie, dict(s.qualifiers).get("preconditioning")) for s in statements(text)
           if s.object.curie == NLRP3}
    assert got == {(preparation, stimulus)}, got


def test_the_paracrine_activity_of_cells_is_no_number_of_cells() -> None:
    assert not claims("Melatonin is known to enhance the paracrine activity of mesenchymal stem cells.")


def test_a_compound_listed_with_a_loss_is_not_lost() -> None:
    # the compound undoes the effect its own way, as it does alone: it works against it, through what it inhibits
    got = claims("Li-Exos increased tube formation. XAV939 or miR-126 depletion abolished the pro-angiogenic effects.")
    assert ("mirbase:MI0000471", "increases", "GO:0001525") in got, got
    assert {c for c in got if "CHEBI:62878" in (c[0], c[2])} == {("CHEBI:62878", "decreases", "GO:0001525")}, got
    assert ("GO:0060070", "increases", "GO:0001525") in got, got


def test_vesicles_lacking_a_molecule_and_an_inhibitor_listed_beside_a_gain_each_undo_the_effect() -> None:
    # only the agomir's rescue had been read; and a knockdown's vesicles "did not affect astrocyte viability under
    # normoxia" had MALAT1 regulating cell survival
    got = claims("Rescue experiments used EVs from WJ-MSCs transfected with MALAT1 siRNA (si-MALAT1-EVs). The EVs "
                 "reduced the A1 marker C3 while increasing the A2 marker S100A10. si-MALAT1-EVs, the miR-125b-5p "
                 "agomir and EX-527 each attenuated these effects, whereas si-MALAT1-EVs did not affect astrocyte "
                 "viability under normoxia.")
    c3, s100a10, malat1, sirt1 = "HGNC:1318", "HGNC:10487", "HGNC:29665", "HGNC:14929"
    assert {(malat1, "decreases", c3), (malat1, "increases", s100a10), (sirt1, "decreases", c3),
            ("mirbase.mature:MIMAT0000423", "increases", c3)} <= got, got
    assert not any(s == malat1 and o == "MESH:D002470" for s, _, o in got), got


def test_most_effects_named_by_their_words_are_undone_effects() -> None:
    got = claims("Li-Exos increased tube formation. XAV939 abolished most pro-angiogenic effects.")
    assert ("GO:0060070", "increases", "GO:0001525") in got, got


HIF1A, TIMP2, MOTOR_FUNCTION = "HGNC:4910", "HGNC:11821", "exokg:motor_function"


@pytest.mark.parametrize("text", [
    "Knockdown of HIF-1α in DPSCs reduced miR-210 levels in their exosomes and impaired their pro-angiogenic effect.",
    "Knockdown of HIF-1α in ADSCs abrogated the pro-angiogenic effect of ADSC-Exos.",
])
def test_a_molecule_taken_away_in_the_donor_cells_is_no_target_of_their_vesicles(text: str) -> None:
    got = claims(text)
    assert (HIF1A, "increases", "GO:0001525") in got, got
    assert not any(o == HIF1A and p == "regulates" for _, p, o in got), got


def test_the_benefit_of_vesicles_lacking_a_molecule_attenuated_is_a_rescue_by_its_loss() -> None:
    got = claims("Exosomes from BMSCs transfected with TIMP2 siRNA failed to reduce MMP-9 activity or Evans blue "
                 "leakage, and their benefit on hindlimb function, evaluated by BBB scores and the inclined plane test, "
                 "was markedly attenuated.")
    assert {(TIMP2, "increases", MOTOR_FUNCTION), ("exokg:BMSC_Exo", "increases", MOTOR_FUNCTION)} <= got, got
    assert not any(o == TIMP2 for _, _, o in got), got


@pytest.mark.parametrize(("text", "process"), [
    ("BMSC-Exos enhanced the phagocytic activity of microglia.", "GO:0006909"),
    ("MSC exosomes improved the migratory capacity of endothelial cells.", "GO:0016477"),
    ("Exosomes increased the proliferative capacity of neural stem cells.", "GO:0008283"),
    ("Exosomes restored the myelinating function of oligodendrocytes.", "GO:0042552"),
])
def test_a_kind_of_work_cells_do_is_the_process_not_the_cells(text: str, process: str) -> None:
    got = mechanism_claims(text)
    assert {o for _, _, o in got} == {process}, got


def test_a_function_no_process_names_is_no_number_of_cells() -> None:
    assert not {c for c in claims("BMSC-Exos enhanced the neurotrophic function of astrocytes.")
                if c[1] != "derived_from"}


@pytest.mark.parametrize(("text", "expected"), [
    ("USC-Exos halved the number of infiltrating neutrophils.", ("exokg:USC_Exo", "decreases", "CL:0000775")),
    ("USC-Exos doubled CD31+ microvessel density.", ("exokg:USC_Exo", "increases", "exokg:microvessel_density")),
])
def test_halving_and_doubling_are_changes(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims(text)


def test_a_marked_cell_count_after_and_opens_a_clause_of_its_own() -> None:
    got = claims("Exosome treatment increased CD31+ microvessel density, and the number of infiltrating MPO+ "
                 "neutrophils was halved.")
    assert ("GO:0070062", "increases", "exokg:microvessel_density") in got, got
    assert not any(o == "CL:0000775" and p == "increases" for _, p, o in got), got
    assert not any(s == "exokg:microvessel_density" for s, _, _ in got), got


def test_the_cells_cargo_was_sent_to_act_through_nothing() -> None:
    got = claims("BMSC-Exos transfer miR-26a-5p to injured neurons, suppressing PTEN and reactivating PI3K/AKT/mTOR "
                 "signalling.")
    assert {("exokg:BMSC_Exo", "decreases", PTEN), ("exokg:BMSC_Exo", "increases", "GO:0043491")} <= got, got
    assert not any(s == NEURON for s, _, _ in got), got


def test_relieving_a_restraint_of_signalling_raises_it() -> None:
    got = claims("Exosomal miR-26a-5p relieves PTEN-mediated restraint of PI3K/AKT/mTOR signalling.")
    assert {("mirbase.mature:MIMAT0000082", "increases", "GO:0043491"), (PTEN, "decreases", "GO:0043491")} <= got, got


def test_a_dependence_named_before_a_time_names_no_target() -> None:
    assert not claims("Whether exosomes relieve PTEN-dependent inhibition after spinal cord injury (SCI) remains "
                      "unclear.")


def test_what_a_binding_means_led_to_is_a_consequence_of_the_repression() -> None:
    got = claims("miR-23b-3p repressed Keap1 by binding its 3'-UTR, promoting nuclear accumulation of Nrf2 and "
                 "transcription of HO-1 and NQO1.")
    assert ("HGNC:23177", "decreases", "HGNC:7782") in got, got
    assert not any(o == "HGNC:23177" and s != "mirbase.mature:MIMAT0000418" for s, _, o in got), got


def test_a_long_name_and_its_short_form_open_a_clause() -> None:
    got = claims("Canonical Wnt/β-catenin signalling supports neuronal survival, and glycogen synthase kinase-3β "
                 "(GSK-3β) promotes β-catenin degradation.")
    assert ("HGNC:4617", "decreases", "HGNC:2514") in got, got
    assert not any(o == "HGNC:4617" for _, _, o in got), got


def test_a_fall_named_after_a_molecule_goes_with_the_change_said_of_it() -> None:
    got = claims("EVs lowered TNF-α. These effects were accompanied by reduced IκBα degradation.")
    assert ("GO:1903561", "increases", "HGNC:7797") in got, got
    assert (EXOSOME, "increases", "HGNC:8104") in claims("Exosomes prevented occludin loss.")


def test_a_model_induced_with_a_compound_is_no_change_of_the_vesicles() -> None:
    got = claims("EVs reduced apoptosis in neurons. Neuronal ER stress was induced in primary spinal neurons and PC12 "
                 "cells with tunicamycin.")
    assert not any(o == "GO:0034976" for _, _, o in got), got


def test_disinhibiting_signalling_raises_it() -> None:
    got = claims("Olfactory mucosa mesenchymal stem cell-derived exosomes promote axon regeneration by silencing KLF4 "
                 "and disinhibiting JAK2/STAT3 signalling.")
    assert ("exokg:OEMSC_Exo", "increases", "GO:0007259") in got, got


def test_cells_counted_by_a_state_marker_and_a_kind_marker_count_the_state() -> None:
    got = claims("CAQK-EVs reduced the number of CHOP+/NeuN+ neurons.")
    assert got == {("GO:1903561", "decreases", "HGNC:2726")}, got


def test_the_cells_primed_are_no_actor() -> None:
    got = claims("Inflammatory licensing of adipose-derived stem cells increases exosomal let-7b-5p.")
    assert not any(s.startswith("CL:") for s, _, _ in got), got


def test_what_a_sentence_places_downstream_acts_on_nothing_upstream() -> None:
    got = claims("USC-Exos reduced NOX2 and ROS. The p38 inhibitor SB203580 partly reproduced the protective effect, "
                 "suggesting that p38 MAPK acts downstream of NOX2.")
    assert ("HGNC:2578", "regulates", "HGNC:6876") in got, got
    assert not any(s == "HGNC:6876" and o == "HGNC:2578" for s, _, o in got), got


_PTEN_AKT_NEURITES = ("BMSC-Exos decreased PTEN expression and increased p-AKT levels and neurite outgrowth in PC12 "
                      "cells. ")


def test_a_rescue_shows_the_node_taken_away_acting_on_nothing_upstream_of_it() -> None:
    got = claims(_PTEN_AKT_NEURITES + "These effects were abolished by the PI3K inhibitor LY294002.")
    assert not any(s == "exokg:PI3K" and o == PTEN for s, _, o in got), "PTEN holds PI3K back, not the reverse"
    assert ("exokg:PI3K", "increases", AKT) in got and ("exokg:PI3K", "increases", "GO:0031175") in got
    got = claims("BMSC-Exos decreased Keap1 and increased Nrf2 and HO-1 in neurons. These effects were reversed by "
                 "Nrf2 knockdown.")
    assert ("HGNC:7782", "increases", "HGNC:5013") in got and ("HGNC:7782", "decreases", "HGNC:23177") not in got


def test_a_compound_acts_on_nothing_upstream_of_its_target() -> None:
    got = claims(_PTEN_AKT_NEURITES + "These effects were abolished by rapamycin.")
    assert not any(o == PTEN for s, _, o in got if s in {MTOR, "CHEBI:9168"}), got
    assert (MTOR, "increases", "GO:0031175") in got


def test_a_compound_in_its_own_by_part_beside_a_named_inhibition_is_read() -> None:
    got = claims(_PTEN_AKT_NEURITES + "These effects were abolished by the PI3K inhibitor LY294002 and by rapamycin.")
    assert ("exokg:BMSC_Exo", "regulates", MTOR) in got and (MTOR, "increases", "GO:0031175") in got
    assert ("exokg:PI3K", "increases", "GO:0031175") in got


def test_vesicles_named_by_their_mirna_beside_a_control_are_the_cells_engineered_preparation() -> None:
    text = ("Rat ADSCs were transduced with a lentivirus encoding miR-133b or a negative-control sequence, and "
            "exosomes (miR133b-Exos and NC-Exos) were isolated by ultracentrifugation. miR133b-Exos decreased RhoA "
            "compared with NC-Exos. NC-Exos reduced apoptosis.")
    found = statements(text)
    (rhoa,) = [s for s in found if s.object.curie == "HGNC:667" and s.subject.curie.startswith("exokg:")]
    assert rhoa.subject.curie == "exokg:ADMSC_Exo" and ("engineered_with", "hsa-miR-133b") in rhoa.qualifiers, rhoa
    (plain,) = [s for s in found if s.object.curie == APOPTOSIS]
    assert plain.subject.curie == "exokg:ADMSC_Exo" and "engineered_with" not in dict(plain.qualifiers), plain


def test_a_short_form_glued_to_what_the_cells_were_primed_with_is_that_preparation() -> None:
    text = ("Human WJ-MSCs were left untreated or primed with IFN-γ (50 ng/mL, 48 h), and EVs (Ctrl-EVs and IFNγ-EVs) "
            "were purified by size-exclusion chromatography. IFNγ-EVs lowered IRAK1. Ctrl-EVs lowered TRAF6.")
    found = statements(text)
    assert not any(s.predicate == "carries" for s in found), [str(s) for s in found]
    (primed,) = [s for s in found if s.object.curie == "HGNC:6112"]
    (plain,) = [s for s in found if s.object.curie == "HGNC:12036"]
    assert primed.subject.curie == plain.subject.curie == "exokg:UCMSC_Exo", found
    assert ("preconditioning", "IFN-γ") in primed.qualifiers and "preconditioning" not in dict(plain.qualifiers)


@pytest.mark.parametrize("opening", ["These effects were abolished", "The benefits were lost"])
def test_vesicles_from_cells_given_an_inhibitor_in_a_when_clause_are_a_rescue(opening: str) -> None:
    got = claims("BMSC-Exos lowered GFAP and neurocan in astrocytes. " + opening + " when exosomes came from BMSCs "
                 "transfected with a miR-125b-5p inhibitor and were reversed by STAT3 overexpression.")
    assert ("exokg:BMSC_Exo", "carries", "mirbase.mature:MIMAT0000423") in got, got
    assert ("mirbase.mature:MIMAT0000423", "decreases", "HGNC:4235") in got
    assert ("HGNC:11364", "increases", "HGNC:4235") in got


def test_what_fell_takes_no_object() -> None:
    got = claims("Neutrophil infiltration, measured by MPO, fell by 46%, and BBB scores at day 28 were 11.6 ± 1.1 with "
                 "MT-sEVs.")
    assert not any(o == "exokg:BBB_score" for _, _, o in got), got


def test_protection_opening_a_sentence_is_the_protective_effect_just_read() -> None:
    got = {(s.subject.curie, s.predicate, s.object.curie, s.evidence[0].negated) for s in statements(
        "MT-sEVs increased Nrf2 and HO-1 and reduced ROS in SCMECs. Protection was abolished by the Nrf2 inhibitor "
        "ML385 and reversed by NOX4 overexpression.")}
    assert ("GO:1903561", "decreases", "HGNC:7782", False) not in got, "the vesicles raised Nrf2"
    assert ("HGNC:7782", "decreases", ROS, False) in got and ("HGNC:7891", "increases", ROS, False) in got, got


def test_allowing_signalling_raises_it_and_allowing_to_names_nothing() -> None:
    got = claims("MSC-EVs preserved BSCB integrity by suppressing NOX4 and allowing Nrf2/HO-1 signaling.")
    assert ("exokg:MSC_Exo", "increases", "exokg:Nrf2_HO1") in got, got
    assert ("exokg:Nrf2_HO1", "increases", "exokg:BSCB_integrity") in got
    got = claims("miR-1 and miR-29 expression levels allowed to distinguish treated from untreated patients, and "
                 "miR-16 and miR-30a differed.")
    assert not any(p == "increases" for _, p, _ in got), got


@pytest.mark.parametrize(("text", "vesicles", "mirna", "stimulus"), [
    ("Human placental MSCs (PMSCs) were incubated with 10 μM melatonin for 24 h, and small extracellular vesicles "
     "were collected (MT-sEVs). Melatonin preconditioning increased sEV miR-137 3.2-fold.", "exokg:PlMSC_Exo",
     "mirbase:MI0000454", "melatonin"),
    ("IFN-γ priming increased exosomal miR-146a-5p approximately 3.5-fold.", "GO:0070062",
     "mirbase.mature:MIMAT0000449", "IFN-γ"),
    ("Melatonin (MT) pretreatment increased the miR-23b-3p content of exosomes.", "GO:0070062",
     "mirbase.mature:MIMAT0000418", "melatonin"),
    ("Hypoxic preconditioning increased the level of miR-216a-5p in BMSC-derived exosomes.", BMSC_EXO,
     "mirbase.mature:MIMAT0000273", "hypoxia"),
])
def test_a_stimulus_raising_vesicular_cargo_makes_primed_vesicles_carry_it(
        text: str, vesicles: str, mirna: str, stimulus: str) -> None:
    got = statements(text)
    assert not any(s.subject.category == "biolink:ChemicalEntity" or s.subject.curie == "HGNC:5438" for s in got), got
    assert [(s.subject.curie, s.predicate, dict(s.qualifiers).get("preconditioning")) for s in got
            if s.object.curie == mirna] == [(vesicles, "carries", stimulus)], got


def test_a_stimulus_raising_a_mirna_in_cells_still_raises_it() -> None:
    assert ("CHEBI:16796", "increases", "mirbase:MI0000454") in claims(
        "Melatonin preconditioning increased miR-137 in PMSCs.")


@pytest.mark.parametrize("text", [
    "NF200+ and GAP43+ fibers crossing the lesion border increased 2.8-fold, and BBB scores reached 10.4 ± 1.3.",
    "TNF-α increased 2-fold and IL-6 rose.",
])
def test_a_change_closed_by_its_amount_takes_no_object(text: str) -> None:
    assert not claims(text), claims(text)


def test_an_amount_before_an_object_keeps_the_object() -> None:
    assert ("GO:0070062", "increases", "HGNC:5962") in claims("Exosomes increased 2-fold the level of IL-10.")


@pytest.mark.parametrize("text, agent, obj", [
    ("Primary astrocytes were stimulated with interleukin-6 plus soluble IL-6 receptor to activate JAK2/STAT3 "
     "signaling.", "HGNC:6018", "GO:0007259"),
    ("BV2 microglia were primed with LPS to induce NLRP3 inflammasome activation.", "CHEBI:16412", "GO:0044546"),
    ("BV2 microglia were challenged with LPS to induce inflammation.", "CHEBI:16412", INFLAMMATION),
])
def test_what_cells_were_given_does_what_it_was_given_for(text: str, agent: str, obj: str) -> None:
    got = claims(text)
    assert (agent, "increases", obj) in got and not any(s.startswith("CL:") for s, _, _ in got), got


def test_vesicles_named_with_an_sirna_are_the_loaded_preparation_kept_apart_from_their_control() -> None:
    got = statements("CAQK-siNLRP3-sEVs reduced NLRP3 mRNA by 72% in BV2 cells and decreased cleaved caspase-1 and "
                     "IL-18, whereas siNC-sEVs modestly lowered IL-1β but did not change GSDMD-N.")
    said = {(s.object.curie, s.predicate, dict(s.qualifiers).get("engineered_with"), s.evidence[0].negated)
            for s in got}
    assert {("HGNC:16400", "decreases", "NLRP3 siRNA", False), ("HGNC:5986", "decreases", "NLRP3 siRNA", False),
            ("HGNC:5992", "decreases", None, False), ("HGNC:25697", "regulates", None, True)} <= said, said


@pytest.mark.parametrize("text, preparation", [
    ("MSC-derived vesicles reduced inflammation.", "exokg:MSC_Exo"),
    ("Vesicles secreted by BMSCs reduced inflammation.", BMSC_EXO),
])
def test_vesicles_named_with_their_cells_are_the_cells_preparation(text: str, preparation: str) -> None:
    got = mechanism_claims(text)
    assert got == {(preparation, "decreases", INFLAMMATION)}, got


def test_vesicles_alone_name_no_preparation() -> None:
    assert not claims("Synaptic vesicles reduced inflammation.")


def test_a_passive_agent_is_no_subject_of_the_passive_coordinated_after_it() -> None:
    got = claims("USC-EVs decreased PTEN; the pro-angiogenic effects were abolished by the PI3K inhibitor LY294002 and "
                 "attenuated when EVs were collected from USCs transfected with miR-19a/b inhibitors (anti-miR-EVs).")
    assert not any("CHEBI:65329" in (s, o) for s, _, o in got), got
    assert ("exokg:PI3K", "increases", "GO:0001525") in got


def test_a_change_produced_by_vesicles_is_theirs() -> None:
    got = claims("Forced NOX2 expression in PC12 cells reversed the reduction in lipid peroxidation produced by "
                 "exosomes.")
    assert ("GO:0070062", "decreases", "MESH:D015227") in got and ("HGNC:2578", "increases", "MESH:D015227") in got
    assert not any(p == "carries" for _, p, _ in got), got


def test_a_phrase_a_sentence_opens_with_is_no_subject() -> None:
    assert claims("In neurons on CSPG, exosomes reduced ROCK2 protein by 68%.") == {
        ("GO:0070062", "decreases", "HGNC:10252")}


@pytest.mark.parametrize("text, found", [
    ("Exosomes engaged Nrf2/HO-1 signaling.", True),
    ("Microglia engaged in phagocytosis of debris.", False),
])
def test_engaging_a_pathway_raises_it(text: str, found: bool) -> None:
    assert bool({c for c in claims(text) if c[1] == "increases"}) is found, claims(text)


def test_vesicles_named_with_an_sirna_after_them_are_the_loaded_preparation() -> None:
    got = statements("In neurons on CSPG, CAQK-EVs-siROCK2 reduced ROCK2 protein by 68%, whereas EVs-siNC did not.")
    assert [(s.subject.curie, s.predicate, dict(s.qualifiers).get("engineered_with")) for s in got
            if s.object.curie == "HGNC:10252" and not s.evidence[0].negated] \
        == [("GO:1903561", "decreases", "ROCK2 siRNA")], got


def test_vesicles_from_the_primed_cells_of_the_clause_before_are_their_preparation() -> None:
    got = statements("Human dental pulp stem cells (DPSCs) were primed with TNF-α and IFN-γ (20 ng/mL each, 24 h), and "
                     "exosomes from primed cells (TI-Exos) were compared with exosomes from unprimed DPSCs (Con-Exos). "
                     "TI-Exos reduced NLRP3 in BV2 cells.")
    assert [(s.subject.curie, dict(s.qualifiers).get("preconditioning")) for s in got
            if s.object.curie == "HGNC:16400"] == [("exokg:DPSC_Exo", "TNF-α and IFN-γ")], got


@pytest.mark.parametrize("text", [
    "Demyelination of spared axons contributes to persistent conduction deficits after spinal cord injury (SCI), and "
    "oligodendrocyte precursor cells (OPCs) recruited to the lesion often fail to mature.",
    "Mitochondrial dysfunction in spinal motor neurons is an early driver of secondary damage after spinal cord "
    "injury (SCI), and curcumin, although neuroprotective, suffers from poor solubility and bioavailability.",
    "BV2 cells and primary microglia were stimulated with lipopolysaccharide (LPS, 100 ng/mL) plus interferon-γ "
    "(IFN-γ, 20 ng/mL).",
])
def test_a_clause_of_its_own_or_a_stimulus_given_is_no_object(text: str) -> None:
    assert not claims(text), claims(text)


def test_a_stimulus_enhancing_vesicles_of_cells_the_lexicon_lacks_is_no_agent() -> None:
    got = statements("Curcumin priming enhances the capacity of hAMSC exosomes to restrain cGAS-STING-mediated "
                     "inflammation.")
    assert [(s.subject.curie, s.predicate, s.object.curie, dict(s.qualifiers).get("preconditioning")) for s in got] \
        == [("GO:0070062", "decreases", INFLAMMATION, "curcumin")], got


def test_a_stimulus_named_with_its_short_form_is_one_stimulus() -> None:
    got = statements("MenSCs were primed with interleukin-1β (IL-1β, 20 ng/mL, 24 h), and their exosomes "
                     "(IL-1β-Exos) were compared with those from unprimed cells. IL-1β-Exos reduced iNOS.")
    assert [(s.subject.curie, dict(s.qualifiers).get("preconditioning")) for s in got
            if s.object.curie == "HGNC:7873"] == [("exokg:MenSC_Exo", "IL-1β")], got


def test_vesicles_named_by_two_glued_parts_are_vesicles() -> None:
    got = claims("RVG-Cur-Exos restored mitochondrial membrane potential (JC-1 red/green ratio 2.84 ± 0.31 vs. "
                 "1.12 ± 0.18), reduced ROS and lowered the Bax/Bcl-2 ratio.")
    assert {s for s, _, _ in got} == {"GO:0070062"} and ("GO:0070062", "decreases", ROS) in got, got


@pytest.mark.parametrize(("text", "source"), [
    ("Exosomes from TNF-α/IFN-γ-primed ADSCs reduced IL-6.", "exokg:ADMSC_Exo"),
    ("Exosomes from TNF-α- and IFN-γ-primed ADSCs reduced IL-6.", "exokg:ADMSC_Exo"),
    ("EVs secreted by IFN-γ/TNF-α-licensed BMSCs reduced IL-6.", "exokg:BMSC_Exo"),
])
def test_vesicles_of_cells_primed_with_two_stimuli_named_as_one_modifier(text: str, source: str) -> None:
    got = statements(text)
    assert [(s.subject.curie, s.predicate, s.object.curie) for s in got
            if s.predicate != "derived_from"] == [(source, "decreases", "HGNC:6018")], got
    assert set(dict(got[0].qualifiers)["preconditioning"].split(" and ")) == {"TNF-α", "IFN-γ"}, got


@pytest.mark.parametrize("text", [
    "ADSCs were primed with TNF-α and IFN-γ, and their EVs were isolated. TNF-α/IFN-γ priming augments the "
    "let-7b-5p cargo of ADSC-EVs.",
    "TNF-α and IFN-γ priming augments the let-7b-5p cargo of ADSC-EVs.",
])
def test_two_stimuli_raising_the_cargo_of_vesicles_named_after_it_say_the_primed_vesicles_carry_it(text: str) -> None:
    got = [s for s in statements(text) if s.object.curie == "mirbase.mature:MIMAT0000063"]
    assert [(s.subject.curie, s.predicate, dict(s.qualifiers).get("preconditioning")) for s in got] \
        == [("exokg:ADMSC_Exo", "carries", "TNF-α and IFN-γ")], got


def test_a_stimulus_raising_the_cargo_content_of_vesicles_says_they_carry_it() -> None:
    got = statements("IFN-γ priming raised the miR-146b-5p content of EVs 3.8-fold.")
    assert [(s.subject.curie, s.predicate, s.object.curie, dict(s.qualifiers).get("preconditioning")) for s in got] \
        == [("GO:1903561", "carries", "mirbase.mature:MIMAT0002809", "IFN-γ")], got


def test_a_cargo_identified_as_the_most_enriched_in_vesicles_is_carried() -> None:
    got = claims("Small RNA sequencing identified miR-223-3p as the most enriched transcript in BMSC-Exos.")
    assert ("exokg:BMSC_Exo", "carries", "mirbase.mature:MIMAT0000280") in got, got


@pytest.mark.parametrize("text", [
    "RhoA, identified as a direct target of miR-133b by luciferase reporter assay, was suppressed by BMSC-Exos.",
    "RhoA, identified as a direct target of miR-133b by luciferase reporter assay, and its downstream effector "
    "phosphorylated myosin light chain were suppressed by BMSC-Exos.",
])
def test_an_aside_opened_by_a_participle_of_what_was_found_leaves_the_subject(text: str) -> None:
    got = claims(text)
    assert ("exokg:BMSC_Exo", "decreases", "HGNC:667") in got, got


def test_a_target_after_an_aside_with_a_relative_clause_is_read() -> None:
    got = claims("Interferon regulatory factor 5 (IRF5), a transcription factor that drives M1 programming, was "
                 "validated as a target of miR-125a-5p.")
    assert got == {("mirbase.mature:MIMAT0000443", "targets", "HGNC:6120")}, got


def test_cells_polarized_with_stimuli_do_not_raise_them() -> None:
    got = claims("Bone marrow-derived macrophages (BMDMs) polarized with LPS and IFN-γ were treated with sEVs "
                 "(20 μg/mL).")
    assert not got, got


def test_two_preparations_termed_in_words_are_the_cells_preparations_with_their_treatment() -> None:
    got = statements("OE-MSCs isolated from human nasal lamina propria were exposed to resveratrol (20 μM, 24 h) "
                     "before conditioned medium collection; sEVs from primed and unprimed cells were termed Res-sEVs "
                     "and Con-sEVs. Res-sEVs lowered ACSL4, and Con-sEVs lowered GPX4.")
    assert {(s.subject.curie, s.object.curie, dict(s.qualifiers).get("preconditioning")) for s in got
            if s.predicate == "decreases"} == {("exokg:OEMSC_Exo", "HGNC:3571", "resveratrol"),
                                               ("exokg:OEMSC_Exo", "HGNC:4556", None)}, got


def test_two_preparations_named_hereafter_are_the_cells_preparations() -> None:
    got = claims("Here, we compared exosomes secreted by bone marrow mesenchymal stem cells (BMSCs) isolated from "
                 "young (2-month-old) and aged (20-month-old) Sprague-Dawley rats, hereafter Y-Exos and A-Exos. "
                 "Y-Exos reduced RhoA.")
    assert ("exokg:BMSC_Exo", "decreases", "HGNC:667") in got, got


def _treated_claims(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(s.subject.curie, s.predicate, s.object.curie, dict(s.qualifiers).get("preconditioning"))
            for s in statements(text) if s.predicate != "derived_from"}


def test_vesicles_isolated_from_the_medium_by_ultracentrifugation_are_the_primed_cells_preparation() -> None:
    got = _treated_claims("hUC-MSCs were primed with tumor necrosis factor-α (TNF-α, 10 ng/mL) plus interferon-γ "
                          "(IFN-γ, 10 ng/mL) for 48 h, and exosomes were isolated from the conditioned medium by "
                          "differential ultracentrifugation (TI-Exos). TI-Exos reduced IL-6.")
    assert got == {("exokg:UCMSC_Exo", "decreases", "HGNC:6018", "TNF-α and IFN-γ")}, got


def test_vesicles_of_unprimed_cells_beside_primed_ones_are_the_plain_preparation() -> None:
    got = _treated_claims("hUC-MSCs were primed with TNF-α for 48 h, and exosomes were isolated (TI-Exos) and "
                          "compared with exosomes from unprimed cells (N-Exos). N-Exos reduced IL-1β.")
    assert got == {("exokg:UCMSC_Exo", "decreases", "HGNC:5992", None)}, got


def test_a_stimulus_alone_raising_exosomal_cargo_is_the_priming_of_the_preparation_named_before() -> None:
    got = _treated_claims("Methods: Rat BMSCs were incubated with 10 μM melatonin for 24 h before exosome "
                          "collection (MT-Exos).\n\nResults: Melatonin increased exosomal miR-138-5p by 3.1-fold.")
    assert ("exokg:BMSC_Exo", "carries", "mirbase.mature:MIMAT0000430", "melatonin") in got, got
    assert not any(s == "CHEBI:16796" for s, *_ in got), got


def test_a_stimulus_no_preparation_was_primed_with_keeps_its_own_claim() -> None:
    got = _treated_claims("Rat BMSCs were incubated with 10 μM melatonin for 24 h before exosome collection "
                          "(MT-Exos). Lithium increased exosomal miR-21.")
    assert not any(p == "carries" and q == "melatonin" for _, p, _, q in got), got


def test_vesicles_applied_to_cells_overexpressing_a_target_do_not_raise_it() -> None:
    got = claims("Hypo-Exos reduced apoptosis. Exosomes from BMSCs transfected with a miR-21-5p inhibitor lost most "
                 "of their benefit, as did Hypo-Exos applied to neurons overexpressing PDCD4 or pretreated with the "
                 "PI3K inhibitor LY294002 (10 µM).")
    assert not any(p == "increases" and o in {"HGNC:8763", "CHEBI:65329"} for _, p, o in got), got


@pytest.mark.parametrize("text", [
    "BMSC-Exos reduced apoptosis. Exosomes from BMSCs transfected with a miR-21-5p inhibitor lost most of their "
    "benefit.",
    "BMSC-Exos reduced apoptosis. Exosomes from miR-21-5p-knockdown BMSCs lost their protective effect.",
])
def test_vesicles_made_to_lack_a_mirna_losing_their_benefit_carry_it(text: str) -> None:
    got = claims(text)
    assert ("exokg:BMSC_Exo", "carries", "mirbase.mature:MIMAT0000076") in got, got
    assert ("mirbase.mature:MIMAT0000076", "decreases", "GO:0006915") in got, got


def test_vesicles_from_cells_given_nothing_that_lose_their_effect_name_no_rescue() -> None:
    got = mechanism_claims("BMSC-Exos reduced apoptosis. Exosomes from heat-shocked BMSCs lost their effect.")
    assert got == {("exokg:BMSC_Exo", "decreases", "GO:0006915")}, got


@pytest.mark.parametrize("text", [
    "BMSC-Exos reduced apoptosis. BMSC-Exos applied to neurons overexpressing PDCD4 lost their benefit.",
    "BMSC-Exos reduced apoptosis. The benefit of BMSC-Exos was abolished in neurons overexpressing PDCD4.",
])
def test_a_benefit_lost_in_cells_overexpressing_a_target_is_its_rescue(text: str) -> None:
    got = claims(text)
    assert ("exokg:BMSC_Exo", "regulates", "HGNC:8763") in got, got
    assert ("HGNC:8763", "increases", "GO:0006915") in got, got


def test_cargo_listed_with_short_forms_and_said_found_in_the_perfect_is_carried() -> None:
    # "have each been detected" had given nothing, and a list's members after a short form had been dropped
    got = mechanism_claims("Milk fat globule-EGF factor 8 (MFG-E8), tumor necrosis factor-stimulated gene-6 (TSG-6), "
                           "tissue inhibitor of metalloproteinases 2 (TIMP2) and vascular endothelial growth factor A "
                           "(VEGF-A) have each been detected in MSC-Exos.")
    assert got == {("exokg:MSC_Exo", "carries", g) for g in ("HGNC:7036", "HGNC:11898", "HGNC:11821", "HGNC:12680")}


def test_a_kinases_substrates_named_after_it_are_what_a_verb_before_takes() -> None:
    # "the ROCK substrates ..." had read ROCK as lowered; the substrates are named past a name the lexicon lacks
    got = claims("BMSC-Exos reduced phosphorylation of the ROCK substrates myosin light chain (MLC) and LIM kinase 1 "
                 "(LIMK1)/cofilin by 41-53%.")
    assert {("exokg:BMSC_Exo", "decreases", "HGNC:6613"), ("exokg:BMSC_Exo", "decreases", "HGNC:1874"),
            ("exokg:ROCK", "regulates", "HGNC:6613")} <= got and not any(o == "exokg:ROCK" for _, _, o in got), got
    # "PKA substrates and CREB" names no substrate: CREB is no PKA substrate here, and PKA's substrates rise
    got = claims("miR-338-Exo increased cAMP, with enhanced phosphorylation of PKA substrates and CREB.")
    assert not any(s == "exokg:PKA" for s, _, _ in got), got


def test_a_cargo_enriched_by_a_fold_change_is_carried() -> None:
    assert mechanism_claims("BMSC-Exos were enriched 3.8-fold in miR-21-5p.") == {
        ("exokg:BMSC_Exo", "carries", "mirbase.mature:MIMAT0000076")}


def test_an_outcome_smaller_after_vesicles_is_their_effect() -> None:
    got = mechanism_claims("Lesion volume at day 28 was smaller after BMSC-Exos.")
    assert got == {("exokg:BMSC_Exo", "decreases", "exokg:lesion_volume")}, got


def test_cells_left_untreated_or_stimulated_raise_nothing_and_their_pair_termed_in_parentheses_is_read() -> None:
    got = _treated_claims("WJ-MSCs were left untreated or stimulated with TNF-α and IFN-γ (20 ng/mL each) for 24 h; "
                          "sEVs from naive and primed cells (termed N-sEVs and P-sEVs, respectively) were purified by "
                          "ultrafiltration. P-sEVs lowered TNF-α. N-sEVs lowered IL-6.")
    assert got == {("exokg:UCMSC_Exo", "decreases", "HGNC:11892", "TNF-α and IFN-γ"),
                   ("exokg:UCMSC_Exo", "decreases", "HGNC:6018", None)}, got


@pytest.mark.parametrize("text", [
    "sEVs from primed WJ-MSCs in which miR-145-5p had been knocked down improved BMS scores only to the level "
    "achieved with N-sEVs.",
    "Exosomes from WJ-MSCs in which miR-145-5p was silenced failed to improve BMS scores.",
])
def test_vesicles_from_cells_in_which_a_mirna_was_knocked_down_helping_less_say_it_was_needed(text: str) -> None:
    got = mechanism_claims(text)
    assert got == {("exokg:UCMSC_Exo", "carries", "mirbase.mature:MIMAT0000437"),
                   ("mirbase.mature:MIMAT0000437", "increases", "exokg:BMS_score")}, got


def test_vesicles_lacking_a_mirna_that_still_improve_an_outcome_say_nothing_of_the_mirna() -> None:
    got = mechanism_claims("Exosomes from miR-145-5p-knockdown WJ-MSCs improved BMS scores.")
    assert got == {("exokg:UCMSC_Exo", "carries", "mirbase.mature:MIMAT0000437")}, got


@pytest.mark.parametrize(("text", "predicate"), [
    ("IL-10 rose only with BMSC-Exos (1.9-fold, p < 0.01).", "increases"),
    ("TNF-α fell after BMSC-Exos.", "decreases"),
])
def test_a_change_with_or_after_vesicles_is_theirs(text: str, predicate: str) -> None:
    got = mechanism_claims(text)
    assert len(got) == 1 and next(iter(got))[:2] == ("exokg:BMSC_Exo", predicate), got


def test_members_of_a_class_of_mirnas_upregulated_in_vesicles_are_their_cargo() -> None:
    got = mechanism_claims("Results: Of the 14 miRNAs upregulated in BMSC-Exos, miR-145-5p showed the largest "
                           "increase (5.2-fold vs. control exosomes).")
    assert got == {("exokg:BMSC_Exo", "carries", "mirbase.mature:MIMAT0000437")}, got


@pytest.mark.parametrize(("text", "expected"), [
    ("BMSC-Exos-treated mice reached a BMS score of 5.4 ± 0.6 at day 42, compared with 4.1 ± 0.7 after ADSC-Exos "
     "and 2.8 ± 0.5 after vehicle (p < 0.001).", ("exokg:BMSC_Exo", "increases", "exokg:BMS_score")),
    ("BMS scores at day 28 reached 5.6 ± 0.4 in the BMSC-Exos group versus 2.9 ± 0.3 and 4.2 ± 0.4 in the PBS and "
     "ADSC-Exos groups.", ("exokg:BMSC_Exo", "increases", "exokg:BMS_score")),
    ("BMSC-Exos-treated rats had MDA levels of 2.1 nmol/mg, compared with 4.0 nmol/mg in the PBS group.",
     ("exokg:BMSC_Exo", "decreases", "MESH:D008315")),
])
def test_a_treated_groups_value_against_the_control_groups_is_the_treatments_change(
        text: str, expected: tuple[str, str, str]) -> None:
    assert mechanism_claims(text) == {expected}


@pytest.mark.parametrize("text", [
    "BMSC-Exos-treated mice reached a BMS score of 5.4 ± 0.6, compared with 6.1 ± 0.7 for ADSC-Exos.",
    "BMSC-Exos-treated mice were studied, and MEP amplitudes recovered to 38% of uninjured values versus 14% with "
    "control vesicles.",
])
def test_values_against_another_preparation_or_in_another_clause_say_nothing(text: str) -> None:
    assert not {c for c in mechanism_claims(text) if c[1] in {"increases", "decreases"}}


def test_a_benefit_lost_as_well_by_vesicles_given_to_manipulated_cells_is_each_manipulations_rescue() -> None:
    got = mechanism_claims("BMSC-Exos reduced apoptosis. Exosomes from BMSCs transfected with a miR-21-5p inhibitor lost "
                           "most of their benefit, as did BMSC-Exos applied to neurons overexpressing PDCD4 or "
                           "pretreated with the PI3K inhibitor LY294002.")
    assert {("exokg:BMSC_Exo", "regulates", "HGNC:8763"), ("HGNC:8763", "increases", "GO:0006915"),
            ("exokg:BMSC_Exo", "regulates", "exokg:PI3K"), ("exokg:PI3K", "decreases", "GO:0006915"),
            ("mirbase.mature:MIMAT0000076", "decreases", "GO:0006915")} <= got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("At day 28 the BBB score of BMSC-Exos-treated rats (13.6 ± 1.2) exceeded that of the ADSC-Exos (10.9 ± 1.4; "
     "p < 0.01) and PBS groups (7.2 ± 1.1; p < 0.001).", {("exokg:BMSC_Exo", "increases", "exokg:BBB_score")}),
    ("The BBB score of BMSC-Exos-treated rats exceeded that of the ADSC-Exos group.", set()),
])
def test_an_outcome_of_treated_animals_exceeding_the_control_groups_is_the_treatments_rise(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert mechanism_claims(text) == expected


def test_an_effect_abolished_when_each_of_several_manipulations_was_made_is_each_ones_rescue() -> None:
    got = mechanism_claims("BMSC-Exos reduced apoptosis. The anti-apoptotic effect of BMSC-Exos was largely abolished "
                           "when parent BMSCs were transfected with a miR-26a-5p inhibitor, when recipient cells "
                           "overexpressed PTEN, or when the PI3K inhibitor LY294002 was co-administered.")
    assert {("mirbase.mature:MIMAT0000082", "decreases", "GO:0006915"), ("HGNC:9588", "increases", "GO:0006915"),
            ("exokg:PI3K", "decreases", "GO:0006915")} <= got, got


def test_a_score_with_its_short_form_inside_the_hyphenated_name_against_pbs_treated_rats() -> None:
    got = mechanism_claims("At day 28, Basso-Beattie-Bresnahan (BBB) scores in the BMSC-Exos group reached 12.4 ± 1.3, "
                           "compared with 9.6 ± 1.1 in the ADSC-Exos group and 6.8 ± 0.9 in PBS-treated rats.")
    assert got == {("exokg:BMSC_Exo", "increases", "exokg:BBB_score")}, got


@pytest.mark.parametrize("text", [
    "BMSC-Exos neither reduced IRAK1 nor improved locomotor scores.",
    "Knockdown of miR-146a-5p in WJ-MSCs produced vesicles that neither reduced IRAK1 nor improved locomotor scores.",
])
def test_the_verb_after_nor_is_said_of_the_subject_not_of_the_object_before(text: str) -> None:
    assert not {c for c in statements(text) if c.subject.curie == "HGNC:6112"}


def test_cells_listed_after_the_first_ones_preposition_are_a_setting_too() -> None:
    got = mechanism_claims("BMSC-Exos suppressed SMAD3 phosphorylation in primary astrocytes and meningeal fibroblasts.")
    assert got == {("exokg:BMSC_Exo", "decreases", "HGNC:6769")}, got


def test_vesicles_named_by_their_mirna_after_a_comma_and_are_no_target() -> None:
    got = mechanism_claims("miR-140-5p bound the 3′-UTR of SMAD3, and miR140-Exos suppressed SMAD3 phosphorylation.")
    assert ("mirbase.mature:MIMAT0000431", "targets", "mirbase:MI0000456") not in got, got
    assert ("mirbase.mature:MIMAT0000431", "targets", "HGNC:6769") in got, got


@pytest.mark.parametrize("text", [
    "miR-200a-3p targeted KEAP1, whose knockdown increased Nrf2.",
    "miR-200a-3p directly targeted KEAP1, whose repression allowed Nrf2 to translocate to the nucleus.",
])
def test_a_molecule_named_by_its_loss_after_whose_acts_the_other_way(text: str) -> None:
    got = mechanism_claims(text)
    assert ("HGNC:23177", "decreases", "HGNC:7782") in got and ("HGNC:23177", "increases", "HGNC:7782") not in got, got


def test_a_means_says_nothing_of_the_cargo_a_relative_clause_named() -> None:
    got = mechanism_claims("BMSC-Exos, which are enriched in miR-200a-3p, protect the injured spinal cord against "
                           "oxidative damage by relieving KEAP1-mediated repression of Nrf2/HO-1 signaling.")
    assert not {c for c in got if c[2] == "mirbase.mature:MIMAT0000682" and c[1] != "carries"}, got


def test_what_vesicles_named_after_a_mirna_do_is_the_engineered_preparations_and_the_mirnas() -> None:
    got = mechanism_claims("GMSC-sEVs were surface-modified with the homing peptide CAQK and loaded with a miR-22-3p "
                           "mimic by electroporation (termed CAQK-miR22-sEVs). CAQK-miR22-sEVs reduced NLRP3.")
    assert ("exokg:GMSC_Exo", "decreases", "HGNC:16400") in got, got
    assert ("mirbase.mature:MIMAT0000077", "decreases", "HGNC:16400") in got, got
    assert not {c for c in got if c[0] == "GO:1903561" or "mirbase:MI0000078" in c}, got


def test_a_construct_resistant_to_a_mirna_is_the_overexpressed_molecule_not_the_mirna() -> None:
    got = mechanism_claims("Overexpression of a miR-126-resistant SPRED1 construct partly counteracted the effect of "
                           "BMSC-Exos on tube formation.")
    assert ("exokg:BMSC_Exo", "regulates", "HGNC:20249") in got, got
    assert not {c for c in got if "mirbase:MI0000471" in c}, got


def test_vesicles_lacking_a_mirna_that_lost_these_effects_lost_the_mirnas() -> None:
    got = mechanism_claims("hUC-MSC-Exos lowered TLR4 protein and nuclear p65. Exosomes from hUC-MSCs transfected with "
                           "a miR-145-5p inhibitor (anti-miR-Exos) largely lost these effects.")
    assert {("mirbase.mature:MIMAT0000437", "decreases", "HGNC:11850"),
            ("mirbase.mature:MIMAT0000437", "decreases", "HGNC:9955")} <= got, got


def test_the_protection_conferred_by_vesicles_is_their_effect_a_rescue_undoes() -> None:
    got = mechanism_claims("hUC-MSC-Exos lowered TLR4 protein and nuclear p65. Forced TLR4 expression in BV2 cells "
                           "partially reversed the protection conferred by hUC-MSC-Exos.")
    assert ("exokg:UCMSC_Exo", "regulates", "HGNC:11850") in got, got


def test_the_tissue_given_vesicles_is_the_treated_group_of_a_comparison() -> None:
    got = mechanism_claims("Compared with vehicle, BMSC-EV-treated spinal cords showed fewer TUNEL-positive neurons, a "
                           "smaller cavity area, and more NF200-positive axons.")
    assert {("exokg:BMSC_Exo", "decreases", "exokg:cavity_formation"),
            ("exokg:BMSC_Exo", "increases", "GO:0030424")} <= got, got


def test_these_changes_after_a_semicolon_are_the_changes_of_the_clause_before() -> None:
    got = mechanism_claims("BMS scores at day 42 were 5.4 ± 0.8 in the sEV group and 2.9 ± 0.7 in the PBS group. "
                           "BMSC-Exo treatment reduced lesion volume and limited iron deposition; these changes were "
                           "accompanied by greater densities of NF200-positive axons.")
    assert {c[0] for c in got if c[2] == "GO:0030424"} == {"exokg:BMSC_Exo"}, got


def test_these_changes_after_a_comma_and_are_no_member_of_the_list_before() -> None:
    got = mechanism_claims("BMSC-Exos reduced TNF-α, and these changes were accompanied by increased IL-10.")
    assert ("exokg:BMSC_Exo", "increases", "HGNC:5962") in got, got
    assert not {c for c in got if c[0] == "HGNC:11892"}, got


def test_the_target_a_mirna_lowers_in_an_axis_does_not_do_what_the_axis_does() -> None:
    got = mechanism_claims("Exosomes act through a miR-494-3p/ACSL4 mechanism that preserves GPX4 signaling.")
    assert ("mirbase.mature:MIMAT0002816", "increases", "HGNC:4556") in got, got
    assert ("HGNC:3571", "regulates", "HGNC:4556") in got, got
    assert ("HGNC:3571", "increases", "HGNC:4556") not in got, got


def test_their_vesicles_are_the_preparation_of_the_cells_the_sentence_is_about() -> None:
    got = mechanism_claims("iPSC-MSCs offer a scalable source of vesicles than adult tissue-derived MSCs, but whether "
                           "their small extracellular vesicles modulate ferroptosis has not been established.")
    assert {c[0] for c in got if c[2] == "GO:0097707"} == {"exokg:iPSC_MSC_Exo"}, got


@pytest.mark.parametrize(("text", "claim"), [
    ("BBB scores were 11.9 ± 1.6 with BMSC-Exos, 8.7 ± 1.8 with ADSC-Exos and 7.6 ± 1.5 with vehicle.",
     ("exokg:ADMSC_Exo", "increases", "exokg:BBB_score")),
    ("BMS scores at day 42 were 5.4 ± 0.8 in the BMSC-Exo group and 2.9 ± 0.7 in the phosphate-buffered saline "
     "(PBS) group.", ("exokg:BMSC_Exo", "increases", "exokg:BMS_score")),
    ("TNF-α levels were 31.2 ± 4.0 pg/mL for BMSC-Exos and 58.6 ± 5.1 pg/mL for PBS.",
     ("exokg:BMSC_Exo", "decreases", "HGNC:11892")),
    ("BBB scores at week 6 were 13.1 ± 1.4 (BMSC-Exos) vs. 11.2 ± 1.2 (ADSC-Exos) vs. 8.7 ± 1.5 (PBS).",
     ("exokg:ADMSC_Exo", "increases", "exokg:BBB_score")),
    ("TNF-α levels were 31.2 ± 4.0 (BMSC-Exos), 58.6 ± 5.1 (vehicle) pg/mL.",
     ("exokg:BMSC_Exo", "decreases", "HGNC:11892")),
    ("MBP-positive area measured 41.3 ± 4.6% (BMSC-EVs) vs. 22.5 ± 3.7% (PBS).",
     ("exokg:BMSC_Exo", "increases", "HGNC:6925")),
    ("G-ratios were 0.71 ± 0.04 (ADSC-EVs) and 0.73 ± 0.05 (BMSC-EVs) against 0.82 ± 0.05 (PBS).",
     ("exokg:BMSC_Exo", "decreases", "exokg:g_ratio")),
])
def test_values_seen_with_each_group_against_the_control_group_say_which_way_the_treatment_went(
        text: str, claim: tuple[str, str, str]) -> None:
    assert claim in mechanism_claims(text)


def test_values_of_vesicles_lacking_a_cargo_against_vehicle_say_nothing_of_the_vesicles() -> None:
    got = mechanism_claims("BMS scores were 3.3 ± 0.9 with exosomes from miR-21-knockdown BMSCs and 2.9 ± 0.7 with "
                           "vehicle.")
    assert not {c for c in got if c[2] == "exokg:BMS_score"}, got


def test_groups_of_one_preparation_whose_values_go_both_ways_against_the_control_say_nothing() -> None:
    got = mechanism_claims("This study compared extracellular vesicles (EVs) derived from bone marrow mesenchymal stem "
                           "cells (BMSCs) of young (22–30 years; Y-EVs) and aged (68–79 years; A-EVs) human donors. "
                           "BBB scores were 11.9 ± 1.6 with Y-EVs, 6.1 ± 1.8 with A-EVs and 7.6 ± 1.5 with vehicle.")
    assert not {c for c in got if c[2] == "exokg:BBB_score"}, got


@pytest.mark.parametrize("text", [
    "BBB scores were 13.1 ± 1.4 (BMSC-Exos) and 8.7 ± 1.5 (P < 0.01), against PBS.",
    "BBB scores were 13.1 ± 1.4 (BMSC-Exos, PBS) and 8.7 ± 1.5 (PBS).",
])
def test_parentheses_after_a_value_naming_no_one_group_are_no_group(text: str) -> None:
    got = mechanism_claims(text)
    assert not {c for c in got if c[2] == "exokg:BBB_score"}, got


def test_vesicles_made_to_lack_a_mirna_undoing_the_effect_are_the_mirnas_rescue() -> None:
    text = ("Rats received sEVs from hUCMSCs, sEVs from hUCMSCs transfected with a miR-199a-3p inhibitor (sEVs-inh), "
            "or PBS. On day 3, sEVs reduced spinal TNF-α and IL-6 by 52% and 41%. Both sEVs-inh and AAV-mTOR "
            "abolished these effects.")
    got = statements(text)
    rescues = {(s.subject.curie, s.predicate, s.object.curie): dict(s.qualifiers) for s in got
               if any(e.rule == "rescue" for e in s.evidence)}
    assert rescues.get(("mirbase.mature:MIMAT0000232", "decreases", "HGNC:11892")) == {}, rescues
    assert ("mirbase.mature:MIMAT0000232", "decreases", "HGNC:6018") in rescues, rescues
    assert not {(s.subject.curie, s.predicate) for s in got if s.object.curie == "HGNC:11892"
                and s.predicate == "increases"}, "the vesicles lacking the miRNA raised nothing"


def test_what_an_opening_phrase_names_is_the_setting_of_values_not_their_outcome() -> None:
    got = mechanism_claims("On CSPG, neurons treated with BMSC-Exos extended neurites of 186 ± 22 μm, compared with "
                           "74 ± 11 μm with PBS.")
    assert not {c for c in got if c[2] == "MESH:D011508"}, got


def test_vesicles_whose_effect_was_undone_do_not_do_what_the_undoer_did_next() -> None:
    got = mechanism_claims("MSC-Exos reduced oxidative stress. Rapamycin reversed the antioxidant effects of MSC-Exos "
                           "and reduced BBB scores to 7.2 ± 1.0.")
    assert ("exokg:MSC_Exo", "decreases", "exokg:BBB_score") not in got, got
    assert ("CHEBI:9168", "decreases", "exokg:BBB_score") in got, got


@pytest.mark.parametrize(("text", "denied"), [
    ("BMSC-Exos failed to reduce Evans blue leakage or restore tight junction proteins.", True),
    ("BMSC-Exos failed to reduce Evans blue leakage and to restore tight junction proteins.", True),
    ("BMSC-Exos did not reduce Evans blue leakage and restored tight junction proteins.", False),
])
def test_a_verb_coordinated_with_a_denied_one_shares_the_denial(text: str, denied: bool) -> None:
    (junctions,) = [s for s in statements(text) if s.object.curie == "GO:0070160"]
    assert junctions.predicate == "increases" and all(e.negated for e in junctions.evidence) is denied


def test_vesicles_lacking_a_protein_that_fail_to_restore_a_target_say_the_protein_raises_it() -> None:
    got = mechanism_claims("TIMP2 was silenced in parent cells with short hairpin RNA to generate shTIMP2-EVs. "
                           "shTIMP2-EVs failed to reduce Evans blue leakage or restore tight junction proteins.")
    assert ("HGNC:11821", "increases", "GO:0070160") in got and ("HGNC:11821", "decreases", "GO:0070160") not in got


@pytest.mark.parametrize(("text", "cells", "marker"), [
    ("PDGFRβ+ pericyte coverage was 68.5 ± 7.2% in the BMSC-Exos group versus 39.7 ± 6.1% in the vehicle group.",
     "CL:0000669", "HGNC:8804"),
    ("The number of NeuN-positive neurons was 68.5 ± 7.2 in the BMSC-Exos group versus 39.7 ± 6.1 in the vehicle "
     "group.", "CL:0000540", "HGNC:27097"),
])
def test_values_of_cells_named_by_a_marker_are_the_cells(text: str, cells: str, marker: str) -> None:
    got = mechanism_claims(text)
    assert ("exokg:BMSC_Exo", "increases", cells) in got and not {c for c in got if c[2] == marker}, got


def test_vesicles_transferring_a_long_rna_act_through_the_mirna_it_sponges_the_other_way() -> None:
    got = mechanism_claims("BMSC-Exos transfer lncRNA MALAT1 to limit apoptosis through the miR-30a-5p/Beclin-1 axis.")
    mir = "mirbase.mature:MIMAT0000087"
    assert ("exokg:BMSC_Exo", "decreases", mir) in got and (mir, "increases", "GO:0006915") in got, got
    assert ("exokg:BMSC_Exo", "carries", mir) not in got and (mir, "decreases", "GO:0006915") not in got, got


@pytest.mark.parametrize(("text", "claims"), [
    ("CD31+ vessel density reached 24.6 ± 3.1, 19.2 ± 2.7 and 11.5 ± 2.2 vessels/mm² in the ADSC-EV, BMSC-EV and "
     "PBS groups, respectively.", {("exokg:ADMSC_Exo", "increases", "exokg:microvessel_density"),
                                   ("exokg:BMSC_Exo", "increases", "exokg:microvessel_density")}),
    ("By week 8, ADSC-EV-treated rats reached a BBB score of 13.1 ± 1.4, whereas BMSC-EV- and PBS-treated rats "
     "scored 11.0 ± 1.2 and 8.2 ± 1.0, respectively.", {("exokg:ADMSC_Exo", "increases", "exokg:BBB_score"),
                                                      ("exokg:BMSC_Exo", "increases", "exokg:BBB_score")}),
    ("ADSC-EV-treated mice achieved a BMS score of 5.2 ± 0.6 at day 42, whereas BMSC-EV-treated and vehicle-treated "
     "mice scored 6.9 ± 0.5 and 5.8 ± 0.7, respectively.", {("exokg:ADMSC_Exo", "decreases", "exokg:BMS_score"),
                                                           ("exokg:BMSC_Exo", "increases", "exokg:BMS_score")}),
])
def test_values_given_to_groups_respectively_say_which_way_each_treatment_went(
        text: str, claims: set[tuple[str, str, str]]) -> None:
    got = mechanism_claims(text)
    assert claims <= got, got


_INJURY_GROUPS_STUDY = ("Rats received ADSC-Exos (150 μg) through the tail vein. Exosomes depleted of miR-200a-3p "
                        "(Exo-anti-200a) were obtained from ADSCs transfected with a miR-200a-3p inhibitor. ")


@pytest.mark.parametrize(("text", "claim"), [
    ("BBB scores at day 28 were 7.1 ± 1.2, 12.4 ± 1.5 and 9.0 ± 1.3 in the SCI, SCI + Exo and SCI + Exo-anti-200a "
     "groups, respectively.", ("exokg:ADMSC_Exo", "increases", "exokg:BBB_score")),
    ("MDA levels were 8.72 ± 0.91, 5.14 ± 0.63 and 7.86 ± 0.84 nmol/mg protein in the SCI, SCI + Exo and "
     "SCI + Exo + ML385 groups, respectively.", ("exokg:ADMSC_Exo", "decreases", "MESH:D008315")),
    ("BBB scores were 20.1, 7.1, 12.4 and 9.0 in the Sham, SCI, SCI+Exo and SCI+Exo-anti-200a groups, respectively.",
     ("exokg:ADMSC_Exo", "increases", "exokg:BBB_score")),
])
def test_groups_named_by_the_injury_they_share_are_set_against_the_injury_alone(
        text: str, claim: tuple[str, str, str]) -> None:
    got = statements(_INJURY_GROUPS_STUDY + text)
    claims = {(s.subject.curie, s.predicate, s.object.curie) for s in got if s.object.curie == claim[2]}
    assert claims == {claim}, claims


def test_values_in_the_same_groups_are_given_to_the_groups_a_sentence_before_named() -> None:
    text = ("Mice received BMSC-sEVs (100 μg) or PBS intravenously. The density of 5-HT⁺ fibres was 118 ± 21 and 306 ± "
            "44 per mm² in the PBS and sEV groups, respectively. BMS scores at day 42 were {} in the same groups.")
    got = claims(text.format("2.4 ± 0.6 and 4.6 ± 0.8"))
    assert ("exokg:BMSC_Exo", "increases", "exokg:BMS_score") in got, got
    got = claims(text.format("2.4 ± 0.6, 3.1 ± 0.5 and 4.6 ± 0.8"))  # three values for two groups: not theirs
    assert not any(o == "exokg:BMS_score" for _, _, o in got), got


def test_a_sham_group_is_no_control_for_a_treatment() -> None:
    got = statements(_INJURY_GROUPS_STUDY + "BBB scores were 20.1 and 12.4 in the sham and ADSC-Exo groups, "
                                            "respectively.")
    assert not [s for s in got if s.object.curie == "exokg:BBB_score"], got


def test_cells_named_before_a_preparation_participle_were_given_its_agent() -> None:
    got = claims("Primary microglia and BV2 cells were stimulated with lipopolysaccharide (LPS, 1 μg/mL).")
    assert not any(s == "CHEBI:16412" for s, _, _ in got), got


def test_an_effect_pointed_back_at_is_an_unnamed_change_of_its_own_sentence_first() -> None:
    got = statements("hUC-MSC-Exos reduced neuroinflammation in rats. miR-145-5p bound the 3′-UTR of TLR4 and reduced "
                     "luciferase activity by 61% (P < 0.01); mutating the seed-binding site abolished this effect.")
    assert not [s for s in got if any(e.rule.startswith(("nominal", "rescue")) for e in s.evidence)], got


def test_cells_treated_with_vehicle_were_not_preconditioned() -> None:
    got = statements("We primed MenSCs with curcumin, isolated exosomes (Cur-Exos) and compared them with exosomes "
                     "from vehicle-treated MenSCs (MenSC-Exos). MenSC-Exos reduced GFAP expression.")
    (gfap,) = [s for s in got if s.object.curie == "HGNC:4235" and s.subject.curie == "exokg:MenSC_Exo"]
    assert "preconditioning" not in dict(gfap.qualifiers), gfap.qualifiers


@pytest.mark.parametrize("independently", ["independently of", "independent of", "regardless of"])
def test_what_an_effect_came_independently_of_is_no_object_of_its_verb(independently: str) -> None:
    got = claims(f"miR-223-3p directly targets NLRP3 and inhibits the NLRP3/caspase-1/GSDMD axis {independently} the "
                 "AIM2 and non-canonical caspase-11 pathways.")
    mir = "mirbase.mature:MIMAT0000280"
    assert (mir, "decreases", "HGNC:25697") in got and not any(o == "HGNC:357" for _, _, o in got), got
    assert ("exokg:BMSC_Exo", "decreases", "HGNC:11892") in claims("BMSC-Exos independently reduced TNF-α.")


def test_what_vesicles_left_unchanged_while_lowering_others_is_theirs_to_deny() -> None:
    got = statements("BMSC-Exos lowered IRAK1, TRAF6 and phosphorylated p65 without changing TLR4 or MyD88 expression.")
    denied = {(s.subject.curie, s.object.curie) for s in got if all(e.negated for e in s.evidence)}
    assert ("exokg:BMSC_Exo", "HGNC:11850") in denied and ("exokg:BMSC_Exo", "HGNC:7562") in denied, denied
    assert not {s for s, _ in denied if s.startswith("HGNC:")}, denied


@pytest.mark.parametrize("changed", [
    "Neurite branching was abolished by PTEN overexpression.",
    "Neurite branching was reduced by knockdown of PTEN.",
])
def test_a_passive_change_whose_agent_is_a_manipulation_is_not_the_vesicles_of_the_sentence_before(
        changed: str) -> None:
    got = mechanism_claims("MSC-Exos increased neurite outgrowth. " + changed)
    assert not {c for c in got if c[0] == "exokg:MSC_Exo" and c[2] == "HGNC:9588"}, got


def test_an_inhibitor_of_protein_kinase_a_undoing_an_effect_shows_the_kinase_mediates_it() -> None:
    got = mechanism_claims("MSC-Exos increased neurite outgrowth. This effect was abolished by the PKA inhibitor H89.")
    assert ("exokg:PKA", "increases", "GO:0031175") in got, got


def test_values_of_engineered_and_plain_vesicles_compared_with_a_control_are_each_preparations_rise() -> None:
    got = statements("BMSCs were transduced with lentivirus encoding miR-338-5p or a scrambled sequence, and exosomes "
                     "(miR-338-Exo and NC-Exo) were purified. BBB scores at week 8 were 13.6 ± 1.4 with miR-338-Exo, "
                     "compared with 10.2 ± 1.2 with NC-Exo and 6.8 ± 1.1 with PBS (both P < 0.01).")
    rises = {dict(s.qualifiers).get("engineered_with") for s in got if s.subject.curie == "exokg:BMSC_Exo"
             and s.predicate == "increases" and s.object.curie == "exokg:BBB_score"}
    assert rises == {"hsa-miR-338-5p", None}, rises


def test_an_ability_named_by_what_it_does_points_back_at_no_earlier_change() -> None:
    got = mechanism_claims("Y-Exo reduced neuronal cleaved caspase-3. Donor aging diminishes the ability of MSC exosomes "
                           "to preserve mitochondrial function after SCI.")
    assert ("exokg:MSC_Exo", "decreases", "HGNC:1504") not in got, got


def test_a_group_named_in_parentheses_with_a_value_is_no_subject_of_the_verb_after_them() -> None:
    got = mechanism_claims("MT-Exos reduced ROS in PC12 cells, restored mitochondrial membrane potential (2.8-fold that "
                           "of the H2O2 group) and increased IL-10.")
    assert ("GO:0070062", "increases", "HGNC:5962") in got and not {c for c in got if c[0] == "CHEBI:16240"}, got


def test_producing_no_benefit_denies_it_and_no_additional_benefit_says_nothing_of_it() -> None:
    assert denied("MSC-Exos produced no locomotor benefit.") == {("exokg:MSC_Exo", "increases", "exokg:motor_function")}
    assert not statements("Combining IFN-Exos with MCC950 produced no additional functional recovery.")
    assert not mechanism_claims("Combining BMSC-Exos with MCC950 produced no further functional recovery.")


def test_a_gene_identified_as_a_target_is_the_target_of_the_one_mirna_in_view() -> None:
    got = claims("miR-338-Exo raised miR-338-5p levels in DRG neurons 6.4-fold. Luciferase reporter assays identified "
                 "cannabinoid receptor 1 (Cnr1) as a direct target.")
    assert ("mirbase.mature:MIMAT0004701", "targets", "HGNC:2159") in got, got
    got = claims("Sequencing showed that miR-124-3p was enriched, and luciferase assays confirmed PTEN and Ern1 as direct "
                 "targets.")
    assert {("mirbase.mature:MIMAT0000422", "targets", "HGNC:9588"),
            ("mirbase.mature:MIMAT0000422", "targets", "HGNC:3449")} <= got, got
    # two miRNAs in view, or none: no target claim
    assert not {c for c in claims("miR-21 and miR-124 were enriched. Luciferase assays identified Cnr1 as a direct "
                                  "target.") if c[1] == "targets"}
    assert not {c for c in claims("Exosomes reduced TNF-α. Luciferase assays identified Cnr1 as a direct target.")
                if c[1] == "targets"}


def test_a_failure_to_change_two_things_denies_no_link_between_them() -> None:
    got = statements("MSC-Exos failed to reduce PTEN and to promote neurite outgrowth.")
    assert not [s for s in got if s.subject.curie == "HGNC:9588"], got
    assert denied("MSC-Exos failed to reduce PTEN and to promote neurite outgrowth.") >= {
        ("exokg:MSC_Exo", "decreases", "HGNC:9588")}


def test_a_chemical_marking_damage_in_cells_is_what_changed_in_them() -> None:
    got = statements("MSC-Exos reduced 4-hydroxynonenal-positive neurons by 49%.")
    assert {(s.subject.curie, s.predicate, s.object.curie, dict(s.qualifiers).get("cell_type")) for s in got
            if s.predicate != "derived_from"} == {("exokg:MSC_Exo", "decreases", "CHEBI:142593", "neuron")}


def test_benefits_a_sentence_names_without_a_claim_are_what_its_these_benefits_point_at() -> None:
    got = claims("Cur-sEVs increased GPX4 2.4-fold. ML385 abolished the upregulation of GPX4. By day 28, BMS scores in "
                 "Cur-sEV-treated mice were 138% of those in vehicle-treated mice, and NeuN-positive neurons were "
                 "1.9-fold more numerous; these benefits were lost with ML385 co-treatment.")
    assert ("GO:1903561", "decreases", "HGNC:4556") not in got, got


def test_a_comparative_of_changes_says_how_much_not_which_way() -> None:
    got = claims("Cur-sEVs increased GPX4 2.4-fold versus vehicle. Unloaded sEVs produced smaller changes (GPX4, "
                 "1.4-fold, P < 0.05; MDA, -17%, P = 0.11).")
    assert ("GO:1903561", "decreases", "HGNC:4556") not in got, got


def test_a_molecule_named_with_its_short_form_is_cargo_of_the_vesicles_it_is_enriched_in() -> None:
    got = claims("Proteomics identified a 3.6-fold enrichment of nicotinamide phosphoribosyltransferase (NAMPT) in "
                 "BMSC-Exos.")
    assert ("exokg:BMSC_Exo", "carries", "HGNC:30092") in got, got


def test_values_with_groups_in_parentheses_compared_with_the_controls() -> None:
    got = claims("MEP latency was shortened to 4.2 ± 0.5 ms (BMSC-Exo) compared with 6.1 ± 0.7 ms (PBS).")
    assert ("exokg:BMSC_Exo", "decreases", "exokg:MEP_latency") in got, got


def test_a_gene_silenced_by_the_experimenter_is_no_effect_of_the_vesicles_before() -> None:
    for manipulation in ("PTEN was silenced in donor cells with small interfering RNA (siRNA).",
                         "PTEN was knocked down in BMSCs using shRNA."):
        got = claims("MSC-Exos reduced apoptosis in SCI rats. " + manipulation)
        assert ("exokg:MSC_Exo", "decreases", "HGNC:9588") not in got, (manipulation, got)
    assert ("exokg:MSC_Exo", "decreases", "HGNC:9588") in claims(
        "MSC-Exos reduced apoptosis in SCI rats. PTEN was also suppressed.")


def test_vesicles_lacking_a_cargo_that_undo_an_effect_do_not_work_against_it() -> None:
    got = claims("Exosomes from hypoxia-preconditioned hUCMSCs (Hypo-Exos) increased angiogenesis. These "
                 "pro-angiogenic effects were abolished by exosomes from H19-silenced hUCMSCs (si-H19-Hypo-Exos).")
    assert ("exokg:UCMSC_Exo", "decreases", "GO:0001525") not in got, got
    assert ("exokg:UCMSC_Exo", "carries", "HGNC:4713") in got, got


def test_vesicles_lacking_a_mirna_that_reverse_an_effect_show_the_mirna_was_needed() -> None:
    got = claims("Exosomes depleted of miR-200a-3p (Exo-anti-200a) were obtained from ADSCs transfected with a "
                 "miR-200a-3p inhibitor. ADSC-Exos decreased the Bax/Bcl-2 ratio and cleaved caspase-3, and these "
                 "effects were partially reversed by Exo-anti-200a (29.6 ± 3.8%).")
    mir = "mirbase.mature:MIMAT0000682"
    assert {(mir, "decreases", "HGNC:1504"), (mir, "decreases", "exokg:Bax_Bcl2_ratio")} <= got, got
    assert not [c for c in got if c[1] == "increases"], got


def test_a_combination_that_failed_denies_nothing_of_the_vesicles_alone() -> None:
    text = ("Hypo-Exos improved locomotor scores in rats. Neither si-H19-Hypo-Exos nor Hypo-Exos combined with YC-1 "
            "improved vessel density or locomotor scores relative to Nor-Exos (P > 0.05).")
    assert not denied(text), denied(text)
    assert not denied("MSC-Exos plus a hydrogel did not reduce apoptosis.")
    assert denied("MSC-Exos did not reduce apoptosis.") == {("exokg:MSC_Exo", "decreases", "GO:0006915")}


def test_a_claim_takes_the_route_its_own_vesicles_were_given() -> None:
    text = ("ADSC-EVs were encapsulated in an injectable hyaluronic acid hydrogel (HA-EV). Rats were randomized to an "
            "intralesional injection of HA-EV (100 µg EVs), the same EV dose given intravenously (IV-EV), or PBS. "
            "HA-EV increased ZO-1, whereas IV-EV modestly increased claudin-5 (1.3-fold, P < 0.05) without "
            "significantly changing ZO-1 or occludin.")
    got = {(s.subject.curie, s.predicate, s.object.curie, dict(s.qualifiers).get("route"))
           for s in statements(text) if s.predicate != "derived_from"}
    # the study gave its vesicles two ways: no one route is inferred for claims whose sentence names none
    assert got >= {("exokg:ADMSC_Exo", "increases", "HGNC:11827", None)}, got
    assert all(route != "intralesional injection" for *_, route in got), got
    # what the vesicles left alone "without significantly changing" is theirs, not claudin-5's (the study's
    # one preparation, given intravenously)
    assert not {c for c in got if c[0] == "HGNC:2047"}, got
    assert ("exokg:ADMSC_Exo", "regulates", "HGNC:8104") in denied(text)


def test_a_change_by_an_amount_with_vesicles_or_in_their_animals_is_theirs() -> None:
    assert ("exokg:MSC_Exo", "decreases", "HGNC:7176") in claims(
        "MMP-9 activity measured by gelatin zymography decreased by 54% with MSC-Exos.")
    assert ("exokg:MSC_Exo", "decreases", "exokg:evans_blue") in claims(
        "Evans blue extravasation was reduced by 47% in MSC-Exo rats compared with PBS.")


def test_a_group_said_not_to_differ_from_the_control_moved_nothing_by_its_values() -> None:
    got = claims("At 6 weeks, BBB scores were 11.4 ± 1.3 in the MSC-Exo group, 8.9 ± 1.7 in the ADSC-Exo group and "
                 "7.7 ± 1.4 in the PBS group; ADSC-Exos did not differ significantly from PBS (P = 0.18).")
    assert ("exokg:MSC_Exo", "increases", "exokg:BBB_score") in got, got
    assert not {c for c in got if c[0] == "exokg:ADMSC_Exo" and c[1] != "derived_from"}, got


def test_markers_of_the_population_cells_were_counted_among_are_no_participants() -> None:
    got = claims("DPSC-Exos decreased the fraction of CD86-positive cells among CD11b+CD45+ cells from 52.3% to 29.8%.")
    assert ("exokg:DPSC_Exo", "decreases", "HGNC:1705") in got, got
    assert not {c for c in got if c[2] in {"HGNC:9666", "HGNC:6149"}}, got


def test_a_compound_a_process_was_blocked_with_is_the_agent_of_the_passive() -> None:
    got = claims("Autophagy was blocked with 3-methyladenine (3-MA, 5 mM) or chloroquine (CQ, 20 μM).")
    assert {c for c in got if c[1] != "derived_from"} == {("CHEBI:38635", "decreases", "GO:0006914"),
                                                           ("CHEBI:3638", "decreases", "GO:0006914")}, got
    assert not {c for c in claims("Microglia were stimulated with LPS.") if c[1] != "derived_from"}


def test_it_in_a_place_clause_stands_for_what_its_sentence_named_not_the_sentence_before() -> None:
    got = claims("BMS scores at day 42 were 4.9 ± 0.6 with BMSC-Exos versus 2.8 ± 0.5 with PBS. Together, these data "
                 "indicate that BMSC-Exos transfer circPrkcb to reactive astrocytes, where it sequesters miR-19b-3p to "
                 "restore SOCS3 and restrain STAT3-driven scar formation.")
    assert not {c for c in got if c[0] == "exokg:BMS_score"}, got
    # values each "with" its group on either side of "versus"
    assert ("exokg:BMSC_Exo", "increases", "exokg:BMS_score") in got, got


def test_a_molecule_named_in_the_assay_that_found_a_clause_is_no_subject_of_it() -> None:
    assert not {c for c in claims("RNA pull-down, argonaute 2 (AGO2) immunoprecipitation and dual-luciferase assays "
                                  "demonstrated that circPrkcb sponged miR-19b-3p.") if c[1] != "derived_from"}
    # findings about vesicles are theirs
    assert ("exokg:MSC_Exo", "increases", "MESH:D000066829") in claims(
        "The research results of MSC-Exos in SCI indicate that key biological functions include providing "
        "neuroprotection.")


def test_vesicle_cargo_the_lexicon_lacks_acts_for_the_vesicles_and_a_circular_rna_binds_mirnas_away() -> None:
    got = claims("Bone marrow mesenchymal stem cell-derived exosomal circPrkcb restrains reactive astrogliosis and "
                 "promotes axonal regeneration after spinal cord injury via the miR-19b-3p/SOCS3/STAT3 axis")
    mir = "mirbase.mature:MIMAT0000074"
    assert {("exokg:BMSC_Exo", "decreases", "GO:0048143"), ("exokg:BMSC_Exo", "decreases", mir),
            (mir, "increases", "GO:0048143"), (mir, "decreases", "GO:0031103")} <= got, got
    assert not {c for c in got if c[0] == "CL:0002540" or c[1] == "carries"}, got


def test_changes_listed_each_from_a_value_with_its_deviation_to_another() -> None:
    got = claims("MSC-EVs reduced TNF-α from 214.6 ± 25.3 to 108.7 ± 14.2 pg/mg protein, IL-1β from 96.8 ± 11.4 to "
                 "47.3 ± 6.9 pg/mg and IL-6 from 312.5 ± 34.1 to 158.9 ± 20.7 pg/mg.")
    assert {("exokg:MSC_Exo", "decreases", g) for g in ("HGNC:11892", "HGNC:5992", "HGNC:6018")} <= got, got


def test_values_of_groups_named_by_their_dose_are_the_vesicles_given() -> None:
    got = claims("Rats received vehicle or hUC-MSC-EVs at 50 μg (low), 150 μg (medium) or 450 μg (high) via the tail "
                 "vein. At day 28, BBB scores were 7.3 ± 0.9 with vehicle, 8.6 ± 1.1 with low dose (P = 0.07), 11.8 ± "
                 "1.2 with medium dose (P < 0.001) and 12.1 ± 1.4 with high dose (P < 0.001).")
    assert ("exokg:UCMSC_Exo", "increases", "exokg:BBB_score") in got, got


def test_what_an_outcome_changed_with_is_what_changed_it() -> None:
    got = claims("Compared with control, locomotor scores improved with both MSC-EVs (SMD 1.96, 95% CI 1.61 to 2.31; "
                 "I² = 76%) and MSCs (SMD 1.72, 95% CI 1.38 to 2.06; I² = 69%).")
    assert {c for c in got if c[1] != "derived_from"} == {
        ("exokg:MSC_Exo", "increases", "exokg:motor_function"),
        ("CL:0000134", "increases", "exokg:motor_function")}, got


def test_a_subject_set_off_by_commas_after_whereas_owns_its_means() -> None:
    got = claims("miR-145-5p similarly restrains TLR4/NF-κB activation, whereas miR-133b, by targeting RhoA, favours "
                 "axonal outgrowth through ERK1/2 and CREB activation.")
    assert ("mirbase.mature:MIMAT0000770", "targets", "HGNC:667") in got, got
    assert not {c for c in got if c[0] == "mirbase.mature:MIMAT0000437" and c[1] in {"targets", "regulates"}}, got
    assert ("HGNC:667", "increases", "GO:0034142") not in got, got


def test_verb_phrases_set_off_by_semicolons_share_the_first_ones_subject_and_keep_their_own_means() -> None:
    got = claims("MSC-Exos inhibit pyroptosis by reducing NLRP3 inflammasome assembly; limit ferroptosis by maintaining "
                 "GPX4 expression; restore autophagic flux in neurons; and preserve blood–spinal cord barrier (BSCB) "
                 "integrity, partly by inhibiting pericyte migration and maintaining tight junction proteins such as "
                 "ZO-1, occludin and claudin-5.")
    assert {("exokg:MSC_Exo", "decreases", "GO:0097707"), ("exokg:MSC_Exo", "increases", "HGNC:4556"),
            ("exokg:MSC_Exo", "increases", "GO:0006914"), ("exokg:MSC_Exo", "increases", "exokg:BSCB_integrity"),
            ("HGNC:11827", "increases", "exokg:BSCB_integrity")} <= got, got
    assert not {c for c in got if c[2] == "GO:0006914" and c[0] != "exokg:MSC_Exo"}, got


def test_changes_listed_together_with_a_treatments_effect_are_its_own() -> None:
    got = claims("Rats were injected with 200 μg of WJ-MSC-sEVs or vehicle after injury. Treated rats showed 46% less "
                 "Evans blue extravasation than vehicle controls (18.7 ± 3.2 vs. 34.6 ± 5.1 μg/g tissue), together with "
                 "higher expression of ZO-1, occludin and claudin-5 and reduced MMP-9 activity.")
    assert {("exokg:UCMSC_Exo", "increases", g) for g in ("HGNC:11827", "HGNC:8104", "HGNC:2047")} <= got, got
    assert ("exokg:UCMSC_Exo", "decreases", "HGNC:7176") in got, got
    assert not {c for c in got if c[2] == "HGNC:7176" and c[0] != "exokg:UCMSC_Exo"}, got


def test_a_phosphorylated_over_total_ratio_is_the_proteins_phosphorylation() -> None:
    got = claims("In pericytes, MSC-Exos increased the p-AKT/AKT ratio 2.1-fold and the ratio of p-ERK to total ERK, "
                 "and decreased the Bax/Bcl-2 ratio.")
    assert {("exokg:MSC_Exo", "increases", "exokg:AKT"), ("exokg:MSC_Exo", "increases", "exokg:ERK"),
            ("exokg:MSC_Exo", "decreases", "exokg:Bax_Bcl2_ratio")} <= got, got


def test_vesicles_from_donors_made_to_lack_a_molecule_undo_by_its_loss() -> None:
    got = claims("iMSC-Exos increased p-eNOS. These changes were abolished both by exosomes from miR-126-3p-inhibited "
                 "donors (iMSC-Exos-anti126) and by LY294002.")
    assert ("mirbase.mature:MIMAT0000445", "increases", "HGNC:7876") in got, got
    assert not {c for c in got if c[1] == "decreases" and c[0] in {"GO:0070062", "exokg:iPSC_MSC_Exo"}}, got
    got = claims("WJ-MSC-sEVs reduced apoptosis. These effects were lost when sEVs from PDGFB-silenced donors were "
                 "used or when SU16f was added.")
    assert ("HGNC:8800", "decreases", "GO:0006915") in got, got


def test_vesicles_lacking_a_mirna_that_did_not_produce_the_effects_are_a_rescue() -> None:
    for said in ("did not produce these effects", "failed to exert these effects"):
        got = claims("BMSC-Exos lowered IRF5 and P2X4 mRNA. Exosomes from donor BMSCs transfected with a miR-124-3p "
                     f"inhibitor {said}.")
        assert {("exokg:BMSC_Exo", "carries", "mirbase.mature:MIMAT0000422"),
                ("mirbase.mature:MIMAT0000422", "decreases", "HGNC:6120")} <= got, (said, got)
    got = claims("BMSC-Exos lowered IRF5. Heat-inactivated exosomes did not produce these effects.")
    assert not {c for c in got if c[1] == "carries"}, got


def test_the_resolution_of_inflammation_lowers_it() -> None:
    got = claims("ADSC-Exos enhance macrophage efferocytosis and resolution of inflammation after SCI. ADSC-Exos "
                 "promoted inflammation resolution.")
    assert ("exokg:ADMSC_Exo", "decreases", "GO:0006954") in got, got
    assert ("exokg:ADMSC_Exo", "increases", "GO:0043277") in got, got
    assert not {c for c in got if c[1] == "increases" and c[2] in {"GO:0006954", "CL:0000235"}}, got


def test_a_preparation_named_with_the_compound_loaded_into_it_is_engineered_with_it() -> None:
    # the title ends without a full stop: "Berberine (BBR)" in the next paragraph still defines BBR
    text = ("Berberine-loaded exosomes suppress pyroptosis in rats\n\nBerberine (BBR) has anti-inflammatory effects. "
            "We loaded BBR into exosomes derived from rat bone marrow mesenchymal stem cells (BMSC-Exos) by "
            "sonication and tested the resulting formulation (Exo-BBR). Exo-BBR reduced NLRP3. BMSC-Exos reduced "
            "IL-1β.")
    by_object = {s.object.curie: dict(s.qualifiers) for s in statements(text) if s.subject.curie == "exokg:BMSC_Exo"}
    assert by_object["HGNC:16400"].get("engineered_with") == "berberine", by_object
    assert "engineered_with" not in by_object["HGNC:5992"], by_object


@pytest.mark.parametrize("text", [
    "Knockdown of Janus kinase 2 (JAK2) reduced glial scarring.",
    "Janus kinase 2 (JAK2) knockdown reduced glial scarring.",
])
def test_a_short_form_in_parentheses_is_lost_with_its_long_form(text: str) -> None:
    # the short form had been read on its own, unlost: JAK2 both raising and lowering the scar
    got = claims(text)
    assert ("HGNC:6192", "increases", "exokg:glial_scar_formation") in got, got
    assert ("HGNC:6192", "decreases", "exokg:glial_scar_formation") not in got, got


def test_a_loss_reaches_each_long_form_of_a_slashed_pair() -> None:
    got = claims("Suppression of Janus kinase 2 (JAK2)/signal transducer and activator of transcription 3 (STAT3) "
                 "phosphorylation reduced glial scarring.")
    assert {("HGNC:6192", "increases", "exokg:glial_scar_formation"),
            ("HGNC:11364", "increases", "exokg:glial_scar_formation")} <= got, got
    assert not any(p == "decreases" for _, p, _ in got), got


def test_a_pathway_and_a_molecule_each_named_by_its_change_are_one_list_of_subjects() -> None:
    got = claims("Activation of Wnt/β-catenin signalling and suppression of NF-κB reduced glial scarring.")
    assert {("GO:0060070", "decreases", "exokg:glial_scar_formation"),
            ("exokg:NFkappaB", "increases", "exokg:glial_scar_formation")} <= got, got
    got = claims("AKT activation and NF-κB suppression reduced glial scarring.")
    assert {("exokg:AKT", "decreases", "exokg:glial_scar_formation"),
            ("exokg:NFkappaB", "increases", "exokg:glial_scar_formation")} <= got, got


@pytest.mark.parametrize("text", [
    "BMSC-Exos promote axon regrowth by silencing RhoA rather than by reducing glial scarring.",
    "BMSC-Exos promote axon regrowth by silencing RhoA rather than reducing glial scarring.",
    "BMSC-Exos silenced RhoA instead of reducing glial scarring.",
])
def test_what_a_clause_sets_aside_with_rather_than_is_denied(text: str) -> None:
    # the scar had been read as lowered by the vesicles, and raising RhoA
    assert ("exokg:BMSC_Exo", "decreases", "HGNC:667") in claims(text)
    got = statements(text)
    scar = [s for s in got if s.object.curie == "exokg:glial_scar_formation"]
    assert [(s.subject.curie, s.predicate) for s in scar] == [("exokg:BMSC_Exo", "decreases")], scar
    assert all(e.negated for s in scar for e in s.evidence), scar
    assert not any(s.subject.curie == "exokg:glial_scar_formation" for s in got), got


def test_rescue_experiments_are_no_rescue_by_the_cells_they_were_done_in() -> None:
    got = claims("Primary cortical neurons on CSPG substrates were used for neurite outgrowth, dual-luciferase reporter "
                 "and rescue experiments with constitutively active RhoA (RhoA-Q63L).")
    assert not any(o == "HGNC:667" for _, _, o in got), got


def test_controls_named_after_a_fold_change_are_no_verb_and_no_participant() -> None:
    # "of LPS controls" had been read as LPS controlling (lowering) the cytokines of the clause after it
    got = mechanism_claims("SHED-Exos reduced TLR4 and MyD88 to 0.46- and 0.51-fold of LPS controls, respectively, "
                           "and lowered Il1b mRNA by 62%.")
    assert got == {("exokg:SHED_Exo", "decreases", "HGNC:11850"), ("exokg:SHED_Exo", "decreases", "HGNC:7562"),
                   ("exokg:SHED_Exo", "decreases", "HGNC:5992")}, got
    # the verb itself still reads
    assert ("mirbase:MI0000077", "regulates", "HGNC:9588") in claims("miR-21 controls PTEN.")


def test_a_marked_fraction_of_lesional_cells_is_those_cells_state() -> None:
    got = mechanism_claims("SHED-Exos decreased the CD86+ fraction of lesional macrophages from 61.3 ± 5.8% to "
                           "34.7 ± 4.9%.")
    assert got == {("exokg:SHED_Exo", "decreases", "CL:0000863")}, got


def test_two_outcomes_values_given_to_the_same_groups_in_turn_are_each_their_own() -> None:
    # the footfall errors' values had been read as the BBB scores': the vesicles lowering them
    text = ("Rats received hAMSC-Exos, exosomes from hAMSCs transfected with a miR-222-3p antagomir (Exo-anti-222) "
            "or PBS. At week 6, ipsilateral BBB scores were 14.2 ± 1.3, 11.5 ± 1.5 and 10.8 ± 1.6, and grid-walk "
            "footfall errors were 18.4 ± 3.9%, 29.7 ± 4.8% and 34.6 ± 5.2% in the hAMSC-Exo, Exo-anti-222 and PBS "
            "groups, respectively (P < 0.01).")
    got = {(p, o) for s, p, o in claims(text) if o in {"exokg:BBB_score", "exokg:grid_walk"}}
    assert got == {("increases", "exokg:BBB_score"), ("decreases", "exokg:grid_walk")}, got


def test_a_clause_after_a_comma_and_yet_is_no_object_of_the_verb_before() -> None:
    got = claims("Amniotic MSCs secrete exosomes with regenerative activity, yet their effect on Schwann cell "
                 "behaviour in the injured cord has not been examined.")
    assert not any(o == "CL:0002573" for _, _, o in got), got


def test_what_an_outcome_surrounds_is_its_place() -> None:
    got = mechanism_claims("BMSC-Exos increased the density of P0-positive myelin profiles surrounding "
                           "neurofilament-positive axons in the lesion 2.9-fold.")
    assert got == {("exokg:BMSC_Exo", "increases", "GO:0043209")}, got


def test_stabilising_a_protein_raises_it() -> None:
    # "stabilises" had been no verb: HIF-1α joined the objects "represses" lowered
    got = claims("miR-424-5p represses CUL2 and stabilises HIF-1α.")
    assert {("mirbase.mature:MIMAT0001341", "decreases", "HGNC:2552"),
            ("mirbase.mature:MIMAT0001341", "increases", "HGNC:4910")} <= got, got
    assert ("mirbase.mature:MIMAT0001341", "decreases", "HGNC:4910") not in got, got


def test_an_effect_likened_to_another_in_an_aside_is_still_what_was_undone() -> None:
    got = claims("In OGD/R-exposed endothelial cells, BMSC-Exos increased tube formation 2.2-fold, and this effect, "
                 "like neuronal protection, was abolished by HIF1A siRNA.")
    assert ("HGNC:4910", "increases", "GO:0120331") in got, got


def test_changes_by_how_much_accompanying_a_change_are_the_subjects_too() -> None:
    got = mechanism_claims("BMSC-Exos increased HIF-1α 2.4-fold, accompanied by 2.1- and 1.8-fold increases in "
                           "vascular endothelial growth factor A (VEGFA) and erythropoietin (EPO), respectively.")
    assert {("exokg:BMSC_Exo", "increases", "HGNC:12680"), ("exokg:BMSC_Exo", "increases", "HGNC:3415")} <= got, got
    # after an intransitive change they are no objects of what changed
    got = claims("Spinal HIF-1α protein increased 2.4-fold at 24 h, accompanied by 2.1- and 1.8-fold increases in "
                 "VEGFA and EPO.")
    assert not any(s == "HGNC:4910" for s, _, _ in got), got


def test_cells_induced_to_a_state_are_that_state_raised_by_what_induced_it() -> None:
    # the astrocytes had been read as raising the A1 state and TNF
    got = claims("Primary astrocytes were induced to the A1 state with IL-1α (3 ng/mL), TNF (30 ng/mL) and C1q "
                 "(400 ng/mL), and their conditioned medium was applied to cortical neurons.")
    assert got == {("HGNC:5991", "increases", "exokg:A1_astrocyte"), (TNF, "increases", "exokg:A1_astrocyte")}, got


def test_values_from_a_control_group_to_treated_groups_each_in_parentheses() -> None:
    got = mechanism_claims(
        "Rats received BMSC-Exos or PBS after contusion. In vivo, the proportion of GFAP-positive astrocytes "
        "co-expressing C3 at day 7 fell from 46.8 ± 5.3% (PBS) to 18.9 ± 4.1% (BMSC-Exos).")
    assert got == {("exokg:BMSC_Exo", "decreases", "HGNC:1318")}, got


def test_vesicles_said_to_come_from_other_cells_are_not_the_studys_preparation() -> None:
    # the check after the vesicles' name had never matched a word: they were the placental preparation
    text = ("Methods: Placental MSC exosomes were given to rats after contusion. Results: Exosomes derived from antagomir-transfected cells produced only marginal "
            "improvements in locomotion. Exosomes produced a marked reduction in TNF-α.")
    got = mechanism_claims(text)
    assert {(EXOSOME, "increases", "exokg:motor_function"), ("exokg:PlMSC_Exo", "decreases", TNF)} <= got, got
    assert ("exokg:PlMSC_Exo", "increases", "exokg:motor_function") not in got, got


def test_a_relative_that_relieves_an_inhibition_is_the_fall_before_it() -> None:
    # PTEN and PDCD4 had been read as raising PI3K/AKT and lowering the Bax/Bcl-2 ratio
    got = claims("In neurons, miR-21-5p reduces apoptosis by repressing phosphatase and tensin homolog (PTEN) and "
                 "programmed cell death 4 (PDCD4), which relieves inhibition of PI3K/AKT signalling and lowers the "
                 "Bax/Bcl-2 ratio.")
    pi3k = "GO:0043491"
    assert {("mirbase.mature:MIMAT0000076", "increases", pi3k), ("HGNC:9588", "decreases", pi3k),
            ("HGNC:8763", "decreases", pi3k),
            ("mirbase.mature:MIMAT0000076", "decreases", "exokg:Bax_Bcl2_ratio")} <= got, got
    assert not {("HGNC:9588", "increases", pi3k), ("HGNC:9588", "decreases", "exokg:Bax_Bcl2_ratio")} & got, got


def test_a_noun_phrase_set_off_by_commas_is_no_subject_of_the_verb_after_it() -> None:
    # RhoA had been read as raising ERK1/2, STAT3 and CREB
    got = claims("miR-133b suppresses RhoA, a central mediator of growth cone collapse, and activates ERK1/2, STAT3 "
                 "and CREB.")
    assert {("mirbase.mature:MIMAT0000770", "increases", "HGNC:11364"),
            ("mirbase.mature:MIMAT0000770", "increases", "HGNC:2345")} <= got, got
    assert not any(s == "HGNC:667" and p == "increases" for s, p, _ in got), got


def test_a_passive_naming_its_agent_is_no_change_of_the_vesicles_before() -> None:
    # the cytokines had been read as raised by the vesicles of the sentence before
    got = mechanism_claims("ADSC-Exos prevent A1 astrocyte conversion. Reactive astrocytes with a neurotoxic A1 "
                           "phenotype, marked by complement component 3 (C3), are induced by microglia-derived "
                           "interleukin-1α (IL-1α) and tumour necrosis factor (TNF).")
    assert not any(s == "exokg:ADMSC_Exo" and o in {"HGNC:5991", TNF} for s, _, o in got), got


def test_a_fall_brought_about_by_the_vesicles_lowers_what_fell() -> None:
    got = mechanism_claims("IKKβ-CA overexpression abolished the exosome-induced fall in C3 and neurotoxicity.")
    assert (EXOSOME, "decreases", "HGNC:1318") in got and (EXOSOME, "increases", "HGNC:1318") not in got, got


def test_changes_accompanying_an_intransitive_one_are_the_context_agents_too() -> None:
    got = mechanism_claims("Rats received UC-MSC sEVs after ischaemia. Spinal HIF-1α protein increased 2.4-fold at "
                           "24 h, accompanied by 2.1- and 1.8-fold increases in VEGFA and EPO.")
    assert {("exokg:UCMSC_Exo", "increases", "HGNC:4910"), ("exokg:UCMSC_Exo", "increases", "HGNC:12680"),
            ("exokg:UCMSC_Exo", "increases", "HGNC:3415")} <= got, got
    assert not any(s == "HGNC:4910" for s, _, _ in got), got


def test_sustaining_raises_what_it_sustains() -> None:
    # Tie2 had joined the objects "suppressing" lowered
    got = claims("miR-542-3p acts by suppressing ANGPT2, sustaining Tie2 signalling and maintaining pericyte coverage.")
    assert ("mirbase.mature:MIMAT0003389", "increases", "HGNC:11724") in got, got
    assert ("mirbase.mature:MIMAT0003389", "decreases", "HGNC:11724") not in got, got


def test_values_in_turn_are_of_the_outcome_their_own_clause_names() -> None:
    # the values of the BBB scores had been read as the Evans blue leakage of the clause before
    got = mechanism_claims(
        "Rats received BMSC-Exos, exosomes from BMSCs transfected with a miR-542-3p inhibitor (Exo-anti-542) or PBS. "
        "Exo-anti-542 neither lowered Evans blue leakage nor preserved pericytes, and Basso, Beattie and Bresnahan "
        "(BBB) scores on day 28 were 12.6 ± 1.3, 9.1 ± 1.2 and 8.4 ± 1.0 in the BMSC-Exo, Exo-anti-542 and PBS "
        "groups, respectively.")
    assert ("exokg:BMSC_Exo", "increases", "exokg:BBB_score") in got, got
    assert not any(s == "exokg:BMSC_Exo" and o == "exokg:evans_blue" for s, _, o in got), got


@pytest.mark.parametrize(("text", "claim"), [
    ("BMSC-Exos, isolated by ultracentrifugation, reduced TNF-α.", ("exokg:BMSC_Exo", "decreases", TNF)),
    ("miR-874-3p, enriched 4.2-fold in sEVs relative to fibroblast-derived vesicles, targeted the Ripk1 3′-UTR and "
     "lowered RIPK1 protein without changing Ripk3 mRNA.", ("mirbase.mature:MIMAT0004911", "targets", "HGNC:10019")),
])
def test_a_participle_set_off_by_commas_leaves_the_noun_before_it_the_subject(text: str,
                                                                             claim: tuple[str, str, str]) -> None:
    # the verb after the aside had had no subject (or RIPK1 had been read as leaving Ripk3 unchanged)
    got = claims(text)
    assert claim in got and not any(s == "HGNC:10019" for s, _, _ in got), got


def test_protecting_cells_other_than_neurons_raises_them() -> None:
    # "protect" had opened no clause, and the oligodendrocytes had been read as preserving myelin
    got = mechanism_claims("ADSC-Exos protect oligodendrocytes and preserve myelin after SCI.")
    assert got == {("exokg:ADMSC_Exo", "increases", "CL:0000128"), ("exokg:ADMSC_Exo", "increases", "GO:0043209")}, got


def test_a_participle_after_rather_than_before_a_name_is_its_adjective() -> None:
    # the oligodendrocytes had been read as denied raising their differentiation
    got = statements("Because OPC proliferation was unaffected, the benefit seems to reflect survival of existing "
                     "oligodendrocytes rather than enhanced oligodendrogenesis.")
    assert not any(s.subject.curie == "CL:0000128" for s in got), got


def test_t_cell_results_under_polarising_conditions_after_a_reagent_and_a_denied_change() -> None:
    # the cytokines of the culture conditions had been read as the T cells' and then as what the vesicles' effects
    # raised, "IL-17A+ cells under Th17 ... conditions" as Th17 cells, the antibody's blocking as the vesicles',
    # and the denied change of T cells had ended the vesicles' turn as the actor
    text = ("Naive CD4+ T cells were cultured under Th17-polarising (IL-6, TGF-β1, IL-23) or Treg-polarising "
            "conditions, and PD-1 signalling was blocked with an anti-PD-1 antibody. GMSC-sEVs decreased the "
            "frequency of IL-17A+ cells under Th17-polarising conditions and increased Foxp3+ cells under Treg "
            "conditions. Total CD4+ and CD8+ T-cell numbers in the lesion did not change. Spinal levels of IL-17A "
            "and IL-6 decreased.")
    got = {(s.subject.curie, s.predicate, s.object.curie, s.evidence[0].negated) for s in statements(text)
           if s.predicate != "derived_from"}
    gmsc = "exokg:GMSC_Exo"
    assert {(gmsc, "decreases", "HGNC:5981", False), (gmsc, "increases", "HGNC:6106", False),
            (gmsc, "regulates", "CL:0000084", True), (gmsc, "decreases", "HGNC:6018", False)} <= got, got
    assert not any(s == "CL:0000624" or o == "HGNC:8760" for s, _, o, _ in got), got


def test_a_membrane_potential_is_no_hedge_and_ampk_alpha_is_ampk() -> None:
    got = {(s.subject.curie, s.object.curie, s.evidence[0].hedged) for s in statements(
        "Met-Exos elevated phosphorylated AMPKα (Thr172), restored membrane potential and increased ATP content.")}
    assert {(EXOSOME, "exokg:AMPK", False), (EXOSOME, "CHEBI:15422", False)} <= got, got


def test_a_mediated_phrase_after_and_may_open_a_clause_of_its_own() -> None:
    # mitophagy had joined what the mitochondria raise
    got = claims("Accumulation of damaged mitochondria contributes to neuronal death during secondary spinal cord "
                 "injury (SCI), and defective PINK1/Parkin-mediated mitophagy has been implicated.")
    assert ("GO:0005739", "increases", "GO:0000423") not in got and (
        "GO:0005739", "increases", "exokg:neuron_death") in got, got


def test_what_the_cells_of_an_opening_when_clause_were_exposed_to_is_their_setting() -> None:
    # hydrogen peroxide had been read raising Beclin-1 and the LC3 ratio with the vesicles
    got = claims("When PC12 cells and primary cortical neurons were exposed to hydrogen peroxide (H2O2, 200 μM), "
                 "ADSC-Exos increased the LC3-II/LC3-I ratio (2.4-fold) and Beclin-1 expression, and reduced p62.")
    assert {("exokg:ADMSC_Exo", "increases", "HGNC:1034"), ("exokg:ADMSC_Exo", "decreases", "HGNC:11280")} <= got
    assert not any(s == "CHEBI:16240" for s, _, _ in got), got
    # the cells after the comma were given the vesicles, and an amount measured names no agent
    assert ("exokg:OEMSC_Exo", "increases", "GO:0120331") in claims(
        "When cultured with OE-MSC-Exos, endothelial cells showed more tube formation.")
    assert (EXOSOME, "decreases", "HGNC:959") in claims(
        "When PC12 cells were treated with exosomes, Bax expression decreased.")


def test_a_shift_from_one_mean_and_deviation_to_another_goes_the_way_the_numbers_do() -> None:
    # the ratio had been read raised, and Bax and Bcl-2 acting on it the wrong way
    got = claims("At 7 days post-injury, exosome treatment lowered cleaved caspase-3 and Bax and raised Bcl-2, "
                 "shifting the Bax/Bcl-2 ratio from 2.86 ± 0.31 to 1.12 ± 0.19 (P < 0.01).")
    ratio = "exokg:Bax_Bcl2_ratio"
    assert {(EXOSOME, "decreases", ratio), ("HGNC:959", "increases", ratio), ("HGNC:990", "decreases", ratio)} <= got
    assert (EXOSOME, "increases", ratio) not in got, got


def test_benefits_named_by_an_effect_adjective_and_an_outcome_undone_by_an_inhibitor() -> None:
    # the anti-apoptotic benefit had been dropped, and 3-MA read as lowering motor function on its own
    got = claims("Pretreatment with the autophagy inhibitor 3-methyladenine (3-MA, 15 mg/kg, intraperitoneally) "
                 "largely abolished the anti-apoptotic and locomotor benefits.")
    assert {("GO:0006914", "decreases", "GO:0006915"), ("GO:0006914", "increases", "exokg:motor_function"),
            ("CHEBI:38635", "increases", "GO:0006915")} <= got, got


def test_vesicles_lacking_a_mirna_with_weaker_effects_show_the_mirna_was_needed() -> None:
    # "had much weaker effects" had given nothing; the changes of a treated group are the effects pointed back at
    got = claims("PDCD4 was downregulated by 57% in exosome-treated neurons. Exosomes from ADSCs transfected with a "
                 "miR-21-5p inhibitor had much weaker effects.")
    assert {("exokg:ADMSC_Exo", "carries", "mirbase.mature:MIMAT0000076"),
            ("mirbase.mature:MIMAT0000076", "decreases", "HGNC:8763")} <= got, got
    got = claims("ADSC-Exos reduced p62 and apoptosis. Exosomes from ADSCs transfected with a miR-21-5p inhibitor "
                 "had much weaker effects.")
    assert ("mirbase.mature:MIMAT0000076", "decreases", "GO:0006915") in got, got


def test_barrier_readouts_and_an_inhibitor_given_to_the_same_cells_as_another_loss() -> None:
    # FITC-dextran permeability, IgG leakage and water content were no entities, SU5416 gave no VEGFR2 rescue, and
    # "higher BBB scores, and lesion volume was smaller" had the vesicles lowering BBB scores
    got = claims("Under oxygen-glucose deprivation, H-Exos preserved ZO-1 and reduced transendothelial FITC-dextran "
                 "permeability by 42%. These effects were lost when recipient SCMECs were transfected with HIF-1α "
                 "siRNA or treated with the VEGFR2 inhibitor SU5416.")
    permeability = "exokg:endothelial_permeability"
    assert {(EXOSOME, "decreases", permeability), ("HGNC:4910", "decreases", permeability),
            ("HGNC:6307", "decreases", permeability), ("HGNC:6307", "increases", "HGNC:11827")} <= got, got
    got = claims("Exosomes reduced Evans blue extravasation. MMP-9 activity and IgG leakage were also lower. By day 28, "
                 "H-Exos-treated rats achieved higher BBB scores, and spinal cord water content was lower.")
    assert {(EXOSOME, "decreases", "HGNC:7176"), (EXOSOME, "decreases", "exokg:IgG_extravasation"),
            (EXOSOME, "increases", "exokg:BBB_score"), (EXOSOME, "decreases", "exokg:spinal_cord_water_content")
            } <= got, got
    assert (EXOSOME, "decreases", "exokg:BBB_score") not in got, got


def test_improvements_a_treated_group_showed_are_what_a_donor_knockdown_undid() -> None:
    # "these improvements" had pointed at the knockdown's own words, and comparisons of a treated group were no
    # changes an effect could point back at
    got = claims("In vivo, EV-treated mice showed lower GFAP immunoreactivity and better Basso Mouse Scale scores at "
                 "day 28. Knocking down MALAT1 in the donor cells diminished these improvements.")
    assert {("HGNC:29665", "decreases", GFAP), ("HGNC:29665", "increases", "exokg:BMS_score")} <= got, got


def test_less_inhibitory_to_an_outcome_is_more_of_it() -> None:
    # the vesicles had been read lowering neurite outgrowth
    got = claims("Conditioned medium from EPO-Exos-treated oligodendrocytes was also less inhibitory to neurite "
                 "extension of primary cortical neurons.")
    assert (EXOSOME, "increases", "GO:0031175") in got and (EXOSOME, "decreases", "GO:0031175") not in got, got


def test_an_effect_lost_with_vesicles_lacking_a_mirna_after_a_range_is_their_rescue() -> None:
    # the range had carried the clause past the relative, and "lost with" had named nothing that undid it
    got = claims("Rats received exosomes from BMSCs transfected with a miR-9-5p antagomir (anti-9-Exos). BMSC-Exos "
                 "increased neurite length of primary cortical neurons from 86.4 ± 12.1 to 158.7 ± 19.3 μm (P < 0.001), "
                 "an effect largely lost with anti-9-Exos (97.2 ± 14.5 μm).")
    assert ("mirbase.mature:MIMAT0000441", "increases", "GO:0031175") in got, got


def test_a_named_integrin_heterodimer_is_its_own_entity_and_the_first_member_of_an_axis() -> None:
    # "integrin αvβ3" was the integrin family, and its subunit word kept the axis from being read
    got = claims("MFG-E8 favours efferocytosis through the integrin αvβ3/SOCS3 axis.")
    assert {("HGNC:7036", "regulates", "MESH:D039302"), ("MESH:D039302", "regulates", "HGNC:19391")} <= got, got


def test_the_preparation_outdone_is_no_subject() -> None:
    # the preparation outdone had been given the claim, and the one outdoing it nothing
    dpsc, bmsc = "exokg:DPSC_Exo", "exokg:BMSC_Exo"
    for text in ("Dental pulp stem cell-derived exosomes outperform bone marrow mesenchymal stem cell exosomes in "
                 "promoting M2 macrophage polarization.",
                 "DPSC-Exos were superior to BMSC-Exos in promoting M2 macrophage polarization."):
        got = claims(text)
        assert (dpsc, "increases", "exokg:M2_macrophage_polarization") in got, got
        assert (bmsc, "increases", "exokg:M2_macrophage_polarization") not in got, got


def test_both_treatments_after_a_preposition_are_each_preparation_compared() -> None:
    # "with both treatments" had given nothing, and so had the changes given for each after it
    dpsc, bmsc = "exokg:DPSC_Exo", "exokg:BMSC_Exo"
    got = claims("Rats received DPSC-Exos, BMSC-Exos or PBS. Spinal levels of TNF-α, IL-1β and IL-6 decreased with "
                 "both treatments. TUNEL-positive cells were reduced by 47% and 29%, respectively.")
    assert {(p, "decreases", o) for p in (dpsc, bmsc) for o in ("HGNC:11892", "HGNC:5992", "HGNC:6018",
                                                                "exokg:apoptosis_rate")} <= got, got
    got = claims("Rats received DPSC-Exos, BMSC-Exos or PBS. TNF-α was lower in both treatment groups.")
    assert {(dpsc, "decreases", "HGNC:11892"), (bmsc, "decreases", "HGNC:11892")} <= got, got
    got = claims("Rats received DPSC-Exos, BMSC-Exos or PBS. TNF-α was lower in both groups.")
    assert not {c for c in got if c[1] != "derived_from"}, got


def test_vesicles_listed_after_with_and_past_a_range_are_each_given() -> None:
    # only the first preparation had been read, and none past a range
    dpsc, bmsc = "exokg:DPSC_Exo", "exokg:BMSC_Exo"
    got = claims("Spinal levels of TNF-α decreased with DPSC-Exos and BMSC-Exos.")
    assert {(dpsc, "decreases", "HGNC:11892"), (bmsc, "decreases", "HGNC:11892")} <= got, got
    got = claims("The proportion of M1 macrophages fell from 62.3 ± 5.8% to 24.1 ± 4.2% with DPSC-Exos and to "
                 "38.7 ± 5.1% with BMSC-Exos, whereas M2 macrophages increased reciprocally.")
    assert {(p, s, o) for p in (dpsc, bmsc) for s, o in (("decreases", "CL:0000863"), ("increases", "CL:0000890"))
            } <= got, got


def test_a_verb_left_out_after_and_is_the_one_before() -> None:
    # the second preparation's reduction had been lost
    got = claims("In LPS-stimulated macrophages, DPSC-Exos lowered intracellular reactive oxygen species (ROS; DCFH-DA "
                 "fluorescence) by 54.2% and BMSC-Exos by 31.6% (P < 0.01 between exosome types).")
    assert {("exokg:DPSC_Exo", "decreases", "CHEBI:26523"), ("exokg:BMSC_Exo", "decreases", "CHEBI:26523")} <= got, got


def test_an_apposition_after_a_short_form_names_what_the_long_form_does() -> None:
    # the short form's parentheses had hidden PTEN from "a negative regulator of"
    got = claims("miR-26a directly targets phosphatase and tensin homolog (PTEN), a negative regulator of PI3K/AKT "
                 "signalling.")
    assert ("HGNC:9588", "decreases", "GO:0043491") in got, got


def test_an_inhibitor_undoing_the_gains_the_vesicles_made_is_a_pharmacological_rescue() -> None:
    # "abolished the gains in ..." had read only the compound lowering each, with no PI3K rescue
    got = claims("The PI3K inhibitor LY294002 was used for rescue. MSC-Exos increased p-AKT and BMS scores. "
                 "Co-administration of LY294002 largely abolished the gains in BMS score, p-AKT and neuronal survival.")
    assert {("GO:0043491", "increases", "exokg:BMS_score"), ("GO:0043491", "increases", "exokg:neuronal_survival"),
            ("CHEBI:65329", "decreases", "exokg:BMS_score")} <= got, got
    # what a first reversal verb undid is no manipulation of the second's
    got = claims("MenSC-Exos reduced malondialdehyde (MDA). The Nrf2 inhibitor ML385 abolished the upregulation of GPX4 "
                 "and GSH and reversed the reduction in MDA.")
    assert ("HGNC:7782", "decreases", "MESH:D008315") in got and ("HGNC:4556", "decreases", "MESH:D008315") not in got, got


MSC_EXO = "exokg:MSC_Exo"


def test_molecules_each_named_by_a_measure_make_one_subject_list() -> None:
    # only GFAP had been read, and the CSPGs left as an agent that stopped the vesicles' reading
    got = claims("MSC-Exos reduced apoptosis. The CS-56-immunoreactive CSPG area and GFAP intensity at the lesion border "
                 "were reduced by 41% and 36%, and NF200⁺ axons and MBP⁺ myelin were preserved.")
    assert {(MSC_EXO, "decreases", "MESH:D011508"), (MSC_EXO, "decreases", GFAP), (MSC_EXO, "increases", "GO:0030424")
            } <= got, got


def test_the_treatment_whose_values_a_sentence_gave_acts_on_in_the_next() -> None:
    # after values by group, the next sentence's passives had had no agent
    got = claims("In vivo, BMS scores at 6 weeks reached 5.6 ± 0.7 with MSC-Exos and 2.4 ± 0.5 with PBS. GFAP "
                 "intensity was reduced by 36%.")
    assert {(MSC_EXO, "increases", "exokg:BMS_score"), (MSC_EXO, "decreases", GFAP)} <= got, got


def test_each_manipulation_listed_before_each_changed_the_object() -> None:
    # "blunted" had been no decrease verb, and the manipulations listed before "each" no subjects
    got = claims("OE-MSC-Exos increased tube formation of SCMECs. Loading the parent cells with a miR-126-3p antagomir, "
                 "overexpressing SPRED1, or adding the MEK inhibitor U0126 each blunted tube formation.")
    tube = "GO:0120331"
    assert {("mirbase.mature:MIMAT0000445", "increases", tube), ("HGNC:20249", "decreases", tube),
            ("exokg:MEK", "increases", tube), ("CHEBI:90693", "decreases", tube)} <= got, got


def test_both_proteins_opening_a_sentence_are_the_molecules_the_sentence_before_took() -> None:
    # the subject had named nothing, the long forms counting twice
    got = claims("When cultured with OE-MSC-Exos, SCMECs showed faster wound closure. Luciferase assays confirmed that "
                 "miR-126-3p binds the 3'UTRs of sprouty-related EVH1 domain-containing protein 1 (SPRED1) and "
                 "phosphoinositide-3-kinase regulatory subunit 2 (PIK3R2). Both proteins were reduced by more than 50% "
                 "in exosome-treated SCMECs.")
    assert {("exokg:OEMSC_Exo", "decreases", "HGNC:20249"), ("exokg:OEMSC_Exo", "decreases", "HGNC:8980")} <= got, got


def test_a_time_phrase_after_a_listed_outcome_keeps_the_list() -> None:
    # "at day 28" had cut the BBB scores off the list
    got = claims("Exosomes reduced apoptosis. BBB scores at day 28 and MEP amplitudes improved.")
    assert {(EXOSOME, "increases", "exokg:BBB_score"), (EXOSOME, "increases", "exokg:MEP")} <= got, got
