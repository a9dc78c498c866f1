"""Words the mechanism rules read: triggers, cue words and entity-category groups.

Every trigger is listed by lemma; :func:`verb_forms` spells out the inflections a rule
must recognise ("inhibit" -> inhibits, inhibited, inhibiting). Nominal forms ("inhibition
of", "reduction in") and adjectives ("higher", "reduced") are separate tables because they
behave differently: a verb opens a new claim, a noun or adjective only modifies the sign of
the noun phrase it heads ("reduce the *activation* of NF-κB" is still a decrease of NF-κB,
"promote the *degradation* of X" is a decrease of X).
"""

from __future__ import annotations

import re
from functools import cache

# ---------------------------------------------------------------------------------------------
# Predicate kinds a trigger can open.
INC, DEC, REG = "inc", "dec", "reg"
CARRY, TARGET, MARKER, MEMBER, ASSOC, DERIVE = "carry", "target", "marker", "member", "assoc", "derive"
LIGHT = "light"  # "plays a role in", "contributes to": takes the sign of what follows, else unsigned

SIGN = {INC: 1, DEC: -1, REG: 0}

DECREASE_VERBS = (
    "inhibit", "suppress", "reduce", "decrease", "downregulate", "down-regulate", "attenuate",
    "alleviate", "mitigate", "ameliorate", "prevent", "block", "diminish", "repress", "restrain",
    "abolish", "abrogate", "impair", "hinder", "hamper", "lessen", "relieve", "counteract",
    "antagonize", "antagonise", "silence", "weaken", "prohibit", "negatively regulate",
    "negatively modulate", "protect against", "knock down", "deplete", "eliminate", "destabilize",
    "degrade", "compromise", "disrupt", "limit", "curb", "dampen", "blunt", "damage", "interrupt", "inactivate",
    "deactivate", "decline", "shorten", "neutralize", "neutralise",
    # a long non-coding RNA binding a miRNA away from its targets (competing endogenous RNA): "sponged miR-21",
    # "acts as a molecular sponge of miR-27a"
    "sponge", "sequester", "adsorb",
    *(f"{verb} as a {kind}sponge {preposition}" for verb in ("act", "serve", "function")
      for kind in ("", "molecular ") for preposition in ("for", "of", "to")),
)
INCREASE_VERBS = (
    "promote", "enhance", "increase", "upregulate", "up-regulate", "activate", "improve", "induce",
    "stimulate", "facilitate", "accelerate", "boost", "elevate", "augment", "potentiate", "trigger",
    "strengthen", "restore", "exacerbate", "aggravate", "intensify", "favor", "favour", "drive",
    "positively regulate", "positively modulate", "cause", "produce", "secrete", "release",
    "amplify", "raise", "evoke", "initiate", "provoke", "elicit", "overexpress", "over-express",
    "shift", "polarize", "polarise", "convert", "switch", "transform", "skew", "reprogram", "exert", "provide",
    "confer", "yield", "rescue", "repair", "preserve", "maintain", "expedite", "hasten", "aid in", "enlarge", "expand",
    "support", "reactivate", "re-activate", "disinhibit", "allow", "enable", "permit", "engage",
    # a protein kept from degradation rises: "stabilises HIF-1α"
    "stabilize", "stabilise",
)
# decreasing verbs whose base form is a comparative ("lower"): only the inflected forms are verbs
DECREASE_INFLECTIONS = ("lowers", "lowered", "lowering", "halves", "halved")
# increasing verbs whose base form is mostly an adjective ("double immunostaining"): the inflected forms only
INCREASE_INFLECTIONS = ("doubles", "doubled", "triples", "tripled",
                        # "sustaining Tie2 signalling" (not "sustained", mostly "sustained release")
                        "sustain", "sustains", "sustaining")
# intransitive changes whose other forms are nouns ("a rise in", "falls"): only the irregular pasts are verbs
# ("RORγt expression fell and Foxp3 expression rose after exosome treatment"), each with its way
CHANGE_PASTS: dict[str, int] = {"rose": 1, "risen": 1, "fell": -1, "fallen": -1, "dropped": -1}
# "change" is mostly a noun ("pathological changes occur"): a verb in its past and gerund, and in its base
# form after an auxiliary or "not" ("did not significantly change GFAP"; see grammar's _trigger)
# "IL-6 levels were unchanged after exosome treatment", "IL-6 was unaffected by BMSC-Exos": a change denied in one word
DENIED_CHANGE = frozenset({"unchanged", "unaltered", "unaffected"})
REGULATE_INFLECTIONS = ("changed", "changing", "change", *sorted(DENIED_CHANGE))
REGULATE_VERBS = (
    "regulate", "modulate", "affect", "influence", "control", "alter", "act on", "modify", "dysregulate",
    "deregulate", "manipulate", "govern", "shape", "orchestrate", "impact",
    "be under the control of", "be under control of",
)
# how an agent is put to cells ("Exosomes co-cultured with neurons", "EVs added to astrocyte cultures"): the cells
# are where it acts, no participant
BROUGHT_TO = frozenset({"co-cultured", "cocultured", "incubated", "added", "applied", "delivered", "administered",
                        "transferred", "introduced"})
TARGET_VERBS = ("target", "directly target", "bind to", "bind", "interact with", "recognize", "recognise",
                "pair with", "directly repress")
CARRY_VERBS = (
    "carry", "contain", "deliver", "encapsulate", "harbor", "harbour", "convey", "transfer",
    "package", "shuttle", "transport", "be enriched with", "be enriched in", "be rich in",
    "be loaded with", "load",
)
LIGHT_VERBS = (
    "play a role in", "play an important role in", "play a crucial role in", "play a key role in",
    "play a critical role in", "play a significant role in", "play a vital role in",
    "play an essential role in", "play a pivotal role in", "play a central role in",
    "play a major role in", "play roles in", "be involved in", "participate in",
    "be implicated in", "be responsible for", "be essential for", "be required for",
    "be crucial for", "be important for", "be necessary for",
)
CONSEQUENCE_VERBS = ("lead to", "result in", "give rise to", "bring about", "contribute to")
ASSOC_VERBS = (
    "be associated with", "be correlated with", "correlate with", "be linked to", "be related to",
    "be linked with", "associate with", "be inversely correlated with", "be negatively correlated with",
    "be positively correlated with", "co-express with", "couple to", "couple with", "correspond to",
    "be accompanied by", "parallel", "be concomitant with", "relate to", "correlate", "be correlated",
)

