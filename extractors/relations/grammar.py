"""A shallow grammar of mechanism sentences, built on trigger words and entity order.

There is no parser model (spaCy runs blank), so a sentence is read as a sequence of grounded
entities and plain words, in four passes:

1. **Tokens.** Words between entity mentions; parentheses without an entity (statistics,
   figure calls) and citation marks are dropped.
2. **Noun-phrase collapses.** First, words that take no part are dropped: precursor prefixes
   ("pre-miR-630" is miR-630) and contrasted controls ("X, but not Y, reduced Z"). Then patterns
   that name one participant with several words are
   folded into that participant and emit their own claims: ``exosomes derived from BM-MSCs``
   (``derived_from``, and the generic vesicle becomes the source's composite preparation),
   ``exosomes carrying miR-124-3p`` / ``TGF-β in BMSCs-Exo`` / ``exosomal miR-X`` (``carries``),
   axes ``miR-29b-3p/PTEN/Akt/mTOR`` (a chain: miRNA ``targets`` gene, then ``regulates``),
   ``TLR4 downstream genes MyD88 and TRAF6``, ``TLR4-mediated NF-κB`` (``regulates``), and
   marker phrases ``astrogliosis marker GFAP`` / ``Bax ... are markers of apoptosis``
   (``marker_for``).
3. **Frames.** Each verb trigger opens a frame: subject, trigger, objects. The role of a
   frame comes from the words just before its trigger: after ``by``/``through`` it is a
   *means* ("X improves Y by inhibiting Z"), after ``thereby``/``thus`` or a participle after
   a comma it is a *consequence* ("X downregulates Ern1, thereby enhancing M2 polarization"),
   after ``and``/``,``/``while`` it is *coordinated* (same subject), after ``which`` it is
   *relative* (the antecedent is the subject). Passives (``is regulated by X``) swap
   subject and object. Objects run to the next trigger or clause break; a noun phrase's sign
   is multiplied by the nominal triggers it holds ("inhibiting the *activation* of NF-κB").
   A mediator ("X promoted Y through *activation* of Z", "the effect of X was mediated by Z",
   "Z mediated the effects of X", "X acts via Z") is acted on by X: with the sign of the nominal
   before it, else ``regulates``.
   A rescue ("knockdown of miR-21 abolished the effect of exosomes on Y", "the effects of X
   were reversed by PTEN overexpression") names what X acts through: X carries the miRNA whose
   loss undoes its effect, and otherwise regulates it; the mediator regulates Y. "This effect"
   is the effect of the vesicles (or molecules) the sentence before named. An agent that undoes
   another's effect ("MSC-Exos attenuated the inhibitory effects of TNF-α on axon growth")
   acts on its target the other way (MSC-Exos increase axon growth; TNF-α decreases it).
4. **Chains.** A means frame adds ``Z -> Y`` with the product of the two signs (X ⊣ Z and
   X -> Y give Z ⊣ Y); a consequence frame adds ``Z -> W`` for the objects Z of the frame
   group it follows.

Negation ("did not", "failed to") marks a frame negated; hedges ("may", "suggests") mark it
hedged. The output is a list of :class:`Reading` - one claim with its rule and spans - that
the caller turns into Statements with Evidence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise, takewhile
from operator import attrgetter

from extractors.cell_words import (
    CELL_LINE_NAME,
    CELL_ORIGINS,
    CELL_STATE_WORDS,
    KIND_MARKERS,
    TREATMENT_PARTICIPLES,
)
from kg.model import Ref

from . import vocabulary as V

WORD_RE = re.compile(r"\d+(?:\.\d+)+(?:[-‐][^\W_]+)*|[^\W_]+(?:[-‐'’][^\W_]+)*|\S")  # "2.2-fold" is one word

# Unions of vocabulary sets the rules test against, built once (they were rebuilt on every test)
_LIST_GAP_WORDS = frozenset({",", "and", "or", "/"} | V.LIST_GAP)
_MOLECULE_OR_PATHWAY = frozenset(V.MOLECULE | V.PATHWAY)
# what a rescue can show an effect acts through: a molecule, a pathway, or a process taken away or added
# ("inhibition of autophagy abolished the neuroprotective effects of MSC-Exos"); not an outcome
_RESCUE_MEDIATORS = frozenset(_MOLECULE_OR_PATHWAY | (V.PROCESS - V.OUTCOME))
_SETTING_CATEGORIES = frozenset(V.DISEASE | V.CONTEXT_ONLY)
_PLACE_CATEGORIES = frozenset(_SETTING_CATEGORIES | V.CELL)  # what "in X" names where a change is seen
_TRANSCRIPT_RUN_WORDS = frozenset(V.TRANSCRIPT_WORDS | {"untranslated", "region", "regions", "'", "′", "-", "of", "the",
                                                          "utr", "3′"})
_TRANSCRIPT_HEAD_WORDS = frozenset(V.TRANSCRIPT_WORDS | {"3'utr", "3′utr", "utr"})
_TRANSCRIPT_NAMED_WORDS = frozenset({"untranslated", "region", "utr", "utrs"} | V.TRANSCRIPT_WORDS)
_TARGETED_HEAD_WORDS = frozenset(
    {"gene", "genes", "mrna", "mrnas", "candidate", "candidates", "site", "sites", "downstream"} | V.TARGETED_HEADS)
_MIRNA_OR_GENE = frozenset(V.MIRNA | V.GENE)
_MODIFIER_WORDS = frozenset(V.QUANTITY_WORDS | V.TARGET_NOUN_MODIFIERS)
_GERUND_LEADS = frozenset(V.MEANS_MARKERS | V.COORDINATORS | V.CONSEQUENCE_MARKERS)
_LIST_OR_AUXILIARY_WORDS = frozenset(V.LIST_WORDS | V.AUXILIARIES)
_GIVEN_NOUNS = frozenset(V.TREATMENT_NOUNS | V.EXPERIMENT_NOUNS)
_PASSIVE_GAP_WORDS = frozenset(V.SKIP_WORDS | {"the", "upstream", "downstream", "part", "at", "least"})
_LEFT_SKIP_WORDS = frozenset((V.SKIP_WORDS | V.NEGATIONS) - {
    "by", "through", "via", "thereby", "thus", "to", "and", "while", "then", "subsequently", "consequently", "also", "nor"})
_LATER_MARKERS = frozenset(V.CONSEQUENCE_MARKERS | {"then", "also", "turn"})
# "repressing PTEN, which relieves inhibition of PI3K/AKT": what lifts an inhibition is the inhibitor's fall
_RELIEVING_VERBS = frozenset({"relieves", "relieve", "relieved", "releases", "release", "released", "lifts", "lift",
                              "lifted", "removes", "remove", "removed"})
_STEP_MARKERS = _LATER_MARKERS - {"also"}  # "which in turn", "which then": a step after; "which also" is the noun's
_RELATIVE_OR_IN = frozenset(V.RELATIVE | {"in"})
_IN_TURN = frozenset({"in", "turn"})
_UNDOING_STEMS = ("rescu", "restor", "revers")
_FINITE_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were"})
_CELL_NOUNS = frozenset({"cells", "cell"})
# words naming the cells vesicles came from, when no cell type is named ("exosomes from PDGFB-silenced donors")
_PRODUCING_CELL_WORDS = frozenset(_CELL_NOUNS | {"donors", "donor"})
# "protect neurons": the neurons' protection is neuroprotection (MeSH), as the lexicon reads "neuroprotective effects"
_NEURONS = frozenset({"CL:0000540", "CL:0000100", "CL:0000740"})
_NEUROPROTECTION = "MESH:D000066829"
# "preserved the blood-spinal cord barrier": a barrier kept is its integrity (an outcome), where the barrier
# itself is a place
_BARRIER_INTEGRITY = {"exokg:BSCB": Ref.from_curie("exokg:BSCB_integrity", "blood-spinal cord barrier integrity",
                                                  "biolink:PhenotypicFeature")}
# "the regenerative capacity of neurons": their regeneration (axons: axon regeneration)
_REGROWTH_OF = {"CL:0000540": Ref.from_curie("GO:0031102", "neural regeneration", "biolink:BiologicalProcess"),
                "GO:0030424": Ref.from_curie("GO:0031103", "axon regeneration", "biolink:BiologicalProcess")}
_CAPACITY_HEADS = frozenset({"capacity", "capacities", "ability", "potential"})
_REGROWTH_WORDS = frozenset({"regenerative", "regeneration", "growth", "regrowth"})
_KEEPING_VERBS = frozenset(stem + ending for stem in ("preserv", "restor", "stabiliz", "stabilis")
                           for ending in ("e", "es", "ed", "ing")) | frozenset(
    stem + ending for stem in ("protect", "maintain", "repair") for ending in ("", "s", "ed", "ing"))
_MIRNA_CLASS_WORDS = frozenset({"mirna", "microrna"})
_SHARE_WORDS = frozenset({"most", "much", "part", "some", "all", "many"})  # "most of the benefit"
# "which appear to promote", "which were shown to reduce": the verb before "to" says how sure the claim is, and the
# subject is the one before it (the hedge is read from the sentence's words)
_RAISING_VERBS = frozenset({"appear", "appears", "appeared", "seem", "seems", "seemed", "tend", "tends", "tended"})
_RAISING_PARTICIPLES = frozenset({"shown", "known", "found", "thought", "believed", "reported", "proposed",
                                  "suggested", "predicted", "expected", "considered", "demonstrated", "presumed"})
_ANAPHOR_WORDS = frozenset({"this", "they", "it", "mechanism", "these"} | V.PROCESS_NOUNS)
_PROCESS_OR_OUTCOME = frozenset(V.PROCESS | V.OUTCOME)
_OUTCOME_OR_PROCESS = frozenset(V.OUTCOME | V.PROCESS)
_GENE_OR_MIRNA = frozenset(V.GENE | V.MIRNA)
# words without which a pass cannot fire (see SentenceReader.words)
# V.HEDGES (anchored at both ends) answered per lowercase word: the same few thousand words recur in every sentence
_HEDGE_ANSWERS: dict[str, bool] = {}
_HELD_IN_WORDS = frozenset({"in", "into", "within", "inside", "from", "by"})  # the last word before the vesicle
_DERIVED_TRIGGERS = frozenset({"from", "by", "derived", "secreted", "released"})
# "miR-21 was enriched / detected / highly expressed in exosomes": the vesicles carry it
_PRESENCE_PARTICIPLES = frozenset({"enriched", "abundant", "present", "detected", "expressed", "found", "contained",
                                   "packaged", "sorted", "loaded", "encapsulated", "identified",
                                   # "miR-204-5p was upregulated in HP-Exos (than in N-Exos)": more of it, in them
                                   "upregulated", "up-regulated", "elevated", "increased", "higher"})
# what a list's verb may say of its members one by one ("have each been detected", "are all enriched")
_EACH_WORDS = frozenset({"each", "all", "both"})
# "Exosome-shuttled miR-216a-5p", "EV-delivered miR-21": the vesicles carry the molecule
_SHUTTLE_PARTICIPLES = frozenset({"shuttled", "delivered", "carried", "encapsulated", "transferred", "packaged"})
# "PTEN acts downstream of miR-21": where a molecule stands in a pathway, and the words between it and its place
_POSITIONS = frozenset({"downstream", "upstream"})
_POSITION_VERBS = frozenset({"acts", "act", "acting", "lies", "lie", "lying", "is", "are", "was", "were", "be", "being",
                             "functions", "function", "functioning", "operates", "operate", "sits", "located",
                             "positioned", "directly", "immediately", "further", "just", "likely", "not", ","})
_DOWNSTREAM_AND_MEDIATED_TRIGGERS = frozenset({
    "upstream", "downstream", "-", "‐", "mediated", "dependent", "driven", "activated", "induced", "triggered", "caused",
    "associated", "related", "exposed", "challenged", "evoked", "elicited", "produced", "substrate", "substrates"})
_NEUTRAL_HEAD_NOUNS = frozenset(V.NEUTRAL_HEADS - {"the", "a", "an", "of", "and", "in", "as"})
_AGENT_WITH_WORDS = frozenset(V.AGENT_WITH - {"combined"})
_NEUTRAL_HEADS_AFTER_PARTICIPLE = frozenset(V.NEUTRAL_HEADS - {
    "the", "a", "an", "of", "and", "in", "as", "such", "its", "their", "this", "these"})
# heads of a phrase a list of molecules may be made of ("the expression of A and the activity of B"), and what
# may stand before them
_LISTED_HEADS = frozenset(_NEUTRAL_HEADS_AFTER_PARTICIPLE | {"translocation", "activation"})
_LISTED_HEAD_MODIFIERS = frozenset({"the", "nuclear", "cytoplasmic", "total", "relative", "protein", "mrna"})
# what a preparation is given in ("the exosome-hydrogel group")
_CARRIERS = frozenset({"hydrogel", "hydrogels", "gel", "gels", "scaffold", "scaffolds", "matrix", "patch", "patches",
                       "sponge", "conduit", "fibers", "fibres", "microspheres", "nanoparticles"})
_SKIP_WORDS_NOT_BE = frozenset(V.SKIP_WORDS - {"is", "are", "was", "were", "be", "been", "being"})
_CLAUSE_BREAK_WORDS = frozenset(V.CLAUSE_BREAKS - {"while", "compared"})
# units after the second number of a range ("from 31.2 to 12.5 pg/mL")
_RANGE_UNIT_WORDS = frozenset({"pg", "ng", "μg", "mg", "g", "/", "ml", "l", "μm", "mm", "cm", "nm", "u", "units",
                               "mm2", "mm3", "μm2"})  # as lowered
# "H-EVs produced higher BMS scores", "sEVs yielded fewer TUNEL+ cells": vesicles compared by what they gave
_COMPARING_VERBS = frozenset({"produced", "yielded", "had", "showed", "achieved"})
# verbs of a model made ("ER stress was induced with tunicamycin"): with what is its agent, named or not
_MADE_BY_MEANS = frozenset({"induced", "triggered", "provoked", "elicited", "evoked"})
# verbs of what the experimenter did to a gene ("H19 was silenced in donor cells with siRNA"), never an effect of
# the vesicles of the sentence before
_MANIPULATION_PARTICIPLES = frozenset({"silenced", "knocked", "overexpressed", "over-expressed", "deleted", "ablated",
                                       "transfected", "transduced"})
_TIME_PREPOSITIONS = frozenset({"after", "following", "during", "before"})
# what holds something back, named with "on" or "of" ("the restraint on MAPK/ERK signalling", "a brake on AKT")
_RESTRAINT_NOUNS = frozenset({"restraint", "restraints", "brake", "brakes", "constraint", "constraints"})
# verbs that say a measure moved without saying which way ("shifted the ratio from 3.6 to 0.9"; "changed" and
# "altered" are said of what the numbers after them tell)
_SHIFTING_VERBS = frozenset({"shift", "shifts", "shifted", "shifting", "changed", "changing", "altered", "altering"})
# "the paracrine activity of MSCs", "the immunomodulatory function of ...", "the neurotrophic function of
# astrocytes": a kind of work cells do, named by an adjective ("-ic", "-ory", "-ive", "-ing", or these)
_FUNCTION_HEADS = frozenset({"activity", "activities", "function", "functions", "capacity", "capacities", "potency",
                             "properties"})
_CELL_FUNCTION_ADJECTIVES = frozenset({"paracrine"})
_FUNCTION_ADJECTIVE_ENDINGS = ("ic", "ory", "ive", "ing")
_UNSTAINED_AREAS = frozenset({"lesion", "lesions", "area", "areas", "region", "regions", "core", "cavity", "cavities"})
# a marker glued before what it outlines ("the GFAP-delineated lesion area")
_OUTLINING_PARTICIPLES = frozenset({"delineated", "defined", "demarcated", "outlined", "bounded", "bordered"})
# participles after a comma that say what findings argue for, not a further thing changed
_ARGUING_PARTICIPLES = frozenset({"supporting", "highlighting", "underscoring", "underlining", "positioning"})
_APPOSITION_OPENERS = frozenset({"a", "an", "two", "three", "four", "both"})
# words that end the look back for a clause's first verb (see _second_change_verb)
_SECOND_VERB_STOPS = frozenset({"with", "by", "via", "through", "after", "following", ";", ":", "which", "that",
                                "whereas", "while", "but"})
# words that stand for a subject right before a verb: "..., which increased expression of X"
_SUBJECT_WORDS = frozenset({"which", "they", "it"})
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# what joins two passive clauses sharing an agent ("X was upregulated while Y was downregulated after T"),
# and the words that may open the second clause's subject ("while the expression of Y was ...")
_PASSIVE_LINKS = frozenset({"while", "whereas", "and", "but"})
_PASSIVE_LINK_NP = frozenset({"the", "its", "their", "expression", "level", "levels", "of", "protein", "mrna"})
_MEDIATOR_WORDS = frozenset({"through", "via", "by"})
_CARGO_AGENT_KINDS = frozenset({V.INC, V.DEC, V.REG, V.LIGHT, V.TARGET})
# "exosome-mediated delivery of miR-133b"
_DELIVERY_NOUNS = frozenset({"delivery", "transfer", "transport", "shuttling", "transmission", "uptake"})
# "the effect of X was mediated by Z"
_MEDIATION_PARTICIPLES = frozenset({"mediated", "achieved", "exerted", "realized", "realised", "conferred"})
# "the effect of X was (partially) dependent on Z", "the effect of X depended on Z": X acts through Z
_DEPENDENCE_WORDS = frozenset({"dependent", "reliant", "depended", "depends", "relied", "relies"})
_MEDIATES = frozenset({"mediated", "mediates", "mediate", "underlies", "underlie", "underlay"})
# "abolished the ability of their exosomes to promote M2 polarization": an effect named by what it does
_ABILITY_HEADS = frozenset({"ability", "abilities", "capacity", "capacities"})
# "were less effective in suppressing apoptosis": a smaller effect said of the agent
_ABLE_WORDS = frozenset({"effective", "efficient", "able", "potent", "capable"})
# "lost their ability to promote M2 polarization": the ability no longer there denies what it would do
_LOSING = frozenset({"lost", "lose", "loses", "losing"})
# the words before an effect noun that point back at effects read before ("lost these effects", "their benefit")
_POINTERS_TO_EFFECTS = frozenset({"their", "its", "these", "this", "those"})
# a carrier loaded with vesicles, named after them: "the exosome-loaded hydrogel", "an EV-laden scaffold"
_CARRIER_ROUTES = frozenset({"exokg:route_hydrogel"})
_LOADED_WORDS = frozenset({"loaded", "laden", "encapsulated", "embedded", "containing", "incorporated"})
_CARRIER_NOUNS = frozenset({"hydrogel", "hydrogels", "scaffold", "scaffolds", "gel", "composite", "patch", "matrix"})
# a vesicle word that names no preparation of its own ("EVs", "exosome"; not "H-Exos", "miR-124-3p-Exos")
# verbs that show an attribute named by the comparative after them ("showed reduced JAK2 phosphorylation")
# words opening a clause of its own after another ("..., whereas miR-133b, by targeting RhoA, ...")
_CONTRAST_OPENERS = frozenset({"whereas", "while", "but", "and", "although", "though"})
# a group named by how much it was given ("with medium dose")
_DOSE_WORDS = frozenset({"dose", "doses", "dosage"})
# names of circular and long noncoding RNAs, which bind miRNAs away ("circPrkcb", "circ_0000962", "lncRNA X")
_SPONGE_RNA_PREFIXES = ("circ", "lncrna", "lincrna", "hsa_circ")
# verbs whose "that" opens the clause of what was found ("assays demonstrated that ..."), a clause of its own
_FINDING_VERBS = frozenset({"demonstrated", "demonstrate", "demonstrates", "showed", "show", "shows", "revealed",
                            "reveal", "reveals", "indicated", "indicate", "indicates", "confirmed", "confirm",
                            "confirms", "suggested", "suggest", "suggests", "found", "established", "verified",
                            "proved"})
_SHOWING_VERBS = frozenset({"showed", "shows", "show", "displayed", "displays", "display", "exhibited", "exhibits",
                            "exhibit"})
# words after "yield" that make it the noun ("EV yield per cell", "particle yield and size")
# what one participant does better or worse than another ("DPSC-Exos outperform BMSC-Exos in promoting ..."): the
# one outdone is no subject of what follows
_OUTDOING_VERBS = frozenset({"outperform", "outperforms", "outperformed", "surpass", "surpasses", "surpassed"})
_OUTDOING_ADJECTIVES = frozenset({"superior", "inferior"})
# what stands before a word naming control animals or cultures ("of LPS controls", "versus the controls"), and
# before the name of the controls' treatment ("to 0.46-fold of LPS controls": not "The exosomes and miR-21 control")
_CONTROL_GROUP_LEADS = frozenset({"of", "to", "vs", "vs.", "versus", "than", "with", "the", "in", "and", "or", "over"})
_CONTROL_NAME_LEADS = frozenset(_CONTROL_GROUP_LEADS - {"the", "and", "or", "with", "in"})
# what a verb's stem names before it as a noun: "rescue experiments", "block assays"
_EXPERIMENT_NOUNS = frozenset({"experiment", "experiments", "assay", "assays"})
_AFTER_YIELD_NOUN = frozenset({"per", "of", "and", "or", ",", ".", ";", ":", "was", "were", "is", "are", "(", "by",
                               "from", "in", "without", "with"})
# treatments given together ("combining IFN-Exos with MCC950"): the second is no cargo of the first
_COMBINING_WORDS = frozenset({"combining", "combine", "combines", "combined", "co-administering", "coadministering"})
_GLUED_VESICLE_WORD = re.compile(r"[-‐](?:exos?|s?evs?)$")  # the end of a preparation's short name, lowered
_PLAIN_VESICLE_WORD = re.compile(r"(?:exosomes?|exos?|s?evs?|(?:small )?extracellular vesicles?|vesicles?)", re.I)
# "the most upregulated miRNA in Hypo-Exos": a rank among what the vesicles hold says they hold it
_RANKED_CHANGES = frozenset({"upregulated", "up-regulated", "increased", "elevated"})
_CARGO_CLASS_NOUNS = frozenset({"mirna", "mirnas", "microrna", "micrornas", "protein", "proteins", "lncrna", "lncrnas",
                                "rna", "rnas", "molecule", "molecules", "cargo", "cargos", "cargoes", "transcript",
                                "transcripts"})
# "X, identified as / confirmed to be / shown by ..., V": an aside on X opened by a participle of what was found
_APPOSITIVE_PARTICIPLES = frozenset({"identified", "confirmed", "validated", "verified", "predicted", "known",
                                     "recognized", "recognised", "established"})
# "X is a form of Y that ...": the relative clause is said of X, the kind, not of Y
_KIND_NOUNS = frozenset({"form", "forms", "type", "types", "kind", "kinds", "mode", "subtype", "variant"})
# the head noun after a comparative that names an outcome's delay ("shorter latency"), see Knowledge.latencies
_LATENCY_WORDS = frozenset({"latency", "latencies"})
# the verb whose bare cell object stands for the cells' polarization, see Knowledge.polarizations
_POLARIZING_STEMS = ("polariz", "polaris")
_POSSESSIVE_MARKS = frozenset({"'", "’", "'s", "’s"})
# what a stain or assay measures of a molecule ("the CSPG area and GFAP intensity")
_STAIN_MEASURE_NOUNS = frozenset(V.AMOUNT_NOUNS | {"area", "intensity", "immunoreactivity", "density", "staining", "signal",
                                                   "fluorescence", "deposition"})
# nouns that, after "these", stand for the changes just read, as "these effects" do
_CHANGES_POINTED_BACK = frozenset({"changes", "alterations", "improvements"})
# "allowing Nrf2/HO-1 signalling" raises it; "allowed us to ...", "enabled them to ..." name no participant
_LETTING_STEMS = ("allow", "enabl", "permit")
# "Protection was abolished by ML385": the protective effect, named by its noun
_PROTECTION_HEADS = frozenset({"protection"})
# "the protection conferred by native exosomes": an effect and, after "by", whose it is
_CONFERRED = frozenset({"conferred", "afforded", "provided", "exerted"})
_EFFECT_HEADS = frozenset(V.EFFECT_NOUNS | _ABILITY_HEADS | _PROTECTION_HEADS | {"benefit", "benefits", "role", "roles"})
# "Both preparations", "All three types of exosomes", "The two preparations": each preparation compared before
_HOW_MANY = {"two": 2, "three": 3, "four": 4, "five": 5}
# "with both treatments", "in both treated groups": each preparation the paragraph compared
_BOTH_TREATMENT_PREPOSITIONS = frozenset({"with", "in", "after", "following", "by", "for", "from"})
_BOTH_TREATMENT_MODIFIERS = frozenset({"treatment", "treated", "vesicle", "exosome", "ev"})
_BOTH_TREATMENT_HEADS = frozenset({"treatments", "interventions", "therapies", "preparations", "groups"})
_ALL_OF_THEM = frozenset({"both", "all", *_HOW_MANY})
# "a TSG-6 neutralizing antibody": an antibody that takes the molecule away
_NEUTRALIZING = frozenset({"neutralizing", "neutralising", "blocking"})
_ANTIBODY_WORDS = frozenset({"antibody", "antibodies", "ab", "abs"})
# what names the agent or the manipulation that undid a change ("was abolished by ...", "... when X was silenced")
_UNDOING_LINKS = frozenset({"by", "when", "after", "upon", "following", "once", "if"})
# what cells make or show rather than a change ("IL-10-producing cells", "GFP-expressing neurons")
_CELL_MAKING_PARTICIPLES = V.EXPRESSING_WORDS | {"producing", "secreting", "releasing"}
# participles after "X-" naming the change X brings about ("the exosome-induced M2 shift")
_INDUCING_PARTICIPLES = frozenset({"induced", "mediated", "driven", "promoted", "triggered", "elicited", "evoked"})
# "the protection conferred by BMSC-Exos": a change named before the agent that brought it about
_CONFERRING_PARTICIPLES = frozenset(_INDUCING_PARTICIPLES - {"mediated"} | {"conferred", "afforded", "provided",
                                                                          "produced", "caused"})
_CHANGE_PARTICIPLES = frozenset(_INDUCING_PARTICIPLES | _CONFERRING_PARTICIPLES)
# what is done to cells with an agent ("Co-culture of neurons with exosomes")
_CULTURING_NOUNS = frozenset({"culture", "cultures", "co-culture", "coculture", "co-cultures", "cocultures",
                              "incubation", "pretreatment", "stimulation", "exposure", "priming", "treatment",
                              "treatments"})
# what a preparation is said to be full of ("enriched in miR-22-3p"): its content, no place
_ENRICHED_WORDS = frozenset({"enriched", "rich"})
# a stimulus or method that fills vesicles with a molecule ("enriches MSC exosomes in miR-126")
_ENRICHING_VERB_FORMS = frozenset({"enrich", "enriches", "enriched", "enriching"})
# verbs of a second agent doing as the first did ("the γ-secretase inhibitor DAPT mimicked the effect")
_MIMICKING_VERBS = frozenset({"mimicked", "reproduced", "recapitulated", "phenocopied", "replicated", "imitated"})
# "knockdown of X abolished the effect of Y": a rescue experiment
_REVERSAL_VERBS = frozenset(f"{stem}{end}" for stem, ends in (
    ("abolish", ("", "es", "ed")), ("abrogate", ("", "s", "d")), ("reverse", ("", "s", "d")),
    ("eliminate", ("", "s", "d")), ("counteract", ("", "s", "ed")), ("negate", ("", "s", "d")),
    ("block", ("", "s", "ed")), ("attenuate", ("", "s", "d")), ("diminish", ("", "es", "ed")),
    ("weaken", ("", "s", "ed")), ("offset", ("", "s")), ("cancel", ("", "s", "ed", "led")),
    # decrease verbs read as reversals only before "the (...) effect(s) of" ("GW4869 reduced the therapeutic
    # effects of BMSC-Exos": not a decrease of the vesicles)
    ("reduce", ("", "s", "d")), ("decrease", ("", "s", "d")), ("suppress", ("", "es", "ed")),
    ("inhibit", ("", "s", "ed")), ("impair", ("", "s", "ed")), ("blunt", ("", "s", "ed")),
    ("lost", ("",)),  # passive only: "the effect of BMSC-Exos was lost" (see _undone_effect)
) for end in ends)
# what names a compound by the molecule it works on ("the PI3K inhibitor LY294002", "RSL3, a GPX4 inhibitor")
_TOOL_NOUNS = frozenset({"inhibitor", "inhibitors", "antagonist", "antagonists", "agonist", "agonists", "activator",
                         "activators", "blocker", "blockers"})
# conditions a control is tested in ("did not affect astrocyte viability under normoxia")
_BASELINE_WORDS = frozenset({"normoxia", "normoxic", "uninjured", "sham", "sham-operated", "unstimulated",
                             "unchallenged", "basal", "baseline", "naive", "naïve"})
# "had much weaker effects", "showed reduced benefits": what vesicles made to lack something did, compared
_HAVING_VERBS = frozenset({"had", "has", "have", "showed", "shows", "exerted", "exerts", "displayed", "exhibited",
                           "produced"})
_WEAKER_WORDS = frozenset({"weaker", "smaller", "lesser", "reduced", "diminished", "attenuated", "blunted",
                           "impaired"})
# what vesicles are said to do with an effect: "did not produce these effects", "failed to exert"
_PRODUCING_VERBS = frozenset({"produce", "exert", "reproduce", "confer", "replicate", "show", "elicit", "exhibit"})
# verbs after a manipulating gerund that read it ("Silencing Nrf2 reversed ...", "Blocking NF-κB mimicked ...")
_UNDOING_OR_MIMICKING = frozenset(_REVERSAL_VERBS | _MIMICKING_VERBS)
# verbs that make an effect larger ("Overexpression of miR-21 further enhanced their anti-apoptotic effect"): a
# rescue turned around, the molecule added doing what the effect does
_ENHANCING_VERBS = frozenset(f"{stem}{end}" for stem, ends in (
    ("enhance", ("", "s", "d")), ("potentiate", ("", "s", "d")), ("augment", ("", "s", "ed")),
    ("amplifie", ("s", "d")), ("amplify", ("",)), ("strengthen", ("", "s", "ed")), ("boost", ("", "s", "ed")),
) for end in ends)
_HAVE_VERBS = frozenset({"had", "has", "have", "showed", "shows", "show", "exerted", "exerts", "exert", "produced",
                         "exhibit", "exhibits", "exhibited", "display", "displays", "displayed", "possess", "possesses",
                         "possessed", "shown"})
# words between such a verb and the effect it names ("exert strong anti-inflammatory effects")
_EFFECT_INTENSIFIERS = frozenset({"a", "an", "the", "strong", "significant", "potent", "marked", "obvious", "remarkable",
                                  "notable", "their", "its", "good", "great", "powerful", "certain", "robust",
                                  # "hypoxic MSC-Exos showed enhanced angiogenic capacity": more of the same effect
                                  "enhanced", "increased", "greater", "stronger", "improved", "better", "superior",
                                  "higher", "more"})
# words between "the" and an effect noun its own words name ("the strong anti-inflammatory effect")
_DEFINITE_EFFECT_WORDS = _EFFECT_INTENSIFIERS - {"their", "its"}
# what opens "the" effect its own words name, also counted ("abolished most pro-angiogenic effects")
_DEFINITE_EFFECT_OPENERS = frozenset({"the", "most", "all"})
_COMPARISON_OPENERS = frozenset({"compared", "unlike", "versus", "vs", "relative", "contrast", "comparison"})
_SHIFT_STEMS = ("shift", "switch", "skew", "polariz", "polaris")
# "GFAP-positive astrocytes co-expressing C3": marked cells counted by a second marker
_CO_EXPRESSING = frozenset({"co-expressing", "coexpressing", "expressing"})
# ", and", ", whereas": a clause of its own, naming its own outcome
_CLAUSE_JOINERS = frozenset({"and", "whereas", "while", "but"})
# "membrane potential", "action potential": a potential measured, no hedge
_ELECTRIC_POTENTIALS = frozenset({"membrane", "action", "evoked", "resting", "field", "transmembrane"})
# "IL-17A+ cells under Th17-polarising conditions": where the cells were counted, after them
_SETTING_AFTER_CELLS = frozenset({"under", "in", "within", "at", "after", "on"})
# "Th17-polarising conditions", "M1-inducing medium": what cells were cultured in, named by what it does to them
_CULTURE_CONDITION_NOUNS = frozenset({"conditions", "condition", "medium", "media", "cocktail", "cocktails"})
_SHIFTED_TO = frozenset({"to", "toward", "towards"})
# "polarization shifted from M1 to M2": a shift verb followed by these has no object, and its subject no agent
_INTRANSITIVE_SHIFT = frozenset(_SHIFTED_TO | {"from"})
_PLACE_PREPOSITIONS = frozenset(V.LOCATIVE | {"to", "into", "towards", "toward"})
_NEITHER_NOR_BREAKS = frozenset({",", ";", ":", "but", "whereas", "while", "which", "that"})
# what stands before an effect that names nothing it does ("the effect of ADSC-Exos", "most of their effects")
# an effect named as a benefit is a beneficial one ("their benefit on hindlimb function")
_BENEFIT_HEADS = frozenset({"benefit", "benefits"})
_PLAIN_EFFECT_OPENERS = frozenset({"the", "this", "these", "its", "their", "all", "overall"})
# effects named by their benefit: an adverse target becomes smaller, a favourable one larger (UndoneEffect.sign_on)
_BENEFICIAL_EFFECTS = frozenset({"protective", "neuroprotective", "beneficial", "therapeutic", "reparative",
                                 "restorative", "pro-regenerative"})
# what a compound is named as after the molecule or process it acts on ("the PI3K inhibitor LY294002", "the NF-κB
# activator PMA", "the ferroptosis inducer RSL3"): taking it away or adding it
_TAKING_AWAY_ROLES = frozenset({"inhibitor", "inhibitors", "antagonist", "antagonists", "blocker", "blockers"})
_ADDING_ROLES = frozenset({"activator", "activators", "agonist", "agonists", "inducer", "inducers"})
_ROLE_NOUNS = frozenset(V.LOSS_SUFFIXES | _ADDING_ROLES)
_GAIN_NOUNS = frozenset({"overexpression", "over-expression", "upregulation", "up-regulation", "activation",
                         "mimic", "mimics", "agomir", "agomirs", "activator", "activators", "agonist", "agonists"})
# "a miR-126-resistant SPRED1 construct": a molecule named as what the next one escapes
_RESISTANT_WORDS = frozenset({"resistant", "insensitive", "refractory"})
# "forced (enforced, ectopic) NLRP3 expression": a molecule added
_FORCING_WORDS = frozenset({"forced", "enforced", "ectopic"})
# nouns that close an agent's phrase after its name: "Exosome treatment", "Ern1 downregulation"
_AGENT_PHRASE_HEADS = frozenset(V.TREATMENT_NOUNS | V.LOSS_SUFFIXES | _GAIN_NOUNS)
# words between a manipulation and its molecule: "knockdown of (the) endogenous miR-21"
_DETERMINERS_BEFORE_A_MOLECULE = frozenset({"the", "a", "an", "endogenous", "cellular", "mature", "its", "their",
                                            "-", "exosomal", "constitutively", "active", "activated", "wild-type"})
# what an object's noun phrase may open with before "of" ("the levels of TNF-α")
_AMOUNT_NOUNS = frozenset({"level", "levels", "expression", "expressions", "production", "release", "secretion",
                           "amount", "amounts", "concentration", "concentrations", "activity", "content"})
# "were left untreated or stimulated with": cells given nothing, beside those given something
_UNTREATED_WORDS = frozenset({"untreated", "unstimulated", "unprimed", "unexposed", "naive", "naïve"})
# "GMSCs stimulated with TNF-α promote ...": how cells or vesicles were prepared, not a claim
_PREPARATION_PARTICIPLES = frozenset({"stimulated", "treated", "pretreated", "pre-treated", "preconditioned",
                                      "pre-conditioned", "primed", "incubated", "cultured", "co-cultured", "exposed",
                                      "polarized", "polarised", "challenged"})
# words naming how vesicles were made, between "in" and the vesicles that hold a cargo ("in hypoxic BMSC-Exos",
# "in hypoxia-preconditioned MSC-EVs": a hyphened agent before a participle)
_PREPARATION_ADJECTIVES = frozenset(_PREPARATION_PARTICIPLES | {
    "hypoxic", "normoxic", "hypoxia", "hypo", "-", "engineered", "modified", "native", "naive", "naïve", "human", "secreted",
    "released"})
_OPENING_ADVERB_WORDS = tuple(tuple(adverb.split()) for adverb in V.OPENING_ADVERBS)
# "In PC12 cells exposed to erastin, ...", "In neurons challenged with the ferroptosis inducer erastin, ..."
_STIMULUS_PARTICIPLES = frozenset(_PREPARATION_PARTICIPLES | TREATMENT_PARTICIPLES | {"subjected"})
_PREPARATION_SUFFIXES = tuple(f"-{w}" for w in _PREPARATION_PARTICIPLES | {"engineered", "modified"})
# what a treatment is given to, besides cells: "BMSC-Exos-treated rats", "Y-EV-treated spinal cords"
_TREATED_BODIES = frozenset({"biolink:OrganismTaxon", "biolink:AnatomicalEntity"})
# what may follow an injury's name in "... in SCI rats", "in the SCI group": the animals it was made in
_ANIMAL_WORDS = frozenset({"rats", "mice", "animals", "model", "models", "tissue", "tissues", "patients", "group"})
_AFTER_AN_INTRANSITIVE_CHANGE = frozenset({"", ".", ",", ";", "after", "following", "in", "at", "within", "from",
                                           "to", "by", "over", "during", "compared", "relative", "when", "and"})
# "did not differ", "were not different", "no difference in": a comparison without a difference
_DIFFER_WORDS = frozenset({"differ", "differed", "different", "difference", "differences"})
# "PBS-treated", "vehicle-injected": a control group named by what it was given
_CONTROL_PARTICIPLES = frozenset({"treated", "injected"})
# (a sham group is no control for a treatment: it was never injured)
_CONTROL_WORDS = frozenset({"pbs", "vehicle", "control", "controls", "saline", "untreated", "model",
                            "placebo", "injury"})
# words between "than" / "compared with" and the group compared with ("than in that of the exosome group")
_REFERENCE_LEADS = frozenset({"the", "in", "that", "those", "of", "for", "a", "an"})
_REFERENCE_LEADS_AFTER_COMPARED = frozenset(_REFERENCE_LEADS | {"with", "to"})  # "Compared with the sham group"
_GROUP_WORDS = frozenset({"group", "groups", "rats", "mice", "animals", "cells"})
# the words that name a treatment given ("the SCI group" names none)
_TREATING_NOUNS = frozenset(V.TREATMENT_NOUNS - _GROUP_WORDS)
# the uninjured group an injured one is compared with ("the sham group", "sham-operated rats")
_SHAM_WORDS = frozenset({"sham", "uninjured", "intact", "healthy", "normal"})
_TREATMENT_PARTICIPLES = frozenset({"treated", "given", "injected", "administered", "received", "receiving",
                                    "transplanted", "pretreated"})
# how cells are given a reagent ("transfected with a miR-21 inhibitor")
_GIVEN_PARTICIPLES = frozenset({"transfected", "transduced", "treated", "pretreated", "infected"})
# "miR-21-knockdown MSC-Exos": vesicles from cells made to lack miR-21
_DEPLETED_WORDS = frozenset({"knockdown", "knock-down", "silenced", "deficient", "depleted", "knockout", "knock-out"})
# verbs that say a change was for the better whatever it changed ("improved", "ameliorated", "alleviated")
_BENEFIT_VERB_STEMS = ("improv", "amelior", "alleviat")
# the cells' part in an experiment, named before them ("when parent BMSCs were transfected ...")
_CELL_ROLE_WORDS = frozenset({"parent", "parental", "donor", "producer", "recipient", "target"})
# how a compound is said to be given alongside ("when LY294002 was co-administered")
_COMPOUND_GIVEN = frozenset({"co-administered", "coadministered", "administered", "added", "applied", "given",
                             "co-applied", "included", "used"})
# "when X was knocked down / overexpressed"
_LOSS_PARTICIPLES = frozenset({"knocked", "silenced", "inhibited", "deleted", "depleted", "blocked", "downregulated",
                               "down-regulated", "suppressed", "ablated", "antagonized", "antagonised"})
_GAIN_PARTICIPLES = frozenset({"overexpressed", "over-expressed", "upregulated", "up-regulated", "restored"})
# "when BMSCs were transfected with a miR-21 inhibitor": cells given a manipulation
_CELLS_GIVEN = frozenset({"transfected", "co-transfected", "cotransfected", "transduced", "infected", "treated",
                          "pretreated", "pre-treated"})
# "PTEN-overexpressing neurons": cells made to carry more of a molecule, a manipulation (see _manipulated), not
# cells acting on it
MADE_TO_EXPRESS = frozenset({"overexpressing", "over-expressing"})
# "PTEN-overexpressing", "PTEN-knockdown", "PTEN-silenced" neurons: the words after a molecule's hyphen that name
# cells made to gain or lose it
MANIPULATED_CELL_WORDS = MADE_TO_EXPRESS | V.LOSS_SUFFIXES | _DEPLETED_WORDS
_SUBORDINATORS = frozenset({"when", "whenever", "if", "unless", "because", "since", "although", "though",
                            "whilst", "once"})
# "When neurons were exposed to H2O2, ...", "After PC12 cells were treated with LPS, ...": an opening clause that
# sets up the cells the sentence's own agent then acts on
_SETTING_SUBORDINATORS = frozenset({"when", "after", "once", "whenever"})
# "Hypo-Exos applied to neurons overexpressing PDCD4": the cells vesicles were given to
_APPLIED_PARTICIPLES = frozenset({"applied", "added", "delivered", "given", "administered"})
# "this (protective) effect was reversed by ...": the effect of what the sentence before named
_ANAPHORIC_DETERMINERS = frozenset({"this", "these", "such", "their", "its", "whose"})
# "X exhibits anti-inflammatory effects via Z"
_EFFECT_VERBS = frozenset({"exert", "exerts", "exerted", "exerting", "exhibit", "exhibits", "exhibited", "exhibiting",
                           "show", "shows", "showed", "display", "displays", "displayed", "produce", "produces",
                           "produced", "have", "has", "had", "elicit", "elicits", "elicited", "provide", "provides",
                           "provided", "confer", "confers", "conferred", "possess", "possesses", "possessed"})
# "X acts through Z"
_ACT_VERBS = frozenset({"act", "acts", "acted", "acting", "work", "works", "worked", "working", "function",
                        "functions", "functioned", "functioning", "operate", "operates", "operated"})
# what may stand between two agentless changes that share the group they were seen in ("Bax was downregulated,
# whereas the expression of Bcl-2 was upregulated in the Exo group")
_GROUP_CLAUSE_JOINS = frozenset(_AMOUNT_NOUNS | {",", "and", "whereas", "while", "whilst", "but", "the", "of",
                                                "significantly", "markedly", "also", "in", "contrast"})
_PLACE_WORDS = frozenset(V.LOCATIVE - {"with", "for", "against", "than", "versus", "vs"})
_GENE_NOT_FAMILY = frozenset(V.GENE - V.FAMILY)
# a cell or a researcher putting a molecule into vesicles: "MSCs could package miR-133b into secreted exosomes"
_LOADING_VERB_FORMS = frozenset({"package", "packages", "packaged", "load", "loads", "loaded", "sort", "sorts",
                                 "sorted", "encapsulate", "encapsulates", "encapsulated", "incorporate",
                                 "incorporates", "incorporated", "transfer", "transfers", "transferred"})
# "exosomes that carry / which contain miR-21": a relative clause naming the cargo
_CARRYING_RELATIVE_VERBS = frozenset({"carry", "carries", "contain", "contains", "harbor", "harbors", "harbour",
                                      "harbours", "deliver", "delivers", "overexpress", "overexpresses"})
# nouns naming no participant that a relative clause may describe ("the miRNA that targets PTEN ...")
_CLASS_NOUNS_BEFORE_A_RELATIVE = frozenset({"mirna", "mirnas", "microrna", "micrornas", "gene", "genes", "protein",
                                            "proteins", "cell", "cells", "molecule", "molecules", "factor",
                                            "factors", "those", "one", "ones"})
# what ends a restrictive relative clause before the verb after it could be the antecedent's
_RELATIVE_CLAUSE_ENDS = frozenset({",", ";", ":", "and", "or", "but", "whereas", "while", "which", "that", "to",
                                   "by", "thereby", "thus"})
# words after which a verb's base form is still a verb ("reduced and repair", "to repair", "not damage")
_NOT_A_NOUN_BEFORE_A_VERB = frozenset({"and", "or", "to", "not", "also", "then", "further", "thus", "thereby",
                                        "that", "which", "who", "may", "can", "could", "might", "would", "will"})
# "Y induced by X": a reduced passive after a name ("mediated" gives no sign)
_PASSIVES_AFTER_ANY_NAME = frozenset({"mediated", "induced", "driven"})
# uptake of vesicles by cells (_uptake): the nouns, participles and verbs that say it
_UPTAKE_PARTICIPLES = frozenset({"internalized", "internalised", "engulfed", "endocytosed", "phagocytosed"})
_UPTAKE_VERBS = frozenset({"internalize", "internalizes", "internalise", "internalises", "engulf", "engulfs"})
_UPTAKE_CUES = frozenset(_UPTAKE_PARTICIPLES | _UPTAKE_VERBS | {"taken", "took", "take", "takes", "uptake",
                                                                "internalization", "internalisation", "endocytosis",
                                                                "engulfment", "phagocytosis"})
_AMOUNT_OF_A_MOLECULE = frozenset({"expression", "level", "levels", "activity", "activation", "transcription",
                                   "translation", "production", "secretion", "release", "phosphorylation"})
_NEGLIGIBLE_AMOUNTS = frozenset({"few", "little", "no", "negligible", "hardly", "barely"})
# verbs of a clause's own state after ", and": no object of the clause before can be their subject
_CLAUSE_OWN_VERBS = frozenset({"fail", "fails", "failed", "remain", "remains", "remained", "persist", "persists",
                               "persisted", "tend", "tends", "tended", "seem", "seems", "seemed", "appear", "appears",
                               "appeared"})
_CONCESSIVES = frozenset({"although", "though", "albeit", "despite"})
# "recruited to the lesion", "present in the cord": where a participle after a noun puts it
_PLACE_AFTER_A_PARTICIPLE = frozenset({"to", "into", "in", "at", "within", "around", "near"})
_LESION_PLACE_WORDS = frozenset({"the", "a", "an", "lesion", "site", "injury", "epicenter", "border"})
# prepositions opening a phrase a sentence may begin with, before its subject ("In neurons on CSPG, exosomes ...")
_FRONTING_PREPOSITIONS = frozenset({"in", "on", "at", "within", "among", "after", "following", "under", "upon",
                                    "during", "for", "compared", "relative", "unlike", "like", "by"})
_REDUCED_PASSIVES = frozenset(_PASSIVES_AFTER_ANY_NAME | {"caused", "triggered", "evoked", "elicited", "produced"})
# "had no / little / negligible effect on Y"
_NO_EFFECT_WORDS = frozenset({"no", "little", "negligible"})
# "smaller changes", "larger effects": a comparative of these says how much a treatment changed, not which way
_EFFECT_SIZE_NOUNS = frozenset({"change", "changes", "effect", "effects", "benefit", "benefits", "gains", "shifts"})
# "produced no additional benefit": what is denied is more than one treatment gave alone, not the benefit
_INCREMENT_WORDS = frozenset({"additional", "further", "extra", "additive", "incremental", "greater", "more"})
_OUTCOME_NOT_PROCESS = frozenset(V.OUTCOME - V.PROCESS)
_PROCESS_NOT_PATHWAY = frozenset(V.PROCESS - V.PATHWAY)
_PROCESS_NOT_OUTCOME = frozenset(V.PROCESS - V.OUTCOME)


# ---------------------------------------------------------------------------------------------
# Inputs and outputs


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A grounded span of the document text (offsets into the whole document)."""

    start: int
    end: int
    ref: Ref
    text: str = ""
    attributes: tuple[tuple[str, str], ...] = ()

    @property
    def category(self) -> str:
        return self.ref.category


@dataclass(frozen=True, slots=True)
class Arg:
    """A participant of a claim: the grounded thing and the span that names it."""

    ref: Ref
    start: int
    end: int

    @property
    def category(self) -> str:
        return self.ref.category


@dataclass(frozen=True, slots=True)
class Reading:
    """One claim read from one sentence (before it becomes a Statement)."""

    subject: Arg
    predicate: str  # exokg predicate
    object: Arg
    sign: int  # +1, -1, 0
    rule: str
    negated: bool = False
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class Knowledge:
    """What the rules need to know about entities beyond their category.

    ``composites`` maps a source cell CURIE to its vesicle-preparation Ref, ``sources`` maps a
    vesicle preparation CURIE to its source cell Ref, ``generic_vesicle`` is the Ref for a bare
    "exosomes" (used for "exosomal miR-X"), ``acts_on`` maps an inhibitor or activator to its target.
    """

    composites: dict[str, Ref] = field(default_factory=dict)
    sources: dict[str, Ref] = field(default_factory=dict)
    generic_vesicle: Ref | None = None
    # an experimental compound's CURIE -> what it is used to take away (True) or add (False): 3-MA, autophagy
    acts_on: dict[str, tuple[Ref, bool]] = field(default_factory=dict)
    # an outcome's CURIE -> the outcome that is its delay (MEP -> MEP latency): "MEPs showed shorter latency"
    latencies: dict[str, Ref] = field(default_factory=dict)
    # a cell's CURIE -> the process of its polarization (macrophage -> macrophage polarization): "polarizing
    # macrophages", with no state named, is said of that process, not of the cells' number
    polarizations: dict[str, Ref] = field(default_factory=dict)
    # a route's label -> the label of the route it is a way of ("tail vein injection" -> "intravenous injection"),
    # from the lexicon's cross-references: two such words name one route
    route_families: dict[str, str] = field(default_factory=dict)
    # a pathway's CURIE -> the molecules its name names (PI3K/AKT: PI3K and AKT), which act through it by name only
    members: dict[str, frozenset[str]] = field(default_factory=dict)
    # a vesicle preparation's CURIE -> the preparations it is a kind of (cord MSC exosomes: MSC exosomes)
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    # is_vesicle answers, by everything they depend on: asked for nearly every token of every sentence
    _vesicle_answers: dict[tuple[str, str, str, str, str], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def is_vesicle(self, ref: Ref, text: str = "") -> bool:
        key = (ref.prefix, ref.identifier, ref.label, ref.category, text)
        answer = self._vesicle_answers.get(key)
        if answer is None:
            answer = ref.curie in self.sources or V.is_vesicle(ref.category, ref.label, text)
            self._vesicle_answers[key] = answer
        return answer

    def is_generic_vesicle(self, ref: Ref) -> bool:
        return ref.curie not in self.sources


@dataclass(frozen=True, slots=True)
class UndoneEffect:
    """An effect a reversal verb undoes: "the (inhibitory) effect of Y on Z", and what undid it."""

    agents: list[Arg]  # Y
    target: list[Arg]  # Z
    sign: int  # of the effect's adjective: -1 "inhibitory", 1 "stimulatory", 0 none
    manipulated: tuple[Tok, bool] | None  # a rescue's molecule, and whether it was taken away
    counter: list[Arg]  # otherwise the agent that undid it ("MSC-Exos attenuated ...", "... reversed by MSC-Exos")
    beneficial: bool  # "protective", "therapeutic": smaller for an adverse target, larger for a favourable one
    # the way each target went where "this effect" points back at changes already read ("MSC-Exos attenuated
    # apoptosis, and this effect was reversed by ...")
    signs: dict[Arg, int] = field(default_factory=dict)
    # further manipulations listed with "or" as doing the same ("Silencing Nrf2, or treatment with the GPX4
    # inhibitor RSL3, abolished ..."): each a rescue of its own
    alternatives: tuple[tuple[Tok, bool], ...] = ()
    # where the changes pointed back at were made by clauses of their own, the agents of each target's change:
    # an agent of one clause made no change of another ("Downregulation of PDCD4 increased phosphorylation of
    # PI3K and AKT, which in turn lowered Bax; LY294002 reversed these changes": PI3K lowered Bax, not AKT)
    made_by: dict[Arg, frozenset[Arg]] | None = None

    def made(self, agent: Arg, target: Arg) -> bool:
        """Whether the effect undone includes the agent's change of the target."""
        return self.made_by is None or agent in self.made_by.get(target, frozenset())

    def manipulations(self) -> list[tuple[Tok, bool]]:
        """Every manipulation that undid the effect, the first named first."""
        return [self.manipulated, *self.alternatives] if self.manipulated is not None else []

    def sign_on(self, target: Arg) -> int:
        """The effect's sign on one of its targets ("the protective effect of Y on apoptosis" makes it smaller)."""
        if target in self.signs:
            return self.signs[target]
        if self.beneficial:  # smaller if adverse, larger if a good the field measures, else no side
            return -1 if _adverse(target) else 1 if V.FAVOURABLE.search(target.ref.label or "") else 0
        return self.sign


@dataclass(frozen=True, slots=True)
class Context:
    """What the previous sentences of the paragraph said (for "This process", "These exosomes").

    ``row_subject`` is the subject of a table row ("UC-MSCs | ... | Reduce the inflammatory
    response"): cells with a verb and no subject of their own are about it.
    """

    subjects: tuple[Arg, ...] = ()
    objects: tuple[Arg, ...] = ()
    vesicles: tuple[Arg, ...] = ()
    row_subject: Arg | None = None
    fallen: tuple[Arg, ...] = ()  # the objects the previous sentence lowered ("This in turn ..." follows them)
    changed: tuple[tuple[Arg, int], ...] = ()  # what its clauses changed, and which way ("This effect ...")
    cells: tuple[Arg, ...] = ()  # the cells the last sentence naming any named ("These cells ...")
    mirnas: tuple[Ref, ...] = ()  # the miRNAs the last sentence naming any named ("identified Cnr1 as a target")
    preparations: tuple[Arg, ...] = ()  # the preparations the last sentence naming several named ("Both ...")
    # what the document's preparations named so far were primed with ("melatonin" for "MT-Exos"), and each
    # preparation: a stimulus alone may stand for the priming ("Melatonin increased exosomal miR-138-5p")
    primed: tuple[tuple[str, Ref], ...] = ()
    # the groups values were last given to in turn, in order (None the control): "... in the same groups"
    groups: tuple[Tok | None, ...] = ()


# ---------------------------------------------------------------------------------------------
# Tokens


@dataclass(slots=True, init=False)
class Tok:
    text: str
    lower: str
    start: int
    end: int
    arg: Arg | None = None
    joined: bool = False  # no space before this token
    cargo: tuple[Arg, ...] = ()  # miRNAs a collapsed vesicle phrase carries
    agentive: bool = False  # "treated with X", "the X group", "X treatment"
    consumed: bool = False  # spoken for by a collapse: never an object
    mediator: bool = False  # "X-mediated": a through/via target, never an object
    members: tuple[Arg, ...] = ()  # an axis "A/B/C": its members
    axis_readings: tuple[Reading, ...] = ()  # the chain an axis emitted (withdrawn if it is a target list)
    depleted: tuple[Arg, ...] = ()  # vesicles from cells made to lack these ("exosomes from miR-21-knockdown MSCs")
    # arg is not None, stored: read millions of times per corpus. Tokens change their arg only through
    # dataclasses.replace, which runs __init__ again.
    is_ent: bool = field(init=False, repr=False, compare=False)
    # what SentenceReader.word answers: the lowercase word, or "" for an entity (asked millions of times)
    plain: str = field(init=False, repr=False, compare=False)

    # written out (not generated) to set the two derived fields without a __post_init__ call per token
    def __init__(self, text: str, lower: str, start: int, end: int, arg: Arg | None = None, joined: bool = False,
                 cargo: tuple[Arg, ...] = (), agentive: bool = False, consumed: bool = False,
                 mediator: bool = False, members: tuple[Arg, ...] = (),
                 axis_readings: tuple[Reading, ...] = (), depleted: tuple[Arg, ...] = ()) -> None:
        self.text = text
        self.lower = lower
        self.start = start
        self.end = end
        self.arg = arg
        self.joined = joined
        self.cargo = cargo
        self.agentive = agentive
        self.consumed = consumed
        self.mediator = mediator
        self.members = members
        self.axis_readings = axis_readings
        self.depleted = depleted
        self.is_ent = arg is not None
        self.plain = "" if arg is not None else lower

    def args(self) -> tuple[Arg, ...]:
        if self.members:
            return self.members
        return (self.arg,) if self.arg is not None else ()


_START = attrgetter("start")

# reduced participles naming how a change was seen ("reflected by BBB score"), and where their phrase ends
_MEASURED_BY = frozenset({"reflected", "indicated", "measured", "assessed", "evaluated", "quantified", "determined",
                          "detected", "manifested", "represented"})
# "SCI rodents receiving exosomes", "rats given BMSC-Exos": what they received is the treatment
_RECEIVING = frozenset({"receiving", "given"})
# words after a predicative comparative that lead to the group it is said of ("higher in the exosome group")
_GROUP_PREPOSITIONS = frozenset({"in", "than", "among", "after", "following"})
_APPOSITION_BOUNDS = frozenset({",", ";", ":", "(", ")"})
_MEASURE_ASIDE_ENDS = frozenset({",", ";", ":", "(", ")", "and", "but", "while", "whereas", "."})
# a comparator's lead: "to a similar extent as ferrostatin-1", "as effectively as", "comparable to"
_COMPARATOR_SIGNS = frozenset({"extent", "degree", "effectively", "efficiently", "potently", "strongly",
                               "comparable", "similar", "equivalent", "control", "controls"})
_EXTENT_WORDS = frozenset({"extent", "degree"})
_EXTENT_ADJECTIVES = frozenset({"similar", "same", "comparable", "greater", "lesser", "larger", "smaller", "higher",
                                "lower", "like"})
_AS_ADVERBS = frozenset({"effectively", "efficiently", "potently", "strongly", "much", "effective", "efficient",
                         "potent"})

# words between "of" and the cell a change happens in ("apoptosis of the cultured BV2 microglia")
_CELL_PLACE_WORDS = frozenset({"the", "these", "those", "-", "‐", *(p for w in CELL_STATE_WORDS for p in w.split("-")),
                               *(p.lower() for w in CELL_ORIGINS for p in w.split())})
# states of the structures a measure is taken of ("the g-ratio of myelinated axons")
_STRUCTURE_PLACE_WORDS = frozenset({"myelinated", "unmyelinated", "demyelinated", "regenerating", "regenerated",
                                    "spared", "remaining", "white", "gray", "grey", "matter"})
_CONSEQUENT_WORDS = frozenset({"consequent", "concomitant", "corresponding", "subsequent", "significant", "marked",
                               "resultant", "resulting", "parallel", "simultaneous"})
_ANATOMY = frozenset({"biolink:AnatomicalEntity", "biolink:GrossAnatomicalStructure"})
# what makes a count of cells or structures one of their damage ("fewer shrunken mitochondria")
_DAMAGED_STATES = frozenset({"shrunken", "shrunk", "swollen", "damaged", "vacuolated", "ruptured", "degenerated",
                             "degenerating", "dystrophic", "dying", "dead", "fragmented", "disrupted", "abnormal"})
_MEASURED_STRUCTURES = frozenset(V.CELL | _ANATOMY | {"biolink:CellularComponent"})
_CELL_LINE_NAME = re.compile(CELL_LINE_NAME + "|SH|SY5Y")  # BV2, PC12, HT22, SH-SY5Y


_MICRORNA = "biolink:MicroRNA"
_LONG_NONCODING = "biolink:NoncodingRNAProduct"  # lncRNAs and circRNAs, which sponge miRNAs


def _against_the_axis(member: Arg, members: Sequence[Arg]) -> bool:
    """Whether an axis member changes against the pathway it is named in: a brake on a member after it
    (PTEN in "PTEN/AKT/mTOR", KEAP1 in "Keap1/Nrf2") or what a kinase before it inactivates (GSK-3β in
    "PI3K/AKT/GSK-3β"). "Activated the pathway" says neither rose."""
    at = members.index(member)
    if any(m.category in V.MIRNA for m in members):
        # "miR-21/PTEN/PDCD4": a miRNA lowers what follows it, a sponge RNA the miRNA after it ("circ/miR-X/Y"),
        # a brake the member after it; the axis goes the way its first member does
        sign = 1
        for before, after in pairwise(members[:at + 1]):
            mirna_before, mirna_after = before.category == _MICRORNA, after.category == _MICRORNA
            if (mirna_before and after.category not in V.MIRNA) or (mirna_after and before.category in V.MIRNA
                                                                    and not mirna_before) \
                    or (before.ref.curie, after.ref.curie) in V.AXIS_INHIBITIONS:
                sign = -sign  # ("miR-199a-3p/145-5p" lists two miRNAs: neither lowers the other)
        return sign < 0
    curie = member.ref.curie
    if curie in V.AXIS_BRAKES and any((curie, b.ref.curie) in V.AXIS_INHIBITIONS for b in members[at + 1:]):
        return True
    return any((a.ref.curie, curie) in V.AXIS_INHIBITIONS and a.ref.curie not in V.AXIS_BRAKES for a in members[:at])


def tokenize(text: str, offset: int, mentions: Sequence[EntityMention],
             drop: Sequence[tuple[int, int]] = ()) -> list[Tok]:
    """Words and entities of one sentence; ``drop`` spans (citations) are left out."""
    toks: list[Tok] = []
    pos = offset
    end = offset + len(text)
    ms = sorted((m for m in mentions if offset <= m.start and m.end <= end), key=lambda m: (m.start, -m.end))
    chosen: list[EntityMention] = []
    for m in ms:
        if chosen and m.start < chosen[-1].end:
            continue  # overlapping: keep the earlier, longer one
        chosen.append(m)

    drop = [(ds, de) for ds, de in drop if ds < end and de > offset]  # the document's marks in this sentence

    append = toks.append
    find_words = WORD_RE.finditer

    def words(a: int, b: int) -> None:
        lo, hi = a - offset, b - offset
        if text.find("\t", lo, hi) >= 0:  # a table cell boundary is a hard break
            for tab in re.finditer(r"\t", text[lo:hi]):
                append(Tok(";", ";", a + tab.start(), a + tab.start() + 1))
        for w in find_words(text, lo, hi):  # matched in place: the same words as in the slice text[lo:hi]
            i = w.start()
            s = offset + i
            if drop and any(ds <= s < de for ds, de in drop):
                continue
            word = w.group()
            # (a superscript plus marks cells as "+" does: "NeuN⁺ neurons")
            append(Tok(word, word.lower() if word != "⁺" else "+", s, s + len(word), None,
                       i > 0 and not text[i - 1].isspace()))

    for m in chosen:
        if drop and any(ds <= m.start < de for ds, de in drop):
            continue
        if ("form", "antagonist") in m.attributes:
            # "anti-miR-21", "antagomir-21" read as "miR-21 inhibitor", the form every loss rule knows
            blocker_start = max(pos, m.start - len(dict(m.attributes).get("blocker", "")))
            words(pos, blocker_start)
            tok = _entity_token(text, offset, m)
            tok.joined = _joined(text, offset, blocker_start)
            toks.extend((tok, Tok("inhibitor", "inhibitor", m.end, m.end)))
        else:
            words(pos, m.start)
            toks.append(_entity_token(text, offset, m))
        pos = m.end
    words(pos, end)
    toks.sort(key=_START)
    return _independent_of(_amount_comparatives(_left_unchanged(_drop_empty_parentheses(_knockout_marks(
        _drop_rna_class_words(toks))))))


# where in the injured cord a change was seen ("within the lesion gap", "around the epicenter")
_AROUND_WORDS = frozenset({"in", "within", "at", "around", "near", "surrounding"})
_LESION_PLACES = frozenset({"lesion", "lesions", "epicenter", "epicentre", "injury", "gap", "cavity", "penumbra",
                            "perilesional", "rostral", "caudal", "white", "gray", "grey", "ventral", "dorsal"})
# "On CSPG, ...", "In LPS-treated microglia, ...": a phrase opening a clause, up to its comma, names a setting
_SETTING_OPENERS = frozenset({"on", "in", "under", "upon", "within", "among"})
# what "more" or "less" says of an amount ("more abundant", "less numerous")
_AMOUNT_ADJECTIVES = frozenset({"abundant", "numerous", "prevalent", "extensive", "intense", "pronounced",
                                "frequent", "widespread", "dense", "prominent"})
# a subject that is the treatment a paragraph gave ("The treatment reduced TNF-α", "In vivo, treatment improved ...")
_TREATMENT_ANAPHORS = frozenset({"treatment", "therapy", "intervention", "administration", "injection",
                                 "transplantation", "dosing", "delivery", "infusion",
                                 "composite", "construct"})  # "The composite lowered NLRP3": vesicles in a material
_TREATMENT_ANAPHOR_WORDS = frozenset(_TREATMENT_ANAPHORS | {"the", "this", "such", "their", "its", "also",
                                                            "further", "moreover", "furthermore", "repeated",
                                                            "single", "daily", "weekly", "early", "delayed",
                                                            "intranasal", "intravenous", "intrathecal", "local",
                                                            "systemic"})
# words of a sentence that names a setting or cause of its own: its agentless changes are not an earlier actor's
_OWN_SETTING_WORDS = frozenset({"injury", "injured", "sci", "sham", "lesioned", "contusion", "transection", "after",
                                "following", "upon", "when", "if", "compared", "than"})
# "assessed by the BBB scale", "measured with the footprint test": the tests an outcome was measured with
_ASSESSED_PARTICIPLES = frozenset({"assessed", "measured", "evaluated", "determined", "quantified", "estimated",
                                   "examined", "scored", "tested", "analysed", "analyzed"})
_ASSESSED_WITH = frozenset({"by", "using", "with", "via", "on", "in"})
# heads before "of <cells>" that make the cells' number what changed, beside V.NEUTRAL_HEADS
_CELL_AMOUNT_HEADS = frozenset({"recruitment", "accumulation", "activation", "loss", "numbers", "percentage",
                                "proportion", "ratio"})
_CELL_LIST_WORDS = frozenset({"and", ",", "or", "-", "‐", "+", "positive", "negative"})
_BARE_COMPARATIVES = frozenset(w for w in V.COMPARATIVES if not w.endswith("ed"))  # "higher" (not "reduced")
_PREDICTED_NOUNS = frozenset({"target", "targets", "binding", "site", "sites", "sequence", "sequences", "gene",
                              "genes", "interaction", "interactions", "algorithm", "algorithms", "tools", "tool"})
_VALIDATING = frozenset({"validated", "confirmed", "verified", "validate", "confirm", "verify", "tested", "test"})
_AMOUNT_WORDS = frozenset({"half", "one-third", "one-half", "two-fold", "twofold", "threefold", "three-fold"})
# a measure's own noun after its name ("MEP amplitudes", "GAP43 levels")
_MEASURE_NOUNS = frozenset({"amplitude", "amplitudes", "level", "levels", "value", "values", "scores", "score",
                            "expression", "counts", "count", "density", "intensity"})
_AMOUNT_HEDGES = frozenset({"approximately", "about", "around", "nearly", "almost", "roughly", "more", "less", "than",
                            "over", "up", "to", "~", "≈", "a", "an"})
# what a number names a time with ("day 28", "8 weeks", "42 dpi")
_TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "dpi", "h", "hours", "d", "wk", "wpi"})
# "compared with 2.8 ± 0.5 after vehicle", "versus 2.9 ± 0.3 in the PBS group": values set against others
_VERSUS_WORDS = frozenset({"versus", "vs", "vs."})
_VALUES_COMPARED = frozenset({"compared", *_VERSUS_WORDS})
# "the BBB score of Hypo-Exos-treated rats exceeded that of the PBS group"
_EXCEEDING_VERBS = frozenset({"exceeded", "surpassed"})
# "11.9 ± 1.6 with Y-EVs", "5.4 ± 0.8 in the sEV group", "9.3 ± 1.2 for miR22-sEVs": a value and its group
_GROUP_VALUE_LINKS = frozenset({"with", "in", "for"})
# "PBS", and "PBS-treated rats scored 8.2 ± 1.0": the words a control group is named with
_CONTROL_GROUP_WORDS = frozenset(_CONTROL_WORDS | {f"{control}-{participle}" for control in _CONTROL_WORDS
                                                   for participle in _CONTROL_PARTICIPLES})
# words of groups named by the injury they share ("the sham, SCI, SCI + Exo groups")
_INJURY_GROUP_CUES = frozenset({"+", "sham"})
# "BMSC-EV- and PBS-treated rats scored 11.0 ± 1.2 and 8.2 ± 1.0": the verbs values of groups follow
_SCORED_VERBS = frozenset({"scored", "reached", "had", "showed", "achieved", "displayed", "were", "measured"})
# what ends the units after a value in a list of values
_VALUE_LIST_STOPS = frozenset({"for", "after", "with", "in", "and", ",", ";", "(", ")", "vs", "versus", "."})
_TIME_LEADS = frozenset({"day", "days", "week", "weeks", "month", "months", "the", "all", "each", "every", "later"})
_AFTER_INTRANSITIVE = frozenset({"after", "following", "upon", "in", "with"})  # "TNF-α decreased after ..."
_SHOWN_PARTICIPLES = frozenset({"indicated", "reflected", "evidenced", "revealed", "shown", "demonstrated",
                                "confirmed", "visualized", "visualised", "detected"})
_CHANGE_ADJECTIVES = frozenset(V.COMPARATIVES) | frozenset(V.UP_ADJECTIVES) | frozenset(V.DOWN_ADJECTIVES)
_ASIDE_TEST_LEADS = frozenset({"by", "using", "with", "via", "through"})  # ", assessed by X," (not "in rats")
_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "and", "but", "whereas", "while", "("})
_GENETIC_MODEL_WORDS = frozenset(_DEPLETED_WORDS | {"null", "transgenic", "ko"})
MODEL_ANIMALS = frozenset({"mice", "mouse", "rats", "rat", "animals", "zebrafish"})  # (also the genetic-model qualifier's)
# what two terms make together, neither said to move ("the Bax/Bcl-2 ratio", "the Th17/Treg balance")
_RATIO_WORDS = frozenset({"ratio", "ratios", "balance", "imbalance"})
# "both proteins", "these genes": a list of molecules named before (see _molecules_named_before)
_LIST_ANAPHORS = frozenset({"both", "these", "those"})
_MOLECULE_KIND_NOUNS = frozenset({"proteins", "genes", "cytokines", "chemokines", "factors", "molecules", "targets",
                                  "mrnas", "kinases", "enzymes", "transcripts", "markers"})
# verbs saying treated animals got back what the injury took ("Rats treated with X recovered hindlimb locomotion")
_REGAINING_VERBS = frozenset({"recovered", "regained"})
# "exosomes depleted of miR-455-5p", "devoid of", "deficient in": (preposition, participle) before what is lacked
_LACKING_PAIRS = frozenset({("of", "depleted"), ("of", "devoid"), ("in", "deficient")})
_AGENT_MIXTURES = frozenset({"cocktail", "combination", "mixture", "mix"})  # "with a cocktail of IL-1α, TNF-α ..."
# "less toxic to neurons", "more resistant to apoptosis": a comparative of what something is to something else,
# no change in the amount of what follows
_HARM_ADJECTIVES = frozenset({"toxic", "cytotoxic", "neurotoxic", "harmful", "damaging", "detrimental", "resistant",
                              "susceptible", "sensitive", "vulnerable"})
_TREATED_HEADS = frozenset(MODEL_ANIMALS | {"group", "groups"})  # "treated rats", "the treated group"
_NULL_ALLELES = frozenset({"-/-", "−/−", "+/-", "+/−"})


# "associated with X", "correlated with X", "linked to X": what an association is with
_ASSOCIATION_LINKS = frozenset({"with", "to"})
_ASSOCIATION_PARTICIPLES = frozenset({"associated", "correlated", "linked", "related", "correlates", "correlate",
                                      "coincided", "coincides", "paralleled"})
# "independently of X", "regardless of X": what an effect did not go through
_INDEPENDENCE_WORDS = frozenset({"independently", "independent", "regardless", "irrespective"})
_LEFT_WORDS = frozenset({"left", "leaves", "leave", "leaving"})
_LEFT_ENDS = frozenset({".", ";", ":", ",", "but", "whereas", "while", "and"})


def _amount_comparatives(toks: list[Tok]) -> list[Tok]:
    """ "Axons were more abundant", "less numerous GFAP+ cells": "more" or "less" said of an amount is the
    comparative itself (the rules read "were more" and "more X"), standing for both words."""
    if not any(t.lower in _AMOUNT_ADJECTIVES for t in toks):
        return toks
    out: list[Tok] = []
    for t in toks:
        if t.lower in _AMOUNT_ADJECTIVES and not t.is_ent and out and out[-1].lower in {"more", "less"}:
            more = out.pop()
            out.append(Tok(more.lower, more.lower, more.start, t.end))
            continue
        out.append(t)
    return out


def _independent_of(toks: list[Tok]) -> list[Tok]:
    """ "inhibits the NLRP3/caspase-1/GSDMD axis independently of the AIM2 ... pathways": what the effect did not go
    through is no object of the verb; the two words are one clause break ("independently of"), standing for both."""
    if not any(t.lower == "of" for t in toks) or not any(t.lower in _INDEPENDENCE_WORDS for t in toks):
        return toks
    out: list[Tok] = []
    for t in toks:
        if t.lower == "of" and out and out[-1].lower in _INDEPENDENCE_WORDS and not out[-1].is_ent:
            word = out.pop()
            out.append(Tok("independently of", "independently of", word.start, t.end))
            continue
        out.append(t)
    return out


def _left_unchanged(toks: list[Tok]) -> list[Tok]:
    """ "Exosome treatment left IL-6 levels unchanged": the verb is the word "unchanged" (the rules read "X
    unchanged Y" as a denied change of Y by X), standing where "left" stood."""
    if not any(t.lower in _LEFT_WORDS for t in toks):
        return toks
    for i, t in enumerate(toks):
        if t.lower not in _LEFT_WORDS or t.is_ent:
            continue
        for k in range(i + 2, min(i + 10, len(toks))):
            w = toks[k].lower
            if w in V.DENIED_CHANGE and not toks[k].is_ent:
                if any(x.is_ent for x in toks[i + 1:k]):
                    return [*toks[:i], Tok(w, w, t.start, t.end), *toks[i + 1:k], *toks[k + 1:]]
                break
            if w in _LEFT_ENDS:
                break
    return toks


def _knockout_marks(toks: list[Tok]) -> list[Tok]:
    """ "IFN-γ(-/-) mice", "Ern1+/- rats": the allele mark after a gene is the word "knockout" (the rules know
    "TLR4 knockout mice"); as three bare characters, or a group of them, it was dropped and left "IFN-γ mice"."""
    if not any(t.text == "/" for t in toks):
        return toks
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        opened = toks[i].text == "(" and i > 0 and toks[i - 1].is_ent
        at = i + opened
        run = toks[at:at + 3]
        if (opened or (i > 0 and toks[i - 1].is_ent)) and len(run) == 3 and all(
                not t.is_ent and t.start == prev.end for prev, t in pairwise(run)) \
                and "".join(t.text for t in run) in _NULL_ALLELES:
            close = at + 3 < len(toks) and toks[at + 3].text == ")"
            if opened and not close:
                out.append(toks[i])
                i += 1
                continue
            last = toks[at + 2 + close]
            out.append(Tok("knockout", "knockout", toks[i].start, last.end))
            i = at + 3 + close
            continue
        out.append(toks[i])
        i += 1
    return out


# the class an RNA's name is introduced with ("lncRNA GAS5", "the long non-coding RNA MALAT1", "miRNA miR-21")
_RNA_CLASS_WORDS = frozenset({"lncrna", "lincrna", "circrna", "mirna", "microrna", "rna"})
_RNA_CLASS_MODIFIERS = frozenset({"long", "non-coding", "noncoding", "intergenic", "circular", "micro"})


def _drop_rna_class_words(toks: list[Tok]) -> list[Tok]:
    """Leave out the class words before an RNA's name, so the name stands where the rules look for it
    ("exosomes carrying lncRNA MALAT1" reads as "exosomes carrying MALAT1")."""
    drop: set[int] = set()
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if t.arg is None and t.lower in _RNA_CLASS_WORDS and nxt.arg is not None and nxt.arg.category in V.MIRNA:
            drop.add(i)
            k = i - 1
            while k >= 0 and toks[k].arg is None and toks[k].lower in _RNA_CLASS_MODIFIERS:
                drop.add(k)
                k -= 1
    return [t for i, t in enumerate(toks) if i not in drop] if drop else toks


MIRNA_CATEGORY = "biolink:MicroRNA"


def _entity_token(text: str, offset: int, m: EntityMention) -> Tok:
    """The token of a mention, with what the entity layer recorded in its attributes (read once: most mentions
    hold only their rule): the cargo or lack a preparation's name says, whether the cells only name where their
    processes happen ("the proliferation and migration of HUVECs": no participant), and the process a cell
    stands for ("the activation of astrocytes and microglia": the microglia's activation)."""
    surface = text[m.start - offset:m.end - offset]
    ref, cargo, depleted, consumed = m.ref, (), (), False
    if m.attributes:
        attributes = dict(m.attributes)
        if "cargo" in attributes or "depleted" in attributes:
            cargo, depleted = composite_cargo(m), composite_depleted(m)
        consumed = attributes.get("hosts") in {"process", "product"}
        if attributes.get("process"):
            ref = Ref.from_curie(attributes["process"], attributes.get("process_name", ""),
                                 attributes.get("process_category", ""))
    return Tok(surface, surface.lower(), m.start, m.end, arg=Arg(ref, m.start, m.end),
               joined=_joined(text, offset, m.start), cargo=cargo, depleted=depleted, consumed=consumed)


def composite_cargo(m: EntityMention) -> tuple[Arg, ...]:
    """The miRNA a preparation's own name says its cells were made to carry ("exosomes from miR-126-modified
    MSCs"; the entity layer records it as the mention's ``cargo``)."""
    return _named_in_composite(m, "cargo", MIRNA_CATEGORY)


def composite_depleted(m: EntityMention) -> tuple[Arg, ...]:
    """What a preparation's own name says its cells were made to lack ("exosomes from miR-21-knockdown
    MSCs"; the entity layer records it as the mention's ``depleted``)."""
    return _named_in_composite(m, "depleted")


def composite_source_cell(m: EntityMention) -> tuple[Arg, ...]:
    """The cells a preparation was made from, when they are a kind of its source cells ("EVs from Wharton's jelly
    MSCs", the umbilical cord preparation; the entity layer records them as the mention's ``source``)."""
    return _named_in_composite(m, "source", "", "source_cell")


def _named_in_composite(m: EntityMention, key: str, category: str = "", curie_key: str = "") -> tuple[Arg, ...]:
    """The molecule (or cells) the entity layer recorded under ``key`` on a preparation's mention, spanning the
    mention."""
    attributes = dict(m.attributes)
    curie = attributes.get(curie_key or key)
    if not curie or f"{key}_name" not in attributes:
        return ()
    ref = Ref.from_curie(curie, attributes.get(f"{key}_name", ""), category or attributes.get(f"{key}_category", ""))
    return (Arg(ref, m.start, m.end),)


def _one_tok(span: Sequence[Tok], arg: Arg, cargo: tuple[Arg, ...] = ()) -> Tok:
    """The tokens of ``span`` read as one naming ``arg`` ("bone marrow MSC-derived", "the regenerative capacity of
    neurons")."""
    return Tok(" ".join(x.text for x in span), " ".join(x.lower for x in span), span[0].start, span[-1].end, arg=arg,
               joined=span[0].joined, cargo=cargo)


def _joined(text: str, offset: int, start: int) -> bool:
    i = start - offset
    return i > 0 and not text[i - 1].isspace()


def _drop_empty_parentheses(toks: list[Tok]) -> list[Tok]:
    """Remove ``( ... )`` / ``[ ... ]`` groups that hold no entity (statistics, figure calls)."""
    out: list[Tok] = []
    stack: list[int] = []
    for t in toks:
        out.append(t)
        if t.text in "([" and not t.is_ent:
            stack.append(len(out) - 1)
        elif t.text in ")]" and not t.is_ent and stack:
            start = stack.pop()
            inner = out[start + 1:-1]
            before = out[start - 1] if start else None
            if before is not None and before.is_ent and _restates_as_blocker(before, inner):
                # "an antisense oligonucleotide to miRNA-146a (anti-miRNA-146a; AM-146a)": the name of the
                # blocker, standing where the clause reads it
                del out[start:]
                out.append(Tok("inhibitor", "inhibitor", before.end, before.end))
            elif before is not None and before.is_ent and len(inner) > 2 and inner[0].is_ent \
                    and inner[0].arg.ref == before.arg.ref and inner[1].text in {",", ";"} and _is_dosing(inner[2:]):
                # "stimulated with lipopolysaccharide (LPS, 1 μg/mL)": the short form, with the amount given
                del out[start + 2:-1]
            elif (not any(x.is_ent for x in inner) or _is_statistic(inner) or _is_dosing(inner)) \
                    and not _control_group_after_value(out[max(0, start - 2):start], inner):
                boundary = _is_panel(inner)
                first = out[start]
                del out[start:]
                if boundary:
                    out.append(Tok(";", ";", first.start, t.end))
    return out


def _control_group_after_value(before: list[Tok], inner: list[Tok]) -> bool:
    """ "8.7 ± 1.5 (PBS)", "22.5 ± 3.7% (PBS)": the control group a value (and its unit) was seen in, which values
    listed by group are set against."""
    return len(inner) == 1 and inner[0].plain in _CONTROL_WORDS and bool(before) and (
        _number(before[-1].text) is not None or (
            len(before) == 2 and not before[-1].is_ent and _number(before[0].text) is not None))


def _restates_as_blocker(named: Tok, inner: list[Tok]) -> bool:
    """Whether a parenthesis after a name names only its blocker ("miRNA-146a (anti-miRNA-146a; AM-146a)")."""
    ents = [x for x in inner if x.is_ent]
    return bool(ents) and all(x.arg.ref == named.arg.ref for x in ents) \
        and any(not x.is_ent and x.lower in V.ANTAGONISTS for x in inner)


def _is_dosing(inner: list[Tok]) -> bool:
    """ "(100 μg, tail vein, 1 h after injury)": how much was given, by which route and when; the route and any
    animal named there are the study's setting, read apart from the clause the aside interrupts."""
    return any(x.text[:1].isdigit() for x in inner) and all(
        x.arg.category in V.CONTEXT_ONLY for x in inner if x.is_ent)


def _is_panel(inner: list[Tok]) -> bool:
    """ "(B)", "(Figure 3)": a figure panel or call, which separates list items in a legend."""
    return bool(inner) and ((len(inner) == 1 and len(inner[0].text) == 1 and inner[0].text.isupper())
                            or inner[0].lower in {"figure", "fig", "table"})


def _is_statistic(inner: list[Tok]) -> bool:
    return bool(inner) and inner[0].lower in {"smd", "wmd", "md", "or", "rr", "hr", "p", "n", "i2", "figure",
                                              "fig", "table", "see"}


# ---------------------------------------------------------------------------------------------
# The reader


class SentenceReader:
    """Reads the claims of one sentence. Create one per sentence; call :meth:`read`."""

    def __init__(self, toks: list[Tok], knowledge: Knowledge, context: Context, aim: bool = False) -> None:
        self.toks = toks
        self.k = knowledge
        self.ctx = context
        self.asides: dict[int, int] = {}  # start -> end of each "reflected by X" aside (see _drop_measurement_asides)
        # spans of vesicles whose named cargo is a circular or long noncoding RNA the lexicon lacks ("exosomal
        # circPrkcb"), which binds miRNAs away (see _sponge_carried_by)
        self.unnamed_sponge_carriers: set[tuple[int, int]] = set()
        self.aim = aim  # "This study aims to evaluate whether X improves Y": no frame claims
        self.readings: list[Reading] = []
        self.main_subjects: list[Arg] = []  # the sentence's actor: the first main clause's, acting on something
        self.changed_subjects: list[Arg] = []  # what changed of itself ("iNOS+ cells declined"), failing an actor
        self.fallen_anaphors: set[Arg] = set()  # previous objects an anaphor names, lowered there
        self.value_groups: tuple[Tok | None, ...] = ()  # the groups values were given to in turn (see Context)
        self.frames: list[Frame] = []
        # every plain word the sentence starts with: collapses only remove words, so a pass whose trigger
        # words are all missing here has nothing to do
        self.words = frozenset(t.plain for t in toks)
        # "the effect(s) of", which rescues and mediations are said of (an outcome entity may hold the noun)
        self.names_an_effect = not self.words.isdisjoint(_EFFECT_HEADS) or any(
            t.is_ent and t.lower.rsplit(" ", 1)[-1] in _EFFECT_HEADS for t in toks) or (
            not self.words.isdisjoint(_CHANGE_PARTICIPLES) and not self.words.isdisjoint(_REVERSAL_VERBS)) or (
            not self.words.isdisjoint(_CHANGES_POINTED_BACK) and not self.words.isdisjoint(_REVERSAL_VERBS)) or (
            not self.words.isdisjoint(V.CHANGE_NOUNS) and not self.words.isdisjoint(_REVERSAL_VERBS)) or (
            not self.words.isdisjoint(V.EFFECT_PROCESSES) and not self.words.isdisjoint(V.EFFECT_PROPERTY_NOUNS)) or (
            not self.words.isdisjoint(V.EFFECT_SIGN) and not self.words.isdisjoint(V.EFFECT_PROPERTY_NOUNS))
        self._lacking: dict[Arg, tuple[Arg, ...]] | None = None
        self.compound_roles: dict[Arg, tuple[Arg, int]] = {}  # "the autophagy inhibitor 3-MA": 3-MA -> autophagy, -1
        self.hedge_at = self._first_hedge()
        # a prediction hedges its own clause only: "revealed by in silico prediction ...; three miRs targeted ..."
        self.hedge_until = math.inf if self.hedge_at is None or toks[self.hedge_at].lower not in V.PREDICTION_WORDS \
            else next((t.start for t in toks[self.hedge_at:] if t.lower == ";"), math.inf)

    # -- helpers ---------------------------------------------------------------------------
    def emit(self, subject: Arg, predicate: str, obj: Arg, sign: int, rule: str, at: int,
             negated: bool = False) -> None:
        if subject.ref == obj.ref:
            return
        hedged = self.hedge_at is not None and self.hedge_at <= at and (
            at >= len(self.toks) or self.toks[at].start < self.hedge_until)
        self.readings.append(Reading(subject, predicate, obj, sign, rule, negated, hedged))

    def _first_hedge(self) -> int | None:
        known = _HEDGE_ANSWERS
        for i, t in enumerate(self.toks):
            if t.is_ent:
                continue
            hedge = known.get(t.lower)
            if hedge is None:
                hedge = V.HEDGES.match(t.lower) is not None
                if len(known) < 200_000:
                    known[t.lower] = hedge
            if hedge and t.lower == "potential" and self.word(i - 1) in _ELECTRIC_POTENTIALS:
                continue  # "restored membrane potential": a measure, no hedge
            if hedge or (t.lower in V.PREDICTION_WORDS and self._prediction_hedge(i)):
                return i
        return None

    def _prediction_hedge(self, i: int) -> bool:
        """ "TargetScan predicted PTEN as a target", "Computational prediction revealed ...": a claim only predicted;
        not "bind to their predicted target sequences" nor "we validated computational predictions"."""
        if self.word(i + 1) in _PREDICTED_NOUNS or (
                self.word(i + 1) in {"mirna", "gene", "binding", "target"} and self.word(i + 2) in _PREDICTED_NOUNS):
            return False  # "predicted miRNA targets", "predicted binding sites": what was then tested
        return self.word(i - 1) not in _VALIDATING and self.word(i - 2) not in _VALIDATING

    def vesicle(self, arg: Arg | None) -> bool:
        return arg is not None and self.k.is_vesicle(arg.ref)

    def word(self, i: int) -> str:
        toks = self.toks
        if 0 <= i < len(toks):
            return toks[i].plain
        return ""

    def ent(self, i: int) -> Tok | None:
        toks = self.toks
        if 0 <= i < len(toks):
            t = toks[i]
            if t.is_ent:
                return t
        return None

    def _molecule(self, t: Tok | None) -> bool:
        return t is not None and t.is_ent and t.arg.category in V.MOLECULE

    def _any(self, t: Tok | None) -> bool:
        return t is not None and t.is_ent and not t.consumed

    # -- pass 2: collapses -----------------------------------------------------------------
    def collapse(self) -> None:
        self._glued_preparations()
        self._cells_own_vesicles()
        self._drop_precursor_prefixes()
        self._drop_contrast_asides()
        self._drop_likened_asides()
        self._drop_assessment_asides()
        self._collapse_derived()
        self._collapse_cargo()
        self._collapse_axes()
        self._collapse_downstream_and_mediated()
        self._mark_settings()
        self._barriers_kept()
        self._regrowth_capacities()
        self._manipulated_cells()
        self._mark_role_compounds()  # before the opening's stimuli go: "the ferroptosis inducer erastin" is its claim
        opening = self._opening_in()
        if opening is None and self.word(0) in _SETTING_SUBORDINATORS:
            opening = 0
        if opening is not None:
            self._mark_opening_stimuli(opening)
        self._mark_cell_markers()
        self._mark_cell_stimuli()
        self._drop_measurement_asides()
        self._drop_comparators()
        if "among" in self.words:
            self._drop_parent_populations()
        self._read_markers()
        self._both_preparations()
        if not self.words.isdisjoint(_LIST_ANAPHORS):
            self._molecules_opening_the_sentence()
        self._mark_agentive()

    def _both_preparations(self) -> None:
        """ "We compared NSC-Exos with BMSC-Exos. Both preparations increased Beclin-1": a clause opening with
        "Both (types of) exosomes", "The two preparations" is about each preparation the paragraph compared, and so is
        one opening with "Neither preparation", "Neither of the preparations" (whose verb _neither_subject denies)."""
        if len(self.ctx.preparations) < 2 or (self.words.isdisjoint(_ALL_OF_THEM) and "neither" not in self.words):
            return
        if "both" in self.words:
            self._both_treatments()
        k = self._past_opening_adverbs()
        if self.word(k) in {"both", "neither"}:
            k += 1
            if self.word(k) == "of" and self.word(k + 1) == "the":
                k += 2
        elif self.word(k) in {"the", "all"} and self.word(k + 1) in _HOW_MANY \
                and _HOW_MANY[self.word(k + 1)] == len(self.ctx.preparations):
            k += 2  # "The two preparations", "All three types of exosomes"
        elif self.word(k) == "all" and self.word(k + 1) not in _HOW_MANY:
            k += 1  # "All preparations"
        else:
            return
        if self.word(k) in {"types", "kinds", "sources"} and self.word(k + 1) == "of":
            k += 2
        t = self.toks[k] if k < len(self.toks) else None
        if t is None or not (t.lower in V.VESICLE_NOUNS or t.lower in _BOTH_TREATMENT_HEADS or (
                t.is_ent and self.vesicle(t.arg) and self.k.is_generic_vesicle(t.arg.ref))):
            return
        self._stand_for(k, self.ctx.preparations)

    def _stand_for(self, k: int, named: Sequence[Arg]) -> None:
        """The word at k becomes a token of each of ``named`` (with the word's span): "Both preparations", "both
        treatments", "Both proteins"."""
        t = self.toks[k]
        members = tuple(Arg(a.ref, t.start, t.end) for a in named)
        self.toks[k] = replace(t, arg=members[0], members=members)

    def _molecules_opening_the_sentence(self) -> None:
        """ "miR-126-3p binds the 3'UTRs of SPRED1 and PIK3R2. Both proteins were reduced by more than 50% in
        exosome-treated SCMECs": "Both proteins", "These genes" opening a sentence are the molecules the sentence
        before took (the word becomes a token of each)."""
        k = self._past_opening_adverbs()
        w = self.word(k)
        if w not in _LIST_ANAPHORS or self.word(k + 1) not in _MOLECULE_KIND_NOUNS or self.toks[k + 1].is_ent \
                or not (named := self._molecules_named_before(2 if w == "both" else None)):
            return
        self._stand_for(k + 1, named)

    def _both_treatments(self) -> None:
        """ "TNF-α decreased with both treatments", "BBB scores were higher in both treatment groups": after a
        preposition, both treatments (groups, preparations) are each preparation the paragraph compared."""
        for x in range(1, len(self.toks) - 1):
            if self.word(x) != "both" or self.word(x - 1) not in _BOTH_TREATMENT_PREPOSITIONS:
                continue
            k = x + 1
            if self.word(k) in _BOTH_TREATMENT_MODIFIERS or (
                    (t := self.ent(k)) is not None and self.vesicle(t.arg) and self.k.is_generic_vesicle(t.arg.ref)
                    and self.word(k + 1) in _BOTH_TREATMENT_HEADS):
                k += 1  # "both treatment groups", "both exosome groups"
            if self.word(k) in _BOTH_TREATMENT_HEADS - {"groups"} or (
                    self.word(k) == "groups" and k > x + 1) or self.word(k) in V.VESICLE_NOUNS:
                self._stand_for(k, self.ctx.preparations)  # ("in both groups" may name a control)
                self.toks[k].agentive = True

    def _glued_preparations(self) -> None:
        """ "the exosome-induced upregulation of GPX4", "medium from exosome-treated astrocytes" after sentences on
        hucMSC-Exos: a plain vesicle word glued to a participle names the preparation the paragraph is about (as
        "the exosomes" does), not vesicles in general."""
        if not self.ctx.vesicles or self.k.is_generic_vesicle(self.ctx.vesicles[-1].ref) or len(
                self.ctx.preparations) > 1 or "-" not in self.words:
            return
        for i, t in enumerate(self.toks):
            if t.is_ent and self.vesicle(t.arg) and self.k.is_generic_vesicle(t.arg.ref) and self.word(i + 1) == "-" \
                    and (self.word(i + 2) in _INDUCING_PARTICIPLES or self.word(i + 2) in _TREATMENT_PARTICIPLES):
                self.toks[i] = replace(t, arg=Arg(self.ctx.vesicles[-1].ref, t.start, t.end))

    def _cells_own_vesicles(self) -> None:
        """ "Knockdown of TIMP2 in BMSCs reduced the protective effect of their exosomes": "their" plain vesicles
        are the preparation of the first cells before them in the sentence the lexicon knows one of ("iPSC-MSCs offer
        a source ... than adult tissue-derived MSCs, but whether their sEVs ...": the cells the sentence is about;
        the entity layer reads a short form "their" vesicles define alike)."""
        if "their" not in self.words:
            return
        for i, t in enumerate(self.toks):
            if not (t.is_ent and self.word(i - 1) == "their" and self.vesicle(t.arg)
                    and self.k.is_generic_vesicle(t.arg.ref)):
                continue
            made = next((m for k in range(i - 1) if self.toks[k].is_ent and self.toks[k].arg.category in V.CELL
                         and (m := self.k.composites.get(self.toks[k].arg.ref.curie)) is not None), None)
            if made is not None:
                self.toks[i] = replace(t, arg=Arg(made, t.start, t.end))

    def _drop_precursor_prefixes(self) -> None:
        """ "pre-miR-630", "pri-miR-21": the precursor stands for its miRNA; the prefix is no word of the clause."""
        if "pre" not in self.words and "pri" not in self.words:
            return
        toks = self.toks
        i = 0
        while i + 2 < len(toks):
            if self.word(i) in {"pre", "pri"} and self.word(i + 1) == "-" and self.ent(i + 2) is not None \
                    and toks[i + 2].arg.category in V.MIRNA:
                del toks[i:i + 2]
            i += 1

    def _drop_contrast_asides(self) -> None:
        """ "X, but not Y, reduced Z" / "X (but not Y) reduced Z": the aside names a control that does not
        take part in the claim, and its words ("control", "mimic") must not open a frame of their own."""
        if "not" not in self.words:
            return
        toks = self.toks
        closing = {",": ",", "(": ")"}
        i = 0
        while i < len(toks):
            w = self.word(i)
            if w in closing:
                j = i + 1
                if self.word(j) in {"but", "and"}:
                    j += 1
                if self.word(j) == "not" and self.word(j + 1) not in V.NOT_NEGATION_AFTER:
                    k = j + 1
                    while k < len(toks) and k <= j + 8 and self.word(k) not in {closing[w], ";", "(", ")", ","}:
                        k += 1
                    if self.word(k) == closing[w] and any(t.is_ent for t in toks[j + 1:k]):
                        del toks[i:k + 1]
                        continue
            i += 1

    def _drop_likened_asides(self) -> None:
        """ "this effect, like neuronal protection, was abolished by HIF1A siRNA": an effect likened to another in
        an aside is the clause's subject still; the aside's words must not stand between it and its verb."""
        if "like" not in self.words:
            return
        toks = self.toks
        for i in range(1, len(toks) - 2):
            if self.word(i) == "," and self.word(i + 1) == "like" and self.word(i - 1) in _EFFECT_HEADS:
                k = next((x for x in range(i + 2, min(i + 9, len(toks))) if self.word(x) in {",", ";", "."}), None)
                if k is not None and self.word(k) == ",":
                    del toks[i:k + 1]
                    return

    def _drop_assessment_asides(self) -> None:
        """ "Edema, assessed by spinal cord water content, was lower": the test between commas is how the outcome
        was measured, no participant; without the aside the outcome heads its clause."""
        if self.words.isdisjoint(_ASSESSED_PARTICIPLES) and self.words.isdisjoint(_SHOWN_PARTICIPLES):
            return
        toks = self.toks
        i = 0
        while i < len(toks):
            if self.word(i) == "," and i > 0:
                j = i + 1 + (self.word(i + 1) == "as")
                if (self.word(j) in _ASSESSED_PARTICIPLES or self.word(j) in _SHOWN_PARTICIPLES) \
                        and self.word(j + 1) in _ASIDE_TEST_LEADS:
                    k = j + 2
                    while k < len(toks) and k <= j + 14 and self.word(k) not in {",", ";", "(", ")", "."}:
                        k += 1
                    k = self._aside_list_end(k)  # ", evaluated by BBB scores, CatWalk gait analysis and MEP, was"
                    # ("as indicated by increased SOD activity," names a change of its own: kept)
                    if self.word(k) == "," and k + 1 < len(toks) and not any(
                            toks[x].plain in _CHANGE_ADJECTIVES for x in range(j + 2, k)):
                        del toks[i:k + 1]
                        continue
            i += 1

    def _aside_list_end(self, k: int) -> int:
        """The comma closing a test aside whose list runs on past the comma at k: the last of the commas after
        which only list words come before the clause's copula ("..., CatWalk gait analysis and MEP latency,
        was better"); else k."""
        toks = self.toks
        m = k + 1
        while m < len(toks) and m <= k + 12:
            w = self.word(m)
            if w == ",":
                after = m + 1
                while _adverb(self.word(after)):
                    after += 1
                if self.word(after) in _COPULAS:
                    return m
            elif not (toks[m].is_ent or w in {"and", "the"} or (w.isalpha() and self._trigger(m) is None)):
                return k
            m += 1
        return k

    def _collapse_derived(self) -> None:
        if self.words.isdisjoint(_DERIVED_TRIGGERS):
            return
        toks = self.toks
        i = 0
        while i < len(toks):
            t = toks[i]
            # VES (derived|secreted|...)? (from|by) [<=5 words] CELL
            if t.is_ent and self.vesicle(t.arg):
                j = i + 1
                if self.word(j) in V.DERIVE_WORDS:
                    j += 1
                if self.word(j) in {"from", "by"} and not (j == i + 1 and self.word(j) == "by" and self._taken_in(i)):
                    k = j + 1
                    while k < len(toks) and k <= j + 5 and not toks[k].is_ent and toks[k].lower not in {
                            ",", ";", ".", "and", "to", "in"}:
                        k += 1
                    if k < len(toks) and toks[k].is_ent and toks[k].arg.category in V.CELL:
                        self._fold_derived(i, k, t.arg, toks[k].arg)
                        continue
            # CELL -derived VES (when the entity layer left them apart)
            if t.is_ent and t.arg.category in V.CELL:
                j = i + 1
                if self.word(j) in {"-", "‐"}:
                    j += 1
                nxt = self.ent(j + 1)
                if self.word(j) in {"derived", "secreted", "released"} and nxt is not None and self.vesicle(nxt.arg):
                    self._fold_derived(i, j + 1, nxt.arg, t.arg)
                    continue
            i += 1

    def _taken_in(self, i: int) -> bool:
        """Is the vesicle at i what cells take in ("the uptake of exosomes by neurons", "internalization of BMSC-Exos
        by microglia")? The cells after "by" then take them up and made none of them."""
        k = i - 1
        while self.word(k) in {"the", "these", "those"}:
            k -= 1
        return self.word(k) == "of" and self.word(k - 1) in V.UPTAKE_NOUNS

    def _said_absent(self, i: int, k: int) -> bool:
        """The molecule at i, named as in the vesicles at k, is said not to be there: "miR-21 was not detected in
        exosomes", "Residual melatonin in exosome preparations was below the detection limit"."""
        if "not" in {self.word(x) for x in range(i + 1, k)}:
            return True
        end = self._clause_end(k + 1)
        after = [self.word(x) for x in range(k + 1, end)]
        return not _ABSENCE_WORDS.isdisjoint(after) or ("below" in after and "detection" in after)

    def _source_after(self, j: int) -> tuple[int, Ref] | None:
        """ "derived from / secreted by / from (human) BMSCs" at j: where the source cell stands, and the vesicle
        preparation of that source (None when the words name no source with a preparation of its own)."""
        if self.word(j) in {"derived", "secreted", "released", "isolated", "extracted"} \
                and self.word(j + 1) in {"from", "by"}:
            j += 2
        elif self.word(j) == "from":
            j += 1
        else:
            return None
        start = j
        while j <= start + 4 and (self.word(j) in {"the", "rat", "mouse"} or self.word(j) in _PREPARATION_ADJECTIVES
                                  or self.word(j).endswith(_PREPARATION_SUFFIXES)):
            j += 1  # "from hypoxic BMSCs", "from hypoxia-preconditioned BMSCs"
        cell = self.ent(j)
        if cell is None or cell.arg.category not in V.CELL:
            return None
        composite = self.k.composites.get(cell.arg.ref.curie)
        return (j, composite) if composite is not None else None

    def _members_of_a_cargo_class(self) -> None:
        """ "Of the 14 miRNAs upregulated in P-sEVs, miR-145-5p showed the largest increase", "Among the miRNAs
        enriched in BMSC-Exos, miR-21 and miR-124 ...": the molecules named after the opening phrase are members of
        the vesicles' cargo it names."""
        k = 1 + (self.word(1) == "the")
        if self.word(k)[:1].isdigit():
            k += 1
        if self.word(k) not in _CARGO_CLASS_NOUNS:
            return
        k += 1
        while _adverb(self.word(k)) or self.word(k) in {"most", "highly"}:
            k += 1
        if self.word(k) not in _PRESENCE_PARTICIPLES or self.word(k + 1) not in {"in", "within"}:
            return
        k += 2 + (self.word(k + 2) == "the")
        ves = self.ent(k)
        if ves is None or not self.vesicle(ves.arg) or self.word(k + 1) != ",":
            return
        members, _ = self._list_from(k + 2, self._molecule)
        for m in members:
            self.emit(self._preparation_pointed_at(k) or ves.arg, "carries", m, 0, "carries:class_member", k + 2)

    def _lost_in_relative(self, j: int) -> int | None:
        """Where "X had been knocked down" ends when it starts at j with a molecule X (after "cells in which"),
        else None."""
        named = self.ent(j)
        if named is None or not self._molecule(named):
            return None
        k = j + 1
        while self.word(k) in {"had", "has", "have", "been", "was", "were", "stably"}:
            k += 1
        if k == j + 1 or self.word(k) not in _LOSS_PARTICIPLES:
            return None
        if self.word(k) == "knocked":
            return k + 1 if self.word(k + 1) in {"down", "out"} else None
        return k

    def _source_before(self, i: int) -> tuple[int, Ref] | None:
        """ "BMSC-derived" / "hucMSC" right before the vesicle adjective at i ("BMSC-derived exosomal miR-145-5p"):
        where the source cell stands, and its preparation (None when the words name no source with one)."""
        k = i - 1
        if self.word(k) in {"derived", "secreted", "released"}:
            k -= 1
            if self.word(k) in {"-", "‐", "‑"}:
                k -= 1
        cell = self.ent(k)
        if cell is None or cell.arg.category not in V.CELL:
            return None
        composite = self.k.composites.get(cell.arg.ref.curie)
        return (k, composite) if composite is not None else None

    def _fold_derived(self, a: int, b: int, vesicle: Arg, cell: Arg) -> None:
        composite = self.k.composites.get(cell.ref.curie) if self.k.is_generic_vesicle(vesicle.ref) else None
        span = self.toks[a:b + 1]
        head = Arg(composite or vesicle.ref, span[0].start, span[-1].end)
        self.emit(head, "derived_from", cell, 0, "derived_from:phrase", a)
        cargo = tuple(c for x in span for c in x.cargo)
        self.toks[a:b + 1] = [_one_tok(span, head, cargo)]

    def _collapse_cargo(self) -> None:
        words = self.words  # which of the patterns below can match at all
        carrying = not words.isdisjoint(V.CARRIER_WORDS)
        modified = not words.isdisjoint(V.MODIFIED_WORDS) or not words.isdisjoint(_DEPLETED_WORDS)
        held_in = not words.isdisjoint(_HELD_IN_WORDS)
        shuttled = not words.isdisjoint(_SHUTTLE_PARTICIPLES)
        carrying_relatives = not words.isdisjoint(_CARRYING_RELATIVE_VERBS)
        enriching = not words.isdisjoint(_ENRICHING_VERB_FORMS)
        lost_in_relative = "which" in words and not words.isdisjoint(_LOSS_PARTICIPLES)
        if self.word(0) in {"of", "among"}:
            self._members_of_a_cargo_class()
        toks = self.toks
        i = 0
        while i < len(toks):
            t = toks[i]
            # VES carrying / containing / with high level of MOL (, MOL)* (and MOL)
            relative = carrying_relatives and t.is_ent and self.word(i + 1) in {"that", "which"} \
                and self.word(i + 2) in _CARRYING_RELATIVE_VERBS
            # "Hypoxic preconditioning enriches MSC exosomes in miR-126": what the vesicles were enriched in
            enriched_in = enriching and self.word(i - 1) in _ENRICHING_VERB_FORMS and self.word(i + 1) == "in"
            if t.is_ent and self.vesicle(t.arg) and (
                    (carrying and self.word(i + 1) in V.CARRIER_WORDS and not (
                        self.word(i + 1) == "with" and self.word(i - 1) in _COMBINING_WORDS)) or relative or enriched_in):
                # ("combining IFN-Exos with MCC950": two treatments given together, no cargo)
                # "exosomes that carry miR-21 reduce apoptosis": the relative clause names the cargo like a participle
                j = i + 3 if relative else i + 2
                while j < len(toks) and j <= i + 6 and not toks[j].is_ent and toks[j].lower in {
                        "the", "a", "an", "high", "higher", "level", "levels", "of", "with", "elevated",
                        "abundant", "in", "-", "overexpressed", "enriched", "increased"}:
                    j += 1
                cargo, k = self._list_from(j, self._molecule, in_subject=True)
                if cargo and self.word(k) in {"to", "into"}:
                    # "exosomes delivering miR-21 to neurons inhibited PTEN": the cells reached belong to the phrase
                    cells = k + 2 if self.word(k + 1) == "the" else k + 1
                    if (reached := self.ent(cells)) is not None and reached.arg.category in V.CELL:
                        k = cells + 1
                silencer_end = k if self.word(k) in SILENCER_WORDS or self.word(k) in V.LOSS_SUFFIXES else k + 2 if (
                    self.word(k), self.word(k + 1)) in _SILENCER_PAIRS and self.word(k + 2) in {"rna", "rnas"} else None
                if cargo and silencer_end is not None:
                    # "exosomes carrying miR-21 inhibitor", "MSC-Exo loaded with PTEN small interfering RNA": they
                    # carry its silencer; neither is cargo that acts ("MenSC exosomes with Lingo-1 silencing": the
                    # molecule is taken away, not carried)
                    toks[i:silencer_end + 1] = [replace(t, end=toks[silencer_end].end)]
                    continue
                if cargo:
                    for c in cargo:
                        self.emit(t.arg, "carries", c, 0, "carries:phrase", i)
                    mirnas = tuple(c for c in cargo if c.category in V.MIRNA)
                    toks[i:k] = [replace(t, end=toks[k - 1].end, cargo=t.cargo + mirnas)]
                    continue
            # "sEVs from primed WJ-MSCs in which miR-145-5p had been knocked down": vesicles lacking it, as
            # "miR-145-5p-knockdown" before the cells' name would say
            if lost_in_relative and t.is_ent and self.vesicle(t.arg) and self.word(i + 1) == "in" \
                    and self.word(i + 2) == "which" and (end := self._lost_in_relative(i + 3)) is not None:
                if toks[i + 3].arg.category in V.MIRNA:
                    self.emit(t.arg, "carries", toks[i + 3].arg, 0, "carries:depleted", i)
                toks[i:end + 1] = [replace(t, end=toks[end].end, depleted=(*t.depleted, toks[i + 3].arg))]
                continue
            # MOL (-)modified / overexpressing / containing VES
            if modified and self._molecule(t):
                j = i + 1
                if self.word(j) in {"-", "‐"}:
                    j += 1
                ves = self.ent(j + 1)
                if self.word(j) in V.MODIFIED_WORDS and ves is not None and self.vesicle(ves.arg):
                    first = i  # "miR-199a-3p/145-5p-containing exosomes": each molecule of the slash list
                    while self.word(first - 1) == "/" and (mate := self.ent(first - 2)) is not None \
                            and self._molecule(mate):
                        first -= 2
                    named = [toks[x].arg for x in range(first, i + 1, 2)]
                    cargo = tuple(m for m in named if m.category in V.MIRNA)
                    # "Rats treated with miR-338-5p-overexpressing exosomes" after "exosomes from
                    # miR-338-5p-overexpressing BMSCs": plain vesicles made to carry more are the named preparation
                    in_view = self._named_preparation_in_view() \
                        if _PLAIN_VESICLE_WORD.fullmatch(ves.text) and self.k.is_generic_vesicle(ves.arg.ref) else None
                    if in_view is not None:
                        ves = replace(ves, arg=Arg(in_view, ves.arg.start, ves.arg.end))
                    for m in named:
                        self.emit(ves.arg, "carries", m, 0, "carries:modified", i)
                    toks[first:j + 2] = [replace(ves, start=toks[first].start, cargo=ves.cargo + cargo)]
                    i = first
                    continue
                if self.word(j) in _DEPLETED_WORDS and ves is not None and self.vesicle(ves.arg):
                    # "miR-21-knockdown MSC-Exos": vesicles lacking miR-21, which the plain ones carry
                    if t.arg.category in V.MIRNA:
                        self.emit(ves.arg, "carries", t.arg, 0, "carries:depleted", i)
                    toks[i:j + 2] = [replace(ves, start=t.start, depleted=(*ves.depleted, t.arg))]
                    continue
            # "anti-miR-21-Exos": vesicles named by the blocker their cells were given lack the miRNA (the blocker
            # is read as "miR-21 inhibitor", an inhibitor token of no width after it)
            if t.is_ent and t.arg.category in V.MIRNA and self.word(i + 1) == "inhibitor" \
                    and toks[i + 1].start == toks[i + 1].end == t.end and self.word(i + 2) in {"-", "‐"} \
                    and (ves := self.ent(i + 3)) is not None and self.vesicle(ves.arg) \
                    and toks[i + 3].start - t.end <= 1 and self.word(i + 4) not in {"-", "‐"}:
                self.emit(ves.arg, "carries", t.arg, 0, "carries:depleted", i)
                toks[i:i + 4] = [replace(ves, start=t.start, depleted=(*ves.depleted, t.arg))]
                continue
            # "miR-133b exosomes", "miR-133b-Exos", "GDNF-Exos": vesicles named by the miRNA or protein they were
            # made to carry (a protein only glued by a hyphen: "VEGF exosomes" may name no preparation)
            if t.is_ent and (t.arg.category in V.MIRNA or (t.arg.category in V.GENE and self.word(i + 1) in {
                    "-", "‐"})) and i + 1 < len(toks):
                j = i + 2 if self.word(i + 1) in {"-", "‐"} else i + 1
                ves = self.ent(j)
                if ves is not None and self.vesicle(ves.arg) and toks[j].start - t.end <= 1 and \
                        (self.word(i - 1) not in {"of", "in", "and", ","} or (  # (", and miR140-Exos suppressed")
                            self.word(i - 1) == "and" and self.word(i - 2) == "," and j == i + 2)) and \
                        self.word(j + 1) not in V.TREATMENT_NOUNS and (
                            self.word(j + 1) not in {"-", "‐"} or self.word(j + 2) in _INDUCING_PARTICIPLES):
                    self.emit(ves.arg, "carries", t.arg, 0, "carries:named", i)
                    mirnas = (t.arg,) if t.arg.category in V.MIRNA else ()
                    toks[i:j + 1] = [replace(ves, start=t.start, cargo=(*ves.cargo, *mirnas))]
                    continue
            # VES-shuttled MOL ("Exosome-shuttled miR-216a-5p"): the vesicles carry it, and the molecule is the head
            if shuttled and t.is_ent and self.vesicle(t.arg) and self.word(i + 1) in {"-", "‐"} \
                    and self.word(i + 2) in _SHUTTLE_PARTICIPLES and self._molecule(self.ent(i + 3)):
                for mol in toks[i + 3].args():
                    self.emit(t.arg, "carries", mol, 0, "carries:shuttled", i)
                del toks[i:i + 3]
                continue
            # exosomal MOL
            if not t.is_ent and t.lower in {"exosomal", "vesicular", "exosome-derived", "ev-derived"} \
                    and self._molecule(self.ent(i + 1)) and self.k.generic_vesicle is not None:
                mols = [toks[i + 1].arg]
                last = i + 1
                while mols[0].category in V.MIRNA and self.word(last + 1) == "/" \
                        and (slashed := self.ent(last + 2)) is not None and slashed.arg.category in V.MIRNA:
                    mols.append(slashed.arg)  # "exosomal miR-199a-3p/145-5p": each miRNA
                    last += 2
                source = self._source_after(last + 1)
                before = None if source is not None else self._source_before(i)
                if source is not None:  # "exosomal miR-21-5p derived from hUCMSCs": the UC-MSC vesicles carry it
                    k, composite = source
                    vesicles = Arg(composite, t.start, toks[k].end)
                    self.emit(vesicles, "derived_from", toks[k].arg, 0, "derived_from:phrase", i)
                    for mol in mols:
                        self.emit(vesicles, "carries", mol, 0, "carries:exosomal", i)
                    del toks[last + 1:k + 1]
                elif before is not None:  # "BMSC-derived exosomal miR-145-5p": the BMSC vesicles carry it
                    k, composite = before
                    vesicles = Arg(composite, toks[k].start, t.end)
                    self.emit(vesicles, "derived_from", toks[k].arg, 0, "derived_from:phrase", i)
                    for mol in mols:
                        self.emit(vesicles, "carries", mol, 0, "carries:exosomal", i)
                    del toks[k:i + 1]
                    i = k
                    continue
                else:
                    for mol in mols:
                        self.emit(Arg(self.k.generic_vesicle, t.start, t.end), "carries", mol, 0, "carries:exosomal",
                                  i)
                del toks[i]
                continue
            # "Bone marrow mesenchymal stem cell-derived exosomal circPrkcb restrains ...": cargo the lexicon lacks
            # acts for the vesicles of the source named before it, not for the cells
            if not t.is_ent and t.lower in {"exosomal", "vesicular"} and i + 1 < len(toks) \
                    and not toks[i + 1].is_ent and toks[i + 1].lower[:1].isalpha() \
                    and (before := self._source_before(i)) is not None:
                k, composite = before
                if toks[i + 1].lower.startswith(_SPONGE_RNA_PREFIXES):
                    self.unnamed_sponge_carriers.add((toks[k].start, t.end))
                self._fold_derived(k, i, Arg(composite, toks[k].start, t.end), toks[k].arg)
                i = k
                continue
            # MOL (and MOL)* in/within/inside/from VES ; MOL released/secreted/delivered by VES
            if held_in and self._molecule(t):
                group_end = i
                members = [i]
                # each member may be followed by its short form ("Milk fat globule-EGF factor 8 (MFG-E8), ...")
                while self.word((after := group_end + 3 * self._short_form_after(group_end)) + 1) in {"and", ","} \
                        and self._molecule(self.ent(after + 2)):
                    group_end = after + 2
                    members.append(group_end)
                j = group_end + 1
                if self._short_form_after(group_end):
                    j += 3  # "enrichment of nicotinamide phosphoribosyltransferase (NAMPT) in Y-Exos"
                # "MSCs could package miR-133b into secreted exosomes", "we loaded miR-21 into exosomes"
                present = self.word(i - 1) in _LOADING_VERB_FORMS and self.word(j) == "into"
                # "miR-124-3p, which was highly expressed in the exosomes, suppressed ...": the aside says where it is
                relative = self.word(j) == "," and self.word(j + 1) in {"which", "that"} \
                    and self.word(j + 2) in _COPULAS
                if relative:
                    j += 2
                # "MFG-E8, TSG-6 and TIMP2 have each been detected in MSC-Exos": the perfect's "been" is the copula
                perfect = j
                if self.word(perfect) in {"has", "have", "had"}:
                    perfect += 1
                    while self.word(perfect) in _EACH_WORDS or _adverb(self.word(perfect)):
                        perfect += 1
                    if self.word(perfect) == "been":
                        j = perfect
                # "miR-146a-5p was highly enriched in hUC-MSC-sEVs"; "identified miR-223-3p as the most enriched
                # transcript in Hypo-Exos"
                if self.word(j) in _COPULAS or (self.word(j) == "as" and self._ranked_cargo_end(j + 1) is not None):
                    p = j + 1
                    while _adverb(self.word(p)) or self.word(p) in {"highly", "most", "more", "abundantly", "then"} \
                            or self.word(p) in _EACH_WORDS \
                            or self._fold_end(p) is not None:
                        p = self._fold_end(p) or p + 1  # "was 4.8-fold more abundant in H-EVs"
                    if self.word(p) in _PRESENCE_PARTICIPLES:
                        j, present = p + 1, True
                    elif self.word(p - 1) == "more" and toks[p - 1].end - toks[p - 1].start > len("more") \
                            and self.word(p) in {"in", "within"}:
                        j, present = p, True  # "was 4.8-fold more abundant in H-EVs" (see _amount_comparatives)
                    elif (ranked := self._ranked_cargo_end(p)) is not None:
                        j, present = ranked, True  # "miR-210 was the most upregulated miRNA in Hypo-DPSC-Exos"
                # "miR-21 derived from the exosomes of MSCs": what comes from the vesicles is in them
                passive = not present and self.word(j) in {"released", "secreted", "delivered", "carried",
                                                           "transferred", "shuttled", "packaged", "contained",
                                                           "encapsulated", "derived"}
                if passive:
                    j += 1
                # "was packaged / loaded into exosomes" (a presence participle before "into")
                if self.word(j) in ({"by", "from", "in"} if passive else {"in", "within", "inside", "from"}) or (
                        present and self.word(j) == "into"):
                    k = j + 1
                    if self.word(k) in {"the", "these", "those"}:
                        k += 1
                    while k <= j + 4 and (self.word(k) in _PREPARATION_ADJECTIVES or self.word(k).endswith(
                            _PREPARATION_SUFFIXES)):
                        k += 1  # "in hypoxic BMSC-Exos", "in hypoxia-preconditioned MSC-EVs"
                    ves = self.ent(k)
                    if ves is not None and self.vesicle(ves.arg) and self.word(k + 1) not in V.TREATMENT_NOUNS \
                            and self.word(k + 1) not in {"-", "‐"}:  # not "in exosome-treated cells"
                        mols = [toks[x].arg for x in members]
                        holder = self._preparation_pointed_at(k) or ves.arg  # "in the hypoxic exosomes"
                        absent = self._said_absent(i, k)
                        for m in mols:
                            self.emit(holder, "carries", m, 0, "carries:in", i, absent)
                        overexpressed = self.word(i - 1) == "of" and self.word(i - 2) in {
                            "overexpression", "over-expression", "upregulation", "enrichment"}
                        if overexpressed:
                            cargo = tuple(m for m in mols if m.category in V.MIRNA)
                            first = i - 2
                            toks[first:k + 1] = [replace(ves, start=toks[first].start, cargo=ves.cargo + cargo)]
                            i = first + 1
                        elif self.word(i - 1) == "of" and V.NOUN_SIGN.get(self.word(i - 2)) == -1:
                            # "Silencing of miR-145-5p in exosomes abrogated their effect": the vesicles stay the
                            # ones "their" points back to
                            i = k + 1
                        else:
                            # the aside goes with its closing comma: the molecule is the subject of what follows
                            del toks[group_end + 1:k + 1 + (relative and self.word(k + 1) == ",")]
                            i = group_end + 1
                        continue
                    if ves is None and self.word(k) in {"vesicles", "vesicle"} and self.word(k - 1) == "the" \
                            and present and self.ctx.vesicles:
                        # "miR-338-3p was enriched in the vesicles": the preparation the paragraph named
                        for x in members:
                            self.emit(self.ctx.vesicles[-1], "carries", toks[x].arg, 0, "carries:in", i,
                                      self._said_absent(i, k))
            i += 1

    def _list_from(self, j: int, accept: Callable[[Tok | None], bool], in_subject: bool = False
                   ) -> tuple[list[Arg], int]:
        """Entities from position j joined by commas/and/or ("A, B, and C"); returns (args, end).

        ``in_subject``: the list is part of a subject's noun phrase ("exosomes carrying A and B promoted Y"),
        so a verb after its last member is the sentence's, and that member still belongs to the list.
        """
        out: list[Arg] = []
        toks = self.toks
        while j < len(toks):
            t = toks[j]
            if not (t.is_ent and accept(t)):
                break
            out.extend(t.args())
            j += 1
            if self.word(j) == "(" and self.ent(j + 1) is not None and accept(toks[j + 1]):
                inner, close = self._list_from(j + 1, accept)  # "GFAP (glial fibrillary acidic protein) and"
                if self.word(close) == ")":  # "two miRNAs (miR-298 and miR-328)"
                    out.extend(inner)
                    j = close + 1
            # "miR-17-92": the members of a cluster named by its first and last, joined by the hyphen at j
            cluster = self.word(j) in {"-", "‐"} and t.arg.category in V.MIRNA and (
                mate := self.ent(j + 1)) is not None and mate.arg.category in V.MIRNA
            k = j
            while not cluster and k < len(toks) and k < j + 3 and self.word(k) in V.LIST_TAIL:
                k += 1
            if self.word(k) in {",", "and", "or", "/", "as"} or cluster:
                m = k + cluster
                while m < len(toks) and m < k + 6 and not toks[m].is_ent and (
                        toks[m].lower in _LIST_GAP_WORDS):
                    m += 1
                # "HExos contained higher levels of miR-210, and miR-210 inhibited EFNA3": after one member, ", and"
                # before a verb opens a clause even in a subject's phrase
                joined = in_subject and self.word(m - 1) in {"and", "or"} and not (
                    self.word(m - 2) == "," and len(out) == 1)
                if m < len(toks) and toks[m].is_ent and accept(toks[m]) and (joined or not self._opens_clause(m)):
                    j = m
                    continue
            break
        return out, j

    def _opens_clause(self, m: int, purpose: bool = True) -> bool:
        """Is the entity at m the subject of a new clause ("..., miR-423-3p inhibits ...")? With ``purpose``
        False a "to" before the verb says no ("activates A and B to enhance Y": the purpose of the first verb)."""
        if self.toks[m].is_ent and self.toks[m].mediator and self.word(m + 1) in {"-", "‐"} \
                and self.word(m + 2) in _INDUCING_PARTICIPLES | {"dependent"} and self.ent(m + 3) is not None:
            m += 3  # "..., and PINK1/Parkin-mediated mitophagy has been implicated": the phrase's head noun
        k = m + 1
        last = m + 3  # the last word that may be the verb
        manipulated = False  # "..., and miR-21 inhibitor abolished these effects": the name of a manipulation
        if self.word(m + 1) == "(" and self.ent(m + 2) is not None and self.word(m + 3) == ")":
            m, last, k = m + 3, m + 6, m + 4  # "..., and glycogen synthase kinase-3β (GSK-3β) promotes ...": the
            # name's short form
        while k < len(self.toks) and k <= last + 1:
            if self.toks[k].is_ent:
                if k == m + 2 and self.word(m + 1) == "+" and self.toks[m + 1].joined:
                    m, last, k = k, k + 3, k + 1  # "..., and the number of MPO+ neutrophils was halved": the
                    continue  # marker and the cells it marks are one noun phrase
                if manipulated and self.word(k - 1) in _ROLE_NOUNS:
                    k += 1  # "..., and the PI3K inhibitor LY294002 counteracted these effects": the inhibitor's name
                    continue
                return False
            if k > last:
                return False
            w = self.toks[k].lower
            if w == "with" and k == m + 1 and (drug := self.ent(k + 1)) is not None \
                    and drug.arg.category == "biolink:ChemicalEntity":
                k, last = k + 2, k + 4  # "..., and inhibition of PI3K with LY294002 abolished ...": the means
                continue
            place = k + 1 + (self.word(k + 1) == "the") if w in {"in", "within", "at"} else -1
            if place > 0 and (e := self.ent(place)) is not None and e.arg.category in V.CONTEXT_ONLY:
                last = place + 1  # "..., and the neuronal damage in the central nervous system is non-renewable"
                k = place + 1
                continue
            if w == "to" and not purpose:
                return False
            if (w in V.AUXILIARIES and not manipulated) or (
                    self._trigger(k) and not self._is_modifier(k) and not w.endswith("ing")):
                return True
            if (w in _REVERSAL_VERBS or w in _MIMICKING_VERBS) and w.endswith("ed"):
                return True  # "..., and knockdown of miR-21 reversed this effect", "... DAPT mimicked it"
            if w in _CLAUSE_OWN_VERBS or (w == "," and self.word(k + 1) in _CONCESSIVES):
                # "..., and oligodendrocyte precursor cells often fail to mature", "..., and curcumin, although
                # neuroprotective, suffers from ...": a clause of its own
                return True
            if w.endswith("ed") and k == m + 1 and self.word(k + 1) in _PLACE_AFTER_A_PARTICIPLE:
                # "..., and OPCs recruited to the lesion often fail ...": past the participle's place
                k += 2
                while k < m + 7 and not self.toks[k].is_ent and self.word(k) in _LESION_PLACE_WORDS:
                    k += 1
                last = k + 1
                continue
            manipulated = manipulated or w in _ROLE_NOUNS or w in V.EXPERIMENT_NOUNS
            if w not in V.SKIP_WORDS and w not in V.LIST_TAIL and not manipulated:
                return False
            k += 1
        return False

    def _collapse_axes(self) -> None:
        """ "the PTEN/AKT/mTOR pathway" (or "PTEN-AKT-mTOR"): one token standing for its members, each
        read as regulating the next."""
        if "/" not in self.words and "-" not in self.words:
            return
        toks = self.toks
        i = 0
        while i < len(toks):
            if not toks[i].is_ent:
                i += 1
                continue
            j = i
            members = [toks[i]]
            hyphens = False
            while True:
                # a member may be followed by its short form ("Janus kinase 2 (JAK2)/signal transducer and
                # activator of transcription 3 (STAT3)"): the slash joins what follows to the named member
                end = j + 3 if self._short_form_after(j) else j
                if self.ent(end + 2) is None or not (self.word(end + 1) == "/" or (
                        end == j and self.word(j + 1) == "-"
                        and toks[j].end == toks[j + 1].start == toks[j + 2].start - 1)):
                    break
                hyphens = hyphens or self.word(end + 1) == "-"
                members.append(toks[end + 2])
                j = end + 2
            if len(members) == 1 or any(MARK_AT_END.search(m.text) for m in members):
                i += 1  # "TUNEL+/NeuN+ cells": cells labelled twice, no axis
                continue
            args = [a for m in members for a in m.args()]
            molecular = all(a.category in _MOLECULE_OR_PATHWAY for a in args)
            after = [self.word(x) for x in range(j + 1, min(j + 6, len(toks)))]
            singular = any(w in {"axis", "pathway", "signaling", "signalling", "cascade", "loop"} for w in after) \
                and "pathways" not in after
            if hyphens and not (singular and all(a.category in _MOLECULE_OR_PATHWAY and a.category not in V.MIRNA
                                                 for a in args)):
                # "PTEN-AKT" alone may name a complex or an interaction: a chain of proteins only before "pathway";
                # a miRNA's own name has hyphens ("NF-κB-miR-146a-CFH circuit" is left to the words around)
                i += 1
                continue
            readings: list[Reading] = []
            if molecular and (singular or len(args) >= 3):
                before = len(self.readings)
                # a number sharing the letters before it ("Smad2/3") stands beside that member, not after it
                steps: list[list[Arg]] = []
                for m in members:
                    # and so do miRNAs side by side ("the miR-199a-3p/145-5p/NGF/TrkA pathway": both act on NGF)
                    if steps and (m.text.isdigit() or (m.arg.category == MIRNA_CATEGORY and all(
                            a.category == MIRNA_CATEGORY for a in steps[-1]))):
                        steps[-1].extend(m.args())
                    else:
                        steps.append(list(m.args()))
                for left, right in pairwise(steps):
                    for a in left:
                        for b in right:
                            if a.category in V.MIRNA and b.category in V.GENE:
                                self.emit(a, "targets", b, -1, "axis:targets", i)
                            else:
                                self.emit(a, "regulates", b, 0, "axis:regulates", i)
                readings = self.readings[before:]
            new = Tok("/".join(m.text for m in members), "/".join(m.lower for m in members), members[0].start,
                      members[-1].end, arg=args[0], joined=members[0].joined, members=tuple(args),
                      cargo=tuple(c for m in members for c in m.cargo))
            new.axis_readings = tuple(readings)
            toks[i:j + 1] = [new]
            i += 1

    def _collapse_downstream_and_mediated(self) -> None:
        if self.words.isdisjoint(_DOWNSTREAM_AND_MEDIATED_TRIGGERS):
            return
        if "of" in self.words and not self.words.isdisjoint(_POSITIONS):
            self._positions_in_a_pathway()
        toks = self.toks
        for i, t in enumerate(toks):
            if not t.is_ent:
                continue
            # X downstream (genes|effectors ...)? Y (and Z)
            if self.word(i + 1) == "downstream" and self.word(i + 2) != "of":
                j = i + 2
                while self.word(j) in {"genes", "gene", "effectors", "effector", "molecules", "targets", "of",
                                       "proteins", "signals", "mediators", "adaptors", "adaptor", "signaling"}:
                    j += 1
                targets, _ = self._list_from(j, self._any)
                if targets:
                    for b in targets:
                        self.emit(t.arg, "regulates", b, 0, "downstream", i)
                    t.consumed = True
                continue
            # "the ROCK substrates MLC and LIMK1": the kinase acts on what follows, which a verb before takes
            if (first := self._substrates_after(i)) is not None:
                for b in self._list_from(first, self._any)[0]:
                    self.emit(t.arg, "regulates", b, 0, "substrate", i)
                t.consumed = True
                continue
            # X-regulating Y / X-targeting Y: Y is what acts on X ("STAT3-regulating miR-21")
            if self.word(i + 1) in {"-", "‐"} and self.word(i + 2).endswith("ing") and self.ent(i + 3) is not None \
                    and toks[i + 2].joined and toks[i + 1].joined and self.word(i + 2) not in MADE_TO_EXPRESS:
                trig = self._trigger(i + 2)
                nxt = toks[i + 3]
                if trig is not None and trig[0] in {V.INC, V.DEC, V.REG, V.TARGET} and trig[2] == 1 \
                        and nxt.arg.category not in V.CONTEXT_ONLY:
                    kind, sign = trig[0], trig[1]
                    pred = "targets" if kind == V.TARGET else _predicate(sign)
                    for a in nxt.args():
                        for b in t.args():
                            self.emit(a, pred, b, sign, "participle:phrase", i)
                    t.mediator = True
                    del toks[i + 1:i + 3]  # the participle opens no frame of its own (the list index stays valid)
                    continue
            # X-mediated / X-dependent / X-induced Y
            j = i + 1
            hyphen = self.word(j) in {"-", "‐"}
            if hyphen:
                j += 1
            w = self.word(j)
            change = 0  # "PTEN downregulation induced by exosomes": the change the agent brings about
            if not hyphen and w not in _REDUCED_PASSIVES:
                k = self._past_head_nouns(j)
                change = V.NOUN_SIGN.get(self.word(k), 0)
                k += change != 0
                if k > j and self.word(k) in _REDUCED_PASSIVES and self.word(k + 1) == "by":
                    j, w = k, self.word(k)
                else:
                    change = 0
            if w == "induced" and not hyphen and (cells := self.ent(j + 1)) is not None and cells.consumed:
                continue  # "Exosomes induced NSCs to differentiate into neurons": the verb, on the cells' process
            if w == "induced" and not hyphen and any(
                    self.word(x) in V.DESTINATION_HEADS for x in range(j + 1, min(j + 4, len(toks)))):
                continue  # "MenSC-Exos induced a shift from M1 to M2 microglia": the verb, on a shift read whole
            induced = w == "induced" and t.arg.category not in _SETTING_CATEGORIES
            # "STAT3-induced miR-21 expression"; "activated" without a hyphen is the verb ("BMSC-Exos activated
            # STAT3, AKT and JAK2"), read by the clause
            based = w == "based" and hyphen and self.vesicle(t.arg) and self._delivery_between(j + 1, j + 4)
            if not hyphen and w in _REDUCED_PASSIVES and self.word(j + 1) == "by" and (
                    w in _PASSIVES_AFTER_ANY_NAME or t.arg.category in _OUTCOME_OR_PROCESS):
                # "M2 polarization induced by MFG-E8", "apoptosis mediated by caspase-3", "neuronal death caused by
                # oxidative stress": a reduced passive, the agent after "by" acts on what stands before ("caused"
                # and the like only after a harm: "the loss of Y caused by X" would need the noun's sign)
                k = j + 2 + (self.word(j + 2) in {"the", "a", "an"})
                agent = self.ent(k)
                # "apoptosis mediated by caspase-3 and caspase-9": each agent of the list
                listed_end = self._list_from(k, self._any, in_subject=True)[1] if agent is not None else k
                agents = [self.toks[x] for x in range(k, listed_end) if self.toks[x].is_ent]
                if agent is not None and agent.arg.category in _SETTING_CATEGORIES:
                    agent.consumed = True  # "apoptosis induced by SCI": the injury is the setting, as in "SCI-induced"
                elif agent is not None and not agent.consumed and t.arg.category not in _SETTING_CATEGORIES:
                    sign = 0 if w == "mediated" else 1
                    if change:
                        sign = change * (sign or 1)
                    elif self.word(i - 1) in {"of", "in"}:
                        # "the decrease of PTEN induced by exosomes": the agent brings the named change about
                        sign = _noun_sign(self.word(i - 2), sign)
                    # "Necroptosis is a form of necrosis mediated by RIPK1": the participle is said of the kind
                    patients = self._kind_of(i - 2) or list(t.args())
                    for member in agents:
                        if member.consumed or member.arg.category in _SETTING_CATEGORIES:
                            continue
                        for a in member.args():
                            for b in patients:
                                self.emit(a, _predicate(sign), b, sign, f"{w}:passive", i)
                        member.consumed = True
                    k = max(k, listed_end - 1)
                after = k + 1
                while self.word(after) in V.TREATMENT_NOUNS or self.word(after) == "stimulation":
                    after += 1
                if agent is not None and agent.consumed and self._finite_verb_at(self._past_adverbs(after)):
                    # "TNF-α upregulation induced by LPS was attenuated by exosomes": the participle and its agent
                    # open no frame; what they follow stays the subject of the verb after them
                    del toks[j:after]
                elif agent is not None and agent.consumed and self._verb_after_reduced_passive(i, after):
                    # "Exosomes reduced apoptosis induced by H2O2 and increased Bcl-2": the verb after "and" is
                    # coordinated with the one whose object the participle follows, not said of that object
                    del toks[j:after]
                i += 1
                continue
            if (w in {"mediated", "dependent", "driven"} or (w == "activated" and hyphen) or induced or based) and not (
                    not hyphen and self._effect_head(self._skip_np(j + 1)) is not None):
                # ("Z mediated the effects of X" is the verb: see _mediates_effect)
                k = j + 1
                sign = 0 if w in {"mediated", "dependent", "based"} else 1
                changed = False  # "BMSC-Exo-induced changes in the permeability of the BSCB": no direction
                timed = False  # "PTEN-dependent inhibition after SCI": the injury is when, not what is inhibited
                while k < len(toks) and not toks[k].is_ent and k <= j + 5 and toks[k].lower not in {",", ";"}:
                    if toks[k].lower in V.NOUN_SIGN:
                        sign = V.NOUN_SIGN[toks[k].lower] * (sign or 1)
                    elif toks[k].lower in _RESTRAINT_NOUNS:  # "PTEN-mediated restraint of PI3K/AKT signalling"
                        sign = -(sign or 1)
                    changed = changed or toks[k].lower in _UNDIRECTED_CHANGES
                    timed = timed or toks[k].lower in _TIME_PREPOSITIONS
                    k += 1
                if changed:
                    sign = 0
                nxt = self.ent(k) if not timed else None
                t.mediator = t.mediator or timed
                if nxt is not None and nxt.arg.category in V.DISEASE and self.word(k + 1) in V.DISEASE_MODIFIED:
                    nxt = None  # "exosome-mediated SCI repair": the injury is the repair's setting
                if nxt is not None and w == "activated" and k == j + 1 and nxt.arg.category in V.CELL:
                    t.consumed = True  # "In LPS-activated microglia": the cells' stimulus, their setting
                    continue
                if nxt is not None and nxt.arg.category not in V.CONTEXT_ONLY and not self.vesicle(nxt.arg):
                    after = self._past_head_nouns(k + 1)
                    if self.word(after) in V.NOUN_SIGN:  # "miR-21-mediated STAT3 (protein) suppression"
                        sign = V.NOUN_SIGN[self.word(after)] * (sign or 1)
                    # "exosome-mediated delivery of miR-133b", "NSC-sEV-based delivery of 14-3-3t"; delivering a
                    # silencer ("delivery of PTEN siRNA") lowers what it silences
                    delivered = w in {"mediated", "based"} and self.vesicle(t.arg) \
                        and nxt.arg.category in V.MIRNA | V.GENE and self._delivery_between(j + 1, k)
                    if delivered and (self.word(after) in SILENCER_WORDS or self.word(after + 1) in SILENCER_WORDS):
                        delivered, sign = False, -1
                    induced_list = self._list_from(k, self._molecule)[0] if induced and not delivered else []
                    # "LPS-induced production of nitric oxide and IL-6": each molecule the inducer raised
                    for b in induced_list if len(induced_list) > 1 else nxt.args():
                        if delivered:  # "exosome-mediated delivery of miR-133b": the vesicles carry it
                            self.emit(t.arg, "carries", b, 0, "carries:delivery", i)
                            continue
                        pred = _predicate(sign)
                        self.emit(t.arg, pred, b, sign, f"{w}:phrase", i)
                    t.mediator = True
                t.mediator = t.mediator or induced  # "tau-induced neurodegeneration": the inducer is never an object
            elif w in {"induced", "triggered", "caused", "associated", "related", "exposed", "challenged"}:
                if not hyphen and w in {"caused", "triggered"} and self.word(j + 1) != "by":
                    continue  # "Exosomes caused a reduction in TNF-α": the verb, read by the clause
                if t.arg.category in _SETTING_CATEGORIES or w != "induced":
                    t.consumed = True  # "SCI-induced inflammation": the injury is the setting
                else:
                    t.mediator = True  # "miRNA-induced repression of BACE1": read as a nominal relation

    def _positions_in_a_pathway(self) -> None:
        """ "PTEN acts downstream of miR-21", "miR-21 lies upstream of PTEN", "AKT, downstream of PI3K,": the one
        upstream regulates the other. The one named after "of" takes part in no other claim of the clause
        ("Exosomes activated AKT, downstream of PI3K": not PI3K)."""
        for i, t in enumerate(self.toks):
            if t.lower not in _POSITIONS or self.word(i + 1) != "of":
                continue
            y = self.ent(self._skip_np(i + 2))
            k = i - 1
            while k > 0 and k > i - 4 and self.word(k) in _POSITION_VERBS:
                k -= 1
            x = self.ent(k)
            if x is None or y is None or y.consumed or x.arg.category in V.CONTEXT_ONLY \
                    or y.arg.category in V.CONTEXT_ONLY:
                continue
            up, down = (y, x) if t.lower == "downstream" else (x, y)
            for a in up.args():
                for b in down.args():
                    self.emit(a, "regulates", b, 0, f"position:{t.lower}", i, self._negated(i))
            y.consumed = True

    def _delivery_between(self, start: int, end: int) -> bool:
        """Whether a delivery noun stands between two tokens ("-mediated delivery of", "-based transfer of")."""
        return any(self.word(x) in _DELIVERY_NOUNS for x in range(start, min(end, len(self.toks))))

    def _drop_measurement_asides(self) -> None:
        """ "enhanced locomotor performance reflected by BBB score": the measure after a reduced "reflected by"
        is how the change was seen, no participant of the clause (a passive "was measured by X" is read as one)."""
        if "by" not in self.words or self.words.isdisjoint(_MEASURED_BY):
            return
        toks = self.toks
        for i, t in enumerate(toks):
            if t.lower not in _MEASURED_BY or self.word(i + 1) != "by" or any(
                    self.word(x) in V.AUXILIARIES for x in range(self._left(i) + 1, i)):
                continue
            if (self._evidenced_by(i - 1) or self._evidenced_by(i)) and self._change_with(i + 1)[0]:
                continue  # "as indicated by increased SOD": a change of its own (see _objects)
            j = i + 2
            # (the aside ends at the copula of the clause it sits in: "Locomotor recovery assessed by the BMS was
            # better in mice given HExos")
            # (or at its verb: "MMP-9 activity measured by gelatin zymography decreased by 54% with HA-EV")
            while j < len(toks) and self.word(j) not in _MEASURE_ASIDE_ENDS and self.word(j) not in _COPULAS and not (
                    j > i + 2 and not toks[j].is_ent and self._trigger(j) and not self._is_modifier(j)):
                if toks[j].is_ent:
                    toks[j].consumed = True
                j += 1
            self.asides[i] = j

    def _drop_parent_populations(self) -> None:
        """ "the fraction of CD86-positive cells among CD11b+CD45+ cells": the markers after "among" name the
        population the cells were counted in, no participant of the clause."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.lower != "among" or self.word(i - 1) not in {"cells", "cell"}:
                continue
            end = next((k for k in range(i + 1, min(i + 10, len(toks))) if self.word(k) in {"cells", "cell"}), None)
            if end is None:
                continue
            for k in range(i + 1, end):
                if toks[k].is_ent and toks[k].arg.category in V.MOLECULE:
                    toks[k].consumed = True

    def _drop_comparators(self) -> None:
        """ "ADSC-Exos increased cell viability to a similar extent as ferrostatin-1", "as effectively as", "comparable
        to": what the change is compared with is no participant of the clause."""
        if self.words.isdisjoint(_COMPARATOR_SIGNS):
            return
        toks = self.toks
        for i in range(len(toks)):
            lead = self._comparator_lead(i)
            if lead is None:
                continue
            j = lead
            while j < len(toks) and self.word(j) not in _MEASURE_ASIDE_ENDS:
                if toks[j].is_ent:
                    toks[j].consumed = True
                j += 1
            self.asides[i] = j

    def _comparator_lead(self, i: int) -> int | None:
        """Where the compared-with phrase starts when a comparator's lead starts at ``i``, else None."""
        w = self.word(i)
        if w == "to":  # "to a similar extent as", "to the same degree as"
            k = i + 1 + (self.word(i + 1) in {"a", "an", "the"})
            if self.word(k) in _EXTENT_ADJECTIVES and self.word(k + 1) in _EXTENT_WORDS \
                    and self.word(k + 2) in {"as", "to", "of", "than"}:
                return k + 3
        elif w == "as":  # "as effectively as"
            if self.word(i + 1) in _AS_ADVERBS and self.word(i + 2) == "as":
                return i + 3
        elif w in {"comparable", "similar", "equivalent"} and self.word(i + 1) == "to":
            return i + 2
        elif w in _CONTROL_NAME_LEADS and self.ent(i + 1) is not None and self.word(i + 2) in {"control", "controls"}:
            return i + 1  # "reduced TLR4 to 0.46-fold of LPS controls": the controls' treatment, no participant
        return None

    def _barriers_kept(self) -> None:
        """ "Exosomes preserved (protected, restored) the BSCB", "the BSCB was preserved by exosomes", "the protective
        effect of the exosomes on the BSCB": what was kept is the barrier's integrity, which the verb (the effect)
        then raises; elsewhere the barrier stays a place."""
        if self.words.isdisjoint(_KEEPING_VERBS) and self.words.isdisjoint(_BENEFICIAL_EFFECTS):
            return
        for i, t in enumerate(self.toks):
            integrity = _BARRIER_INTEGRITY.get(t.arg.ref.curie) if t.is_ent else None
            if integrity is None:
                continue
            before = i - 1
            while self.word(before) in {"the", "a", "an", "their", "its"} or _adverb(self.word(before)):
                before -= 1
            after = self._past_adverbs(i + 2) if self.word(i + 1) in _COPULAS else 0
            if self.word(before) in _KEEPING_VERBS \
                    or (after and self.word(after) in _KEEPING_VERBS and self.word(after).endswith("ed")) \
                    or (self.word(before) == "on" and self._beneficial_effect_before(before)):
                self.toks[i] = replace(t, arg=Arg(integrity, t.arg.start, t.arg.end))

    def _regrowth_capacities(self) -> None:
        """ "PTEN limits the intrinsic regenerative capacity of adult neurons", "the growth capacity of injured
        axons": what is limited or raised is the regeneration, not the neurons or axons."""
        if self.words.isdisjoint(_CAPACITY_HEADS) or self.words.isdisjoint(_REGROWTH_WORDS):
            return
        toks = self.toks
        i = 0
        while i < len(toks):
            t = toks[i]
            regrowth = _REGROWTH_OF.get(t.arg.ref.curie) if t.is_ent else None
            of = i - 1
            while regrowth is not None and of > i - 3 and self.word(of).isalpha() and self.word(of) != "of" \
                    and not toks[of].is_ent:
                of -= 1  # "of adult neurons", "of injured axons"
            if regrowth is None or self.word(of) != "of" or self.word(of - 1) not in _CAPACITY_HEADS \
                    or self.word(of - 2) not in _REGROWTH_WORDS:
                i += 1
                continue
            first = of - 2
            span = toks[first:i + 1]
            toks[first:i + 1] = [_one_tok(span, Arg(regrowth, span[0].start, t.end))]
            i = first + 1

    def _beneficial_effect_before(self, on: int) -> bool:
        """ "the protective effect (of the exosomes) on": a beneficial effect whose "on" stands at ``on``."""
        for k in range(on - 1, max(on - 8, 0), -1):
            if self.word(k) in _EFFECT_HEADS:
                return self.word(k - 1) in _BENEFICIAL_EFFECTS
            if self.word(k) in {",", ";", ":"}:
                return False
        return False

    def _manipulated_cells(self) -> None:
        """ "in PTEN-overexpressing neurons", "in PTEN-knockdown neurons": cells made to carry more or less of a
        molecule are where a change was seen, no participant; the molecule is the manipulation (see _manipulated),
        and "overexpressing" reads as the noun it stands for here, opening no clause of its own."""
        if ("-" not in self.words and "‐" not in self.words) or self.words.isdisjoint(MANIPULATED_CELL_WORDS):
            return
        toks = self.toks
        for i in range(len(toks) - 3):
            t, cells = toks[i], toks[i + 3]
            w = self.word(i + 2)
            if not (t.is_ent and cells.is_ent and cells.arg.category in V.CELL and t.arg.category in _MOLECULE_OR_PATHWAY
                    and self.word(i + 1) in {"-", "‐"} and toks[i + 1].joined and toks[i + 2].joined
                    and w in MANIPULATED_CELL_WORDS):
                continue
            cells.consumed = True
            if w in MADE_TO_EXPRESS:
                made = toks[i + 2]
                toks[i + 2] = Tok(made.text, "overexpression", made.start, made.end, joined=True)

    def _mark_settings(self) -> None:
        """An injury named as a setting ("SCI rats", "repair of SCI", "after SCI") is no participant."""
        toks = self.toks
        for i, t in enumerate(toks):
            if not t.is_ent or t.arg.category not in V.DISEASE:
                continue
            nxt = self.word(i + 1)
            if nxt in V.DISEASE_MODIFIED or self.ent(i + 1) is not None or (
                    nxt == "-" and self.word(i + 2) in V.DISEASE_MODIFIED):
                t.consumed = True
                continue
            if self._preposition_before(i) in {"of", "for", "in", "after", "following", "post", "during", "with",
                                               "against", "on", "from", "to", "into", "at", "within"}:
                t.consumed = True

    def _opening_in(self) -> int | None:
        """Where the "in" of a sentence's opening "In ..." phrase is, after an opening adverb ("Moreover, in PC12
        cells ..."); None when the sentence opens otherwise."""
        if self.word(0) == "in" and self.word(1) != "addition":  # ("In addition, in ...": an adverb, below)
            return 0
        k = 0
        for words in _OPENING_ADVERB_WORDS:
            if all(self.word(i) == w for i, w in enumerate(words)):
                k = len(words) + (self.word(len(words)) == ",")
                break
        return k if k and self.word(k) == "in" else None

    def _mark_opening_stimuli(self, opening: int) -> None:
        """ "In PC12 cells exposed to erastin, hUCMSC-Exos increased cell viability", "When neurons were exposed to
        H2O2, ADSC-Exos increased Beclin-1": what the cells of an opening "In ..." phrase or "When ..." clause were
        exposed to, treated or stimulated with is the setting when the clause after the comma names its own agent;
        "In neurons treated with exosomes, apoptosis was reduced" and "..., Bax expression decreased" keep the
        exosomes."""
        comma = next((x for x in range(opening + 1, min(len(self.toks), opening + 16)) if self.word(x) == ","), None)
        if comma is None:
            return
        k = comma + 1
        while self.word(k) in {"the", "a", "an"}:
            k += 1
        agent = self.ent(k)
        if agent is None or not (self.vesicle(agent.arg) or agent.arg.category in V.MOLECULE | V.CELL):
            return
        if not self.vesicle(agent.arg) and self.word(k + 1) in V.AMOUNT_NOUNS:  # an amount measured, no agent
            return
        clause = self.word(opening) in _SETTING_SUBORDINATORS
        for p in range(opening + 1, comma - 1):
            if self.word(p) in _STIMULUS_PARTICIPLES and self.word(p + 1) in {"with", "to", "by"} and not (
                    clause and self.word(p - 1) not in {"were", "was", "are", "is", "been"}):
                # ("When cultured with OE-MSC-Exos, SCMECs showed ...": the cells after the comma were given them)
                for x in range(p + 2, comma):
                    if self.toks[x].is_ent:
                        self.toks[x].consumed = True
                return

    def _mark_cell_stimuli(self) -> None:
        """ "the apoptosis of H2O2-treated PC12 cells", "of LPS/ATP-stimulated microglia": what the cells were
        treated with before a hyphened participle is their setting, never an object of the clause."""
        if "-" not in self.words or self.words.isdisjoint(_PREPARATION_PARTICIPLES):
            return
        toks = self.toks
        for p in range(2, len(toks) - 1):
            if self.word(p) not in _PREPARATION_PARTICIPLES or self.word(p - 1) not in {"-", "‐"} \
                    or not (toks[p].joined and toks[p - 1].joined) or self.ent(p - 2) is None:
                continue
            c = p + 1
            while c < len(toks) and not toks[c].is_ent and (
                    self.word(c) in _CELL_PLACE_WORDS or _CELL_LINE_NAME.fullmatch(toks[c].text)):
                c += 1
            cells = self.ent(c)
            named = any(self.word(x) in {"cells", "cell"} for x in range(p + 1, c + 2))  # "H2O2-treated PC12 cells"
            if not named and (cells is None or cells.arg.category not in V.CELL):
                continue
            first = self._before_compound_adjective(p) + 1
            for x in range(first, p):  # ("exosome-treated HUVECs": the vesicles are the treatment compared)
                if toks[x].is_ent and not self.vesicle(toks[x].arg):
                    toks[x].consumed = True

    def _mark_role_compounds(self) -> None:
        """A process named with a molecule's role in it ("the ferroptosis suppressor GPX4", "the
        ferroptosis-promoting factor PTGS2", "PTGS2, a ferroptosis-promoting factor,") names the molecule, the
        clause's participant: the process is no participant, and the molecule acts on it the way the word says
        (rule nominal:role_compound)."""
        if self.words.isdisjoint(_ROLE_COMPOUND_SIGN):
            return
        toks = self.toks
        dropped: list[tuple[int, int]] = []  # the compound's words go: the clause reads on as if they were not there
        for p, t in enumerate(toks):
            if not t.is_ent or t.consumed or t.arg.category not in V.PROCESS:
                continue
            q = p + 2 if self.word(p + 1) in {"-", "‐"} else p + 1
            sign = _ROLE_COMPOUND_SIGN.get(self.word(q))
            if sign is None:
                continue
            r = q + 1
            while self.word(r) in _ROLE_COMPOUND_HEADS:
                r += 1
            start = p
            holders = self._molecule_list(r)
            if not holders and self.word(p - 1) in {"a", "an", "the"} and self.word(p - 2) == ",":
                holders = [h for h in (self.ent(p - 3),) if self._molecule(h)]  # "PTGS2, a ...-promoting factor,"
                if holders:
                    start, r = p - 2, r + (self.word(r) == ",")
            if not holders:
                if self.word(p - 1) == "(":  # "FSP1 (ferroptosis suppressor protein 1)": a molecule's full name
                    t.consumed = True
                continue
            dropped.append((start, r))
            for h in holders:
                for a in h.args():
                    self.emit(a, _predicate(sign), t.arg, sign, "nominal:role_compound", p, self._negated(p))
                    self.compound_roles[a] = (t.arg, sign)
        for start, end in reversed(dropped):
            del toks[start:end]

    def _molecule_list(self, r: int) -> list[Tok]:
        """The molecules listed from r on ("FTH-1 (ferritin heavy chain 1), SLC7A11, and GPX4")."""
        out: list[Tok] = []
        while True:
            h = self.ent(r)
            if self._molecule(h):
                assert h is not None
                out.append(h)
            elif not (out and self.word(r + 1) == "("):  # a name the lexicon lacks, in the list: "FSP1 (...)"
                return out
            r += 1
            if self.word(r) == "(":  # a full name or short form in parentheses
                close = next((x for x in range(r + 1, min(len(self.toks), r + 12)) if self.word(x) == ")"), None)
                if close is None:
                    return out
                r = close + 1
            if self.word(r) not in {",", "and"}:
                return out
            while self.word(r) in {",", "and"}:
                r += 1

    def _mark_cell_markers(self) -> None:
        """A protein that labels the cells or structures after it ("NeuN-positive neurons", "Iba1+ microglia",
        "CD68-positive reactive microglia", "NF200-positive axons") tells what was counted: those change, the
        marker is no participant."""
        if not self.words & _MARKER_WORDS and not ("-" in self.words and ("and" in self.words or "or" in self.words)) \
                and not any(t.is_ent and t.arg.ref.curie == _APOPTOSIS_RATE for t in self.toks):
            return  # (the marker word may be inside the last marker's mention: "NF200- and GAP-43-positive fibres")
        toks = self.toks
        for i, t in enumerate(toks):
            if t.is_ent and MARK_AT_END.search(t.text) and t.arg.ref.curie == _APOPTOSIS_RATE:
                nxt = self.ent(i + 1)
                if nxt is not None and nxt.arg.category in V.CELL:
                    nxt.consumed = True  # "TUNEL+ OPCs": the cells' dying is what was counted
                elif (kind_at := i + 1 + (self.word(i + 1) == "/")) and (kind := self.ent(kind_at)) is not None \
                        and kind.arg.category in _MARKER_CATEGORIES and self.word(kind_at + 1) in _MARKER_WORDS \
                        and (self.word(i + 1) == "/" or kind.arg.ref.curie in _KIND_MARKERS):
                    kind.consumed = True  # "TUNEL+/NeuN+ cells", "TUNEL-positive NeuN⁺ neurons": NeuN says which
                    # cells died, the neurons' dying is what was counted
                    if (cells := self.ent(kind_at + 2)) is not None and cells.arg.category in V.CELL:
                        cells.consumed = True
                continue
            if not t.is_ent or t.arg.category not in _MARKER_CATEGORIES:
                continue
            k = i + 1
            if self.word(k) in {"-", "‐"}:
                k += 1
            if self.word(k) in {"and", "or"} and k == i + 2:
                pass  # "NF200- and GAP-43-positive fibres": the marker word said once, after the last marker
            elif self.word(k) not in _MARKER_WORDS:
                continue
            x, limit = k + 1, k + 4
            in_kind = False  # "CHOP+/NeuN+ neurons": the neurons with CHOP, what was counted is CHOP in them
            while x < min(limit, len(toks)):
                if self.word(x) in _CELL_NOUNS and not toks[x].is_ent and self.word(x + 1) in _SETTING_AFTER_CELLS:
                    break  # "IL-17A+ cells under Th17-polarising conditions": the cells the marker names
                if toks[x].is_ent:
                    mark = x + 1 + (self.word(x + 1) in {"-", "‐"})
                    if toks[x].arg.category in _MARKER_CATEGORIES and self.word(mark) in _MARKER_WORDS:
                        # "CD4+CD25+Foxp3+ Tregs", "5-HT-positive and NF200-positive axons": a chain of markers
                        if self.word(x - 1) == "/" and toks[x].arg.ref.curie in _KIND_MARKERS \
                                and _DYING_MARK.match(t.arg.ref.label or t.text):
                            toks[x].consumed = True  # "GSDMD+/Iba1+ cells": GSDMD in microglia, no Iba1 claim
                        elif self.word(x - 1) == "/" and toks[x].arg.ref.curie in _KIND_MARKERS and x == k + 2 \
                                and t.arg.category in V.GENE and t.arg.ref.curie not in _KIND_MARKERS:
                            toks[x].consumed = in_kind = True
                        elif self.word(x - 1) == "/" and t.arg.ref.curie in _KIND_MARKERS \
                                and _DYING_MARK.match(toks[x].arg.ref.label or toks[x].text):
                            t.consumed = True  # "Iba1+/cleaved caspase-3+ cells"
                        x, limit = mark + 1, mark + 4
                        continue
                    if toks[x].arg.ref.curie == _APOPTOSIS_RATE and _DYING_COUNT.search(toks[x].text) \
                            and {self.word(y) for y in range(k + 1, x)} <= {"/", "and"}:
                        t.consumed = True  # "NeuN+/TUNEL+ cells": NeuN says which cells died
                    elif toks[x].arg.category in V.CELL and (
                            (in_kind and toks[x].arg.ref.prefix == "CL") or _DYING_MARK.match(t.arg.ref.label or t.text)
                            or t.arg.category in V.CHEMICAL):
                        # "caspase-1-positive neurons": the cells' dying is what was counted; "4-hydroxynonenal-positive
                        # neurons": the damage a chemical marks in them
                        toks[x].consumed = True
                    elif toks[x].arg.category in V.CELL or toks[x].arg.category == "biolink:CellularComponent" \
                            or toks[x].arg.ref.curie == _MICROVESSEL_DENSITY:  # "CD31+ microvessel density"
                        t.consumed = True
                    break
                if self.word(x) in _MARKER_WORDS:
                    limit = x + 4
                x += 1

    def _associated_list(self, k: int) -> bool:
        """Whether the list word at k continues what an association is with ("is associated with A regrowth and
        improved B"): its members are things, a participle among them their adjective."""
        for x in range(k - 1, max(0, k - 14), -1):
            w = self.word(x)
            if w in _ASSOCIATION_LINKS and self.word(x - 1) in _ASSOCIATION_PARTICIPLES:
                return True
            if w in V.CLAUSE_BREAKS or w == "." or (not self.toks[x].is_ent and self._trigger(x) is not None and not (
                    w.endswith("ed") and self.ent(x + 1) is not None and self.word(x - 1) in {",", "and", "with", "to"})):
                return False  # (a participle before a member is its adjective: "with tissue sparing, reduced apoptosis")
        return False

    def _marker_start(self, k: int) -> int:
        """Where the marker naming the cells at k starts ("Iba1-positive macrophages": at Iba1), else k."""
        if self.word(k - 1) not in _MARKER_WORDS:
            return k
        m = k - 2 - (self.word(k - 2) in {"-", "‐"})
        t = self.toks[m] if m >= 0 else None
        return m if t is not None and t.is_ent and t.consumed and t.arg.category in V.GENE else k

    def _head_phrase_start(self, k: int) -> int:
        """Where an amount or state phrase naming the molecule at k starts ("(the) nuclear translocation of
        NF-κB p65": at "the"), else k: a list of such phrases is a list of what they name."""
        if self.word(k - 1) != "of" or self.word(k - 2) not in _LISTED_HEADS:
            return k
        m = k - 3
        while self.word(m) in _LISTED_HEAD_MODIFIERS:
            m -= 1
        return m + 1

    def _read_markers(self) -> None:
        toks = self.toks
        for m, t in enumerate(toks):
            if t.is_ent or t.lower not in V.MARKER_NOUNS:
                continue
            # PROC (-related)? markers (such as)? LIST
            p = m - 1
            if self.word(p) in {"related", "associated", "specific"}:
                p -= 1
                if self.word(p) in {"-", "‐"}:
                    p -= 1
            proc_tok = self.ent(p)
            proc = proc_tok.arg if proc_tok is not None and proc_tok.arg.category not in V.MOLECULE else None
            # markers (of|for|associated with|related to) PROC
            q = m + 1
            while self.word(q) in {"of", "for", "associated", "related", "to", "with", "the", "in", "reflecting"}:
                q += 1
            after_tok = self.ent(q) if q > m + 1 else None
            after_proc = after_tok.arg if after_tok is not None and after_tok.arg.category not in V.MOLECULE else None
            if proc is not None:
                k = m + 1
                while self.word(k) in {"such", "as", "including", "like", "e.g", "(", ":", ",", "namely", "the"}:
                    k += 1
                markers, _ = self._list_from(k, self._any)
                for mk in markers:
                    self.emit(mk, "marker_for", proc, 0, "marker:apposition", m)
            elif after_proc is not None:
                if self.word(q + 1) == ":":
                    markers, _ = self._list_from(q + 2, self._any)
                    rule = "marker:list"
                else:
                    markers = self._markers_before(m)
                    rule = "marker:of"
                for mk in markers:
                    self.emit(mk, "marker_for", after_proc, 0, rule, m)
            # "For PROC, we included one outcome measure, X"
            if t.lower in {"measure", "measures", "marker", "markers"} and self.word(m + 1) == ",":
                first = self.ent(1) if self.word(0) == "for" else None
                target = self.ent(m + 2)
                if first is not None and target is not None:
                    self.emit(target.arg, "marker_for", first.arg, 0, "marker:measure", m)

    def _markers_before(self, m: int) -> list[Arg]:
        """The subject of "A and B are (common) markers of P" or the head of "A, a marker of P"."""
        toks = self.toks
        k = m - 1
        while k >= 0 and not toks[k].is_ent and toks[k].lower in {
                "a", "an", "the", "common", "key", "important", "reliable", "specific", "known", "typical",
                "classical", "classic", "well-known", "sensitive", "main", "major", "are", "is", "were", "was",
                "as", "serve", "serves", "served", "used", "be", "can", ",", "widely", "commonly", "potential",
                "useful", "good", "novel"}:
            k -= 1
        if k < 0 or not toks[k].is_ent:
            return []
        out = list(toks[k].args())
        while True:
            j = k - 1
            gap = 0
            while j >= 0 and not toks[j].is_ent and toks[j].lower in V.LIST_GAP and gap < 4:
                j -= 1
                gap += 1
            if self.word(j) in {"and", ","}:
                j -= 1
                while j >= 0 and not toks[j].is_ent and toks[j].lower in V.LIST_TAIL and gap < 6:
                    j -= 1
                    gap += 1
                if self.ent(j) is not None:
                    k = j
                    out[:0] = list(toks[k].args())
                    continue
            break
        return [a for a in out if a.category not in V.PROCESS]

    def _mark_agentive(self) -> None:
        words = self.words
        if words.isdisjoint(V.TREATMENT_NOUNS) and "with" not in words and words.isdisjoint(_AGENT_WITH_WORDS) \
                and words.isdisjoint(_RECEIVING) and "received" not in words and "receive" not in words \
                and "exposed" not in words and words.isdisjoint(_COMPARING_VERBS) \
                and ("after" not in words or (words.isdisjoint(V.COMPARATIVES) and words.isdisjoint(V.CHANGE_PASTS))):
            return  # ("smaller after BMSC-Exos", "rose after BMSC-Exos")
        for i, t in enumerate(self.toks):
            if not t.is_ent or t.arg.category in _SETTING_CATEGORIES:
                continue
            nxt = i + 1
            while _adverb(self.word(nxt)) or self.word(nxt) == "-":
                nxt += 1  # "the miR-106b stably transfected cell line", "miR-21-transfected cells"
            reagent = self.word(i + 1) in V.REAGENTS  # "the miR-21 inhibitor group", "the miR-21 mimic group"
            b = i - 1 - (self.word(i - 1) in {"the", "a", "an"})  # "Rats receiving the sEV-laden hydrogel"
            if self.word(self._past_carrier(i + 1 + reagent)) in V.TREATMENT_NOUNS \
                    or (self.word(b) == "with" and self.word(b - 1) in V.AGENT_WITH) \
                    or (self.word(b) == "to" and self.word(b - 1) == "exposed") \
                    or (self.word(b) == "with" and (self.word(self._before_amount(b)) in V.COMPARATIVES
                                                    or self.word(b - 1) == "than")) \
                    or (self.word(b) == "after" and self.word(b - 1) in V.COMPARATIVES and self.vesicle(t.arg)) \
                    or (self.word(b) in {"with", "after"} and self.vesicle(t.arg) and self._rose_or_fell_before(b)) \
                    or self.word(b) in _RECEIVING \
                    or (self.word(i - 1) == "of" and self.word(i - 2) in {"dose", "doses"}) \
                    or (self.word(b) in {"received", "receive"} and self.word(b - 1) in {"that", "which", "who"}) \
                    or (self.word(nxt) in _AGENT_WITH_WORDS and (self.word(nxt + 1) in V.CELL_WORDS or self._treated_body(
                        nxt + 1))) \
                    or (self.vesicle(t.arg) and self.word(nxt) in _COMPARING_VERBS
                        and self.word(nxt + 1) in V.COMPARATIVES and not self._content_compared(nxt)):
                t.agentive = True  # ... and "H-EVs produced higher BMS scores than N-EVs": the group given them
                if self.word(b) in {"with", "after"} and self.vesicle(t.arg):
                    self._mark_listed_vesicles(i)

    def _mark_listed_vesicles(self, i: int) -> None:
        """ "TNF-α decreased with DPSC-Exos and BMSC-Exos": the vesicles listed after a treatment are given too."""
        k = i + 1
        while self.word(k) in {",", "and", "or"} and (nxt := self.ent(k + 1 + (self.word(k + 1) == "and"))) is not None \
                and self.vesicle(nxt.arg):
            k += 1 + (self.word(k + 1) == "and")
            nxt.agentive = True
            k += 1

    def _rose_or_fell_before(self, b: int) -> bool:
        """ "IL-10 rose only with P-sEVs", "TNF-α fell after BMSC-Exos": an intransitive change right before the
        "with" or "after" at b (past adverbs, "only" and an amount it changed by)."""
        k = self._before_amount(b)
        while _adverb(self.word(k)) or self.word(k) == "only":
            k -= 1
        return self.word(k) in V.CHANGE_PASTS

    def _before_amount(self, b: int) -> int:
        """The word before b, past an amount "by" names ("decreased by 54% with HA-EV": how much, then with
        what)."""
        by = next((x for x in range(b - 2, max(b - 7, -1), -1) if self.word(x) == "by"), None)
        if by is not None and self._amount_end(by + 1) == b:
            return by - 1
        # "M1 cells fell from 62.3 ± 5.8% to 24.1 ± 4.2% with DPSC-Exos": a range, then with what
        start = next((x for x in range(b - 2, max(b - 16, -1), -1) if self.word(x) == "from"), None)
        if start is not None and self._range_end(start + 1) == b:
            return start - 1
        # "... with DPSC-Exos and to 38.7 ± 5.1% with BMSC-Exos": the other end of the same range
        to = next((x for x in range(b - 2, max(b - 9, -1), -1) if self.word(x) == "to"), None)
        if to is not None and self._gapped_range_end(to - 1) == b and self.word(to - 3) == "with":
            return self._before_amount(to - 3)
        return b - 1

    def _gapped_range_end(self, k: int) -> int | None:
        """Where "and to 38.7 ± 5.1%" from the "and" at k ends (a range's second end, after one given with what
        reached the first), else None."""
        if self.word(k) != "and" or self.word(k + 1) != "to":
            return None
        end = self._past_deviation(self._amount_end(k + 2))
        while end is not None and self.word(end) in _RANGE_UNIT_WORDS:
            end += 1
        return end

    def _content_compared(self, v: int) -> bool:
        """ "H-EVs had higher levels of miR-216a-5p than N-EVs": what vesicles have or show more of is a molecule
        they hold, not a change they made in the cord."""
        if self.word(v) not in {"had", "showed"}:
            return False
        named = next((self.toks[k] for k in range(v + 2, min(v + 7, len(self.toks))) if self.toks[k].is_ent), None)
        return named is not None and named.arg.category in V.MOLECULE

    def _past_carrier(self, k: int) -> int:
        """From k, past what a preparation was given in and a short form: "the exosome-hydrogel (Gel-Exo) group"
        from "exosome" or from "Gel-Exo", "the Exo-scaffold group"; else k."""
        if self.word(k) in {"-", "‐"} and self.word(k + 1) in _CARRIERS:
            k += 2
        if self.word(k) == "(":  # its short form after it
            close = next((x for x in range(k + 1, min(k + 5, len(self.toks))) if self.word(x) == ")"), None)
            return k if close is None else close + 1
        return k + 1 if self.word(k) == ")" else k  # the short form itself

    def _treated_body(self, j: int) -> bool:
        """ "BMSC-Exos-treated rats", "... -treated neurons", "Y-EV-treated spinal cords": the animals, cells or
        tissue a treatment was given to."""
        t = self.ent(j)
        return t is not None and (t.arg.category in V.CELL or t.arg.category in _TREATED_BODIES)

    # -- pass 3: frames --------------------------------------------------------------------
    def read(self) -> list[Reading]:
        self.collapse()
        if not self.aim:
            self._frames()
            if not self.words.isdisjoint(_NO_EFFECT_WORDS) and not self.words.isdisjoint(_EFFECT_HEADS):
                self._no_effect()
            if (not self.words.isdisjoint(V.EFFECT_PROCESSES) or "-" in self.words) \
                    and self.words.isdisjoint(_REVERSAL_VERBS):
                self._effect_adjectives()  # an undone effect reads its adjective itself (_undone_effect)
            self._treatment_effects()
            if "each" in self.words:
                self._each_manipulation_changed()
            if not self.words.isdisjoint(_VALUES_COMPARED):
                self._values_against_control()
            if "±" in self.words and not self.words.isdisjoint(_CONTROL_WORDS) and (
                    "(" in self.words or not self.words.isdisjoint(_GROUP_VALUE_LINKS)):
                self._values_by_group()  # (values each with its group, in parentheses or after "with", may stand
                # around "vs." and "compared with")
            if "respectively" in self.words and (not self.words.isdisjoint(_INJURY_GROUP_CUES)
                                                or not self.words.isdisjoint(_CONTROL_GROUP_WORDS)):
                self._values_respectively()  # ("the sham, SCI and SCI + Exo groups": the injury alone is the control)
            if self.ctx.groups and "same" in self.words:
                self._values_in_the_same_groups()
            if not self.words.isdisjoint(_EXCEEDING_VERBS):
                self._exceeding_the_control()
            if len(self.frames) > 1 and not self.words.isdisjoint(_PASSIVE_LINKS):
                self._share_passive_agents()
            if self.ctx.subjects and self.words.isdisjoint(_OWN_SETTING_WORDS):
                self._context_agent()
            if "between" in self.words and not self.words.isdisjoint(_DIFFER_WORDS):
                self._no_difference()
            if not self.words.isdisjoint(_SEEN_WORDS) or self.word(0) == "there":
                self._recovery_seen_after_treatment()
            self._nominal_relations()
            if "by" in self.words:
                self._gerund_with_agent()
            self._agent_nouns()
            self._binding_sites()
            self._binding_nominals()
            self._target_nouns()
            self._roles_in_compounds()
            self._compound_nominals()
            self._correlations()
            if not self.words.isdisjoint(_UPTAKE_CUES):
                self._uptake()
        self._expand_aliases()
        return self.readings

    def _values_against_control(self) -> None:
        """ "P-sEV-treated mice reached a BMS score of 5.4 ± 0.6, compared with 2.8 ± 0.5 after vehicle", "BMS scores
        reached 5.6 ± 0.4 in the MT-Exos group versus 2.9 ± 0.3 ... in the PBS ... groups": a treated group's value of
        an outcome set against the control group's says which way the treatment moved it (rule treatment:values;
        values against other preparations only, "31.2% for DPSC-Exos", say nothing of it)."""
        toks = self.toks
        claimed = {(r.subject.ref, r.object.ref) for r in self.readings}
        for c, t in enumerate(toks):
            if t.lower == "compared" and self.word(c + 1) in {"with", "to"}:
                control = self._control_value(c + 2)
            elif t.lower in _VERSUS_WORDS:
                control = self._control_value(c + 1 + (self.word(c + 1) == "."))
            else:
                continue
            if control is None:
                continue
            opening = next((x + 1 for x in range(c - 1, -1, -1) if self.word(x) == ";" or (
                self.word(x) in {"and", "whereas", "while", "but"} and self.word(x - 1) == ",")), 0)
            # (", and MEP amplitudes recovered to 38% versus 14%": a clause of its own)
            agents = self._treated_groups(opening, c)
            outcome = self._outcome_between(opening, c, agents)
            if len(agents) != 1 or outcome is None:
                continue
            treated = next((value for x in range(self._past_times(outcome + 1), c)
                            if (value := _number(self.word(x))) is not None and not self._time_at(x)), None)
            if treated is None or treated == control:
                continue
            sign = 1 if treated > control else -1
            o = toks[outcome].arg
            if (agents[0].ref, o.ref) not in claimed:
                self.emit(agents[0], _predicate(sign), o, sign, "treatment:values", outcome)
                if not self.main_subjects:
                    self.main_subjects = [agents[0]]  # the treatment the next sentence's passives follow

    def _values_by_group(self) -> None:
        """ "BBB scores were 11.9 ± 1.6 with Y-EVs, 8.7 ± 1.8 with A-EVs and 7.6 ± 1.5 with vehicle", "BMS scores
        at day 42 were 5.4 ± 0.8 in the sEV group ... and 2.9 ± 0.7 in the PBS group": each value with the group it
        was seen in, and a treated group's value set against the one control group's says which way the treatment
        moved the outcome (rule treatment:values; a preparation made to lack a cargo says nothing so: that is the
        cargo's claim, and its values against vehicle alone do not say it)."""
        toks = self.toks
        first = next((x for x, t in enumerate(toks) if t.lower == "±"), None)
        if first is None or _number(self.word(first - 1)) is None:
            return
        start = first - 1
        opening = self._past_last_stop(start)
        outcome = self._outcome_between(opening, start, [])
        if outcome is None:
            return
        groups: list[tuple[Tok | None, float]] = []
        for value, at, end in self._group_values(start):
            named = next((t for t in toks[at:end] if t.is_ent), None)
            if named is None and any(self._control_group_at(x) for x in range(at, end)):
                groups.append((None, value))  # "in the phosphate-buffered saline (PBS) group"
            elif named is not None:
                groups.append((named, value))
            elif self.ctx.vesicles and end > at and not {self.word(x) for x in range(at, end)}.isdisjoint(_DOSE_WORDS):
                # "8.6 ± 1.1 with low dose, 11.8 ± 1.2 with medium dose": doses of the vesicles the paragraph gave
                given = self.ctx.vesicles[-1]
                groups.append((Tok(toks[at].text, toks[at].lower, toks[at].start, toks[end - 1].end,
                                   Arg(given.ref, toks[at].start, toks[end - 1].end)), value))
        self._claim_group_values(outcome, groups)

    def _claim_group_values(self, outcome: int, groups: list[tuple[Tok | None, float]]) -> None:
        """Each treated group's value (a group of None is the control) set against the one control group's: which
        way the treatment moved the outcome at ``outcome`` (rule treatment:values; vesicles made to lack or carry a
        miRNA say nothing so, and two groups of one preparation, "with Y-EVs", "with A-EVs", must agree)."""
        controls = [value for named, value in groups if named is None]
        if len(controls) != 1:
            return
        # (vesicles made to carry a miRNA are a preparation of their own: "13.6 ± 1.4 with miR-338-Exo, compared with
        # 10.2 ± 1.2 with NC-Exo and 6.8 ± 1.1 with PBS" is the engineered preparation's rise and the plain one's)
        treated = [(named.arg, tuple(c.ref for c in named.cargo), value) for named, value in groups
                   if named is not None and self.vesicle(named.arg) and not named.depleted]
        signs: dict[tuple[Ref, tuple[Ref, ...]], set[int]] = {}
        for agent, cargo, value in treated:
            if value != controls[0]:
                signs.setdefault((agent.ref, cargo), set()).add(1 if value > controls[0] else -1)
        claimed = {(r.subject.ref, r.object.ref) for r in self.readings}
        o = self.toks[outcome].arg
        for agent, cargo, _ in treated:
            way = signs.pop((agent.ref, cargo), set())
            if len(way) == 1 and (agent.ref, o.ref) not in claimed and not self._said_not_to_differ(agent):
                sign = way.pop()
                self.emit(agent, _predicate(sign), o, sign, "treatment:values", outcome)
                if not self.main_subjects:
                    self.main_subjects = [agent]  # ("BMS scores reached 5.6 with X ... . GFAP was reduced")

    def _said_not_to_differ(self, agent: Arg) -> bool:
        """Whether the sentence says the group given ``agent`` did not differ from the control ("...; IV-EV did not
        differ significantly from PBS (P = 0.18)"): its values say no way it moved the outcome."""
        for x, t in enumerate(self.toks):
            if not t.is_ent or t.arg.ref != agent.ref or t.arg.start == agent.start:
                continue
            words = [self.word(k) for k in range(x + 1, min(x + 6, len(self.toks)))]
            if "not" in words and not _DIFFER_WORDS.isdisjoint(words):
                return True
        return False

    def _values_respectively(self) -> None:
        """ "reached 24.6 ± 3.1, 19.2 ± 2.7 and 11.5 ± 2.2 vessels/mm² in the iPSC-EV, BMSC-EV and PBS groups,
        respectively", "iPSC-EV-treated rats reached a BBB score of 13.1 ± 1.4, whereas BMSC-EV- and PBS-treated
        rats scored 11.0 ± 1.2 and 8.2 ± 1.0, respectively": values given to groups in turn, set against the
        control group's (see _claim_group_values)."""
        r = next((x for x, t in enumerate(self.toks) if t.lower == "respectively"), None)
        if r is None:
            return
        end = r - (self.word(r - 1) == ",")
        read = self._values_then_groups(end) or self._groups_then_values(end)
        if read is None:
            return
        first, groups = read
        self.value_groups = tuple(g for g, _ in groups)
        opening = self._past_last_stop(first)
        agents = [g.arg for g, _ in groups if g is not None and g.is_ent]
        if (earlier := self._values_of_an_earlier_outcome(opening, first, len(groups))) is not None:
            # "BBB scores were 14.2, 11.5 and 10.8, and footfall errors were 18.4%, 29.7% and 34.6% in the A, B and
            # PBS groups, respectively": each list its own outcome, the groups shared
            joint, values = earlier
            if (outcome := self._outcome_between(opening, values[0][1], agents)) is not None:
                self._claim_group_values(outcome, [(g, v) for (g, _), (v, _) in zip(groups, values, strict=True)])
            opening = joint + 1
        clause = next((x + 1 for x in range(first - 1, opening, -1) if self.word(x) in _CLAUSE_JOINERS
                       and self.word(x - 1) == ","), None)
        if clause is not None and self._outcome_between(clause, first, agents) is not None:
            opening = clause  # "A neither lowered Evans blue leakage nor ..., and BBB scores were 12.6, 9.1 and 8.4"
        outcome = self._outcome_between(opening, first, agents)
        if outcome is not None:
            self._claim_group_values(outcome, groups)

    def _values_in_the_same_groups(self) -> None:
        """ "BMS scores at day 42 were 2.4 ± 0.6, 4.6 ± 0.8 and 3.1 ± 0.7 in the same groups": values given in turn
        to the groups a sentence before gave values to (see _values_respectively)."""
        groups = self.ctx.groups
        for x in range(3, len(self.toks)):
            if self.word(x) != "groups" or self.word(x - 1) != "same" or self.word(x - 2) != "the" \
                    or self.word(x - 3) not in _GROUP_VALUE_LINKS:
                continue
            values = self._values_back(x - 4)
            if len(values) != len(groups):
                return
            opening = self._past_last_stop(values[0][1])
            agents = [g.arg for g in groups if g is not None and g.is_ent]
            outcome = self._outcome_between(opening, values[0][1], agents)
            if outcome is not None:
                self._claim_group_values(outcome, [(g, v) for g, (v, _) in zip(groups, values, strict=True)])
                self.value_groups = groups
            return

    def _past_last_stop(self, k: int) -> int:
        """Where the part of the sentence holding token k opens: past the last ";" or ":" before it, else at 0 (the
        outcome values are given for is named there)."""
        return next((x + 1 for x in range(k - 1, -1, -1) if self.word(x) in {";", ":"}), 0)

    def _values_of_an_earlier_outcome(self, opening: int, first: int, count: int) -> tuple[int, list[tuple[
            float, int]]] | None:
        """The "and" joining a clause of ``count`` values of another outcome to the one whose values start at
        ``first`` ("BBB scores were 14.2, 11.5 and 10.8, and footfall errors were 18.4%, ..."), and those values."""
        for x in range(first - 1, max(opening, first - 10), -1):
            if self.word(x) in {";", ":", "respectively"}:
                return None
            if self.word(x) == "and" and self.word(x - 1) == "," and _number(self.word(x - 2)) is not None:
                values = self._values_back(x - 2)
                return (x, values) if len(values) == count else None
        return None

    def _values_then_groups(self, end: int) -> tuple[int, list[tuple[Tok | None, float]]] | None:
        """ "24.6 ± 3.1, 19.2 ± 2.7 and 11.5 ± 2.2 vessels/mm² in the iPSC-EV, BMSC-EV and PBS groups" ending at
        end: where the first value stands, and each group (None for the control) with its value."""
        k = end - 1
        if self.word(k) not in {"group", "groups"}:
            return None
        named, k = self._group_list_back(k - 1)
        k -= self.word(k) == "the"
        if not named or self.word(k) not in _GROUP_VALUE_LINKS:
            return None
        values = self._values_back(k - 1)
        if len(values) != len(named):
            return None
        return values[0][1], [(g, value) for g, (value, _) in zip(named, values, strict=True)]

    def _groups_then_values(self, end: int) -> tuple[int, list[tuple[Tok | None, float]]] | None:
        """ "(iPSC-EV-treated rats reached a BBB score of 13.1 ± 1.4, whereas) BMSC-EV- and PBS-treated rats scored
        11.0 ± 1.2 and 8.2 ± 1.0" ending at end: where the first value stands, and each group with its value (the
        group and value of a clause before "whereas" too)."""
        values = self._values_back(end - 1)
        if not values:
            return None
        k = values[0][1] - 1
        if self.word(k) not in _SCORED_VERBS:
            return None
        k -= 1
        if (body := self.ent(k)) is not None and body.arg.category == "biolink:OrganismTaxon":
            k -= 1
        named, k = self._group_list_back(k, suspended=True)
        if len(named) != len(values):
            return None
        groups = [(g, value) for g, (value, _) in zip(named, values, strict=True)]
        first = values[0][1]
        if self.word(k) in {"whereas", "while"} and self.word(k - 1) == ",":
            earlier = self._values_back(k - 2)
            opening = self._clause_start(k - 1)
            agents = self._treated_groups(opening, k - 1)
            if len(earlier) == 1 and len(agents) == 1 and (at := self._token_of(agents[0])) is not None:
                groups.append((self.toks[at], earlier[0][0]))
                first = earlier[0][1]
        return first, groups

    def _group_list_back(self, k: int, suspended: bool = False) -> tuple[list[Tok | None], int]:
        """The groups listed ending at k ("the iPSC-EV, BMSC-EV and PBS", with ``suspended`` "BMSC-EV- and
        PBS-treated"), first named first (None for the control), and where the list's word before stands."""
        named: list[Tok | None] = []
        while k >= 0:
            if (joined := self._joined_group_back(k)) is not None:
                group, k = joined  # "SCI + Exo", "SCI + Exo + ML385", "SCI"
                named.append(group)
            elif self._control_group_at(k):
                named.append(None)
                k -= 1
            elif self.word(k) == "sham":
                named.append(self.toks[k])  # a group of its own, never injured: no control for a treatment
                k -= 1
            elif suspended and self.word(k) in {"-", "‐"} and (t := self.ent(k - 1)) is not None:
                named.append(t)  # "BMSC-EV- and ..."
                k -= 2
            elif suspended and self.word(k) == "treated" and self.word(k - 1) in {"-", "‐"} \
                    and (t := self.ent(k - 2)) is not None:
                named.append(t)
                k -= 3
            elif (t := self.ent(k)) is not None and self.vesicle(t.arg):
                named.append(t)
                k -= 1
            else:
                return [], k
            if self.word(k) == "and" or self.word(k) == ",":
                k -= 1 + (self.word(k) == "and" and self.word(k - 1) == ",")
                continue
            break
        named.reverse()
        return named, k

    def _joined_group_back(self, k: int) -> tuple[Tok | None, int] | None:
        """A group named by what it was given, joined by "+", ending at k: "SCI + Exo" is the vesicles' group,
        "SCI" alone the injured control (None), "SCI + Exo + ML385" a group of its own (its "+" token: the
        vesicles with an inhibitor say nothing of the vesicles alone); where the word before it stands."""
        parts = [k]
        while self.word(parts[-1] - 1) == "+" and parts[-1] >= 2:
            parts.append(parts[-1] - 2)
        parts.reverse()
        items = [t for x in parts if (t := self.toks[x]).is_ent or t.plain.isalnum()]
        if len(items) != len(parts):
            return None
        if items[0].is_ent and items[0].arg.category == "biolink:Disease":
            items = items[1:]  # the injury every group shares
            if not items:
                return None, parts[0] - 1
        elif len(parts) == 1:
            return None
        vesicles = [t for t in items if self.vesicle(t.arg)]
        if len(vesicles) != 1:
            return None
        return (vesicles[0] if len(items) == 1 else self.toks[parts[-1] - 1]), parts[0] - 1

    def _values_back(self, k: int) -> list[tuple[float, int]]:
        """The values listed ending at k (past up to four words of units, "vessels/mm²", and a time, "at day 42"),
        first named first: each value and where it stands."""
        units = 0
        while k >= 0 and _number(self.word(k)) is None and not self.toks[k].is_ent \
                and self.word(k) not in {",", "and", "(", ")"} and units < 4:
            k -= 1
            units += 1
        if k >= 2 and self._time_at(k) and self.word(k - 2) in {"at", "on", "by"}:
            k -= 3  # "5.2 ± 0.6 at day 42"
        values: list[tuple[float, int]] = []
        while k >= 0 and (value := _number(self.word(k))) is not None:
            if self.word(k - 1) == "±" and (centre := _number(self.word(k - 2))) is not None:
                k -= 2  # the spread: the value is before it
                value = centre
            values.append((value, k))
            k -= 1
            if self.word(k) not in {",", "and"}:
                break
            k -= 1 + (self.word(k) == "and" and self.word(k - 1) == ",")
            k -= self.word(k) == "%"
        values.reverse()
        return values

    def _group_values(self, k: int) -> list[tuple[float, int, int]]:
        """From the value at k, each value and where the name of the group it was seen in starts and ends: "5.4 ±
        0.8 in the sEV group, 3.3 ± 0.9 in the sEVs-KD group and 2.9 ± 0.7 in the phosphate-buffered saline (PBS)
        group", "11.9 ± 1.6 with Y-EVs ... and 7.6 ± 1.5 with vehicle", "13.1 ± 1.4 (ATV-Exos) vs. 11.2 ± 1.2
        (ADSC-Exos) vs. 8.7 ± 1.5 (PBS)" (a value list without a group each says nothing)."""
        out: list[tuple[float, int, int]] = []
        ranged = self.word(k - 1) == "from"
        while (value := _number(self.word(k))) is not None:
            k = self._past_value(k)
            if (group := self._group_in_parentheses(k)) is not None:
                out.append((value, k + 1, group))
                k = group + 1
                if ranged and self.word(k) == "to":
                    k += 1  # "fell from 46.8 ± 5.3% (PBS) to 18.9 ± 4.1% (Exo-siNC) and 39.5 ± 5.0% (Exo-siTSG6)"
                elif self.word(k) in _VERSUS_WORDS or self.word(k) == "against":
                    k += 1 + (self.word(k + 1) == ".")
                elif self.word(k) == "compared" and self.word(k + 1) in {"with", "to"}:
                    k += 2  # "4.2 ± 0.5 ms (Y-Exo) compared with 5.4 ± 0.6 ms (A-Exo) and 6.1 ± 0.7 ms (PBS)"
                elif self.word(k) == "," or self.word(k) == "and":
                    k += 1 + (self.word(k) == "," and self.word(k + 1) == "and")
                continue
            if self.word(k) not in _GROUP_VALUE_LINKS:
                return out
            k += 1 + (self.word(k + 1) == "the")
            at = k
            while k < len(self.toks) and self.word(k) not in {",", "and", ";", "(", "."} \
                    and self.word(k) not in _VERSUS_WORDS:  # ("4.9 ± 0.6 with BMSC-Exos versus 2.8 ± 0.5 with PBS")
                k += 1  # "the sEV group", "PBS-treated mice"
                if self.word(k) == "(" and self.word(k + 2) == ")" and _number(self.word(k + 1)) is None:
                    k += 3  # "phosphate-buffered saline (PBS) group": the group's short form
            out.append((value, at, k))
            if self.word(k) == "(":  # "(P < 0.001 for sEV vs PBS)": an aside of its own
                return out
            k += 1 + (self.word(k) == "," and self.word(k + 1) == "and")
            if self.word(k) == "compared" and self.word(k + 1) in {"with", "to"}:
                k += 2  # "13.6 ± 1.4 with miR-338-Exo, compared with 10.2 ± 1.2 with NC-Exo and 6.8 ± 1.1 with PBS"
            elif self.word(k) in _VERSUS_WORDS:
                k += 1 + (self.word(k + 1) == ".")
        return out

    def _group_in_parentheses(self, k: int) -> int | None:
        """ "(ATV-Exos)", "(PBS)" after a value: the group it was seen in, one name and no number ("(P < 0.01)" is
        an aside, "(BMSC-Exos, PBS)" names no one group); where its closing parenthesis stands, else None."""
        if self.word(k) != "(":
            return None
        close = next((x for x in range(k + 1, min(k + 5, len(self.toks))) if self.word(x) in {")", "("}), None)
        if close is None or self.word(close) != ")" or close == k + 1 \
                or any(_number(self.word(x)) is not None or self.word(x) in {"=", "<", ">", ","}
                       for x in range(k + 1, close)):
            return None
        return close

    def _exceeding_the_control(self) -> None:
        """ "the BBB score of Hypo-Exos-treated rats exceeded that of the Nor-Exos and PBS groups": a treated group's
        outcome above the control group's is the treatment's rise of it (rule treatment:comparison)."""
        toks = self.toks
        claimed = {(r.subject.ref, r.object.ref) for r in self.readings}
        for i, t in enumerate(toks):
            if t.is_ent or t.plain not in _EXCEEDING_VERBS or self.word(i + 1) not in {"that", "those"} \
                    or self.word(i + 2) != "of":
                continue
            k = i + 3 + (self.word(i + 3) == "the")
            controls = False
            while k < len(toks) and (toks[k].is_ent or self.word(k).isalpha()) and self.word(k) not in {
                    "group", "groups", "in", "at", "by", "on"}:
                controls = controls or self._control_group_at(k)
                k += 1
            opening = next((x + 1 for x in range(i - 1, -1, -1) if self.word(x) in {";", ","}), 0)
            agents = self._treated_groups(opening, i)
            outcome = self._outcome_between(opening, i, agents)
            if controls and len(agents) == 1 and outcome is not None \
                    and (agents[0].ref, toks[outcome].arg.ref) not in claimed:
                self.emit(agents[0], "increases", toks[outcome].arg, 1, "treatment:comparison", outcome,
                          self._negated(i))

    def _outcome_between(self, opening: int, end: int, agents: list[Arg]) -> int | None:
        """Where the first outcome named between opening and end stands: no treated group, vesicles, place, cells or
        animals, nor what an opening phrase names the setting with ("On CSPG, neurons treated with ... extended
        neurites of 186 ± 22 μm": grown on the proteoglycan, which is not what was measured). Cells named by a
        marker are the outcome, not the marker ("PDGFRβ+ pericyte coverage ... was 68.5 ± 7.2% in the EV group")."""
        if self.word(opening) in _SETTING_OPENERS:
            opening = next((x + 1 for x in range(opening + 1, end) if self.word(x) == ","), opening)
        for x in range(opening, end):
            t = self.toks[x]
            if not t.is_ent or t.arg in agents or self.vesicle(t.arg) or t.arg.category in V.CONTEXT_ONLY \
                    or t.arg.category == "biolink:OrganismTaxon":
                continue
            if t.consumed and (self.word(x + 1) in _MARKER_WORDS or (
                    self.word(x + 1) in {"-", "‐"} and self.word(x + 2) in _MARKER_WORDS)):
                marked = x + 1  # ("NeuN-positive neurons")
                while self.word(marked) in _MARKER_WORDS or self.word(marked) in {"-", "‐"}:
                    marked += 1
                cells = self.ent(marked)
                if cells is not None and cells.arg.category in V.CELL and marked < end:
                    if self.word(marked + 1) in _CO_EXPRESSING and (also := self.ent(marked + 2)) is not None \
                            and also.arg.category in V.MOLECULE and marked + 2 < end:
                        return marked + 2  # "GFAP-positive astrocytes co-expressing C3": the C3-positive ones
                    return marked
                continue  # ("CD31+ vessel density": the marked thing is the outcome, read next)
            if t.arg.category not in V.CELL:
                return x
        return None

    def _control_value(self, k: int) -> float | None:
        """From k, values and the groups they were seen in ("2.8 ± 0.5 after vehicle", "4.1 ± 0.7 for N-sEVs and
        2.8 ± 0.5 for PBS", "2.9 ± 0.3 and 4.2 ± 0.4 in the PBS and DPSC-Exos groups"): the control group's value."""
        found: float | None = None
        while (value := _number(self.word(k))) is not None:
            values = []
            while value is not None:
                values.append(value)
                k = self._past_value(k)
                value = _number(self.word(k + 1)) if self.word(k) in {"and", ","} else None
                if value is not None:
                    k += 1
            if self.word(k) not in {"for", "after", "with", "in"}:
                return found
            k += 1 + (self.word(k + 1) == "the")
            groups: list[bool] = []  # whether each group named is a control
            while k < len(self.toks):
                groups.append(self._control_group_at(k))
                k += 1
                if self.word(k) in {"group", "groups", "controls"}:
                    k += 1
                if self.word(k) == "and" and _number(self.word(k + 1)) is None and len(groups) < len(values):
                    k += 1
                    continue
                break
            if len(values) == len(groups):  # (each value to its group in turn; else which is whose is unsaid)
                for value, control in zip(values, groups, strict=True):
                    if control and found is None:
                        found = value
            while k < len(self.toks) and self.word(k) not in {",", "and", ";", "(", "."}:
                k += 1  # "for sEVs from untreated cells": the rest of the group's name
            if self.word(k) in {",", "and"} and _number(self.word(k + 1)) is not None:
                k += 1
            elif self.word(k) == "," and self.word(k + 1) == "and" and _number(self.word(k + 2)) is not None:
                k += 2
            else:
                return found
        return found

    def _past_value(self, k: int) -> int:
        """Past the value at k, its spread ("± 0.8") and up to three words of units ("nmol/mg protein", "%")."""
        k += 1
        if self.word(k) == "±" and _number(self.word(k + 1)) is not None:
            k += 2
        units_end = min(k + 3, len(self.toks))
        while k < units_end and not self.toks[k].is_ent and self.word(k) not in _VALUE_LIST_STOPS \
                and _number(self.word(k)) is None:
            k += 1
        return k

    def _control_group_at(self, k: int) -> bool:
        """The word at k names the control group: "PBS", "vehicle", "PBS-treated" (rats), but not "control" before
        vesicles ("with control vesicles" were vesicles too)."""
        t = self.toks[k] if k < len(self.toks) else None
        if t is None or t.is_ent:
            return False
        head, _, rest = t.plain.partition("-")
        return (t.plain in _CONTROL_WORDS or (head in _CONTROL_WORDS and rest in _CONTROL_PARTICIPLES)) \
            and ((after := self.ent(k + 1)) is None or after.arg.category == "biolink:OrganismTaxon") \
            and self.word(k + 1) not in V.VESICLE_NOUNS

    def _treated_groups(self, opening: int, end: int) -> list[Arg]:
        """The treated groups named between opening and end: "P-sEV-treated mice", "in the MT-Exos group", "mice
        receiving X", "CAQK-EV-siPTEN mice", "With RVG-Pio-sEVs, ..."."""
        toks = self.toks
        out: list[Arg] = []
        for x in range(opening, end):
            t = toks[x]
            if not t.is_ent or t.arg in out:
                continue
            body = self.ent(x + 1)
            if t.agentive or (self.vesicle(t.arg) and (
                    (body is not None and body.arg.category == "biolink:OrganismTaxon")
                    or (x == opening + 1 and self.word(opening) == "with" and self.word(x + 1) == ","))):
                out.append(t.arg)
        return out

    def _time_at(self, x: int) -> bool:
        """The number at x says when ("at day 28", "8 weeks", "42 dpi"), not how much."""
        return self.word(x - 1) in _TIME_UNITS or self.word(x + 1) in _TIME_UNITS

    def _past_times(self, k: int) -> int:
        """From k, past "at day 28", "at 8 weeks", "on day 3 post-injury"."""
        while self.word(k) in {"at", "on", "by"} and (self.word(k + 1) in _TIME_UNITS or self._time_at(k + 1)):
            k += 3
        return k

    def _uptake(self) -> None:
        """Which cells take the vesicles in: "PKH26-labelled exosomes were taken up by BV2 microglia" (rule
        uptake:passive), "Microglia internalized DiI-labeled BMSC-Exos" (uptake:active), "the uptake of exosomes by
        neurons" (uptake:noun). A place of their own, not a change: an unsigned ``taken_up_by``."""
        for i, t in enumerate(self.toks):
            w = t.lower
            if t.is_ent:
                continue
            if w in V.UPTAKE_NOUNS and w in _UPTAKE_CUES:
                after = i + 1
                vesicles = self._vesicles_taken(i)
                cells = self._taking_cells(self._past_vesicle_name(i)) if vesicles else []
                rule = "uptake:noun"
            elif (w == "taken" and self.word(i + 1) == "up") or w in _UPTAKE_PARTICIPLES:
                after = i + 2 if w == "taken" else i + 1
                b = i - 1
                while _adverb(self.word(b - 1)) or self.word(b - 1) in V.AUXILIARIES | _COPULAS:
                    b -= 1  # "could be efficiently | taken up": back to the first auxiliary
                if self.word(b) in V.AUXILIARIES | _COPULAS:
                    vesicles = [a for a in self._subject_before(b) if self.vesicle(a)]
                    cells = self._taking_cells(self._past_adverbs(after)) if vesicles else []
                    rule = "uptake:passive"
                else:
                    cells = [a for a in self._subject_before(i) if a.category in V.CELL]
                    vesicles = self._vesicles_after(after) if cells else []
                    rule = "uptake:active"
            elif (w in {"took", "take", "takes"} and self.word(i + 1) == "up") or w in _UPTAKE_VERBS:
                after = i + 2 if w.startswith("t") else i + 1
                cells = [a for a in self._subject_before(i) if a.category in V.CELL]
                vesicles = self._vesicles_after(after) if cells else []
                rule = "uptake:active"
            else:
                continue
            negated = self._negated(i) or (rule == "uptake:noun" and self._predicate_negated(i)) or (
                rule == "uptake:active" and self.word(self._past_adverbs(after)) in _NEGLIGIBLE_AMOUNTS)
            # ("Neurons internalized few exosomes": hardly any)
            for v in vesicles:
                for c in cells:
                    self.emit(v, "taken_up_by", c, 0, rule, i, negated)

    def _vesicles_taken(self, i: int) -> list[Arg]:
        """The vesicles an uptake noun at i names: "uptake of (labelled) exosomes", "exosome uptake"."""
        if self.word(i + 1) == "of":
            return self._vesicles_after(i + 2)
        before = self.ent(i - 1)
        return [before.arg] if before is not None and self.vesicle(before.arg) else []

    def _past_vesicle_name(self, i: int) -> int:
        """After an uptake noun at i: the position past the vesicles it names ("uptake of PKH26-labelled EVs |")."""
        if self.word(i + 1) != "of":
            return i + 1
        k = i + 2
        while k < len(self.toks) and k <= i + 5 and not (self.toks[k].is_ent and self.vesicle(self.toks[k].arg)):
            k += 1
        return k + 1

    def _vesicles_after(self, j: int) -> list[Arg]:
        """Vesicles named from j, past determiners and a dye's label ("the DiI-labeled BMSC-Exos")."""
        k = j
        while k < len(self.toks) and k <= j + 3 and not self.toks[k].is_ent \
                and self.word(k) not in _CLAUSE_ENDS and self.word(k) not in V.PREPOSITIONS:
            k += 1
        found = self.ent(k)
        return [found.arg] if found is not None and self.vesicle(found.arg) else []

    def _taking_cells(self, j: int) -> list[Arg]:
        """The cells after "by"/"into"/"in" at j that took the vesicles in ("by BV2 microglia", "into neurons and
        astrocytes")."""
        if self.word(j) not in {"by", "into", "in"}:
            return []
        k = j + 1
        while k < len(self.toks) and k <= j + 4 and (not self.toks[k].is_ent or self.toks[k].consumed) \
                and self.word(k) not in _CLAUSE_ENDS and self.word(k) not in V.PREPOSITIONS:
            k += 1  # "by recipient BV2 microglia", "into cultured primary neurons", "by Iba1-positive microglia"
        cells, _ = self._list_from(k, lambda x: x is not None and x.arg.category in V.CELL)
        return cells

    def _context_agent(self) -> None:
        """ "MSC-Exos reduced apoptosis in SCI rats. TNF-α expression was also reduced, and IL-10 was increased":
        a passive change that names no agent, in a sentence that names no agent, treatment or injury of its own,
        after a sentence whose actor was vesicles, is theirs (rule passive:context_agent)."""
        actors = self.ctx.subjects
        if not all(self.vesicle(a) for a in actors):
            return
        # a chemical is an agent of its own ("LPS"), unless it is what changed ("MDA content decreased")
        changed = {a for f in self.frames if not f.objects for a in f.subjects}
        # (nor is one named as the stimulus the vesicles' cells were given: "the benefit of melatonin preconditioning")
        if any(t.is_ent and (
                t.agentive or self.vesicle(t.arg) or (t.arg.category in V.CHEMICAL and t.arg not in changed
                                                      and self.word(x + 1) not in V.PRECONDITIONING_NOUNS))
                for x, t in enumerate(self.toks)):
            return
        claimed = {r.object.ref for r in self.readings}
        # "TNF-α decreased with both treatments. TUNEL-positive cells were reduced by 47% and 29%, respectively":
        # changes given for each of several actors are each one's
        agents = list(dict.fromkeys(actors)) if "respectively" in self.words and len(
            {a.ref for a in actors}) > 1 else actors[-1:]
        for f in self.frames:
            # ("Total CD4+ T-cell numbers did not change": a change denied is the actor's too)
            if f.role not in {"main", "coordinated"} or f.light or not (
                    f.kind in {V.INC, V.DEC} or (f.kind == V.REG and f.negated)):
                continue
            if f.objects or not (self._passive_verb(f.start) or self._intransitive_at(f)):
                continue
            if (by := self._passive(f.start)) is not None and not self._amount_at(by):
                continue  # "A1 astrocytes are induced by microglia-derived IL-1α, TNF and C1q": its agent named
            if self._means_named_after(f.start) or self._manipulation_as_agent(f.start) or self._done_with_a_tool(f.start) \
                    or self.word(f.start) in _MANIPULATION_PARTICIPLES:
                continue  # "Neuronal ER stress was induced in primary spinal neurons with tunicamycin": its own agent
            # cells are what changed when counted ("The number of CD206+ macrophages increased") or the subject
            # of an intransitive change ("..., while CD86+ macrophages decreased": their number)
            patients = [a for a in f.subjects if a.ref not in claimed and a.category not in V.CONTEXT_ONLY
                        and (a.category not in V.CELL or self._counted_cells(a) or not self._passive_verb(f.start))]
            restoring = self.word(f.start).startswith(_RESTORING_STEMS)
            for patient in patients:
                # "inflammation was relieved": made smaller
                sign = -f.sign if restoring and f.sign > 0 and _adverse(patient) else f.sign
                for agent in agents:
                    self.emit(agent, _predicate(sign), patient, sign, "passive:context_agent", f.start, f.negated)
            if patients and self._intransitive_at(f):
                for also, sign in self._accompanying_changes(f.start + 1):
                    if also.ref not in claimed:
                        for agent in agents:
                            self.emit(agent, _predicate(sign), also, sign, "passive:context_agent", f.start,
                                      f.negated)
            if patients:
                self.main_subjects = list(agents)  # the next sentence's passives follow the same actor
        for i, t in enumerate(self.toks):
            # "Neuronal survival was greater, and GFAP was lower": a comparative said of what changed
            if t.plain not in _BARE_COMPARATIVES or not self._predicative_at(i):
                continue
            b = i - 1
            while _adverb(self.word(b)):
                b -= 1
            sign = V.COMPARATIVES[t.plain]
            for patient in self._subject_before(b):
                if patient.ref in claimed or patient.category in V.CONTEXT_ONLY or (
                        patient.category in V.CELL and not self._counted_cells(patient)):
                    continue
                for agent in agents:
                    self.emit(agent, _predicate(sign), patient, sign, "passive:context_agent", i, self._negated(i))
                self.main_subjects = list(agents)

    def _accompanying_changes(self, k: int) -> list[tuple[Arg, int]]:
        """ "HIF-1α increased 2.4-fold at 24 h, accompanied by 2.1- and 1.8-fold increases in VEGFA and EPO": the
        changes that went with an intransitive one in its clause from k, each with its sign."""
        for x in range(k, len(self.toks)):
            if self.word(x) in {";", "."}:
                return []
            if self.word(x) in _ACCOMPANYING_PARTICIPLES and (by := self._evidenced_by(x)):
                changed, at = self._change_with(by)
                return [(a, changed) for a in self._list_from(at, self._any)[0]] if changed else []
        return []

    def _manipulation_as_agent(self, v: int) -> bool:
        """Whether a passive verb at v names a manipulation as its agent ("Neurite branching was abolished by PTEN
        overexpression", "... reduced by knockdown of PTEN"): the change is the manipulation's, not the vesicles'
        of the sentence before."""
        end = self._clause_end(v + 1)
        return any(self.word(k) == "by" and not self._amount_at(k + 1) and self._manipulated(k + 1, end) is not None
                   for k in range(v + 1, end))

    def _done_with_a_tool(self, v: int) -> bool:
        """Whether the passive verb at v names the reagent it was done with ("PD-1 signalling was blocked with an
        anti-PD-1 antibody", "... using the inhibitor LY294002"): the change is the reagent's, a lexicon may lack."""
        k = v + 1
        while _adverb(self.word(k)):
            k += 1
        if self.word(k) not in {"with", "using"}:
            return False
        return any(self.word(x) in _TOOL_WORDS for x in range(k + 1, min(k + 7, self._clause_end(k + 1) + 1)))

    def _means_named_after(self, v: int) -> bool:
        """Whether the clause of a verb of a model made at v names what it was done with ("induced ... with
        tunicamycin", "... using LPS", "... by H2O2"; not an amount: "by 40%"), a lexicon may lack the agent."""
        if self.word(v) not in _MADE_BY_MEANS:
            return False
        for k in range(v + 1, self._clause_end(v + 1)):
            if self.word(k) in {"with", "using"} or (self.word(k) == "by" and self.word(k + 1).isalpha()):
                return True
        return False

    def _predicative_at(self, i: int) -> bool:
        """A comparative after a copula that ends its clause ("survival was (significantly) greater.")."""
        b = i - 1
        while _adverb(self.word(b)):
            b -= 1
        return self.word(b) in _COPULAS and self._ends_clause_at(i + 1)

    def _amount_at(self, k: int) -> bool:
        """An amount starts at k ("approximately 40%", "2-fold", "half"): what "was reduced by" it says is how much,
        no agent."""
        return self._amount_end(k) is not None

    def _amount_end(self, k: int) -> int | None:
        """Where the amount starting at k ends (past "%", "-fold"), or None when no amount starts there."""
        while self.word(k) in _AMOUNT_HEDGES:
            k += 1
        if not (self.word(k)[:1].isdigit() or self.word(k) in _AMOUNT_WORDS):
            return None
        k += 1
        if self.word(k) == "." and self.word(k + 1)[:1].isdigit():
            k += 2  # "2.5-fold", "52.3%": the decimal's tokens
        while self.word(k) in {"%", "-", "fold", "percent"}:
            k += 1
        return k

    def _range_end(self, k: int) -> int | None:
        """Where "A to B" starting at k ends, past B's unit ("38.6% to 14.2%", "31.2 to 12.5 pg/mL"), or None
        when no plain range starts there."""
        end = self._past_deviation(self._amount_end(k))
        if end is None or self.word(end) != "to" or (end := self._past_deviation(self._amount_end(end + 1))) is None:
            return None
        while self.word(end) in _RANGE_UNIT_WORDS:
            end += 1
        return end

    def _past_deviation(self, end: int | None) -> int | None:
        """Past the "± 25.3" after an amount ending at ``end`` ("from 214.6 ± 25.3 to 108.7 ± 14.2 pg/mg")."""
        if end is not None and self.word(end) == "±" and (past := self._amount_end(end + 1)) is not None:
            return past
        return end

    def _range_way(self, start: int, end: int) -> int:
        """Which way the first plain range "from A to B" (or "from A ± SD to B ± SD") between start and end goes: 1
        up, -1 down, 0 none."""
        for k in range(start, end):
            if self.word(k) == "from" and self.word(k + 1)[:1].isdigit():
                to = self._past_deviation(self._amount_end(k + 1))
                if to is None or self.word(to) != "to" or not self.word(to + 1)[:1].isdigit():
                    return 0
                before, after = _number(self.word(k + 1)), _number(self.word(to + 1))
                if before is None or after is None or before == after:
                    return 0
                return 1 if after > before else -1
        return 0

    def _amount_closing_a_change(self, j: int) -> bool:
        """An amount right after a past change verb ends its clause: "increased 2.8-fold, and ...", "decreased by
        40%.", "rose approximately 2-fold and ..." (what follows is another clause, no object)."""
        end = self._amount_end(j + (self.word(j) == "by"))
        if end is None:
            return False
        if self.word(end) == "(":  # "(P < 0.01)": an aside on the amount
            end = next((x + 1 for x in range(end, min(end + 12, len(self.toks))) if self.word(x) == ")"), end)
        return self.word(end) in {",", "and", ";", ".", "", "whereas", "while", "but"}

    def _fold_end(self, k: int) -> int | None:
        """Where a number of folds starting at k ends ("1.9-fold", "3 fold"), or None when none starts there."""
        if not self.word(k)[:1].isdigit():
            return None
        end = self._amount_end(k)
        return end if end is not None and self.word(end - 1).endswith("fold") else None

    def _counted_cells(self, cells: Arg) -> bool:
        """ "The infiltration of neutrophils and macrophages was decreased": cells named after an amount's head are
        what changed ("Neurons were cultured" names where, not what)."""
        at = self._token_of(cells)
        if at is None:
            return False
        while at > 1 and (self.word(at - 1) in _CELL_LIST_WORDS or self.toks[at - 1].is_ent):
            at -= 1  # back over the list ("Iba1-positive microglia and ...") to its first member
        return self.word(at - 1) == "of" and self.word(at - 2) in V.NEUTRAL_HEADS | _CELL_AMOUNT_HEADS

    def _intransitive_at(self, f: Frame) -> bool:
        """ "levels of TNF-α in the lumbar cord decreased.": a change verb whose clause ends after it (an object the
        lexicon does not name would leave the verb without objects too: "X inhibited the proliferation of ...")."""
        w = self.word(f.start)
        if not _past_change_form(w) and not (self.word(f.start - 1) == "not"
                                             and self.word(f.start - 2) in {"did", "does", "do"}):
            return False  # "HMGB1 release and ...": a noun the verb table also has ("did not change": a verb)
        k = f.start + f.length
        if self.word(k) == "and" and (subject := self._skip_np(k + 1)) < len(self.toks) \
                and self.ent(subject) is not None and self._opens_clause(subject):
            return True  # "Foxp3 expression rose and TNF-α fell": the next clause's subject
        return self._ends_clause_at(k)

    def _ends_clause_at(self, k: int, leads: frozenset[str] = frozenset()) -> bool:
        """After a change verb, past adverbs, its clause ends at k, or says only when, how much or (``leads``) where."""
        while _adverb(self.word(k)):
            k += 1
        w = self.word(k)
        if w == "at" and (self.word(k + 1)[:1].isdigit() or self.word(k + 1) in _TIME_LEADS):
            return True  # "improved significantly at 21 and 28 days": when it was seen
        if w == "from" and self.word(k + 1)[:1].isdigit():
            return True  # "BBB scores improved from 6.1 in the PBS group to 10.4": by how much
        if w == "by" and (amount_end := self._amount_end(k + 1)) is not None:  # "decreased by (approximately) 52%"
            return self._ends_clause_at(amount_end, leads)
        if (fold_end := self._fold_end(k)) is not None:
            return self._ends_clause_at(fold_end, leads)  # "IL-10 rose 1.9-fold"
        if w in _AROUND_WORDS and self.word(k + 1 + (self.word(k + 1) == "the")) in _LESION_PLACES:
            return True  # "were more abundant within the lesion gap": where in the cord, no group
        return k >= len(self.toks) or w in _CLAUSE_ENDS or w in leads

    def _share_passive_agents(self) -> None:
        """ "Beclin-1 was upregulated while p62 was downregulated after exosome treatment", "TNF-α was decreased,
        whereas IL-10 was increased by exosomes": of two passive clauses joined by "while", "whereas", "and" or
        "but", one names its agent after its verb and the other names none and nothing after its own verb; the
        agent is both's. So is an active clause's subject when the passive one after it says "also" ("Exosomes
        reduced TNF-α, and IL-6 was also decreased") (rule passive:shared_agent)."""
        mains = [f for f in self.frames if f.role == "main" and f.kind in {V.INC, V.DEC} and not f.light]
        passive = [self._passive_verb(f.start) for f in mains]
        claimed = {(r.subject.ref, r.object.ref) for r in self.readings}
        for bare, bare_passive in zip(mains, passive, strict=True):
            if not bare_passive or bare.objects or not bare.subjects or any(self.vesicle(a) for a in bare.subjects):
                continue
            verb_end = bare.start + bare.length
            for told, told_passive in zip(mains, passive, strict=True):
                if told is bare or not told.objects:
                    continue
                # "Exosomes reduced TNF-α, and IL-6 was also decreased": the bare frame's subject list runs back
                patients = [o for o in bare.subjects if all(o != x for x, _ in told.objects)]
                if not patients:
                    continue
                verb_at = self.toks[told.start].start
                if told_passive:
                    agents = [a for a in told.subjects if a.start > verb_at]
                    told_end = agents[-1] if agents else None
                elif told.start < bare.start:
                    agents = [a for a in told.subjects if a.start < verb_at]
                    told_end = told.objects[-1][0]
                else:
                    continue
                if not agents or told_end is None:
                    continue
                at = [self._token_of(a) for a in (patients[0], patients[-1], told.objects[0][0], told_end)]
                if None in at:
                    continue
                first_patient, last_patient, told_first, told_last = (x for x in at if x is not None)
                if not told_passive and "also" not in {self.word(x) for x in range(last_patient + 1, bare.start)}:
                    continue
                if told.start > bare.start:  # the bare clause first: nothing but adverbs before the link
                    between = range(verb_end, told_first)
                else:  # the bare clause second: nothing after its verb
                    between = range(told_last + 1, first_patient)
                    if any(self.word(x) not in {",", "."} and not _adverb(self.word(x))
                           for x in range(verb_end, len(self.toks))):
                        continue
                words = [self.word(x) for x in between if self.word(x) != "," and not _adverb(self.word(x))]
                if told.start < bare.start:  # "after exosome treatment, while ...": the agent's head noun
                    words = words[next((n for n, w in enumerate(words) if w not in V.TREATMENT_NOUNS), len(words)):]
                if not words or words[0] not in _PASSIVE_LINKS or any(self.toks[x].is_ent for x in between) \
                        or (len(words) > 1 and words[1] not in _PASSIVE_LINK_NP):
                    continue
                restoring = self.word(bare.start).startswith(_RESTORING_STEMS)
                for a in agents:
                    for o in patients:
                        sign = -bare.sign if restoring and bare.sign > 0 and _adverse(o) else bare.sign
                        if (a.ref, o.ref) not in claimed:  # "inflammation was relieved": made smaller
                            self.emit(a, _predicate(sign), o, sign, "passive:shared_agent", bare.start, bare.negated)
                break

    def _finite_verb_at(self, k: int) -> bool:
        """Does a clause's verb stand at ``k`` ("was attenuated", "promoted")?"""
        w = self.word(k)
        return w in V.AUXILIARIES or w in _COPULAS or (self._trigger(k) is not None and not w.endswith("ing"))

    def _verb_after_reduced_passive(self, noun: int, after: int) -> bool:
        """Whether "and" (or ",") at ``after`` opens an active verb ("... and increased the ratio of Bcl-2 to Bax")
        after a reduced passive on the object (at ``noun``) of a verb before it, or "," the verb of a subject the
        participle's noun stands in apposition to ("Ferroptosis, a form of cell death driven by lipid
        peroxidation, contributes to ..."); "and increased by TNF-α" is a second participle."""
        if self.word(after) not in {"and", ","}:
            return False
        verb = self._past_adverbs(after + 1)
        if not self._finite_verb_at(verb) or self.word(verb + 1) == "by" or self.toks[verb].is_ent:
            return False
        if self.word(after) == "," and self._kind_of(noun - 2):
            return True
        return any(not self.toks[x].is_ent and self._trigger(x) is not None for x in range(noun))

    def _passive_verb(self, i: int) -> bool:
        """Is the verb at ``i`` a passive participle ("was (significantly) upregulated")?"""
        k = i - 1
        while k >= 0 and _adverb(self.word(k)):
            k -= 1
        return self.word(k) in _COPULAS and self.word(i).endswith("ed")

    def _effect_adjectives(self) -> None:
        """ "MSC-Exos exert anti-inflammatory and anti-apoptotic effects", "the pro-angiogenic effect of X": the
        agent acts on the process the adjective names, the way it says (rule nominal:effect_adjective)."""
        toks = self.toks
        for e, t in enumerate(toks):
            if t.is_ent or t.lower not in V.EFFECT_PROPERTY_NOUNS:
                continue
            adjectives = self._effect_processes_before(e)
            glued = None if adjectives else self._glued_effect(e)  # "an angiogenesis-promoting effect"
            if not adjectives and glued is None:
                continue
            first = adjectives[-1] if adjectives else e - 3
            lead = first - 1
            while self.word(lead) in _EFFECT_INTENSIFIERS:
                lead -= 1
            # "did not have anti-apoptotic effects" denies them; "did not enhance the anti-apoptotic effect of X"
            # does not
            negated = self.word(lead) == "no" or (self.word(lead) in _HAVE_VERBS and self._negated(lead))
            if self.word(lead) == "no":
                lead -= 1
            agents: list[Arg] = []
            if self.word(e + 1) == "of":
                x = self._named_after_of(e + 2)
                if x is not None and not x.consumed and x.arg.category not in V.CONTEXT_ONLY:
                    agents = self._agents_from(x)
            elif self.word(lead) in _HAVE_VERBS:
                agents = self._subject_before(lead)
            for agent in agents:
                if not (agent.category in V.MOLECULE or self.vesicle(agent) or agent.category in V.CELL):
                    continue
                named = [self._process_named_by(k) for k in adjectives] if glued is None else [glued]
                for process, sign in named:
                    self.emit(agent, _predicate(sign), process, sign, "nominal:effect_adjective", first, negated)

    def _process_named_by(self, k: int) -> tuple[Arg, int]:
        """The process an effect adjective at k names ("anti-inflammatory": inflammation), and its sign."""
        curie, label, sign = V.EFFECT_PROCESSES[self.toks[k].lower]
        return Arg(Ref.from_curie(curie, label, V.EFFECT_PROCESS_CATEGORY), self.toks[k].start, self.toks[k].end), sign

    def _effect_processes_before(self, e: int) -> list[int]:
        """Positions of the process adjectives that name the effect at e ("anti-inflammatory and anti-apoptotic
        effects"), last first; [] if none."""
        out: list[int] = []
        k = e - 1
        while k >= 0 and not self.toks[k].is_ent:
            w = self.toks[k].lower
            if w in V.EFFECT_PROCESSES:
                out.append(k)
            elif not (out and w in {"and", ",", "or"}):
                break
            k -= 1
        return out

    def _no_effect(self) -> None:
        """ "X had no (significant) effect on Y", "little effect": a denied claim that X acts on Y."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.is_ent or t.lower not in _NO_EFFECT_WORDS:
                continue
            e = i + 1
            while e < len(toks) and e <= i + 3 and not toks[e].is_ent and toks[e].lower not in _EFFECT_HEADS:
                e += 1
            if self.word(e) not in _EFFECT_HEADS or self.word(e + 1) != "on" or self.word(i - 1) not in _HAVE_VERBS:
                continue
            j = self._skip_np(e + 2)
            while self.word(j) in _AMOUNT_NOUNS and self.word(j + 1) == "of":
                j = self._skip_np(j + 2)  # "no effect on the expression of IL-10"
            objects = self._list_from(j, self._any)[0]
            for subject in self._subject_before(i - 1):
                for o in objects:
                    if o.category not in V.CONTEXT_ONLY and not self.vesicle(o):
                        self.emit(subject, "regulates", o, 0, "nominal:no_effect", i, negated=True)

    # -- noun-phrase relations: "miR-9 regulation of REST", "PKM2 is a target of miR-326" ------------
    def _nominal_relations(self) -> None:
        """ "X regulation of Y", "X-induced repression of Y", "regulation of Y by X"."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.is_ent or t.lower not in V.NOMINAL_RELATIONS or self.word(i + 1) != "of":
                continue
            sign = V.NOMINAL_RELATIONS[t.lower]
            j = self._skip_np(i + 2)
            while j < len(toks) and j <= i + 6 and not toks[j].is_ent and toks[j].lower not in {",", ";", "by", "and"}:
                j += 1
            y = self.ent(j)
            if y is None or y.consumed or y.arg.category in V.CONTEXT_ONLY:
                continue
            objects, after = self._list_from(j, self._any)
            agents: list[Arg] = []
            k = i - 1
            if self.word(k) == "," and self.word(k - 1) in {"mediated", "induced", "dependent", "driven"}:
                k -= 1  # "NF-κB-sensitive, miR-146a-mediated, modulation of CFH"
            if self.word(k) in {"mediated", "induced", "dependent", "driven"}:
                k -= 1
                if self.word(k) in {"-", "‐"}:
                    k -= 1
            role = self._role_holders(i)
            if k >= 0 and self.ent(k) is not None and k >= i - 4:
                agents = list(toks[k].args())
            elif self.word(k) in {"its", "their"}:
                agents = self._pronoun_agent(k)
            elif role:
                agents = role  # "a role for two miRNAs (miR-298 and miR-328) in the regulation of BACE"
            else:
                m = after
                # (not past a verb: "the upregulation of Bax was reversed by X" names the reversal's agent)
                while m < len(toks) and m <= after + 4 and not toks[m].is_ent and toks[m].lower not in {",", ";", "by"} \
                        and toks[m].lower not in _COPULAS:
                    m += 1
                if self.word(m) == "by":
                    agents, agents_end = self._list_from(self._skip_np(m + 1), self._any)
                    if agents:
                        self._through_mediator(agents_end, objects, sign, i)
            agents = [a for a in agents if a.category not in V.CONTEXT_ONLY and a not in objects]
            pred = _predicate(sign)
            # "miR-146a-5p-mediated repression of the TLR4/TRAF6/NF-κB axis": what stands down the axis (TRAF6,
            # NF-κB; YAP in "inhibition of RhoA/YAP signaling") falls as the axis carries the repression on; the
            # miRNA binds the transcript of the first
            downstream = set(y.members[1:]) if y.axis_readings else set()
            for a in agents:
                for b in objects:
                    if a.category in V.MIRNA and b.category in V.GENE and sign < 0 and b not in downstream:
                        self.emit(a, "targets", b, -1, "nominal:targets", i, self._predicate_negated(i))
                    else:
                        self.emit(a, pred, b, sign, "nominal", i, self._predicate_negated(i))

    def _gerund_with_agent(self) -> None:
        """ "the possibility of maintaining a population of mature oligodendrocytes by MSC-EVs": a gerund after "of"
        with its agent after "by" (a name, not a means: "by inhibiting ..." is read by the frames)."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.is_ent or not t.lower.endswith("ing") or self.word(i - 1) not in {"of", "for"}:
                continue
            trig = self._trigger(i)
            if trig is None or trig[0] not in {V.INC, V.DEC} or trig[1] not in {1, -1}:
                continue
            objects, end = self._objects(i + trig[2], None, trigger=i)
            if self.word(end) != "by" or (agent := self.ent(self._skip_np(end + 1))) is None or agent.consumed \
                    or not (self.vesicle(agent.arg) or agent.arg.category in V.CELL | V.MOLECULE):
                continue
            for a in agent.args():
                for o, local in objects:
                    if o.category in V.CONTEXT_ONLY or self.vesicle(o) or o == a:
                        continue
                    sign = trig[1] * (1 if local == 2 else local)
                    self.emit(a, _predicate(sign), o, sign, "nominal:gerund", i, self._predicate_negated(i))

    def _through_mediator(self, j: int, objects: list[Arg], sign: int, at: int) -> None:
        """ "NOMINAL of Y by X through/via (the) NOMINAL2 of Z": X acts on Y through Z, so Z acts on Y (the sign of
        the two nominals multiplied); the X -> Z link is read by the through rules."""
        if self.word(j) not in {"through", "via"}:
            return
        k = self._skip_np(j + 1)
        second = V.NOMINAL_RELATIONS.get(self.word(k))
        if second is None or self.word(k + 1) != "of":
            return
        z = self.ent(self._skip_np(k + 2))
        if z is None or z.consumed or z.arg.category in V.CONTEXT_ONLY:
            return
        chained = sign * second
        pred = _predicate(chained)
        for a in z.args():
            for b in objects:
                if a.ref != b.ref:
                    self.emit(a, pred, b, chained, "nominal:mediator", at, self._predicate_negated(at))

    def _role_holders(self, i: int) -> list[Arg]:
        """For the nominal at i in "a role (of|for) X in (the) NOMINAL of Y": X."""
        k = i - 1
        while self.word(k) in {"the", "a", "an"}:
            k -= 1
        if self.word(k) not in {"in", "for"}:
            return []
        for r in range(k - 1, max(k - 14, -1), -1):
            w = self.word(r)
            if w in {";", ":", "."} or (self._trigger(r) and not self._is_modifier(r)):
                return []
            if w in {"role", "roles", "function", "functions", "involvement", "contribution"} \
                    and self.word(r + 1) in {"of", "for"}:
                agents, end = self._list_from(self._skip_np(r + 2), self._any)
                return agents if end <= k else []
        return []

    def _pronoun_agent(self, k: int) -> list[Arg]:
        """ "its"/"their": the nearest participant before it in the sentence."""
        for x in range(k - 1, -1, -1):
            t = self.toks[x]
            if t.is_ent and not t.consumed and t.arg.category not in V.CONTEXT_ONLY:
                return self._list_back(x)[1]
        return []

    def _agent_nouns(self) -> None:
        """ "X is a potent regulator of Y", "identify X as novel regulators of Y expression"."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.is_ent or t.lower not in V.AGENT_NOUNS or self.word(i + 1) != "of":
                continue
            objects, _ = self._list_from(self._skip_np(i + 2), self._any)
            k = i - 1
            steps = 0
            while k >= 0 and steps < 6 and not toks[k].is_ent and toks[k].lower not in {";", ",", "which", "that"}:
                k -= 1
                steps += 1
            if self.word(k) == "," and self.word(k + 1) in {"a", "an", "the", "one", "two", "three", "both"}:
                k -= 1  # "miR-21, a regulator of STAT3, ...", "Sox6 and Hes5, two repressors of ..."
                if self.word(k) == ")" and self.word(k - 2) == "(" and self._short_form_at(k - 1):
                    k -= 1  # "phosphatase and tensin homolog (PTEN), a negative regulator of ...": the short form
            if self.ent(k) is None or not objects:
                continue
            sign = V.AGENT_NOUNS[t.lower]
            if sign == 0 and self.word(i - 1) in {"negative", "positive"}:  # "a negative regulator of Y"
                sign = -1 if self.word(i - 1) == "negative" else 1
            pred = _predicate(sign)
            # "Sox6 and Hes5 are (two) repressors of Y": a plural noun holds each of the listed agents
            agents = self._list_back(k)[1] if t.lower.endswith("s") else list(toks[k].args())
            for a in [*self._family_head(k), *agents]:
                for b in objects:
                    if a.category not in V.CONTEXT_ONLY and b.category not in V.CONTEXT_ONLY:
                        self.emit(a, pred, b, sign, "nominal:agent", i, self._negated(i))

    def _binding_sites(self) -> None:
        """ "binding site(s) for miR-659 in the 3'UTR of GRN", "the 3'UTR of GRN in a binding-site for miR-659",
        "a miR-107 recognition sequence in the 3'-UTR of BACE1", "miR-146a complementary to the 3'-UTR of CFH"."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.is_ent:
                continue
            mirna: Tok | None = None
            compound = t.lower in {"binding-site", "binding-sites"}
            site = t.lower in V.SITE_NOUNS or compound
            if site and self.word(i + 1) == "for":
                mirna = self.ent(self._skip_np(i + 2))
            elif compound or (site and self.word(i - 1) in V.SITE_MODIFIERS):
                k = i if compound else i - 1
                while self.ent(k - 1) is not None and toks[k - 1].arg.category in V.MIRNA and self.ent(k - 2) is not None \
                        and toks[k - 2].arg.category in V.MIRNA:
                    k -= 1  # "miR-107 miRNA recognition sequence": the named miRNA before its class
                mirna = self.ent(k - 1)
            elif t.lower in {"complementary", "complementarity"} and self.ent(i - 1) is not None:
                mirna = toks[i - 1]
            elif t.lower in {"complementary"} and self.ent(i - 2) is not None and self.word(i - 1).endswith("ly"):
                mirna = toks[i - 2]
            if mirna is None or mirna.arg.category not in V.MIRNA:
                continue
            j = i + 1
            while j < len(toks) and j <= i + 12 and not (toks[j].is_ent and toks[j] is not mirna
                                                         and toks[j].arg.category in V.GENE):
                if toks[j].lower in {";", "."}:
                    break
                j += 1
            gene = self.ent(j)
            if (gene is None or gene.arg.category not in V.GENE) and site:
                gene = self._gene_before_site(toks.index(mirna) if self.word(i + 1) != "for" else i)
            if gene is not None and gene.arg.category in V.GENE:
                for a in mirna.args():
                    for b in gene.args():
                        self.emit(a, "targets", b, -1, "target:site", i)

    def _binding_nominals(self) -> None:
        """ "(direct) binding of miR-X to (the 3'UTR of) Y", "the interaction of miR-X with the Y transcript": a
        miRNA bound to a gene's transcript targets it."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.is_ent or t.lower not in {"binding", "interaction", "pairing", "association"}:
                continue
            if self.word(i + 1) == "of":
                m = self._skip_modifiers(self._skip_np(i + 2))
                mirna = self.ent(m)
                if mirna is None or mirna.arg.category not in V.MIRNA:
                    continue
                mirnas, after = self._list_from(m, self._any)
            elif self.word(i - 1) == "its" and t.lower == "binding":
                # "miR-338-3p was enriched in the vesicles, and assays confirmed its binding to the 3'UTR of Sox6"
                named = next((x.arg for x in reversed(toks[:i]) if x.is_ent and x.arg.category in V.MIRNA), None)
                if named is None:
                    continue
                mirnas, after = [named], i + 1
            else:
                continue
            if self.word(after) not in {"to", "with"}:
                continue
            j = self._skip_np(after + 1)
            steps = 0
            while j < len(toks) and steps < 6 and not toks[j].is_ent and (
                    self.word(j) in _TRANSCRIPT_RUN_WORDS
                    or self.word(j).endswith(("utr", "utrs"))):
                j += 1
                steps += 1
            gene = self.ent(j)
            if gene is None or gene.consumed or gene.arg.category not in V.GENE:
                continue
            transcript = steps > 0 or self.word(j + 1) in _TRANSCRIPT_HEAD_WORDS
            if t.lower != "binding" and not transcript:
                continue  # "the interaction of miR-X with Y" alone is a correlation's business
            for a in mirnas:
                if a.category in V.MIRNA:
                    for b in self._list_from(j, self._any)[0]:
                        if b.category in V.GENE:
                            self.emit(a, "targets", b, -1, "target:binding", i, self._negated(i) or self._predicate_negated(i))

    def _compound_nominals(self) -> None:
        """ "STAT3 repression by miR-21" (the object named before the nominal, the agent after "by") and "the
        miR-21-STAT3 interaction" (two participants joined before a relation noun)."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.is_ent or i < 1:
                continue
            y = self.ent(i - 1)
            if y is None or y.consumed or y.mediator or y.arg.category in V.CONTEXT_ONLY:
                continue
            if t.lower in V.NOMINAL_RELATIONS and self.word(i + 1) == "by":
                agents = [a for a in self._list_from(self._skip_np(i + 2), self._any)[0]
                          if a.category not in V.CONTEXT_ONLY and a.ref != y.arg.ref]
                sign = V.NOMINAL_RELATIONS[t.lower]
                pred = _predicate(sign)
                for a in agents:
                    for b in y.args():
                        if a.category in V.MIRNA and b.category in V.GENE and sign < 0:
                            self.emit(a, "targets", b, -1, "nominal:targets", i,
                                      self._negated(i - 1) or self._predicate_negated(i))
                        else:
                            self.emit(a, pred, b, sign, "nominal", i,
                                      self._negated(i - 1) or self._predicate_negated(i))
            elif t.lower in {"interaction", "interactions", "binding", "pairing"} and self.word(i - 2) in {"-", "–", "/"} \
                    and toks[i - 1].joined and toks[i - 2].joined:
                x = self.ent(i - 3)
                if x is not None and not x.consumed and x.arg.category not in V.CONTEXT_ONLY:
                    for a in x.args():
                        for b in y.args():
                            self.emit(a, "associated_with", b, 0, "correlation:compound", i,
                                      self._negated(i - 3) or self._predicate_negated(i))

    def _predicate_negated(self, i: int) -> bool:
        """Is the noun phrase holding the nominal at i the subject of a negated predicate ("Binding of X to Y
        was not observed", "the interaction ... could not be detected")?"""
        k = i + 1
        while k < len(self.toks) and k <= i + 12:
            w = self.word(k)
            if w in {",", ";", ":", "but", "which", "that"} or (self._trigger(k) and not self._is_modifier(k)):
                return False
            if w in {"is", "was", "were", "are", "could", "can", "did", "does", "do", "has", "have", "had"}:
                nxt = self.word(k + 1)
                if nxt in {"abolished", "lost"} and self.word(self._past_adverbs(k + 2)) in _UNDOING_LINKS:
                    return False  # "The reduction of GFAP by exosomes was abolished by PTEN overexpression": undone
                return (nxt in V.NEGATIONS and self.word(k + 2) not in V.NOT_NEGATION_AFTER) or nxt in {
                    "absent", "undetectable", "abolished", "lost"}
            k += 1
        return False

    def _roles_in_compounds(self) -> None:
        """ "a role for X and Y in miRNA downregulation": the holders of the role act on the entity that names
        the process (the "of" form, "in the regulation of Y", is read with the nominal relations)."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.is_ent or t.lower not in V.NOMINAL_RELATIONS or self.word(i + 1) == "of":
                continue
            y = self.ent(i - 1)
            if y is None or y.consumed or y.arg.category in V.CONTEXT_ONLY:
                continue
            agents = [a for a in self._role_holders(i - 1) if a.category not in V.CONTEXT_ONLY]
            sign = V.NOMINAL_RELATIONS[t.lower]
            pred = _predicate(sign)
            for a in agents:
                for b in y.args():
                    if a.ref != b.ref:
                        self.emit(a, pred, b, sign, "nominal:role", i, self._negated(i))

    def _gene_before_site(self, i: int) -> Tok | None:
        """ "the 3'UTR of GRN in a binding site", "the STAT3 3'UTR harbors a binding site": the gene whose
        transcript holds the site, just before it."""
        k = i - 1
        steps = 0
        while k >= 0 and steps < 6 and not self.toks[k].is_ent:
            w = self.word(k)
            if w in {",", ";", ":"} or (self._trigger(k) and not self._is_modifier(k) and w not in V.HOLD_VERBS):
                return None
            k -= 1
            steps += 1
        gene = self.ent(k)
        if gene is None:
            return None
        transcript = _TRANSCRIPT_NAMED_WORDS
        named_after = self.word(k + 1) in transcript  # "the STAT3 3'UTR"
        named_before = self._preposition_before(k) == "of" and any(
            self.word(x) in transcript for x in range(max(0, k - 5), k))  # "the 3'UTR of STAT3"
        return gene if named_after or named_before else None

    def _target_nouns(self) -> None:
        """ "PKM2 is a target of miR-326", "PTBP1, a recognized miR-124 target gene", "miR-X target genes Y"."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.is_ent or not (t.lower in V.TARGET_NOUNS or (t.lower == "targeting" and self.word(i + 1) in
                                                               V.TARGETED_HEADS)):  # "its targeting protein Y"
                continue
            gene: Tok | None = None
            mirna: Tok | None = None
            # ... target (gene)? (of|for) MIRNA
            j = i + 1
            while self.word(j) in _TARGETED_HEAD_WORDS:
                j += 1
            named_after = self.word(j) in {"of", "for"}
            if named_after:
                mirna = self.ent(self._skip_modifiers(self._skip_np(j + 1)))  # "a target of the oncogenic miR-X"
            # MIRNA target (gene)? : "a recognized miR-124 target gene", "miR-X target genes such as Y"
            if mirna is None and self.ent(i - 1) is not None and toks[i - 1].arg.category in V.MIRNA:
                mirna = toks[i - 1]
            # "miR-21 and its (direct) target (gene) STAT3"
            possessive = next((x for x in range(i - 1, max(i - 4, -1), -1) if self.word(x) in {"its", "their"}), None)
            if mirna is None and possessive is not None and all(
                    self.word(x) in V.TARGET_NOUN_MODIFIERS for x in range(possessive + 1, i)):
                owner = next((x for x in range(possessive - 1, max(possessive - 6, -1), -1) if self.ent(x)), None)
                if owner is not None and toks[owner].arg.category in V.MIRNA:
                    after = j
                    while self.word(after) in {",", "("}:
                        after += 1
                    if self.ent(after) is not None and toks[after].arg.category in V.GENE:
                        for a in toks[owner].args():
                            for b in self._list_from(after, self._any)[0]:
                                if b.category in V.GENE:
                                    self.emit(a, "targets", b, -1, "target:possessive", i, self._negated(i))
                    continue
            if named_after and mirna is not None and mirna.arg.category in V.GENE:
                self._regulator_target(i, mirna)  # "miR-21 is a direct transcriptional target of STAT3"
                continue
            if mirna is None and not named_after:
                self._target_of_mirna_in_view(i)  # "Luciferase reporter assays identified Cnr1 as a direct target"
                continue
            if mirna is None or mirna.arg.category not in V.MIRNA:
                continue
            # the gene: before ("Y is a target", "Y, a ... target", "Y as another target") or after ("target genes Y")
            k = (i - 2) if mirna is toks[i - 1] else i - 1
            steps = 0
            while k >= 0 and steps < 6 and not toks[k].is_ent and toks[k].lower not in {";", "by", "that", "which"}:
                if toks[k].lower == "," and self.word(k - 1) != ")":
                    opening = self._apposition_opening(k)  # "identified X, a regulator of Y, as a target of"
                    if opening is not None:
                        k = opening - 1
                        continue
                k -= 1
                steps += 1
            if self.ent(k) is not None and toks[k].arg.category in V.GENE:
                gene = toks[k]
            else:
                m = j if mirna is not toks[i - 1] else i + 1
                if named_after:  # "targets of miR-X include Y"
                    m = self._list_from(toks.index(mirna), self._any)[1]
                while self.word(m) in {"gene", "genes", "such", "as", "including", "include", "includes", ",", "(",
                                       "like", "e.g", "namely", "are", "is", "included", "were"}:
                    m += 1
                if self.ent(m) is not None and toks[m].arg.category in V.GENE:
                    gene = toks[m]
            if gene is None:
                continue
            if toks.index(gene) < i:
                genes = self._list_back(toks.index(gene))[1]
            else:  # "miR-X target genes such as Y and Z", "targets of miR-X include Y and Z"
                genes = [b for b in self._list_from(toks.index(gene), self._any)[0] if b.category in V.GENE]
            mirnas = list(mirna.args())
            if named_after:  # "target candidates for miR-A and miR-B"
                mirnas = [a for a in self._list_from(toks.index(mirna), self._any)[0] if a.category in V.MIRNA]
            for a in mirnas:
                for b in genes:
                    self.emit(a, "targets", b, -1, "target:noun", i, self._negated(i))

    def _target_of_mirna_in_view(self, i: int) -> None:
        """ "Luciferase reporter assays identified cannabinoid receptor 1 (Cnr1) as a direct target" after a sentence
        on miR-338-5p: the genes named before "as" are targets of the one miRNA the sentence names before them, else
        of the one the sentence before was about (as subject or object); none where it names several."""
        k = i - 1
        while self.word(k) in V.TARGET_NOUN_MODIFIERS:
            k -= 1
        if self.word(k) in {"a", "an", "the"}:
            k -= 1
        at = k - 1
        if self.word(at) == ")" and self.word(at - 2) == "(":  # "cannabinoid receptor 1 (Cnr1) as"
            at -= 3 if self.ent(at - 3) is not None else 1
        gene = self.ent(at)
        if self.word(k) != "as" or gene is None or gene.arg.category not in V.GENE:
            return
        before = {a.ref for t in self.toks[:at] if t.is_ent for a in t.args() if a.category in V.MIRNA}
        in_view = before or set(self.ctx.mirnas)
        if len(in_view) != 1:
            return
        mirna = Arg(in_view.pop(), self.toks[i].start, self.toks[i].end)  # the "target" stands for it
        for b in self._list_back(at)[1]:
            if b.category in V.GENE:
                self.emit(mirna, "targets", b, -1, "target:in_view", i, self._negated(i))

    def _regulator_target(self, i: int, regulator: Tok) -> None:
        """ "Y is a (transcriptional) target of X" with a gene X: X regulates Y."""
        k = i - 1
        steps = 0
        while k >= 0 and steps < 6 and not self.toks[k].is_ent and self.word(k) not in {";", "by", "that", "which", ","}:
            k -= 1
            steps += 1
        head = self.ent(k)
        if head is None or head.consumed or head.arg.category not in _MIRNA_OR_GENE:
            return
        for a in self._list_from(self.toks.index(regulator), self._any)[0]:
            if a.category in V.GENE:
                for b in self._list_back(k)[1]:
                    if a.ref != b.ref:
                        self.emit(a, "regulates", b, 0, "target:regulator", i, self._negated(i))

    def _skip_modifiers(self, j: int) -> int:
        """Past up to three adjectives ("the tumor-suppressive", "dysregulated") when a participant follows them;
        otherwise j unchanged."""
        k = j
        while k < len(self.toks) and k < j + 3 and not self.toks[k].is_ent:
            w = self.toks[k].lower
            adjective = ("-" in w.strip("-") and w[0].isalpha()) or w.endswith(V.ADJECTIVE_SUFFIXES) \
                or w in _MODIFIER_WORDS
            if not adjective or w in V.NEGATIONS or w in V.PREPOSITIONS or w in V.AUXILIARIES:
                return j
            k += 1
        return k if self.ent(k) is not None else j

    def _apposition_opening(self, k: int) -> int | None:
        """For the comma at k closing an apposition ("X, a regulator of Y, ..."), the comma that opens it."""
        m = k - 1
        while m >= 0 and m >= k - 10 and self.word(m) not in {",", ";", ":"}:
            m -= 1
        # (a verb of a relative clause inside it is the aside's own: "X, a transcription factor that drives M1
        # programming, was validated as a target of Y")
        if self.word(m) == "," and self.word(m + 1) in {"a", "an", "the", "one"} and not any(
                self._trigger(x) and not self._is_modifier(x) and self.word(x - 1) not in {"that", "which"}
                for x in range(m + 1, k)):
            return m
        return None

    def _correlations(self) -> None:
        """ "correlation between A and B", "A and B levels correlate"."""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.is_ent or t.lower not in V.CORRELATION_NOUNS:
                continue
            j = i + 1
            while j < len(toks) and j <= i + 3 and not toks[j].is_ent and toks[j].lower not in {"between", "of"}:
                j += 1
            link = "and" if self.word(j) == "between" else "with"  # "between A and B", "of A with B"
            if self.word(j) not in {"between", "of"}:
                continue
            first = j + 1
            while first < len(toks) and first <= j + 6 and not toks[first].is_ent and toks[first].lower != "(":
                first += 1
            a = self.ent(first)
            second = first + 1
            while second < len(toks) and second <= first + 8 and not toks[second].is_ent \
                    and toks[second].lower not in {";", ","}:
                second += 1
            b = self.ent(second)
            if a is None or b is None or link not in {self.word(x) for x in range(first + 1, second)}:
                continue
            others, _ = self._list_from(second, self._any)  # "between A and B (B') and C"
            for x in a.args():
                for y in others:
                    self.emit(x, "associated_with", y, 0, "correlation", i,
                              self._negated(i) or self._predicate_negated(i))

    def _expand_aliases(self) -> None:
        """ "pyruvate kinase type M2 (PKM2)": a claim about one name is a claim about the other."""
        words = self.words
        if not self.readings or ("(" not in words and ("," not in words or words.isdisjoint(("a", "an")))):
            return  # no claim to copy, or neither "X, a Y" nor "X (Y)"
        toks = self.toks
        alias: dict[Arg, list[Arg]] = {}
        for i, t in enumerate(toks):
            if t.is_ent and self.word(i + 1) == "," and self.word(i + 2) in {"a", "an"} and self.ent(i + 3) is not None \
                    and toks[i + 3].arg.category == t.arg.category and t.arg.category in V.MIRNA:
                alias.setdefault(t.arg, []).append(toks[i + 3].arg)  # "miR-194, a miRNA putatively targeting"
                alias.setdefault(toks[i + 3].arg, []).append(t.arg)
            opening = i + 1 + (self.word(i + 1).isdigit() and self.word(i + 2) == "(")  # "binding protein 1 (PTBP1)"
            p = opening + 1
            while self.word(p) in V.ALIAS_LEADS and p < i + 5:  # "CCND1 (encoding cyclin D1)", "(also known as Y)"
                p += 1
            if t.is_ent and self.word(opening) == "(" and self.ent(p) is not None and self.word(p + 1) == ")":
                other = toks[p]
                if _role_group(other.arg.category) == _role_group(t.arg.category) and other.arg.ref != t.arg.ref:
                    alias.setdefault(t.arg, []).append(other.arg)
                    alias.setdefault(other.arg, []).append(t.arg)
        if not alias:
            return
        extra = []
        for r in self.readings:
            for s in [r.subject, *alias.get(r.subject, [])]:
                for o in [r.object, *alias.get(r.object, [])]:
                    if (s, o) != (r.subject, r.object) and s.ref != o.ref:
                        extra.append(replace(r, subject=s, object=o))
        self.readings.extend(extra)

    def _trigger(self, i: int) -> tuple[str, int, int] | None:
        """(kind, sign, length) of a verb trigger starting at token i."""
        if not 0 <= i < len(self.toks) or self.toks[i].is_ent:
            return None
        if self.toks[i].lower == "change":
            p = i - 1
            while p > 0 and _adverb(self.word(p)):
                p -= 1
            if self.word(p) not in V.AUXILIARIES and self.word(p) not in {"not", "to"}:
                return None  # "a change of", "no change in": the noun
        elif self.toks[i].lower == "control" and self._harm_control(i):
            return None
        elif self.toks[i].lower in {"control", "controls"} and self._names_control_animals(i):
            return None
        elif self.word(i - 1) in _SHOWING_VERBS and self.toks[i].lower in V.COMPARATIVES \
                and self.word(i - 2) == "and" and self.ent(i - 3) is not None and self.word(i - 4) in V.COMPARATIVES:
            # "treated astrocytes released less IL-6 and showed reduced JAK2": the second of two comparisons of one
            # subject, an adjective (IL-6, what the first compared, is no subject of a verb)
            return None
        elif self.word(i + 1) in _EXPERIMENT_NOUNS and self.word(i - 1) in {"and", ",", "for", "in", "the", "of"}:
            return None  # "used for neurite outgrowth and rescue experiments with active RhoA": the noun
        elif self.toks[i].lower in {"yield", "yields"} and self.word(i + 1) in _AFTER_YIELD_NOUN:
            return None  # "3D culture increased EV yield per cell 2.1-fold and raised ...": the noun
        elif self.toks[i].lower in V.RELEASE_FORMS and self.word(i + 1) in V.COMPARATIVES:
            return None  # "Microglia treated with exosomes released less TNF-α": the amount compared, as "had less"
        elif self.toks[i].lower in _PREPARATION_PARTICIPLES and self.word(i + 1) == "with" \
                and self.word(i - 1) == "or" and self._left_untreated_before(i - 1):
            return None  # "WJ-MSCs were left untreated or stimulated with TNF-α and IFN-γ": how cells were prepared
        for seq, kind, sign in V.verb_table().get(self.toks[i].lower, ()):
            n = self._match_words(i, seq)
            if n:
                # "support axon regeneration" raises it; "support a causal link", "is supported by" argue, as
                # does "supporting iMSCs as a scalable exosome source" (what the object is held to be)
                if seq[0].startswith("support") and self._argued_support(i):
                    return None
                if seq[0].startswith(_LETTING_STEMS) and "to" in {self.word(i + 1), self.word(i + 2)} \
                        and self.ent(i + 1) is None:
                    return None  # "allowed us to distinguish", "enabled them to proliferate": what it let happen
                if seq[0].startswith("engag") and self.word(i + 1) in {"in", "with", "into"}:
                    return None  # "microglia engaged in phagocytosis": took part, raising nothing
                return kind, sign, n
        return None

    def _left_untreated_before(self, k: int) -> bool:
        """Whether "(left) untreated" and a copula stand before the "or" at k ("were left untreated or ...")."""
        k -= 1
        if self.word(k) not in _UNTREATED_WORDS:
            return False
        k -= 1 + (self.word(k - 1) == "left")
        return self.word(k) in {"were", "was", "are", "is"}

    def _argued_support(self, i: int) -> bool:
        """Whether "support" at i argues rather than raises: its object names no entity ("support a causal link")
        or is what the object is held to be ("supporting iMSCs as a scalable exosome source")."""
        e = i + 1 + (self.word(i + 1) in {"the", "its", "their"})
        return self.ent(e) is None or (self.word(e + 1) == "as" and self.word(e + 2) != "well")

    def _names_control_animals(self, i: int) -> bool:
        """The word at i names control animals or cultures: "to 0.46-fold of LPS controls", "versus sham
        controls", "than the controls" (a noun after a comparison's word, past the control's own name)."""
        k = i - 1
        if self.ent(k) is not None or self.word(k) in {"sham", "untreated", "vehicle", "pbs", "saline", "injured"}:
            return self.word(k - 1) in _CONTROL_NAME_LEADS
        return self.word(k) in _CONTROL_GROUP_LEADS

    def _harm_control(self, i: int) -> bool:
        """ "facilitate angiogenesis and inflammation control after SCI": "control" after a harm, with nothing it
        could act on after it, names the harm's fall (see _falls_by_noun_after), not a verb."""
        before = self.ent(i - 1)
        return before is not None and bool(V.ADVERSE.search(before.arg.ref.label or "")) \
            and self.ent(i + 1) is None and self.word(i + 1) not in {"the", "a", "an", "its", "their", "both"}

    def _match_words(self, i: int, seq: tuple[str, ...]) -> int:
        """Tokens spanned by the word sequence ``seq`` from i, letting adverbs stand between its words
        ("contribute significantly to", "are equally involved in", "binding more efficiently to"); 0 if none."""
        j = i + 1
        for word in seq[1:]:
            steps = 0
            while self.word(j) != word and steps < 2 and _adverb(self.word(j)):
                j += 1
                steps += 1
            if self.word(j) != word and (fold := self._fold_at(j)):
                j += fold  # "were enriched 3.8-fold in miR-21-5p"
            if self.word(j) != word:
                return 0
            j += 1
        return j - i

    def _fold_at(self, j: int) -> int:
        """Tokens of a fold change at j ("3.8-fold", "2 fold"), else 0."""
        if not self.word(j)[:1].isdigit():
            return 0
        if self.word(j).endswith("fold"):
            return 1
        if self.word(j + 1) == "fold":
            return 2
        return 3 if self.word(j + 1) in {"-", "‐"} and self.word(j + 2) == "fold" else 0

    def _is_modifier(self, i: int) -> bool:
        """A verb form used as a noun or adjective: "the reduced", "increased expression", "release of"."""
        prev = self.word(i - 1)
        w = self.toks[i].lower
        ing = w.endswith("ing")
        # "resulted in a significantly improved locomotion": the adverb modifies the adjective
        p = i - 1
        while p > 0 and p > i - 3 and _adverb(self.word(p)):
            p -= 1
        if self.word(p) == "turn" and self.word(p - 1) == "in" and p > 1:
            p -= 2  # "PDCD4 knockdown in turn increased phosphorylation of AKT": what stands before says verb or not
        before = self.word(p)
        if before in {"a", "an"} and w.endswith("ed") and self.word(p - 1) in V.SHOWING_VERBS:
            # "rats treated with X showed an improved motor ability": what the subject showed; but "had a diminished
            # capacity to suppress Y" says how well the subject does what the verb after it names
            return self.word(i + 1) in _ABILITY_HEADS and self.word(i + 2) == "to"
        # ("This was accompanied by ...": a copula after "this" is no noun)
        if (prev in {"a", "an", "the", "its", "their", "this", "these", "no", "significant", "marked", "substantial"}
                and w not in _COPULAS) \
                or (p < i - 1 and before in {"a", "an", "the", "its", "their", "these", "of", "in", "with"} and not ing):
            return True
        if prev in {"-", "‐"} and self.toks[i].joined and w.endswith("ed") and i >= 2 and self.toks[i - 1].joined:
            return True  # "SCI-induced pyroptosis", "LPS-stimulated microglia": a compound adjective
        if w.endswith("ed") and p == i - 1 and prev == "than" and self.word(i - 2) == "rather" \
                and self.ent(i + 1) is not None:
            return True  # "survival of existing oligodendrocytes rather than enhanced oligodendrogenesis"
        if w.endswith("ed") and prev in {"and", ","} and self.ent(i + 1) is not None and self._associated_list(i - 1):
            return True  # "associated with serotonergic axon regrowth and improved hindlimb function": what went with
        if prev in {"-", "‐"} and ing and self.toks[i].joined and i >= 2 and self.toks[i - 1].joined \
                and self.word(i + 1) in V.EFFECT_PROPERTY_NOUNS:
            return True  # "an angiogenesis-promoting effect": the effect's adjective (see _glued_effect)
        if prev in {"-", "‐"} and ing and self.toks[i].joined and i >= 2 and self.toks[i - 1].joined \
                and (self.word(i + 1) in _CULTURE_CONDITION_NOUNS or (
                    self.word(i + 1) == "(" and self.word(i - 3) == "under")):
            return True  # "cultured under Th17-polarising (IL-6, TGF-β1, IL-23) conditions": how, no claim
        if w in _NEUTRALIZING and self.word(i + 1) in _ANTIBODY_WORDS:
            return True  # "a TSG-6 neutralizing antibody increased TNF-α": the antibody is the agent
        if w in _REDUCED_PASSIVES and self.word(i + 1) == "by" and p == i - 1 and prev.isalpha() \
                and not self.toks[i - 1].is_ent and prev not in V.AUXILIARIES and prev not in _NOT_A_NOUN_BEFORE_A_VERB:
            return True  # "inhibited astrocyte proliferation and migration induced by TGF-β1": the noun's participle
        if w in V.NOUN_SIGN and self._before_compound_adjective(i - 1) != i - 1:
            return True  # "the SCI-induced increase in TNF-α": the noun after a compound adjective
        if w in _VERB_NOUN_FORMS and self.ent(i - 1) is not None and (
                self.word(i - 2) in {"the", "of", "and", "or", ","} or (
                    self._trigger(i - 2) is not None and not self._is_modifier(i - 2))):
            return True  # "inhibited interleukin-1β release": the noun after a molecule the verb took
        if w in _VERB_NOUN_FORMS and self.ent(i - 1) is not None and self.word(i + 1) in _AFTER_A_VERB_NOUN:
            return True  # "HMGB1 release from injured neurons was reduced": the noun a copula or source follows
        if not w.endswith(("s", "ed", "ing")) and i >= 2 and not self.toks[i - 1].is_ent and prev.isalpha() \
                and prev not in V.AUXILIARIES and prev not in _NOT_A_NOUN_BEFORE_A_VERB \
                and self._trigger(i - 2) is not None and not self.toks[i - 2].lower.endswith("ing"):
            return True  # "alleviated tissue damage": a base form after a verb and a word is the noun of a compound
        if w in _REPAIR_NOUN_FORMS and (i + 1 == len(self.toks) or self.word(i + 1) in _AFTER_REPAIR_NOUN):
            return True  # "promoted SCI repair in rats", "tissue repair and regeneration": the noun
        if w == "repairing" and prev in _BEFORE_A_GERUND_NOUN:
            return True  # "a strategy for repairing SCI", "effective in repairing SCI": no agent of its own
        if w in V.LOSS_SUFFIXES and self.ent(i - 1) is not None:  # "miR-145 silencing increased SOD2"
            return True
        if w in V.TARGET_WORD_FORMS:  # "predicted target sequences", "its downstream target", "binding sites"
            nxt = self.word(i + 1)
            gerund = ing and prev in _GERUND_LEADS  # "by targeting sites"
            if prev in V.TARGET_NOUN_MODIFIERS or nxt in {"of", "for"} or (
                    w != "targets" and nxt in V.TARGET_NOUN_HEADS and not gerund):
                return True
        if prev in {"of", "in", "with"} and not ing:
            return True
        if prev in {"from", "on", "into", "among", "within", "by"} and w.endswith("ed"):
            return True  # "the release of IL-6 from activated microglia", "mediated by activated microglia": the cells' adjective
        if w in V.EXPRESSING_WORDS and self._material_before(i):  # "cells overexpressing X" names the material
            return True
        if prev in V.CONSTRUCT_NOUNS and ing:  # "a reporter containing the Y 3'UTR": the construct names its insert
            return True
        if prev == "to" and w.endswith("ed"):
            return True
        if self.word(i + 1) == "of" and (not ing or i == 0 or self.word(i - 1) in {",", ";", ":", "and", "the"}):
            return True
        if w.endswith("ed") and self.word(i + 1) in _NEUTRAL_HEADS_AFTER_PARTICIPLE:
            # "with increased expression of X", but "Exosomes (significantly) increased expression of X": a subject
            # right before makes it the verb
            return not (self.ent(p) is not None or before in _SUBJECT_WORDS or self._second_change_verb(i) or (
                before in _AGENT_PHRASE_HEADS and self.ent(p - 1) is not None)  # "Exosome treatment reduced levels"
                or self._treatment_anaphor_ends_at(p))  # "Treatment shifted polarization, lowering CD86"
        if w.endswith("ed") and prev == "and" and self.word(i + 2) == "of" and (
                self.word(i + 1) in V.NOUN_SIGN or self.word(i + 1) in V.LOSS_SUFFIXES) and self._means_list_before(i - 1):
            return True  # "through depletion of the miR-17-92 cluster and weakened suppression of PTEN": a second means
        if w.endswith("ed") and prev in {"or", "and"} and self._describes_a_cell_after_a_preposition(i):
            return True  # "EVs from naïve MSC or stimulated MSC": the second cell's adjective
        if (w in V.UP_ADJECTIVES or w in V.DOWN_ADJECTIVES) and prev in {"and", ","} and self._shown_list_before(i - 1):
            return True  # "Treated rats showed axonal regeneration, angiogenesis and reduced microgliosis"
        if w in {"loaded", "enriched"} and self.word(i + 1) in {"with", "in"}:
            before = self.ent(i - 1)  # "exosomes loaded with curcumin reduced ...": the vesicles' description
            return before is not None and self.vesicle(before.arg)
        if w in V.BROUGHT_TO and self.word(i + 1) in {"to", "into"}:
            before = self.ent(i - 1)  # "Exosomes delivered to astrocytes reduced ...": where they were put, no cargo
            return before is not None and self.vesicle(before.arg)
        return False

    def _substrates_after(self, i: int) -> int | None:
        """Where the substrates named after "X substrate(s)" start, past a name the lexicon lacks ("the ROCK
        substrates myosin light chain (MLC) and LIMK1"); None where none is named ("PKA substrates and CREB")."""
        if self.word(i + 1) not in {"substrate", "substrates"} or self.word(i + 2) in {"and", "or"}:
            return None
        for k in range(i + 2, min(i + 9, len(self.toks))):
            if self.toks[k].is_ent:
                return k
            if self.word(k) in {",", ";"}:
                return None
        return None

    def _treatment_anaphor_ends_at(self, p: int) -> bool:
        """Whether the clause's words up to p are a treatment standing for the paragraph's vesicles ("Treatment",
        "The intravenous treatment"): the subject of the verb after them."""
        if not self.ctx.vesicles or self.word(p) not in _TREATMENT_ANAPHORS:
            return False
        k = p
        while k >= 0 and self.word(k) in _TREATMENT_ANAPHOR_WORDS and not self.toks[k].is_ent:
            k -= 1
        return k < 0 or self.word(k) in {",", ";", ":"}

    def _subject_of_a_having_verb(self, arg: Arg) -> list[Arg]:
        """The subject of "had", "showed" or "exerted" when ``arg`` is what that verb names ("MSC-Exos had
        neuroprotective effects | and reduced apoptosis": the verb after "and" is the vesicles', not the effect's);
        none for treated animals and cells, whose list the verb continues."""
        j = next((x for x, t in enumerate(self.toks) if t.is_ent and t.start == arg.start), None)
        if j is None:
            return []
        k = j - 1
        while k >= 0 and k >= j - 4 and not self.toks[k].is_ent and self.word(k) not in _HAVE_VERBS and (
                self.word(k) in _EFFECT_INTENSIFIERS or (self.word(k).isalpha() and self._trigger(k) is None)):
            k -= 1
        if self.word(k) not in _HAVE_VERBS:
            return []
        k -= 1
        while k >= 0 and _adverb(self.word(k)):
            k -= 1
        haver = self.ent(k)
        if haver is None or haver.consumed or haver.arg.category in V.CONTEXT_ONLY or haver.arg.category in V.CELL:
            return []
        return list(haver.args())

    def _shown_list_before(self, k: int) -> bool:
        """Whether the list before the "and" or comma at k is what animals, cells or a group showed ("Treated rats
        showed robust axonal regeneration, perilesional angiogenesis | and reduced microgliosis"), or changes
        listed after "with" ("..., together with higher expression of ZO-1, occludin and claudin-5 | and reduced
        MMP-9 activity"): the change word after it names one more item of the list, not a verb of the vesicles
        or of the last name before it."""
        if self.ent(k - 1) is None:
            return False
        x = k - 1
        while x > 0 and x > k - 16:
            x -= 1
            w = self.word(x)
            if w == "with" and x < k - 2:
                y = x + 1
                while _adverb(self.word(y)):
                    y += 1
                return self.word(y) in V.UP_ADJECTIVES or self.word(y) in V.DOWN_ADJECTIVES
            if w in V.SHOWING_VERBS:
                subject = self.ent(x - 1)
                return (subject is not None and (subject.arg.category in V.CONTEXT_ONLY
                                                 or subject.arg.category in V.CELL)) \
                    or self.word(x - 1) in {"group", "groups", "animals"}
            if self.toks[x].is_ent or w in {",", "and"} or (w.replace("-", "").isalpha() and self._trigger(x) is None):
                continue  # "robust", "perilesional", "well-organized": the items' adjectives
            return False
        return False

    def _head_of_after(self, j: int) -> bool:
        """Words from j up to "of" (at most three, no name among them) open a noun phrase of their own."""
        for k in range(j, j + 4):
            if self.word(k) == "of":
                return k > j
            if self.ent(k) is not None or self.word(k) in {",", "and", "or", ";", ".", ""}:
                return False
        return False

    def _means_list_before(self, k: int) -> bool:
        """The "and" at k joins a means phrase ("through depletion of X and ..."): a means word comes before it, in
        its clause, before any verb."""
        for b in range(k - 1, max(-1, k - 14), -1):
            w = self.word(b)
            if w in _MEDIATOR_WORDS:  # (not an agent: "internalized by VSC4.1 cells and reduced activation of")
                head = b + 1 + (self.word(b + 1) == "the")
                return (self.word(head) in V.NOUN_SIGN or self.word(head) in V.LOSS_SUFFIXES) \
                    and self.word(head + 1) == "of"
            if w in {",", ";", ":"} or (self._trigger(b) is not None and not self.toks[b].is_ent
                                        and not w.endswith("ion") and w not in V.LOSS_SUFFIXES):
                return False  # a verb (a change noun, "depletion", "suppression", is part of the phrase)
        return False

    def _second_change_verb(self, i: int) -> bool:
        """ "Exosomes reduced PTEN expression and increased phosphorylation of AKT": after "and" or a comma, the
        participle at i is the clause's second verb when a change verb of the clause went before (not one of a
        "with" phrase: "with decreased caspase-3 and increased expression of Bcl-2" names changes seen)."""
        if self.word(i - 1) not in {"and", ","}:
            return False
        for k in range(i - 2, max(-1, i - 16), -1):
            if self.word(k) in _SECOND_VERB_STOPS:
                return False
            trigger = self._trigger(k)
            if trigger is not None and trigger[0] in {V.INC, V.DEC} and not self._is_modifier(k):
                return True
        return False

    def _frames(self) -> None:
        toks = self.toks
        first_words = V.verb_table()
        i = 0
        while i < len(toks):
            w = toks[i].plain
            if w in _MEDIATOR_WORDS:  # through, via, by: a mediator may follow
                if (w != "by" or self._names_a_pathway(i + 1)) and self._acts_through(i):
                    i += 1
                    continue
                if w != "by" and self.frames and self._changed_mediator(i):
                    i += 2  # "via enhanced CD73 expression": the adjective is no verb
                    continue
                if w != "by" and self.frames and not self._trigger(self._skip_np(i + 1)):
                    self._through(i)
                    i += 1
                    continue
                if w != "by" and not self.frames:
                    self._through_nominal(i)
            elif self.names_an_effect:
                if w in _MEDIATION_PARTICIPLES or w in _DEPENDENCE_WORDS:
                    self._mediated_effect(i)
                if w in _MEDIATES:
                    self._mediates_effect(i)
                if w in _MIMICKING_VERBS and (mimicked := self._undone_effect(i)) is not None \
                        and mimicked.manipulated is not None:
                    self._mimic(i, mimicked)
                    i += 1
                    continue
                undone = self._undone_effect(i) if w in _REVERSAL_VERBS or self._failed_to_produce(i) \
                    or self._weaker_effect(i) is not None or (
                    w == "did" and self.word(i - 1) == "as" and self.word(i - 2) == ",") else self._enhanced_effect(i) \
                    if w in _ENHANCING_VERBS else None  # (", as did X applied to ...": see _undone_as_well)
                if undone is not None and undone.manipulated is None and w in _ENHANCING_VERBS:
                    self._effect_itself(i, undone)  # "IGF-1 enhances the neuroprotective effects of NSC-Exos"
                elif undone is not None:
                    # "X overexpression abolished the effect of miR-21" is a rescue, not X ⊣ miR-21; "MSC-Exos
                    # attenuated the inhibitory effects of TNF-α on axon growth" a counteraction: no frame either
                    self._undo(i, undone)
                    i += 1
                    continue
            if w in _REVERSAL_VERBS and not self.names_an_effect and self.frames and (
                    undone := self._undone_changes(i)) is not None:
                # "MSC-Exos reduced TNF-α, which was abolished by PTEN overexpression": a rescue, not PTEN ⊣ TNF-α
                self._undo(i, undone)
                i += 1
                continue
            if w in V.SHIELDING_VERBS and (frame := self._shielded_by(i)) is not None:
                # "Neurons were protected from apoptosis by BMSC-Exos": the agent after "by" lowers the harm
                self.frames.append(frame)
                self._emit_frame(frame)
                i = frame.end
                continue
            if w in V.SHIELDING_VERBS and (shielded := self._shielded_from(i)) is not None:
                # "Exosomes protected neurons from apoptosis": the cells are where the harm falls
                frame = self._open_frame(i, V.DEC, -1, shielded - i)
                if frame is not None:
                    self.frames.append(frame)
                    self._emit_frame(frame)
                    i = max(frame.end, shielded)
                    continue
            if w in V.SHIELDING_VERBS and w.startswith("protect") and (frame := self._protected_unharmed(i)) is not None:
                # "MSC-Exos protect neurons after SCI": neuroprotection, the neurons its setting; "protected the BSCB"
                self.frames.append(frame)
                self._emit_frame(frame)
                i = frame.end
                continue
            if w in _REVERSAL_VERBS and w not in first_words and (frame := self._reversed_change(i)) is not None:
                # "BMSC-Exos reversed the SCI-induced increase in TNF-α": the change undone, the other way
                self.frames.append(frame)
                self._emit_frame(frame)
                i = max(frame.end, i + 1)
                continue
            if w not in first_words:  # an entity ("") or a word that starts no trigger: _trigger says None
                i += 1
                continue
            trig = self._trigger(i)
            if trig is None or self._is_modifier(i) or self._gerund_before_a_reversal(i) or self._prepared_with(i):
                i += 1
                continue
            kind, sign, n = trig
            frame = self._open_frame(i, kind, sign, n)
            if frame is None:
                i += n
                continue
            self.frames.append(frame)
            self._emit_frame(frame)
            if "by" in self.words and (gapped := self._gapped_subject(frame)) is not None:
                self._emit_frame(gapped)
            # ("increased neurite length from 86.4 to 158.7 μm, an effect largely lost with anti-9-Exos": the effect's
            # own clause is read for what undid it)
            i = next((k + 1 for k in range(i + n, frame.end) if self.word(k) == "," and self.word(k + 1) in {"a", "an"}
                      and self.word(k + 2) in _EFFECT_HEADS), max(frame.end, i + n))

    def _gapped_subject(self, f: Frame) -> Frame | None:
        """ "DPSC-Exos lowered intracellular ROS by 54.2% and BMSC-Exos by 31.6%": the verb left out after "and"
        is the frame's, said of the vesicles named there; a copy of the frame with them as its subject."""
        if f.role != "main" or f.kind not in {V.INC, V.DEC} or not f.objects or not f.subjects \
                or not all(self.vesicle(s) for s in f.subjects):
            return None
        for x in range(f.start + f.length, len(self.toks) - 2):
            if x > f.end and self._trigger(x) is not None:
                return None  # (a verb of its own)
            if self.word(x) != "and" or self.word(x + 2) != "by" or (t := self.ent(x + 1)) is None \
                    or not self.vesicle(t.arg) or (end := self._amount_end(x + 3)) is None \
                    or not (end >= len(self.toks) or self.word(end) in _CLAUSE_ENDS or self.word(end) == "("):
                continue
            objects = [(o, local) for o, local in f.objects if o.end <= self.toks[x].start and not self.vesicle(o)]
            return replace(f, subjects=list(t.args()), objects=objects) if objects else None
        return None

    def _polarized_cells(self, objects: list[tuple[Arg, int]]) -> list[tuple[Arg, int]]:
        """The objects of "polarize": cells with no state named ("by polarizing macrophages") stand for their
        polarization, which the verb steers without saying which way; a state named ("toward the M2 phenotype")
        keeps its reading."""
        if any(a.category in V.CELL and a.ref.curie not in self.k.polarizations for a, _ in objects):
            return objects
        return [(Arg(self.k.polarizations[a.ref.curie], a.start, a.end), 0) if a.ref.curie in self.k.polarizations
                else (a, code) for a, code in objects]

    def _change_before_means(self, k: int) -> tuple[int, list[Arg]] | None:
        """A means phrase at k ("by stimulating ...") after a change nominal no verb of the sentence has read ("we
        observed the partial restoration of locomotor activity by ..."): the change's sign and what changed."""
        if self.frames or (t := self.ent(k - 1)) is None or self.word(k - 2) != "of" \
                or V.NOUN_SIGN.get(self.word(k - 3), 0) == 0 or t.arg.category not in _OUTCOME_OR_PROCESS:
            return None
        return V.NOUN_SIGN[self.word(k - 3)], list(t.args())

    def _reversed_change(self, i: int) -> Frame | None:
        """A reversal verb at i ("reversed", "abolished", "counteracted") whose object is a change ("the
        increase in Y", "the LPS-induced downregulation of Y"), or, passive, whose subject is one ("the increase
        in Y was reversed by X"): a frame lowering what rose and raising what fell."""
        k = i - 1
        while _adverb(self.word(k)):
            k -= 1
        if self.word(k) in _COPULAS:
            if self._passive(i) is None:
                return None
            frame = self._open_frame(i, V.DEC, -1, 1)
            return frame if frame is not None and any(code != 1 for _, code in frame.objects) else None
        j = self._skip_np(i + 1)
        while _adverb(self.word(j)):
            j += 1
        if j + 2 < len(self.toks) and self._before_compound_adjective(j + 2) == j - 1:
            j += 3  # "the SCI-induced increase"
        elif j + 1 < len(self.toks) and self._before_compound_adjective(j) == j - 1:
            j += 1  # "the LPS-induced increase", one word
        if V.NOUN_SIGN.get(self.word(j), 0) == 0 or self.word(j + 1) not in {"of", "in"}:
            return None
        return self._open_frame(i, V.DEC, -1, 1)

    def _shielded_by(self, i: int) -> Frame | None:
        """A passive "protect"/"rescue" at i with the harm after "from"/"against" and the agent after "by"
        ("Neurons were significantly protected from apoptosis by BMSC-Exos"): a lowering of the harm."""
        k = i - 1
        while _adverb(self.word(k)):
            k -= 1
        if self.word(k) not in _COPULAS or self.word(i + 1) not in {"from", "against"}:
            return None
        by = next((x for x in range(i + 2, min(len(self.toks), i + 16)) if self.word(x) in {"by", ".", ";", ","}),
                  None)
        if by is None or self.word(by) != "by":
            return None
        harms, _ = self._objects(i + 2, by + 1, trigger=i)
        agents, end = self._objects(by + 1, None)
        if not harms or not agents:
            return None
        role, patients, parent = self._role_and_subject(i)
        return Frame(i, 1, end, V.DEC, -1, [a for a, _ in agents], harms, role, parent, self._negated(i),
                     patients=patients)

    def _shielded_from(self, i: int) -> int | None:
        """After an active "protect"/"rescue" at i whose object is cells followed by "from"/"against" ("protected
        neurons and oligodendrocytes from apoptosis"): where the harm's phrase opens; the cells are marked as
        spoken for (they are the claim's setting)."""
        if self.word(i - 1) in _COPULAS:
            return None  # "neurons were protected from apoptosis by X": the passive is read as it stands
        j = self._skip_np(i + 1)
        while self.word(j) in _CELL_PLACE_WORDS:  # "protected primary oligodendrocyte precursor cells against"
            j += 1
        cells: list[Tok] = []
        while (t := self.ent(j)) is not None and t.arg.category in V.CELL:
            cells.append(t)
            j += 1
            if self.word(j) in _CELL_NOUNS:  # "PC12 cells"
                j += 1
            if self.word(j) in {"and", ",", "or"} and self.ent(j + 1) is not None:
                j += 1
        if not cells:  # cells the lexicon does not name ("rescued PC12 cells from ...")
            k = next((x for x in range(j, j + 3) if self.word(x) in _CELL_NOUNS), None)
            if k is not None and not any(self.toks[x].is_ent for x in range(j, k)):
                j = k + 1
            else:  # a tissue or the animals: "protected the spinal cord from oxidative stress"
                k = j
                while k < j + 5 and (self.word(k) in _SHIELDED_PLACES or (
                        (t := self.ent(k)) is not None and t.arg.category in _SETTING_CATEGORIES)):
                    k += 1
                if k == j:
                    return None
                j = k
        if self.word(j) not in {"from", "against"}:
            return None
        for t in cells:
            t.consumed = True
        return j + 1

    def _protected_unharmed(self, i: int) -> Frame | None:
        """A "protect" at i whose object is neurons and no harm after "from"/"against" ("MSC-Exos protect (spinal
        cord) neurons after SCI", "Neurons were protected by exosomes"): a frame raising neuroprotection, read over
        the neurons' span; one whose object is a barrier kept (see _barriers_kept) raises its integrity, and one
        whose object is other cells raises them."""
        v = i - 1
        while _adverb(self.word(v)):
            v -= 1
        if self.word(v) in _COPULAS:  # "Neurons were protected by exosomes": the passive, with its agent
            kept = self.ent(v - 1)
            if self.word(self._past_adverbs(i + 1)) != "by":
                return None
        else:
            j = self._skip_np(i + 1)
            while self.word(j) in _CELL_PLACE_WORDS or self.word(j) in {"spinal", "cord"}:
                j += 1
            kept = self.ent(j)
            if self.word(j + 1) in {"from", "against"}:
                return None
        barrier = kept is not None and kept.arg.ref in _BARRIER_INTEGRITY.values()
        # "ADSC-Exos protect oligodendrocytes and preserve myelin": other cells kept are more of them survive
        cells = kept is not None and kept.arg.category in V.CELL and kept.arg.ref.curie not in _NEURONS
        if kept is None or (kept.arg.ref.curie not in _NEURONS and not barrier and not cells):
            return None
        frame = self._open_frame(i, V.INC, 1, 1)
        if frame is None or not frame.objects or frame.objects[0][0] != kept.arg:
            return None
        if not barrier and not cells:
            kept.consumed = True
            protection = Arg(Ref.from_curie(_NEUROPROTECTION, "neuroprotection", "biolink:BiologicalProcess"),
                             kept.arg.start, kept.arg.end)
            frame.objects = [(protection, 1)]
        return frame

    def _skip_np(self, j: int) -> int:
        """Past the determiners, and a quantity ("a specific subset of", "a number of"), opening a noun phrase."""
        while j < len(self.toks) and not self.toks[j].is_ent:
            w = self.toks[j].lower
            if w in {"the", "a", "an", "their", "its", "this", "these"} or w in V.NUMBER_WORDS:
                j += 1
                continue
            k = j
            while self.word(k) in V.QUANTITY_WORDS and k < j + 3:
                k += 1
            if k > j and self.word(k) in V.QUANTITY_NOUNS and self.word(k + 1) == "of":
                j = k + 2
                continue
            if self.word(j) in V.QUANTITY_NOUNS and self.word(j + 1) == "of":
                j += 2
                continue
            break
        return j

    def _through_nominal(self, i: int) -> None:
        """ "X is a determinant of regeneration through reduction in Y levels" (no verb trigger before): X acts
        on Y as the nominal says; "X acts as a suppressor through (inhibitory) effects on Y" likewise."""
        j = self._skip_np(i + 1)
        effect = V.EFFECT_SIGN.get(self.word(j), 0)
        if self.word(j + (1 if self.word(j) in V.EFFECT_SIGN else 0)) in V.EFFECT_NOUNS:
            j += 1 if self.word(j) in V.EFFECT_SIGN else 0
            sign: int | None = min(effect, 1)
            if self.word(j + 1) != "on":
                return
        else:
            sign = V.NOMINAL_RELATIONS.get(self.word(j))
        if sign is None or self.word(j + 1) not in {"of", "in", "on"}:
            return
        z = self.ent(self._skip_np(j + 2))
        subjects = self._subject_before(i)
        if z is None or z.consumed or z.arg.category in V.CONTEXT_ONLY:
            return
        pred = _predicate(sign)
        for x in subjects:
            if x.category in V.MOLECULE:
                for y in self._list_from(self.toks.index(z), self._any)[0]:
                    self.emit(x, pred, y, sign, "nominal:through", i, self._negated(i))

    def _through(self, i: int) -> None:
        """ "X V Y through Z": a vesicle carries a miRNA Z that does V to Y; otherwise X regulates Z."""
        prev = self.frames[-1]
        if prev.kind not in {V.INC, V.DEC, V.REG, V.LIGHT}:
            return
        j = self._skip_np(i + 1)
        k = j
        while k < len(self.toks) and k <= j + 4 and not self.toks[k].is_ent and self.toks[k].lower not in {
                ",", ";", "and", "by"}:
            k += 1
        z_tok = self.ent(k)
        if z_tok is None or z_tok.arg.category in V.CONTEXT_ONLY or self.vesicle(z_tok.arg):
            return
        # the means phrase belongs to the clause: "X modulated Y via the NF-κB pathway, and enhanced W" is X's
        prev.end = max(prev.end, k + 1)
        sign = self._nominal_sign(j, k) or self._nominal_after(k)
        if sign:  # "promoted recovery through activation of the Wnt/β-catenin pathway": the nominal says how
            while z_tok is not None and sign:
                self._through_nominal_mediator(prev, z_tok, k, sign, i)
                # "through inhibition of PTEN and activation of AKT", "through AMPK activation and mTOR inhibition":
                # each means with its own nominal
                z_tok, k, sign = self._next_means(k)
                prev.end = max(prev.end, k + 1)
            return
        group = self._group(prev)
        while z_tok is not None:  # "through miR-126 and the PI3K/AKT pathway": each mediator
            self._through_one(prev, group, z_tok, i)
            prev.end = max(prev.end, k + 1)
            k = self._next_in_list(k)
            z_tok = self.ent(k)
            if z_tok is not None and (z_tok.arg.category in V.CONTEXT_ONLY or self.vesicle(z_tok.arg)):
                return

    def _through_nominal_mediator(self, prev: Frame, z_tok: Tok, k: int, sign: int, i: int) -> None:
        """What a means named with its nominal says ("through activation of the Wnt/β-catenin pathway"): the
        subjects change the mediator so, and it acts on the clause's objects."""
        self._acts_on_mediator(prev.subjects, z_tok, sign, "through:nominal", i, prev.negated)
        if self._means_between(prev.start + 1, i):
            return  # "enhance OPC survival through Nrf2/HO-1, and temper astrogliosis via JAK2/STAT3 inhibition"
        if not z_tok.members:
            # as after "by": "inhibited YY1 through up-regulation of miR-219a" makes the miRNA lower YY1;
            # each listed mediator ("via activation of ERK1/2, STAT3 and CREB") as the nominal says
            mediators = [z for z in self._list_from(k, self._any)[0] if z.category in _MOLECULE_OR_PATHWAY]
            for g in self._group(prev):
                if g is not prev and self._means_between(g.start, prev.start):
                    continue  # "promote angiogenesis via Wnt/β-catenin ..., and temper astrogliosis via JAK2/STAT3"
                for y, ys in g.objects:
                    for z in mediators or z_tok.args():
                        if self._chain_ok(z, y):
                            self._chain(z, y, self._object_sign(g, y, ys) * sign, "chain:through", i,
                                        prev.negated or g.negated)
        self._change_with_after(prev, k + 1)

    def _means_between(self, start: int, end: int) -> bool:
        """Whether a clause in [start, end) names a means of its own ("through", "via"): a later means is not its."""
        return any(self.word(x) in {"through", "via"} for x in range(start, end))

    def _nominal_after(self, k: int) -> int:
        """The sign a nominal right after the entity at k gives ("through AMPK activation": 1), 0 for none."""
        word = self.word(k + 1)
        sign = V.NOMINAL_RELATIONS.get(word)
        if sign is None or word.endswith("ing") or self.word(k + 2) in {"of", "in"} or self.ent(k + 2) is not None:
            return 0  # ("via miR-23b targeting TLR4": a participle with its own object)
        return sign

    def _next_means(self, k: int) -> tuple[Tok | None, int, int]:
        """After the means whose entity list starts at k, the next one joined by "and" with a nominal of its own
        ("and activation of AKT", "and mTOR inhibition"): its entity, position and sign (None, k, 0 if none)."""
        end = self._list_from(k, self._any)[1]
        end += self.word(end) in V.NOMINAL_RELATIONS  # past "activation" in "AMPK activation and ..."
        if self.word(end) != "and":
            return None, k, 0
        j = self._skip_np(end + 1)
        if (z_tok := self.ent(j)) is not None and (sign := self._nominal_after(j)):
            return z_tok, j, sign
        if V.NOMINAL_RELATIONS.get(self.word(j)) and self.word(j + 1) in {"of", "in"} \
                and (z_tok := self.ent(m := self._skip_np(j + 2))) is not None:
            return z_tok, m, V.NOMINAL_RELATIONS[self.word(j)]
        return None, k, 0

    def _next_in_list(self, k: int) -> int:
        """The position of the entity joined to the one at k by "and"/"," (a determiner between), or -1."""
        m = k + 1
        while self.word(m) in {"(", ")"} or (self.word(m) and self.word(m) in V.AXIS_WORDS):
            m += 1
        if self.word(m) not in {"and", ","}:
            return -1
        m += 1
        while self.word(m) in {"and", "the", "its", "their"}:
            m += 1
        return m if self.ent(m) is not None and not self._opens_clause(m) else -1

    def _through_one(self, prev: Frame, group: list[Frame], z_tok: Tok, i: int) -> None:
        """ "X V Y through Z" for one mediator Z (each miRNA heading an axis: "via the miR-199a-3p/145-5p/NGF/TrkA
        pathway")."""
        z, *rest = z_tok.args()
        # (a miRNA after a long noncoding RNA is what it sponges, no second cargo: "via the H19/miR-144-3p/Nrf2 axis")
        heads = [z, *takewhile(lambda a: a.category == z.category, rest)] if z.category in V.MIRNA else [z]
        for x in prev.subjects:
            if self.vesicle(x) and z.category == _MICRORNA and self._sponge_carried_by(x):
                # "exosomes transfer lncRNA MALAT1 to ... limit apoptosis through the miR-30a-5p/Beclin-1 axis": the
                # vesicles' long RNA binds the miRNA away, so they lower it and it does the opposite of their effect
                for head in heads:
                    self.emit(x, "decreases", head, -1, "dec:through:sponged", i, prev.negated)
                    for f in group:
                        for y, ys in f.objects:
                            if self._chain_ok(head, y, consequence=True) and (sign := -self._object_sign(f, y, ys)):
                                self.emit(head, _predicate(sign), y, sign, "chain:through:sponged", f.start,
                                          prev.negated)
            elif self.vesicle(x) and z.category in V.MIRNA:
                for head in heads:
                    self.emit(x, "carries", head, 0, "carries:through", i, prev.negated)
                    for f in group:
                        for y, ys in f.objects:
                            if self._chain_ok(head, y, consequence=True):
                                self._signed(head, f, y, ys, "chain:through", prev.negated)
            elif z.category in _MOLECULE_OR_PATHWAY:  # "MSC-Exos promoted angiogenesis via ANGPTL3"
                self.emit(x, "regulates", z, 0, "reg:through", i, prev.negated)
                if self.vesicle(x):  # what vesicles act through, the miRNA they carry does
                    for c in self._cargo_of([x]):
                        if c.category in V.MIRNA:
                            self.emit(c, "regulates", z, 0, "reg:through:cargo_agent", i, prev.negated)

    def _sponge_carried_by(self, x: Arg) -> bool:
        """Whether the sentence says vesicles x carry or transfer a long non-coding RNA ("transfer lncRNA MALAT1",
        "MALAT1-carrying exosomes"), which binds miRNAs away from their targets."""
        return any(o.category == _LONG_NONCODING for f in self.frames if f.kind == V.CARRY and x in f.subjects
                   for o, _ in f.objects) or any(c.category == _LONG_NONCODING for c in self._cargo_of([x])) or (
            (x.start, x.end) in self.unnamed_sponge_carriers)

    def _changed_mediator(self, i: int) -> bool:
        """ "X V Y via enhanced CD73 and CD5L expression" (the preposition at i): X increases (or, after
        "reduced", decreases) the mediators. Whether the words after i were such a phrase."""
        j = self._skip_np(i + 1)
        w = self.word(j)
        sign = 1 if w in V.UP_ADJECTIVES else -1 if w in V.DOWN_ADJECTIVES else 0
        z_tok = self.ent(j + 1)
        if not sign or z_tok is None or z_tok.arg.category not in _MOLECULE_OR_PATHWAY:
            return False
        prev = self.frames[-1]
        self._acts_on_mediator(prev.subjects, z_tok, sign, "through:nominal", i, prev.negated)
        return True

    def _nominal_sign(self, j: int, k: int) -> int:
        """The sign a nominal between a preposition and its entity gives ("through *inhibition* of the NF-κB
        pathway": -1; "via the activation of": 1), 0 when none does."""
        for m in range(j, k):
            if self.word(m + 1) in {"of", "in"}:
                sign = V.NOMINAL_RELATIONS.get(self.word(m))
                if sign is not None:
                    return sign
        return 0

    def _mediator_after(self, p: int) -> tuple[Tok | None, int]:
        """The entity a mediation names after its preposition at ``p`` ("by (the inhibition of) the NF-κB
        pathway"), and the sign of the nominal before it."""
        j = self._skip_np(p + 1)
        k = j
        while k < len(self.toks) and k <= j + 4 and not self.toks[k].is_ent and self.toks[k].lower not in {
                ",", ";", "and", "by", "which", "that"}:
            k += 1
        z_tok = self.ent(k)
        if z_tok is None or z_tok.arg.category in V.CONTEXT_ONLY or self.vesicle(z_tok.arg):
            return None, 0
        return z_tok, self._nominal_sign(j, k)

    def _acts_on_mediator(self, subjects: Sequence[Arg], z_tok: Tok, sign: int, rule: str, at: int,
                          negated: bool) -> None:
        """Each subject acts through the mediator (every member of an axis): a vesicle carries a miRNA named
        without a nominal; otherwise it increases, decreases or (no nominal) regulates the mediator. The
        members of an axis change as the nominal says unless they go against it: "activation of the PTEN/AKT/mTOR
        pathway" raises AKT and mTOR, not their brake PTEN (regulated), as after a verb (see _objects)."""
        mediators = [z for z in self._list_from(self.toks.index(z_tok), self._any)[0]
                     if z.category in _MOLECULE_OR_PATHWAY]
        for x in subjects:
            for z in mediators:
                own = 0 if z_tok.members and z in z_tok.members and _against_the_axis(z, z_tok.members) else sign
                if self.vesicle(x) and z.category in V.MIRNA and not own:
                    self.emit(x, "carries", z, 0, rule, at, negated)
                else:
                    self.emit(x, _predicate(own), z, own, rule, at, negated)

    def _mediated_effect(self, i: int) -> None:
        """ "The (protective) effect(s) of X (on Y) was (partly) mediated by (the activation of) Z", "... was
        partially dependent on Z", "... depended on Z": X acts through Z."""
        p = i + 1
        while _adverb(self.word(p)) or self.word(p) in {"at", "least", "in", "part"}:
            p += 1
        copula = self.word(i - 1) in _COPULAS or (_adverb(self.word(i - 1)) and self.word(i - 2) in _COPULAS)
        if self.word(i) in _DEPENDENCE_WORDS:  # a verb ("depended on") needs no copula, an adjective does
            if self.word(p) not in {"on", "upon"} or (self.word(i) in {"dependent", "reliant"} and not copula):
                return
        elif not copula or self.word(p) not in {"by", "through", "via"}:
            return
        z_tok, sign = self._mediator_after(p)
        subjects = self._effect_of_before(i)
        if z_tok is not None and subjects:
            self._acts_on_mediator(subjects, z_tok, sign, "mediated:effect", i, self._negated(i))

    def _mediates_effect(self, i: int) -> None:
        """ "The miR-145-5p/TLR4/NF-κB axis mediated the anti-inflammatory effects of hUC-MSC-Exos", "Z mediates
        the effect of X": X acts through Z (the active form of "the effect of X was mediated by Z")."""
        e = self._effect_head(self._skip_np(i + 1))
        if e is None:
            return
        agents = self._effect_of_before(e + 2)
        k = i - 1
        while k >= 0 and not self.toks[k].is_ent and (self.word(k) in V.AXIS_WORDS or _adverb(self.word(k))
                                                       or self.word(k) in {"may", "might", "could", "also"}):
            k -= 1
        z_tok = self.ent(k)
        if z_tok is None or not agents or z_tok.arg.category in V.CONTEXT_ONLY or self.vesicle(z_tok.arg):
            return
        while self.ent(k - 1) is None and self.word(k - 1) in {",", "and"} and self.ent(k - 2) is not None:
            k -= 2  # "miR-21 and PTEN mediated ...": start the list at its first member
        self._acts_on_mediator(agents, self.toks[k], 0, "mediated:effect", i, self._negated(i))

    def _effect_of_before(self, i: int) -> list[Arg]:
        """The X of "the effect(s) of X (on Y)" heading the clause before position i."""
        for e in range(i - 1, max(i - 16, 0) - 1, -1):
            t = self.toks[e]
            if t.lower in {";", ":"} or t.lower in _CLAUSE_BREAK_WORDS:
                return []
            if not self._effect_head_at(e) and not self._changes_pointed_back(e):
                continue
            if self.word(e - 1) in _POSSESSIVE_MARKS and (x := self.ent(e - 2)) is not None and (
                    self.vesicle(x.arg) or x.arg.category in V.MOLECULE):
                return [x.arg]  # "the exosomes' ability to ..."
            if (after := self._agent_after_effect(e)) is not None:
                x = self._named_after_of(after)
                if x is None or x.consumed or x.arg.category in V.CONTEXT_ONLY:
                    return []
                # the cells vesicles are made from are a treatment too ("the therapeutic effects of BMSCs")
                return [a for a in self._agents_from(x)
                        if a.category in V.MOLECULE or self.vesicle(a) or a.ref.curie in self.k.composites]
            named_effect = not t.is_ent or t.arg.category in V.PROCESS  # "this neuroprotective effect"
            if named_effect and (determiner := self._anaphor_before(e)):
                # "This effect was reversed by ...": the effect of the vesicles (or molecules) just named,
                # read here (the claim's span is the effect noun's); in the same sentence, of the clause before
                earlier = self._agents_of_changes(self._changes_before(e))
                if not earlier and determiner in {"its", "their", "this"}:
                    # "Silencing of miR-145-5p in exosomes abrogated their anti-inflammatory effect": the vesicles
                    # the sentence named before
                    earlier = self._vesicles_named_before(e)
                if self._changes_pointed_back(e):  # "these changes": made by the subjects that made them, if any
                    named = list(dict.fromkeys(earlier)) or [
                        a for a in self.ctx.subjects if a.category in V.MOLECULE or self.vesicle(a)]
                else:
                    named = list(dict.fromkeys(earlier)) or ([self.ctx.vesicles[-1]] if self.ctx.vesicles else [
                        a for a in self.ctx.subjects if a.category in V.MOLECULE])
                return [Arg(a.ref, t.start, t.end) for a in named]
            if named_effect and self._definite_effect(e):
                # "its inhibition reversed the neuroprotective effect": the effect of the vesicles the sentence,
                # or else the one before, named
                named = self._vesicles_named_before(e) or list(self.ctx.vesicles[-1:])
                return [Arg(a.ref, t.start, t.end) for a in named]
            return []
        return []

    def _agents_from(self, x: Tok) -> list[Arg]:
        """The agents a list opening at ``x`` names after "the effect of"; "the EVs", "these exosomes" are the
        preparation named last ("the anti-pyroptotic effect of the EVs" after a sentence on DPSC-EVs)."""
        at = self.toks.index(x)
        named = self._preparation_pointed_at(at)
        return [named] if named is not None else self._list_from(at, self._any)[0]

    def _preparation_pointed_at(self, at: int, named_only: bool = True) -> Arg | None:
        """ "the EVs", "these exosomes" at ``at``: the vesicles named last before (with ``named_only``, only a
        named preparation: plain vesicles before leave the words as they are)."""
        x = self.toks[at]
        b = at - 1
        while self.word(b) in _PREPARATION_ADJECTIVES and b > at - 4:
            b -= 1  # "the hypoxic exosomes", "these hypoxia-preconditioned EVs"
        if not (x.is_ent and self.vesicle(x.arg) and self.k.is_generic_vesicle(x.arg.ref) and self.ctx.vesicles):
            return None
        # "BMSC-derived exosomes reduced Evans blue extravasation. Exosome treatment decreased MMP-2": the
        # treatment the paragraph gives is the preparation it named, when it named one
        # ... as are the plain vesicles a clause opens with, said to have done something ("EVs suppressed the
        # expression of TLR4" after "we isolated EVs from hUC-MSCs"; not "Exosomes carry miRNAs")
        # ... as is the carrier loaded with them ("the exosome-loaded hydrogel reduced TNF-α" after GMSC-Exos)
        given = b == at - 1 and _PLAIN_VESICLE_WORD.fullmatch(x.text) is not None and not x.cargo \
            and not x.depleted and (self.word(at + 1) in V.TREATMENT_NOUNS or self._loaded_carrier_after(at) or (
            (at == 0 or self.word(at - 1) == ",") and (self._past_change_after(at) or self._taken_up_after(at)))) \
            and self._named_preparation_in_view() is not None
        if (given or self.word(b) in {"the", "these", "those", "such"}) \
                and not (named_only and self.k.is_generic_vesicle(self.ctx.vesicles[-1].ref)):
            return Arg(self.ctx.vesicles[-1].ref, x.start, x.end)
        return None

    def _taken_up_after(self, at: int) -> bool:
        """ "sEVs | were internalised by DRG neurons": the vesicles given to the cells of an experiment."""
        return self.word(at + 1) in {"were", "was"} and (
            self.word(at + 2) in _UPTAKE_PARTICIPLES or (self.word(at + 2), self.word(at + 3)) == ("taken", "up"))

    def _named_preparation_in_view(self) -> Ref | None:
        """The one preparation the paragraph named last, which plain vesicles given or made may stand for; None
        after vesicles at large or a comparison of several."""
        if not self.ctx.vesicles or self.k.is_generic_vesicle(self.ctx.vesicles[-1].ref) \
                or len(self.ctx.preparations) > 1:
            return None
        return self.ctx.vesicles[-1].ref

    def _loaded_carrier_after(self, at: int) -> bool:
        """A carrier the vesicles at ``at`` were loaded into is named glued after them ("exosome-loaded hydrogel",
        "exosome-laden scaffold")."""
        if self.word(at + 1) not in {"-", "‐"}:
            return False
        route = self.ent(at + 2)
        if route is not None:
            return route.arg.ref.curie in _CARRIER_ROUTES
        return self.word(at + 2) in _LOADED_WORDS and self.word(at + 3) in _CARRIER_NOUNS

    def _past_change_after(self, at: int) -> bool:
        """A verb in the past tense that names a change follows the subject at ``at`` ("EVs (significantly)
        suppressed")."""
        k = at + 1
        while _adverb(self.word(k)):
            k += 1
        return self.word(k).endswith("ed") and self._trigger(k) is not None

    def _vesicles_named_before(self, e: int) -> list[Arg]:
        """The vesicles the sentence named last before token e, also where a cargo phrase took their name in
        ("MiR-494 was highly expressed in the exosomes and ...")."""
        named = [x.arg for x in self.toks[:e] if x.is_ent and self.vesicle(x.arg)]
        end = self.toks[e].start
        named += [r.subject for r in self.readings if r.predicate == "carries" and r.subject.end <= end
                  and self.vesicle(r.subject)]
        return [max(named, key=lambda a: a.end)] if named else []

    def _definite_effect(self, e: int) -> bool:
        """The effect noun at e is "the" effect its own words name ("the neuroprotective effect", "the
        anti-inflammatory effects", "most pro-angiogenic effects"), with no owner after "of"."""
        k = e - 1
        named = self.toks[e].is_ent
        while self.word(k) in V.EFFECT_PROCESSES or self.word(k) in _DEFINITE_EFFECT_WORDS \
                or self.word(k) in _BENEFICIAL_EFFECTS or (self.word(k) in {"and", ","} and (
                    self.word(k - 1) in V.EFFECT_PROCESSES or self.word(k - 1) in _BENEFICIAL_EFFECTS)):
            # ("the anti-apoptotic and locomotor benefits": both adjectives)
            # "the protective effect": named by its benefit (the sentence before says on what)
            named = named or self.word(k) in V.EFFECT_PROCESSES or self.word(k) in _BENEFICIAL_EFFECTS
            if self.word(k) in {"the", "a", "an"}:
                break
            k -= 1
        return named and self.word(k) in _DEFINITE_EFFECT_OPENERS and self.word(e + 1) != "of"

    def _undone_induced_change(self, i: int, v: int, j: int, passive: bool) -> UndoneEffect | None:
        """ "Overexpression of Ern1 reversed the exosome-induced M2 shift", "The exosome-induced M2 polarization
        was reversed by Ern1 overexpression": the change an agent's phrase at j names, undone at i (v: before the
        verb)."""
        said_before = None
        induced = self._induced_change(self._skip_np(j)) or self._change_induced_after(self._skip_np(j))
        if induced is None and not passive:
            induced = said_before = self._change_said_before(j)
        if induced is None:
            return None
        agents, signs = induced
        if passive:
            p = self._past_adverbs(i + 1)
            if self.word(p) != "by":
                return None
            start, end = p + 1, self._clause_end(p + 1)
        else:
            start, end = self._clause_start(v), v + 1
        manipulated = self._manipulated(start, end)
        if manipulated is not None and said_before is not None and any(
                self.word(x) in _REVERSAL_VERBS for x in range(start, self.toks.index(manipulated[0]))):
            # "ML385 abolished the upregulation of GPX4 and GSH and reversed the reduction in MDA": what the first
            # verb undid is no manipulation of the second's
            manipulated = None
        if manipulated is not None and manipulated[0].arg.category in V.CELL:
            return None  # "Depletion of Treg cells weakened the recovery promoted by MSC-Exos": the cells' claim
        if manipulated is not None and manipulated[0].arg.category in V.CHEMICAL:
            manipulated = None  # "the Wnt inhibitor XAV939": a compound, read by what the lexicon says it acts on
        counter: list[Arg] = []
        if manipulated is None:
            # "the Wnt inhibitor XAV939 suppressed exosome-induced tube formation": a compound used to take a
            # mediator away; "Exosomes suppressed PDCD4-mediated apoptosis": the clause's own verb, read as a frame
            counter = [t.arg for t in self.toks[start:end] if t.is_ent and t.arg.ref.curie in self.k.acts_on]
            if not counter:
                return None
        return UndoneEffect(agents, list(signs), 0, manipulated, counter, False, signs)

    def _change_said_before(self, j: int) -> tuple[list[Arg], dict[Arg, int]] | None:
        """ "Co-administration of LY294002 largely abolished the gains in BMS score, p-AKT and neuronal survival",
        after the vesicles raised BMS scores: a definite change naming no agent, of something the paragraph's
        vesicles were last read changing that way, is theirs; the vesicles and the changes it lists."""
        if self.word(j) not in {"the", "these", "this", "those"} or not self.ctx.vesicles:
            return None
        k = j + 1
        sign = V.CHANGE_NOUNS.get(self.word(k))
        if not sign or self.word(k + 1) != "in":
            return None
        changed, _ = self._list_from(k + 2, self._any)
        earlier = {o.ref: way for o, way in self.ctx.changed}
        # (or, with none of them read just before, when the sentence before was about the vesicles)
        if not (any(earlier.get(y.ref) == sign for y in changed) or (
                self.ctx.subjects and all(self.vesicle(a) for a in self.ctx.subjects))) \
                or any(y.category in V.CONTEXT_ONLY or self.vesicle(y) for y in changed):
            return None
        return [self.ctx.vesicles[-1]], {y: sign for y in changed}

    def _induced_change(self, j: int) -> tuple[list[Arg], dict[Arg, int]] | None:
        """The agent and the changes a phrase "X-induced (reduction of) Y" at j names, each with its way."""
        x = self.ent(j)
        if x is None or self.word(j + 1) not in {"-", "‐"} or self.word(j + 2) not in _INDUCING_PARTICIPLES \
                or not (self.vesicle(x.arg) or x.arg.category in _MOLECULE_OR_PATHWAY):
            return None
        sign = 0 if self.word(j + 2) == "mediated" else 1  # "PDCD4-mediated apoptosis": no way said
        k = j + 3
        while k < len(self.toks) and k <= j + 6 and not self.toks[k].is_ent and self.word(k) not in {",", ";"}:
            if self.word(k) in V.NOUN_SIGN:  # "the exosome-mediated reduction of apoptosis"
                sign = V.NOUN_SIGN[self.word(k)] * (sign or 1)
            k += 1
        y = self.ent(k)
        if y is None or y.arg.category in V.CONTEXT_ONLY or self.vesicle(y.arg):
            return None
        after = self._past_head_nouns(k + 1)
        if self.word(after) in V.NOUN_SIGN:  # "the miR-21-induced PTEN suppression"
            sign = V.NOUN_SIGN[self.word(after)] * (sign or 1)
        return list(x.args()), {b: sign for b in y.args()}

    def _change_induced_after(self, k: int) -> tuple[list[Arg], dict[Arg, int]] | None:
        """The agent and the change a phrase "Y induced by X" at k names ("reversed the M2 polarization induced
        by exosomes"), as :meth:`_induced_change` reads "the X-induced Y"."""
        y = self.ent(k)
        if y is None or y.arg.category in V.CONTEXT_ONLY or self.vesicle(y.arg):
            return None
        after = self._past_head_nouns(k + 1)
        if self.word(after) not in _CONFERRING_PARTICIPLES or self.word(after + 1) != "by":
            return None
        x = self.ent(self._skip_np(after + 2))
        if x is None or not (self.vesicle(x.arg) or x.arg.category in _MOLECULE_OR_PATHWAY):
            return None
        return list(x.args()), {b: 1 for b in y.args()}

    def _bare_effect_after(self, i: int) -> bool:
        """ "the effect(s)" after the verb at i, owned by nobody, after a clause of this sentence that changed
        something: that change."""
        return self.word(i + 1) == "the" and self.word(i + 2) in _EFFECT_HEADS \
            and self.word(i + 3) not in {"of", "on", "against"} and bool(self._changes_before(i))

    def _anaphoric(self, e: int) -> bool:
        """The noun at e is introduced by "this"/"these"/"such"/"its" (adjectives between: "this protective")."""
        return self._anaphor_before(e) is not None

    def _anaphor_before(self, e: int) -> str | None:
        """The "this"/"these"/"such"/"its"... introducing the noun at e (adjectives between), if one does; "the" for
        a sentence opening with its effect noun before the verb ("The benefits were lost", "Protection was
        abolished by ML385": the changes just read)."""
        if self.word(e + 1) in _COPULAS:
            opens = self._past_opening_adverbs()
            if (e == opens and self.word(e) in _PROTECTION_HEADS) or (
                    e - 1 == opens and self.word(e - 1) == "the" and self.word(e).endswith("s")):
                return "the"
        for k in range(e - 1, max(e - 4, -1), -1):
            w = self.word(k)
            if w in _ANAPHORIC_DETERMINERS:
                return w
            if w in {"an", "a"} and self.word(k - 1) == "," and (
                    self.word(e + 1) in {"that", "which"} or self.word(self._past_adverbs(e + 1)) in _REVERSAL_VERBS):
                return w  # "MSC-Exos reduced apoptosis, an effect that was reversed by ...": the clause's change
            if self.toks[k].is_ent or not w.replace("-", "").isalpha():
                return None
        return None

    def _undone_effect(self, i: int) -> UndoneEffect | None:
        """What the reversal verb at i undoes, when it is an effect: "Knockdown of X abolished the (inhibitory)
        effect of Y (on Z)", "MSC-Exos attenuated the effects of Y on Z" (active); "the effects of Y (on Z) were
        reversed by X overexpression / by MSC-Exos", "this effect was abolished when X was knocked down"."""
        if self.word(i) == "did":
            return self._undone_as_well(i)
        v = i - 1
        while _adverb(self.word(v)):
            v -= 1
        if self.word(v) in _COPULAS and self.word(v - 1) == "and" and self.word(self._past_adverbs(i + 1)) == "by":
            v -= 1  # "were abolished when exosomes came from ... inhibitor and were reversed by IRAK1 overexpression"
        if self.word(v) == "and" and self.word(p := self._past_adverbs(i + 1)) == "by":
            # "was abolished by miR-148a-3p inhibition and partly reversed by TXNIP overexpression": the effect
            # the first reversal verb undid, undone by what the second names
            earlier = next((k for k in range(v - 1, max(v - 30, -1), -1) if self.word(k) in _REVERSAL_VERBS), None)
            first = self._undone_effect(earlier) if earlier is not None else None
            if first is None:
                return None
            manipulations = self._manipulations_by(p)
            counter = [] if manipulations else self._list_from(self._skip_np(p + 1), self._any)[0]
            return replace(first, manipulated=manipulations[0] if manipulations else None,
                           alternatives=tuple(manipulations[1:]), counter=counter)
        weaker = self._weaker_effect(i)
        # "MSC-Exos reduced apoptosis, an effect reversed by ...": a reduced relative after the effect
        reduced = self.word(v) in _EFFECT_HEADS and self.word(v - 1) in {"a", "an"} and self.word(v - 2) == ","
        if self.word(v) in _COPULAS or reduced:  # passive: the effect before, what undid it after "by" (or "when ...")
            e = v if reduced else next((k for k in range(v - 1, max(v - 16, -1), -1)
                                        if self._effect_head_at(k) or self._changes_pointed_back(k)), None)
            if e is None:
                return self._undone_changes(i) or self._undone_induced_change(i, v, self._clause_start(v), passive=True)
            p = self._past_adverbs(i + 1)
            # ("..., an effect largely lost with anti-9-Exos": what it was lost with undid it)
            by = self.word(p) == "by" or (self.word(i) in _LOSING and self.word(p) in {"with", "using"})
            # "... was abolished by miR-21 knockdown", "... when miR-21 was knocked down", "... in TLR4 knockout mice"
            if by:
                manipulations = self._manipulations_by(p)
            else:
                named = self._manipulated(p + 1, self._clause_end(p + 1)) if self.word(p) == "in" \
                    else self._manipulated_when(p) or self._manipulated_before(e)
                manipulations = [named] if named is not None else []
                if named is not None and self.word(p) == "when":
                    # "... abolished when parent BMSCs were transfected with a miR-26a-5p inhibitor, when recipient
                    # cells overexpressed PTEN, or when LY294002 was co-administered": each a rescue of its own
                    manipulations += [more for x in range(p + 1, len(self.toks)) if self.word(x) == "when"
                                      and self.word(x - 1) in {",", "or"} and (more := self._manipulated_when(x))]
                    # "... when recipient SCMECs were transfected with HIF-1α siRNA or treated with the VEGFR2
                    # inhibitor SU5416": the same cells given another
                    manipulations += [more for x in range(p + 1, len(self.toks) - 2) if self.word(x) in {"or", "and"}
                                      and self.word(x + 1) in _CELLS_GIVEN and self.word(x + 2) == "with"
                                      and (more := self._manipulated(x + 3, self._clause_end(x + 3)))
                                      and all(more[0] is not m[0] for m in manipulations)]
            agents, target = self._effect_of_before(v), self._effect_target(v)
            if not manipulations and not by:
                # "Exosomes from BMSCs transfected with TIMP2 siRNA failed to ..., and their benefit on hindlimb
                # function was attenuated": the vesicles without TIMP2 did less, a rescue by its loss
                manipulations = _losses(self._lacked_by_pointed(agents, e))
            manipulated = manipulations[0] if manipulations else None
            counter = self._unmanipulating_parts(p) if by else []
        elif self.word(i) == "lost" or self._failed_to_produce(i) or weaker is not None:
            # (as do vesicles that "did not produce" or "failed to exert" these effects)
            # "Exosomes from BMSCs transfected with a miR-21-5p inhibitor lost most of their benefit": what the
            # vesicles were made to lack was needed for it ("Exosomes from heated cells lost their effect" only
            # says what they no longer do)
            e = weaker if weaker is not None else self._effect_head(self._skip_np(self._past_share(i + 1)),
                                                                    definite=True)
            opening = self._clause_start(i)
            agents = list(dict.fromkeys(
                vesicles for t in self.toks[opening:i] if t.is_ent and t.arg.category in _RESCUE_MEDIATORS
                and (vesicles := self._vesicles_lacking(t.arg)) is not None))
            # ("... (anti-miR-Exos) largely lost these effects": the effects read before, theirs as well)
            # ("... had much weaker effects": weaker than those read before, with nothing pointing back)
            manipulations = _losses(self._lacked_by_pointed(agents, e, None if weaker is not None
                                                            else _POINTERS_TO_EFFECTS)) if e is not None else []
            if not manipulations and e is not None and self._anaphor_before(e) in {"their", "its"}:
                # "Exosomes from miR-21-knockdown BMSCs lost their protective effect": their name says what they lack
                named = [(v, lost) for v, lost in self.lacking().items()
                         if self.toks[opening].start <= v.start < self.toks[i].start]
                if named:
                    agents, manipulations = [named[0][0]], _losses(named[0][1])
                elif (given := self._given_to_manipulated_cells(opening, i)) is not None:
                    # "Hypo-Exos applied to neurons overexpressing PDCD4 lost their benefit": what was done to the
                    # cells they were given to undid it
                    agents, manipulations = [given[0]], [given[1]]
            if not manipulations:
                return None
            target, manipulated, counter = [], manipulations[0], []
        else:
            e = self._effect_head(self._skip_np(self._past_share(i + 1)), definite=True)
            if e is None and self._bare_effect_after(i):
                e = i + 2  # "Exosomes promoted Y, and LY294002 abolished the effect": the clause's change
            if e is None:
                return self._undone_induced_change(i, v, i + 1, passive=False)
            agents, target = self._effect_of_before(e + 2), self._effect_target(self._clause_end(e + 1))
            manipulations = self._listed_manipulations(v) or self._lacked_by_subject(v, i)
            manipulated = manipulations[0] if manipulations else None
            # ("si-MALAT1-EVs, the miR-125b-5p agomir and EX-527 each attenuated these effects": beside the
            # agomir's gain, vesicles lacking MALAT1 and a SIRT1 inhibitor, each undoing the effect its own way)
            taken = {m.start for m, _ in manipulations}
            # (not "the PI3K inhibitor LY294002", "RSL3, a GPX4 inhibitor": the compound of a manipulation read)
            lost = {a.ref for m, _ in manipulations for a in m.args()}
            counter = self._subject_before(i) if manipulated is None else list(dict.fromkeys(
                a for t in self.toks[self._list_clause_start(v):v + 1] if t.is_ent and t.start not in taken
                for a in t.args() if self._lone_counter(a)
                and (a.ref.curie not in self.k.acts_on or self.k.acts_on[a.ref.curie][0] not in lost)
                and not self._named_as_a_manipulations_tool(a, manipulations)))
        sign = min(V.EFFECT_SIGN.get(self.word(e - 1), 0), 1)  # "stimulatory" is 2 in the table: an increase
        signs: dict[Arg, int] = {}
        if not target and self.toks[e].lower in _ABILITY_HEADS:
            signs = self._ability_changes(e)
            target = list(signs)
        if target and all(t.category in V.CELL for t in target) and self.word(e - 1) in V.EFFECT_PROCESSES:
            target = []  # "the anti-inflammatory effect of X on microglia": the process, in those cells
        if not target:  # the effect's own name says what it acts on
            if self.word(e - 1) in V.EFFECT_PROCESSES:  # "the anti-inflammatory effect of X": smaller inflammation
                # ("the antioxidant and anti-apoptotic effects": each process its adjective names)
                named = [self._process_named_by(k) for k in reversed(self._effect_processes_before(e))]
                target = [process for process, _ in named]
                if len(named) == 1:
                    sign = named[0][1]
                else:
                    signs = dict(named)
            elif self.toks[e].is_ent and (self.toks[e].arg.category in V.PROCESS or self._outcome_benefit(self.toks[e])):
                # "the neuroprotective effects of X", "the locomotor benefits of X": more of what they name
                target, sign = [self.toks[e].arg], 1
                if self.word(e - 1) in {"and", ","} and (named := self._effect_processes_before(e - 1)):
                    # "the anti-apoptotic and locomotor benefits": each process its adjective names, too
                    signs = {self.toks[e].arg: 1, **dict(self._process_named_by(k) for k in reversed(named))}
                    target = list(signs)
            elif (glued := self._glued_effect(e)) is not None:  # "the angiogenesis-promoting effect of X"
                target, sign = [glued[0]], glued[1]
        pointed = False  # whether the targets are changes pointed back at
        earlier: list[Frame] = []  # the clauses of this sentence that made them
        # ("diminishes the ability of MSC exosomes to preserve mitochondrial function": an ability named by what it
        # does points back at nothing, even where the lexicon lacks what it acts on)
        acting = self.toks[e].lower in _ABILITY_HEADS and self._ability_verb(e) is not None
        if not target and not self.toks[e].is_ent and not acting and (
                self._anaphoric(e) or (e == i + 2 and self._bare_effect_after(i)) or weaker == e):
            # "MSC-Exos attenuated apoptosis, and this effect was reversed by ...": the changes just read
            pointed = True
            # (not the manipulation's own words: "Knocking down MALAT1 in the donor cells diminished these
            # improvements" points back past them)
            taken = {m.start for m, _ in manipulations}
            earlier = [f for f in self._changes_before(e) if not f.objects or not all(
                o.start in taken for o, _ in f.objects)]
            if earlier:
                signs = self._changed_objects(earlier)
            elif not self._unread_outcomes_before(e, agents) and not self._unread_change_before(e):
                signs = {o: sg for o, sg in self.ctx.changed if o.category not in V.CONTEXT_ONLY and not self.vesicle(o)}
            target = list(signs)
            if not agents:  # "Exosomes promoted Y, and LY294002 abolished the effect": the clause's subject's
                agents = self._agents_of_changes(earlier)
        protective = self.word(e - 1) in _BENEFICIAL_EFFECTS or self.word(e) in _PROTECTION_HEADS
        if not target and agents and not self.toks[e].is_ent and not acting and (
                protective or self.word(e - 1) in _PLAIN_EFFECT_OPENERS) \
                and self._same_agents_as_before(agents) and not self._unread_change_before(e):
            # "ADSC-Exos reduced apoptosis. LY294002 abrogated the effect of ADSC-Exos": an effect named by its agents
            # alone (or as a benefit) is what the sentence before said they changed ("the analgesic effect" names
            # its own)
            signs = {o: sg for o, sg in self.ctx.changed if o.category not in V.CONTEXT_ONLY and not self.vesicle(o)}
            target = list(signs)
            pointed = True
        if sign == 0 and target and not signs and self.word(e - 1) not in V.EFFECT_SIGN:
            signs = self._said_before(agents, target)
        if signs and protective:
            signs = self._protection_among(signs, manipulations)
            target = list(signs)
        elif signs and pointed:
            signs = self._means_among(signs, manipulations, counter)
            target = list(signs)
        beneficial = protective or self.word(e) in _BENEFIT_HEADS
        return UndoneEffect(agents, target, sign, manipulated, counter, beneficial,
                            signs, tuple(manipulations[1:]), _made_by(earlier) if earlier else None)

    def _at_baseline(self, f: Frame) -> bool:
        """The clause of frame f is said of a baseline condition ("under normoxia", "in uninjured mice", "in sham
        animals"): what a preparation did not change there is a control, not its effect."""
        return any(self.word(k) in _BASELINE_WORDS for k in range(f.start + f.length, self._clause_end(f.start)))

    def _list_clause_start(self, v: int) -> int:
        """Where the clause ending before v opens, over the commas of a list ("si-MALAT1-EVs, the miR-125b-5p
        agomir and EX-527 each attenuated ...")."""
        return next((x + 1 for x in range(v - 1, -1, -1) if self.word(x) in {";", ":"}
                     or self.word(x) in _CLAUSE_BREAK_WORDS), 0)

    def _named_as_a_manipulations_tool(self, a: Arg, manipulations: Sequence[tuple[Tok, bool]]) -> bool:
        """Compound a is named as the tool of one of ``manipulations`` ("the PI3K inhibitor LY294002", "RSL3, a
        GPX4 inhibitor"): a role noun between them, a few words apart."""
        at = self._token_of(a)
        if at is None:
            return False
        for m, _ in manipulations:
            k = self._token_of(m.arg) if m.arg is not None else None
            if k is not None and abs(k - at) <= 5 and any(
                    self.word(x) in _TOOL_NOUNS for x in range(min(k, at) + 1, max(k, at) + 2)):
                return True
        return False

    def _lone_counter(self, a: Arg) -> bool:
        """An agent listed beside a manipulation that undoes an effect on its own: vesicles made to lack something,
        or a compound whose target the lexicon knows."""
        at = self._token_of(a)
        return (at is not None and bool(self.toks[at].depleted)) or a.ref.curie in self.k.acts_on

    def _weaker_effect(self, i: int) -> int | None:
        """Where the effect noun of "had (much) weaker effects", "showed reduced benefit" after a having verb at i
        is: vesicles made to lack something did less than those read before, as "lost" says; None otherwise."""
        if self.word(i) not in _HAVING_VERBS:
            return None
        k = i + 1
        while _adverb(self.word(k)):
            k += 1
        if self.word(k) not in _WEAKER_WORDS or self.toks[k].is_ent:
            return None
        e = k + 1
        if self.word(e) not in _EFFECT_HEADS or self.toks[e].is_ent or self.word(e + 1) in {"of", "on", "in", "than"}:
            return None
        return e

    def _failed_to_produce(self, i: int) -> bool:
        """A producing verb at i said not to have produced ("did not produce", "failed to exert", "could not
        reproduce"): what its subject lacked was needed for the effect it names, as "lost" says."""
        if self.word(i) not in _PRODUCING_VERBS:
            return False
        k = i - 1
        while _adverb(self.word(k)) and self.word(k) != "not":
            k -= 1
        return (self.word(k) == "not" and self.word(k - 1) in {"did", "could", "do", "does"}) or (
            self.word(k) == "to" and self.word(k - 1) in {"failed", "fail", "fails"})

    def _undone_as_well(self, i: int) -> UndoneEffect | None:
        """ "... lost most of their benefit, as did Hypo-Exos applied to neurons overexpressing PDCD4 or pretreated
        with the PI3K inhibitor LY294002": the effect the reversal verb before undid, undone for the vesicles after
        "as did" by what was done to the cells they were given to (each manipulation after "or" a rescue too)."""
        earlier = next((k for k in range(i - 3, max(i - 30, -1), -1) if self.word(k) in _REVERSAL_VERBS), None)
        first = self._undone_effect(earlier) if earlier is not None else None
        end = self._clause_end(i + 1)
        given = self._given_to_manipulated_cells(i + 1, end) if first is not None else None
        if first is None or given is None:
            return None
        alternatives = []
        k = self._token_of(given[1][0].arg)
        while k is not None and (k := next((x for x in range(k + 1, end) if self.word(x) == "or"), None)) is not None:
            if (more := self._manipulated(k + 1, end)) is not None:
                alternatives.append(more)
        return replace(first, agents=[given[0]], manipulated=given[1], alternatives=tuple(alternatives), counter=[])

    def _given_to_manipulated_cells(self, start: int, end: int) -> tuple[Arg, tuple[Tok, bool]] | None:
        """The vesicles of "Hypo-Exos applied to neurons overexpressing PDCD4" in [start, end), and what was done to
        the cells they were given to."""
        at = next((k for k in range(start, end) if self.toks[k].is_ent and self.vesicle(self.toks[k].arg)), None)
        if at is None or self.word(at + 1) not in _APPLIED_PARTICIPLES or self.word(at + 2) != "to":
            return None
        manipulated = self._manipulated(at + 3, end)
        return (self.toks[at].arg, manipulated) if manipulated is not None else None

    def _past_share(self, at: int) -> int:
        """Past "most of", "part of" at ``at``: "abolished most of the benefit of H-Exos" undid the benefit, in part."""
        return at + 2 if self.word(at) in _SHARE_WORDS and self.word(at + 1) == "of" else at

    def _lacked_by_pointed(self, agents: list[Arg], e: int, pointers: Container[str] | None = ("their", "its")
                           ) -> tuple[Arg, ...]:
        """What the vesicles a possessive before the effect noun at e points back at were made to lack ("their
        benefit" after "Exosomes from BMSCs transfected with TIMP2 siRNA": TIMP2); with no ``pointers``, whatever
        introduces the noun."""
        if (pointers is not None and self._anaphor_before(e) not in pointers) or not agents:
            return ()
        refs = {a.ref for a in agents}
        return tuple(dict.fromkeys(t.arg for t in self.toks[:e] if t.is_ent and t.arg.category in _RESCUE_MEDIATORS
                                   and (vesicles := self._vesicles_lacking(t.arg)) is not None and vesicles.ref in refs))

    @staticmethod
    def _protection_among(signs: dict[Arg, int], manipulations: list[tuple[Tok, bool]]) -> dict[Arg, int]:
        """What a "protective" effect pointing back at changes protected. Where the molecules taken away are among
        the changes ("DPSC-Exos raised Nrf2 and GPX4. Silencing Nrf2, or the GPX4 inhibitor RSL3, abolished these
        protective effects"), the molecular changes were the means (read as mediators only) and the protection
        is the harms and goods among them; otherwise every change is."""
        if not any(x.ref == t.ref for m, _ in manipulations for x in m.args() for t in signs):
            return signs
        return {t: sg for t, sg in signs.items() if _adverse(t) or V.FAVOURABLE.search(t.ref.label or "")}

    def _means_among(self, signs: dict[Arg, int], manipulations: list[tuple[Tok, bool]], counter: list[Arg]
                     ) -> dict[Arg, int]:
        """What "these effects" pointing back at changes were, when what undid them was among the changes: the
        molecules named up to the manipulated one stand above it, no effect of it ("Exosomes decreased PTEN and
        increased phosphorylated AKT. LY294002 abolished the effects of exosomes": the PI3K inhibitor takes away
        the AKT the vesicles raised; PI3K lowers no PTEN), those named after it below ("decreased TLR4, MyD88 and
        p65. A TLR4 agonist reversed these effects": TLR4 raises MyD88 and p65); processes, outcomes and cells
        are kept."""
        manipulated = [x.ref for m, _ in manipulations for x in m.args()]
        manipulated += [self.k.acts_on[c.ref.curie][0] for c in counter if c.ref.curie in self.k.acts_on]
        changed = list(signs)
        first = next((n for n, t in enumerate(changed) if any(_part_of(t.ref, r) for r in manipulated)), None)
        if first is None:
            return signs
        return {t: signs[t] for n, t in enumerate(changed) if n > first or t.category not in V.MOLECULE}

    def _said_before(self, agents: list[Arg], targets: list[Arg]) -> dict[Arg, int]:
        """ "Exosomes reduced TNF-α. Inhibition of NF-κB abolished the effect of exosomes on TNF-α": the way the
        sentence before said the same agents moved each target, for an effect named without its way."""
        if not self._same_agents_as_before(agents):
            return {}
        ways: dict[str, set[int]] = {}
        for o, sg in self.ctx.changed:
            ways.setdefault(o.ref.curie, set()).add(sg)
        said = {curie: min(w) for curie, w in ways.items() if len(w) == 1}  # said one way only
        return {t: said[t.ref.curie] for t in targets if said.get(t.ref.curie) in {-1, 1}}

    def _same_agents_as_before(self, agents: list[Arg]) -> bool:
        """Whether the sentence before said what these agents (or vesicles, for vesicles) changed."""
        return bool(self.ctx.changed) and any(a.ref == s.ref or (self.vesicle(a) and self.vesicle(s))
                                              for a in agents for s in self.ctx.subjects)

    def _ability_verb(self, e: int) -> tuple[int, tuple[str, int, int]] | None:
        """Where the verb of "the ability (capacity) of Y to V" at e stands, and its trigger, when V is a change."""
        end = self._clause_end(e + 1)
        to = next((k for k in range(e + 1, min(end, e + 12)) if self.word(k) == "to"), None)
        trigger = self._trigger(to + 1) if to is not None else None
        if to is None or trigger is None or trigger[0] not in {V.INC, V.DEC}:
            return None
        return to + 1, trigger

    def _ability_changes(self, e: int) -> dict[Arg, int]:
        """What "the ability (capacity) of Y to V Z" at e says Y does: each Z with the way V moves it."""
        found = self._ability_verb(e)
        if found is None:
            return {}
        v, trigger = found
        objects, _ = self._objects(v + trigger[2], None, trigger=v)
        return {o: trigger[1] * (1 if local == 2 else local) for o, local in objects
                if o.category not in V.CONTEXT_ONLY and not self.vesicle(o)}

    def _enhanced_effect(self, i: int) -> UndoneEffect | None:
        """An effect made larger at i by adding a molecule or taking one away ("Overexpression of miR-21 in
        exosomes further enhanced their anti-apoptotic effect", "... was enhanced by PTEN knockdown"): read as
        the rescue the opposite manipulation would be, so the molecule added does what the effect does. Made
        larger by anything else, the effect is read here and the enhancer by its clause."""
        enhanced = self._undone_effect(i)
        if enhanced is None:
            return None
        if enhanced.manipulated is None:
            # "Overexpression of miR-21 in exosomes enhanced ...": the vesicles read with the miRNA as their cargo
            at = self._token_of(enhanced.counter[0]) if len(enhanced.counter) == 1 else None
            added = self.toks[at].cargo if at is not None and self.vesicle(enhanced.counter[0]) else ()
            if len(added) != 1:
                # "IGF-1 enhances the neuroprotective effects of NSC exosomes": an enhancer, read by its clause
                return replace(enhanced, counter=[])
            x = added[0]
            name = x.ref.label or x.ref.curie
            return replace(enhanced, manipulated=(Tok(name, name.lower(), x.start, x.end, arg=x), True), counter=[])
        x_tok, loss = enhanced.manipulated
        return replace(enhanced, manipulated=(x_tok, not loss),
                       alternatives=tuple((t, not lost) for t, lost in enhanced.alternatives))

    def _undo(self, i: int, undone: UndoneEffect) -> None:
        """An effect undone at i by taking a molecule away or adding it is a rescue; by anything else, a
        counteraction."""
        if undone.manipulated is not None:
            self._rescue(i, undone)
            if undone.counter:  # "abolished by the PI3K inhibitor LY294002 and by rapamycin": rapamycin's part
                self._counteract(i, undone)
        else:
            self._counteract(i, undone)

    def _undone_changes(self, i: int) -> UndoneEffect | None:
        """ "MSC-Exos enhanced autophagy and reduced apoptosis, which were reversed by 3-MA", "..., and this was
        abolished by miR-21 inhibitor": the pronoun before the passive reversal verb at i stands for the changes of
        the clauses before it, undone by what follows the verb."""
        v = i - 1
        while _adverb(self.word(v)):
            v -= 1
        if self.word(v) not in _COPULAS:
            return None
        pointer = self.word(v - 1)
        if not ((pointer == "which" and self.word(v - 2) == ",") or (
                pointer in {"this", "these"} and self.word(v - 2) in {",", "and", ";"})):
            return None
        earlier = self._changes_before(v - 1)
        if not earlier:
            return None
        p = self._past_adverbs(i + 1)
        if self.word(p) != "by":
            return None
        manipulated = self._manipulated(p + 1, self._clause_end(p + 1))
        counter = self._list_from(self._skip_np(p + 1), self._any)[0] if manipulated is None else []
        agents = self._agents_of_changes(earlier)
        signs = self._changed_objects(earlier)
        if not signs or not (agents or self._lost_agents(earlier)):
            return None
        return UndoneEffect(agents, list(signs), 0, manipulated, counter, False, signs, made_by=_made_by(earlier))

    def _agents_of_changes(self, frames: list[Frame]) -> list[Arg]:
        """The molecules and vesicles that made the changes of ``frames``, an effect pointing back at them is
        theirs; not those named by their loss ("Downregulation of PDCD4 increased phosphorylation of AKT; LY294002
        reversed these changes": the changes are no effect PDCD4 has, it acts the other way, read already)."""
        lost = self._lost_agents(frames)
        return list(dict.fromkeys(a for f in frames for a in f.subjects
                                  if (a.category in V.MOLECULE or self.vesicle(a)) and a not in lost))

    def _lost_agents(self, frames: list[Frame]) -> set[Arg]:
        """The subjects of ``frames`` named by their loss ("knockdown of miR-145", "Downregulation of PDCD4")."""
        return {a for f in frames for a in f.subjects if self._subject_sign(a, f) == -1}

    def _changed_objects(self, frames: list[Frame]) -> dict[Arg, int]:
        """The participants the clauses changed, each with the way it went (vesicles and settings left out)."""
        return {o: self._object_sign(f, o, local) for f in frames for o, local in f.objects
                if o.category not in V.CONTEXT_ONLY and not self.vesicle(o)}

    def _pronoun_object(self, j: int, prev: Frame, end: int) -> tuple[list[tuple[Arg, int]], int]:
        """ "miR-21 mimics reduced Ern1, whereas the inhibitor increased it": "it" ("them") right after the verb
        is the object of the clause before, when that clause had exactly one (several) of them."""
        w = self.word(j)
        named = list(dict.fromkeys(o for o, _ in prev.objects if o.category not in V.CONTEXT_ONLY))
        if not prev.objects and prev.kind in {V.INC, V.DEC}:
            # "Apoptosis was increased in the SCI group ..., and exosomes reduced it": what changed unaided
            named = [s for s in prev.subjects if s.category not in V.CONTEXT_ONLY]
        if (w == "it" and len(named) == 1) or (w == "them" and len(named) > 1):
            if self.word(j + 1) in {".", ",", ";", "", "and", "in", "to", "by", "whereas", "while", "but"}:
                return [(o, 1) for o in named], j + 1
        if ((w == "its" and len(named) == 1) or (w == "their" and len(named) > 1)) \
                and self.word(j + 1) in _AMOUNT_OF_A_MOLECULE:
            # "miR-145-5p bound to the 3'UTR of TLR4 and suppressed its expression"
            molecules = [(o, 1) for o in named if o.category in _MOLECULE_OR_PATHWAY]
            if molecules:
                return molecules, j + 2
        return [], end

    def _unread_outcomes_before(self, e: int, agents: Sequence[Arg]) -> bool:
        """Whether the sentence names, before token e, outcomes no claim read ("BMS scores in Cur-sEV-treated mice
        were 138% of those in vehicle-treated mice, and NeuN-positive neurons were 1.9-fold more numerous; these
        benefits were lost with ML385"): "these benefits" are theirs, not the sentence before's changes."""
        read = {r.object.start for r in self.readings}
        return any(t.is_ent and not t.consumed and t.start not in read and t.arg not in agents
                   and t.arg.category in _OUTCOME_OR_PROCESS and not self.vesicle(t.arg) for t in self.toks[:e])

    def _unread_change_before(self, e: int) -> bool:
        """Whether the sentence changed, before token e, something the lexicon does not name ("miR-145-5p bound the
        3'-UTR of TLR4 and reduced luciferase activity by 61%; mutating the seed-binding site abolished this
        effect"): "this effect" is that change, not the sentence before's."""
        for x in range(e):
            if self.toks[x].is_ent or _change_sign(self.word(x)) is None or not _past_change_form(self.word(x)):
                continue
            y = x + 1
            while y < e and not self.toks[y].is_ent and self.toks[y].text.isalpha() and self.toks[y].text.islower() \
                    and self.word(y) not in {"and", "or", "by", "in", "of", "with"}:
                y += 1
            if x + 1 < y < e and self.word(y) in {"by", ";", ",", "and", "in"} \
                    and not any(f.start == x and f.objects for f in self.frames):
                return True
        return False

    def _changes_before(self, e: int) -> list[Frame]:
        """The clauses of this sentence before token e that changed something ("this effect" points back at)."""
        return [f for f in self.frames if f.start < e and f.role in {"main", "coordinated"}
                and f.kind in {V.INC, V.DEC} and f.objects and not any(a in self.lacking() for a in f.subjects)]

    def _rescue(self, i: int, undone: UndoneEffect, rule: str = "rescue") -> None:
        """A rescue experiment shows that Y acts through the manipulated X: Y carries a miRNA X whose loss
        undoes its effect, and otherwise regulates X. X acts on Z as the effect does when its loss undid the
        effect ("Knockdown of Nrf2 reversed the inhibitory effect of Y on ferroptosis": Nrf2 decreases it), the
        other way when its gain did ("PTEN overexpression reversed ..."), unsigned for an unsigned effect. The
        effect itself is a claim of Y on Z whatever the rescue showed."""
        self._effect_itself(i, undone)
        if undone.manipulated is None or not undone.agents or (self._negated(i) and not self._failed_to_produce(i)):
            return  # "knockdown of X did not reverse the effect of Y" says Y acts without X, not what Y does to X
            # (vesicles lacking X that "did not produce" the effect are the rescue itself)
        self._acts_through_manipulated(i, undone, rule)

    def _mimic(self, i: int, mimicked: UndoneEffect) -> None:
        """ "Blocking NF-κB with PDTC mimicked the effect of H-Exos on C3": a manipulation that does what Y does
        shows Y acting through X as the opposite manipulation undoing the effect would (a miRNA mimic doing what
        vesicles do: they carry it), a rescue turned around (rule rescue:mimic)."""
        assert mimicked.manipulated is not None
        x_tok, loss = mimicked.manipulated
        self._rescue(i, replace(mimicked, manipulated=(x_tok, not loss),
                                alternatives=tuple((t, not lost) for t, lost in mimicked.alternatives)), "rescue:mimic")

    def _effect_itself(self, i: int, undone: UndoneEffect) -> None:
        """Y's effect on Z, a claim whatever undid or enhanced it (unsigned effects give none)."""
        for z in undone.target:
            sign = undone.sign_on(z)
            if sign and z.category not in V.CONTEXT_ONLY:
                for y in undone.agents:
                    if undone.made(y, z):
                        self.emit(y, _predicate(sign), z, sign, "nominal:effect", i)

    def _acts_through_manipulated(self, i: int, undone: UndoneEffect, rule: str = "rescue") -> None:
        """What a rescue shows of its manipulated X: Y carries (a lost miRNA) or regulates X, and X acts on each
        Z the way Y's effect goes (taken away) or the other way (added)."""
        assert undone.manipulated is not None
        for x_tok, loss in undone.manipulations():
            for x in x_tok.args():
                if x.category not in _RESCUE_MEDIATORS or x in undone.target:
                    continue
                donor_side = self._taken_from_donor_cells(x_tok, x)
                for y in undone.agents:
                    carried = self.vesicle(y) and x.category in V.MIRNA and loss
                    if donor_side and self.vesicle(y) and not carried:
                        continue  # "Knockdown of HIF-1α in DPSCs impaired their pro-angiogenic effect": the cells
                        # needed it to make the vesicles; nothing says the vesicles act on it
                    self.emit(y, "carries" if carried else "regulates", x, 0, rule, i)
                for z in undone.target:
                    if self._upstream(z, x.ref):
                        continue  # "abolished by the PI3K inhibitor", after PTEN fell: PI3K acts on nothing above it
                    through = undone.sign_on(z) if loss else -undone.sign_on(z)
                    self.emit(x, _predicate(through), z, through, rule, i)

    def _upstream(self, z: Arg, x: Ref) -> bool:
        """Whether z lies upstream of x in the field's well-known axes (a pathway x: upstream of one of the molecules
        its name names, and none of them), so that what is done to x shows nothing of x acting on z."""
        above = V.UPSTREAM_OF.get(x.curie, frozenset())
        named = self.k.members.get(x.curie, frozenset())
        if named and z.ref.curie not in named:
            above = above.union(*(V.UPSTREAM_OF.get(m, frozenset()) for m in named))
        return z.ref.curie in above

    def _taken_from_donor_cells(self, x_tok: Tok, x: Arg) -> bool:
        """Whether molecule x was taken away or added in the cells vesicles are made from: named before "in" a
        source cell ("Knockdown of HIF-1α in DPSCs"), or what vesicles of the sentence were made to lack
        ("Exosomes from BMSCs transfected with TIMP2 siRNA")."""
        if self._lost_from_vesicles(x):
            return True
        at = next((k for k, t in enumerate(self.toks) if t is x_tok), None)
        if at is None:
            return False
        k = at + 1
        while self.word(k) in V.LOSS_SUFFIXES or self.word(k) in _GAIN_NOUNS or self.word(k) in {"-", "‐"}:
            k += 1
        cells = self.ent(k + 1) if self.word(k) == "in" else None
        return cells is not None and cells.arg.ref.curie in self.k.composites

    def _counteract(self, i: int, undone: UndoneEffect) -> None:
        """An agent named by no loss or gain undid Y's effect on Z: Y acts on Z as the effect's adjective says,
        and the agent acts on Z the other way (unsigned when the effect has no sign)."""
        negated = self._negated(i)
        for z in undone.target:
            if z.category in V.CONTEXT_ONLY:
                continue
            sign = undone.sign_on(z)
            for y in undone.agents:
                if undone.made(y, z):
                    self.emit(y, _predicate(sign), z, sign, "nominal:effect", i)
            for x in undone.counter:
                at = self._token_of(x)
                if at is not None and self._taken_away(at):
                    continue  # "abolished by LY294002, a PI3K inhibitor": PI3K was taken away (the rescue reads it)
                if at is not None and self.toks[at].depleted and self.vesicle(x):
                    # "these effects were partially reversed by Exo-anti-200a": vesicles lacking a miRNA undid the
                    # effect, so the miRNA was needed for it, not the vesicles working against it
                    if sign and not negated:
                        for lost in self.toks[at].depleted:
                            self.emit(lost, _predicate(sign), z, sign, "rescue", i)
                    continue
                action = self.k.acts_on.get(x.ref.curie)
                if action is not None and self._upstream(z, action[0]):
                    continue  # "abolished by rapamycin", after PTEN fell: the mTOR inhibitor acts below PTEN
                if x.category not in V.CONTEXT_ONLY and all(x.ref != y.ref for y in undone.agents):
                    # ("... abolished by exosomes from H19-silenced hUCMSCs": the same vesicles lacking H19, which
                    # the rescue reads, not vesicles working against their own effect)
                    self.emit(x, {1: "decreases", -1: "increases"}.get(sign, "regulates"), z, -sign, "counteracts", i,
                              negated)
        if not negated:
            self._pharmacological_rescue(i, undone)

    def _pharmacological_rescue(self, i: int, undone: UndoneEffect) -> None:
        """ "3-MA abolished the neuroprotective effects of MSC-Exos": a compound used to take a mediator away
        (or add one) undid Y's effect, so the rescue is the one its target's loss (or gain) would show. The
        target is the lexicon's (``acts_on``); the compound's words are its span."""
        targets = {z.ref for z in undone.target}
        for x in undone.counter:
            action = self.k.acts_on.get(x.ref.curie)
            if action is None or x in undone.agents:
                continue
            ref, loss = action
            # vesicles are not said to act through their own release (GW4869 acts on the cells that make them)
            # a molecule the pathway is named by is no agent acting through it, nor a target it acts on ("AKT
            # regulates the PI3K/AKT pathway", which raises AKT: said by the name alone)
            named = self.k.members.get(ref.curie, frozenset())
            agents = [y for y in undone.agents if not (self.vesicle(y) and ref.curie in V.VESICLE_RELEASE)
                      and y.ref.curie not in named]
            if (undone.agents and not agents) or ref.category not in _RESCUE_MEDIATORS or ref in targets:
                continue  # ("the anti-apoptotic and locomotor benefits", no agent named: the mediator's still)
            mediator = Arg(ref, x.start, x.end)
            for y in agents:
                self.emit(y, "regulates", mediator, 0, "rescue:pharmacological", i)
            for z in undone.target:
                if z.category not in V.CONTEXT_ONLY and z.ref.curie not in named and not self._upstream(z, ref):
                    through = undone.sign_on(z) if loss else -undone.sign_on(z)
                    self.emit(mediator, _predicate(through), z, through, "rescue:pharmacological", i)

    def _effect_head(self, j: int, definite: bool = False) -> int | None:
        """Where "effect(s) of" heads the noun phrase from j ("the pro-angiogenic effect of", "their protective
        effects of"; an outcome entity may hold the noun: "the neuroprotective effect of"); with ``definite``,
        also "the" effect its own words name ("reversed the neuroprotective effect")."""
        last = j + 4
        for e in range(j, len(self.toks)):
            if e >= last:
                break
            t = self.toks[e]
            if t.lower in {",", "and", "or"} and (self.word(e - 1) in V.EFFECT_PROCESSES or (
                    "-" in self.word(e - 1) and self.word(e - 1).endswith(("ing", "ory", "ive")))
                    or self.word(e - 1) in _BENEFICIAL_EFFECTS):
                last += 2  # "the antioxidant and anti-apoptotic effects of", "the M2-promoting and NF-κB-inhibitory"
                # (and "the neuroprotective and locomotor benefits of")
                continue
            named = not t.is_ent or t.arg.category in V.PROCESS or self._outcome_benefit(t)
            if self._effect_head_at(e) and (self._agent_after_effect(e) is not None or (
                    named and self._anaphoric(e)) or (  # "their protective effect", "this neuroprotective effect"
                    definite and named and self._definite_effect(e))):
                return e
            if self._changes_pointed_back(e):
                return e  # "Antagomir-146a pretreatment of MSCs blunted these changes": the changes just read
            if t.is_ent and self.word(e + 1) in _POSSESSIVE_MARKS and self.word(e + 2) in _ABILITY_HEADS:
                return e + 2  # "the exosomes' ability to promote M2 polarization"
            if t.is_ent and e + 3 < len(self.toks) and self._effect_head_at(e + 3) \
                    and self._glued_effect(e + 3) is not None:
                last = max(last, e + 4)  # "the TNF-α-suppressing effect of": the participant names the effect
                continue
            if t.is_ent or t.lower in {",", ";", ":", "and", "by", "of"}:
                return None
        return None

    @staticmethod
    def _outcome_benefit(t: Tok) -> bool:
        """An outcome named as a benefit ("the locomotor benefits"): more of it is the effect."""
        return t.is_ent and t.lower.endswith(("benefit", "benefits")) and t.arg.category in _OUTCOME_OR_PROCESS \
            and not _adverse(t.arg)

    def _agent_after_effect(self, e: int) -> int | None:
        """Where the agent of the effect noun at e is named: after "of" ("the effect of X"), or after a verb of
        giving and "by" ("the protection conferred by native exosomes")."""
        if self.word(e + 1) == "of":
            return e + 2
        if self.word(e + 1) in _CONFERRED and self.word(e + 2) == "by":
            return e + 3
        return None

    def _effect_head_at(self, e: int) -> bool:
        """An effect's head noun at e: "effect(s)", "ability", an outcome ending in one ("the neuroprotective
        effect"), or a property an effect adjective names ("the pro-angiogenic activity of ADSC-Exos")."""
        return self.toks[e].lower.rsplit(" ", 1)[-1] in _EFFECT_HEADS or self._named_property(e)

    def _glued_effect(self, e: int) -> tuple[Arg, int] | None:
        """What an effect head at e acts on, and which way, when a participant glued to a change participle names
        it ("the angiogenesis-promoting effect", "the apoptosis-inhibiting effect"), as an effect adjective does."""
        if self.word(e - 2) not in {"-", "‐", "‑"} or (x := self.ent(e - 3)) is None \
                or x.arg.category in V.CONTEXT_ONLY or self.vesicle(x.arg) or x.end != self.toks[e - 2].start:
            return None
        word = self.word(e - 1)
        if V.EFFECT_SIGN.get(word):  # "the NF-κB-inhibitory activity of pEVs"
            return x.arg, min(V.EFFECT_SIGN[word], 1)
        if not word.endswith("ing") or word in _CELL_MAKING_PARTICIPLES:
            return None
        sign = _change_sign(word)
        return (x.arg, sign) if sign is not None else None

    def _changes_pointed_back(self, e: int) -> bool:
        """ "these changes", "such alterations": the changes just read, as "these effects" are."""
        return self.word(e) in _CHANGES_POINTED_BACK and self.word(e - 1) in {"these", "those", "such"}

    def _named_after_of(self, j: int) -> Tok | None:
        """The participant an "of" phrase starting at j names, past its determiners and the words saying how a
        preparation was made ("the protective effects of hypoxic sEVs")."""
        k = self._skip_np(j)
        while self.word(k) in _PREPARATION_ADJECTIVES and k < j + 4:
            k += 1
        return self.ent(k)

    def _effect_target(self, end: int) -> list[Arg]:
        """The Z of the last "effect(s) of Y on Z" before ``end``."""
        for k in range(end - 1, max(end - 12, 0) - 1, -1):
            if self.word(k) in {"on", "against"} and (self.ent(k - 1) is not None or (  # "effects of Y against Z"
                    self.word(k - 1) in _EFFECT_HEADS and self._anaphoric(k - 1))):  # "their effect on Z"
                z = self.ent(self._skip_np(k + 1))
                if z is not None and z.arg.category not in V.CONTEXT_ONLY:
                    return self._list_from(self.toks.index(z), self._any)[0]
        return []

    def _clause_start(self, i: int) -> int:
        k = i
        while k > 0 and self.word(k - 1) not in {";", ":", ","} and self.word(k - 1) not in _CLAUSE_BREAK_WORDS:
            k -= 1
        return k

    def _clause_end(self, i: int) -> int:
        k = i
        while k < len(self.toks) and self.word(k) not in {";", ":", ",", "."} \
                and self.word(k) not in _CLAUSE_BREAK_WORDS:
            k += 1
        return k

    def _manipulated(self, start: int, end: int) -> tuple[Tok, bool] | None:
        """The molecule a phrase in [start, end) names by what was done to it, and whether it was taken away:
        "knockdown of miR-21", "miR-21 inhibitor", "inhibition of the PI3K/AKT pathway" (lost),
        "overexpression of PTEN", "PTEN overexpression" (added)."""
        for k in range(start, min(end, len(self.toks))):
            t = self.toks[k]
            if not t.is_ent:
                continue
            if self._taken_away(k):
                return t, True
            if self._resistant_to(k) is not None:
                continue  # "a miR-126-resistant SPRED1 construct": SPRED1 was overexpressed, not miR-126
            b = self._word_before_molecule(k)
            gerund = self._manipulating_gerund(b)
            if gerund is not None:  # "Silencing Nrf2 reversed ...", "Overexpressing PTEN abolished ..."
                return t, gerund
            if (self.word(b) == "of" and self.word(b - 1) in _GAIN_NOUNS) or self.word(k + 1) in _GAIN_NOUNS \
                    or (self.word(k + 1) in {"-", "‐"} and self.word(k + 2) in _GAIN_NOUNS):  # see _manipulated_cells
                return t, self._lowered_in(start, b)
            if self.word(b) in _FORCING_WORDS and self.word(k + 1) == "expression":
                return t, False  # "forced NLRP3 expression", "enforced expression" read as an overexpression
            if self.word(b) in MADE_TO_EXPRESS and self._material_before(b):
                return t, False  # "in neurons overexpressing PDCD4"
        for k in range(start, min(end, len(self.toks))):
            # "MiR-494 was enriched in the exosomes and its inhibition reversed ...": the molecule named before
            nxt = self.word(k + 1)
            if self.word(k) in {"its", "their"} and (nxt in V.LOSS_SUFFIXES or nxt in _GAIN_NOUNS):
                named = next((x for x in reversed(self.toks[:k]) if x.is_ent and x.arg.category in _MOLECULE_OR_PATHWAY),
                             None)
                if named is not None:
                    return named, nxt in V.LOSS_SUFFIXES
        return None

    def _word_before_molecule(self, k: int) -> int:
        """The index of the word before the molecule at k, past determiners and what it is named as escaping
        ("overexpression of a miR-126-resistant SPRED1 construct": "of")."""
        b = k - 1
        while self.word(b) in _DETERMINERS_BEFORE_A_MOLECULE:
            b -= 1
        if self.word(b) in _RESISTANT_WORDS and self._resistant_to(b - 2) == k:
            return self._word_before_molecule(b - 2)
        return b

    def _resistant_to(self, k: int) -> int | None:
        """The index of the molecule the entity at k is named as escaping ("miR-126-resistant SPRED1": SPRED1's),
        or None."""
        if 0 <= k < len(self.toks) and self.toks[k].is_ent and self.word(k + 1) in {"-", "‐"} \
                and self.word(k + 2) in _RESISTANT_WORDS and k + 3 < len(self.toks) and self.toks[k + 3].is_ent:
            return k + 3
        return None

    def _lowered_in(self, start: int, end: int) -> bool:
        """Whether a verb that lowers what it acts on stands in [start, end], before a gain it then names:
        "Compound C abolished AMPK activation and reversed ..." took AMPK's activation away."""
        return any(not self.toks[k].is_ent and _change_sign(self.word(k)) == -1
                   for k in range(start, min(end + 1, len(self.toks))))

    def _manipulations_by(self, p: int) -> list[tuple[Tok, bool]]:
        """The manipulations named after the "by" at p, each in its own part ("was abolished by the PI3K inhibitor
        LY294002 and by PDCD4 overexpression": PI3K taken away, PDCD4 added)."""
        return self._manipulated_parts(p + 1, self._by_part_ends(p))

    def _by_part_ends(self, p: int) -> list[int]:
        """Where each part after the "by" at p ends: at each later "and by"/"or by" (its "by"), and at the clause's
        end."""
        end = self._clause_end(p + 1)
        return [*(k for k in range(p + 1, end) if self.word(k) == "by" and self.word(k - 1) in {"and", "or"}), end]

    def _unmanipulating_parts(self, p: int) -> list[Arg]:
        """The agents named after the "by" at p in parts naming no manipulation ("abolished by the PI3K inhibitor
        LY294002 and by rapamycin": rapamycin), each part's list read from its start."""
        found: list[Arg] = []
        start = p + 1
        for end in self._by_part_ends(p):
            if self._manipulated(start, end) is None:
                found += [a for a in self._list_from(self._skip_np(start), self._any)[0]
                          if a.end <= self.toks[end - 1].end and a not in found]
            start = end + 1
        return found

    def _manipulated_parts(self, start: int, ends: list[int]) -> list[tuple[Tok, bool]]:
        """The manipulation each part from ``start`` names, a part ending at each of ``ends`` (the word there
        left out); a part naming none, or one already named, adds nothing."""
        found: list[tuple[Tok, bool]] = []
        for end in ends:
            if (named := self._manipulated(start, end)) is not None and all(named[0] is not t for t, _ in found):
                found.append(named)
            start = end + 1
        return found

    def _lacked_by_subject(self, v: int, i: int) -> list[tuple[Tok, bool]]:
        """ "Both sEVs-inh and AAV-mTOR abolished these effects": vesicles made to lack a miRNA, as the subject of
        the reversal verb at i, undid the effect by that loss (they do not act against it themselves)."""
        lacking = self.lacking()
        if not lacking:
            return []
        return [loss for t in self.toks[self._clause_start(v):i] if t.is_ent and t.arg in lacking
                for loss in _losses(lacking[t.arg])]

    def _each_manipulation_changed(self) -> None:
        """ "Loading the parent cells with a miR-126-3p antagomir, overexpressing SPRED1, or adding the MEK inhibitor
        U0126 each blunted tube formation": each manipulation listed before "each" changed the object, a molecule
        taken away the other way (miR-126-3p and MEK raise tube formation, SPRED1 lowers it) (rule
        manipulation:each)."""
        for f in list(self.frames):
            at = f.start - 1
            while _adverb(self.word(at)):
                at -= 1
            if self.word(at) != "each" or f.role != "main" or f.kind not in {V.INC, V.DEC} or not f.objects:
                continue
            start = next((x + 1 for x in range(at - 1, -1, -1) if self.word(x) in {";", ":"}), 0)
            ends = [x for x in range(start, at) if self.word(x) == "," or (
                self.word(x) == "or" and self.word(x - 1) != ",")] + [at]
            for tok, lost in self._manipulated_parts(start, ends):
                for a in tok.args():
                    if a in f.subjects:
                        continue  # (read by the frame)
                    for o, local in f.objects:
                        if o.category in V.CONTEXT_ONLY or self.vesicle(o) or o.ref == a.ref:
                            continue
                        sign = self._object_sign(f, o, local) * (-1 if lost else 1)
                        self.emit(a, _predicate(sign), o, sign, "manipulation:each", f.start, f.negated)

    def _listed_manipulations(self, v: int) -> list[tuple[Tok, bool]]:
        """The manipulations the subject ending at v names, listed with "or" ("Silencing Nrf2, or treatment with
        the GPX4 inhibitor RSL3, abolished ...", "Either NLRP3 overexpression or a miR-22-3p antagomir ..."), each
        read in its own part; a part naming none adds nothing."""
        start = self._clause_start(v)
        while self.word(start) == "or" and self.word(start - 1) == ",":
            start = self._clause_start(start - 2)  # "X, or Y,": the parts before the comma belong to the subject
        return self._manipulated_parts(start, [*(k for k in range(start, v + 1) if self.word(k) == "or"), v + 1])

    def _manipulating_gerund(self, b: int) -> bool | None:
        """Whether a gerund opening a clause at ``b`` takes its object away ("Silencing", "Inhibiting",
        "Knocking down": True) or adds it ("Overexpressing": False); None for any other word."""
        w = self.word(b)
        if not w.endswith("ing") or not (b == 0 or self.word(b - 1) in {",", ";", ":", "or", "either"}):
            return None
        trig = self._trigger(b)
        if trig is None or trig[0] not in {V.INC, V.DEC}:
            return None
        return trig[0] == V.DEC

    def _gerund_before_a_reversal(self, i: int) -> bool:
        """ "Silencing Nrf2 reversed the effect of ...": the gerund names the rescue's manipulation (read with
        the reversal verb), not a claim of its own."""
        if not self.names_an_effect or self._manipulating_gerund(i) is None:
            return False
        k = self._verb_after_gerund_object(i)
        return k is not None and self.word(k) in _UNDOING_OR_MIMICKING

    def _verb_after_gerund_object(self, i: int) -> int | None:
        """Where the word after the gerund at i and its object stands, past adverbs, the cells it was done in and
        the means it was done with ("Silencing GAS5 in ADSCs attenuated", "Blocking NF-κB with PDTC mimicked");
        None when no entity follows the gerund closely."""
        j = i + 1
        while j < len(self.toks) and j <= i + 4 and not self.toks[j].is_ent:
            j += 1
        if self.ent(j) is None:
            return None
        k = self._past_adverbs(j + 1)
        if self.word(k) == "in" and (cells := self.ent(self._skip_np(k + 1))) is not None \
                and (cells.arg.category in V.CELL or self.vesicle(cells.arg)):
            k = self._past_adverbs(self._skip_np(k + 1) + 1)
        if self.word(k) in {"with", "by", "using"}:
            # past the means when no verb follows it closely ("Silencing Nrf2 with siRNA, or ...")
            k = next((x for x in range(k + 1, min(k + 6, len(self.toks))) if self.word(x) in _UNDOING_OR_MIMICKING
                      or (self._trigger(x) is not None and self.word(x).endswith("ed"))),
                     next((x for x in range(k + 1, min(k + 6, len(self.toks))) if self.word(x) == ","), k))
        if self.word(k) == "or" or (self.word(k) == "," and self.word(k + 1) == "or"):
            # "Silencing Nrf2, or treatment with RSL3, abolished ...": one of the manipulations the verb's subject
            # lists (read with the reversal verb)
            for x in range(k + 1, min(k + 16, len(self.toks))):
                if self.word(x) in {";", ".", ":"}:
                    break
                if self.word(x) in _UNDOING_OR_MIMICKING:
                    return x
        return k

    def _gerund_subject_after_and(self, i: int) -> bool:
        """ "BMSC-EVs raised Nrf2, and silencing Nrf2 eliminated their effect": the gerund after ", and" opens the
        next clause as its subject (the molecule taken away or added), not a verb of the clause before."""
        if self.word(i - 1) not in {"and", "but", "whereas", "while"} or self.word(i - 2) not in {",", ";"}:
            return False
        w = self.toks[i].lower
        if w not in _LOSS_GERUNDS and w not in {"overexpressing", "knocking"}:
            return False
        k = self._verb_after_gerund_object(i + (w == "knocking"))
        if k is None:
            return False
        verb = self.word(k)
        return verb.endswith("ed") and (verb in _UNDOING_OR_MIMICKING or self._trigger(k) is not None)

    def _past_adverbs(self, j: int) -> int:
        """The first position from j that holds no adverb."""
        while _adverb(self.word(j)):
            j += 1
        return j

    def _undoing_condition(self, f: Frame) -> tuple[Tok, bool] | None:
        """The loss or gain a failed (or weaker) change was seen under, after its clause: "... after miR-21 was
        knocked down", "... in TLR4-deficient mice", "... in miR-21 knockdown cells"."""
        j = f.start + f.length
        while j < len(self.toks) and self.word(j) not in {";", ":", ",", "."}:
            w = self.word(j)
            j += 1
            if w in {"when", "after", "once", "upon", "if"}:
                return self._manipulated_when(j - 1)
            if w == "in" and (found := self._manipulated(j, self._clause_end(j))) is not None:
                return found
        return None

    def _manipulated_when(self, j: int) -> tuple[Tok, bool] | None:
        """ "when/after/once (the) X was knocked down / overexpressed" at j: X, and whether it was taken away."""
        if self.word(j) not in {"when", "after", "once", "upon", "if"}:
            return None
        k = self._skip_np(j + 1)
        while self.word(k) in _CELL_ROLE_WORDS:
            k += 1  # "when parent BMSCs were transfected ...", "when recipient cells overexpressed PTEN"
        x_tok = self.ent(k)
        if (self.word(k) in {"cells", "neurons"} or (x_tok is not None and x_tok.arg.category in V.CELL)) \
                and self.word(k + 1) in {"overexpressed", "over-expressed"} and (gained := self.ent(k + 2)) is not None \
                and gained.arg.category in _RESCUE_MEDIATORS:
            return gained, False
        if x_tok is not None and x_tok.arg.category in _RESCUE_MEDIATORS and self._taken_away(k):
            # "when the PI3K inhibitor LY294002 was co-administered": what the compound inhibits was taken away
            m = next((x for x in range(k + 1, min(k + 5, len(self.toks))) if self.word(x) in _COPULAS), None)
            if m is not None and self.word(self._past_adverbs(m + 1)) in _COMPOUND_GIVEN:
                return x_tok, True
        if x_tok is not None and x_tok.arg.category in V.CELL and self.word(k + 1) in _COPULAS:
            # "when BMSCs were transfected with a miR-21-5p inhibitor": what the cells were given
            m = self._past_adverbs(k + 2)
            if self.word(m) in _CELLS_GIVEN and self.word(m + 1) == "with":
                return self._manipulated(m + 2, self._clause_end(m + 2))
            return None
        if x_tok is not None and self.vesicle(x_tok.arg):
            # "when EVs were derived from WJ-MSCs transfected with a miR-146b inhibitor", "when exosomes came from
            # BMSCs transfected with ...": what the cells the vesicles came from were given
            if self.word(k + 1) == "from":  # "when sEVs from PDGFB-silenced donors were used"
                return self._manipulated(k + 2, next((x for x in range(k + 2, self._clause_end(k + 2))
                                                      if self.word(x) in _COPULAS), self._clause_end(k + 2)))
            m = self._past_adverbs(k + 2) if self.word(k + 1) in _COPULAS else k + 1
            if self.word(m) in V.DERIVE_WORDS | {"came", "come"} and self.word(m + 1) in {"from", "by"}:
                c = self._skip_np(m + 2)
                cells = self.ent(c)
                if cells is not None and cells.arg.category in V.CELL and self.word(c + 1) in _CELLS_GIVEN \
                        and self.word(c + 2) == "with":
                    return self._manipulated(c + 3, self._clause_end(c + 3))
            return None
        if x_tok is None or x_tok.arg.category not in _RESCUE_MEDIATORS or self.word(k + 1) not in _COPULAS:
            return None
        m = self._past_adverbs(k + 2)
        w = self.word(m)
        if w in _LOSS_PARTICIPLES and (w != "knocked" or self.word(m + 1) in {"down", "out"}):
            return x_tok, True
        if w in _GAIN_PARTICIPLES:
            return x_tok, False
        return None

    def _past_opening_adverbs(self) -> int:
        """Where the sentence's clause begins, past its opening adverbs and commas ("However, ...", "Moreover, ...")."""
        o = 0
        while self.word(o) in V.OPENING_ADVERBS or self.word(o) in {"however", ","}:
            o += 1
        return o

    def _manipulated_before(self, e: int) -> tuple[Tok, bool] | None:
        """ "When MALAT1 was silenced, the anti-apoptotic effect of BMSC-Exos was lost": the manipulation a
        sentence opens with, in a clause ending in a comma before the effect at e."""
        o = self._past_opening_adverbs()
        if not any(self.word(x) == "," for x in range(o + 1, e)):
            return None
        return self._manipulated_when(o)

    def _names_a_pathway(self, j: int) -> bool:
        """The noun phrase from j names a pathway or axis ("the Cnr1/Rap1/Akt pathway"), not an agent or a gerund."""
        k = self._skip_np(j)
        t = self.ent(k)
        return t is not None and (t.arg.category in V.PATHWAY or self.word(k + 1) in V.AXIS_WORDS)

    def _effect_verb_before(self, e: int) -> int | None:
        """For "exhibit (their) anti-inflammatory effects" ending at e: the verb's position."""
        if e < 0 or (self.toks[e].lower.rsplit(" ", 1)[-1] not in _EFFECT_HEADS and not self._named_property(e)):
            return None
        v = e - 1
        while v >= 0 and v >= e - 4 and not self.toks[v].is_ent and self.word(v) not in _EFFECT_VERBS:
            v -= 1
        return v if self.word(v) in _EFFECT_VERBS else None

    def _acts_through(self, i: int) -> bool:
        """ "X acts/works (mainly) through/via (the inhibition of) Z": X acts on Z. Whether the words before
        the preposition at i were such a verb."""
        v = i - 1
        while _adverb(self.word(v)):
            v -= 1
        effect: int | None = None
        if self.word(v) not in _ACT_VERBS:
            if not (self.names_an_effect or self._named_property(v)):
                return False
            effect, v = v, self._effect_verb_before(v)
            if v is None:
                return False
        z_tok, sign = self._mediator_after(i)
        if z_tok is not None:
            negated = self._negated(v) or any(self.word(m) in V.NEGATIONS for m in range(v, i))  # "showed no effects"
            subjects = self._subject_before(v)
            self._acts_on_mediator(subjects, z_tok, sign, "acts:through", i, negated)
            if effect is not None and not sign:
                self._carried_effect(subjects, z_tok, effect, negated)
            k = self.toks.index(z_tok)
            sign = sign or self._nominal_after(k)
            while sign and (next_means := self._next_means(k))[0] is not None:
                # "Exosomes act through inhibition of PTEN and activation of AKT": each means as its nominal says
                z_tok, k, sign = next_means
                self._acts_on_mediator(subjects, z_tok, sign, "acts:through", i, negated)
        return True

    def _named_property(self, e: int) -> bool:
        """ "angiogenic capacity", "anti-inflammatory properties": a property an effect adjective names, or a
        participant glued to one ("NF-κB-inhibitory activity")."""
        return self.word(e) in V.EFFECT_PROPERTY_NOUNS and (bool(self._effect_processes_before(e))
                                                             or self._glued_effect(e) is not None)

    def _carried_effect(self, subjects: Sequence[Arg], z_tok: Tok, e: int, negated: bool) -> None:
        """ "MSC-Exos exert anti-inflammatory effects via miR-126": the miRNA the vesicles carry acts on the
        process the effect names, as in "X reduced inflammation via miR-126" (rule chain:through)."""
        if not self._named_property(e) or not any(map(self.vesicle, subjects)):
            return
        mirnas = [z for z in self._list_from(self.toks.index(z_tok), self._any)[0] if z.category in V.MIRNA]
        for k in self._effect_processes_before(e):
            process, process_sign = self._process_named_by(k)
            for z in mirnas:
                self.emit(z, _predicate(process_sign), process, process_sign, "chain:through", k, negated)

    def _open_frame(self, i: int, kind: str, sign: int, n: int) -> Frame | None:
        toks = self.toks
        if toks[i].lower.startswith(_SHIFT_STEMS) and self.word(i + n) in _INTRANSITIVE_SHIFT \
                and self._passive(i + n - 1) is None:
            # "microglial polarization shifted from M1 to M2": what shifted is no agent ("Microglia were polarized
            # to the M1 phenotype by LPS" names one)
            return None
        lead = kind == V.INC and toks[i].lower.startswith(("lead", "led", "result", "give", "gave", "bring",
                                                             "brought", "contribut"))
        light = kind == V.LIGHT
        if kind == V.LIGHT:
            # light verbs take the sign of the trigger or nominal that follows them
            nxt = self._trigger(i + n)
            if nxt is not None and nxt[0] in {V.INC, V.DEC, V.REG}:
                kind, sign = nxt[0], nxt[1]
                n += nxt[2]
            else:
                kind = V.REG
                w = self.word(self._skip_np(i + n))
                if w in V.NOUN_SIGN:
                    sign = V.NOUN_SIGN[w]
                    kind = {1: V.INC, -1: V.DEC}[sign]
        passive = self._passive(i + n - 1)
        by_amount = passive is not None and self._amount_at(passive)
        if by_amount:
            passive = None  # "IL-6 was reduced by 50% (and IL-10 ...)": an agentless passive
        role, subjects, parent = self._role_and_subject(i)
        negated = self._negated(i) or any(self.word(x) in V.NEGATIONS and self.word(x + 1) not in V.NOT_NEGATION_AFTER
                                          for x in range(i + 1, i + n)) or (
            role in {"coordinated", "consequence"} and bool(self.frames) and self._shares_denial(self.frames[-1], i))
        if passive is None and self.word(i + n) == "no":
            if self.word(i + n + 1) in _INCREMENT_WORDS:
                return None  # "Combining IFN-Exos with MCC950 produced no additional locomotor benefit": no more than one
            negated = True  # "MSC-Exos produced no locomotor benefit"
        # "play a crucial role in the paracrine effects of MSCs": the agent of effects a light verb's role is in
        # does not change
        objects, end = ([], i + n) if by_amount else self._objects(i + n, passive, trigger=i,
                                                                    effect_agents_change=not light)
        if objects and passive is None and self.word(i + n) == "with" and self._cells_given_at(i):
            objects = []  # "microglia were stimulated with LPS plus IFN-γ": what they were given, nothing raised
        if passive is None and self.word(i + n) == "with" and subjects and _past_change_form(self.toks[i].lower) \
                and all(s.category in _OUTCOME_OR_PROCESS and not self.vesicle(s) for s in subjects):
            # "locomotor scores improved with both MSC-EVs (SMD ...) and MSCs (SMD ...)": what the outcome changed
            # with is what changed it
            k = i + n + 1 + (self.word(i + n + 1) == "both")
            given, _ = self._list_from(k, lambda x: x is not None and (self.vesicle(x.arg) or x.arg.category in V.CELL))
            if given:
                objects, subjects, role = [(s, 1) for s in subjects], given, "group"
        if not objects and passive is None and kind in {V.INC, V.DEC, V.REG} and self.frames:
            objects, end = self._pronoun_object(i + n, self.frames[-1], end)
        if passive is None and self.word(i).startswith(_POLARIZING_STEMS):
            objects = self._polarized_cells(objects)
        if subjects and passive is None and all(a.category in V.CELL for a in subjects) \
                and self._shown_by_subject(i) and not (lead or light):
            # "Neurons showed reduced apoptosis after exosome treatment": the cells are where the change was seen;
            # its cause is a treatment named after it, or none
            subjects = self._treatment_after(end)
        if role == "means_change" and (change := self._change_before_means(self._left(i))) is not None:
            # "the restoration of locomotor activity by stimulating remyelination": remyelination raises it
            change_sign, changed = change
            subjects = [o for o, _ in objects if o.category in _OUTCOME_OR_PROCESS or o.category in V.MOLECULE]
            objects, role = [(c, change_sign) for c in changed], "means"
        if self.word(i + 1) == "under" and passive is None:
            # "Y is under the control of X": the agent is the object
            subjects, objects = [o for o, _ in objects], [(s, 1) for s in subjects]
        if passive is not None:
            # "Y is regulated by X": the agent follows "by"; the patient stands in the subject slot
            agents, end = self._objects(passive, None)
            if self._shifted_to_a_state(i + n - 1) and (
                    states := [(o, sg) for o, sg in objects if o.category in V.CELL and sg]):
                # "Microglia were polarized to the M1 phenotype by LPS": the agent raised the state reached
                objects = states
            else:
                # "The decrease in Bcl-2 was attenuated by X": what fell and was held back rose
                objects = [(s, self._changed_subject_code(s) if kind in {V.INC, V.DEC} else 1) for s in subjects]
            subjects = [a for a, _ in agents]
        elif not objects and kind == V.ASSOC and not (
                self.word(i + n - 1) in {"with", "to"} and self.word(i + n) not in {".", ",", ";", ")", "", "each", "one"}):
            # (not when the trigger's "with" opens a phrase the rules could not read: "overexpression of A and B
            # was associated with increased C ubiquitination" does not associate A with B)
            members = self._mutual_list(i)
            if len(members) >= 2:  # "miR-21 and STAT3 expression were inversely correlated"
                subjects, objects = members[:1], [(m, 1) for m in members[1:]]
        elif not objects and subjects and kind in {V.INC, V.DEC, V.REG}:
            condition = self._manipulated_when(self._past_adverbs(i + n))
            treatment = self._treatment_after(i + n) or self._expressing_agent(i + n)
            if condition is not None and all(self._passive_agent(a) for a in subjects):
                # "the effects were abolished by the PI3K inhibitor LY294002 and attenuated when EVs were collected
                # from USCs transfected with miR-19a/b inhibitors": the agent of the first passive is no subject of
                # the second (what was attenuated is the effects)
                pass
            elif condition is not None:  # "Y was reduced when X was overexpressed": X's effect on Y
                x_tok, loss = condition
                objects = [(s, 1) for s in subjects]
                subjects = list(x_tok.args())
                if loss and kind != V.REG:
                    kind, sign = (V.INC, 1) if kind == V.DEC else (V.DEC, -1)
            elif treatment:  # "Y decreased 6 hours after the addition of X", "Y was reduced after X treatment"
                objects = [(s, 1) for s in subjects]
                subjects = treatment
            elif group := self._treated_group(i + n) or self._fronted_group(i):
                # "Bcl-2 was upregulated in the Exo group", "In the Exo group, Bcl-2 was upregulated": the change
                # seen in the treated group is the treatment's
                self._share_group(subjects, group)
                objects, subjects, role = [(s, 1) for s in subjects], group, "group"
            elif self._contrasted_with_vesicles(subjects):
                # "MSC-EVs suppressed TNF-α, whereas IL-10 was elevated": the other change of the same treatment
                objects, subjects, role = [(s, 1) for s in subjects], list(self.frames[-1].subjects), "contrast"
            elif self._changed_intransitively(i, n) and (injury := self._injury_after(i + n) or self._fronted_injury(i)):
                # "miR-21 was downregulated after SCI", "After SCI, miR-29b-3p levels declined": with no treatment
                # in the clause, the change seen after the injury is the injury's ("SCI decreased miR-21")
                objects, subjects, role = [(s, 1) for s in subjects], injury, "injury"
        if passive is None and kind in {V.INC, V.DEC} and subjects \
                and (stimulus := self._stimulus_of_cells_after(self._past_adverbs(i + n))):
            # "miR-125b is up-regulated in IL-6-stressed astrocytes": what the cells were stressed with raised it
            # (the cells are where, no object)
            subjects, objects, role = stimulus, [(s, 1) for s in subjects], "stimulus"
        if kind == V.INC and passive is None and self._stimuli_given(subjects):
            # "melatonin preconditioning enhances the anti-pyroptotic capacity of WJ-MSC-EVs (through/by ...)": the
            # stimulus was given to the cells; what the clause goes on to say the vesicles they made do
            # (also after an effect phrase the nominal rules read, "the anti-pyroptotic capacity of X", or one naming
            # what the vesicles act on, "the T-cell-modulating capacity of WJ-MSC EVs": no rise of T cells)
            # ("the capacity of hAMSC exosomes": past a source the lexicon lacks)
            vesicles = [a for x in range(i + n, end) if self.word(x - 1) == "of" or (
                        self.word(x - 2) == "of" and not self.toks[x - 1].is_ent)
                        if (t := self.ent(x)) is not None for a in t.args() if self.vesicle(a)][:1]
            if objects and (not vesicles or all(o.end < vesicles[0].start for o, _ in objects if not self.vesicle(o))) \
                    and self._cargo_raised_by_stimulus(subjects, [o for o, _ in objects], i, i + n, end):
                # ("... augments the let-7b-5p cargo of ADSC-EVs": what the vesicles carry, named before them)
                objects = []
            elif vesicles:
                subjects, objects = vesicles, []
        if passive is None and objects and kind in {V.INC, V.REG} and self.word(i) in _SHIFTING_VERBS \
                and (way := self._range_way(i + n, end)):
            # "shifting the CD86+/CD206+ ratio from 3.6 to 0.9": the numbers say which way it went
            kind, sign, objects = V.INC if way > 0 else V.DEC, way, [(o, 1) for o, _ in objects]
        if "as" in self.words and (likewise := self._as_did(end)):
            # "TUNEL+ cells decreased, as did cleaved caspase-3 and the Bax/Bcl-2 ratio": more of what changed;
            # "Exosomes reduced TNF-α, as did MCC950": one more agent; "TNF-α was reduced by X, as was IL-6"
            if objects and passive is not None:
                objects = [*objects, *((a, 1) for a in likewise if all(a != o for o, _ in objects))]
            else:
                subjects = [*subjects, *(a for a in likewise if a not in subjects)]
        return Frame(i, n, end, kind, sign, subjects, objects, role, parent, negated, lead, light,
                     [o for o, _ in objects] if passive is not None else [])

    def _as_did(self, end: int) -> list[Arg]:
        """The participants of ", as did X (and Y)" right after a clause ending at ``end``: they did or underwent
        what the clause says."""
        if self.word(end) != "," or self.word(end + 1) != "as" or self.word(end + 2) not in _AS_DID_AUXILIARIES:
            return []
        named, _ = self._list_from(self._skip_np(end + 3), self._any)
        return [a for a in named if a.category not in V.CONTEXT_ONLY]

    def _stimulus_of_cells_after(self, j: int) -> list[Arg]:
        """The stimulus of "in (the) IL-6-stressed (normal human) astrocytes", "in LPS-stimulated BV2 microglia" at
        j: the cells a change was seen in, named by what they were given; [] if the words at j are no such phrase."""
        if self.word(j) != "in":
            return []
        k = j + 1 + (self.word(j + 1) in {"the", "a", "an"})
        stimulus = self.ent(k)
        if stimulus is None or stimulus.arg.category in V.CONTEXT_ONLY or self.vesicle(stimulus.arg):
            return []
        k += 1
        given = list(stimulus.args())
        if self.word(k) == "(" and (short := self.ent(k + 1)) is not None and self.word(k + 2) == ")":
            given += [a for a in short.args() if a not in given]  # "interleukin-6 (IL-6)-stressed"
            k += 3
        k += self.word(k) in {"-", "‐"}
        if self.word(k) not in TREATMENT_PARTICIPLES:  # "IL-6-stressed", "LPS-stimulated"
            return []
        k += 1
        while k < len(self.toks) and k <= j + 12 and ((self.word(k).isalpha() and self.word(k) not in _CELL_KIND_WORDS
                                                        and self.word(k) not in V.CELL_WORDS) or (
                self.toks[k].is_ent and self.toks[k].arg.category in V.CONTEXT_ONLY)
                or _CELL_LINE_NAME.fullmatch(self.toks[k].text)):
            k += 1  # "normal human"
        cells = self.ent(k)
        if not (self.word(k) in V.CELL_WORDS or self.word(k) in _CELL_KIND_WORDS
                or (cells is not None and cells.arg.category in V.CELL)):
            return []
        # a change the clause goes on to give an agent ("... by exosomes", "... after EV treatment") is not the
        # stimulus's
        ends = next((x for x in range(k + 1, len(self.toks)) if self.word(x) in {",", ";", "."}), len(self.toks))
        if any(t.is_ent and (self.vesicle(t.arg) or (t.agentive and t is not stimulus)) for t in self.toks) or any(
                self.word(x) in _AGENT_AFTER_CELLS for x in range(k + 1, ends)):
            return []
        return given

    def _given_to_cells(self, f: Frame) -> list[Arg]:
        """What cells were given in a passive frame "(cells) were stimulated / primed / challenged with X": X."""
        if not self._cells_given_at(f.start) or self.word(f.start + 1) not in {"with", "by"} \
                or not all(a.category in V.CELL for a in f.subjects):
            return []
        named, _ = self._list_from(self._skip_np(f.start + 2), self._any)
        return [a for a in named if a.category not in V.CONTEXT_ONLY and a.category not in V.CELL]

    def _cells_given_at(self, i: int) -> bool:
        """ "were stimulated", "was primed": a passive at i saying what the subject was given."""
        return self.toks[i].lower in TREATMENT_PARTICIPLES and self.word(i - 1) in {"were", "was"}

    def _cargo_raised_by_stimulus(self, stimuli: list[Arg], raised: list[Arg], i: int, start: int, end: int) -> bool:
        """ "Melatonin preconditioning increased sEV miR-137 3.2-fold", "IFN-γ priming increased exosomal
        miR-146a-5p", "... raised the miR-23b-3p content of exosomes": what the cells were given raised what their
        vesicles carry. The claim is the primed vesicles' (the preparation the paragraph named, when it named one),
        emitted here as ``carries:primed``; the stimulus raises no miRNA in the cells. False, emitting nothing,
        unless every raised thing is a miRNA the clause says is in vesicles."""
        named = [t for t in self.toks[start:end] if t.is_ent and any(self.vesicle(a) for a in t.args())]
        raised = [a for a in raised if not self.vesicle(a)]  # "increased sEV miR-137": the vesicles name where
        if not raised or not all(a.category in V.MIRNA for a in raised):
            return False
        carrying = {r.object.ref: r for r in self.readings if r.predicate == "carries" and self.vesicle(r.subject)}
        if not named and not all(a.ref in carrying for a in raised):
            return False
        primed = self._primed_preparation(stimuli) or self._named_preparation_in_view()
        for a in raised:
            held = carrying.get(a.ref)
            if held is not None:
                self.readings.remove(held)
                vesicles = held.subject
            else:
                vesicles = next(v for v in named[0].args() if self.vesicle(v))
            if primed is not None and self.k.is_generic_vesicle(vesicles.ref):
                vesicles = Arg(primed, vesicles.start, vesicles.end)
            self.emit(vesicles, "carries", a, 0, "carries:primed", i)
        return True

    def _stimuli_given(self, subjects: list[Arg]) -> bool:
        """Whether each subject is a stimulus named as given to cells ("melatonin preconditioning", "LPS priming")."""
        if not subjects:
            return False
        # ("TNF-α/IFN-γ priming": one word naming two stimuli)
        starts = {a.start: x for x, t in enumerate(self.toks) if t.is_ent for a in t.args()}

        def given(x: int) -> bool:  # "melatonin (MT) preconditioning": past the short form
            if self.word(x + 1) == "(" and self.word(x + 3) == ")":
                x += 3
            elif self.word(x + 1) == ")":
                x += 1
            if self.word(x + 1) in {"/", "and", "plus"} and x + 2 < len(self.toks) and self.toks[x + 2].is_ent:
                return given(x + 2)  # "TNF-α/IFN-γ priming", "TNF-α and IFN-γ priming": both were given
            return self.word(x + 1) in V.PRECONDITIONING_NOUNS

        return all(a.start in starts and given(starts[a.start]) for a in subjects) or bool(
            self._primed_preparation(subjects))

    def _primed_preparation(self, stimuli: list[Arg]) -> Ref | None:
        """The preparation the document said was primed with these stimuli and nothing else ("MT-Exos", after
        "BMSCs were incubated with melatonin before exosome collection (MT-Exos)"), when there is one: then
        "Melatonin increased exosomal miR-138-5p" speaks of that priming."""
        named = stimuli_key(a.ref.label or "" for a in stimuli)
        found = {ref for given, ref in self.ctx.primed if stimuli_key(given.split(" and ")) == named}
        return next(iter(found)) if len(found) == 1 else None

    def _treated_group(self, j: int) -> list[Arg]:
        """The treatment of "... in the BMSC-Exos group", "... in Exo-treated rats" starting near j: vesicles or
        cells given to a group (a molecule's group may be its inhibitor's or its mimic's, so none is read)."""
        k = j
        while k < len(self.toks) and k < j + 4 and not self.toks[k].is_ent and self.word(k) not in {"in", ",", ";"}:
            k += 1
        if self.word(k) != "in":
            return []
        at = self._skip_np(k + 1)
        t = self.ent(at)
        if t is None or t.consumed or not (self.vesicle(t.arg) or t.arg.category in V.CELL):
            return []
        if not t.agentive and not (self.vesicle(t.arg) and self._names_animals(at + 1)):
            return []  # ("in HA-EV rats": the animals given the vesicles)
        return list(t.args())

    def _injury_after(self, j: int) -> list[Arg]:
        """The injury of "... after SCI", "... (in the spinal cord) following SCI", "... in SCI rats" within a few
        words of j, in a clause that names no treatment."""
        k = j
        while k < len(self.toks) and k < j + 8 and self.word(k) not in _CLAUSE_ENDS:
            w = self.word(k)
            if w in {"after", "following", "in"}:
                at = self._skip_np(k + 1)
                injury = self.ent(at)
                if injury is not None and injury.arg.category in V.DISEASE and (w != "in" or self._names_animals(at + 1)):
                    return list(injury.args()) if self._untreated_until(self._clause_end_past_commas(j)) else []
            elif self.toks[k].is_ent and self.toks[k].arg.category not in V.CONTEXT_ONLY:
                return []
            k += 1
        return []

    def _fronted_injury(self, i: int) -> list[Arg]:
        """The injury a sentence opens with, before a comma and the clause of the verb at i: "After SCI, ...",
        "Following spinal cord injury, ...", "In SCI rats, ..."."""
        if self.word(0) not in {"after", "following", "in"}:
            return []
        at = self._skip_np(1)
        injury = self.ent(at)
        k = at + 1
        if self.word(k) == "(" and self.word(k + 2) == ")":
            k += 3  # "In the spinal cord ischemia-reperfusion injury (SCIRI) model, ..."
        if self.word(0) == "in" and self._names_animals(k):
            k += 1
        if injury is None or injury.arg.category not in V.DISEASE or self.word(k) != "," or k >= i:
            return []
        return list(injury.args()) if self._untreated_until(self._clause_end_past_commas(i)) else []

    def _changed_intransitively(self, i: int, n: int) -> bool:
        """The verb at i (n words) is a past form with nothing after it an object could be: "miR-21 was
        downregulated after SCI", "levels declined", not "the inflammatory response hinders repair" or "a driver
        of secondary damage after SCI"."""
        if not self.toks[i + n - 1].lower.endswith("ed"):
            return False
        k = i + n
        while _adverb(self.word(k)):
            k += 1
        return self.word(k) in _AFTER_AN_INTRANSITIVE_CHANGE

    def _clause_end_past_commas(self, j: int) -> int:
        """Where the clause going on at j ends, past the commas of its phrases: a stop, a semicolon, a contrast
        or ", and" (", and exosomes reduced it")."""
        for k in range(j, len(self.toks)):
            w = self.word(k)
            if w in {";", ".", "whereas", "while", "but"} or (w == "," and self.word(k + 1) in {"and", "but", "which"}):
                return k
            if w == "and" and self._verb_after_and(k):
                return k  # "miR-21 was downregulated after SCI | and upregulated after exosome treatment"
        return len(self.toks)

    def _verb_after_and(self, k: int) -> bool:
        """ "and" at k opens a second verb of the same subject: "and (significantly) upregulated after ..."."""
        v = k + 1
        while _adverb(self.word(v)):
            v += 1
        trigger = self._trigger(v)
        return trigger is not None and trigger[0] in {V.INC, V.DEC} and self.toks[v].lower.endswith("ed")

    def _names_animals(self, k: int) -> bool:
        """The word at k names what an injury was made in: "SCI rats", "the SCIRI model", "SCI mice" (a taxon)."""
        taxon = self.ent(k)
        return self.word(k) in _ANIMAL_WORDS or (taxon is not None and taxon.arg.category in V.CONTEXT_ONLY)

    def _untreated_until(self, end: int) -> bool:
        """No vesicles, cells given or treatment named before ``end``: a change there is no treatment's."""
        return not any((t.is_ent and (self.vesicle(t.arg) or t.agentive)) or t.plain in _TREATING_NOUNS
                       or t.plain in _TREATMENT_PARTICIPLES for t in self.toks[:end])

    def _fronted_group(self, i: int) -> list[Arg]:
        """The treated group a sentence opens with, before a comma and the clause of the verb at i: "In the
        exosome group, TNF-α expression was downregulated"."""
        if self.word(0) != "in":
            return []
        comma = next((x for x in range(1, min(i, 8)) if self.word(x) == ","), None)
        return self._treated_group(0) if comma is not None else []

    def _share_group(self, subjects: list[Arg], group: list[Arg]) -> None:
        """ "Bax was downregulated, whereas Bcl-2 was upregulated in the Exo group": an agentless change in the
        clause just before, joined by "and", "whereas", "while" or "but", was seen in the same group."""
        prev = self.frames[-1] if self.frames else None
        if prev is None or prev.objects or not prev.subjects or prev.kind not in {V.INC, V.DEC, V.REG} or not subjects:
            return
        at = next((x for x, t in enumerate(self.toks) if t.is_ent and t.start == subjects[0].start), None)
        if at is None or at <= prev.start:
            return
        between = {self.word(x) for x in range(prev.start + prev.length, at)}
        if not between & {"and", "whereas", "while", "whilst", "but"} or not between <= _GROUP_CLAUSE_JOINS:
            return
        prev.objects, prev.subjects, prev.role = [(s, 1) for s in prev.subjects], list(group), "group"
        self._emit_frame(prev)

    def _contrasted_with_vesicles(self, subjects: list[Arg]) -> bool:
        """The subject of an agentless change opens a clause set against one whose vesicles changed something
        ("..., whereas IL-10 was elevated"; "while", "but" too)."""
        prev = self.frames[-1] if self.frames else None
        if prev is None or not prev.subjects or not all(self.vesicle(a) for a in prev.subjects) or not subjects:
            return False
        at = next((x for x, t in enumerate(self.toks) if t.is_ent and t.start == subjects[0].start), None)
        if at is None or at <= prev.start:
            return False
        k = at - 1
        while (self.word(k) in {"the", "a", "an", "of"} or self.word(k) in _AMOUNT_NOUNS) and k > prev.start:
            k -= 1
        return self.word(k) in {"whereas", "while", "whilst", "but"} and not any(
            self.toks[x].is_ent and self.vesicle(self.toks[x].arg) for x in range(prev.start, at))

    def _mutual_list(self, i: int) -> list[Arg]:
        """The participants of a symmetric verb with no object ("A and B levels were correlated"): the list of
        any categories that ends just before the verb."""
        k = i - 1
        while k >= 0 and not self.toks[k].is_ent and (self.word(k) in _LIST_OR_AUXILIARY_WORDS
                                                      or _adverb(self.word(k))) and k >= i - 5:
            k -= 1
        if self.ent(k) is None:
            return []
        out = list(self.toks[k].args())
        while True:
            m = k - 1
            separated = False
            while m >= 0 and m >= k - 4 and not self.toks[m].is_ent and (
                    self.word(m) in V.LIST_SEPARATORS or self.word(m) in V.LIST_WORDS):
                separated = separated or self.word(m) in {",", "and", "/"}
                m -= 1
            nxt = self.ent(m)
            if nxt is None or not separated or nxt.consumed or nxt.arg.category in V.CONTEXT_ONLY:
                return out
            out[:0] = list(nxt.args())
            k = m

    def _treatment_after(self, j: int) -> list[Arg]:
        """The agent of "... after/following/upon (the) addition of X" or "... after X treatment" starting near j:
        a change that follows a treatment is that treatment's effect."""
        k = j
        while k < len(self.toks) and k < j + 4 and not self.toks[k].is_ent and self.word(k) not in {
                "after", "following", "upon", ",", ";"} and not self._in_response(k):
            k += 1
        response = self._in_response(k)  # "Y increased in response to X": X needs no treatment noun
        if self.word(k) not in {"after", "following", "upon"} and not response:
            return []
        k = self._skip_np(k + (3 if response else 1))
        if self.word(k) in _TREATMENT_ANAPHORS and self.ctx.vesicles and not response \
                and (k + 1 >= len(self.toks) or self.word(k + 1) in _CLAUSE_ENDS) and not self.toks[k].is_ent:
            # "BMSC-Exos were injected into SCI rats. TNF-α decreased after treatment": the vesicles just given
            return [self._given_vesicles_at(k)]
        given = _GIVEN_NOUNS
        if self.word(k) in given and self.word(k + 1) in {"of", "with"}:
            agent = self.ent(self._skip_np(k + 2))
        else:
            agent = self.ent(k)
            if agent is not None and self.word(k + 1) not in given and not response:
                agent = None
        if agent is None or agent.arg.category in V.CONTEXT_ONLY or agent.consumed:
            return []
        return list(agent.args())

    def _material_before(self, i: int) -> bool:
        k = i - 1
        while _adverb(self.word(k)) or self.word(k) in {"stably", "transiently", "ectopically", "that"}:
            k -= 1
        # ("neurons overexpressing PDCD4": cells the lexicon names)
        return self.word(k) in V.CELL_WORDS or ((t := self.ent(k)) is not None and t.arg.category in V.CELL)

    def _genetic_model_at(self, j: int) -> bool:
        """ "IFN-γ knockout mice", "TLR4(-/-) mice", "miR-21-deficient rats": animals made to lack the molecule."""
        k = j + 1 + (self.word(j + 1) == "-")
        return self.word(k) in _GENETIC_MODEL_WORDS and k + 1 < len(self.toks) and \
            self.toks[k + 1].lower in MODEL_ANIMALS  # (the animals may be a species entity)

    def _in_response(self, k: int) -> bool:
        return self.word(k) == "in" and self.word(k + 1) == "response" and self.word(k + 2) == "to"

    def _expressing_agent(self, j: int) -> list[Arg]:
        """The agent of "Y was reduced in cells (stably) overexpressing X" starting near j: a change in material
        made to express X is X's effect."""
        k = j
        while k < len(self.toks) and k < j + 4 and not self.toks[k].is_ent and self.word(k) not in {"in", ",", ";"}:
            k += 1
        if self.word(k) != "in":
            return []
        k = self._skip_np(k + 1)
        named = self.ent(k)  # "in miR-21-deficient mice", "in STAT3 knockout cells"
        if named is not None and not named.consumed and named.arg.category in V.MOLECULE:
            m = k + 1 + (self.word(k + 1) == "-")
            if self.word(m) in V.GENETIC_MATERIAL and self.word(m + 1) in V.CELL_WORDS:
                return list(named.args())
        if self.word(k) not in V.CELL_WORDS:
            k += 1  # "in transgenic mice", "in HeLa cells"
        if self.word(k) not in V.CELL_WORDS:
            return []
        k += 1
        if self.word(k) == "that":
            k += 1
        while _adverb(self.word(k)) or self.word(k) in {"stably", "transiently", "ectopically"}:
            k += 1
        if self.word(k) not in V.EXPRESSING_WORDS:
            return []
        agent = self.ent(self._skip_np(k + 1))
        if agent is None or agent.consumed or agent.arg.category not in V.MOLECULE:
            return []
        return list(agent.args())

    def _shifted_to_a_state(self, i: int) -> bool:
        """ "polarized to", "driven to", and "induced to" a state: the word at i names the state its patient
        reached, not a change of the patient ("Astrocytes were induced to the A1 state with IL-1α")."""
        return (self.word(i) in V.DESTINATION_HEADS or self.word(i) == "induced") and self.word(i + 1) in _SHIFTED_TO

    def _passive(self, i: int) -> int | None:
        """Position after "by" when the trigger at i is a passive participle with an agent."""
        w = self.toks[i].lower
        if not (w.endswith("ed") or w in {"bound", "driven", "led"}):
            return None
        k = i - 1
        while k >= 0 and (self.word(k) in _SKIP_WORDS_NOT_BE
                          or (self.word(k).endswith("ly") and len(self.word(k)) > 4)):
            k -= 1
        if self.word(k) not in {"is", "are", "was", "were", "be", "been", "being"}:
            if not ((self.ent(k) is not None or self._passive_before_and(k)) and self.word(i + 1) == "by"):
                # reduced relative "Y regulated by X" needs the "by" right after; so does a second participle of
                # the same passive, "TNF-α was increased after SCI and reduced by exosomes"
                return None
        j = i + 1
        if self._shifted_to_a_state(i):
            # "Microglia were polarized to the M1 phenotype by LPS", "astrocytes were driven to an A1-like state
            # with a cocktail of IL-1α, TNF-α and C1q": past the state reached, "with" names the agent too
            state = next((x for x in range(j + 1, min(j + 6, len(self.toks))) if self.toks[x].is_ent), None)
            if state is None:
                return None
            j = state + 1 + (self.word(state + 1) in {"state", "phenotype", "phenotypes", "cells"})
            if self.word(j) == "with":
                j += 1
                if self.word(j) in {"a", "an"} and self.word(j + 1) in _AGENT_MIXTURES and self.word(j + 2) == "of":
                    j += 3
                return j if self.ent(j) is not None else None
        while True:
            place_end = self._past_place(j)
            if place_end != j:
                j = place_end
            elif self.word(j) in _PASSIVE_GAP_WORDS or self.word(j).endswith("ly"):
                j += 1  # "is regulated (at least) in part by X"
            else:
                break
        if self.word(j) == "by" and (not self._trigger(j + 1) or self._is_modifier(j + 1)):
            return j + 1  # "induced by activated microglia": the agent's adjective is no verb
        if self.word(j) == "with" and (agent := self.ent(j + 1)) is not None and agent.arg.category in V.CHEMICAL \
                and self.word(k) in _COPULAS and not ((given := self.ent(k - 1)) and given.arg.category in V.CELL) \
                and self.word(k - 1) not in _CELL_NOUNS:  # ("Primary microglia and BV2 cells were stimulated with")
            # "Autophagy was blocked with 3-methyladenine or chloroquine": a compound is the agent (cells "were
            # stimulated with LPS" were given it, see _cells_given_at)
            return j + 1
        return None

    def _passive_before_and(self, k: int) -> bool:
        """ "and" at k follows a passive change verb of the clause ("was increased after SCI | and")."""
        if self.word(k) != "and":
            return False
        for f in reversed(self.frames):
            if f.start < k:
                b = f.start - 1
                while _adverb(self.word(b)):
                    b -= 1
                return self.word(b) in {"is", "are", "was", "were"} and f.kind in {V.INC, V.DEC} \
                    and not any(self.word(x) in _CLAUSE_ENDS for x in range(f.start, k))
        return False

    def _past_place(self, j: int) -> int:
        """Past a place phrase after a participle ("transferred into neurons by exosomes", "reduced in the
        spinal cord by X"): a preposition and cells or tissue, or j itself."""
        if self.word(j) not in {"into", "to", "in", "within", "inside"}:
            return j
        k = self._skip_np(j + 1)
        while k < len(self.toks) and not self.toks[k].is_ent:
            if k > j + 4 or self.word(k) in {",", ";", "by", "and", "or"}:
                return j
            k += 1
        t = self.ent(k)
        if t is None or not (t.arg.category in V.CELL or t.arg.category in V.CONTEXT_ONLY):
            return j
        return k + 1

    def _negated(self, i: int) -> bool:
        if self._after_neither_nor(i) or self.word(i) in V.DENIED_CHANGE or self._neither_subject(i):
            return True
        if self._set_aside_at(i):
            return True
        k = i - 1
        steps = 0
        while k >= 0 and steps < 5 and not self.toks[k].is_ent:
            w = self.toks[k].lower
            if w in V.NEGATIONS and self.word(k + 1) not in V.NOT_NEGATION_AFTER:
                return True
            if self._lost_ability_at(k):
                return True  # "exosomes from miR-23b inhibitor-transfected BMSCs lost their ability to promote"
            if w in {",", ";", "and", "but", "by", "which", "that", "thereby", "also"}:
                break
            k -= 1
            steps += 1
        return False

    def _set_aside_at(self, i: int) -> bool:
        """The verb at i is what the clause says did not happen: "by silencing RhoA rather than by reducing glial
        scarring", "instead of reducing it"."""
        k = i - 1
        if self.word(k) == "by":
            k -= 1
        return (self.word(k - 1), self.word(k)) in {("rather", "than"), ("instead", "of")}

    def _shares_denial(self, prev: Frame, i: int) -> bool:
        """ "failed to reduce Evans blue leakage or restore tight junction proteins", "did not lower X and to raise Y":
        a verb coordinated with a denied one by "or", or in its bare form, is denied too ("did not lower X and
        raised Y" is not)."""
        if not prev.negated:
            return False
        k = i - 1
        while _adverb(self.word(k)):
            k -= 1
        if self.word(k) == "to":
            k -= 1
        if self.word(k) == "or":
            return True
        verb, before = self.word(i), self.word(prev.start)
        return self.word(k) == "and" and not verb.endswith(("ed", "s")) and not before.endswith("ed")

    def _lost_ability_at(self, k: int) -> bool:
        """ "lost their ability to": a denial that says the ability was there before (see _claim)."""
        return self.word(k) in _LOSING and self.word(k + 1) in {"their", "its", "the"} \
            and self.word(k + 2) in _ABILITY_HEADS and self.word(k + 3) == "to"

    def _neither_subject(self, i: int) -> bool:
        """ "Neither exosome preparation altered BV2 viability": a subject opened by "neither" denies its verb, the
        name inside it no stop to the search."""
        if "neither" not in self.words:
            return False
        for k in range(i - 1, max(-1, i - 6), -1):
            w = self.word(k)
            if w == "neither":
                return k == 0 or self.word(k - 1) in {",", ";", "but", "and", "that", "whereas", "while"}
            if w in {",", ";", "nor", "and", "or", "but", "which", "that", "by"}:
                return False
        return False

    def _after_neither_nor(self, i: int) -> bool:
        """ "Neither BMSC-Exos nor MSCs altered IL-10": the verb after a neither/nor subject is denied."""
        if "nor" not in self.words:
            return False
        k = i - 1
        saw_nor = False
        while k >= 0 and k >= i - 25:
            w = self.word(k)
            if w in _NEITHER_NOR_BREAKS:
                return False
            if w == "nor":
                saw_nor = True
            elif w == "neither":
                return saw_nor
            k -= 1
        return False

    def _left(self, i: int) -> int:
        """Index of the first token left of i that is not an adverb, modal or auxiliary."""
        k = i - 1
        while k >= 0 and not self.toks[k].is_ent and (
                self.toks[k].lower in _LEFT_SKIP_WORDS
                or (self.toks[k].lower.endswith("ly") and len(self.toks[k].lower) > 4)
                # "and more effectively shifted": the comparative of an adverb
                or (self.toks[k].lower in {"more", "less", "most"} and self.word(k + 1).endswith("ly"))):
            k -= 1
        if self.word(k) == "also" and self.word(k - 1) == "but":
            return k - 1
        return k

    def _past_raising_verb(self, k: int) -> int:
        """The word before "appear to" or "were shown to" when k is that "to"; else k."""
        if self.word(k) != "to":
            return k
        if self.word(k - 1) in _RAISING_VERBS:
            return self._left(k - 1)
        if self.word(k - 1) in _RAISING_PARTICIPLES and self.word(k - 2) in _COPULAS:
            return self._left(k - 2)
        return k

    def _role_and_subject(self, i: int) -> tuple[str, list[Arg], Frame | None]:
        k = self._past_raising_verb(self._left(i))
        prev = self.frames[-1] if self.frames else None
        w = self.word(k)
        b = i - 1
        while _adverb(self.word(b)):
            b -= 1  # "without significantly changing ZO-1"
        if self.word(b) == "without" and prev is not None and prev.subjects and self.toks[i].lower.endswith("ing"):
            # "BMSC-Exos lowered IRAK1 and TRAF6 without changing TLR4": what the clause's subject left alone, not
            # what its objects did
            return "coordinated", list(prev.subjects), None
        if self._set_aside_at(i) and self.word(i - 1) != "by" and prev is not None and prev.subjects \
                and self.toks[i].lower.endswith("ing"):
            # "silenced RhoA instead of reducing glial scarring": what the subject did not do (denied: _negated)
            return "coordinated", list(prev.subjects), None
        if w in _LATER_MARKERS and self.word(k - 1) in _RELATIVE_OR_IN:
            k -= 2 if self.word(k - 1) == "in" else 1  # "which subsequently leads", "which in turn activates"
            w = self.word(k)
        if w in V.NOUN_SIGN or w in {"expression", "activation", "activity", "level", "levels"}:
            if self.word(k - 1) == "whose":  # "TSG-6, whose overexpression inhibits ER stress"
                if w in V.LOSS_SUFFIXES and (antecedent := self._antecedent(k - 1)):
                    # "KEAP1, whose repression allowed Nrf2 to ...": KEAP1 named by its loss (the span is "whose
                    # repression", read by _subject_sign with the sign turned)
                    possessive = self.toks[k - 1].start, self.toks[k].end
                    return "relative", [Arg(a.ref, *possessive) for a in antecedent], None
                k -= 1
                w = "whose"
        if w in V.AMOUNT_NOUNS and self.word(k - 1) in {"its", "their"} and self.word(k - 2) in {"and", ","} \
                and prev is not None and (changed := [o for o, _ in prev.objects if o.category in V.MOLECULE]):
            # "miR-204-5p targeted MMP-9, and its expression was decreased after BMSC-Exo treatment": the amount of
            # the molecule named last (a manipulation, "its knockdown", is the subject's: below)
            possessive = self.toks[k - 1].start, self.toks[k].end
            named = changed[-1:] if self.word(k - 1) == "its" else changed
            return "main", [Arg(a.ref, *possessive) for a in named], None
        if w == "," and (alternative := self._possessive_before_an_alternative(k)) is not None:
            k = alternative  # "its inhibition, or treatment with the STAT3 activator colivelin, restored ..."
            w = self.word(k)
        if (w in _GAIN_NOUNS or w in V.LOSS_SUFFIXES) and self.word(k - 1) in {"its", "their"}:
            # "MSC-Exos carried miR-21, and its upregulation reduced PTEN"; "its knockdown increased PTEN" is said
            # of miR-21 with the sign turned (_subject_sign); "miR-21 reduced PTEN, and its knockdown ...": the
            # subject of the clause before, not its object
            if prev is not None and prev.subjects and all(a.category in _MOLECULE_OR_PATHWAY for a in prev.subjects):
                possessive = self.toks[k - 1].start, self.toks[k].end  # read here: the span is "its knockdown"
                return "main", [Arg(a.ref, *possessive) for a in prev.subjects], None
            return "main", self._anaphor(i), None
        # "by negatively regulating SPRED1": a trigger may open with its adverb
        ing = self.toks[i].lower.endswith("ing") or (_adverb(self.toks[i].lower) and self.word(i + 1).endswith("ing"))
        head_words = {self.toks[i].lower, self.word(i + 1)}
        if prev is not None and w in V.RELATIVE and self.word(k - 1) == "," and head_words & V.CLAUSE_RELATIVE_VERBS:
            return self._consequence(prev)  # "X raised Y, which was accompanied by a decrease of Z": X -> Z
        if prev is not None and w == "which" and self.word(k - 1) == "," and self._fall_did_it(prev, k, i):
            return self._consequence(prev)
        if prev is not None:
            if self.toks[i].lower in {"resulting", "leading"} and w not in V.COORDINATORS \
                    and not self._entity_between(prev.end, i):
                return self._consequence(prev)  # "X binding to the allele resulting in inhibition of Y"
            if w in V.CONSEQUENCE_MARKERS or (w in {"leading", "resulting"}) or (
                    w == "to" and self.word(k - 1) in {"leading", "contributing"}):
                return self._consequence(prev)
            if w in V.MEANS_MARKERS and (ing or w in {"involves", "involve", "involving"}):
                if self.word(k - 1) == "," and (named := self.ent(k - 2)) is not None and not named.consumed \
                        and self.word(self._list_back(k - 2)[0] - 1) in _CONTRAST_OPENERS:
                    # "..., whereas miR-133b, by targeting RhoA, favours axonal outgrowth": the subject of its own
                    # clause, set off by the commas, not the clause before's
                    return "means", self._list_back(k - 2)[1], None
                if self._clause_between(prev.end, k):
                    # "..., and PTX induce NSCs to give rise to neurons, this scaffold has shown superior
                    # performance ... by enhancing neural regeneration": the means is of a clause read as no frame
                    return "means", [], None
                return "means", list(prev.subjects), prev
            if ((w == "to" and not ing and not self.toks[i].lower.endswith(("ed", "s")))
                    or (w == "for" and ing and prev.objects)) \
                    and not self._entity_between(self._past_means_phrase(prev.end, k), k):
                # purpose: "targets IRF5 to inhibit M1 polarization", "... via the SIRT1/NRF2 axis to alleviate Y",
                # "modify macrophage polarization for attenuating inflammation"
                if prev.kind == V.CARRY and (trigger := self._trigger(i)) is not None and trigger[0] == V.TARGET \
                        and (cargo := [o for o, _ in prev.objects if o.category in V.MIRNA]):
                    return "main", cargo, None  # "by delivering miR-22-3p to target NLRP3": the miRNA targets it
                if not prev.objects and (given := self._given_to_cells(prev)):
                    # "Primary astrocytes were stimulated with IL-6 to activate JAK2/STAT3 signaling": what the
                    # cells were given does it, not the cells
                    return "main", given, None
                if not prev.objects or self._verb_coordinated_before(k):
                    # "facilitate axonal growth and act as mediators to regulate neurogenesis": the purpose of a
                    # verb with no object of its own, said of the same subject
                    return "coordinated", list(prev.subjects), None
                return self._consequence(prev)
        elif w in V.MEANS_MARKERS and ing:
            if self.word(k - 1) == "," and self.ent(k - 2) is not None:  # "miR-21, by targeting STAT3, ..."
                return "means", self._list_back(k - 2)[1], None
            if k == 0:  # "By delivering miR-145-5p, BMSC-Exos reduced TLR4": the main clause's subject after the comma
                fronted = self._subject_after_comma(i)
                if fronted:
                    return "means", fronted, None
            if self._change_before_means(k) is not None:
                # "we observed the restoration of locomotor activity by stimulating remyelination": what the means
                # raises changes the outcome (see _open_frame)
                return "means_change", [], None
            subjects = self._subject_before(k)
            return "means", (self._clause_subject_over_object(k, subjects) or self._treatment_of(k, subjects)
                             or subjects), None
        if w in V.RELATIVE or (w == "turn" and self.word(k - 2) in V.RELATIVE):
            antecedent = self._antecedent(k if w in V.RELATIVE else k - 2)
            if antecedent is None:
                return "relative", [], None  # "as part of a feedback loop that regulates ...": no name to act
            if antecedent:
                return "relative", antecedent, None
        if prev is not None and w == "," and not prev.subjects and self.toks[prev.start].lower.endswith("ed") \
                and self.word(prev.start - 1) == "," and (named := self.ent(prev.start - 2)) is not None \
                and not self._entity_between(prev.start, k):
            # "miR-30b-3p, up-regulated after priming, targeted the JAK2 3′-UTR": the verb after a participle set
            # off by commas is the noun's before it
            return "main", list(named.args()), None
        if prev is not None and w == ";" and not ing and self.toks[i].lower.isalpha() and (main := next(
                (f for f in reversed(self.frames) if f.role == "main" and f.subjects and f.objects), None)) is not None:
            # "They inhibit pyroptosis by reducing NLRP3 ...; limit ferroptosis by ...; restore autophagic flux": a
            # list of verb phrases set off by semicolons shares the first one's subject
            return "coordinated", list(main.subjects), None
        if prev is not None and (w in V.COORDINATORS or w in {"but", "also", "whereas", "nor"}) \
                and not self._entity_between_outside_values(self._past_apposition(prev.end, k), k + 1):
            # ("vesicles that neither reduced IRAK1 nor improved locomotor scores": the relative's subject again)
            if ing and self._gerund_subject_after_and(i):
                return "main", [], None
            if ing and w == "," and prev.role == "means" and prev.kind == V.TARGET and prev.parent is not None:
                # "miR-23b-3p repressed Keap1 by binding its 3'-UTR, promoting nuclear accumulation of Nrf2": what the
                # repression led to, not a second means of it
                return self._consequence(prev.parent)
            if ing and prev.role in {"means", "consequence"}:
                return prev.role, list(prev.subjects), prev.parent
            if w == "," and ing:
                if prev.role in {"main", "coordinated"} and self.toks[prev.start].lower.endswith("ing"):
                    # a series of gerunds: "in various ways, such as promoting axonal regeneration, inhibiting
                    # neuronal apoptosis, ..." names the ways side by side, not one as the other's consequence
                    return "coordinated", list(prev.subjects), None
                return self._consequence(prev)
            if prev.role in {"means", "consequence"}:
                return "coordinated", list(prev.subjects), None
            if prev.patients and w == "and" and not ing and not self._copula_between(prev.end, i):
                return "coordinated", list(prev.patients), None  # "PTEN is regulated by miR-21 and promotes Y"
            if prev.role == "relative" and prev.patients and w == ",":
                # "PTEN, which is targeted by miR-21, promotes apoptosis": the antecedent, not the agent
                return "coordinated", list(prev.patients), None
            if prev.role == "injury":  # "TNF-α was increased in the SCI group but decreased in the X group"
                return "coordinated", [o for o, _ in prev.objects], None
            return ("coordinated" if prev.role in {"main", "relative", "coordinated"} else prev.role,
                    list(prev.subjects), prev.parent)
        if not ing and (antecedent := self._restrictive_relative_subject(i)) is not None:
            # "Exosomes that target PTEN reduce apoptosis": the verb after the relative clause is the antecedent's
            # (none we can name: "the miRNA that targets PTEN in neurons reduces apoptosis")
            return "main", antecedent, None
        if w == "to" and prev is not None and prev.kind == V.CARRY and (cargo := self._cargo_sent_to_cells(prev, k)):
            return "main", cargo, None  # "transfer miR-21 to neurons to suppress PTEN": the cargo, not the cells
        subjects = self._subject_before(i)
        if subjects and w == "and" and self._passive_agent(subjects[0]):
            # "Exosomes were taken up by microglia and inhibited their M1 polarization": the passive's subject
            head = self._clause_head(i)
            if head is not None and head.arg != subjects[0]:
                named = self._preparation_pointed_at(self.toks.index(head), named_only=False)
                return "main", [named] if named is not None else list(head.args()), None
        if subjects and w == "and" and (haver := self._subject_of_a_having_verb(subjects[0])):
            return "coordinated", haver, None  # "MSC-Exos had neuroprotective effects and reduced apoptosis"
        if subjects:
            return "main", subjects, None
        if prev is None and w == "," and ing:
            head = self._clause_head(i)  # "pre-miR-630 arrested cells in G1, correlating with higher p27"
            if head is not None:
                return "main", list(head.args()), None
        if prev is None and w == "," and not ing and (head := self._passive_opening(k)) is not None:
            # "BMSC-EVs were internalized by microglia, decreased M1 cells, and reduced TNF-α": the verbs after a
            # passive opening share its subject
            return "main", list(head.args()), None
        if prev is None and w in {"but", "and"} and self.word(k - 1) not in {",", ";"}:
            head = self._clause_head(i)  # "X had no effect on A but reduced B": the verb is X's
            if head is not None and not head.consumed and head.arg.category not in V.CONTEXT_ONLY:
                return "coordinated", list(head.args()), None
        if prev is not None and w in {",", "and", "while", "or"}:
            head = self._clause_head(i)
            if head is not None and (head.start >= self.toks[prev.start].end or not prev.subjects):
                # "...; miR-133b is expressed in neurons, and regulates TH": the subject of this clause
                return "main", [a for a in head.args()], None
            return prev.role, list(prev.subjects), prev.parent
        if self.ctx.row_subject is not None and w in {";", ""}:
            return "main", [self.ctx.row_subject], None
        return "main", self._anaphor(i), None

    def _past_apposition(self, a: int, k: int) -> int:
        """Past a noun phrase set off by commas from a up to the coordinator at k ("suppresses RhoA, a central
        mediator of growth cone collapse, and activates ERK1/2": what it names is no subject of the verb after);
        else a."""
        if self.word(a) != "," or self.word(a + 1) not in {"a", "an"} or self.word(k - 1) != "," \
                or any(self.word(x) in {",", ";", "which", "that"} or self._trigger(x) is not None
                       for x in range(a + 2, k - 1)):
            return a
        return k - 1

    def _possessive_before_an_alternative(self, k: int) -> int | None:
        """Where "its inhibition" stands when the comma at k closes an alternative set off after it ("its
        inhibition, or treatment with the STAT3 activator colivelin, | restored ..."): the first subject names it."""
        for m in range(k - 1, max(k - 12, 2), -1):
            w = self.word(m)
            if w in {";", ":", "."}:
                return None
            if w in {"or", "and"} and self.word(m - 1) == "," and self.word(m - 3) in {"its", "their"} and (
                    self.word(m - 2) in _GAIN_NOUNS or self.word(m - 2) in V.LOSS_SUFFIXES):
                return m - 2
        return None

    def _clause_between(self, a: int, b: int) -> bool:
        """Whether a clause of its own opens in [a, b): a comma, then a finite auxiliary ("has shown", "was
        found") before b."""
        comma = False
        for x in range(a, b):
            w = self.word(x)
            if w == ",":
                comma = True
            elif comma and w in _FINITE_AUXILIARIES and x > a + 1:
                return True
        return False

    def _copula_between(self, a: int, b: int) -> bool:
        """ "X is regulated by Y and is degraded": a second passive keeps its own reading."""
        return any(self.word(x) in _COPULAS for x in range(a, b))

    def _passive_opening(self, k: int) -> Tok | None:
        """The subject of the passive clause ("X were taken up by Y") that opens the sentence and ends at k."""
        head = self._clause_head(k)
        if head is None:
            return None
        h = next(x for x in range(k) if self.toks[x] is head)
        if self.word(h + 1) not in _COPULAS or not any(self.word(x) == "by" for x in range(h + 2, k)) \
                or any(self.word(x) in {",", ";"} for x in range(h + 1, k)):
            return None
        return head

    def _passive_agent(self, arg: Arg) -> bool:
        """Whether ``arg`` is the agent of a passive verb ("were taken up by microglia")."""
        j = next((x for x, t in enumerate(self.toks) if t.is_ent and t.start == arg.start), None)
        if j is None:
            return False
        k = j - 1
        while self.word(k) in _BEFORE_AN_AGENT or self.word(k) in V.REAGENTS or (k >= 0 and self.toks[k].is_ent and (
                self.toks[k].consumed or self.word(k + 1) in V.REAGENTS)):
            k -= 1  # "by the recipient ...", "by Iba1-positive microglia", "by the PI3K inhibitor LY294002"
        # "by DRG neurons", "by dorsal root ganglion (DRG) neurons", "by cultured cortical neurons": the cells' origin
        steps = 0
        while k >= 0 and steps < 6 and self.word(k) != "by" and not self.toks[k].is_ent \
                and self.word(k) not in _AGENT_NAME_BREAKS:
            k -= 1
            steps += 1
        if self.word(k) != "by":
            return False
        for x in range(k - 1, max(k - 5, -1), -1):
            if self.toks[x].is_ent:
                return False
            if self.word(x) in _COPULAS:
                return True
        return False

    def _clause_head(self, i: int) -> Tok | None:
        """The participant that opens the clause holding position i (after the last ";"/":" or the sentence
        start): "miR-133b is specifically expressed in neurons, and regulates ..." -> miR-133b."""
        start = 0
        for x in range(i - 1, -1, -1):
            if self.word(x) in {";", ":"}:
                start = x + 1
                break
        for x in range(start, min(i, start + 4)):
            t = self.toks[x]
            if t.is_ent:
                if t.consumed or t.mediator or t.arg.category in V.CONTEXT_ONLY or self._preposition_before(x):
                    return None
                return t
            if self._trigger(x) and not self._is_modifier(x):
                return None
        return None

    def _describes_a_cell_after_a_preposition(self, i: int) -> bool:
        """Whether the participle at ``i`` (after "or"/"and") stands before a cell coordinated with a cell that is
        the object of a preposition ("from naïve MSC or stimulated MSC")."""
        b = i - 2
        if self.word(b) == ")":  # "naïve MSC (MSCEvwt) or stimulated MSC (MSCEv+)"
            while b > 0 and b > i - 8 and self.word(b) != "(":
                b -= 1
            b -= 1
        after, before = self.ent(i + 1), self.ent(b)
        if after is None or before is None or after.arg.category != "biolink:Cell":
            return False
        if self.word(i) in _AMOUNT_CHANGES:
            return False  # "reduced the number of M1 microglia and increased M2 microglia": a second verb
        if self.vesicle(before.arg):  # the first cell inside a preparation's name: "EVs from either naïve MSC"
            return _SOURCE_PREPOSITION.search(before.lower) is not None
        if before.arg.category != "biolink:Cell":
            return False
        x = b - 1
        while x >= 0 and x >= b - 4 and not self.toks[x].is_ent and self.word(x) not in V.PREPOSITIONS:
            x -= 1
        return self.word(x) in V.PREPOSITIONS

    def _verb_coordinated_before(self, k: int) -> bool:
        """Whether "and" and a verb stand between the last participant before ``k`` and ``k`` ("axonal growth and
        act as mediators to ..."; "the MAPK pathway and the NF-κB pathway, to regulate" is a list)."""
        x = k - 1
        while x >= 0 and not self.toks[x].is_ent:
            if self.word(x) == "and" and x + 1 < k and (
                    self.word(x + 1) in _VERBS_OF_A_ROLE or self._trigger(x + 1)):
                return True
            x -= 1
        return False

    def _fall_did_it(self, prev: Frame, which: int, i: int) -> bool:
        """ "X decreased Y and Z, which provided neuroprotection": "which" is the fall, not Y, when the clause
        before lowered what it names and the relative tells what happened next (a past verb, or "in turn",
        "then" between "which" and the verb at i). "miR-21 lowers PTEN, which inhibits AKT" says what PTEN does."""
        if prev.kind not in {V.INC, V.DEC}:
            return False
        relieving = self.toks[i].lower in _RELIEVING_VERBS and self.word(i + 1 + (self.word(i + 1) == "the")) in {
            "inhibition", "suppression", "repression"}  # "..., which relieves inhibition of PI3K/AKT": the fall's
        if not relieving and not any(self.word(x) in _STEP_MARKERS for x in range(which + 1, i)):
            verb = self.toks[i].lower
            if self.word(i - 1) == "to" and self.word(i - 2) in _RAISING_VERBS:
                verb = self.word(i - 2)  # "which appeared to increase AKT": the past is the raising verb's
            if not (verb.endswith("ed") or verb in _IRREGULAR_PAST) or any(
                    self.word(x) in V.AUXILIARIES for x in range(which + 1, i)):
                return False
        antecedent = self._antecedent(which)
        fell = {o for o, local in prev.objects if _sign(prev, local) < 0}
        return bool(antecedent) and all(a in fell for a in antecedent)

    def _cargo_sent_to_cells(self, prev: Frame, k: int) -> list[Arg]:
        """The molecules a carrying verb sent to the cells named right before the purpose "to" at k ("transfer
        miR-21 to neurons to suppress PTEN"); none when no such destination stands there."""
        x = k - 1
        if self.ent(x) is None or self.ent(x).arg.category not in V.CELL:
            return []
        x -= 1
        while self.word(x) in CELL_STATE_WORDS or self.word(x) in {"the", "recipient", "target", "host"}:
            x -= 1
        if self.word(x) not in {"to", "into"}:
            return []
        return [o for o, _ in prev.objects if o.category in V.MOLECULE and o.end <= self.toks[x].start]

    def _consequence(self, prev: Frame) -> tuple[str, list[Arg], Frame | None]:
        if prev.lead and prev.objects and all(_sign(prev, local) > 0 for _, local in prev.objects):
            # "X leads to Y, inhibiting Z": it is Y that inhibits Z ("X leads to the loss of Y, resulting in Z" is
            # read as X -> Z, and Y -> Z with the sign its loss turns)
            return "consequence", [o for o, _ in prev.objects], None
        return "consequence", list(prev.subjects), prev

    def _past_means_phrase(self, a: int, b: int) -> int:
        """Where to look for a new subject between a and b: past a "via"/"through" phrase that runs up to b
        (its mediator is no subject of what follows)."""
        for m in range(a, b):
            if self.word(m) in {"via", "through"}:
                return b
            if self.toks[m].is_ent or self.word(m) in {",", ";", "and"}:
                return a
        return a

    def _entity_between(self, a: int, b: int) -> bool:
        return any(t.is_ent and not t.consumed and t.arg.category not in V.CONTEXT_ONLY
                   for t in self.toks[max(a, 0):max(b, 0)])

    def _entity_between_outside_values(self, a: int, b: int) -> bool:
        """Whether an entity stands between a and b outside parentheses holding a value: "restored mitochondrial
        membrane potential (2.8-fold that of the H2O2 group) and increased ATP" leaves the verb after "and" the
        clause's subject's (the group compared with is no agent)."""
        k = max(a, 0)
        opened = next((x for x in range(k - 1, max(k - 8, -1), -1) if self.word(x) in {"(", ")"}), None)
        if opened is not None and self.word(opened) == "(":
            k = opened  # the clause before ended inside the parentheses ("(2.8-fold ...": the value read as its end)
        while k < b:
            if self.word(k) == "(":
                close = next((x for x in range(k + 1, min(b, len(self.toks))) if self.word(x) in {"(", ")"}), None)
                if close is not None and self.word(close) == ")" and any(
                        self.word(x)[:1].isdigit() for x in range(k + 1, close)):
                    k = close + 1
                    continue
            if self._entity_between(k, k + 1):
                return True
            k += 1
        return False

    def _restrictive_relative_subject(self, i: int) -> list[Arg] | None:
        """The subject of the verb at i when a relative clause without a comma stands between it and its noun:
        "Exosomes that target PTEN reduce apoptosis" (exosomes), "Cells that express TLR4 produce TNF-α" (cells,
        which name nothing); None when no such clause ends at i ("the finding that miR-21 inhibits PTEN": a
        subject follows "that", so the clause is no relative)."""
        x = self._left(i)
        while x >= 0 and (self.toks[x].is_ent or self.word(x) not in {"that", "which"}):
            if not self.toks[x].is_ent and self.word(x) in _RELATIVE_CLAUSE_ENDS:
                return None
            x -= 1
        if x < 1 or self.word(x - 1) == ",":
            return None
        after = x + 1
        while after < i and _adverb(self.word(after)):
            after += 1
        verb = self._trigger(after) is not None or self.word(after) in _COPULAS or self.word(after).endswith(("s", "ed"))
        if after >= i or self.toks[after].is_ent or not verb:
            return None  # "that" + a subject: a complement clause, or the verb at i is the relative's own
        if not any(self.toks[y].is_ent for y in range(after + 1, i)):
            return None
        noun = self.ent(x - 1)
        given = next((y for y in range(i - 1, after, -1) if self.toks[y].is_ent and self.toks[y].agentive), None)
        if given is not None and (noun is None or noun.arg.category in V.CONTEXT_ONLY):
            # "Rats that received ADSC-Exos displayed improved locomotion", "Animals that were treated with the
            # exosomes showed ...": what the animals received is the treatment
            named = self._preparation_pointed_at(given)
            return [named] if named is not None else self._list_back(given)[1]
        if noun is not None:
            return [a for a in self._list_back(x - 1)[1] if a.category not in V.CONTEXT_ONLY]
        return [] if self.word(x - 1) in _CLASS_NOUNS_BEFORE_A_RELATIVE else None

    def _content_enriched_in(self, j: int) -> bool:
        """The molecule at j (or the list it ends) follows "enriched in": "The sEVs were enriched in miR-22-3p,
        which targeted NLRP3" names the content, not a place (as the vesicles are in "miR-21 was enriched in the
        exosomes, which ...")."""
        p = self._list_back(j)[0] - 1
        while self.word(p) in {"the", "a", "an"}:
            p -= 1
        return self.word(p) == "in" and self.word(p - 1) in _ENRICHED_WORDS

    def _ranked_cargo_end(self, p: int) -> int | None:
        """After "the most enriched miRNA" at p (also "one of the most abundant miRNAs", "the top upregulated
        miRNA"), where the place it ranks in is named; None when p starts no such phrase."""
        if self.word(p) not in {"the", "one", "among"}:
            return None
        q = p
        while self.word(q) in {"the", "one", "of", "among", "most", "top", "highly", "mostly"}:
            q += 1
        if q - p < 2 or not (self.word(q) in _PRESENCE_PARTICIPLES or self.word(q) in _RANKED_CHANGES):
            return None
        return q + 2 if self.word(q + 1) in _CARGO_CLASS_NOUNS else None

    def _kind_of(self, k: int) -> list[Arg]:
        """What "X is a(n iron-dependent) form of" or, in apposition, "X, an iron-dependent form of" says the kind
        noun at k is: X; none when k is no kind noun."""
        if self.word(k) not in _KIND_NOUNS or self.word(k + 1) != "of":
            return []
        m = k - 1
        while m >= 0 and k - m < 7 and not self.toks[m].is_ent and self.word(m) not in {"is", "are"}:
            m -= 1
        if self.word(m) in {"is", "are"} and m >= 1 and self.toks[m - 1].is_ent:
            return self._list_back(m - 1)[1]
        if m >= 0 and self.toks[m].is_ent and self.word(m + 1) == "," and self.word(m + 2) in {"a", "an"}:
            return list(self.toks[m].args())
        return []

    def _antecedent(self, k: int) -> list[Arg] | None:
        """The noun phrase a relative "which"/"whose" refers to: the nearest participant before it; None when it is
        an unnamed noun phrase inside a prepositional phrase ("as part of a feedback loop that ...")."""
        j = k - 1
        if self.word(j) == ",":
            j -= 1
        v = k + 1
        while self.word(v) in {"in", "turn", "then", "subsequently", "further"} or _adverb(self.word(v)):
            v += 1
        singular_verb = _plural(self.word(v)) and self._trigger(v) is not None  # "inhibits": the -s of a verb
        indefinite = False  # passed "a"/"an": an unnamed noun phrase of its own
        while j >= 0:
            t = self.toks[j]
            if indefinite and t.plain in {"of", "as", "in", "for", "from", "into"}:
                return None  # "ADCK3 plays a role ... as part of a feedback loop that regulates ATP production"
            indefinite = indefinite or t.plain in {"a", "an"}
            if t.is_ent and t.arg.category not in V.CONTEXT_ONLY and not t.consumed:
                preposition = self._preposition_before(j)
                if preposition == "in" and t.arg.category in _GENE_OR_MIRNA and self._content_enriched_in(j):
                    preposition = None
                if preposition == "of" and (kind_of := self._kind_of(j - 2)):
                    return kind_of  # "Ferroptosis is a form of regulated cell death that contributes to ..."
                if preposition in V.LOCATIVE or (singular_verb and preposition in {"to", "into"} and _plural(t.lower)) \
                        or (preposition == "to" and t.arg.category in V.CELL and self._given_to(j)):
                    # "transfer miR-29b-3p to injured neurons, which in turn inhibits PTEN": the verb is not the
                    # plural's; "delivered miR-219 to OPCs, which decreased Lingo1": nor the cells the cargo reached
                    j -= 1
                    continue
                return self._list_back(j)[1]
            if not t.is_ent and t.lower in {";", ":"}:
                break
            if not t.is_ent and not t.lower.startswith(_GIVING_STEMS) and self._trigger(j) is not None \
                    and not self._is_modifier(j):
                # "X regulated circRNA profiles, which were enriched in ...": the unnamed object, not X (what X
                # releases or carries acts for it: "exosomes release signaling molecules that act on Y")
                break
            j -= 1
        return []

    def _given_to(self, j: int) -> bool:
        """Whether the cells at j, after "to", are where a verb of giving brought its cargo ("delivered miR-219 to
        OPCs", "transferred miR-124 to microglia")."""
        k = j - 1
        while k >= 0 and k >= j - 8 and self.word(k) not in {",", ";", ":"}:
            if not self.toks[k].is_ent and self.toks[k].lower.startswith(_GIVING_STEMS):
                return True
            k -= 1
        return False

    def _list_back(self, j: int) -> tuple[int, list[Arg]]:
        """The list that ends in the entity at j, read leftwards: "A, B, and C", "microRNAs (miRNAs)--A, B and
        C", a class before its members ("miRNAs miR-1 and miR-2"). Members share a role group (miRNAs with
        miRNAs, genes with genes). Returns the index of the first member and the members in order."""
        toks = self.toks
        group = _role_group(toks[j].arg.category)
        out = list(toks[j].args())
        k = j
        while True:
            # "neutrophils and Iba1-positive macrophages": over the marker; "phosphorylation of IκBα and nuclear
            # translocation of NF-κB p65": over the head
            m = self._head_phrase_start(self._marker_start(k)) - 1
            changed = self._changed_in_a_list(k) and m == k - 1 and self.word(m) == "of"
            if changed:
                m = k - 3  # "activation of Wnt signalling and suppression of NF-κB"
            steps = 0
            separated = False
            nor = False
            while m >= 0 and steps < 5 and not toks[m].is_ent and (
                    toks[m].lower in V.LIST_SEPARATORS or toks[m].lower in V.LIST_WORDS or toks[m].lower == "nor"):
                separated = separated or toks[m].lower in V.LIST_SEPARATORS
                nor = nor or toks[m].lower == "nor"
                m -= 1
                steps += 1
            if steps and not self.toks[m].is_ent and (when := self._time_phrase_before(m)) is not None \
                    and self.ent(when) is not None:
                m = when  # "BBB scores at 8 weeks (...), inclined plane angles (...) and MEP amplitudes improved"
            nxt = self.ent(m)
            if nxt is None and steps and V.NOUN_SIGN.get(self.word(m)) and self._changed_in_a_list(k) \
                    and (before := self.ent(m - 1)) is not None and before.arg.category in _MOLECULE_OR_PATHWAY:
                m, nxt, changed = m - 1, before, True  # "Wnt activation and NF-κB suppression"
            measured = False
            if nxt is None and steps and self.word(m + 1) in {"and", ","} and self.word(m) in _STAIN_MEASURE_NOUNS \
                    and self.word(k + 1) in _STAIN_MEASURE_NOUNS \
                    and (before := self.ent(m - 1)) is not None and before.arg.category in V.MOLECULE \
                    and toks[k].arg.category in V.MOLECULE:
                m, nxt, measured = m - 1, before, True  # "The CSPG area and GFAP intensity were reduced": each measured
            # each named by its change, a pathway and a molecule are one list of what changed
            changed = changed and nxt is not None and nxt.arg.category in _MOLECULE_OR_PATHWAY
            if nxt is not None and "," in {self.word(x) for x in range(m + 1, k)} and self._in_comparison_opener(m):
                return k, out  # "Compared with A (Exo), B (HExo) were ...": A is the comparator, not a subject
            # "neither A nor B": two subjects whatever their kinds
            paired = nor and self.word(m - 1) == "neither"
            if nxt is not None and not paired and self._given_together(nxt.arg, toks[j].arg) \
                    and {self.word(x) for x in range(m + 1, k)} & {"and", "or", ","} \
                    and not (k == j and [self.word(x) for x in range(m + 1, k)] == [",", "and"]):
                # "BMSC-Exos and ADSCs reduced apoptosis": two treatments compared ("polarized to M1 by LPS, and
                # exosomes reduced TNF-α": two clauses)
                paired = True
            if nxt is None or nxt.consumed or (_role_group(nxt.arg.category) != group and not paired and not measured
                                               and not changed and not self._readouts(m, j)) or (
                    steps and not separated and not paired):
                return k, out
            k = m
            out[:0] = list(nxt.args())

    def _time_phrase_before(self, m: int) -> int | None:
        """Where the word before a time phrase ending at m stands ("at 8 weeks", "at day 28", "on day 7"), else
        None."""
        if self.word(m) in _TIME_UNITS and _number(self.word(m - 1)) is not None \
                and self.word(m - 2) in {"at", "on", "after"}:
            return m - 3
        if _number(self.word(m)) is not None and self.word(m - 1) in _TIME_UNITS \
                and self.word(m - 2) in {"at", "on", "after"}:
            return m - 3
        return None

    def _readouts(self, m: int, j: int) -> bool:
        """The entities at m and j are read-outs a list may join whatever their kinds: an outcome and a molecule
        named by its amount ("MMP-9 activity and IgG leakage were also lower", "IgG leakage and MMP-9 activity")."""
        def amount(x: int) -> bool:
            return self.toks[x].arg.category in V.GENE and self.word(x + 1) in V.AMOUNT_NOUNS

        def outcome(x: int) -> bool:
            return self.toks[x].arg.category in _OUTCOME_OR_PROCESS

        return (amount(m) and outcome(j)) or (outcome(m) and amount(j))

    def _changed_in_a_list(self, k: int) -> bool:
        """The molecule or pathway at k is named by its change in a list of such ("suppression of NF-κB",
        "NF-κB suppression" after "and"), so what it is listed with may be of another kind."""
        if (t := self.ent(k)) is None or t.arg.category not in _MOLECULE_OR_PATHWAY:
            return False
        if self.word(k - 1) == "of" and V.NOUN_SIGN.get(self.word(k - 2)) and self.word(k - 3) in {"and", ","}:
            return True
        return bool(V.NOUN_SIGN.get(self.word(k + 1))) and self.word(k - 1) in {"and", ","}

    def _given_together(self, a: Arg, b: Arg) -> bool:
        """Two treatments a list may join: vesicles and cells ("BMSC-Exos and ADSCs"), or vesicles and a drug they
        were loaded with ("the effects of sEVs and Ber")."""
        if self._treatment(a) and self._treatment(b):
            return True
        return (self.vesicle(a) and b.category in V.CHEMICAL) or (self.vesicle(b) and a.category in V.CHEMICAL)

    def _treatment(self, arg: Arg) -> bool:
        """A vesicle preparation or the cells one is made from: what a study gives the injured animals."""
        return self.vesicle(arg) or arg.ref.curie in self.k.composites

    def _subject_after_comma(self, i: int) -> list[Arg]:
        """The participants opening the clause after the first comma from i, when a verb follows them."""
        toks = self.toks
        comma = next((x for x in range(i, len(toks)) if self.word(x) == ","), None)
        if comma is None:
            return []
        j = comma + 1
        while self.word(j) in {"the", "these", "those"}:
            j += 1
        if self.ent(j) is None or toks[j].arg.category in V.CONTEXT_ONLY:
            return []
        members, end = self._list_from(j, self._any)
        return members if self._opens_clause(end - 1) else []

    def _in_comparison_opener(self, m: int) -> bool:
        """The token at m stands in a phrase that opens the clause with a comparator ("Compared with A, ...",
        "Unlike A, ...", "In contrast to A, ..."), before its closing comma."""
        for x in range(m - 1, max(m - 12, -1), -1):
            w = self.word(x)
            if w in _COMPARISON_OPENERS:
                return x == 0 or self.word(x - 1) in {",", ";", ":", "in", "as"}
            if w in {",", ";", ":"} or (self.toks[x].is_ent and x < m - 6):
                return False
        return False

    def _clause_subject_over_object(self, k: int, nearest: list[Arg]) -> list[Arg]:
        """The sentence's first participant when the one nearest before a means phrase is the object of a verb
        the rules do not know ("MSC-Exos protect neurons by suppressing NF-κB": the exosomes suppress it)."""
        if not nearest:
            return []
        toks = self.toks
        first = self._first_participant(k)
        if first is None or toks[first].arg.category in V.CONTEXT_ONLY or toks[first].consumed \
                or any(a.start == toks[first].start for a in nearest):
            return []
        between = [t for t in toks[first + 1:k] if not t.is_ent]
        if not between or between[0].lower in _NOT_A_VERB_AFTER_SUBJECT:
            return []
        if any(self._trigger(x) and not self._is_modifier(x) for x in range(first + 1, k)):
            return []  # a verb the rules read: its frame already speaks for the clause
        verb = next((t for t in between if not (t.lower in _MODALS or _adverb(t.lower))), between[0])
        word = verb.lower  # past a modal or adverb: "MSC-Exos might (significantly) protect SCI by ..."
        if not (word.endswith(("s", "ed")) or word in _PLAIN_VERBS_AFTER_PLURAL):
            return []
        return list(toks[first].args())

    def _first_participant(self, k: int) -> int | None:
        """The first participant of the clause before k, after an opener ("In conclusion, X protect Y by ...",
        "Although SCI is severe, X protect Y by ...")."""
        toks = self.toks
        opened = max((x + 1 for x in range(k) if toks[x].plain in _CLAUSE_OPENER_ENDS), default=0)
        return next((x for x in range(opened, k) if toks[x].is_ent), None)

    def _treatment_of(self, k: int, nearest: list[Arg]) -> list[Arg]:
        """The clause's treatment when the one nearest before a means phrase is the disease it treats ("exosomes
        are potential drugs for treating SCI by reducing ROS": the exosomes reduce it, not the injury)."""
        if not nearest or any(a.category not in V.DISEASE for a in nearest):
            return []
        toks = self.toks
        at = next((x for x in range(k) if toks[x].start == nearest[0].start), None)
        if at is None:
            return []
        before = at - 1
        while before >= 0 and not toks[before].is_ent and toks[before].lower in _TREATED_DISEASE_MODIFIERS:
            before -= 1
        if self.word(before) not in _TREATING_WORDS:
            return []
        first = self._first_participant(before)
        if first is None or toks[first].consumed or toks[first].arg.category in V.CONTEXT_ONLY | V.DISEASE:
            return []
        return list(toks[first].args())

    def _assessed_at(self, j: int) -> int | None:
        """Where "assessed (measured, evaluated) by" stands before the test named at j, if it does."""
        for k in range(j - 1, max(j - 10, -1), -1):
            w = self.toks[k].lower
            if w in _ASSESSED_WITH and self.word(k - 1) in _ASSESSED_PARTICIPLES:
                return k - 1
            if not (self.toks[k].is_ent or w in _ASSESSED_WITH or w in _LIST_GAP_WORDS or w in {"the", "a", "an"}):
                return None
        return None

    def _undone_effect_of(self, j: int) -> int | None:
        """Where the reversal verb stands whose object is the effect the agent at j has ("reversed the antioxidant
        and anti-pyroptotic effects of" j), else None."""
        if self.word(j - 2) not in _EFFECT_HEADS:
            return None
        for k in range(j - 3, max(j - 9, -1), -1):
            if self.word(k) in _REVERSAL_VERBS:
                return k
            if self.toks[k].is_ent or self.word(k) in {",", ";", ":", "."}:
                return None
        return None

    def _findings_on_vesicles(self, that: int) -> bool:
        """Whether what found the clause after "that" names vesicles last ("the research results of MSC-Exos in SCI
        indicate that key biological functions include ..."): the finding is theirs, where a molecule named in an
        assay ("AGO2 immunoprecipitation demonstrated that ...") is the method, no actor."""
        named = next((t for t in reversed(self.toks[:that]) if t.is_ent and t.arg.category not in V.CONTEXT_ONLY
                      and t.arg.category not in V.DISEASE), None)  # ("of MSC-Exos in SCI")
        return named is not None and self.vesicle(named.arg)

    def _subject_before(self, i: int) -> list[Arg]:
        """The participant(s) heading the clause before position i."""
        toks = self.toks
        j = i - 1
        extra: list[Arg] = []  # members named in an apposition ("X, including A and B, V")
        while j >= 0:
            t = toks[j]
            if not t.is_ent:
                w = t.lower
                if w == "but" and self.word(j + 1) == "also":
                    j -= 1
                    continue
                if w in {";", ":"} or w in _CLAUSE_BREAK_WORDS or (
                        w == "that" and self.word(j - 1) in _FINDING_VERBS and not self._findings_on_vesicles(j)):
                    break  # ("AGO2 immunoprecipitation demonstrated that circPrkcb sponged ...": no AGO2 subject)
                if w == ",":
                    if self._comma_in_np(j):
                        j -= 1
                        continue
                    appositive = self._apposition_start(j)
                    if appositive is not None:
                        j, members = appositive
                        extra = [*members, *extra]
                        continue
                    break
                if self._trigger(j) and not self._is_modifier(j) and w not in {"shown", "reported"} \
                        and not self._reduced_relative(j):
                    break
                j -= 1
                continue
            if t.consumed or t.mediator or t.arg.category in V.CONTEXT_ONLY or (
                    t.arg.category in V.CELL and (self._place_of_a_change(j) or self._cultured_cells(j) or (
                        self.word(j - 1) == "of" and self.word(j - 2) in V.PRECONDITIONING_NOUNS))):
                # "Pyroptosis of microglia aggravates ...": the cells are where the subject happens; "Co-culture of
                # neurons with conditioned medium ... resulted in": the cells cultured are no actor; nor are the
                # cells primed ("Inflammatory licensing of adipose-derived stem cells increases exosomal let-7b-5p")
                j -= 1
                continue
            prep = self._preposition_before(j)
            if (outdoing := self._outdone_from(j)) is not None:
                j = outdoing - 1  # "DPSC-Exos outperform BMSC-Exos in promoting M2 polarization": DPSC-Exos do it
                continue
            head = j
            if not prep and self.word(j - 1) in {"and", "or"} and (first := self._list_back(j)[0]) != j \
                    and self._preposition_before(first) == "with":
                head, prep = first, "with"  # "GMSCs stimulated with TNF-α and IFN-γ reduced IL-6": the list's place
            absolute = prep == "with" and all(_adverb(self.word(x)) for x in range(j + 1, i)) \
                and self.toks[i].lower.endswith("ing")  # "with miR-659 binding more efficiently to ..."
            changed_in = prep == "in" and self.word(j - 1) == "in" and self.word(j - 2) in V.NOUN_SIGN \
                and self._opens_clause_at(self._before_compound_adjective(j - 3))  # "The (SCI-induced) increase in"
            if not self.words.isdisjoint(_ASSESSED_PARTICIPLES) and (assessed := self._assessed_at(j)) is not None:
                j = assessed - 1  # "Locomotor performance assessed by the BBB scale and footprint analysis was
                continue  # improved": the tests it was measured with are no subject
            if prep == "of" and self.word(j + 1) == "and" and (undone_at := self._undone_effect_of(j)) is not None:
                j = undone_at - 1  # "ML385 reversed the antioxidant effects of MT-Exos and reduced BBB scores": the
                continue  # vesicles whose effect was undone do not do what the undoer did next
            brought = prep in {"with", "to"} and self._brought_to(head, prep)
            if (prep in V.LOCATIVE or brought) and not (prep == "with" and self._with_agent(head) and not brought) \
                    and not absolute and not changed_in:  # "The reduction in neuroinflammation led to ...": no place
                j = head - 1
                continue
            if self.word(j - 1) == "by" and (v := self.ent(j - 2)) is not None and self.vesicle(v.arg) \
                    and self._taken_in(j - 2):
                j -= 1  # "The uptake of BMSC-Exos by neurons reduced apoptosis": the cells only took them in
                continue
            if self.word(j - 1) == "by" and self.word(j - 2) in _REDUCED_PASSIVES and self._is_modifier(j - 2):
                j -= 1  # "The migration induced by TGF-β1 was inhibited by exosomes": the participle's agent
                continue
            args = list(t.args())
            if (named := self._preparation_pointed_at(j, named_only=False)) is not None:
                return [named]  # "These exosomes" are the ones just named
            predicated = self._predicated_subject(j)
            if predicated:
                return predicated  # "miR-X acts as a tumor suppressor miRNA through ...": the miRNA is miR-X
            first, members = self._list_back(j)
            if (fronted := self._past_fronted_phrase(first, j)) is not None:
                # "In neurons on CSPG, exosomes reduced ROCK2": the phrase the sentence opens with is no member
                first = fronted
                members = [a for x in range(first, j + 1) if (e := self.ent(x)) is not None for a in e.args()]
            joins = [x for x in range(first + 1, j) if self.word(x) == "and" and self.word(x - 1) == ","]
            of = first - 1 - (self.word(first - 1) in {"the", "these", "their", "its"})
            if joins and self.word(of) == "of" and self.word(of - 1) in _EFFECT_HEADS:
                # "ML385 abolished the effect of DPSC-Exos, and exosomes from miR-141-3p-knockdown DPSCs failed to
                # ...": a list opening as the owner of the effect the clause before undid ends at ", and"
                first = joins[-1] + 1
                members = [a for x in range(first, j + 1) if (e := self.ent(x)) is not None for a in e.args()]
            verb = self._unknown_verb_before(first)
            if verb is not None and "and" in {self.word(x) for x in range(j + 1, i)}:
                return self._subject_before(verb)  # "Exosomes normalized TNF-α and upregulated IL-10"
            members = self._named_by_their_short_form(first, j, members)
            args = [*self._family_head(j), *members]  # "A, B and C V", "miRNAs miR-1 and miR-2 V"
            return list(dict.fromkeys([*args, *(a for a in extra if _role_group(a.category) == _role_group(
                t.arg.category))]))
        return []

    def _outdone_from(self, j: int) -> int | None:
        """Where the verb or adjective stands ("outperform", "superior to") when the participant(s) ending at ``j`` are
        the ones another outdoes, else None."""
        k = self._list_back(j)[0] - 1
        k -= self.word(k) in {"the", "their", "its", "those"}
        if self.word(k) in _OUTDOING_VERBS:
            return k
        if self.word(k) == "to" and self.word(k - 1) in _OUTDOING_ADJECTIVES:
            return k - 1
        return None

    def _past_fronted_phrase(self, first: int, last: int) -> int | None:
        """Where a list from ``first`` to ``last`` really opens when its first comma closes a phrase the sentence
        opens with ("In neurons on CSPG, exosomes ..."): no "and" or "or" joins it, so it is no list."""
        if self.word(0) not in _FRONTING_PREPOSITIONS:
            return None
        words = [self.word(x) for x in range(first, last)]
        if "and" in words or "or" in words or "," not in words or "," in {self.word(x) for x in range(first)}:
            return None
        return first + words.index(",") + 1

    def _named_by_their_short_form(self, first: int, last: int, members: list[Arg]) -> list[Arg]:
        """ "yielded EVs (anti-146a-EVs) that failed to ...": vesicles followed by the short form a definition gives
        them are one subject, the short form's (which says what the vesicles lack or carry), not two."""
        named = {a for x in range(first, last - 1) if self.word(x + 1) == "(" and self.word(x + 3) == ")"
                 and (t := self.ent(x)) is not None and self.vesicle(t.arg)
                 and (short := self.ent(x + 2)) is not None and self.vesicle(short.arg) for a in t.args()}
        return [a for a in members if a not in named] if named else members

    def _unknown_verb_before(self, first: int) -> int | None:
        """Where a noun phrase opening at ``first`` is the object of a verb the vocabulary does not know: a past
        tense right after another participant ("Exosomes normalized TNF-α": TNF-α is no subject of what
        follows). Participles that modify nouns ("cleaved caspase-3", "activated microglia") are not verbs."""
        k = first - 1
        while True:
            if self.word(k) in _DETERMINERS_BEFORE_A_MOLECULE:
                k -= 1
            elif self.word(k) == "of" and self.word(k - 1) in _AMOUNT_NOUNS:
                k -= 2  # "normalized the levels of TNF-α"
            else:
                break
        w = self.word(k)
        if not (w.endswith("ed") and w.isalpha()) or w in V.NP_PARTICIPLES:
            return None
        b = k - 1
        while _adverb(self.word(b)):
            b -= 1
        t = self.ent(b)
        return k if t is not None and t.arg.category not in V.CONTEXT_ONLY else None

    def _predicated_subject(self, j: int) -> list[Arg]:
        """For the entity at j in "X acts/serves as a (tumor suppressor) Y": the subject X, of which Y is said."""
        k = j - 1
        while k >= 0 and k >= j - 5 and not self.toks[k].is_ent:
            if self.word(k) == "as" and self.word(k - 1) in V.AS_VERBS:
                return self._subject_before(k - 1)
            if self.word(k) in {",", ";", ":", "and", "or"} or self.word(k) in V.PREPOSITIONS:
                return []
            k -= 1
        return []

    def _family_head(self, j: int) -> list[Arg]:
        """For the entity at j in "miRNAs belonging to the miR-15 family" / "miRNAs of the let-7 family": the
        class named before the family, which takes part in the clause with it."""
        if self.word(j + 1) not in V.FAMILY_NOUNS:
            return []
        k = j - 1
        if self.word(k) in {"the", "a"}:
            k -= 1
        if self.word(k) not in {"of", "in", "from", "to"}:
            return []
        k -= 1
        if self.word(k) in {"belonging", "belong", "belongs", "belonged"}:
            k -= 1
        elif self.word(k + 1) == "to":
            return []
        head = self.ent(k)
        if head is None or head.consumed or _role_group(head.arg.category) != _role_group(self.toks[j].arg.category):
            return []
        return list(head.args())

    def _prepared_with(self, j: int) -> bool:
        """ "EVs from GMSCs stimulated with TNF-α and IFN-γ reduced IL-6": a preparation participle right after its
        cells or vesicles says how they were made; what follows "with" is no object of it."""
        return self.word(j) in _PREPARATION_PARTICIPLES and self.word(j + 1) == "with" and (
            (t := self.ent(j - 1)) is not None and (t.arg.category in V.CELL or self.vesicle(t.arg)))

    def _reduced_relative(self, j: int) -> bool:
        """ "miR-29a decreased in AD brains targets NAV3": a participle right after its noun, with a
        prepositional phrase and no object, describes the subject of the verb that follows."""
        k = j - 1
        while k >= 0 and _adverb(self.word(k)):
            k -= 1
        w = self.toks[j].lower
        return w.endswith("ed") and self.ent(k) is not None and (
            self.word(j + 1) in _PLACE_WORDS or (w in _PREPARATION_PARTICIPLES and self.word(j + 1) == "with")
            or (w in _REDUCED_PASSIVES and self.word(j + 1) == "by"))  # "apoptosis induced by LPS was reduced"

    def _brought_to(self, j: int, prep: str) -> bool:
        """ "Exosomes co-cultured with neurons reduced apoptosis", "anti-miR-125b added exogenously to IL-6-stressed
        astrocyte cultures": the cells at j are where the agent was put, and the agent the clause's subject."""
        k = j - 1
        while k > 0 and k > j - 6 and self.word(k) != prep and self.word(k) not in _CLAUSE_ENDS:
            k -= 1
        p = k - 1
        while p > 0 and _adverb(self.word(p)):
            p -= 1
        if self.word(k) != prep or self.word(p) not in V.BROUGHT_TO:
            return False
        p -= 1
        while p > 0 and (_adverb(self.word(p)) or self.word(p) in V.REAGENTS):  # "a miR-21 inhibitor added to"
            p -= 1
        agent = self.ent(p)
        return agent is not None and agent.arg.category not in V.CELL | V.CONTEXT_ONLY

    def _cultured_cells(self, j: int) -> bool:
        """The cells at j follow "co-culture (treatment, incubation...) of": what was done to them, not by them."""
        x = j - 1
        while x >= 0 and (self.word(x) in _CELL_PLACE_WORDS or (
                (t := self.ent(x)) is not None and t.arg.category in V.SPECIES)):  # "of cultured human astrocytes"
            x -= 1
        return self.word(x) == "of" and self.word(x - 1) in _CULTURING_NOUNS

    def _with_agent(self, j: int) -> bool:
        k = j - 1
        while k >= 0 and not self.toks[k].is_ent and self.toks[k].lower != "with":
            k -= 1
        if self.word(k - 1) in V.AGENT_WITH:
            # "Exosomes from MSCs pretreated with TNF-α": what the vesicles' cells were given, not an agent
            return not (self._prepared_with(k - 1) and self.vesicle(self.toks[k - 2].arg))
        treated = self.ent(k - 1)
        if treated is not None and (treated.arg.category in V.DISEASE or treated.arg.category in V.CELL):
            # "treatment of acute SCI with EVs attenuates ...": the disease treated stands between; "Co-culture of
            # neurons with exosomes reduced apoptosis": the cells, likewise
            x = k - 2
            while x >= 0 and (self.word(x) in _TREATED_DISEASE_MODIFIERS or self.word(x) in _CELL_PLACE_WORDS):
                x -= 1
            if self.word(x + 1) == "of" and (self.word(x) in V.AGENT_WITH or self.word(x) in _CULTURING_NOUNS):
                return True
        # "a hydrogel loaded with BMSC-Exos improved ...", "intrathecal injection with X": a route names how the
        # agent was given
        route = self.ent(k - 1)
        return route is not None and route.arg.category == "biolink:Procedure"

    def _apposition_start(self, j: int) -> tuple[int, list[Arg]] | None:
        """For the comma closing "X, as the ..., V" or "X (Y), including A, B, and C, V": the index of X and
        the members the apposition lists (A, B, C after "including", "such as", "namely"), else None."""
        k = j - 1
        steps = 0
        while k >= 0 and steps < 20:
            w = self.word(k)
            if w in {";", ":"} or (self._trigger(k) and not self._is_modifier(k)):
                return None
            if w == ",":
                opener = self.word(k + 1)
                if opener in {"as", "a", "an", "the", "which", "who", "being", "including", "such", "one", "namely",
                              "especially", "particularly", "e.g", "i.e", "like", "by", "through", "via"} or (
                        opener in _APPOSITIVE_PARTICIPLES and self.word(k + 2) in {"as", "to", "by"}) \
                        or self._describing_participle_at(k + 1):
                    # ("RhoA, identified as a direct target of miR-133b by luciferase assay, was suppressed";
                    # "miR-874-3p, enriched 4.2-fold in sEVs ..., targeted the Ripk1 3′-UTR")
                    head = k - 1
                    if self.word(head) == ")":  # "microRNAs (miRNAs), including ..."
                        while head >= 0 and self.word(head) != "(":
                            head -= 1
                        head -= 1
                    if self.ent(head) is None:
                        return None
                    members: list[Arg] = []
                    if opener in {"including", "such", "namely", "especially", "particularly", "e.g", "i.e", "like"}:
                        members = [a for t in self.toks[k + 1:j] if t.is_ent and not t.consumed for a in t.args()]
                    return head, members
                if not (self.ent(k - 1) is not None and (self.ent(k + 1) is not None or self.word(k + 1) in {
                        "and", "or"})):
                    return None  # a clause break, not a comma inside a list
            k -= 1
            steps += 1
        return None

    def _describing_participle_at(self, x: int) -> bool:
        """A past participle that changes nothing opens the aside at x ("enriched", "highly enriched", "isolated
        by ultracentrifugation"): it describes the noun before, whose verb comes after the aside."""
        while _adverb(self.word(x)):
            x += 1
        w = self.word(x)
        # (not a read-out's: "autophagy, reflected by an elevated LC3-II/LC3-I ratio, ..." names markers, no claims)
        return len(w) > 4 and w.isalpha() and w.endswith("ed") and self._trigger(x) is None \
            and w not in _EVIDENCE_PARTICIPLES and w not in _ASSESSED_PARTICIPLES and w not in _ACCOMPANYING_PARTICIPLES

    def _comma_in_np(self, j: int) -> bool:
        """A comma inside a noun phrase ("Bax, caspase-3, and caspase-9") rather than a clause break (", and
        conditioned medium from EV-treated cells reduced ...": the "and" opens no member of a list)."""
        if self.ent(j - 1) is None:
            return False
        if self.ent(j + 1) is not None:
            return True
        if self.word(j + 1) != "and":
            return False
        if self._changes_pointed_back(j + 3):
            return False  # ", and these changes were accompanied by ...": the changes are the clause's subject
        if self.word(j + 2) in _ANAPHORIC_DETERMINERS:
            return True  # ", and its level was increased": the clause speaks of what the list named
        k = j + 2
        while k < len(self.toks) and k <= j + 5 and not self.toks[k].is_ent:
            if self.word(k) in V.PREPOSITIONS or self.word(k) in {",", ";"} or self._trigger(k):
                return False
            k += 1
        return self.ent(k) is not None

    def _marker_glued_at(self, k: int) -> bool:
        """The token at k belongs to a consumed marker with its mark ("iNOS", "+", or "/" between two)."""
        w = self.word(k)
        if w in _MARKER_WORDS or w == "/":
            x = k - 1 if w in _MARKER_WORDS else k - 2 if self.word(k - 1) in _MARKER_WORDS else -1
            return x >= 0 and self.toks[x].is_ent and self.toks[x].consumed
        t = self.toks[k]
        return t.is_ent and t.consumed and self.word(k + 1) in _MARKER_WORDS

    def _preposition_before(self, j: int, floor: int = 0) -> str:
        """The preposition governing the noun phrase that ends in the entity at j ("" if none).

        Words before ``floor`` (a trigger such as "is involved in") are not looked at.
        """
        k = j - 1
        steps = 0
        while k >= floor and steps < 5:
            if self._marker_glued_at(k):
                k -= 1  # "from an iNOS+ M1 to a CD206+/Arg1+ M2 phenotype": markers that label the state
                continue
            if self.toks[k].is_ent:
                if k == j - 1 - steps and self.toks[k].arg.category in V.CONTEXT_ONLY:
                    k -= 1  # "in spinal cord neurons", "in rat neurons": a place or species naming the entity
                    steps += 1
                    continue
                return ""
            w = self.toks[k].lower
            if w == "of" and self.word(k - 1) in _TIME_SPAN_NOUNS:
                # "during the subacute phase of SCI": the time the phrase names is when, not what
                during = next((self.word(x) for x in range(k - 2, max(k - 5, -1), -1)
                               if self.word(x) in V.PREPOSITIONS), "")
                if during in V.LOCATIVE:
                    return during
            if w in V.PREPOSITIONS:
                return w
            if w == "(" and k == j - 1 and self.ent(k - 1) is not None and self.word(j + 1) == ")":
                return self._preposition_before(k - 1, floor)  # "(SCI)" after its long form: the same phrase
            if w == "plus" and self.ent(k - 1) is not None:
                return self._preposition_before(k - 1, floor)  # "with IL-6 plus soluble IL-6 receptor": one phrase
            if (before := self._before_compound_adjective(k)) != k:  # "in H2O2-treated neurons"
                k = before
                steps += 1
                continue
            if w == "both" and self.word(k - 1) in V.PREPOSITIONS:
                return self.word(k - 1)  # "with both treatments", "in both astrocytes and neurons"
            if w in {"and", "or"} and (listed := self.ent(k - 1)) is not None and listed.arg.category in V.CELL \
                    and self.toks[j].arg.category in V.CELL:
                # "in primary astrocytes and meningeal fibroblasts": cells listed after the first one's preposition
                return self._preposition_before(k - 1, floor)
            if w in {",", ";", "(", ")", "and", "or", ":"} or w in V.AUXILIARIES or w in V.RELATIVE \
                    or w in V.SKIP_WORDS or (w.endswith(("ed", "ing")) and w not in V.NP_PARTICIPLES) or (
                    self._trigger(k) and not self._is_modifier(k)):
                return ""
            k -= 1
            steps += 1
        return ""

    def _opening_parenthesis(self, close: int) -> int | None:
        """The "(" the ")" at ``close`` closes, within a short aside naming no entity, else None."""
        for k in range(close - 1, max(close - 12, -1), -1):
            if self.toks[k].is_ent or self.word(k) == ")":
                return None
            if self.word(k) == "(":
                return k
        return None

    def _anaphor(self, i: int) -> list[Arg]:
        """Resolve "This process", "These exosomes", "These factors", "They", "it" to earlier participants."""
        toks = self.toks
        k = i - 1
        words: list[str] = []
        while k >= 0 and not toks[k].is_ent and toks[k].lower not in {",", ";", ":"}:
            if toks[k].lower == ")" and (opened := self._opening_parenthesis(k)) is not None:
                k = opened - 1  # "Repeated intranasal dosing (days 1, 3 and 5) reduced": past the aside
                continue
            words.append(toks[k].lower)
            k -= 1
        if self.ent(k) is not None and self.ent(k).arg.category not in V.CONTEXT_ONLY:
            return []
        if "that" in words[1:]:
            # "These results indicate that inflammatory licensing enhances ...": the clause's subject follows "that"
            # (its words name nothing here), not the results pointed at before it
            words = words[:words.index("that")]
        ws = set(words)
        if ws & _TREATMENT_ANAPHORS and ws <= _TREATMENT_ANAPHOR_WORDS and self.ctx.vesicles and not any(
                t.is_ent and t.agentive for t in toks):
            # "Exosomes were injected into SCI rats. The treatment reduced TNF-α": the vesicles the paragraph
            # gave, read with the span of the words that stand for them
            return [Arg(a.ref, toks[k + 1].start, toks[i - 1].end) for a in self.ctx.vesicles[-1:]]
        if not ws & V.ANAPHOR_DETERMINERS and "mechanism" not in ws:
            return []
        if words[-1] == "it" and ws & {"whether", "that", "if"}:
            return []  # "it has not yet been determined whether ...": no participant, the clause after is the subject
        # a participant of an earlier sentence is read here: the claim's span is the anaphor's ("These exosomes")
        start, end = toks[k + 1].start, toks[i - 1].end

        def here(args: Iterable[Arg]) -> list[Arg]:
            return [Arg(a.ref, start, end) for a in args]

        if ws & V.VESICLE_NOUNS:
            return here(self.ctx.vesicles[-1:])
        if ws & _CELL_NOUNS and ws & {"these", "those", "such"}:
            # "... accumulation of neutrophils and macrophages. These cells release TNF-α": the cells named last
            return here(self.ctx.cells)
        if ws & V.MOLECULE_NOUNS and ws & {"these", "those", "such"}:
            return here(a for a in self.ctx.objects if a.category in V.MOLECULE)
        if ws & _MIRNA_CLASS_WORDS and ws & {"this", "the"} and ws <= _MIRNA_CLASS_WORDS | {"this", "the", "same"}:
            # "miR-22-3p was 3.6-fold higher in MT-EVs; this miRNA bound the NLRP3 3'UTR": the miRNA named last
            named = next((t for t in reversed(toks[:k + 1]) if t.is_ent and t.arg.category in V.MIRNA), None)
            if named is not None:
                return here(named.args()[:1])
            return here([a for a in self.ctx.subjects if a.category in V.MIRNA][-1:])
        # "its overexpression suppressed Cnr1": the molecule raised; "its knockdown": the molecule taken away, read
        # with the possessive's span, which _subject_sign turns the sign for
        possessive = bool(ws & {"its", "their"})
        raised = possessive and bool(ws & _GAIN_NOUNS)
        lost = possessive and not raised and bool(ws & V.LOSS_SUFFIXES)
        if ws & {"it", "they"} or raised or lost:
            # "When RhoA is activated, it ...": a participant earlier in the same sentence, not the place it went
            # to or acts in ("miR-26a-5p was transferred to neurons, where it targeted PTEN")
            place_clause = "where" in ws or ("which" in ws and "in" in ws)  # "neurons, in which it ..."
            if "they" in ws and ws <= {"they", "and", "but", "also", "then"} and self.word(k) == "," \
                    and (earlier := [r.subject for r in self.readings if r.subject.end <= toks[k].start
                                     and r.predicate != "derived_from" and r.subject.category not in V.CONTEXT_ONLY]) \
                    and (x := self._token_of(earlier[-1])) is not None and _plural(toks[x].lower):
                # "H-sEVs increased tube formation of HUVECs to a greater extent than N-sEVs, and they prevented
                # ...": the subject of the clause before, not the cells it acted in or what it was compared with
                return [earlier[-1]]
            named: list[Tok] = []
            for x in range(k, -1, -1):
                t = toks[x]
                if (raised or lost) and t.is_ent and t.arg.category not in _MOLECULE_OR_PATHWAY:
                    continue  # what is raised or taken away is a molecule or pathway, not the vesicles it was in
                if t.is_ent and "it" in ws and t.lower.endswith("s") and self.vesicle(t.arg):
                    continue  # "miR-21 was transferred by exosomes into neurons, where it ...": not the plural
                if t.is_ent and not t.consumed and t.arg.category not in V.CONTEXT_ONLY and not (
                        t.arg.category in V.CELL and (place_clause or self._preposition_before(x) in _PLACE_PREPOSITIONS)):
                    named.append(t)
            # "Although PMSC-EVs did not affect lesion volume, they improved ...": "they" is the plural named last
            plural = [t for t in named if _plural(t.lower)] if "they" in ws else []
            if named:
                t = (plural or named)[0]
                return here(t.args()) if lost else list(t.args())
            if ws & {"it", "they"} and place_clause and any(t.is_ent for t in toks[:k]):
                # "BMSC-Exos transfer circPrkcb to reactive astrocytes, where it sequesters miR-19b-3p": what "it"
                # stands for is named in the sentence (here by a word the lexicon lacks), not the sentence before
                return []
        if ws >= _IN_TURN and "this" in ws and not ws & V.PROCESS_NOUNS:
            # "IGF-Exo inhibits YY1 expression. This in turn inhibits the NF-κB pathway": the change of what the
            # sentence before acted on acts next; a fall acts with the sign turned (_subject_sign)
            changed = [a for a in self.ctx.objects if a.category in _MOLECULE_OR_PATHWAY]
            if changed:
                after = here(changed)
                self.fallen_anaphors.update(a for a, b in zip(after, changed, strict=True) if b in self.ctx.fallen)
                return after
        if ws & _CHANGES_POINTED_BACK and ws & {"these", "those", "such"} and (changers := [
                r.subject for r in self.readings if r.subject.end <= toks[k].start and r.sign != 0
                and r.subject.category not in V.CONTEXT_ONLY]):
            # "sEV treatment reduced lesion volume ...; these changes were accompanied by more NF200+ axons": the
            # changes the clause before made, not what the sentence before was about
            return here({a.ref: a for a in changers}.values())
        if ws & (_ANAPHOR_WORDS) or raised or lost:
            return here(a for a in self.ctx.subjects if not lost or a.category in _MOLECULE_OR_PATHWAY)
        return []

    def _objects(self, j: int, passive: int | None, trigger: int | None = None, effect_agents_change: bool = True
                 ) -> tuple[list[tuple[Arg, int]], int]:
        """Participants after a trigger, each with the sign its noun phrase gives it. The agent of an effect
        ("reduced the therapeutic effects of BMSCs") is none after a reversal verb, nor, unless
        ``effect_agents_change``, after any other.

        The sign is 1 (plain), -1 (a decreasing nominal or adjective: "the inhibition of Y"),
        2 (an explicit increasing nominal: "the activation of Y") or 0 ("the regulation of Y").
        """
        toks = self.toks
        out: list[tuple[Arg, int]] = []
        local = 1
        dest_mark: int | None = 0 if j > 0 and self.word(j - 1) in V.DESTINATION_HEADS else None
        shift_verb = dest_mark == 0
        left: list[tuple[Arg, int]] = []  # "from the M1 to the M2 phenotype": the state left, which falls
        away: list[tuple[Arg, int]] = []  # "away from the M1 phenotype": the state left with none named to go to
        start = j
        if self.word(j) in {",", "and", "or", "but", "whereas", "while"} or self.word(j) in _SUBORDINATORS:
            # intransitive: "as the dose increased, ...", "first increased and then decreased", "Y was reduced
            # when X was overexpressed" (the clause after names a condition, not what changed)
            return out, j
        if trigger is not None and self.word(trigger) in V.CHANGE_PASTS:
            return out, j  # "Neutrophil infiltration fell by 46%, and BBB scores were ...": what fell takes no object
        if trigger is not None and self._amount_closing_a_change(j):
            return out, j  # "GAP43+ fibers increased 2.8-fold, and BBB scores reached ...": how much, then no object
        subordinate = self._opens_with_subordinator(j)
        enumerating = False
        accompanying = -1  # the entity of ", with reduced Y": no locative phrase
        effect_agents_out = not effect_agents_change or (trigger is not None and (
            self.word(trigger) in _REVERSAL_VERBS or self.word(trigger) in _ENHANCING_VERBS))
        while j < len(toks):
            t = toks[j]
            if passive is not None and j >= passive - 1:
                break
            if t.is_ent:
                if t.consumed or t.mediator or t.arg.category in V.CONTEXT_ONLY or self._named_loss(j) \
                        or self._class_before_members(j) or self._short_form_of_consumed(j):
                    j += 1
                    continue
                if self._in_a_ratio(j):
                    j += 1  # "decreased the Bax/Bcl-2 ratio": neither member is said to fall
                    continue
                if self.word(j + 1) in {"-", "‐"} and _GLUED_VESICLE_WORD.search(self.word(j + 2)):
                    j += 1  # "yielded miR-146a-mimic-Exos": vesicles named by the molecule, a name the lexicon lacks
                    continue
                if self.word(j + 1) in {"-", "‐"} and (self.word(j + 2) in _OUTLINING_PARTICIPLES or (
                        self.word(j + 2) == "negative" and j + 3 < len(toks)
                        and toks[j + 3].lower.partition(" ")[0] in _UNSTAINED_AREAS)):
                    # "reduced the GFAP-delineated lesion area": the marker that outlines it, unchanged; "the
                    # GFAP-negative lesion area": the area without it
                    j += 1
                    continue
                if t.arg.category in V.CELL and self.word(j - 1) == "of" and self.word(j - 2) in _FUNCTION_HEADS \
                        and (self.word(j - 3) in _CELL_FUNCTION_ADJECTIVES or self.word(j - 3).endswith(
                            _FUNCTION_ADJECTIVE_ENDINGS)):
                    j += 1  # "enhance the paracrine activity of MSCs", "the neurotrophic function of astrocytes":
                    continue  # what the cells do, not how many there are
                if self.word(j - 1) == "(" and self.word(j + 1)[:1].isdigit():
                    j += 1  # "... myelinated axons (g-ratio 0.71 ± 0.03 vs 0.79 ± 0.04)": a measure's values, either way
                    continue
                if j > start and self.word(j - 1) in _DAMAGED_STATES and t.arg.category in _MEASURED_STRUCTURES:
                    j += 1  # "fewer shrunken mitochondria", "the number of swollen axons": the damaged ones only
                    continue
                if self._genetic_model_at(j):
                    j += 1  # "was reduced in wild-type and IFN-γ knockout mice": the animals' kind, a setting
                    continue
                if not out and self._describes_a_place(start, j):
                    j += 1  # "overexpressed in human MBs with an activated SHH pathway": the tumours' kind
                    continue
                if t.arg.category in _MEASURED_STRUCTURES and self._place_of_a_change(j):
                    j += 1  # "pyroptosis of neurons", "ROS production of BV2 microglia", "the g-ratio of axons"
                    if self._short_form_after(j - 1):
                        j += 3  # "the tube formation of human umbilical vein endothelial cells (HUVECs)"
                    continue
                if t.arg.category in V.CELL and self.ent(j + 1) is not None \
                        and self.toks[j + 1].arg.category in _PROCESS_OR_OUTCOME:
                    j += 1  # "pericyte pyroptosis" likewise
                    continue
                if effect_agents_out and self.word(j - 1) == "of" and j >= 2 \
                        and self.toks[j - 2].lower.rsplit(" ", 1)[-1] in _EFFECT_HEADS:
                    # "(treatment with X) reduced the therapeutic effects of BMSCs": the agent did not change; nor its
                    # short form after it ("of mesenchymal stem cells (MSCs)")
                    j += 1
                    if self._short_form_after(j - 1):
                        j += 3
                    continue
                if out and (self.word(j - 1) in {"and", "or"} or self._named_after_a_comma_and(j)) \
                        and self._opens_clause(j, purpose=False) and self._finite(trigger):
                    break  # "X targeted A and Y targeted B": Y is the next clause's subject, not X's object
                prep = self._preposition_before(j, start)
                to_destination = prep in {"into", "to", "towards", "toward"} and dest_mark is not None
                if prep == "from" and dest_mark is not None and self._state_left(j):
                    left.append((t.arg, _negate(local)))
                    j += 1
                    continue
                if prep == "from" and dest_mark is not None and self._moved_away_from(j):
                    away.append((t.arg, _negate(local)))  # "shifted polarization away from the M1-like phenotype"
                    j += 1
                    continue
                if to_destination:
                    del out[dest_mark:]
                    out.extend(left)
                    dest_mark = None
                elif prep in V.LOCATIVE and j != accompanying and not (prep == "in" and self._change_noun_before(j)) \
                        and not (prep == "on" and self._effect_noun_before(j)) \
                        and self.word(j + 1) not in V.TRANSCRIPT_WORDS:
                    j += 1
                    continue
                # "motor deficits" grounded to motor function: the words name its loss (a gene's written-out name,
                # "DNA damage inducible transcript 3", names no loss; "neuronal loss" grounded to neuron death
                # names the harm itself)
                label = t.arg.ref.label or ""
                sign = _negate(local) if t.arg.category not in V.MOLECULE and V.NEGATIVE_IN_NAME.search(
                    t.text) and not V.NEGATIVE_IN_NAME.search(label) and not V.ADVERSE.search(label) else local
                if self._falls_by_noun_after(j):
                    sign = _negate(sign)  # "promoted STAT3 suppression", "facilitated inflammation control"
                for a in t.args():
                    # "activated the PTEN/AKT/mTOR pathway" raises AKT and mTOR, not PTEN, which holds them back
                    out.append((a, 0 if t.members and _against_the_axis(a, t.members) else sign))
                if t.lower.rsplit(" ", 1)[-1] in V.DESTINATION_HEADS:
                    if shift_verb and dest_mark == 0:
                        # "shifted microglial polarization (toward M2)": the polarization goes no way of its own
                        out[-len(t.args()):] = [(a, 0) for a, _ in out[-len(t.args()):]]
                    else:
                        dest_mark = len(out)  # "the polarization of macrophages from M1 to M2": a shift named
                j += 1
                nxt = j + 1 + (self.word(j) == "," and self.word(j + 1) in {"and", "or"})
                if self.word(j) in {",", "and", "or"} and (self.word(nxt) in V.NOUN_SIGN or self.word(nxt) == "the"
                                                           or self._head_of_after(nxt) or (
                            self.ent(nxt) is not None and self.word(nxt + 1) in V.NOUN_SIGN)):
                    # "blocked degradation of IκBα and nuclear entry of NF-κB p65": a head of its own; "loss of
                    # mitochondrial membrane potential, and caspase-6 activation": likewise
                    local = 1
                continue
            w = t.lower
            if j in self.asides:  # "enhanced motor function reflected by BBB score, and neuronal viability"
                j = self.asides[j]
                continue
            if not out and w in _LIST_ANAPHORS and self.word(j + 1) in _MOLECULE_KIND_NOUNS \
                    and (named := self._molecules_named_before(2 if w == "both" else None)):
                out.extend((a, local) for a in named)  # "..., and the exosomes reduced the expression of both proteins"
                j += 2
                continue
            if w in {";", ":", "."}:
                break
            if w == "," and (subordinate or not self._comma_continues(j, enumerating)):
                break
            if w == "from" and self.word(j + 1)[:1].isdigit():
                # "Neuronal apoptosis fell from 38.6% to 14.2%": how much, no object; "reduced TNF-α from 31.2 to
                # 12.5 pg/mL and IL-6 from ...": the list goes on past a plain range
                if not out or (end := self._range_end(j + 1)) is None:
                    break
                j = end
                continue
            if w == "by" and j > start and self.word(j + 1)[:1].isdigit():
                j += 2  # "lowered lipid ROS by 54%, MDA by 48% and Fe2+ by 37%": how much, and the list goes on
                while self.word(j) in {"%", "percent", "fold", "-fold"}:
                    j += 1
                continue
            if w in {"including", "e.g", "namely"} or (w == "such" and self.word(j + 1) == "as"):
                enumerating = True  # "steps of apoptosis, including X oligomerization, Y dissipation, and Z"
            if j > start and (w in V.CLAUSE_BREAKS or w in V.RELATIVE or w in V.CONSEQUENCE_MARKERS or w in {
                    "by", "via", "through", "leading", "resulting"} or w in V.AUXILIARIES
                              or (w == "yet" and self.word(j - 1) == ",")):
                break  # (", yet their effect on Schwann cells has not been examined": a clause of its own)
            if w == "to" and self._trigger(j + 1):
                break
            if w == "in" and self._expressing_agent(j):
                break  # "... in cells overexpressing X": the material, not a thing changed
            if (w in {"after", "following", "upon"} or self._in_response(j)) and self._treatment_after(j):
                break  # "... after the addition of X": the treatment, not a thing changed
            if j > start and self._trigger(j) and not self._is_modifier(j):
                break
            if j > start and w in _REVERSAL_VERBS and w.endswith(("ed", "es")) and self.word(j - 1) not in {"the", "a", "an"} \
                    and not self._trigger(j):
                break  # "Blocking autophagy reversed the reduction in apoptosis": the next verb, not an object
            if w in {"into", "to", "towards", "toward"} and dest_mark is not None and self.ent(self._state_at(j + 1)) is None:
                del out[dest_mark:]  # "transformation of M2 macrophages into the M1 type": no named target
                dest_mark = None
            if (w in V.NOUN_SIGN and self.word(j + 1) in {"of", "in"}) or (
                    w in _RESTRAINT_NOUNS and self.word(j + 1) in {"on", "of"}):  # "relieving the restraint on
                # ERK", "relieves PTEN-mediated restraint of PI3K/AKT signalling": it rises
                local = (2 if local == 1 else local) if V.NOUN_SIGN.get(w, -1) > 0 else _negate(local)
            elif w in V.NOUN_REG and self.word(j + 1) == "of":
                local = 0
            elif V.CHANGE_NOUNS.get(w) == 0 and self.word(j + 1) in {"of", "in"}:
                local = 0  # "miR-16 causes (adaptive) changes in production of the serotonin transporter": no way said
            elif w in V.EFFECT_SIGN and self.word(j + 1) in V.EFFECT_NOUNS and self.word(j + 2) == "on":
                effect = V.EFFECT_SIGN[w]  # "exert inhibitory effects on Y"
                local = effect if effect != 2 else (2 if local == 1 else local)
            elif w in V.EFFECT_NOUNS and self.word(j + 1) == "on" and self.word(j - 1) not in V.EFFECT_SIGN:
                local = 0 if local == 1 else local  # "exerted its effect on Y": unsigned
            elif accompanying >= 0 and self.word(j - 1) in {"and", ","} and (
                    w in V.UP_ADJECTIVES or w in V.DOWN_ADJECTIVES) and trigger is not None \
                    and (verb := self._trigger(trigger)) is not None \
                    and verb[1] in {1, -1}:
                # "..., with decreased caspase-3 and increased expression of Bcl-2": each change as it is named
                local = (1 if w in V.UP_ADJECTIVES else -1) * verb[1]
            elif out and (w in V.UP_ADJECTIVES or w in V.DOWN_ADJECTIVES) and self.word(
                    j - 1 - (self.word(j - 1) in {"a", "an", "the"})) in {"and", ",", "or"}:
                # "resulted in a smaller lesion area and less glial scar", "... less apoptosis and more IL-10": each
                # member of the list as its own adjective names it (not the one before it, turned over); after a
                # falling word the list is of changes ("accompanied by increased p-AMPK, reduced p-mTOR and fewer
                # TUNEL+ neurons" had read "reduced" as a verb with "fewer" turning it over)
                verb = self._trigger(trigger) if trigger is not None else None
                local = (1 if w in V.UP_ADJECTIVES else -1) * (-1 if verb is not None and verb[1] == -1 else 1)
            elif w in V.DOWN_ADJECTIVES and (j > start or self.word(j - 1) in {"to", "in"}):  # "led to reduced Y"
                local = _negate(local)
            elif (w == "with" or (by := self._evidenced_by(j))) and (self.word(j - 1) == "," or (
                    w == "with" and self.word(j - 1) in _ACCOMPANYING_WORDS and self.word(j - 2) == ",")) \
                    and trigger is not None and not self._intransitive_change(trigger):
                # ("HIF-1α increased 2.4-fold, accompanied by increases in VEGFA": what changed with it, not what
                # it changed)
                # "suppressed the accumulation of MDA and ROS, with the elevated GSH": GSH rose, whatever the verb
                # ("..., together with lower release of IL-1β": IL-1β fell);
                # "alleviated oxidative stress, as evidenced by increased SOD": the change that showed it, likewise
                changed, at = self._change_with(j if w == "with" else by)
                verb = self._trigger(trigger)
                if changed and verb is not None and verb[1] in {1, -1}:
                    local = changed * verb[1]
                    j = accompanying = at
                    continue
            if w in V.DESTINATION_HEADS:
                dest_mark = len(out)
            j += 1
        if shift_verb and dest_mark == 0:
            # "Exosomes shifted macrophages", "reprogrammed the metabolism of macrophages": no state named as the
            # end point, so the cells are changed, not made more
            out = [(a, 0 if a.category in V.CELL else sign) for a, sign in out]
        return out + away, j

    def _molecules_named_before(self, count: int | None) -> list[Arg]:
        """The molecules "both proteins" or "these genes" point back to: the last clause's objects, of this sentence
        or the one before, when they are all molecules and (for "both") two."""
        named = [a for a, _ in self.frames[-1].objects] if self.frames else list(self.ctx.objects)
        # (a long form and its short form name one: "sprouty-related EVH1 domain-containing protein 1 (SPRED1)")
        named = list({a.ref: a for a in reversed(named)}.values())[::-1]
        if len(named) < 2 or (count is not None and len(named) != count) \
                or any(a.category not in V.MOLECULE for a in named):
            return []
        return named

    def _named_after_a_comma_and(self, j: int) -> bool:
        """The entity at j ends a short name after ", and" ("..., and the γ-secretase inhibitor DAPT mimicked ...")."""
        k = j - 1
        while k >= j - 5 and k > 0 and not self.toks[k].is_ent and self.word(k) not in {"and", "or", ","}:
            k -= 1
        return self.word(k) in {"and", "or"} and self.word(k - 1) == "," and k < j - 1

    def _state_left(self, j: int) -> bool:
        """The entity at j, after "from", is the state a shift leaves for the one named next ("shifted microglia
        from the M1 to the M2 phenotype", "from M1 toward M2 polarization")."""
        k = j + 1
        while self.word(k) in {"phenotype", "phenotypes", "type", "state", "polarization", "polarisation"}:
            k += 1
        return self.word(k) in {"to", "toward", "towards", "into"} and self.ent(self._state_at(k + 1)) is not None

    def _moved_away_from(self, j: int) -> bool:
        """The entity at j, after "away from", is the state a shift leaves, which falls ("shifted polarization away
        from the M1-like phenotype")."""
        k = j - 1
        while k > j - 5 and self.word(k) != "from" and not self.toks[k].is_ent:
            k -= 1
        return self.word(k) == "from" and self.word(k - 1) == "away"

    def _state_at(self, j: int) -> int:
        """Where the state a shift goes to stands, past determiners and adjectives ("toward an anti-inflammatory M2
        phenotype", "into the reparative M2 state")."""
        j = self._skip_np(j)
        k = j
        while k < len(self.toks) and k < j + 5 and not self.toks[k].is_ent and (
                self.word(k) in {"-", "‐"} or (self.word(k).replace("-", "").isalpha() and self._trigger(k) is None
                                                and self.word(k) not in V.CLAUSE_BREAKS)):
            k += 1
        return k if self.ent(k) is not None else j

    def _short_form_after(self, j: int) -> bool:
        """The entity at j is followed by its own short form in parentheses ("mesenchymal stem cells (MSCs)")."""
        return self.word(j + 1) == "(" and self.word(j + 3) == ")" and (t := self.ent(j + 2)) is not None \
            and t.arg.ref == self.toks[j].arg.ref

    def _short_form_at(self, j: int) -> bool:
        """The entity at j is the short form in parentheses of the entity before it ("Janus kinase 2 (JAK2)"),
        or of one of its members ("... (JAK2)/signal transducer and activator of transcription 3 (STAT3)")."""
        return self.word(j - 1) == "(" and self.word(j + 1) == ")" and (t := self.ent(j - 2)) is not None \
            and self.toks[j].arg.ref in {a.ref for a in t.args()}

    def _short_form_of_consumed(self, j: int) -> bool:
        """The entity at j is the short form in parentheses of a mention spoken for just before it ("after
        spinal cord injury (SCI)": the setting, whichever way it is written)."""
        return self.word(j - 1) == "(" and self.word(j + 1) == ")" and (t := self.ent(j - 2)) is not None \
            and t.consumed and t.arg.ref == self.toks[j].arg.ref

    def _finite(self, trigger: int | None) -> bool:
        """Whether the verb at ``trigger`` heads a clause of its own: "exosomes carrying A and B promoted Y",
        "exosomes loaded with A and B promoted Y" name the subject's cargo, and the verb after B is the main one."""
        if trigger is None:
            return True
        w = self.toks[trigger].lower
        if w.endswith("ing"):
            return False
        if w.endswith("ed"):
            nxt = self.word(trigger + 1)
            return nxt not in V.PREPOSITIONS and nxt not in {"with", "from"}
        return True

    def _in_a_ratio(self, j: int) -> bool:
        """The entity at j is a term of a ratio or balance: "the Bax/Bcl-2 ratio", "the ratio of Bax to Bcl-2",
        "restoring Th17/Treg balance", "the balance between Th17 and Treg cells". A ratio of a protein's
        phosphorylated form to its total ("the p-AKT/AKT ratio", "the ratio of p-ERK to total ERK") is no balance
        of two things but how much of the protein is phosphorylated: its first term is read, as "p-AKT" is."""
        if self.words.isdisjoint(_RATIO_WORDS):
            return False
        t = self.toks[j]
        if t.members and len({a.ref.curie for a in t.members}) == 1:
            return False
        total = j + 2 + (self.word(j + 2) == "total")
        if self.word(j + 1) == "to" and (other := self.ent(total)) is not None and other.arg.ref == t.arg.ref:
            return False
        k = j + 1
        if self.word(k) == "/" and self.ent(k + 1) is not None:
            k += 2
        if self.word(k) in _RATIO_WORDS:
            return True
        if self.word(j - 1) == "/" and self.ent(j - 2) is not None and self.word(j + 1) in _RATIO_WORDS:
            return True
        for x in range(j - 1, max(j - 6, -1), -1):  # "the ratio of Bax to Bcl-2"
            if self.word(x) in {"of", "between"} and self.word(x - 1) in _RATIO_WORDS:
                return True
            if self.toks[x].is_ent and self.word(x + 1) not in {"to", "and"}:
                return False
        return False

    def _place_of_a_change(self, j: int) -> bool:
        """The cell at j is where what is named before "of" happens or is made, not a second thing changed:
        "pyroptosis of neurons", "apoptosis of BV2 microglia", "ROS production of BV2 microglia", "the TNF-α
        level of the cultured astrocytes" (but "the number of microglia" counts the cells)."""
        k = j - 1
        while k >= 0 and k >= j - 4 and (
                (not self.toks[k].is_ent and (self.word(k) in _CELL_PLACE_WORDS or self.word(k) in _STRUCTURE_PLACE_WORDS
                                              or _CELL_LINE_NAME.fullmatch(self.toks[k].text)))
                or (self.toks[k].is_ent and self.toks[k].arg.category in _ANATOMY)):  # "of spinal cord neurons"
            k -= 1
        if self.word(k) in _PREPARATION_PARTICIPLES or self.word(k).endswith("derived"):
            # "apoptosis of LPS-stimulated microglia", "of bone marrow-derived macrophages", "of iPSC-derived neurons"
            k = self._before_compound_adjective(k)
        if self.word(k) != "of":
            return False
        k -= 1
        amount = False
        while k >= 0 and self.word(k) in V.AMOUNT_NOUNS:
            k -= 1
            amount = True
        if self.word(k) == ")" and self.word(k - 2) == "(":  # "reactive oxygen species (ROS) production"
            k -= 3
        before = self.ent(k)
        if before is None and not amount and self._cells_doing(k):
            return True  # "Exosomes promoted the sprouting of HUVECs": what the cells do, a process the lexicon lacks
        return before is not None and (before.arg.category in _PROCESS_OR_OUTCOME or (
            amount and before.arg.category in V.MOLECULE))

    def _cells_doing(self, k: int) -> bool:
        """A gerund noun at k that names what cells after "of" do ("sprouting", "branching"), not how many there are
        ("signaling" and the amount heads are no such process)."""
        w = self.word(k)
        return len(w) > 5 and w.endswith("ing") and w.isalpha() and w not in V.NEUTRAL_HEADS \
            and w not in _CELL_AMOUNT_HEADS and self.word(k - 1) in {"the", "of", "and", ","}

    def _named_loss(self, j: int) -> bool:
        """ "growth cone collapse": the entity is named only as the thing being lost."""
        t = self.toks[j]
        k = j + 1
        while self.word(k) in {"protein", "proteins"}:  # "tight junction protein degradation"
            k += 1
        if t.arg.category in V.MOLECULE and V.NOUN_SIGN.get(self.word(k), 0) < 0:
            return False  # "promotes β-catenin degradation": the molecule falls (see _falls_by_noun_after)
        return self.word(k) in V.POST_NEGATIVE and t.arg.category not in _PROCESS_OR_OUTCOME

    def _class_before_members(self, j: int) -> bool:
        """ "anti-inflammatory cytokines IL-10 and TGF-β": the class gives way to its named members."""
        t = self.toks[j]
        if t.arg.category not in V.FAMILY:
            return False
        k = j + 1
        while k < len(self.toks) and k <= j + 3 and not self.toks[k].is_ent and self.toks[k].lower in V.APPOSITION_WORDS:
            k += 1
        nxt = self.ent(k)
        between = {self.word(x) for x in range(j + 1, k)}
        return nxt is not None and nxt.arg.category in _GENE_NOT_FAMILY and between != {","}

    def _opens_with_subordinator(self, j: int) -> bool:
        """Is position j inside a leading subordinate clause ("Because X causes Y, ...")? Its first comma
        then closes it, and no object list runs on into the main clause."""
        if self.word(0) not in V.SUBORDINATORS:
            return False
        return not any(self.word(x) in {",", ";", ":"} for x in range(1, j))

    def _effect_noun_before(self, j: int) -> bool:
        """ "(regulatory) effects on Y", "an impact on Y": the noun phrase after "on" is what is affected."""
        k = j - 1
        while k >= 0 and not self.toks[k].is_ent and self.toks[k].lower in {"the", "a", "an", "its", "their"}:
            k -= 1
        return self.word(k) == "on" and (self.word(k - 1) in V.EFFECT_NOUNS or self.word(k - 1) in _RESTRAINT_NOUNS)

    def _past_head_nouns(self, k: int) -> int:
        """The first position from ``k`` past words that add nothing to a name ("STAT3 | protein expression")."""
        while self.word(k) in _NEUTRAL_HEAD_NOUNS:
            k += 1
        return k

    def _changed_subject_code(self, arg: Arg) -> int:
        """The noun-phrase code of a passive's patient named as a change ("the (SCI-induced) decrease in Y": -1,
        "the increase of Y": 2, "Y upregulation": 2); 1 for a plain patient."""
        j = next((x for x, t in enumerate(self.toks) if t.is_ent and t.start == arg.start), None)
        if j is None:
            return 1
        if self.word(j - 1) not in {"in", "of"}:
            k = self._past_head_nouns(j + 1)
            sign = V.NOUN_SIGN.get(self.word(k), 0) if self.word(k + 1) in _COPULAS else 0
            return {1: 2, -1: -1}.get(sign, 1)  # "Bax upregulation was reversed by X"
        sign = V.NOUN_SIGN.get(self.word(j - 2), 0)
        return {1: 2, -1: -1}.get(sign, 1)

    def _falls_by_noun_after(self, j: int) -> bool:
        """Whether the object at j is named with its fall after it ("STAT3 (expression) suppression", "apoptosis
        inhibition"; for a harm also "inflammation control"). "STAT3 inhibition of Y" names an agent instead."""
        k = self._past_head_nouns(j + 1)
        w = self.word(k)
        if not w or self.word(k + 1) in {"of", "by"}:
            return False
        if w in {"control", "management"}:
            return bool(V.ADVERSE.search(self.toks[j].arg.ref.label or ""))
        return V.NOUN_SIGN.get(w, 0) < 0

    def _change_noun_before(self, j: int) -> bool:
        k = self._before_compound_adjective(j - 1)
        while k >= 0 and not self.toks[k].is_ent and self.toks[k].lower in {"the", "a", "an", "in", "its"}:
            k -= 1
        return self.word(k) in V.CHANGE_NOUNS

    def _before_compound_adjective(self, k: int) -> int:
        """Where the word before a compound participle ending at k stands ("LPS-treated", "SCI-induced": one
        token, or a name, a hyphen and the participle); k itself when there is none."""
        if k < 0 or self.toks[k].is_ent:
            return k
        w = self.toks[k].lower
        if w.endswith("ed") and "-" in w[1:-2]:
            if self.word(k - 1) == "/" and self.toks[k].joined and self.toks[k - 1].joined:
                return k - 3  # "LPS/ATP-stimulated": two stimuli before the participle
            return k - 1
        if w.endswith("ed") and self.word(k - 1) in {"-", "‐"} and self.toks[k].joined and k >= 2 \
                and self.toks[k - 1].joined:
            return k - 3
        return k

    def _comma_continues(self, j: int, enumerating: bool = False) -> bool:
        """After a comma: does the object list go on ("A, B, and C") or does a new clause start? Inside an
        enumeration ("including A, B dissipation, and C") the list may pass further commas."""
        k = j + 1
        if self.word(k) in _APPOSITION_OPENERS and (self.ent(j - 1) is not None or self.word(j - 1) == ")"):
            # "Y, an essential component of Z", "A and B, two validated targets of Z": an apposition describes what
            # stands before it, and Z is no object
            return False
        if self.word(k) == "with" and self._change_with(k)[0]:
            return True  # "increased GPX4, with reduced ACSL4": a change of its own (see _objects)
        if (by := self._evidenced_by(k)) and self._change_with(by)[0]:
            return True  # "..., as evidenced by increased SOD", "..., indicated by increased CD206"
        while k < len(self.toks) and k <= j + (14 if enumerating else 7):
            t = self.toks[k]
            if t.is_ent:
                if self.word(j + 1) == "and" and self.word(self._names_end(k)) in V.AUXILIARIES:
                    return False  # "..., and expression of GFAP, vimentin and neurocan was assessed": a clause
                return not self._opens_clause(k)
            w = t.lower
            if w == "," and enumerating:
                k += 1
                continue
            if k == j + 1 and w in _ARGUING_PARTICIPLES:
                return False  # "..., supporting iMSCs as a scalable source": what the findings argue for, no object
            if w in V.CLAUSE_BREAKS or w in V.RELATIVE or w in V.CONSEQUENCE_MARKERS or w in V.AUXILIARIES \
                    or w in {";", ":", ".", "by", "through", "via", ",", "to"}:
                return False
            if self._trigger(k) and not self._is_modifier(k):
                return False
            k += 1
        return False

    def _names_end(self, k: int) -> int:
        """Where the run of names listed from the entity at k ("GFAP, vimentin and neurocan") ends."""
        while k < len(self.toks) and (self.toks[k].is_ent or (
                self.word(k) in {",", "and", "or"} and self.ent(k + 1) is not None)):
            k += 4 if self._short_form_after(k) else 1  # "... proteoglycans (CSPGs) was assessed"
        return k

    # -- emission --------------------------------------------------------------------------
    def _emit_frame(self, f: Frame) -> None:
        if self._means_of_a_passive(f):
            return
        subjects = [s for s in f.subjects if s.category not in V.CONTEXT_ONLY]
        if not subjects and f.role in {"consequence", "means", "coordinated"} and f.parent is not None:
            subjects = list(f.parent.subjects)
        f.subjects = subjects
        if subjects and f.role in {"main", "coordinated"}:
            # "The proportion of iNOS+ cells declined ..., indicating that MSC-Exos shifted microglia": the vesicles
            # act, and what follows is theirs, not the cells'; so do they in "NLRP3 rose after injury and was
            # attenuated by ADSC-EV treatment"
            if f.objects and not self.main_subjects:
                self.main_subjects = list(subjects)
            elif not f.objects and not self.changed_subjects and f.role == "main":
                self.changed_subjects = list(subjects)
        cargo = self._cargo_of(subjects)
        lacking = self.lacking()
        for s in subjects:
            for o, local in f.objects:
                if s in lacking:
                    # vesicles from cells made to lack X are no plain preparation: the claim is about X, whose
                    # loss did it (the sign turned, see _subject_sign)
                    for d in lacking[s]:
                        self._claim(d, f, o, local, rule_suffix=":depleted")
                    continue
                if f.negated and self.vesicle(s) and self._given_with_another(s):
                    continue  # "Neither ... nor Hypo-Exos combined with YC-1 improved vessel density": the
                    # combination failed, which says nothing against the vesicles alone
                self._claim(s, f, o, local)
                if s.category in V.CHEMICAL and f.kind in {V.INC, V.DEC} and (named := self._compound_role(s)):
                    # "the PI3K inhibitor LY294002 reduced p-AKT": PI3K raises it, if the compound acts on target
                    x, way = named
                    if x.ref != o.ref:
                        sign = self._object_sign(f, o, local) * way
                        self.emit(x, _predicate(sign), o, sign, "compound_target", f.start, f.negated)
                # what vesicles do, the miRNA they carry does; what they "target", only the miRNA can
                if f.kind in _CARGO_AGENT_KINDS and self.vesicle(s):
                    for c in cargo:
                        self._claim(c, f, o, local, rule_suffix=":cargo_agent")
        parent = f.parent
        if parent is not None and f.role == "means" and f.kind in {V.INC, V.DEC, V.REG, V.TARGET}:
            # X V1 Y by V2 Z: Z -> Y with sign(V1 on Y) * sign(V2 on Z); binding is repression only for a miRNA
            # ("netrin-1 activates AKT by binding to its receptor UNC5B": the receptor's way is not said)
            # (vesicles carrying a miRNA target as the miRNA does: "miR-133b-overexpressing MSC exosomes enhance axonal
            # regeneration by targeting RhoA")
            binds = f.kind == V.TARGET and not any(s.category in V.MIRNA for s in f.subjects) and not any(
                c.category in V.MIRNA for c in cargo)
            for g in self._group(parent):
                if g is not parent and (self._means_between(g.start, parent.start) or any(
                        self.word(x) == ";" for x in range(g.start, parent.start))):
                    continue  # "modulate autophagy through AMPK or limit ferroptosis by enhancing Nrf2": its own means
                    # (and "...; restore autophagic flux in neurons; and preserve BSCB integrity, partly by
                    # maintaining tight junction proteins": a verb of the list before a semicolon has none)
                if g.kind == V.CARRY:
                    continue  # "vesicles, which are enriched in miR-200a-3p, may protect ... by relieving ...": cargo
                for z, zs in f.objects:
                    for y, ys in g.objects:
                        if self._chain_ok(z, y):
                            sign = 0 if binds else self._object_sign(g, y, ys) * self._object_sign(f, z, zs)
                            self._chain(z, y, sign, "chain:by", f.start, f.negated or g.negated)
        if parent is not None and f.role == "consequence" and f.kind in {V.INC, V.DEC, V.REG} \
                and self.word(f.start - 1) != "without":  # "..., without affecting OPC proliferation": no consequence
            # X V1 Z, thereby V2 W: Z -> W; a protein binding Z says nothing of Z's way ("14-3-3t, which interacts
            # with Beclin-1 to activate autophagy": Beclin-1 regulates autophagy)
            for g in self._group(parent):
                if g.role == "stimulus":
                    continue  # "X is up-regulated in IL-6-stressed astrocytes, a treatment known to induce W": IL-6's
                # (vesicles carrying a miRNA target as the miRNA does: "exosomes enriched in miR-126, which targets
                # PIK3R2 to activate PI3K/AKT")
                binds = g.kind == V.TARGET and not any(s.category in V.MIRNA for s in g.subjects) and not any(
                    c.category in V.MIRNA for c in self._cargo_of(g.subjects))
                shift = self.toks[g.start].lower.startswith(_SHIFT_STEMS)
                for z, zs in g.objects:
                    if (shift or g.kind == V.CARRY) and z.category in V.CELL:
                        # "shifted microglia from the M1 to the M2 phenotype, reducing iNOS and increasing Arg1":
                        # the markers say what the shift is, not what either state does; "transfer miR-26a-5p to
                        # injured neurons, suppressing PTEN": the cells are where the cargo went
                        continue
                    for w, ws in f.objects:
                        if self._chain_ok(z, w, consequence=True):
                            sign = 0 if binds else self._object_sign(g, z, zs) * self._object_sign(f, w, ws)
                            self._chain(z, w, sign, "chain:thereby", f.start, f.negated or g.negated)

    def _means_of_a_passive(self, f: Frame) -> bool:
        """ "Apoptosis was reduced by blocking NF-κB": the means of a passive change with no agent acts on what
        changed (NF-κB, taken away, lowered apoptosis: it raises it); what changed does not act on the means."""
        parent = f.parent
        if f.role != "means" or parent is None or f.subjects != parent.subjects or parent.objects or not parent.subjects \
                or parent.kind not in {V.INC, V.DEC} or f.kind not in {V.INC, V.DEC} \
                or not self._passive_verb(parent.start):
            return False
        for z, zs in f.objects:
            for y in parent.subjects:
                if self._chain_ok(z, y):
                    sign = parent.sign * self._object_sign(f, z, zs)
                    self.emit(z, _predicate(sign), y, sign, "chain:passive_means", f.start, f.negated or parent.negated)
        return True

    def _compound_role(self, s: Arg) -> tuple[Arg, int] | None:
        """For a compound named after what it acts on ("the PI3K inhibitor LY294002", "the NF-κB activator PMA",
        "the ferroptosis inducer RSL3"): that molecule, pathway or process, and -1 when the compound takes it
        away, 1 when it adds it."""
        if s in self.compound_roles:  # its process named with it ("the autophagy inhibitor 3-MA"), read first
            return self.compound_roles[s]
        at = self._token_of(s)
        if at is None:
            return None
        role = self.word(at - 1)
        way = -1 if role in _TAKING_AWAY_ROLES else 1 if role in _ADDING_ROLES else 0
        named = self.ent(at - 2) if way else None
        if named is None or named.arg.category in V.CHEMICAL or named.arg.category not in _RESCUE_MEDIATORS:
            return None
        return named.arg, way

    def lacking(self) -> dict[Arg, tuple[Arg, ...]]:
        """Vesicles from cells made to lack something -> what they lack (read once the collapses are done)."""
        if self._lacking is None:
            self._lacking = {t.arg: t.depleted for t in self.toks if t.is_ent and t.depleted}
        return self._lacking

    def _cargo_of(self, subjects: list[Arg]) -> list[Arg]:
        spans = {(s.start, s.end) for s in subjects}
        return [c for t in self.toks if (t.is_ent and (t.arg.start, t.arg.end) in spans) or (
            t.is_ent and t.arg in subjects) for c in t.cargo]

    def _group(self, frame: Frame) -> list[Frame]:
        """The frame and the frames coordinated with it (same role, parent and subjects)."""
        out = [frame]
        idx = next((x for x, g in enumerate(self.frames) if g is frame), -1)
        k = idx - 1
        while k >= 0:
            g = self.frames[k]
            same = g.role == frame.role or {g.role, frame.role} <= {"main", "coordinated"}
            if same and g.parent is frame.parent and g.subjects == frame.subjects:
                out.append(g)
                k -= 1
                continue
            break
        return out

    def _chain_ok(self, z: Arg, y: Arg, consequence: bool = False) -> bool:
        if z.ref == y.ref or self.vesicle(z) or self.vesicle(y):
            return False
        if z.category in V.CONTEXT_ONLY or y.category in V.CONTEXT_ONLY:
            return False
        if z.category in _OUTCOME_NOT_PROCESS and y.category not in V.OUTCOME:
            return False  # an outcome does not drive a process ("promoting recovery" is no cause of autophagy)
        if z.category in V.CELL and not consequence:
            return y.category in _OUTCOME_OR_PROCESS
        if consequence and z.category in _OUTCOME_OR_PROCESS and z.category not in V.PATHWAY \
                and y.category in _MOLECULE_OR_PATHWAY:
            # "attenuated inflammation, suppressing the TLR4/NF-κB pathway": the signalling is the subject's
            # means, upstream of the process; the process does not drive it
            return False
        # process -> process only when the second is an outcome ("improves motor function by reducing
        # apoptosis"), not between two cellular processes ("activates autophagy by reducing apoptosis")
        if not consequence and z.category in _PROCESS_NOT_PATHWAY and y.category in _PROCESS_NOT_OUTCOME:
            return False
        return True

    def _two_states(self, o: Arg) -> bool:
        """The object names both states of a polarization ("M1/M2 polarization", "the M2/M1 balance")."""
        for t in self.toks:
            if t.is_ent and t.start == o.start:
                return "m1/m2" in t.lower or "m2/m1" in t.lower or "a1/a2" in t.lower
        return False

    def _chain(self, z: Arg, y: Arg, sign: int, rule: str, at: int, negated: bool = False) -> None:
        if negated:
            return  # "failed to reduce PTEN and to promote neurite outgrowth": a failure denies no link between them
        pred = _predicate(sign)
        self.emit(z, pred, y, sign, rule, at, negated)

    def _object_sign(self, f: Frame, o: Arg, local: int) -> int:
        if local == -1 and f.kind == V.INC and not f.light and self.toks[f.start].lower.startswith(_UNDOING_STEMS):
            return 1  # "rescued the inhibition of axon growth", "restored the decrease in Bcl-2": the fall undone
        sign = _sign(f, local)
        if sign and self.toks[f.start].lower.startswith(_SHIFT_STEMS) and self._two_states(o) \
                and not self._range_way(f.start + f.length, f.end):
            return 0  # "shifting microglial M1/M2 polarization": which way, the words do not say (numbers do)
        if sign and (modified := self._modification_of(o)) is not None:
            return sign * modified
        if sign > 0 and f.kind in {V.INC, V.LIGHT} and self.toks[f.start].lower.startswith(_RESTORING_STEMS) \
                and _adverse(o):
            sign = -1
        return sign

    def _signed(self, s: Arg, f: Frame, o: Arg, local: int, rule: str, negated: bool) -> None:
        sign = self._object_sign(f, o, local)
        pred = _predicate(sign)
        self.emit(s, pred, o, sign, rule, f.start, negated)

    def _claim(self, s: Arg, f: Frame, o: Arg, local: int, rule_suffix: str = "") -> None:
        if s.ref == o.ref:
            return
        rule = f"{f.kind}:{f.role}{rule_suffix}"
        carrier_verb = self.toks[f.start].lower.startswith(("secret", "releas", "produc", "deliver", "transfer")) \
            and not (self.toks[f.start].lower.startswith("produc") and o.category not in V.MOLECULE)
        # ("produced a decrease in TNF-α" is a change, not a thing the vesicles make; nor is "produced functional
        # improvement")
        if f.kind == V.CARRY or (f.kind == V.INC and carrier_verb and self.vesicle(s) and local == 1):
            if self.vesicle(s) and o.category in V.MOLECULE:
                self.emit(s, "carries", o, 0, rule, f.start, f.negated)
            return
        if f.kind == V.ASSOC:
            changed = self._changed_before(o) if self.vesicle(s) else 0
            if changed:
                # "The anti-apoptotic effect of exosomes was associated with increased Bcl-2": a treatment's
                # effect going with a change is that change of the treatment
                self.emit(s, _predicate(changed), o, changed, f"{rule}:changed", f.start, f.negated)
            else:
                self.emit(s, "associated_with", o, 0, rule, f.start, f.negated)
            return
        if self.vesicle(o) or o.category in V.CONTEXT_ONLY or s.category in V.CONTEXT_ONLY:
            return
        if s.category in V.CELL and o.category in V.MOLECULE \
                and self.toks[f.start].lower.startswith(("overexpress", "over-express")):
            return  # "We engineered MSCs to overexpress miR-133b": the cells were made to express it, no effect
        if s.category in V.CELL and o.category in V.CELL and self.toks[f.start].lower in V.DESTINATION_HEADS:
            return  # "macrophages shifted from M1 to M2": cells changing state, not one cell acting on another
        if f.kind == V.TARGET:
            if s.category in V.MIRNA and o.category in _GENE_OR_MIRNA:
                self.emit(s, "targets", o, -1, rule, f.start, f.negated)
                self._retract_axis(o)
            elif s.category in V.MIRNA and o.category in V.PATHWAY:
                self.emit(s, "regulates", o, 0, rule, f.start, f.negated)
            elif s.category in V.GENE and o.category in V.MIRNA and self._promoter_before(o):
                self.emit(s, "regulates", o, 0, rule, f.start, f.negated)  # "STAT3 binds to the promoter of miR-21"
            return
        if f.light and any(t.lower.startswith(V.PARTICIPATION) for t in self.toks[f.start:f.start + f.length]) \
                and o.category in V.PROCESS and local == 1:
            self.emit(s, "participates_in", o, 0, rule, f.start, f.negated)
            return
        sign = self._object_sign(f, o, local) * self._subject_sign(s, f)
        if self.toks[f.start].lower.startswith(_BENEFIT_VERB_STEMS) and not (f.negated or self._weaker(f)) \
                and self._lost_from_vesicles(s):
            return  # "Exosomes from miR-145-5p-knockdown cells improved BMS scores": they still helped, which says
            # nothing of what miR-145-5p does (harm they did, "increased apoptosis", is the miRNA's loss)
        if (sign or f.kind == V.REG) and (f.negated or self._weaker(f)) and self._lost_from_vesicles(s):
            if f.negated and self._at_baseline(f):
                return  # "whereas si-MALAT1-EVs did not affect astrocyte viability under normoxia": a control
            # "Exosomes lacking miR-21 failed to reduce apoptosis": what whole vesicles do, the ones without
            # miR-21 did not, so miR-21 carries the effect (a rescue); "miR-21 raises apoptosis" denied would
            # say less, and the opposite of what the experiment shows ("shMFG-E8-Exos did not alter BMS scores":
            # MFG-E8 regulates them)
            sign = self._object_sign(f, o, local)
            self.emit(s, _predicate(sign), o, sign, f"{rule}:needed", f.start)
            return
        if sign and (f.negated or self._weaker(f)) and (undoing := self._undoing_condition(f)) is not None:
            # "MSC-Exos could not reduce apoptosis after miR-21 was knocked down", "Exosomes failed to improve
            # motor function in TLR4-deficient mice": a rescue; the vesicles' effect holds without the loss
            self.emit(s, _predicate(sign), o, sign, f"{rule}:needed", f.start)
            self._acts_through_manipulated(f.start, UndoneEffect([s], [o], sign, undoing, [], False))
            return
        if f.negated and any(self._lost_ability_at(k) for k in range(max(0, f.start - 6), f.start)):
            return  # "BMSC-Exos lost their ability to promote M2 polarization after heating": they had it; the
            # change that took it is no denial of the vesicles' effect
        if s.category in V.MIRNA and o.category in V.GENE and sign < 0 and f.role not in {"consequence", "means"} \
                and self._said_targeted(o):
            # "miR-X targets and suppresses Y"; what follows from it ("thereby inhibiting NF-κB") is no targeting
            self.emit(s, "targets", o, -1, rule, f.start, f.negated)
            self._retract_axis(o)
            return
        pred = _predicate(sign)
        self.emit(s, pred, o, sign, rule, f.start, f.negated)

    def _said_targeted(self, o: Arg) -> bool:
        """A "target" word of the sentence is said of o: the first participant after it is o, or none is ("miR-X
        targets and suppresses Y", "suppressed Y by directly targeting its 3'UTR"); "reduced cytokines by targeting
        PTEN" targets PTEN only."""
        toks = self.toks
        for x, t in enumerate(toks):
            if t.is_ent or not t.lower.startswith("target"):
                continue
            nxt = next((y for y in range(x + 1, min(x + 7, len(toks))) if toks[y].is_ent), None)
            if nxt is None or o in toks[nxt].args():
                return True
        return False

    def _promoter_before(self, o: Arg) -> bool:
        """Is ``o`` named as the owner of a promoter or regulatory region ("the promoter of miR-21")?"""
        at = self._token_of(o)
        if at is None:
            return False
        named_before = self.word(at - 1) == "of" and any(self.word(x) in V.PROMOTER_WORDS for x in range(max(0, at - 4), at))
        return named_before or self.word(at + 1) in V.PROMOTER_WORDS

    def _subject_sign(self, s: Arg, f: Frame) -> int:
        """-1 when the subject is named by its loss ("knockdown of miR-145 increased SOD2", "miR-145
        silencing increased SOD2", "blockade of the NF-κB pathway reduced ..."): the claim is then about the
        molecule or pathway itself, with the sign turned."""
        if any(s in lost for lost in self.lacking().values()):
            return -1  # "exosomes from miR-21-knockdown MSCs increased apoptosis": miR-21 decreases it
        if s in self.fallen_anaphors:
            return -1  # "... inhibits YY1 expression. This in turn inhibits NF-κB": YY1 raises NF-κB
        if f.role == "relative" and self._token_of(s) is None and self._named_by_a_possessive_loss(s):
            return -1  # "KEAP1, whose repression allowed Nrf2 to ...": the span is "whose repression"
        at = self._token_of(s)
        if f.role == "relative" and at is not None and self.toks[at].members \
                and _against_the_axis(s, self.toks[at].members):
            return 0  # "a miR-494-3p/ACSL4 mechanism that preserves GPX4": ACSL4, which the miRNA lowers, did not
        if f.role not in {"main", "coordinated", "consequence", "means"} or s.category in V.CONTEXT_ONLY \
                or self.vesicle(s) or s.category in V.DISEASE:
            return 1
        if s.category not in _MOLECULE_OR_PATHWAY:
            # "Reduced neuroinflammation led to neuroprotection", "the reduction in apoptosis resulted in ...":
            # a process or cell named by its fall acts the other way
            return -1 if at is not None and self._named_by_its_fall(at) else 1
        if at is not None and self.toks[at].members and _against_the_axis(s, self.toks[at].members):
            return 0  # "the miR-21/PTEN/PDCD4 pathway suppressed cell death": PTEN, which miR-21 lowers, did not
        if at is None:  # "its knockdown increased PTEN": the anaphor's span (_anaphor)
            return -1 if self._named_by_a_possessive_loss(s) else 1
        return -1 if self._taken_away(at) else 1

    def _named_by_a_possessive_loss(self, s: Arg) -> bool:
        """Whether s spans a possessive and a loss noun ("its knockdown", "whose repression")."""
        return any(t.start >= s.start and t.end <= s.end and t.lower in {"its", "their", "whose"}
                   and self.word(x + 1) in V.LOSS_SUFFIXES for x, t in enumerate(self.toks))

    def _changed_before(self, a: Arg) -> int:
        """The way an adjective right before a's name says it went ("increased Bcl-2": 1, "reduced IκBα
        degradation": 1, the fall reduced), 0 for none."""
        at = self._token_of(a)
        if at is None:
            return 0
        way = self._adjective_way_before(at)
        return -way if self._falls_by_noun_after(at) else way

    def _adjective_way_before(self, at: int) -> int:
        """The way an adjective before the entity at ``at`` (past its list and phrase head) says it went."""
        # back over its list and the head of its phrase: "accompanied by reduced expression of IRAK1 and TRAF6,
        # lower phosphorylation of IκBα and p65": p65 went down with the phosphorylation
        k, words = at - 1, 0
        while k >= 0 and at - k <= 14:
            w = self.word(k)
            if w in V.UP_ADJECTIVES:
                return 1
            if w in V.DOWN_ADJECTIVES:
                return -1
            if self.toks[k].is_ent or w in {",", "and", "or", "-", "‐"}:
                words = 0
            elif w in {"of", "the"} or (w.isalpha() and w not in V.PREPOSITIONS and w not in V.AUXILIARIES
                                        and self._trigger(k) is None):
                words += 1
                if words > 3:
                    return 0
            else:
                return 0
            k -= 1
        return 0

    def _modification_of(self, o: Arg) -> int | None:
        """How a modification o is named by changes its gene ("deacetylation of LKB1", "p65 acetylation": 0, no way
        said; "methylation of the PTEN promoter": -1, it silences the gene); None when o is named by no modification."""
        at = self._token_of(o)
        if at is None:
            return None
        after = self.word(at + 1)
        if after in V.MODIFICATION_NOUNS:
            return 0
        if after in V.PROMOTER_WORDS and self.word(at + 2) in V.MODIFICATION_NOUNS:
            return V.MODIFICATION_NOUNS[self.word(at + 2)]  # "PTEN promoter methylation"
        k = at - 1 - (self.word(at - 2) == "of" and self.word(at - 1) in {"the", "its"})
        if self.word(k) != "of" or self.word(k - 1) not in V.MODIFICATION_NOUNS:
            return None
        return V.MODIFICATION_NOUNS[self.word(k - 1)] if after in V.PROMOTER_WORDS else 0

    def _given_with_another(self, a: Arg) -> bool:
        """Whether the agent a is named as given with another ("Hypo-Exos combined with YC-1", "... plus
        LY294002", "... together with an inhibitor")."""
        at = self._token_of(a)
        if at is None:
            return False
        w = self.word(at + 1)
        return w == "plus" or (w in {"combined", "together", "along", "co-treated", "cotreated"}
                               and self.word(at + 2) == "with")

    def _token_of(self, a: Arg) -> int | None:
        """The index of the entity token naming a (None for an argument no token names, as "its" standing for a
        subject)."""
        return next((x for x, t in enumerate(self.toks) if t.is_ent and a in t.args()), None)

    def _weaker(self, f: Frame) -> bool:
        """The clause says its change was smaller than another's: "reduced apoptosis less effectively (than
        ...)", "to a lesser extent", "only partially reduced"."""
        if self.word(f.start - 1) in {"partially", "partly", "less"}:
            return True
        k = f.start - 1
        if self.word(k) in {"in", "at", "to"}:
            # "were less effective in suppressing apoptosis", "had a diminished capacity to suppress apoptosis"
            if self.word(k - 1) in _ABLE_WORDS and self.word(k - 2) == "less":
                return True
            if self.word(k - 1) in _ABILITY_HEADS and (self.word(k - 2) in V.DOWN_ADJECTIVES or self.word(k - 2) in {
                    "weakened", "limited"}):
                return True
        after = f.start + f.length
        for x in range(after, min(after + 8, len(self.toks))):
            w = self.word(x)
            if w in {",", ";", "and", "whereas", "while", "but"}:
                return False
            if w in {"less", "lesser", "weaker"}:
                return True
            if w == "only" and self.word(x + 1) == "to" and self.word(x + 2) in {"the", "that", "those"} and (
                    self.word(x + 2) != "the" or self.word(x + 3) in {"level", "levels", "extent"}):
                return True  # "improved BMS scores only to the level achieved with N-sEVs"
        return False

    def _lost_from_vesicles(self, s: Arg) -> bool:
        """Whether s is what vesicles were made to lack: "exosomes from miR-21-knockdown MSCs", "miR-21-depleted
        exosomes", "exosomes lacking miR-21"."""
        return self._vesicles_lacking(s) is not None

    def _vesicles_lacking(self, s: Arg) -> Arg | None:
        """The vesicles made to lack s, if any (see _lost_from_vesicles)."""
        for vesicles, lost in self.lacking().items():
            if s in lost:
                return vesicles
        at = self._token_of(s)
        if at is None:
            return None
        k = at - 1
        while self.word(k) in _DETERMINERS_BEFORE_A_MOLECULE:
            k -= 1
        lacking = self._lacking_words_before(k)
        named = self.ent(k - lacking) if lacking else None
        if named is not None and self.vesicle(named.arg):
            return named.arg
        # "exosomes from hucMSCs transfected with a miR-29b-3p inhibitor": the cells were given its antagonist
        named = self.ent(k - 2)
        if (self.word(k) == "with" and self.word(k - 1) in _GIVEN_PARTICIPLES
                and self.word(at + 1) in V.ANTAGONISTS and named is not None and self.vesicle(named.arg)):
            return named.arg
        return None

    def _lacking_words_before(self, k: int) -> int:
        """How many words ending at k say that what follows is lacked: "lacking" (1), "depleted of", "devoid of",
        "deficient in" (2), else 0."""
        if self.word(k) == "lacking":
            return 1
        return 2 if (self.word(k), self.word(k - 1)) in _LACKING_PAIRS else 0

    def _named_by_its_fall(self, at: int) -> bool:
        """Whether the clause opens with the fall of the entity at ``at``: "Reduced X ...", "The reduction in X",
        "Decreased levels of X", "Blocking X ..."."""
        k = at - 1
        while self.word(k) in _DETERMINERS_BEFORE_A_MOLECULE:
            k -= 1
        if self.word(k) in {"of", "in"} and V.NOUN_SIGN.get(self.word(k - 1), 0) < 0:
            k -= 2
        elif self.word(k) in V.DOWN_ADJECTIVES or self.word(k) in _LOSS_GERUNDS:
            k -= 1  # "Reduced apoptosis ...", "Blocking autophagy increased apoptosis"
        elif self.word(k - 1) in V.DOWN_ADJECTIVES and self.word(k).isalpha() and self._trigger(k) is None:
            k -= 2  # "... is limited by the poor intrinsic growth capacity of neurons": an adjective between
        else:
            return False
        return self._opens_clause_at(k)

    def _opens_clause_at(self, k: int) -> bool:
        """Whether a clause opens right after position k, past determiners ("The reduction in ...")."""
        while self.word(k) in {"the", "a", "an", "this"}:
            k -= 1
        # ... or a passive's agent opens after "by": "Axonal regeneration is inhibited by low cAMP levels"
        return k < 0 or self.word(k) in {",", ";", ":", "that", "and"} or (
            self.word(k) == "by" and self.word(k - 1).endswith("ed"))

    def _taken_away(self, at: int) -> bool:
        """Whether the entity at ``at`` is named by its loss: "knockdown of miR-145", "miR-145 silencing",
        "an inhibitor of miR-21", "in miR-21-deficient mice", "Reduced miR-21 levels ..."."""
        last = at
        if self._short_form_at(at):
            at, last = at - 2, at + 1  # "knockdown of Janus kinase 2 (JAK2)": the short form is named where its long form is
        elif self._short_form_after(at):
            last = at + 3  # "Janus kinase 2 (JAK2) knockdown"
        k = at - 1
        while self.word(k) in _DETERMINERS_BEFORE_A_MOLECULE:
            k -= 1
        if self.word(k) == "of" and V.NOUN_SIGN.get(self.word(k - 1), 0) < 0:
            return True
        if self.word(k) in {"of", "to", "against"} and self._names_an_inhibitor(k - 1):
            return True  # "an inhibitor of miR-21", "an antisense oligonucleotide to miR-146a"
        if self.word(k) in {"inhibitor", "inhibitors"} and self.toks[at].arg.category in V.CHEMICAL:
            return False  # "the Wnt inhibitor XAV939 reduced β-catenin": the compound is the inhibitor, not its loss
        if self.word(k) in V.LOSS_PREFIXES or self._lacking_words_before(k):  # "mice lacking TLR4"
            return True
        if self.word(k) in _LOSS_GERUNDS and self._opens_clause_at(k - 1):
            return True  # "Blocking NF-κB with PDTC reduced TNF-α": the gerund names the subject's loss
        if self.word(k) == "down" and self.word(k - 1) == "knocking" and self._opens_clause_at(k - 2):
            return True  # "Knocking down Nrf2 increased ferroptosis"
        j = last + 1
        while self.word(j) in {",", "and", "or"} and self.ent(j + 1) is not None:
            j += 2  # "Cblb and Cbl gene knockdown": the loss of each
        if j > last + 1 and self.toks[at].arg.ref.curie in self.k.acts_on:
            return False  # "XAV939 or miR-126 depletion": the compound is an agent of its own, no loss shared
        if self.word(j) in {"gene", "genes"}:
            j += 1
        if self.word(j) in V.LOSS_SUFFIXES:
            return True
        if self.word(last + 1) == "-" and self.word(last + 2) in V.LOSS_SUFFIXES:  # "in miR-21-deficient mice"
            return True
        if self.word(last + 1) in {"-", "‐"} and self.word(last + 2) in _LOSS_PARTICIPLES and (
                self.word(last + 3) in _PRODUCING_CELL_WORDS or ((t := self.ent(last + 3)) is not None and (
                    t.arg.category in V.CELL or self.vesicle(t.arg)))):
            return True  # "exosomes from miR-126-3p-inhibited donors", "PDGFB-silenced MSCs": cells made to lack it
        if self.word(j) in {"-", "‐"}:
            j += 1
        if self.word(j) in _NEUTRALIZING and self.word(j + 1) in _ANTIBODY_WORDS:
            return True  # "a TSG-6 neutralizing antibody", "IL-10-blocking antibodies"
        # "Reduced miR-21 levels resulted in ...": the clause is about the decrease
        return self.word(k) in V.DOWN_ADJECTIVES and self._opens_clause_at(k - 1)

    def _names_an_inhibitor(self, k: int) -> bool:
        """The word at ``k`` names an agent that takes a molecule away: an inhibitor, antagomir or antagonist,
        or an antisense oligonucleotide."""
        word = self.word(k)
        if word in V.LOSS_PREFIXES or word in {"antagonist", "antagonists"}:
            return True
        return word in {"oligonucleotide", "oligonucleotides", "oligo", "oligos"} and "antisense" in {
            self.word(k - 1), self.word(k - 2)}

    def _retract_axis(self, o: Arg) -> None:
        """ "targeting the PTEN/PDCD4 pathway" names two targets, not a PTEN -> PDCD4 chain."""
        for t in self.toks:
            readings = getattr(t, "axis_readings", ())
            if readings and o in t.members:
                self.readings = [r for r in self.readings if r not in readings]

    # -- treatment effects: "the X group had higher Y", "Y ... following X treatment" ------------
    def _recovery_seen_after_treatment(self) -> None:
        """ "Significant functional improvement was observed after exosome treatment", "There was a marked motor
        recovery after H-sEVs treatment": an outcome named by its recovery, seen after a treatment, is the
        treatment's effect (rule treatment:recovery_seen)."""
        claimed = {r.object.ref.curie for r in self.readings}
        for i, t in enumerate(self.toks):
            if not t.is_ent or t.consumed or t.arg.ref.curie in claimed \
                    or t.lower.rsplit(None, 1)[-1] not in _RECOVERY_WORDS:
                continue
            j = i + 1
            while self.word(j) in _COPULAS or self.word(j) in _SEEN_WORDS or _adverb(self.word(j)):
                j += 1
            seen = any(self.word(x) in _SEEN_WORDS for x in range(i + 1, j)) or (
                self.word(self._before_degree_words(i)) in _SEEN_WORDS) or (  # "we observed significant ..."
                self.word(0) == "there" and self.word(1) in _COPULAS)
            if not seen:
                continue
            for agent in self._treatment_after(self._past_place(j)):  # "... observed in rats after X treatment"
                self.emit(agent, "increases", t.arg, 1, "treatment:recovery_seen", i, self._negated(i))

    def _treatment_effects(self) -> None:
        toks = self.toks
        agents = [i for i, t in enumerate(toks) if t.is_ent and t.agentive and not t.consumed]
        treated: list[int] = []
        if not agents and self.ctx.vesicles and "treated" in self.words:
            agents = treated = self._treated_animals()  # (the word "treated" becomes the vesicles' token, in place)
        if not agents and self.ctx.vesicles and not self.words.isdisjoint(_TREATMENT_ANAPHORS):
            agents = self._opening_treatment_anaphor()  # "After treatment, TNF-α decreased": likewise
        injured = not agents and any(w.split("-", 1)[0] in _SHAM_WORDS for w in self.words)
        if injured:
            agents = self._injured_group_against_sham()
        # "cells transfected with PTEN siRNA, which reduced apoptosis": a molecule named by its loss acts the other way
        agent_sign = {a: -1 if self._taken_away(a) else 1 for a in agents}
        opening = self._opening_condition(self._opening_phrase())
        if opening is not None and opening[0] not in agent_sign:
            agents.append(opening[0])
            agent_sign[opening[0]] = opening[1]
        if not agents:
            return
        # a bare change verb ("was improved") is said to follow only a treatment or condition the sentence opens
        # with ("After EV treatment, ..."); "Bax was upregulated after SCI, and Bcl-2 ... in the X group" is not X's
        phrase = self._opening_phrase()
        fronted = [a for a in agents if phrase is not None and phrase[0] < a < phrase[1]]
        copula = {"is", "are", "was", "were", "be", "been"}
        # ... or in a subject that names the treated animals, for its own predicate: "the locomotor function of SCI
        # rats treated with exosomes was greatly improved" (the treatment right before the copula and the participle)
        subject_agent = {p: a for a in agents if a not in fronted and (p := self._predicate_after(a, copula))}
        claimed = {r.object.ref.curie for r in self.readings}
        for i, t in enumerate(toks):
            if t.is_ent:
                continue
            w = t.lower
            if self.word(i - 1) == "with" and i >= 2 and (toks[i - 2].is_ent or (
                    self.word(i - 2).isalpha() and not self.word(i - 2).endswith("ed")
                    and self.word(i - 2) not in _ACCOMPANYING_WORDS)):
                continue  # "mitochondria with increased membrane density were less frequent": a noun's attribute
                # (but "..., together with higher expression of ZO-1": more the treatment brought)
            sign = V.COMPARATIVES.get(w)
            if sign is not None and self.word(i + 1) in _HARM_ADJECTIVES:
                continue  # "medium from EV-treated astrocytes was less toxic to neurons": not fewer neurons
            if sign is not None and self.word(i + 1) in _EFFECT_SIZE_NOUNS:
                continue  # "Unloaded sEVs produced smaller changes (GPX4, 1.4-fold; ...)": how much, not which way
            if sign is None:
                sign = V.CHANGE_PASTS.get(w)  # "Foxp3 expression rose after exosome treatment"
            after: int | None = i + 1
            if sign is not None and V.EFFECT_SIGN.get(self.word(i + 1)) and self.word(i + 2) in {"to", "toward",
                                                                                                 "towards", "on"}:
                # "medium from EPO-Exos-treated oligodendrocytes was less inhibitory to neurite extension": more of it
                sign, after = sign * min(V.EFFECT_SIGN[self.word(i + 1)], 1), i + 3
            participle = False
            # ... or the treated animals it was seen in: "motor function was improved in treated rats"
            own = [subject_agent[i]] if i in subject_agent else fronted or [a for a in treated if a > i]
            if sign is None and own and w.endswith("ed") and any(
                    self.word(x) in copula for x in range(self._left_past_all(i) + 1, i)):
                # "After EV treatment, motor function was improved, SCI was relieved": a change verb said of what
                # stands before the copula
                sign = _change_sign(w)
                participle = sign is not None
            if sign is None and w in V.CHANGE_NOUNS and self.word(i + 1) in {"in", "of", "among"}:
                sign = V.CHANGE_NOUNS[w]
            if sign is None and w in _REGAINING_VERBS and self._treated_subject_before(i) in agents:
                sign = 1  # "Rats treated with BMSC-Exos recovered hindlimb motor function": what the animals regained
            left: list[tuple[Arg, int]] = []
            if sign is None and w.startswith(_SHIFT_STEMS) and self.word(i + 1) in _INTRANSITIVE_SHIFT \
                    and self.word(self._left_past_all(i)) not in copula and self.word(i - 1) not in copula:
                # (not a passive with its own agent: "Macrophages were polarized to M1 with LPS")
                # "microglia shifted from M1 to M2 after exosome treatment": the state shifted to is raised
                after = next((x + 1 for x in range(i + 1, min(i + 8, len(toks))) if self.word(x) in _SHIFTED_TO), None)
                sign = 1 if after is not None else None
                if after is not None and self.word(i + 1) == "from":  # ... and the state shifted from lowered
                    left = [(toks[x].arg, -1) for x in range(i + 2, after) if toks[x].is_ent]
            if sign is None or after is None:
                continue
            candidates = own if participle else agents
            agent = min(candidates, key=lambda a: abs(a - i))
            reference = 1
            if self._compared_against(agent):
                # "The SCI group showed higher apoptosis than the exosome group": the treatment is the reference,
                # so its effect goes the other way, when what it is compared with is a control
                others = [a for a in candidates if not self._compared_against(a)]
                if others:
                    agent = min(others, key=lambda a: abs(a - i))
                elif injured or self._control_group_named():
                    reference = -1
                else:
                    continue  # "Compared with the exosome group, the Exo+inhibitor group ...": not the vesicles'
            elif not injured and self._against_sham(i):
                continue  # "lower BBB scores than the sham group": treated animals are still injured ones
            if reference == 1 and (own_group := self._group_after(i)) is not None and own_group != agent:
                continue  # "TNF-α was higher in the SCI group and lower in the exosome group": not the vesicles'
            if agent == i or abs(agent - i) > 40 or self._contrasted_subject_between(agent, i):
                continue
            objs: list[tuple[Arg, int]] = []
            whose = False  # the objects are the antecedent of "whose", which a reading may already hold
            intransitive = not participle and self._intransitive_change(i)
            # "BBB scores were higher in the exosome group ..., and the number of neurons was preserved": said of
            # what stands before the copula, not of the nouns after the group
            predicative = self.word(i + 1) in _GROUP_PREPOSITIONS and self._after_copula(i, copula)
            if not participle and not intransitive and not predicative:
                objs, _ = self._objects(after, None, effect_agents_change=False)
                # "lower IL-1β and less pyroptosis": what the next comparative names is its own comparison
                later = next((toks[x].start for x in range(after, len(toks)) if not toks[x].is_ent
                              and toks[x].lower in V.COMPARATIVES), None)
                objs = [(a, s) for a, s in objs if a != toks[agent].arg and (later is None or a.start < later)]
                objs = left + objs if objs else objs
                if len(objs) > 1:  # "thicker myelin sheaths (g-ratio 0.71 vs 0.78)": the aside measures the first
                    objs = [objs[0], *(o for o in objs[1:] if not self._in_parentheses_after(objs[0][0], o[0]))]
            if not objs and (intransitive or self._after_copula(i, copula) or self._shown_by_subject(i)):
                # predicative: "the expression level of GFAP in the X group was significantly lower"
                k = i - 1
                assessed_with = not self.words.isdisjoint(_ASSESSED_PARTICIPLES)
                while k >= 0 and self.word(k) not in {";", ":"}:  # ("higher in the SCI group and lower ...": no object)
                    if assessed_with and toks[k].is_ent and k != agent and (at := self._assessed_at(k)) is not None:
                        k = at - 1  # "Locomotor recovery assessed by the Basso Mouse Scale was better in ..."
                        continue
                    if not (not toks[k].is_ent or k == agent or self._setting_in_a_phrase(k)
                            or self._in_apposition(k) or self.word(k + 1) in {"group", "groups"}
                            or self._cells_a_measure_was_taken_in(k)):
                        break
                    k -= 1
                # "miR-204-5p targeted MMP-9, whose expression was decreased after HP-Exo treatment": the
                # antecedent of "whose", though the clause before has read it
                whose = self.word(k + 1) == "whose" or (self.word(k + 1) == "," and self.word(k + 2) == "whose")
                if k >= 0 and toks[k].is_ent and (not toks[k].consumed or whose):
                    _, members = self._list_back(k)  # "TNF-α and IL-1β levels were lower in the X group"
                    # ("achieved higher BBB scores, and lesion volume was smaller": the scores are the first
                    # comparative's)
                    compared = next((x for x in range(k - 1, -1, -1) if not toks[x].is_ent
                                     and toks[x].lower in V.COMPARATIVES), None)
                    cut = next((toks[x].start for x in range(compared + 1, k) if toks[x].lower in {",", "and"}),
                               -1) if compared is not None else -1
                    objs = [(a, 1) for a in members if a.start > cut]
            if objs and sign > 0 and self._stimuli_given([toks[agent].arg]) and self._cargo_raised_by_stimulus(
                    [toks[agent].arg], [o for o, _ in objs], i, after, self._clause_end_past_commas(after)):
                continue  # "MT pretreatment increased the miR-23b-3p content of exosomes": the primed vesicles'
            for o, local in objs:
                if self.word(i + 1) in _LATENCY_WORDS and o.ref.curie in self.k.latencies:
                    # "Motor evoked potentials showed shorter latency and higher amplitude": the delay is its own
                    # outcome, moving against the amplitude
                    o = Arg(self.k.latencies[o.ref.curie], o.start, o.end)
                if (o.ref.curie in claimed and not whose) or self.vesicle(o) or o.category in V.CONTEXT_ONLY:
                    continue
                s = sign * (1 if local == 2 else local) * agent_sign[agent] * reference
                if (multiple := self._multiple_after(o)) is not None:
                    # "fewer errors and MEP amplitudes roughly twice those of controls": its own comparison
                    s = multiple * agent_sign[agent] * reference
                if (w in {"recovery", "improvement", "restoration", "better", "worse"} or (
                        sign > 0 and participle and w.startswith(_RESTORING_STEMS))) and _adverse(o):
                    s = -s
                pred = _predicate(s)
                pointed = self._preparation_pointed_at(agent)  # "Rats receiving the sEVs"
                for given in [pointed] if pointed is not None else [
                        a for x in self._listed_with(agent, candidates) for a in toks[x].args()]:
                    self.emit(given, pred, o, s, "treatment:comparison", i, self._negated(i))
                if not self.main_subjects:
                    self.main_subjects = list(toks[agent].args())  # the group's treatment acts on in the next one

    def _listed_with(self, agent: int, candidates: Sequence[int]) -> list[int]:
        """The agent at ``agent`` and the candidates listed with it ("decreased with DPSC-Exos and BMSC-Exos")."""
        listed = [agent]
        for step in (-1, 1):
            k = agent
            while (nxt := next((x for x in candidates if x * step > k * step and (all(
                    self.word(y) in {",", "and", "or"} for y in range(min(k, x) + 1, max(k, x)))
                    or (self._gapped_range_end(min(k, x) + 1) == max(k, x) - 1
                        and self.word(max(k, x) - 1) == "with"))), None)) is not None and abs(nxt - k) > 1:
                # (and "fell to 24.1% with DPSC-Exos and to 38.7% with BMSC-Exos")
                listed.append(nxt)
                k = nxt
        return sorted(listed)

    def _contrasted_subject_between(self, agent: int, i: int) -> bool:
        """ "Pretreatment with U0126 abolished the effect, whereas miR-126-sp-Exos were less active": a clause of
        contrast with an agent of its own (vesicles or a compound) stands between the treatment and the comparative,
        which is that agent's ("..., whereas IL-10 was higher" stays the treatment's)."""
        contrast = next((x for x in range(agent + 1, i) if self.word(x) in {"whereas", "while", "but"}), None)
        return contrast is not None and any(self._names_an_agent(y) for y in range(contrast + 1, i))

    def _names_an_agent(self, y: int) -> bool:
        """Whether the token at y names vesicles or a compound, also a preparation's name the lexicon lacks
        ("miR-126-sp-Exos")."""
        t = self.toks[y]
        if t.is_ent:
            return self.vesicle(t.arg) or t.arg.category in V.CHEMICAL
        return bool(_GLUED_VESICLE_WORD.search(t.lower))

    def _multiple_after(self, arg: Arg) -> int | None:
        """1 or -1 when a multiple of the control's value follows ``arg`` ("MEP amplitudes roughly twice those of
        controls", "about half that of the SCI group"), else None."""
        at = self._token_of(arg)
        if at is None:
            return None
        k = at + 1
        while self.word(k) in _MEASURE_NOUNS or _adverb(self.word(k)) or self.word(k) in _AMOUNT_HEDGES:
            k += 1
        if self.word(k) in {"twice", "double", "thrice", "triple"} or self._fold_end(k) is not None:
            return 1
        return -1 if self.word(k) == "half" else None

    def _in_parentheses_after(self, first: Arg, arg: Arg) -> bool:
        """Whether ``arg`` stands in a bracketed aside opened after ``first`` ("myelin sheaths (g-ratio ...)")."""
        depth = 0
        for t in self.toks:
            if t.start >= arg.start:
                return depth > 0
            if t.start >= first.end and t.plain in {"(", ")"}:
                depth += 1 if t.plain == "(" else -1
        return False

    def _treated_subject_before(self, i: int) -> int | None:
        """The treatment of the animals heading the clause of the verb at i ("Rats treated with X recovered",
        "Treated rats regained"), or None."""
        k = i - 1
        while k > 0 and _adverb(self.word(k)):
            k -= 1
        if (t := self.ent(k)) is not None and t.arg.category in V.CONTEXT_ONLY and t.lower in _TREATED_HEADS:
            k -= 1  # "treated rats": the word "treated" holds the treatment
        t = self.ent(k)
        return k if t is not None and t.agentive else None

    def _given_vesicles_at(self, k: int) -> Arg:
        """The vesicles the paragraph named last, with the span of the word at k that stands for them ("treated",
        "treatment")."""
        return Arg(self.ctx.vesicles[-1].ref, self.toks[k].start, self.toks[k].end)

    def _opening_treatment_anaphor(self) -> list[int]:
        """ "After (the) treatment, TNF-α decreased": the treatment the sentence opens with is the vesicles the
        paragraph named; the word becomes their token (its span the claim's subject's)."""
        phrase = self._opening_phrase()
        if phrase is None:
            return []
        opener, comma = phrase
        k = opener + 1 + (self.word(opener + 1) in {"the", "this", "such"})
        if k + 1 != comma or self.word(k) not in _TREATMENT_ANAPHORS:
            return []
        self.toks[k] = replace(self.toks[k], arg=self._given_vesicles_at(k), agentive=True)
        return [k]

    def _treated_animals(self) -> list[int]:
        """ "Treated animals had a smaller lesion area", "Edema was lower in treated rats", "Treated neurons displayed
        less lipid peroxidation": the animals (cells) given the vesicles the paragraph named; the word "treated"
        stands for them (its span is the claim's subject's)."""
        toks = self.toks
        for j, t in enumerate(toks):
            if t.lower != "treated" or t.is_ent or t.joined or j + 1 >= len(toks) or self.word(j + 2) in {"with", "by"}:
                continue
            head = toks[j + 1]
            if head.lower not in _TREATED_HEADS and (self.word(j - 1) in V.PREPOSITIONS or (
                    head.lower not in {"cells", "cultures"} and not (head.is_ent and head.arg.category in V.CELL))):
                continue  # (cells as the subject: "In neurons co-cultured with treated microglia" names a setting)
            toks[j] = replace(t, arg=self._given_vesicles_at(j), agentive=True)
            return [j]
        return []

    def _no_difference(self) -> None:
        """ "BBB scores did not differ between the exosome and PBS groups", "There was no significant difference
        in IL-10 levels between the exosome and control groups": a treatment compared with its control showing no
        difference in an outcome; its effect on the outcome is denied (rule treatment:no_difference)."""
        toks = self.toks
        claimed = {r.object.ref.curie for r in self.readings}
        for i, t in enumerate(toks):
            w = t.plain
            if w not in _DIFFER_WORDS:
                continue
            noun = w in {"difference", "differences"}
            if noun:
                k = i - 1
                while self.word(k) in {"significant", "statistically", "obvious", "marked", "notable"}:
                    k -= 1
                if self.word(k) != "no":
                    continue
            elif not self._negated(i) or (w == "different" and not any(
                    self.word(x) in _COPULAS for x in range(max(0, i - 4), i))):
                continue
            between = next((x for x in range(i + 1, min(i + 12, len(toks))) if self.word(x) == "between"), None)
            if between is None:
                continue
            at = self._skip_np(between + 1)
            treated = self.ent(at)
            if treated is None or not (self.vesicle(treated.arg) or treated.agentive) or not self._control_after(at):
                continue
            if noun:  # the outcomes after "in": "no difference in IL-10 levels between ..."
                span = range(i + 1, between) if self.word(i + 1) in {"in", "of"} else range(0)
            else:  # the outcomes the clause opens with: "Neither BBB scores nor lesion volume differed"
                start = max((x + 1 for x in range(i) if self.word(x) in {";", ":"}), default=0)
                span = range(start, i)
            for x in span:
                o = self.ent(x)
                if o is None or o is treated or o.consumed or self.vesicle(o.arg) or o.agentive \
                        or o.arg.category in V.CONTEXT_ONLY or o.arg.category in V.DISEASE:
                    continue
                for a in treated.args():
                    for b in o.args():
                        if b.ref.curie not in claimed:
                            self.emit(a, "regulates", b, 0, "treatment:no_difference", i, True)

    def _injured_group_against_sham(self) -> list[int]:
        """The injured group of an untreated comparison with a sham group ("The SCI group had lower BBB scores
        than the sham group", "Compared with sham-operated rats, SCI rats showed decreased miR-21"): the injury
        is what made the difference."""
        if not self._untreated_until(len(self.toks)):
            return []
        sham = any(t.plain.split("-", 1)[0] in _SHAM_WORDS and self._names_group(x + 1)
                   for x, t in enumerate(self.toks))  # "the sham group", "sham-operated rats"
        injured = [x for x, t in enumerate(self.toks) if t.is_ent and t.arg.category in V.DISEASE
                   and self._names_group(x + 1)]
        return injured[:1] if sham else []

    def _against_sham(self, i: int) -> bool:
        """Whether the comparative at i compares with a sham group: "lower than (in) the sham group", "Compared
        with sham rats, ..." opening the sentence."""
        k = i + 1
        while k < len(self.toks) and k < i + 12 and self.word(k) not in _CLAUSE_ENDS and self.word(k) != "than":
            k += 1
        if self.word(k) != "than":
            if self.word(0) != "compared" and not (self.word(1) == "compared" and self.word(0) in {"when", "as"}):
                return False
            if self._control_group_named():
                return False  # "Compared with the sham group, TNF-α was higher in the SCI group and lower in ..."
            k = 1 + (self.word(1) == "compared")
        k += 1
        while k < len(self.toks) and self.word(k) in _REFERENCE_LEADS_AFTER_COMPARED:
            k += 1
        return self.word(k).split("-", 1)[0] in _SHAM_WORDS

    def _intransitive_change(self, i: int) -> bool:
        """ "Following exosome treatment, TNF-α decreased and IL-10 increased": a change verb right after what
        changed, ending its clause or followed by when or where, takes no object."""
        w = self.toks[i].lower
        if not _past_change_form(w) or not self._ends_clause_at(i + 1, _AFTER_INTRANSITIVE):
            return False
        p = i - 1
        while p > 0 and _adverb(self.word(p)):
            p -= 1
        # past a measurement aside: "MMP-9 activity measured by gelatin zymography decreased"
        p = next((opening - 1 for opening, end in self.asides.items() if end == p + 1), p)
        return p >= 0 and (self.toks[p].is_ent or self.word(p) in _NEUTRAL_HEADS_AFTER_PARTICIPLE)

    def _left_past_all(self, i: int) -> int:
        """_left, past a floating "all" or "both" ("X, Y and Z were all improved in treated mice")."""
        left = self._left(i)
        return self._left(left) if self.word(left) in {"all", "both"} else left

    def _after_copula(self, i: int, copula: set[str]) -> bool:
        """Whether the comparative at i follows a copula in its clause, or is coordinated with one that does
        ("TNF-α was higher in the SCI group and lower in the X group")."""
        left = self._left_past_all(i)
        if self.word(left) in copula or any(self.word(x) in copula for x in range(left + 1, i)):
            return True
        if self.word(left) not in {"and", "but"}:
            return False
        before = next((x for x in range(left - 1, -1, -1) if self.toks[x].plain in V.COMPARATIVES), None)
        return before is not None and self._after_copula(before, copula)

    def _group_after(self, i: int) -> int | None:
        """Where the group a comparative at i is said of is named ("higher in the SCI group": SCI; "in the
        BMSC-Exo treatment group": BMSC-Exo); -1 for a group no entity names ("in the sham group"), None when no
        "in the ... group" follows the comparative."""
        if self.word(i + 1) != "in":
            return None
        for k in range(i + 2, min(i + 7, len(self.toks))):
            if self._names_group(k):
                named = next((x for x in range(k - 1, i + 1, -1) if self.toks[x].is_ent), None)
                if named is None and (self.word(k + 1) in _TREATMENT_PARTICIPLES or self.word(k + 1) in V.AGENT_WITH):
                    # "in rats treated with X", "in cells transfected with miR-21 mimics"
                    named = next((x for x in range(k + 2, min(k + 5, len(self.toks))) if self.toks[x].is_ent), None)
                return -1 if named is None else named
            if self.word(k) in _CLAUSE_ENDS:
                return None
        return None

    def _names_group(self, k: int) -> bool:
        """The word at k names a group of an experiment: "group(s)", "rats", "mice", "animals", "cells" (not the
        tissue or model an injury was made in, as :meth:`_names_animals` does: "lower in injured spinal cord
        tissue" is no group's)."""
        taxon = self.ent(k)
        return self.word(k) in _GROUP_WORDS or (taxon is not None and taxon.arg.category in V.SPECIES)

    def _compared_against(self, at: int) -> bool:
        """Whether the treatment at ``at`` names the group another is compared with ("than (in) the exosome group",
        "compared with the exosome group", "versus exosome-treated rats")."""
        k = at - 1
        while k >= 0 and self.word(k) in _REFERENCE_LEADS:
            k -= 1
        w = self.word(k)
        return w in {"than", "versus", "vs"} or (w in {"with", "to"} and self.word(k - 1) in {"compared", "relative"})

    def _control_group_named(self) -> bool:
        """Whether the sentence names a control or injured group ("the SCI group", "the PBS group", "control rats")."""
        for x, t in enumerate(self.toks):
            if self.word(x + 1) in _GROUP_WORDS and (t.plain in _CONTROL_WORDS or (
                    t.is_ent and t.arg.category in V.DISEASE)):
                return True
        return False

    def _control_after(self, at: int) -> bool:
        """The group compared with the treatment at ``at`` is a control ("between the exosome and PBS groups",
        "... and the SCI group"), not another treatment ("between BMSC-Exos and ADSC-Exos")."""
        for x in range(at + 1, min(at + 8, len(self.toks))):
            t = self.toks[x]
            if t.is_ent:
                if self.vesicle(t.arg) or t.agentive:
                    return False
                if t.arg.category in V.DISEASE:
                    return True
            elif t.plain in _CONTROL_WORDS:
                return True
            elif t.plain in {".", ";", ","}:
                return False
        return False

    def _shown_by_subject(self, i: int) -> bool:
        """ "Locomotor recovery scores showed significant improvement among animals treated with X": the change noun
        at i is what its subject showed."""
        x = self._before_degree_words(i)
        if self.word(x) == "and" and x >= 2 and not self.toks[x - 1].is_ent and self.word(x - 2) in V.COMPARATIVES:
            return self._shown_by_subject(x - 2)  # "MEPs showed shorter latency and higher amplitude"
        return self.word(x) in V.SHOWING_VERBS

    def _before_degree_words(self, i: int) -> int:
        """Where the word before i stands, past an article and words of degree ("showed a significant |
        improvement", "observed markedly | improved")."""
        x = i - 1
        while x >= 0 and (self.word(x) in _DEGREE_WORDS or _adverb(self.word(x))):
            x -= 1
        return x

    def _change_with_after(self, f: Frame, k: int) -> None:
        """ "reduced pericyte migration via downregulation of NF-κB p65 signaling, with a consequent decrease in the
        permeability of the BSCB": a change added after the means phrase is the clause subject's too."""
        while k < len(self.toks) and not self.toks[k].is_ent and self.word(k) in V.AXIS_WORDS:
            k += 1
        if f.kind not in {V.INC, V.DEC} or self.word(k) != "," or self.word(k + 1) != "with":
            return
        changed, at = self._change_with(k + 1)
        target = self.ent(at)
        if not changed or target is None or target.consumed or target.arg.category in V.CONTEXT_ONLY:
            return
        for s in f.subjects:
            for o in target.args():
                self._claim(s, f, o, changed * f.sign)
        f.end = max(f.end, at + 1)

    def _evidenced_by(self, k: int) -> int:
        """Where "by" stands when "as evidenced by", "as indicated by" or ", indicated by" starts at k (0 when
        none does): what follows showed the change before it (or, ", accompanied by", went with it)."""
        if self.word(k) == "as" and self.word(k + 1) in _EVIDENCE_PARTICIPLES and self.word(k + 2) == "by":
            return k + 2
        if (self.word(k) in _EVIDENCE_PARTICIPLES or self.word(k) in _ACCOMPANYING_PARTICIPLES) \
                and self.word(k + 1) == "by" and self.word(k - 1) == ",":
            return k + 1
        return 0

    def _change_with(self, k: int) -> tuple[int, int]:
        """ "with (the) reduced/elevated Y" at k: the sign the adjective gives Y and where Y stands ((0, k) when
        the words are not such a phrase)."""
        a = k + 2 if self.word(k + 1) in {"the", "a", "an"} else k + 1  # "as indicated by an increased LC3 ratio"
        changed = 1 if self.word(a) in V.UP_ADJECTIVES else -1 if self.word(a) in V.DOWN_ADJECTIVES else 0
        if changed:
            if self.ent(a + 1) is not None:
                return changed, a + 1
            if self.word(a + 1) in _AMOUNT_OF_A_MOLECULE and self.word(a + 2) == "of":
                # "accompanied by reduced expression of IRAK1 and TRAF6"
                b = a + 3 + (self.word(a + 3) == "the")
                if self.ent(b) is not None:
                    return changed, b
            if self.word(a + 2) == "and" and self.word(a + 1).isalnum():
                # "as shown by reduced MDA and increased SOD activity": a read-out without a name, then one with
                return self._change_with(a + 2)
            return 0, k
        # "with a consequent decrease in the permeability of the BSCB", "accompanied by 2.1- and 1.8-fold increases
        # in VEGFA and EPO" (how much, and a plural change noun)
        while self.word(a) in _CONSEQUENT_WORDS:
            a += 1
        amount = a
        while amount < a + 8 and (_number(self.word(amount).removesuffix("-fold")) is not None
                                  or self.word(amount) in _FOLD_WORDS):
            amount += 1
        if amount > a and any(_number(self.word(x).removesuffix("-fold")) is not None for x in range(a, amount)):
            a = amount
        word = self.word(a)
        changed = V.NOUN_SIGN.get(word, 0) or (V.NOUN_SIGN.get(word[:-1], 0) if word.endswith("s") else 0)
        if not changed or self.word(a + 1) not in {"in", "of"}:
            return 0, k
        b = a + 3 if self.word(a + 2) == "the" else a + 2
        return (changed, b) if self.ent(b) is not None else (0, k)

    def _describes_a_place(self, start: int, j: int) -> bool:
        """The entity at j ends a "with" phrase of a place named right after the trigger ("in X with Y")."""
        if self.word(start) not in {"in", "within"}:
            return False
        at = next((x for x in range(start + 1, j) if self.word(x) == "with"), None)
        return at is not None and not any(
            self.toks[x].is_ent and self.toks[x].arg.category not in _PLACE_CATEGORIES for x in range(start, at))

    def _predicate_after(self, a: int, copula: set[str]) -> int:
        """Where the participle stands when the entity at a ends a subject and a copula, adverbs and a participle
        follow ("... was greatly improved"); 0 when they do not."""
        x = a + 1
        if self.word(x) not in copula:
            return 0
        x += 1
        while _adverb(self.word(x)):
            x += 1
        return x if self.word(x).endswith("ed") else 0

    def _in_apposition(self, k: int) -> bool:
        """The entity at k is named in an apposition to the entity before it ("RhoA, a direct target of
        miR-133b, was decreased": RhoA was)."""
        left = k - 1
        while left > 0 and k - left <= 8 and self.word(left) not in _APPOSITION_BOUNDS:
            left -= 1
        if self.word(left) != "," or self.word(left + 1) not in {"a", "an"} or self.ent(left - 1) is None:
            return False
        right = k + 1
        while right < len(self.toks) and right - k <= 4 and self.word(right) not in _APPOSITION_BOUNDS:
            right += 1
        return self.word(right) == ","

    def _cells_a_measure_was_taken_in(self, k: int) -> bool:
        """ "The expression of SPRED1 in neurons was lower in the exosome group": the cells at k, after "in" and a
        participant named before, are where the measure was taken."""
        if not (self.toks[k].is_ent and self.toks[k].arg.category in V.CELL):
            return False
        b = k - 1 - (self.word(k - 1) == "the")
        return self.word(b) == "in" and any(self.toks[x].is_ent for x in range(max(0, b - 4), b))

    def _setting_in_a_phrase(self, k: int) -> bool:
        """The entity at k is a setting in a phrase of the noun before it ("the motor function of SCI rats")."""
        def setting(j: int) -> bool:
            t = self.toks[j]
            return t.is_ent and (t.consumed or t.arg.category in V.CONTEXT_ONLY)

        if not setting(k):
            return False
        while k > 0 and setting(k - 1):  # "of SCI rats"
            k -= 1
        return self.word(k - 1) in {"of", "in"} or (self.word(k - 1) == "the" and self.word(k - 2) == "in")

    def _opening_phrase(self) -> tuple[int, int] | None:
        """(start, comma) of the adverbial a sentence or its complement opens with: "After EV treatment, ...",
        "... verified that after overexpression of TLR4, ..."."""
        opener = next((p for p in range(min(len(self.toks), 12)) if self.word(p) in {"after", "following", "upon"}
                       and (p == 0 or self.word(p - 1) == "that")), None)
        if opener is None:
            return None
        comma = next((x for x in range(opener + 1, min(len(self.toks), opener + 10)) if self.word(x) == ","), None)
        return None if comma is None else (opener, comma)

    def _opening_condition(self, phrase: tuple[int, int] | None) -> tuple[int, int] | None:
        """The molecule a sentence's opening phrase names as a condition, and its sign: "After overexpression of
        TLR4, ..." (1), "Following TLR4 knockdown, ..." (-1). What the clauses after it say changed is its effect."""
        if phrase is None:
            return None
        opener, comma = phrase
        named = [x for x in range(opener + 1, comma) if self.toks[x].is_ent]
        if len(named) != 1:
            return None
        x = named[0]
        t = self.toks[x]
        if t.consumed or t.arg.category not in V.MOLECULE:
            return None
        words = {self.word(y) for y in range(opener + 1, comma)} - {""}
        if words & V.LOSS_SUFFIXES:
            return x, -1
        if words & _GAIN_NOUNS or words & {"transfection", "treatment", "administration", "addition"}:
            return x, 1
        return None


@dataclass(slots=True)
class Frame:
    start: int
    length: int
    end: int
    kind: str
    sign: int
    subjects: list[Arg]
    objects: list[tuple[Arg, int]]
    role: str
    parent: Frame | None
    negated: bool
    lead: bool = False
    light: bool = False
    # the grammatical subject of a passive frame, its patient ("PTEN is regulated by miR-21"): what a
    # coordinated verb after it is said of ("... and promotes apoptosis")
    patients: list[Arg] = field(default_factory=list)


def _made_by(frames: list[Frame]) -> dict[Arg, frozenset[Arg]]:
    """Each object the frames changed, with the subjects that changed it."""
    made: dict[Arg, set[Arg]] = {}
    for f in frames:
        for o, _ in f.objects:
            made.setdefault(o, set()).update(f.subjects)
    return {o: frozenset(agents) for o, agents in made.items()}


def _negate(local: int) -> int:
    """Flip a noun-phrase sign code (2, an explicit increase, flips to -1)."""
    return {1: -1, -1: 1, 2: -1, 0: 0}[local]


def _sign(f: Frame, local: int) -> int:
    """The sign a frame gives one of its objects (``local`` is the object's noun-phrase code)."""
    if f.light and local in {2, -1}:
        # "plays a role in the inhibition of Y": the nominal gave the light verb its sign; counted once
        return 1 if local == 2 else -1
    if f.kind in {V.INC, V.DEC}:
        return f.sign * (1 if local == 2 else local)
    if f.kind == V.TARGET:
        return -1
    return 0


def _noun_sign(word: str, current: int) -> int:
    if word in V.NOUN_SIGN:
        return V.NOUN_SIGN[word] * (current if current else 1)
    return current


def _plural(word: str) -> bool:
    """A plural noun's (or a singular verb's) -s ending: "neurons", "EVs", "inhibits", not "stress"."""
    return word.endswith("s") and not word.endswith("ss")


def _adverse(arg: Arg) -> bool:
    return arg.category in V.DISEASE or bool(V.ADVERSE.search(arg.ref.label or ""))


def stimuli_key(labels: Iterable[str]) -> str:
    """One name for stimuli given together, whatever their order ("IFN-γ and TNF-α" for "TNF-α and IFN-γ")."""
    return " and ".join(sorted(label.lower() for label in labels))


def _losses(lacked: Iterable[Arg]) -> list[tuple[Tok, bool]]:
    """What vesicles were made to lack, as the losses that undid their effect."""
    return [(Tok(x.ref.label or x.ref.curie, (x.ref.label or x.ref.curie).lower(), x.start, x.end, arg=x), True)
            for x in lacked]


def read_sentence(text: str, offset: int, mentions: Sequence[EntityMention], knowledge: Knowledge,
                  context: Context = Context(), drop: Sequence[tuple[int, int]] = ()) -> tuple[list[Reading],
                                                                                            Context]:
    """All claims of one sentence, and the context it leaves for the next one."""
    shared = _shared_object_clauses(text, offset, mentions)
    if shared is not None:
        # "miR-21 mimic increased, whereas miR-21 inhibitor decreased, the expression of p-AKT": each agent's
        # verb takes the object they share, read as two clauses
        first, second = shared
        readings, _ = _read_clause(text, offset, mentions, knowledge, context, [*drop, first])
        more, new_context = _read_clause(text, offset, mentions, knowledge, context, [*drop, *second])
        return readings + more, new_context
    return _read_clause(text, offset, mentions, knowledge, context, drop)


# "A increased, whereas B decreased, the O": a change verb ending each agent's clause before a comma
_SHARED_OBJECT = re.compile(r"([\w-]+),\s+(?:whereas|while|but|and)\s+([^,.;:()]{1,80}?)\s([\w-]+),\s+(?=\w)")
_SHARED_OBJECT_LINKS = (", whereas ", ", while ", ", but ", ", and ")


def _change_sign(word: str) -> int | None:
    """The sign of a one-word verb that raises (1) or lowers (-1) what it acts on ("reduced": -1), else None."""
    return next((sg for seq, kind, sg in V.verb_table().get(word, ()) if len(seq) == 1 and kind in {V.INC, V.DEC}),
                None)


def _is_change_verb(word: str) -> bool:
    return any(len(seq) == 1 and kind in {V.INC, V.DEC, V.REG}
               for seq, kind, _ in V.verb_table().get(word.lower(), ()))


def _shared_object_clauses(text: str, offset: int, mentions: Sequence[EntityMention]) -> tuple[
        tuple[int, int], list[tuple[int, int]]] | None:
    """The spans to leave out to read the first and the second agent's clause of a shared object, if the
    sentence has one: the second agent must be an entity ("A increased, and then decreased, O" is no pair)."""
    if not any(link in text for link in _SHARED_OBJECT_LINKS):
        return None
    for m in _SHARED_OBJECT.finditer(text):
        if not (_is_change_verb(m.group(1)) and _is_change_verb(m.group(3))):
            continue
        agent_start, agent_end = offset + m.start(2), offset + m.end(2)
        if not any(agent_start <= e.start and e.end <= agent_end for e in mentions):
            continue
        first = (offset + m.end(1), offset + m.end())
        second = [(offset, agent_start), (offset + m.end(3), offset + m.end())]
        return first, second
    return None


def _read_clause(text: str, offset: int, mentions: Sequence[EntityMention], knowledge: Knowledge,
                 context: Context, drop: Sequence[tuple[int, int]]) -> tuple[list[Reading], Context]:
    toks = tokenize(text, offset, mentions, drop)
    reader = SentenceReader(toks, knowledge, context, aim=_has_aim_cue(text))
    # the "carrying" phrase leaves out a carried silencer itself (see _collapse_cargo); other rules
    # ("exosomal PTEN siRNA") are checked here: a silencer of PTEN is not PTEN. A rescue names the
    # silencer that undid the vesicles' effect ("abolished by miR-21 inhibitor"): they carry the miRNA.
    readings = [r for r in reader.read() if not (
        r.predicate == "carries" and r.rule != "rescue" and _SILENCER.match(text, r.object.end - offset))]
    topic = [t.arg for t in reader.toks if t.is_ent and not t.consumed and t.arg.category not in V.CONTEXT_ONLY]
    subjects = tuple(reader.main_subjects) or tuple(reader.changed_subjects) or tuple(topic[:1]) or context.subjects
    objects = tuple(dict.fromkeys(o for f in reader.frames for o, _ in f.objects))
    fallen = tuple(o for f in reader.frames if f.role == "main" for o, local in f.objects
                   if reader._object_sign(f, o, local) < 0) if objects else context.fallen
    # a vesicle word pointing back ("the EVs") keeps the preparation it points at for the next sentence, as
    # does a preparation a cargo phrase took in ("miR-219a-5p, which is enriched in hUC-MSC-EVs, ...")
    pointed = {t.start: p for i, t in enumerate(reader.toks) if t.is_ent and (p := reader._preparation_pointed_at(i))}
    vesicles = sorted([*(a for t in reader.toks for a in t.args() if knowledge.is_vesicle(a.ref)),
                       *(r.subject for r in readings if r.predicate == "carries"
                         and not knowledge.is_generic_vesicle(r.subject.ref))], key=attrgetter("start"))
    vesicles += [s for s in subjects if knowledge.is_vesicle(s.ref)]
    vesicles = [pointed.get(a.start, a) for a in vesicles]
    lacking = reader.lacking()
    changed = tuple((o, reader._object_sign(f, o, local)) for f in reader.frames
                    if f.role in {"main", "coordinated", "group"} and f.kind in {V.INC, V.DEC}
                    and not any(a in lacking for a in f.subjects) for o, local in f.objects)
    # ("EV-treated mice showed lower GFAP ..., greater preservation of NF200+ axons ... . Knocking down MALAT1 in the
    # donor cells diminished these improvements": what a treated group showed against its control)
    # (with no change of its own, a sentence of such comparisons adds to those before: "these effects" after "Conditioned
    # medium from EPO-Exos-treated oligodendrocytes was also less inhibitory ..." are the sentence before's too)
    compared = tuple((r.object, r.sign) for r in readings if r.rule == "treatment:comparison" and r.sign
                     and not r.negated and knowledge.is_vesicle(r.subject.ref))
    changed = changed + compared if objects else context.changed + compared
    cells = tuple(dict.fromkeys(a for t in reader.toks if t.is_ent for a in t.args() if a.category in V.CELL))
    mirnas = tuple(dict.fromkeys(a.ref for t in reader.toks if t.is_ent for a in t.args() if a.category in V.MIRNA))
    named = {a.ref: a for a in vesicles if not knowledge.is_generic_vesicle(a.ref)}
    if not named and context.vesicles and not knowledge.is_generic_vesicle(context.vesicles[-1].ref) \
            and not any(knowledge.is_vesicle(s.ref) and knowledge.is_generic_vesicle(s.ref)
                        for s in (*reader.main_subjects, *reader.changed_subjects)):
        # "The hydrogel released exosomes over 14 days" after GMSC-Exos: plain vesicles no clause is about are
        # still the preparation the paragraph named
        vesicles = []
    new_context = Context(subjects, objects or context.objects, tuple(vesicles[-1:]) or context.vesicles,
                          fallen=fallen, changed=changed, cells=cells or context.cells,
                          mirnas=mirnas or context.mirnas,
                          preparations=tuple(named.values()) if len(named) > 1 else context.preparations,
                          primed=context.primed, groups=reader.value_groups or context.groups)
    return readings, new_context


# "as evidenced by reduced MDA": the changes after these showed the one before them
_EVIDENCE_PARTICIPLES = frozenset({"evidenced", "shown", "indicated", "demonstrated", "reflected", "manifested",
                                   "confirmed", "revealed"})
# ", accompanied by lower Bax": changes that went with the one before them, the same agent's
_ACCOMPANYING_PARTICIPLES = frozenset({"accompanied", "paralleled"})
# the words of a fold or percent change before its noun ("2.1- and 1.8-fold increases", "a 40% decrease")
_FOLD_WORDS = frozenset({"-", "‐", "fold", "-fold", "and", ",", "%", "percent"})
# "..., together with higher ZO-1", "along with less apoptosis": more changes the same agent brought
_ACCOMPANYING_WORDS = frozenset({"together", "along"})
# gerunds opening a clause that name a molecule's loss as its subject
_LOSS_GERUNDS = frozenset({"blocking", "inhibiting", "silencing", "suppressing", "depleting", "deleting"})
# what a carried molecule is when these follow it: a silencer of it, not the molecule
SILENCER_WORDS = {"sirna", "sirnas", "shrna", "shrnas", "inhibitor", "inhibitors", "antagomir", "antagomirs",
                  "antisense", "sponge", "sponges"}
# "was blocked with an anti-PD-1 antibody": the reagents a change may be made with
_TOOL_WORDS = frozenset(_ANTIBODY_WORDS | _TAKING_AWAY_ROLES | _ADDING_ROLES | SILENCER_WORDS
                        | {"mimic", "mimics", "agomir", "agomirs"})
_SILENCER_PAIRS = frozenset({("small", "interfering"), ("short", "interfering"), ("short", "hairpin")})
_SILENCER = re.compile(r"\s*[-‐‑]?\s*(?:" + "|".join(sorted(SILENCER_WORDS, key=len, reverse=True))
                       + r"|(?:small|short)\s+(?:interfering|hairpin)\s+RNAs?)\b", re.I)


def silencer_named_at(text: str, pos: int) -> str | None:
    """The kind of silencer the words at ``pos`` name after a molecule ("PTEN small interfering RNA": "siRNA"), or
    None: vesicles loaded with it carry the silencer, not the molecule."""
    found = _SILENCER.match(text, pos)
    if found is None:
        return None
    words = found.group(0).strip(" -‐‑").lower()
    if words.startswith(("small interfering", "short interfering", "sirna")):
        return "siRNA"
    if words.startswith(("short hairpin", "shrna")):
        return "shRNA"
    return words.rstrip("s")


def _has_aim_cue(text: str) -> bool:
    """``V.AIM_CUES.search``, skipped for an ASCII sentence that holds none of the literals every match
    contains (for ASCII text, IGNORECASE is lower-casing)."""
    if text.isascii():
        lowered = text.lower()
        if not any(literal in lowered for literal in V.AIM_CUE_LITERALS):
            return False
    return V.AIM_CUES.search(text) is not None


def dedupe(readings: Iterable[Reading], variant: Callable[[Arg], tuple[str, ...]] = lambda a: ()) -> list[Reading]:
    """One reading per (subject, predicate, object, sign) and rule-agnostic; signed beats unsigned.

    ``variant`` tells apart subjects one entity stands for ("CAQK-siNLRP3-sEVs ..., whereas siNC-sEVs lowered IL-1β
    but did not change GSDMD-N": two preparations, both extracellular vesicles), whose claims stay side by side."""
    best: dict[tuple, Reading] = {}
    for r in readings:
        key = (r.subject.ref.curie, variant(r.subject), r.predicate, r.object.ref.curie, r.sign, r.negated)
        best.setdefault(key, r)
    out = list(best.values())
    signed = {(r.subject.ref.curie, variant(r.subject), r.object.ref.curie) for r in out
              if r.predicate in {"increases", "decreases", "targets"} and not r.negated}
    # "SB203580 reproduced the protective effect, suggesting that p38 MAPK acts downstream of NOX2": what the
    # sentence places downstream acts on nothing upstream of it
    upstream = {(r.object.ref.curie, r.subject.ref.curie) for r in out if r.rule.startswith("position:")}
    return [r for r in out if not (r.predicate == "regulates"
                                   and (r.subject.ref.curie, variant(r.subject), r.object.ref.curie) in signed)
            and ((r.subject.ref.curie, r.object.ref.curie) not in upstream or r.rule.startswith("position:"))]


_DEGREE_WORDS = frozenset({"a", "an", "significant", "marked", "substantial", "great", "greater", "remarkable"})
# an outcome named by its recovery, and the words that say it was seen ("functional improvement was observed")
_RECOVERY_WORDS = frozenset({"improvement", "improvements", "recovery"})
_SEEN_WORDS = frozenset({"observed", "seen", "noted", "found", "detected", "achieved", "obtained", "evident"})
# the word after a process that makes it the role of the molecule named next ("the ferroptosis suppressor GPX4")
_ROLE_COMPOUND_SIGN = {"promoting": 1, "inducing": 1, "driving": 1, "promoter": 1, "promoters": 1, "inducer": 1,
                       "inducers": 1, "effector": 1, "effectors": 1, "executioner": 1, "executioners": 1,
                       "suppressing": -1, "inhibiting": -1, "suppressor": -1, "suppressors": -1,
                       "inhibitor": -1, "inhibitors": -1}
_ROLE_COMPOUND_HEADS = frozenset({"factor", "factors", "protein", "proteins", "gene", "genes", "molecule",
                                  "molecules", "enzyme", "enzymes", "regulator", "regulators", "mediator", "mediators"})
# the words of a tissue or of animals kept from a harm ("protected the injured spinal cord from ...")
_SHIELDED_PLACES = frozenset({"spinal", "cord", "cords", "tissue", "tissues", "injured", "damaged", "brain", "rats",
                              "mice", "animals", "neural", "nervous", "system", "central", "white", "gray", "grey",
                              "matter"})
# participles that say how much of a thing there is, never what kind of cell it is ("stimulated MSC", "activated
# microglia" are kinds)
_AMOUNT_CHANGES = frozenset(w for w in V.UP_ADJECTIVES | V.DOWN_ADJECTIVES | {"lowered"} if w.endswith("ed")) - {
    "activated", "impaired", "suppressed", "inhibited"}
# markers of a cell's dying, not of what the cell is: "fewer caspase-1-positive neurons" is less caspase-1 in neurons
_DYING_MARK = re.compile(r"(?:cleaved\s+)?(?:caspase|gasdermin|GSDM)", re.I)
# a mention ending in the mark of the cells named next ("TUNEL+ OPCs", "TUNEL-positive neurons": where they died)
MARK_AT_END = re.compile(r"(?:\+|positive)$")
_APOPTOSIS_RATE = "exokg:apoptosis_rate"
_MICROVESSEL_DENSITY = "exokg:microvessel_density"
# markers of what cells are, not what they do: the glial kinds' and NeuN (neurons)
_KIND_MARKERS = frozenset(KIND_MARKERS) | {"HGNC:27097"}
_DYING_COUNT = re.compile(r"\+|positive")  # "TUNEL+ cells", "TUNEL-positive cells"
# the words after a protein that make it the label of the cells named next
_MARKER_WORDS = frozenset({"+", "positive", "immunoreactive", "immunopositive", "labeled", "labelled", "expressing"})
# between "by" and a passive's agent: determiners and the marker the cells are named by
_AGENT_NAME_BREAKS = frozenset({",", ";", ":", ".", "and", "or", "but", "which", "that", "with", "in", "of"})
_BEFORE_AN_AGENT = frozenset({"the", "a", "an", "these", "recipient", "host", "-", "‐"} | _MARKER_WORDS)
# what labels cells: proteins, and a transmitter stained in its fibres ("5-HT-positive axons")
_MARKER_CATEGORIES = V.GENE | V.CHEMICAL


def _role_group(category: str) -> str:
    """Categories that can stand in one list: miRNAs together, genes and proteins together."""
    if category in V.MIRNA:
        return "mirna"
    if category in V.GENE:
        return "gene"
    return category


# "..., as did X": what the auxiliary after "as" stands for is the clause before it
_AS_DID_AUXILIARIES = frozenset({"did", "does", "do", "was", "were", "is", "are"})
# what says a molecule is not where it is named ("undetectable in exosomes")
_ABSENCE_WORDS = frozenset({"undetectable", "undetected", "absent"})
_INNER_ADVERBS = {"more", "less", "most", "also", "only", "all", "both", "then", "further", "much", "very", "even",
                  "still", "indeed", "not", "never"}


_BEFORE_A_GERUND_NOUN = frozenset(V.PREPOSITIONS | {"for", "at", "than"})

# words after a sentence's first participant that are no verb of its own ("Exosomes from MSCs", "X in rats")
# "during the subacute phase of", "in the early stage of": a time named by what it is the time of
_TIME_SPAN_NOUNS = frozenset({"phase", "phases", "stage", "stages", "period", "course", "onset", "window"})
# cells a reader's entities may leave unnamed ("IL-6-stressed normal human astrocytes")
_CELL_KIND_WORDS = frozenset({"astrocytes", "microglia", "macrophages", "neurons", "fibroblasts", "cardiomyocytes",
                              "hepatocytes", "chondrocytes", "monocytes", "keratinocytes", "myocytes", "cultures"})
_AGENT_AFTER_CELLS = frozenset({"by", "after", "following", "upon", "treatment", "with", "when", "compared"})
_FAMILY_OR_COMPLEX = frozenset({"biolink:GeneFamily", "biolink:ProteinFamily", "biolink:MacromolecularComplex"})
_NOT_A_VERB_AFTER_SUBJECT = frozenset({"of", "in", "from", "and", "or", "with", "on", "at", "to", "for", "/", "(", ")",
                                       "-", "as", "is", "are", "was", "were", "by", "via", "through", "that",
                                       "which", "derived", "isolated", "secreted", "released", "obtained"})
# verbs whose rise of an adverse object is its fall ("improved the inflammatory response", "SCI was improved")
_GIVING_STEMS = ("releas", "secret", "carr", "contain", "deliver", "transfer", "shuttl", "harbo", "encapsul", "load",
                 "transport", "convey")
_RESTORING_STEMS = ("improv", "restor", "amelior", "relie", "repair", "rescu")
_CLAUSE_OPENER_ENDS = frozenset({";", ":", ","} | _CLAUSE_BREAK_WORDS)
_MODALS = frozenset({"may", "might", "can", "could", "will", "would", "should", "must"})
# verbs of plural subjects a means phrase follows ("MSC-Exos protect neurons by ..."): base forms in no verb table
# what a disease a means phrase follows is the object of ("drugs for treating SCI by reducing ROS")
_TREATING_WORDS = frozenset({"treating", "treat", "treats", "treated", "treatment", "treatments", "therapy", "for",
                             "against", "repairing", "alleviating", "ameliorating", "attenuating"})
_TREATED_DISEASE_MODIFIERS = frozenset({"the", "a", "an", "acute", "chronic", "subacute", "traumatic", "of",
                                        "experimental", "complete", "incomplete"})
# verbs naming a part an agent plays, whose purpose ("to regulate Y") is said of the agent
_VERBS_OF_A_ROLE = frozenset({"act", "acts", "serve", "serves", "function", "functions", "work", "works", "play",
                              "plays", "participate", "participates"})
_SOURCE_PREPOSITION = re.compile(r"\b(?:from|of|by)\b")
_UNDIRECTED_CHANGES = frozenset({"change", "changes", "alteration", "alterations"})
_IRREGULAR_PAST = frozenset({"led", "made", "gave", "brought", "took", "kept", "held"})
_PLAIN_VERBS_AFTER_PLURAL = frozenset({"protect", "benefit", "rescue", "preserve", "spare", "support", "help",
                                       "save", "shield", "defend"})

# "repair" is a verb with an object ("exosomes repair traumatic SCI"), a noun before these words
_REPAIR_NOUN_FORMS = frozenset({"repair", "repairs"})
# verbs whose base form is also the noun of what a molecule undergoes ("IL-1β release", "Nrf2 increase")
_VERB_NOUN_FORMS = frozenset({"release", "increase", "decrease", "decline", "influx", "efflux", "uptake",
                              "transport", "transfer", "secretion"})
# words after "<molecule> release" that make "release" the noun ("HMGB1 release was reduced")
_AFTER_A_VERB_NOUN = frozenset({"was", "were", "is", "are", "has", "had", "have", "from", "by", "into"})
_AFTER_REPAIR_NOUN = frozenset({"by", "of", "in", "and", "or", ",", ".", ";", ":", "after", "following", "through",
                                "via", "with", "was", "were", "is", "are", "has", "have", "process", "processes", "(",
                                "[", ")"})

_PREDICATE_OF_SIGN = {1: "increases", -1: "decreases"}


def _predicate(sign: int) -> str:
    """The predicate of a reading with this sign: 1 increases, -1 decreases, anything else regulates."""
    return _PREDICATE_OF_SIGN.get(sign, "regulates")


def _past_change_form(word: str) -> bool:
    """A past form a change verb may end its clause with: "-ed", or "rose", "fell" (see V.CHANGE_PASTS)."""
    return word.endswith("ed") or word in V.CHANGE_PASTS


def _part_of(changed: Ref, manipulated: Ref) -> bool:
    """The changed molecule is what was manipulated, or a member its name spells ("AKT" of the "PI3K/AKT
    signaling pathway")."""
    if changed == manipulated:
        return True
    label, whole = changed.label or "", manipulated.label or ""
    return bool(label) and " " not in label and label in re.split(r"[/\s]+", whole)


_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _number(word: str) -> float | None:
    """The value a word writes ("5.4", "1,250", "14.2%"), else None."""
    word = word.removesuffix("%")
    return float(word.replace(",", "")) if _NUMBER.fullmatch(word) else None


def _adverb(word: str) -> bool:
    """A word that may stand inside a multi-word trigger without changing it ("contribute *significantly*
    to"); a negation inside ("is not involved in") marks the frame negated (see :meth:`_open_frame`)."""
    return bool(word) and ((word.endswith("ly") and len(word) > 4) or word in _INNER_ADVERBS)