# Nominal triggers: what they do to the sign of the noun phrase they head.
NOUN_SIGN: dict[str, int] = {
    # decreasing
    "inhibition": -1, "suppression": -1, "reduction": -1, "decrease": -1, "downregulation": -1,
    "down-regulation": -1, "attenuation": -1, "alleviation": -1, "prevention": -1, "blockade": -1,
    "blocking": -1, "degradation": -1, "loss": -1, "deficiency": -1, "depletion": -1,
    "knockdown": -1, "knock-down": -1, "knockout": -1, "knock-out": -1, "silencing": -1, "deletion": -1,
    "impairment": -1, "repression": -1, "mitigation": -1, "amelioration": -1, "decline": -1, "destruction": -1,
    "disruption": -1, "inactivation": -1, "absence": -1, "lack": -1, "antagonism": -1, "death": -1,
    "neutralization": -1, "neutralisation": -1, "resolution": -1, "fall": -1, "drop": -1,
    # increasing
    "activation": 1, "promotion": 1, "enhancement": 1, "increase": 1, "upregulation": 1,
    "up-regulation": 1, "elevation": 1, "induction": 1, "stimulation": 1, "overexpression": 1,
    "over-expression": 1, "accumulation": 1, "recovery": 1, "restoration": 1, "improvement": 1,
    "facilitation": 1, "acceleration": 1, "potentiation": 1, "augmentation": 1, "rise": 1,
}
NOUN_REG = {"regulation", "modulation", "control", "alteration", "mediation"}
# modifications of a protein whose way (more or less of it, or of its activity) the words do not say: "increased
# deacetylation of LKB1" is no rise of LKB1; a promoter's methylation silences its gene, its demethylation frees it
MODIFICATION_NOUNS = {
    "acetylation": 0, "deacetylation": 0, "methylation": -1, "hypermethylation": -1, "demethylation": 1,
    "hypomethylation": 1, "sumoylation": 0, "desumoylation": 0, "glycosylation": 0, "o-glcnacylation": 0,
    "nitrosylation": 0, "s-nitrosylation": 0, "palmitoylation": 0, "lactylation": 0, "succinylation": 0,
    "crotonylation": 0, "hydroxylation": 0, "citrullination": 0, "carbonylation": 0, "adp-ribosylation": 0,
}
# what a molecule's amount is called before "of" and the cell that makes it ("IL-6 secretion of microglia")
AMOUNT_NOUNS = frozenset({"production", "expression", "level", "levels", "secretion", "release", "content", "contents",
                          "activity", "concentration", "concentrations", "synthesis", "accumulation", "generation",
                          "mrna", "protein"})
# what cells do to vesicles they take in ("the uptake of exosomes by neurons": the neurons made none of them)
UPTAKE_NOUNS = frozenset({"uptake", "internalization", "internalisation", "endocytosis", "engulfment", "absorption",
                          "incorporation", "phagocytosis", "capture", "recognition"})
# verbs whose subject is where a change was seen ("neurons showed reduced apoptosis")
SHOWING_VERBS = frozenset({"showed", "shows", "show", "exhibited", "exhibits", "exhibit", "displayed", "displays",
                           "display", "demonstrated", "demonstrates", "had", "has", "have"})
# verbs that keep a harm from cells ("protected neurons from apoptosis")
# verbs of what cells give out: with a comparative after them they say how much, as "had" does ("Microglia
# treated with exosomes released less TNF-α")
RELEASE_FORMS = frozenset({"released", "secreted", "produced", "expressed", "release", "secrete", "produce", "express",
                           "releases", "secretes", "produces", "expresses"})
SHIELDING_VERBS = frozenset({"protect", "protects", "protected", "protecting", "rescue", "rescues", "rescued",
                             "rescuing", "shield", "shields", "shielded", "shielding"})
# heads that only say "the amount of" and keep the sign
NEUTRAL_HEADS = {
    "expression", "expressions", "level", "levels", "number", "numbers", "amount", "amounts",
    "activity", "activities", "production", "secretion", "release", "synthesis", "formation",
    "phosphorylation", "content", "abundance", "concentration", "concentrations", "transcription",
    "translation", "function", "functions", "protein", "proteins", "mrna", "mrnas", "gene", "genes",
    "occurrence", "extent", "rate", "rates", "area", "density", "signaling", "signalling",
    "pathway", "pathways", "infiltration", "proliferation", "migration", "growth", "generation",
    "differentiation", "polarization", "polarisation", "transformation", "conversion", "shift",
    "transition", "phenotype", "phenotypes", "counts", "count", "presence", "viability", "survival",
    "subunit", "the", "a", "an", "of", "and", "in", "its", "their", "this", "these", "such", "as",
}
UP_ADJECTIVES = {
    "increased", "elevated", "enhanced", "higher", "high", "upregulated", "up-regulated", "greater",
    "more", "raised", "augmented", "improved", "stronger", "activated", "increasing", "excessive", "larger",
    "better",
}
DOWN_ADJECTIVES = {
    "decreased", "reduced", "lower", "low", "downregulated", "down-regulated", "diminished",
    "impaired", "fewer", "less", "attenuated", "suppressed", "inhibited", "weaker", "decreasing", "smaller",
    "milder", "poor", "insufficient",
}
COMPARATIVES = {"higher": 1, "greater": 1, "increased": 1, "elevated": 1, "more": 1, "better": 1, "larger": 1,
                "stronger": 1, "lower": -1, "reduced": -1, "decreased": -1, "fewer": -1, "less": -1, "worse": -1,
                "smaller": -1, "milder": -1, "weaker": -1, "thinner": -1, "thicker": 1, "shorter": -1,
                "longer": 1}

# Objects that "improve" / "restore" make smaller ("improving the inflammatory response").
ADVERSE = re.compile(
    r"inflamm|apoptos|apoptot|damage|injur|death|scar|glios|pyropto|ferropto|necros|necrot|lesion|"
    r"dysfunction|stress|degenerat|edema|oedema|deficit|cavit|fibros|toxicit|pain|paralys|atroph|allodyn|"
    r"hyperalges|neurogenic bladder|residual urine|malondialdehyde|extravasation|water content|disruption|breakdown|permeability|leakage|"
    r"demyelinat|iron overload|spastic|latenc|g-ratio|reactive oxygen|lipid peroxid|LDH release|lactate dehydrogenase|hydroxynonenal",
    re.I,
)

# Outcomes a "protective" or "therapeutic" effect makes larger (what it makes smaller is ADVERSE)
FAVOURABLE = re.compile(
    r"regenerat|recover|surviv|function|outgrowth|growth|repair|myelin|angiogen|neurogen|sprout|plasticit|synap|"
    r"score|neuroprotect|viabilit|integrity",
    re.I,
)

# ---------------------------------------------------------------------------------------------
# Cue words.
HEDGES = re.compile(
    r"^(?:may|might|could|possibl[ey]|potential(?:ly)?|likely|unlikely|suggests?|suggested|suggesting|"
    r"hypothesi[sz]ed?|hypothesi[sz]es|appears?|seems?|presumabl[ey]|putative(?:ly)?|perhaps|"
    r"plausibl[ey]|speculated?|speculate|propose[ds]?|postulated?|conceivabl[ey]|whether)$",
    re.I,
)
# a target "predicted" (TargetScan, "in silico") is no validated one; see grammar's _first_hedge for the words after
# ("their predicted target sequences") and before ("validated computational predictions") that keep it no hedge
PREDICTION_WORDS = frozenset({"predict", "predicts", "predicted", "predicting", "prediction", "predictions", "silico"})
NEGATIONS = {"not", "no", "never", "neither", "nor", "cannot", "without", "failed", "fail", "fails",
             "unable", "n't", "none"}
# "not only ... but also" is not a negation
NOT_NEGATION_AFTER = {"only", "just", "merely", "solely", "fully", "yet", "all"}

SKIP_WORDS = {
    "significantly", "markedly", "substantially", "effectively", "dramatically", "strongly",
    "greatly", "notably", "remarkably", "considerably", "further", "also", "directly", "indirectly",
    "specifically", "efficiently", "primarily", "mainly", "largely", "partly", "partially",
    "potently", "robustly", "consistently", "obviously", "clearly", "slightly", "gradually",
    "then", "in", "turn", "can", "could", "may", "might", "would", "will", "shall", "should",
    "must", "to", "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "do",
    "does", "did", "both", "not", "only", "successfully", "simultaneously", "subsequently",
    "ultimately", "finally", "additionally", "moreover", "furthermore", "often", "usually",
    "still", "even", "well", "highly", "negatively", "positively", "reportedly", "respectively",
    "always", "frequently", "thereby", "thus", "cooperatively", "synergistically", "additively",
    "possibly", "potentially", "likely", "apparently", "presumably", "reliably", "profoundly",
    "evidently", "distinctly", "differentially", "completely", "rapidly", "first",
    "firstly", "secondly", "shown", "found", "reported", "demonstrated", "observed", "able",
    "expected", "known", "thought", "believed", "considered", "proposed", "predicted",
}
MEANS_MARKERS = {"by", "through", "via", "involving", "involves", "involve", "involved", "upon"}
# words a sentence may open with before its opening "In <cells> ..., " phrase ("Moreover, in PC12 cells ...")
OPENING_ADVERBS = ("moreover", "furthermore", "additionally", "similarly", "likewise", "besides", "next", "finally",
                   "then", "also", "importantly", "notably", "in addition")
CONSEQUENCE_MARKERS = {"thereby", "thus", "hence", "consequently", "subsequently", "therefore", "so"}
COORDINATORS = {"and", "or", ",", "while", "as", "also", "but", "plus", "well", "together",
                "along", "meanwhile", "simultaneously", "whilst", "then", "either", "&"}
RELATIVE = {"which", "that", "who", "whose"}
# after ", which" these verbs speak of the whole clause before, not of its last noun phrase
CLAUSE_RELATIVE_VERBS = {"accompanied", "led", "leads", "lead", "resulted", "results", "result", "contributed",
                         "contributes", "caused", "causes", "gave", "gives"}
# a sentence that opens with one of these opens with a subordinate clause, closed by its first comma
SUBORDINATORS = {"because", "although", "though", "since", "whereas", "if", "when", "while", "whilst", "unless",
                 "once", "as", "given"}
CLAUSE_BREAKS = {";", ":", "whereas", "although", "though", "however", "but", "while", "whilst",
                 "because", "since", "if", "when", "where", "unlike", "despite", "compared",
                 "indicating", "suggesting", "demonstrating", "showing", "revealing", "confirming",
                 "meaning", "implying", "independently of"}
# prepositions whose noun phrase is a setting, not a participant ("in SCI rats", "after injury")
LOCATIVE = {"in", "at", "after", "following", "during", "within", "among", "from", "with", "on",
            "post", "upon", "into", "across", "throughout", "before", "under", "around", "near",
            "inside", "outside", "beyond", "between", "against", "for", "without", "versus", "vs",
            "than", "over", "toward", "towards", "per", "surrounding"}
# a noun after an entity that names its loss: "growth cone collapse", "tight junction protein degradation"
POST_NEGATIVE = {"collapse", "loss", "degradation", "ubiquitination", "ubiquitylation", "death", "damage", "dysfunction", "injury", "breakdown",
                 "disruption", "destruction", "impairment", "deficits", "deficit", "depletion", "deficiency",
                 "detachment"}
NEGATIVE_IN_NAME = re.compile(r"dysfunction|deficit|impair|\bloss\b|damage|deficien|disrupt|breakdown|leak|"
                              r"extravasation", re.I)
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "both",
                "multiple", "many", "some", "all", "various", "numerous", "few"}
# "melatonin preconditioning", "LPS pretreatment": what the vesicles' cells were given, named as an act
PRECONDITIONING_NOUNS = frozenset({"preconditioning", "pre-conditioning", "pretreatment", "pre-treatment", "priming",
                                   "licensing"})
# "in the miR-21-transfected cell line": the treated material
CELL_WORDS = {"cell", "cells", "line", "lines", "cell-line", "clone", "clones", "neurons", "tissue", "tissues",
              "mice", "rats", "animals", "group", "groups", "cultures", "samples"}
# "a (specific) subset of miRNAs": the quantity is no participant
QUANTITY_WORDS = {"specific", "certain", "small", "large", "particular", "distinct", "whole", "entire", "new", "novel",
                  "unique", "defined", "selected"}
QUANTITY_NOUNS = {"subset", "subsets", "set", "sets", "group", "groups", "number", "family", "families", "panel",
                  "cluster", "clusters", "class", "classes", "variety", "range", "series", "signature", "battery"}
# words that may stand between the members of a list read leftwards ("microRNAs (miRNAs)--A, B, and C")
LIST_SEPARATORS = {",", "and", "or", "(", ")", "-", "--", "–", "—", "/"}
# words inside such a list that name a form of its member ("primary miR-21 transcripts, precursor miR-21", "cleaved
# caspase-1 and N-terminal gasdermin D", "caspase-1 p20 and GSDMD": a caspase's active subunit)
LIST_WORDS = {"mature", "precursor", "precursors", "primary", "transcripts", "transcript", "gene", "genes", "mrna",
              "protein", "proteins", "levels", "level", "expression", "the", "n-terminal", "c-terminal", "cleaved",
              "phosphorylated", "total", "p10", "p17", "p20", "phosphorylation", "activity"}
APPOSITION_WORDS = {"such", "as", "like", "including", "e.g", "i.e", ",", "(", "namely", "especially",
                    "particularly", "e", "g", "."}
PARTICIPATION = ("involv", "participat", "implicat")
FAMILY = {"biolink:GeneFamily", "biolink:ProteinFamily"}
NP_PARTICIPLES = {"injured", "activated", "cultured", "modified", "derived", "isolated", "purified", "cleaved",
                  "phosphorylated", "engineered", "transplanted", "injected", "damaged", "infiltrating",
                  "surrounding", "circulating", "reactive", "increased", "reduced", "elevated", "decreased",
                  "conditioned", "stimulated", "treated", "untreated", "primed", "loaded", "labeled", "labelled",
                  "preconditioned", "pre-conditioned", "pretreated", "pre-treated"}
NOMINAL_RELATIONS = {**{w: sgn for w, sgn in NOUN_SIGN.items() if w not in {
    "absence", "lack", "loss", "decline", "recovery", "restoration", "improvement", "accumulation"}},
    "regulation": 0, "modulation": 0, "control": 0, "targeting": -1, "repression": -1, "silencing": -1}
# words that name a molecule by its loss: "anti-miR-21 reduced", "miR-21 knockdown increased"
LOSS_PREFIXES = {"anti", "antagomir", "antagomirs", "inhibitor", "inhibitors", "sponge", "knockdown", "knock-down",
                 "silencing", "depletion", "deletion", "blockade", "loss", "ablation"}
LOSS_SUFFIXES = {"knockdown", "knock-down", "silencing", "downregulation", "down-regulation", "depletion", "deletion",
                 "deficiency", "knockout", "ablation", "inhibition", "blockade", "loss", "deficient", "inhibitor", "inhibitors",
                 "antagomir", "antagomirs", "sponge", "sponges", "antagonist", "antagonists", "blocker", "blockers",
                 "-/-", "null", "sirna", "sirnas", "shrna", "shrnas", "suppression", "repression"}
# what cells are given to take a molecule away, named after it ("a miR-21 inhibitor")
ANTAGONISTS = frozenset({"inhibitor", "inhibitors", "antagomir", "antagomirs", "sirna", "sirnas", "shrna", "shrnas",
                         "sponge", "sponges"})
# ... and every reagent given to raise or lower a molecule ("miR-21 mimic-treated MSCs": engineered, not preconditioned)
REAGENTS = frozenset(ANTAGONISTS | {"mimic", "mimics", "agomir", "agomirs", "vector", "vectors", "plasmid", "plasmids",
                                    "lentivirus", "lentiviruses"})
TARGET_NOUNS = {"target", "targets"}
# "target"/"binding"/"recognition" used as nouns or noun modifiers, not as verbs: "its downstream target",
# "predicted target sequences", "binding sites", "a functional target of"
TARGET_WORD_FORMS = {"target", "targets", "binding", "recognition", "targeting"}
TARGET_NOUN_HEADS = {"sequence", "sequences", "site", "sites", "gene", "genes", "mrna", "mrnas", "region", "regions",
                     "element", "elements", "prediction", "predictions", "validation", "protein", "proteins",
                     "transcript", "transcripts", "of", "for", "motif", "motifs", "domain", "partner", "partners",
                     "affinity", "candidates", "candidate", "analysis", "database", "databases", "algorithm",
                     "algorithms", "program", "programs", "scan", "search", "identification", "repertoire"}
TARGET_NOUN_MODIFIERS = {"its", "their", "his", "her", "downstream", "upstream", "predicted", "putative", "potential",
                         "possible", "direct", "novel", "new", "functional", "principal", "main", "major", "known",
                         "candidate", "specific", "common", "validated", "bona", "fide", "real", "true", "bona-fide",
                         "likely", "key", "important", "crucial", "critical", "additional", "another", "one", "two",
                         "several", "many", "multiple", "other", "same", "relevant", "physiological", "therapeutic",
                         "drug", "a", "an", "the", "this", "these", "those", "such", "conserved", "experimentally",
                         "computationally", "bioinformatic", "bioinformatically", "mirna", "microrna", "cognate"}
# "miRNAs belonging to the miR-15 family": a family named after its class
FAMILY_NOUNS = {"family", "families", "cluster", "clusters", "subfamily"}
# "in cells overexpressing X": material made to express X
EXPRESSING_WORDS = {"overexpressing", "over-expressing", "expressing", "co-expressing"}
# words that open a parenthesised alias: "CCND1 (encoding cyclin D1)", "Y (also known as Y')"
ALIAS_LEADS = {"encoding", "encodes", "encoded", "also", "known", "as", "i.e", "aka", "or", "formerly", "called"}
# "in miR-21-deficient mice", "in STAT3 knockout cells": material named by what was done to X
GENETIC_MATERIAL = {"deficient", "null", "knockout", "knock-out", "transgenic", "overexpressing", "over-expressing",
                    "expressing", "transfected", "depleted", "silenced", "mutant"}
# "X acts as a Y": Y is said of X
AS_VERBS = {"act", "acts", "acted", "acting", "serve", "serves", "served", "serving", "function", "functions",
            "functioned", "functioning", "behave", "behaves", "behaved"}
# engineered constructs: "a reporter containing the Y 3'UTR" names its insert, no claim
CONSTRUCT_NOUNS = {"reporter", "reporters", "construct", "constructs", "vector", "vectors", "plasmid", "plasmids"}
# a protein bound to these regions of a miRNA gene regulates its transcription
PROMOTER_WORDS = {"promoter", "promoters", "enhancer", "enhancers", "upstream", "locus", "regulatory"}
# "its targeting protein Y", "the targeting genes of miR-X": the heads a "targeting" names as targets
TARGETED_HEADS = {"protein", "proteins", "gene", "genes", "mrna", "mrnas", "transcript", "transcripts"}
# adjective endings: "the tumor-suppressive miR-X", "dysregulated miRNAs", "a neuronal miRNA"
ADJECTIVE_SUFFIXES = ("ive", "ic", "al", "ed", "ous", "ant", "ent", "ary", "ible", "able")
# "binding site(s) for miR-X", "a miR-X recognition sequence", "miR-X response elements"
HOLD_VERBS = {"contains", "contain", "contained", "containing", "harbors", "harbor", "harbours", "harbour",
              "harbored", "has", "have", "carries", "carry", "bears", "possesses", "includes", "include"}
SITE_NOUNS = {"site", "sites", "sequence", "sequences", "element", "elements", "motif", "motifs"}
SITE_MODIFIERS = {"binding", "recognition", "target", "response", "seed", "complementary", "complementarity"}
# "exert inhibitory effects on Y", "the impact of X on Y": "on" names the thing affected, not a setting
EFFECT_NOUNS = {"effect", "effects", "impact", "impacts", "influence", "influences", "action", "actions"}
# "anti-inflammatory effects": the process an effect's adjective names (CURIE, label as in the lexicon) and which way
EFFECT_PROCESS_CATEGORY = "biolink:BiologicalProcess"
EFFECT_PROCESSES = {
    "anti-inflammatory": ("GO:0006954", "inflammation", -1), "pro-inflammatory": ("GO:0006954", "inflammation", 1),
    "anti-apoptotic": ("GO:0006915", "apoptosis", -1), "pro-apoptotic": ("GO:0006915", "apoptosis", 1),
    "antiapoptotic": ("GO:0006915", "apoptosis", -1), "proapoptotic": ("GO:0006915", "apoptosis", 1),
    "pro-angiogenic": ("GO:0001525", "angiogenesis", 1), "proangiogenic": ("GO:0001525", "angiogenesis", 1),
    "angiogenic": ("GO:0001525", "angiogenesis", 1), "anti-angiogenic": ("GO:0001525", "angiogenesis", -1),
    "antioxidant": ("GO:0006979", "oxidative stress", -1), "anti-oxidative": ("GO:0006979", "oxidative stress", -1),
    "antioxidative": ("GO:0006979", "oxidative stress", -1), "anti-oxidant": ("GO:0006979", "oxidative stress", -1),
    "anti-pyroptotic": ("GO:0070269", "pyroptosis", -1), "anti-ferroptotic": ("GO:0097707", "ferroptosis", -1),
    "neurite-promoting": ("GO:0031175", "neurite outgrowth", 1), "neuritogenic": ("GO:0031175", "neurite outgrowth", 1),
}
# what such an effect is called besides an effect ("anti-inflammatory properties")
EFFECT_PROPERTY_NOUNS = EFFECT_NOUNS | {"property", "properties", "activity", "activities", "capacity", "capacities",
                                        "potential", "function", "functions"}
EFFECT_SIGN = {"inhibitory": -1, "suppressive": -1, "negative": -1, "repressive": -1, "antagonistic": -1,
               "regulatory": 0, "modulatory": 0, "stimulatory": 2, "positive": 2, "promoting": 2, "enhancing": 2}
AGENT_NOUNS = {"regulator": 0, "regulators": 0, "modulator": 0, "modulators": 0, "repressor": -1,
               "repressors": -1, "inhibitor": -1, "inhibitors": -1, "suppressor": -1, "suppressors": -1,
               "activator": 1, "activators": 1, "inducer": 1, "inducers": 1, "mediator": 0, "mediators": 0,
               "determinant": 0, "determinants": 0}
TRANSCRIPT_WORDS = {"3'utr", "3'-utr", "3′utr", "3′-utr", "utr", "utrs", "3'utrs", "3'-utrs", "mrna", "mrnas",
                    "transcript", "transcripts",
                    "3", "promoter", "gene", "coding", "orf"}
CORRELATION_NOUNS = {"correlation", "correlations", "association", "associations", "relationship",
                     "relationships", "link", "links", "interplay", "crosstalk", "interaction", "interactions"}
AUXILIARIES = {"may", "might", "can", "could", "will", "would", "should", "must", "shall", "is", "are",
               "was", "were", "has", "have", "had", "does", "do", "did", "involve", "involves", "cannot"}
PREPOSITIONS = LOCATIVE | {"of", "by", "to", "via", "through"}
# "a reduction in Y": nouns whose "in" introduces the thing that changes, not a setting
# a change noun and the way it goes: plurals ("decreases in TNF-α") are no verbs here, and "changes" or
# "alterations" say no way
CHANGE_NOUNS: dict[str, int] = {
    "increase": 1, "increases": 1, "elevation": 1, "rise": 1, "upregulation": 1, "recovery": 1,
    "improvement": 1, "improvements": 1, "restoration": 1, "gain": 1, "gains": 1,
    "decrease": -1, "decreases": -1, "reduction": -1, "reductions": -1, "decline": -1, "downregulation": -1,
    "deficit": -1, "deficits": -1,
    "change": 0, "changes": 0, "alteration": 0, "alterations": 0,
}
DISEASE_MODIFIED = {"repair", "treatment", "treatments", "therapy", "therapies", "model", "models", "rats",
                    "rat", "mice", "mouse", "animals", "patients", "site", "sites", "area", "areas", "tissue",
                    "tissues", "lesion", "recovery", "research", "microenvironment", "progression", "onset",
                    "management", "prognosis", "outcomes", "outcome", "context", "conditions", "group",
                    "groups", "severity", "pathology", "field", "studies", "study", "motor", "induced",
                    "related", "associated", "injury"}
AIM_CUES = re.compile(r"\b(?:aims? to|aimed to|aiming to|objective of|purpose of this|this study aims|"
                      r"we investigated whether|to investigate|to evaluate|to explore|"
                      r"(?:test|tested|testing|tests) the hypothesis|investigated? the possibility|"
                      r"(?:examined|examine|asked|ask|determine|assessed|assess) whether)\b", re.I)
# one of these is in every AIM_CUES match (keep the two together): an ASCII sentence without any needs no search
AIM_CUE_LITERALS = ("aim", "objective", "purpose", "investigat", "evaluate", "explore", "hypothesis", "whether")
TREATMENT_NOUNS = {"treatment", "treatments", "intervention", "interventions", "administration",
                   "transplantation", "injection", "injections", "infusion", "therapy", "delivery",
                   "application", "group", "groups", "exposure", "supplementation", "pretreatment", "dose",
                   "doses", "dosing"}
DESTINATION_HEADS = {"polarization", "polarisation", "transformation", "conversion", "shift", "shifting",
                     "transition", "differentiation", "switch", "switching", "reprogramming", "shifts",
                     "shifted", "polarize", "polarizing", "polarized", "polarise", "polarising", "convert",
                     "converting", "converted", "switched", "transform", "transforming", "transformed",
                     "skew", "skewing", "skewed", "differentiate", "differentiating", "reprogram", "reprograms",
                     "reprogrammed", "drive", "drives", "drove", "driven", "driving"}
LIST_TAIL = {"cells", "cell", "/", "field", "counts", "count", "levels", "level", "expression", "positive",
             "-", "+", "proteins", "protein", "mrna", "subunit", "activity", "signaling", "signalling",
             "pathway", "pathways", "inflammasome", "phenotype", "type", "genes", "gene", "family",
             "factor", "receptor", "receptors"}
LIST_GAP = {"the", "a", "an", "cleaved", "phosphorylated", "total", "number", "of", "as", "well", "also",
            "including", "such", "like", "especially", "particularly", "levels", "expression", "its",
            "their", "other", "several", "various", "some", "pro-inflammatory", "anti-inflammatory",
            "inflammatory", "apoptotic", "pro-apoptotic", "anti-apoptotic", "protein", "proteins",
            "transcription", "factor", "factors", "cytokine", "cytokines", "gene", "genes", "mrna",
            "e.g", "i.e", "amounts", "amount", "large", "then", "not", "only", "but", "even"}
AGENT_WITH = {"treated", "treatment", "treatments", "intervention", "interventions", "administered",
              "injected", "pretreated", "pretreatment", "therapy", "infused", "transplanted",
              "supplemented", "combined", "incubated", "cultured", "cocultured", "co-cultured", "exposed", "transfected",
              "transduced", "infected", "cotransfected", "co-transfected", "transfection", "transduction",
              "co-transfection", "cotransfection", "infection", "incubation", "coculture", "co-culture",
              "administration", "injection", "supplementation", "co-treatment", "cotreatment", "co-treated",
              "cotreated", "co-administration", "coadministration", "co-administered", "coadministered", "challenged",
              "primed", "pre-treated"}
# what a molecule is given as in an experiment: "after miR-21 transfection", "upon miR-21 knockdown"
EXPERIMENT_NOUNS = {"transfection", "overexpression", "over-expression", "mimic", "mimics", "addition",
                    "knockdown", "knock-down", "silencing", "inhibition", "depletion", "deletion", "inhibitor",
                    "inhibitors", "antagomir", "blockade", "ablation", "knockout", "deficiency", "loss"}
ANAPHOR_DETERMINERS = {"this", "these", "those", "such", "they", "it", "its", "their", "them", "that"}
VESICLE_NOUNS = {"exosome", "exosomes", "vesicle", "vesicles", "evs", "ev", "sevs", "sev", "exos", "exo",
                 "preparation", "preparations", "particles", "nanovesicles"}
MOLECULE_NOUNS = {"factor", "factors", "protein", "proteins", "molecule", "molecules", "cytokine",
                  "cytokines", "mirna", "mirnas", "micrornas", "microrna", "genes", "gene", "substances",
                  "mediators", "chemokines", "rnas", "signals", "components", "cargo", "cargos",
                  "targets"}
PROCESS_NOUNS = {"process", "processes", "mechanism", "mechanisms", "effect", "effects", "binding",
                 "interaction", "pathway", "treatment", "action", "activity", "regulation", "change",
                 "changes", "response", "finding", "axis", "signaling", "cascade"}
MARKER_NOUNS = {"marker", "markers", "biomarker", "biomarkers", "indicator", "indicators", "hallmark",
                "hallmarks", "measure", "measures", "readout", "readouts", "index", "indices"}
AXIS_WORDS = {"axis", "pathway", "pathways", "signaling", "signalling", "cascade", "loop", "network",
              "circuit"}
# Well-established inhibitions inside named axes ("the PTEN/AKT/mTOR pathway"): the first member lowers the
# activity of the second. They only keep a verb on the whole pathway from being read as moving a member the
# pathway's activation moves the other way; the axis's own links stay "regulates", as the text says no more.
_PTEN, _PI3K, _AKT, _AKT1, _MTOR = "HGNC:9588", "exokg:PI3K", "exokg:AKT", "HGNC:391", "HGNC:3942"
AXIS_INHIBITIONS = frozenset({
    (_PTEN, _PI3K), (_PTEN, _AKT), (_PTEN, _AKT1),  # PTEN dephosphorylates PIP3
    (_AKT, "HGNC:4617"), (_AKT1, "HGNC:4617"),  # AKT phosphorylates and inactivates GSK-3β
    (_AKT, "HGNC:3819"), (_AKT1, "HGNC:3819"), (_AKT, "HGNC:3821"), (_AKT1, "HGNC:3821"),  # ... and FOXO1/3
    ("HGNC:12362", _MTOR), ("HGNC:12363", _MTOR),  # TSC1/TSC2 hold mTORC1 off
    ("HGNC:23177", "HGNC:7782"),  # KEAP1 marks NRF2 for degradation
    ("HGNC:7797", "exokg:NFkappaB"),  # IκBα holds NF-κB in the cytoplasm
    ("HGNC:19391", "HGNC:11364"),  # SOCS3 switches off STAT3 signalling
})
# The members of AXIS_INHIBITIONS whose job is to hold the pathway back (PTEN, TSC1/2, KEAP1, IκBα, SOCS3): when
# the pathway is activated they are what is overcome, unlike a kinase that inactivates its target (AKT -| GSK-3β).
AXIS_BRAKES = frozenset({_PTEN, "HGNC:12362", "HGNC:12363", "HGNC:23177", "HGNC:7797", "HGNC:19391"})
# Well-established orders in the field's axes (upstream, downstream), closed under "upstream of" below. A rescue by
# taking a node away shows that node acting on what lies downstream of it, never on what it is downstream of:
# "abolished by the PI3K inhibitor LY294002", after PTEN fell and p-AKT rose, says nothing of PI3K lowering PTEN.
_NFKB, _TLR4, _MYD88, _NRF2, _STAT3 = "exokg:NFkappaB", "HGNC:11850", "HGNC:7562", "HGNC:7782", "HGNC:11364"
_SIGNALLING_STEPS = (
    (_PTEN, _PI3K), (_PI3K, _AKT), (_PI3K, _AKT1), (_AKT, _MTOR), (_AKT1, _MTOR),
    ("HGNC:12362", _MTOR), ("HGNC:12363", _MTOR), (_AKT, "HGNC:4617"), (_AKT1, "HGNC:4617"),
    ("HGNC:4617", "HGNC:2514"),  # GSK-3β marks β-catenin for degradation
    ("HGNC:23177", _NRF2), (_NRF2, "HGNC:5013"),  # KEAP1 -| NRF2 -> HO-1
    (_TLR4, _MYD88), (_MYD88, _NFKB), ("HGNC:7797", _NFKB),  # TLR4 -> MyD88 -> NF-κB; IκBα -| NF-κB
    ("HGNC:6192", _STAT3), ("HGNC:19391", "HGNC:6192"),  # JAK2 -> STAT3; SOCS3 -| JAK2
)


def _upstream_closure(steps: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """Each node downstream of a step -> every node above it, through any number of steps."""
    above: dict[str, set[str]] = {}
    for up, down in steps:
        above.setdefault(down, set()).add(up)
    changed = True
    while changed:
        changed = False
        for down, ups in above.items():
            more = set().union(*(above.get(u, set()) for u in ups)) - ups - {down}
            if more:
                ups |= more
                changed = True
    return {down: frozenset(ups) for down, ups in above.items()}


# a node's CURIE -> every node upstream of it (PI3K: PTEN; mTOR: PI3K, AKT, AKT1, PTEN, TSC1, TSC2)
UPSTREAM_OF = _upstream_closure(_SIGNALLING_STEPS)

DERIVE_WORDS = {"derived", "secreted", "isolated", "extracted", "obtained", "released", "produced",
                "purified", "collected", "generated", "prepared", "originating", "originated", "shed"}
CARRIER_WORDS = {"carrying", "containing", "contained", "encapsulating", "harboring", "harbouring",
                 "loaded", "enriched", "overexpressing", "over-expressing", "expressing", "packaging",
                 "delivering", "bearing", "with"}
# ("IFN-γ-primed BMSC exosomes" are vesicles of cells given IFN-γ: a preconditioning, no cargo)
MODIFIED_WORDS = {"modified", "overexpressing", "over-expressing", "overexpressed", "enriched",
                  "loaded", "engineered", "transfected", "containing", "carrying"}

# ---------------------------------------------------------------------------------------------
# Biolink categories, grouped by the role they can play.
MIRNA = {"biolink:MicroRNA", "biolink:SiRNA", "biolink:NoncodingRNAProduct", "biolink:RNAProduct"}
GENE = {"biolink:Gene", "biolink:Protein", "biolink:GeneProduct", "biolink:GeneFamily",
        "biolink:ProteinFamily", "biolink:GeneOrGeneProduct", "biolink:Polypeptide",
        "biolink:MacromolecularComplex", "biolink:ProteinDomain"}
CHEMICAL = {"biolink:ChemicalEntity", "biolink:SmallMolecule", "biolink:MolecularEntity",
            "biolink:ChemicalMixture", "biolink:Drug", "biolink:MolecularMixture"}
MOLECULE = MIRNA | GENE | CHEMICAL
PATHWAY = {"biolink:Pathway", "biolink:PhysiologicalProcess"}
PROCESS = {"biolink:BiologicalProcess", "biolink:CellularProcess", "biolink:PhysiologicalProcess",
           "biolink:Pathway", "biolink:MolecularActivity", "biolink:BehavioralFeature",
           "biolink:Behavior", "biolink:PathologicalProcess"}
OUTCOME = {"biolink:PhenotypicFeature", "biolink:ClinicalFinding", "biolink:BehavioralFeature",
           "biolink:Disease", "biolink:DiseaseOrPhenotypicFeature", "biolink:ClinicalAttribute",
           "biolink:ClinicalMeasurement", "biolink:Attribute", "biolink:PathologicalProcess",
           "biolink:Behavior"}
CELL = {"biolink:Cell", "biolink:CellLine", "biolink:CellularOrganism"}
# "microglial pyroptosis": the cell an adjective before a process names (CURIE and lexicon label; a test checks both)
CELL_ADJECTIVES = {
    "microglial": ("CL:0000129", "microglia"), "neuronal": ("CL:0000540", "neuron"),
    "astrocytic": ("CL:0000127", "astrocyte"), "astroglial": ("CL:0000127", "astrocyte"),
    "oligodendroglial": ("CL:0000128", "oligodendrocyte"), "oligodendrocytic": ("CL:0000128", "oligodendrocyte"),
    "endothelial": ("CL:0000115", "endothelial cell"), "pericytic": ("CL:0000669", "pericyte"),
    "glial": ("CL:0000125", "glial cell"),
}
CONTEXT_ONLY = {"biolink:OrganismTaxon", "biolink:AnatomicalEntity", "biolink:GrossAnatomicalStructure",
                "biolink:Organism", "biolink:Population", "biolink:PopulationOfIndividualOrganisms",
                "biolink:StudyPopulation", "biolink:Procedure", "biolink:Device", "biolink:Study",
                "biolink:Publication", "biolink:InformationContentEntity", "biolink:GeographicLocation",
                "biolink:Cohort", "biolink:Agent", "biolink:Treatment"}
DISEASE = {"biolink:Disease", "biolink:DiseaseOrPhenotypicFeature"}
SPECIES = {"biolink:OrganismTaxon", "biolink:Organism"}
VESICLE_CATEGORY = "biolink:CellularComponent"
VESICLE_RELEASE = frozenset({"GO:1990182"})  # exosome secretion: what cells do, not their vesicles
_VESICLE_TEXT = re.compile(r"exosom|vesic|\bevs?\b|\bsevs?\b|exos?\b|-exo|microvesic|\bexo\b", re.I)


def names_vesicles(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does text[start:end] name exosomes or EVs (as a noun or "exosomal")?"""
    return _VESICLE_TEXT.search(text, start, len(text) if end is None else end) is not None


def is_vesicle(category: str, *names: str) -> bool:
    """A vesicle preparation: a cellular component named like an exosome or EV."""
    return category == VESICLE_CATEGORY and any(_VESICLE_TEXT.search(n or "") for n in names)


# ---------------------------------------------------------------------------------------------
# Inflection.
_DOUBLE = {"target": False, "inhibit": False, "prohibit": False, "limit": False, "interrupt": False,
           "transfer": True, "control": True, "compel": True, "curb": False, "shuttle": False,
           "reprogram": True}


def _inflect(verb: str) -> set[str]:
    out = {verb}
    if verb.endswith("e"):
        out |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        out |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif re.search(r"(?:s|sh|ch|x|z)$", verb):
        out |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        out |= {verb + "s", verb + "ed", verb + "ing"}
        if _DOUBLE.get(verb):
            out |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    irregular = {"drive": {"drove", "driven"}, "bind": {"bound"}, "shed": {"shed"}, "lead": {"led"},
                 "give": {"gave", "given"}, "bring": {"brought"}, "be": {"is", "are", "was", "were", "been",
                                                                          "being"}}
    out |= irregular.get(verb, set())
    return out


@cache
def verb_forms(phrase: str) -> tuple[tuple[str, ...], ...]:
    """Every inflected word sequence of a (multi-word) lemma: its first word is inflected.

    "play a role in" -> ("plays", "a", "role", "in"), ("played", ...), ...; a leading "be"
    ("be involved in") is inflected as the copula.
    """
    words = phrase.split()
    if len(words) > 1 and words[0].endswith("ly"):  # "negatively regulate": the verb is the second word
        return tuple(sorted((words[0], form, *words[2:]) for form in _inflect(words[1])))
    head, rest = words[0], words[1:]
    return tuple(sorted((form, *rest) for form in _inflect(head)))


@cache
def verb_table() -> dict[str, list[tuple[tuple[str, ...], str, int]]]:
    """First word -> [(whole word sequence, kind, sign)], longest sequences first."""
    table: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}

    def add(phrases: tuple[str, ...], kind: str, sign: int) -> None:
        for phrase in phrases:
            for seq in verb_forms(phrase):
                table.setdefault(seq[0], []).append((seq, kind, sign))

    add(DECREASE_VERBS, DEC, -1)
    for form in DECREASE_INFLECTIONS:
        table.setdefault(form, []).append(((form,), DEC, -1))
    for form in INCREASE_INFLECTIONS:
        table.setdefault(form, []).append(((form,), INC, 1))
    for form, sign in CHANGE_PASTS.items():
        table.setdefault(form, []).append(((form,), INC if sign > 0 else DEC, sign))
    add(INCREASE_VERBS, INC, 1)
    add(REGULATE_VERBS, REG, 0)
    for form in REGULATE_INFLECTIONS:
        table.setdefault(form, []).append(((form,), REG, 0))
    add(TARGET_VERBS, TARGET, -1)
    add(CARRY_VERBS, CARRY, 0)
    add(LIGHT_VERBS, LIGHT, 0)
    add(CONSEQUENCE_VERBS, INC, 1)
    add(ASSOC_VERBS, ASSOC, 0)
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table
