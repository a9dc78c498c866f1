"""Mechanism statements from grounded sentences: who does what to whom, with evidence.

``extract_statements(annotated)`` reads every sentence of an annotated document (the entity
layer's grounded ``doc.ents``) with the rules in :mod:`extractors.relations.grammar` and
returns :class:`kg.model.Statement` objects, one per claim, each with one
:class:`kg.model.Evidence`: the document, section, sentence and its offsets, the subject and
object spans, the reference(s) the sentence cites (resolved to the bibliography entry, with
its DOI where the paper prints one), the rule that fired, whether the sentence is hedged
("may", "suggests") or negated ("did not"), and this extractor's name and version.

What it reads (see the grammar module for how):

- ``derived_from``: "exosomes derived from BM-MSCs", "NSC-derived sEVs", and every mention of
  a composite preparation (``exokg:BMSC_Exo`` "BMSCs-Exo" names its source cell);
- ``carries``: "exosomes carrying miR-124-3p", "TGF-β in BMSCs-Exo", "exosomal miR-X",
  "MSC-Exos contain CD9, CD63 and CD81", "NGF released by MSC-Exos", "X acts through miR-Y";
- ``targets`` / ``decreases``: "miR-X targets Y", "the miR-29b-3p/PTEN/Akt/mTOR axis", "Y is a
  (principal) target of miR-X", "a miR-X binding site in the 3'UTR of Y", "Y-targeting miR-X",
  "inhibition of Y by a subset of miRNAs", "miRNAs, including miR-A and miR-B, which target Y";
  a subject named by its loss turns the sign ("knockdown of miR-X increased Y": miR-X decreases Y; so do
  vesicles from cells made to lack it: "exosomes from miR-X-knockdown MSCs increased Y" is a claim about
  miR-X, never about the plain preparation),
  and a change after a treatment is its effect ("Y decreased after the addition of X");
- ``increases`` / ``decreases`` / ``regulates``: verbs (inhibits, promotes, attenuates ...),
  nominalisations ("inhibiting the activation of NF-κB"), group comparisons ("the BMSCs-Exo
  group had lower TNF-α"), passives, coordination, "by V-ing", ", thereby V-ing", relatives; a verb
  on a whole axis moves each member, except a brake the pathway's activation overcomes or a member a
  kinase before it inactivates ("activated the PTEN/AKT/mTOR pathway" raises AKT and mTOR and only
  ``regulates`` PTEN; so GSK-3β in "PI3K/AKT/GSK-3β", KEAP1 in "Keap1/Nrf2": ``AXIS_INHIBITIONS``);
- ``marker_for``: "astrogliosis marker GFAP", "Bax ... are markers of apoptosis";
- ``participates_in``: "X is involved in / participates in pathway Y";
- ``associated_with``: "X is correlated with Y", "A and B levels were inversely correlated",
  "the interaction of A with B";
- ``taken_up_by``: "labelled exosomes were taken up by microglia", "neurons internalized the EVs", "the uptake
  of exosomes by astrocytes" (vesicles and the cells that take them in; no cell_type qualifier).

Qualifiers say in what setting a claim holds: species (in a sentence naming several, the one named last
before the object), injury model, cell type, dose and route named in the sentence, and ``vesicle_source``
when the subject is vesicles of another cell ("exosomes from M1 macrophages aggravated apoptosis"), so
such a claim stays apart from claims about exosomes at large and from the MSC preparations, which have
entities of their own. ``preconditioning`` says what the
vesicles' source cells were treated with ("hypoxia-preconditioned BMSC-Exos", "exosomes from LPS-primed
MSCs"): such preparations differ from plain ones. ``engineered_with`` names the molecule vesicles were
made to carry more of ("exosomes derived from miR-133b-overexpressing BMSCs", "miR-133b-modified
MSC-Exos"), so an engineered preparation's claims stay apart from the plain preparation's;
``genetic_model`` names animals made to lack or carry a molecule ("in PTEN knockout mice"). The one route and
species a primary study names once also qualify its in vivo vesicle claims that do not restate them
(:mod:`extractors.relations.setting`).

Claims inside an aim or a hypothesis under test ("we tested the hypothesis that ...", "we examined
whether ...") are not read; a control named in an aside ("X, but not Y, reduced Z") takes no part.

Citations: a sentence's own citation marks come first. A sentence without one inherits the
citation of the next cited sentence in the same paragraph (reviews cite once at the end of a
run of sentences that summarise one study); such evidence carries ``;cite=following`` in its
rule so the inference stays visible.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from extractors.abbreviations import number_variant
from extractors.cell_words import (
    CELL_LINE_NAME,
    CELL_ORIGINS,
    CELL_STATE_WORDS,
    LOW_OXYGEN,
    TREATMENT_PARTICIPLES,
    alternation,
)
from kg.model import BibEntry, Document, Evidence, Polarity, Ref, Statement, qualifiers

from . import vocabulary as V
from .grammar import (
    MANIPULATED_CELL_WORDS,
    MARK_AT_END,
    MODEL_ANIMALS,
    Arg,
    Context,
    EntityMention,
    Knowledge,
    Reading,
    composite_cargo,
    composite_depleted,
    composite_source_cell,
    dedupe,
    read_sentence,
    silencer_named_at,
    stimuli_key,
)
from .setting import StudySetting, is_background, is_synthesis, study_setting

EXTRACTOR = "exokg.relations"
EXTRACTOR_VERSION = "1.2.360"

__all__ = [
    "EXTRACTOR",
    "EXTRACTOR_VERSION",
    "EntityMention",
    "Knowledge",
    "default_knowledge",
    "extract_statements",
    "read_document",
    "statement_from_reading",
]

GENERIC_VESICLE = Ref("GO", "0070062", "exosome", "biolink:CellularComponent")
SKIP_SECTIONS = {"references", "acknowledgments", "acknowledgements", "author contributions", "funding",
                 "disclosure", "conflict of interest", "conflicts of interest", "data availability statement",
                 "abbreviations", "supplementary material", "ethics statement", "publisher's note"}
_QUERY = re.compile(r"(?:\bOR\b.*){3,}")  # a database search string, not prose
_SIGN_POLARITY = {1: Polarity.POSITIVE, -1: Polarity.NEGATIVE, 0: Polarity.NONE}
_UNSIGNED = {"derived_from", "carries", "marker_for", "participates_in", "associated_with", "taken_up_by"}
# what vesicles carry is theirs wherever they were put ("In HUVECs, GDNF-modified MSC-Exos ..."), and the cells that
# take them in are the claim's object: no cell_type
_NO_CELL_SETTING = {"carries", "taken_up_by"}
# the label a structured abstract's paragraph opens with ("Results: ...")
_SECTION_LABEL = re.compile(r"(?:Background|Introduction|Objectives?|Aims?|Purpose|Methods|Materials and methods"
                            r"|Design|Results|Findings|Conclusions?|Interpretation|Significance)\s*:\s*")
_BACKGROUND_LABEL = re.compile(r"\s*(?:Background|Introduction|Objectives?|Aims?|Purpose|Rationale)\s*:", re.I)
# what a preparation's mention says its cells were made to carry, lack or were given ("miR133b-Exos" defined with its
# control in a pair: no preparation word in the sentences that name it)
_MADE_KEYS = frozenset({"cargo", "depleted", "preconditioning", "engineered"})
_PATHWAY_SUFFIX = " signaling pathway"
_LATENCY_SUFFIX = "_latency"
_ROUTE_CATEGORY = "biolink:Procedure"  # routes of administration, as the lexicon files them
# cells whose polarization the lexicon names as a process: macrophages (GO:0042116, macrophage activation, read as
# their polarization) and microglia (GO:0001774, microglial cell activation, whose synonyms include polarization)
_POLARIZATION_OF = {"CL:0000235": "GO:0042116", "CL:0000129": "GO:0001774"}


@cache
def default_knowledge() -> Knowledge:
    """Composite vesicle preparations, their source cells and the targets of experimental compounds, from the
    lexicon."""
    try:
        from extractors.lexicon import ACTIONS, load_lexicon

        lexicon = load_lexicon()
    except Exception:
        return Knowledge(generic_vesicle=GENERIC_VESICLE)
    # a cell with no preparation of its own names that of its nearest kind (Wharton's jelly MSCs: umbilical cord)
    composites = {source: entry.ref for source, entry in lexicon.composites_by_source().items()}
    sources: dict[str, Ref] = {}
    acts_on: dict[str, tuple[Ref, bool]] = {}
    for entry in lexicon.entries.values():
        if entry.derived_from:
            source = lexicon.get(entry.derived_from)
            source_ref = source.ref if source else Ref.from_curie(entry.derived_from, category="biolink:Cell")
            sources[entry.curie] = source_ref
        if entry.acts_on is not None:
            target = lexicon.get(entry.acts_on[1])
            if target is not None:  # bench/check_lexicon.py reports a target the lexicon lacks
                acts_on[entry.curie] = (target.ref, ACTIONS[entry.acts_on[0]])
    # an entry named "<outcome>_latency" is that outcome's delay ("exokg:MEP_latency" of "exokg:MEP")
    latencies = {curie.removesuffix(_LATENCY_SUFFIX): entry.ref for curie, entry in lexicon.entries.items()
                 if curie.endswith(_LATENCY_SUFFIX) and lexicon.get(curie.removesuffix(_LATENCY_SUFFIX))}
    polarizations = {cell: process.ref for cell, curie in _POLARIZATION_OF.items()
                     if (process := lexicon.get(curie)) is not None}
    # "tail vein injection" cross-references MeSH's intravenous injection: a way of giving by that route
    route_families = {entry.label: target.label for entry in lexicon.entries.values()
                      if entry.category == _ROUTE_CATEGORY for x in entry.xrefs
                      if (target := lexicon.get(x)) is not None and target.category == _ROUTE_CATEGORY}
    generic = lexicon.get(GENERIC_VESICLE.curie)
    return Knowledge(composites, sources, generic.ref if generic else GENERIC_VESICLE, acts_on, latencies,
                     polarizations, route_families, _pathway_members(lexicon), {
                         curie: frozenset(b for b in entry.broader if b in sources)
                         for curie, entry in lexicon.entries.items() if curie in sources})


def _pathway_members(lexicon: Any) -> dict[str, frozenset[str]]:
    """Each pathway's CURIE -> the molecules its label names ("PI3K/AKT signaling pathway": PI3K and AKT)."""
    from extractors.lexicon import key_of

    out: dict[str, frozenset[str]] = {}
    for entry in lexicon.entries.values():
        if entry.category != "biolink:Pathway" or not entry.label.endswith(_PATHWAY_SUFFIX):
            continue
        names = entry.label.removesuffix(_PATHWAY_SUFFIX).split("/")
        members = {c for name in names if (c := lexicon.lookup(key_of(name), key_of(name, fold=False)))
                   and c != entry.curie}
        if members:
            out[entry.curie] = frozenset(members)
    return out


def extract_statements(annotated: Any, knowledge: Knowledge | None = None) -> list[Statement]:
    """Statements (one per claim and sentence, each with its evidence) from an annotated document.

    ``annotated`` is the entity layer's ``AnnotatedDocument``: ``.document`` (kg Document),
    ``.doc`` (spaCy Doc whose ``ents`` carry ``span._.ref``), ``.mentions`` and ``.sentences``
    (character offsets).
    """
    document: Document = annotated.document
    mentions = _mentions_of(annotated)
    sentences = list(getattr(annotated, "sentences", None) or [(0, len(document.text))])
    return read_document(document, mentions, join_broken_sentences(document.text, sentences),
                         knowledge or default_knowledge())


_FIRST_WORD = re.compile(r"[^\s,;:.()]+")
# a word no sentence or title ends in: "... rats treated with" + "hUC-MSC-EVs showed ..." is one sentence
_OPEN_ENDING = re.compile(r"\b(?:with|of|in|by|to|from|for|on|at|and|or|the|a|an|that|than|as|whereas|while)\Z")


def join_broken_sentences(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rejoin a sentence that a page or paragraph break cut in two ("... IL-10 and" + "transform growth
    factor-β ..."): the first part has no final punctuation and the second starts with a word in lower case.
    A name that opens a sentence in lower case ("miR-133b is ...", "mTOR ...") after a title is no such word,
    unless the first part ends in a word that leaves it open ("rats treated with" + "hUC-MSC-EVs showed ...")."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(sentences):
        if out:
            prev_start, prev_end = out[-1]
            head = text[prev_start:prev_end].rstrip()
            gap = text[prev_end:start]
            first = _FIRST_WORD.match(text, start)
            if head and head[-1] not in ".!?:;)]" and not gap.strip() and first is not None and (
                    first.group().islower() or (first.group()[:1].islower() and _OPEN_ENDING.search(head))):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def _mentions_of(annotated: Any) -> list[EntityMention]:
    """Grounded spans: the Doc's entities (``span._.ref``), with attributes from the mention list."""
    listed = getattr(annotated, "mentions", None) or ()
    attributes = {(m.start, m.end): tuple(m.attributes) for m in listed}
    doc = getattr(annotated, "doc", None)
    out: dict[tuple[int, int], EntityMention] = {}
    spans, text = _entity_spans(annotated, doc)
    for span, ref, exact in spans:
        if ref is None and span.kb_id_ and ":" in span.kb_id_:
            ref = Ref.from_curie(span.kb_id_, span.text, span.label_ or "biolink:NamedThing")
        if ref is None:
            continue
        start, end = exact or (span.start_char, span.end_char)
        out[(start, end)] = EntityMention(start, end, ref, span.text if text is None else text[start:end],
                                          attributes.get((start, end), ()))
    if not out:
        out = {(m.start, m.end): EntityMention(m.start, m.end, m.ref, m.text, tuple(m.attributes)) for m in listed}
    return sorted(out.values(), key=lambda m: (m.start, -m.end))


def _without_sources_defined_in_names(text: str, mentions: Sequence[EntityMention],
                                      knowledge: Knowledge) -> Sequence[EntityMention]:
    """Leave out the short form of a preparation's source cells defined right after its name ("exosomes derived
    from bone marrow MSCs (BMSCs) reduced TNF-α"): it names the cells, which take no part in the clause."""
    if "(" not in text:
        return mentions
    drop = {i for i, (name, short) in enumerate(pairwise(mentions), start=1)
            if short.start == name.end + 2 and text[name.end:short.start] == " (" and text[short.end:short.end + 1] == ")"
            and name.ref.curie in knowledge.sources
            and (dict(name.attributes).get("source_cell") == short.ref.curie
                 or knowledge.composites.get(short.ref.curie) == name.ref)}
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions


def _entity_spans(annotated: Any, doc: Any) -> tuple[list[tuple[Any, Ref | None]], str | None]:
    """The Doc's entities with their refs, and the text their character offsets point into if known.

    The entity layer's records of the spans it set as ``doc.ents``, when it left them: reading
    ``doc.ents`` rebuilds every Span from the token tags, ``span._`` builds an accessor per span,
    and ``span.text`` joins tokens, where that layer's Doc was made from the document's text.
    """
    if doc is None:
        return [], None
    records = getattr(doc, "user_data", {}).get("exokg_records")
    if records is not None:
        document = getattr(annotated, "document", None)
        if document is not None:  # the mention's own characters ("mir-21" in "antagomir-21"), not its tokens'
            return [(r.span, r.ref, (r.start, r.end)) for r in records], document.text
        return [(r.span, r.ref, None) for r in records], None
    return [(span, span._.ref if span.has_extension("ref") else None, None) for span in doc.ents], None


def read_document(document: Document, mentions: Sequence[EntityMention], sentences: Sequence[tuple[int, int]],
                  knowledge: Knowledge) -> list[Statement]:
    """Read every prose sentence of ``document`` (pure: no I/O)."""
    mentions = _without_sources_defined_in_names(document.text, mentions, knowledge)
    drop = [(c.start, c.end) for c in document.citations if c.end > c.start]
    paragraphs = sorted((p.start, p.end) for p in document.paragraphs)
    by_sentence = _mentions_by_sentence(mentions, sentences)
    cited = [bool(document.citations_in(s, e)) for s, e in sentences]
    out: list[Statement] = []
    context = Context()
    last_paragraph: int | None = None
    prepared_short_forms = _prepared_short_forms(document.text)  # "(HExo)" after "exosomes from hypoxic MSCs"
    # "(miR-21-Exos)" after "exosomes from MSCs overexpressing miR-21"
    engineered_short_forms = _engineered_short_forms(document.text, mentions, prepared_short_forms, knowledge)
    # "We loaded BBR into exosomes ... (Exo-BBR)": a preparation named with the compound loaded into it
    loaded_names = _names_with_loaded_compounds(document.text, mentions, knowledge)
    study = _study_setting(document, sentences, by_sentence, cited, knowledge)
    preparation = _study_preparation(document, sentences, by_sentence, cited, knowledge)
    primed = _primed_preparations(mentions, knowledge)
    for index, (start, end) in enumerate(sentences):
        paragraph = _paragraph_of(paragraphs, start)
        if paragraph != last_paragraph:
            context = Context(primed=context.primed)
            last_paragraph = paragraph
        named_before = len(context.primed)
        if named_before < len(primed) and primed[named_before][0] < end:
            context = replace(context, primed=tuple((stimulus, ref) for at, stimulus, ref in primed if at < end))
        section = document.section_at(start)
        text = document.text[start:end]
        if _skip(section, text):
            continue
        sentence_mentions = by_sentence.get(index, [])
        if not sentence_mentions:
            context = replace(context, row_subject=None)
            continue
        row = _table_row_subject(text, start, sentence_mentions, knowledge)
        if row is not None:
            context = replace(context, row_subject=row)
        label = _SECTION_LABEL.match(text)  # "Results: Of the 14 miRNAs ...": the sentence opens after it
        readings, context = read_sentence(text, start, sentence_mentions, knowledge, context,
                                          [*drop, (start, start + label.end())] if label else drop)
        readings = dedupe([*readings, *_composite_sources(sentence_mentions, knowledge)],
                          _preparation_variants(sentence_mentions))
        if not readings:
            continue
        citations, inherited = _citations(document, sentences, cited, paragraphs, index)
        # "human MSC-derived exosomes ... in SCI mice": the species a source is named with is not the setting's
        sources_species = _source_species(sentence_mentions, document.text, knowledge)
        setting_mentions = [m for m in sentence_mentions if id(m) not in sources_species] \
            if sources_species else sentence_mentions
        quals = _qualifiers(setting_mentions, text, start)
        # the preparation words are rare: look for their settings only in sentences that have them
        lowered = text.lower()  # text is the sentence
        prepared = any(word in lowered for word in _PREPARATION_WORDS) or any(
            short in text for short in prepared_short_forms) or any(
            key in _MADE_KEYS for m in sentence_mentions if m.attributes for key, _ in m.attributes)
        species = [m for m in setting_mentions if m.ref.category in V.SPECIES]
        several_species = len({m.ref.curie for m in species}) > 1
        # "Knockdown of HIF-1α in ADSCs attenuated these effects": the sentence is about vesicles named before it
        vesicle_claims = any(knowledge.is_vesicle(r.subject.ref) for r in readings)
        dosed = {m.ref for m in setting_mentions if dict(m.attributes).get("dose")}
        for reading in readings:
            setting = dict(quals)
            if "dose" in setting and reading.subject.ref not in dosed and not knowledge.is_vesicle(reading.subject.ref):
                # "PC12 cells were exposed to erastin (10 μM) with or without DPSC-Exos (25, 50 or 100 μg/mL)": the
                # amount given of the vesicles is no setting of erastin's claim
                del setting["dose"]
            own_route = _route_of_subject(reading, setting_mentions)
            if own_route:
                setting["route"] = own_route  # "HA-EV increased ZO-1 ..., whereas IV-EV modestly increased claudin-5"
            if several_species:
                # "rat BBB scores (...) and mouse BMS scores (...)": the animals named last before the object; an
                # object before them all ("motor function in rats and mice") holds in each
                before = [m for m in species if m.end <= reading.object.start]
                # ("BBB scores (57 studies, 1,392 rats; ...) and BMS scores (14 studies, 292 mice; ...)": the
                # animals in the aside right after an object are its own)
                own = _species_in_aside(reading.object.end, species, document.text)
                if own is not None:
                    setting["species"] = own.ref.label or own.ref.curie
                elif before:
                    setting["species"] = before[-1].ref.label or before[-1].ref.curie
                else:
                    setting.pop("species", None)
            source = _vesicle_source(reading, sentence_mentions, document.text, knowledge)
            if source:
                setting["vesicle_source"] = source
            studied = preparation is not None and not source and not citations and _is_studied_preparation(
                reading, preparation, start, end, section, sentence_mentions, document.text, knowledge)
            if studied:
                reading = replace(reading, subject=Arg(preparation[0], reading.subject.start, reading.subject.end))
            conditioned = _stimulus_named(reading, sentence_mentions) or (
                prepared and _preconditioning(reading, document.text, knowledge, prepared_short_forms)) or (
                reading.rule == "carries:primed" and _primed_with(reading, sentence_mentions, context.primed))
            if conditioned:
                setting["preconditioning"] = conditioned
            if reading.rule == "nominal:effect" or reading.rule.startswith(_UNDOING_RULES) or \
                    reading.rule.endswith(":needed"):
                # "The neuroprotective effect of exosomes was abolished in TLR4 knockout mice": the knockout is
                # the manipulation that undid the effect, not the setting the effect holds in
                setting.pop("genetic_model", None)
            engineered = reading.predicate != "carries" and ((prepared and (_engineered_with(
                reading, sentence_mentions, document.text, knowledge) or _engineered_as_defined(
                reading, document.text, engineered_short_forms, knowledge))) or loaded_names.get(
                document.text[reading.subject.start:reading.subject.end]))
            if engineered:
                setting["engineered_with"] = engineered
            from_study = _take_study_setting(study, index, reading, setting, citations, knowledge)
            out.append(statement_from_reading(reading, document, start, end, section, citations, inherited,
                                              setting, sentence_mentions, vesicle_claims, knowledge.composites,
                                              from_study, studied))
    return out


def _study_preparation(document: Document, sentences: Sequence[tuple[int, int]],
                       by_sentence: Mapping[int, Sequence[EntityMention]], cited: Sequence[bool],
                       knowledge: Knowledge) -> tuple[Ref, int] | None:
    """The one vesicle preparation a primary study names, and where it is first named: the study's plain
    "exosomes" after that ("Exosome treatment reduced SPRED1", "BBB scores were higher in the Exo group") are
    that preparation, not the field's vesicles in general. A kind of preparation another one named is a
    kind of (MSC exosomes, beside cord MSC exosomes) is no second one. None for reviews and meta-analyses
    (each claim is a cited study's), and for studies naming two preparations (BMSC and ADSC exosomes
    compared) or none."""
    if is_synthesis(document.title, document.text):
        return None
    named: dict[str, tuple[Ref, int]] = {}
    for index, (start, _) in enumerate(sentences):
        if cited[index] or is_background(document.section_at(start)):
            continue
        for m in by_sentence.get(index, ()):
            if m.ref.curie in knowledge.sources and m.ref.curie not in named:
                named[m.ref.curie] = (m.ref, m.start)
    own = [found for curie, found in named.items() if not any(
        _names_the_study_preparation(curie, other, knowledge) for other in named if other != curie)]
    return own[0] if len(own) == 1 else None


# the source of the field's preparation in general: MSCs of no named tissue
_GENERAL_SOURCE = "CL:0000134"


def _names_the_study_preparation(curie: str, preparation: str, knowledge: Knowledge) -> bool:
    """Whether a preparation the study names stands for its preparation: the same one, or MSC vesicles of
    no named tissue where the study's are a kind of them ("MSC-Exos" in a study of cord MSC exosomes; not
    dental pulp exosomes in a study of SHED exosomes, which compares the two)."""
    if curie == preparation:
        return True
    source = knowledge.sources.get(curie)
    return source is not None and source.curie == _GENERAL_SOURCE and curie in knowledge.kinds.get(preparation, ())


# a study reports what its vesicles did in the past tense; participles that describe vesicles say nothing of it
_PAST_WORD = re.compile(r"\b(?:was|were|had|did|fell|rose|grew|led|lost|kept|held|made|gave|took|became|began|"
                        r"drove|found|shown|[a-z]{2,}ed)\b")
_DESCRIBING_PARTICIPLES = frozenset({"derived", "based", "related", "isolated", "secreted", "released", "mediated",
                                     "associated", "called", "named", "termed", "loaded", "engineered", "modified"})
# a vesicle name holding where they came from ("Exosomes derived from antagomir-transfected cells")
_SOURCE_IN_NAME = re.compile(r"\s(?:from|derived|of)\s")
# what follows vesicles named by where they came from ("exosomes from fibroblasts"): no plain vesicles
_SOURCE_AFTER_VESICLES = re.compile(r"\s*(?:\(|from\b|of\b|(?:derived|isolated|secreted|released|collected|produced|"
                                    r"obtained)\s+(?:from|by|of|in)\b)", re.I)


def _is_studied_preparation(reading: Reading, preparation: tuple[Ref, int], start: int, end: int, section: str,
                            mentions: Sequence[EntityMention], text: str, knowledge: Knowledge) -> bool:
    """Whether the reading's subject is plain vesicles (or a kind the study's preparation is of) that a
    sentence [start, end) of the study, after it named its preparation, speaks of as that preparation: a result
    (in the past tense), not in a background or discussion section, not described by a source of their own,
    not beside another preparation."""
    ref, named_at = preparation
    subject = reading.subject.ref
    if start < named_at or subject == ref or not knowledge.is_vesicle(subject) or is_background(section):
        return False
    if _BACKGROUND_LABEL.match(text, text.rfind("\n", 0, start) + 1):
        return False  # "Background: ..." opening an abstract's paragraph speaks of the field, as such a section does
    if subject.curie in knowledge.sources and not _names_the_study_preparation(subject.curie, ref.curie, knowledge):
        return False
    if _SOURCE_AFTER_VESICLES.match(text, reading.subject.end) or _SOURCE_IN_NAME.search(
            text, reading.subject.start, reading.subject.end):
        return False  # ("Exosomes derived from antagomir-transfected cells" read as one name)
    if not any(word not in _DESCRIBING_PARTICIPLES for word in _PAST_WORD.findall(text, start, end)):
        return False  # "Exosomes carry miRNAs that reduce apoptosis": what vesicles do in general, no result
    return all(m.ref.curie not in knowledge.sources or _names_the_study_preparation(m.ref.curie, ref.curie, knowledge)
               for m in mentions)


# what sets a preparation apart from others of its entity: its name's prefix and what its cells were made to do
_VARIANT_KEYS = frozenset({*_MADE_KEYS, "prefix"})


def _preparation_variants(mentions: Sequence[EntityMention]) -> Callable[[Arg], tuple[str, ...]]:
    """How each vesicle subject span differs from other preparations of the same entity ("siNC-sEVs" and
    "CAQK-siNLRP3-sEVs"), for keeping their claims in one sentence apart."""
    spans = {(m.start, m.end): tuple(v for k, v in m.attributes if k in _VARIANT_KEYS) for m in mentions
             if m.attributes and any(k in _VARIANT_KEYS for k, _ in m.attributes)}
    return lambda arg: spans.get((arg.start, arg.end), ())


def _study_setting(document: Document, sentences: Sequence[tuple[int, int]],
                   by_sentence: Mapping[int, Sequence[EntityMention]], cited: Sequence[bool],
                   knowledge: Knowledge) -> StudySetting:
    """The route and species the study names once (see :mod:`extractors.relations.setting`)."""
    def stated(index: int) -> dict[str, str]:
        sentence_mentions = by_sentence.get(index, [])
        out: dict[str, str] = {}
        # every route its vesicles were given: a study giving them two ways ("an intralesional injection of HA-EV
        # ..., the same EV dose given intravenously (IV-EV)") names no one route
        routes = [r for m in sentence_mentions if m.attributes and (r := dict(m.attributes).get("route"))]
        if routes:
            out["route"] = "; ".join(dict.fromkeys(label for r in routes for label in r.split("; ")))
        if any(m.ref.category in V.SPECIES for m in sentence_mentions):
            sources = _source_species(sentence_mentions, document.text, knowledge)
            species = [m.ref.label or m.ref.curie for m in sentence_mentions
                       if m.ref.category in V.SPECIES and id(m) not in sources]
            if species:
                out["species"] = "; ".join(dict.fromkeys(species))
        return out

    return study_setting(document.title, document.text, sentences, stated, cited, document.section_at,
                         knowledge.route_families)


# the claims a study's one route and species hold for: what its vesicles did
_STUDY_SETTING_PREDICATES = frozenset({"increases", "decreases", "regulates"})


def _take_study_setting(study: StudySetting, index: int, reading: Reading, setting: dict[str, str],
                        citations: Sequence[BibEntry], knowledge: Knowledge) -> bool:
    """Give an in vivo claim about the study's vesicles the route and species it does not restate; whether
    it took any."""
    if citations or not study.applies(index) or reading.predicate not in _STUDY_SETTING_PREDICATES \
            or "vesicle_source" in setting or not knowledge.is_vesicle(reading.subject.ref):
        return False
    took = False
    for key, value in study.values.items():
        if key not in setting:
            setting[key] = value
            took = True
    return took


# readings of what undid an effect (the effect itself is "nominal:effect")
_UNDOING_RULES = ("rescue", "counteracts")


def _mentions_by_sentence(mentions: Sequence[EntityMention],
                          sentences: Sequence[tuple[int, int]]) -> dict[int, list[EntityMention]]:
    out: dict[int, list[EntityMention]] = {}
    starts = [s for s, _ in sentences]
    import bisect

    for m in mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= sentences[i][1]:
            out.setdefault(i, []).append(m)
    return out


def _paragraph_of(paragraphs: Sequence[tuple[int, int]], offset: int) -> int | None:
    import bisect

    i = bisect.bisect_right(paragraphs, (offset, float("inf"))) - 1
    if i >= 0 and paragraphs[i][0] <= offset < paragraphs[i][1]:
        return i
    return None


def _skip(section: str, text: str) -> bool:
    return _skipped_section(section) or ("OR" in text and bool(_QUERY.search(text)))  # a query has "OR"s


@lru_cache(maxsize=4096)
def _skipped_section(section: str) -> bool:
    return re.sub(r"^[\d.\s]+", "", section).strip().lower() in SKIP_SECTIONS


# "exosomes (derived) from (activated) M1 macrophages", "M1 macrophage-derived exosomes", "astrocyte exosomes"
_SOURCE_AFTER = re.compile(r"\s+(?:(?:that\s+(?:were|are)\s+)?(?:derived|secreted|released|isolated|obtained|"
                           r"extracted|produced)\s+)?(?:from|by)\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+)?\Z")
_TAKEN_IN_BEFORE = re.compile(rf"\b(?:{alternation(V.UPTAKE_NOUNS)})\s+of\s+(?:the\s+|these\s+|those\s+)?\Z", re.I)
_SOURCE_BEFORE = re.compile(r"\A(?:[-‐‑]|\s)?(?:(?:derived|secreted|released)[-‐‑\s])?\Z")


def _vesicle_source(reading: Reading, mentions: Sequence[EntityMention], text: str,
                    knowledge: Knowledge) -> str | None:
    """The cell a generic vesicle subject comes from, when the sentence names one ("exosomes from M1
    macrophages aggravated apoptosis"): the claim is about those vesicles, not about exosomes at large or
    the MSC preparations (which have entities of their own)."""
    subject = reading.subject
    if not (knowledge.is_vesicle(subject.ref) and knowledge.is_generic_vesicle(subject.ref)):
        return None
    end = subject.end
    if reading.predicate == "carries" and reading.object.start > end and not text[end:reading.object.start].strip():
        end = reading.object.end  # "exosomal miR-155 from M1 macrophages": the source follows the cargo
    for m in mentions:
        if m.ref.category not in V.CELL:
            continue
        if subject.start <= m.start and m.end <= subject.end:
            return m.ref.label or m.ref.curie  # the grammar took in "exosomes from M1 macrophages" as one phrase
        if m.start >= end and m.start - end <= 60 and _SOURCE_AFTER.match(text[end:m.start]) \
                and not (text[end:m.start].split()[0] == "by"
                         and _TAKEN_IN_BEFORE.search(text, max(0, subject.start - 40), subject.start)):
            return m.ref.label or m.ref.curie  # (not "the uptake of exosomes by microglia": they took them in)
        if m.end <= subject.start and subject.start - m.end <= 10 and _SOURCE_BEFORE.match(text[m.end:subject.start]):
            return m.ref.label or m.ref.curie
    return None


# "hypoxia-preconditioned BMSC-Exos", "exosomes from LPS-primed MSCs", "GMSCs stimulated with TNF-α and IFN-α"
_CONDITIONED = r"(?:pre-?conditioned|primed|licensed|pre-?treated|treated|stimulated|challenged)"
# "pretreated with 100 ng/mL LPS": the amount is not what they were treated with
_DOSE = r"\d[\d.,]*\s*(?:ng|pg|µg|μg|ug|mg|g|nM|pM|µM|μM|uM|mM|M|U|IU)(?:\s*/\s*m[lL])?"
# "IFN-γ-primed", "interferon-γ (IFN-γ)-primed": the agent keeps its short form
# ("TNF-α/IFN-γ-primed", "TNF-α- and IFN-γ-primed": both were given)
_ONE_AGENT = r"[^\W_]+(?:[-‐][^\W_]+)?"
_CONDITIONED_BEFORE = re.compile(
    rf"(?P<agent>(?:{_ONE_AGENT}(?:/|[-‐]\s+and\s+))?{_ONE_AGENT})(?:\s\([^()\s]{{1,12}}\))?[-‐ ]{_CONDITIONED}\b", re.I)
# "TNF-α/IFN-γ", "TNF-α- and IFN-γ": two stimuli written as one modifier, named as "primed with X and Y" names them
_PAIRED_AGENTS = re.compile(r"/|[-‐]?\s+and\s+")
_CONDITIONED_WITH = rf"{_CONDITIONED}\s+(?:with|by)\s+(?:{_DOSE}\s+)?(?P<agent>[^\W_][\w-]*(?:\s+and\s+[^\W_][\w-]*)?)"
_CONDITIONED_AFTER = re.compile(rf"\s*,?\s*{_CONDITIONED_WITH}", re.I)
# words before a participle that name no agent ("exosomes from primed cells", "were treated")
_NO_AGENT_WORDS = frozenset({"from", "of", "and", "or", "the", "a", "an", "with", "by", "were", "was", "are", "is",
                             "been", "be", "in", "to", "cells", "not", "then", "also", "both", "these", "those"})
# "dual-primed", "double-treated": how many agents, not which
_HOW_MANY_AGENTS = frozenset({"dual", "double", "combined", "co", "multiply", "triple"})
# "MSCs were primed with TNF-α for 48 hours": what the cells a later "primed" preparation names were given
_CELLS_WERE_CONDITIONED = re.compile(rf"\b(?:were|was)\s+{_CONDITIONED_WITH}", re.I)


# what control cells are "treated" with: no stimulus
_NO_STIMULI = frozenset({"vehicle", "pbs", "saline", "dmso", "control", "sham", "mock"})


def _preconditioning(reading: Reading, text: str, knowledge: Knowledge,
                     short_forms: Mapping[str, int] | None = None) -> str | None:
    """What the vesicles' source cells were preconditioned with, when the subject's name says so
    ("hypoxia-preconditioned BMSC-Exos", "exosomes from LPS-primed MSCs", "EVs derived from GMSCs
    stimulated with TNF-α and IFN-α"): such vesicles differ from plain ones, so the claim stays apart.
    ``short_forms`` (:func:`_prepared_short_forms`) says where a preparation's short form is defined."""
    subject = reading.subject
    if not knowledge.is_vesicle(subject.ref):  # a named preparation ("BMSC-Exos") is a vesicle too
        return None
    if _COORDINATED_STATES.search(text, subject.start, subject.end):
        return None  # "EVs from naïve MSC or stimulated MSC": the claim holds for the plain preparation too
    if text[subject.start:subject.end].lower() == "treated":
        return None  # "in treated rats": the vesicles an earlier sentence named, not a "... -treated" preparation
    found = _conditioned_at(text, subject.start, subject.end)
    if found is None:
        # a short form defined after the preparation's name ("exosomes from hypoxic MSCs (HExo)"): its name says
        defined = (short_forms or {}).get(text[subject.start:subject.end], -1)
        if 0 < defined < subject.start:
            named = _NAME_BEFORE_PARENTHESIS.search(text, max(0, defined - 80), defined)
            if named is not None:
                found = _conditioned_at(text, named.start("name"), defined)
            if found is None and _SECOND_CULTURE_HYPOXIC.search(text, max(0, defined - 120), defined):
                found = "hypoxia"
    if found is None and (given := _STIMULUS_ENHANCED.search(text, max(0, subject.start - 160), subject.start)):
        found = given.group("agent")  # "melatonin preconditioning enhances the capacity of WJ-MSC-EVs"
    if found is None and reading.predicate == "carries":
        found = _stimulus_raising(text, min(subject.start, reading.object.start))
    if not found or found.lower() in _NO_STIMULI:
        return None  # ("exosomes from vehicle-treated MenSCs (MenSC-Exos)": the plain preparation)
    found = "hypoxia" if found.lower() in {"hypoxic", "hypoxia"} else _PAIRED_AGENTS.sub(" and ", found)
    return found.lower() if found[:1].isupper() and found[1:].islower() else found


def _stimulus_raising(text: str, at: int) -> str | None:
    """The stimulus of "Melatonin preconditioning increased sEV miR-137", "Hypoxic preconditioning raised the level
    of miR-216a-5p in BMSC-Exos": the cells were given it, and their vesicles carry more; None unless the words
    before ``at``, in its sentence, say so."""
    raised = next(reversed(list(_STIMULUS_RAISED.finditer(text, max(0, at - 160), at))), None)
    if raised is None or _SENTENCE_END.search(text, raised.end(), at):
        return None
    return raised.group("agent")


def _primed_preparations(mentions: Sequence[EntityMention], knowledge: Knowledge) -> list[tuple[int, str, Ref]]:
    """Where the document names a preparation whose name says what its cells were primed with ("MT-Exos":
    melatonin), in order: what the stimulus and the preparation are."""
    return [(m.start, stimulus.lower(), m.ref) for m in mentions if m.attributes
            and (stimulus := dict(m.attributes).get("preconditioning")) and knowledge.is_vesicle(m.ref)]


def _primed_with(reading: Reading, mentions: Sequence[EntityMention], primed: Sequence[tuple[str, Ref]]) -> str | None:
    """The stimulus alone that "Melatonin increased exosomal miR-138-5p" names raising the cargo of vesicles
    primed with it: the priming of a preparation the document named before."""
    stimuli = {one for given, _ in primed for one in given.split(" and ")}
    named = stimuli_key(m.ref.label for m in mentions
                        if m.end <= reading.object.start and m.ref.label and m.ref.label.lower() in stimuli)
    return next((given for given, _ in primed if stimuli_key(given.split(" and ")) == named), None)


def _stimulus_named(reading: Reading, mentions: Sequence[EntityMention]) -> str | None:
    """The stimulus a preparation's glued name says its cells had ("LPS-Exos": see the entity layer)."""
    subject = reading.subject
    for m in mentions:
        if m.start == subject.start and m.end == subject.end:
            return dict(m.attributes).get("preconditioning")
    return None


def _prepared_short_forms(text: str) -> dict[str, int]:
    """Short forms a document defines for a preparation whose name says how it was made ("exosomes from
    hypoxic MSCs (HExo)"), each with where its first definition opens: sentences naming them may speak of
    that preparation."""
    lowered = text.lower()
    if not any(word in lowered for word in _PREPARATION_WORDS):
        return {}
    out: dict[str, int] = {}
    for m in _SHORT_FORM.finditer(text):
        before = lowered[max(0, m.start() - 80):m.start()]
        if any(word in before for word in _PREPARATION_WORDS):
            short = m.group(1)
            out.setdefault(short, m.start())
            other = number_variant(short)  # "(HSEVs)" ... "HSEV administration", as the entity layer reads it
            if other is not None:
                out.setdefault(other, m.start())
    return out


def _conditioned_at(text: str, start: int, end: int) -> str | None:
    """The preconditioning agent the words at [start, end) and around them name, if any."""
    found = None
    for m in _CONDITIONED_BEFORE.finditer(text, max(0, start - 40), end):
        if m.end() >= start - 1:  # just before the name, or inside it
            # "MSCs primed with TNF-α": the word before names the cells, the agent follows
            named_after = _CONDITIONED_AFTER.match(text, m.start("agent") + len(m.group("agent")))
            found = named_after.group("agent") if named_after is not None else m.group("agent")
            if named_after is None and found.lower() in _HOW_MANY_AGENTS:
                found = None  # "EVs from dual-primed cells": primed with more than one agent, none named here
            elif named_after is None and found.lower() in _NO_AGENT_WORDS:
                # "exosomes were collected from primed (pExos) and unprimed cells": the agent the cells were
                # primed with, as an earlier clause says ("MSCs were primed with TNF-α for 48 hours"), if any
                earlier = list(_CELLS_WERE_CONDITIONED.finditer(text, max(0, m.start() - 400), m.start()))
                found = earlier[-1].group("agent") if earlier else None
    after = _CONDITIONED_AFTER.match(text, end)
    if after is not None:
        found = after.group("agent")
    if found is not None and found.lower() in V.REAGENTS:
        found = None  # "miR-21 mimic-treated MSCs" were engineered, not preconditioned
    if found is None and (_HYPOXIC.search(text, max(0, start - 10), end) or _HYPOXIA_AFTER.match(text, end)
                          or _HYPOXIC_PREFIX.search(text, max(0, start - 6), start)
                          or _CELLS_KEPT_IN_HYPOXIA.search(text, start, end)):
        found = "hypoxia"  # "exosomes from hypoxic MSCs", "hypoxic MSC-derived exosomes", "... under hypoxia"
    return found


# (after an aside on the condition: "(1% O2 for 48 h; Hypo-Exos)")
_SHORT_FORM = re.compile(r"\((?:[^();\n]{1,40};\s*)?([A-Za-z][\w-]{1,15})\)")
# a stimulus named before "preconditioning", or two joined by a slash or "and" ("TNF-α/IFN-γ priming")
_ONE_OR_TWO_AGENTS = r"(?:[^\W_][\w-]*(?:/|\s+and\s+))?[^\W_][\w-]*"
# "melatonin preconditioning (appears to) potentiate(s) the neuroprotective activity of": the vesicles named next
# came from cells given that stimulus
_STIMULUS_ENHANCED = re.compile(
    rf"\b(?P<agent>{_ONE_OR_TWO_AGENTS})\s+(?:{alternation(V.PRECONDITIONING_NOUNS)})\s+(?:\w+\s+(?:to\s+)?){{0,2}}?"
    r"(?:enhanc|potentiat|improv|augment|boost|increas|strengthen|amplif)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:capacity|activity|efficacy|effects?|potency|ability|functions?|properties|benefits?)\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?\Z",  # ("of hAMSC exosomes": a source the lexicon lacks)
    re.I)
# "Melatonin (MT) preconditioning significantly increased", "IFN-γ priming raised": a stimulus given to the cells
# raising what their vesicles carry
_STIMULUS_RAISED = re.compile(
    rf"\b(?P<agent>{_ONE_OR_TWO_AGENTS})(?:\s+\([^()\s]{{1,12}}\))?\s+(?:{alternation(V.PRECONDITIONING_NOUNS)})\s+"
    r"(?:\w+\s+)?(?:increas|rais|enhanc|elevat|up-?regulat|augment|boost|enrich)\w*\b", re.I)
_SENTENCE_END = re.compile(r"[.;]\s")
# (not "TNF-α- and IFN-γ-primed": one modifier naming both stimuli)
_COORDINATED_STATES = re.compile(r"(?<![-‐])\s(?:or|and)\s")
_HYPOXIC = re.compile(r"\bhypoxic\b(?![- ](?:ischemi|ischaemi))", re.I)
# "Hypo-DPSC-Exos": a preparation's name glued to the hypoxia its cells were kept in
_HYPOXIC_PREFIX = re.compile(r"\bHypo(?:x)?[-‐]\Z")
_KEPT = r"(?:cultured|incubated|grown|kept|preconditioned)"
# "for 48 h": how long the cells were kept, between the condition and the short form
_KEPT_FOR = r"(?:\s+for\s+\d+\s*(?:h|hours?|days?|d))?"
_IN_HYPOXIA = rf"(?:under|in)\s+(?:a\s+)?(?:hypoxic\s+(?:conditions?|environments?|culture)|hypoxia\b|{LOW_OXYGEN})"
# "exosomes secreted by BMSCs under hypoxic conditions", "MSC-EVs cultured in hypoxia"
_HYPOXIA_AFTER = re.compile(rf"\s*,?\s*(?:{_KEPT}\s+)?{_IN_HYPOXIA}", re.I)
# "Exosomes were collected from BMSCs cultured under hypoxia (HExos)": the cells' culture inside the name
_CELLS_KEPT_IN_HYPOXIA = re.compile(rf"\b{_KEPT}\s+{_IN_HYPOXIA}", re.I)
# "MSCs cultured under normoxia (Exos) or hypoxia (HExos)": the second culture shares the verb, named apart
_SECOND_CULTURE_HYPOXIC = re.compile(
    rf"\b{_KEPT}\s+(?:under|in)\s+[^().;]{{1,40}}\([^()]{{1,40}}\)\s*,?\s+(?:or|and)\s+(?:under\s+|in\s+)?(?:a\s+)?"
    rf"(?:hypoxia|hypoxic\s+(?:conditions?|environments?|culture)|{LOW_OXYGEN}){_KEPT_FOR}\s*\Z", re.I)
# the name a short form in parentheses stands for: the words since the clause began
_NAME_BEFORE_PARENTHESIS = re.compile(r"(?:^|[,;:.]\s+|\b(?:and|with|of|than|that|by|from|whether)\s+)(?P<name>[^,;:.()]+?)\s*\Z")

# "miR-133b-modified MSC-Exos", "miR-21-overexpressing": vesicles made to carry more of a molecule
_ENGINEERED = ("modified", "overexpressing", "over-expressing", "overexpressed", "over-expressed", "engineered",
               "transfected", "transduced", "loaded")
_ENGINEERED_GAP = re.compile(rf"[-‐‑\s]*(?:{'|'.join(_ENGINEERED)})[-‐‑\s]*\Z", re.I)
# a word every preconditioning or engineering phrase holds (substring tests: cheaper than a regex)
_PREPARATION_WORDS = ("condition", "primed", "priming", "licens", "treated", "treatment", "stimulated", "challenged",
                      "hypoxi", "hypo-", "% o2", "%o2", "% oxygen", *_ENGINEERED)


def _engineered_with(reading: Reading, mentions: Sequence[EntityMention], text: str,
                     knowledge: Knowledge) -> str | None:
    """The molecule vesicles were engineered to carry, when the subject's name says so ("exosomes derived
    from miR-133b-overexpressing BMSCs", "miR-133b-modified MSC-Exos"): such claims are about an engineered
    preparation, kept apart from the plain one's."""
    subject = reading.subject
    if not knowledge.is_vesicle(subject.ref):
        return None
    for m in mentions:
        if (m.start, m.end) == (subject.start, subject.end):
            cargo = composite_cargo(m)
            if cargo:
                return cargo[0].ref.label or cargo[0].ref.curie
            attributes = dict(m.attributes)  # a gene the cells were made to express ("GDNF-modified MSCs")
            if attributes.get("engineered"):
                return attributes.get("engineered_name") or attributes["engineered"]
        elif m.end <= subject.start and subject.start - m.end <= 30 and m.ref.category in V.MOLECULE \
                and _ENGINEERED_GAP.match(text[m.end:subject.start]):
            return m.ref.label or m.ref.curie
        elif subject.end < m.start <= subject.end + 50 and m.ref.category in V.MOLECULE \
                and _LOADED_AFTER.fullmatch(text, subject.end, m.start):
            # "MSC-Exos loaded with PTEN siRNA decreased PTEN": the vesicles carry the silencer named after them
            silencer = silencer_named_at(text, m.end)
            label = m.ref.label or m.ref.curie
            return f"{label} {silencer}" if silencer else label
    return None


# "loaded with Cy3-labeled PTEN siRNA", "with a cholesterol-modified PTEN siRNA": a tag on the cargo
_CARGO_TAG = r"(?:[\w-]+-(?:label(?:l)?ed|modified|conjugated|tagged)\s+)?"
# "<vesicles> loaded with (a Cy3-labeled) ": what the vesicles were made to carry follows
_LOADED_AFTER = re.compile(rf"\s+(?:loaded|engineered|modified)\s+with\s+(?:an?\s+|the\s+)?{_CARGO_TAG}", re.I)


# "MSCs overexpressing miR-21", "BMSCs transfected with miR-29b-3p": the molecule the cells were made to carry
_ENGINEERED_BEFORE = re.compile(
    r"(?:overexpressing|over-expressing|(?:transfected|transduced|loaded|modified|engineered)\s+(?:with|to\s+"
    rf"(?:overexpress|carry|express))|expressing)\s+(?:an?\s+|the\s+)?{_CARGO_TAG}\Z", re.I)


def _engineered_short_forms(text: str, mentions: Sequence[EntityMention], short_forms: Mapping[str, int],
                            knowledge: Knowledge) -> dict[str, tuple[int, str]]:
    """Short forms defined for vesicles of engineered cells ("exosomes from MSCs overexpressing miR-21
    (miR-21-Exos)", "exosomes from miR-21-overexpressing MSCs (miR-21-Exos)"), each with where the definition
    ends and the molecule: the sentences after it that name them speak of the engineered preparation."""
    out: dict[str, tuple[int, str]] = {}
    for short, defined in short_forms.items():
        end = defined
        if (method := _LOADING_METHOD.search(text, max(0, defined - 60), defined)) is not None:
            end = method.start()  # "loaded with PTEN siRNA by electroporation (sEV-siPTEN)": the name before
        named = _NAME_BEFORE_PARENTHESIS.search(text, max(0, end - 80), end)
        if named is None:
            continue
        start = named.start("name")
        # "and loaded with PTEN siRNA (sEV-siPTEN)": the name opens with the verb when "and" stands before it
        loaded = _LOADED_BEFORE.search(text, max(0, start - 40), start) or _LOADED_OPENING.match(text, start)
        if loaded is not None:
            # "exosomes from human MSCs were loaded with PTEN siRNA (ExoPTEN)": the vesicles before the verb; "sEVs
            # were isolated from hBMSCs and loaded with ...": the vesicles the clause's subject names
            start = next((m.start for m in reversed(mentions) if m.end <= loaded.start()
                          and knowledge.is_vesicle(m.ref, m.text)
                          and not _SENTENCE_BREAK.search(text, m.end, loaded.start())), start)
        inside = [m for m in mentions if start <= m.start and m.end <= named.end("name")]
        if not any(knowledge.is_vesicle(m.ref, m.text) for m in inside):
            continue
        for m in inside:
            cargo = composite_cargo(m) if knowledge.is_vesicle(m.ref, m.text) else ()
            if cargo:
                out[short] = (defined, cargo[0].ref.label or cargo[0].ref.curie)
            elif m.ref.category in V.MOLECULE and _ENGINEERED_BEFORE.search(text, max(0, m.start - 40), m.start):
                silencer = silencer_named_at(text, m.end)  # "loaded with PTEN siRNA": engineered with the silencer
                label = m.ref.label or m.ref.curie
                out[short] = (defined, f"{label} {silencer}" if silencer else label)
    return out


# "exosomes ... were loaded with": the words between vesicles and what they were loaded with
_LOADED_BEFORE = re.compile(r"\s+(?:(?:were|was|are|is|and)\s+)?(?:then\s+|subsequently\s+)?"
                            r"(?:loaded|packaged|engineered|modified)\s+with\s+\Z", re.I)
_SENTENCE_BREAK = re.compile(r"[.;]\s")
_LOADED_OPENING = re.compile(r"(?:loaded|packaged|engineered|modified)\s+with\s+", re.I)
# how vesicles were loaded, said between the cargo and the short form
_LOADING_METHOD = re.compile(r"\s+(?:by|via|using|through)\s+(?:[\w-]+\s+){0,2}?(?:electroporation|sonication|"
                             r"co-?incubation|incubation|extrusion|transfection|freeze[-‐ ]thaw\w*)\s*\Z", re.I)


# "loaded BBR into exosomes", "encapsulated curcumin in EVs": a compound put into vesicles
_PUT_INTO = re.compile(r"(?:loaded|encapsulated|incorporated|packaged|packed)\s+(?:the\s+)?$", re.I)
_PUT_INTO_AFTER = re.compile(r"\s+(?:\([^()]*\)\s+)?(?:in|into|within)\b")
_NAME_PARTS = re.compile(r"[-‐‑]")


def _names_with_loaded_compounds(text: str, mentions: Sequence[EntityMention],
                                 knowledge: Knowledge) -> dict[str, str]:
    """Vesicle names (short forms such as "Exo-BBR", "Cur-Exos") glued to a compound the document says it put
    into vesicles ("We loaded BBR into exosomes ..."), each with the compound's label: claims of vesicles so
    named are about the loaded preparation."""
    loaded: dict[str, str] = {}
    for m in mentions:
        if m.ref.category in V.CHEMICAL and _PUT_INTO.search(text, max(0, m.start - 30), m.start) \
                and _PUT_INTO_AFTER.match(text, m.end):
            loaded[m.text] = m.ref.label or m.ref.curie
    if not loaded:
        return {}
    out: dict[str, str] = {}
    for m in mentions:
        if knowledge.is_vesicle(m.ref, m.text) and len(parts := _NAME_PARTS.split(m.text)) > 1:
            named = next((loaded[p] for p in parts if p in loaded), None)
            if named is not None:
                out[m.text] = named
    return out


def _engineered_as_defined(reading: Reading, text: str, short_forms: Mapping[str, tuple[int, str]],
                           knowledge: Knowledge) -> str | None:
    """The molecule a preparation's short form was defined as engineered with, after its definition."""
    subject = reading.subject
    if not knowledge.is_vesicle(subject.ref):
        return None  # "miR-21-Exos suppressed PTEN" read as the cargo's claim, "sEVs-inh abolished these effects"
        # as the rescue the miRNA's loss shows: the miRNA is no preparation
    defined = short_forms.get(text[subject.start:subject.end])
    return defined[1] if defined is not None and defined[0] < subject.start else None


def _table_row_subject(text: str, offset: int, mentions: Sequence[EntityMention],
                       knowledge: Knowledge) -> Arg | None:
    """The first cell of a table row ("UC-MSCs\tUltracentrifugation\t...") when it names a source or a
    vesicle: the row reports what that preparation does (a source stands for its composite)."""
    if text.count("\t") < 3:
        return None
    first_cell_end = offset + text.index("\t")
    for m in mentions:
        if m.end <= first_cell_end:
            if knowledge.is_vesicle(m.ref, m.text):
                return Arg(m.ref, m.start, m.end)
            composite = knowledge.composites.get(m.ref.curie)
            if composite is not None:
                return Arg(composite, m.start, m.end)
    return None


def _composite_sources(mentions: Iterable[EntityMention], knowledge: Knowledge) -> list[Reading]:
    """Every mention of a composite preparation ("BMSCs-Exo") says where it comes from, and what it carries
    when its name says so ("exosomes from miR-126-modified MSCs")."""
    out = []
    for m in mentions:
        source = knowledge.sources.get(m.ref.curie)
        if source is not None:
            arg = Arg(m.ref, m.start, m.end)
            source = next((a.ref for a in composite_source_cell(m)), source)
            out.append(Reading(arg, "derived_from", Arg(source, m.start, m.end), 0, "derived_from:composite"))
            out.extend(Reading(arg, "carries", cargo, 0, "carries:composite") for cargo in composite_cargo(m))
            # a miRNA knocked down in the source cells to take it out of the vesicles: they carry it
            out.extend(Reading(arg, "carries", lost, 0, "carries:depleted") for lost in composite_depleted(m)
                       if lost.ref.category in V.MIRNA)
    return out


def _citations(document: Document, sentences: Sequence[tuple[int, int]], cited: Sequence[bool],
               paragraphs: Sequence[tuple[int, int]], index: int) -> tuple[tuple[BibEntry, ...], bool]:
    start, end = sentences[index]
    own = document.citations_in(start, end)
    if own:
        return own, False
    paragraph = _paragraph_of(paragraphs, start)
    if paragraph is None:
        return (), False
    for j in range(index + 1, len(sentences)):
        s, e = sentences[j]
        if _paragraph_of(paragraphs, s) != paragraph:
            break
        if cited[j]:
            return document.citations_in(s, e), True
    return (), False


# "PTEN knockout mice", "miR-21-deficient rats": animals made to lack (or carry) a molecule
_GENETIC_MODEL = re.compile(r"(?:[-‐\s]|(?=\(?[-−+]/))\(?(knockout|knock-out|KO|deficient|null|transgenic|[-−]/[-−]|"
                            rf"\+/[-−])\)?\s+(?:{alternation(MODEL_ANIMALS)})\b")


def _species_in_aside(after: int, species: Sequence[EntityMention], text: str) -> EntityMention | None:
    """The species named inside the parenthesis that opens right after offset ``after`` (an object's own
    aside: "BMS scores (14 studies, 292 mice; MD 1.93 ...)"), if one."""
    opening = after + len(text[after:]) - len(text[after:].lstrip())
    if text[opening:opening + 1] != "(":
        return None
    closing = text.find(")", opening)
    if closing < 0:
        return None
    inside = [m for m in species if opening < m.start and m.end <= closing]
    return inside[0] if inside else None


def _source_species(mentions: Sequence[EntityMention], text: str, knowledge: Knowledge) -> set[int]:
    """The species mentions (by ``id``) that name where a preparation came from: right before its name or its
    source cells' ("human USC-Exo", "Human MSC-derived exosomes", "rat BMSCs"); "rat neurons" stay the setting."""
    out: set[int] = set()
    for m, nxt in pairwise(mentions):
        if m.ref.category in V.SPECIES and _SOURCE_GAP.fullmatch(text, m.end, nxt.start) and (
                nxt.ref.curie in knowledge.composites or knowledge.is_vesicle(nxt.ref)):
            out.add(id(m))
    return out


_SOURCE_GAP = re.compile(r"[\s-]{1,2}")


def _qualifiers(mentions: Sequence[EntityMention], text: str, offset: int) -> dict[str, str]:
    """Species, injury model, genetic model, cell type, dose and route stated in the sentence."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.ref.category in V.MOLECULE and "genetic_model" not in out:
            genetic = _GENETIC_MODEL.match(text, m.end - offset)
            if genetic is not None:  # claims made in such animals hold there, not in wild-type ones
                out["genetic_model"] = f"{m.ref.label or m.ref.curie} {genetic.group(1)}"
        attrs = dict(m.attributes)
        if m.ref.category in V.SPECIES and "species" not in out:
            out["species"] = m.ref.label or m.ref.curie
        if attrs.get("model"):
            out.setdefault("model", attrs["model"])
        if m.ref.category == "biolink:Procedure" and "model" in (m.ref.label or ""):
            out.setdefault("model", m.ref.label)
        if m.ref.category in V.DISEASE:
            after = text[m.end - offset:m.end - offset + 12].lower()
            before = text[max(0, m.start - offset - 8):m.start - offset].lower()
            if after.startswith((" model", "-induced", " induced")) or ("the " in before and " model" in after):
                out.setdefault("model", m.ref.label or m.ref.curie)
        for key in ("dose", "route"):
            if attrs.get(key):
                out.setdefault(key, attrs[key])
    return out


def _route_of_subject(reading: Reading, mentions: Sequence[EntityMention]) -> str | None:
    """The route the mention of a claim's subject was given (in a sentence naming vesicles given two ways, each
    its own), None where the sentence gave it none."""
    subject = reading.subject
    return next((r for m in mentions if m.start == subject.start and m.end == subject.end and m.attributes
                 and (r := dict(m.attributes).get("route"))), None)


def _span_within(arg: Arg, start: int, end: int) -> tuple[int, int] | None:
    """Where the sentence [start, end) names the participant; None for one an earlier sentence named ("MSC-Exos
    reduced apoptosis. TNF-α was also reduced": the vesicles of the passive's claim)."""
    return (arg.start, arg.end) if start <= arg.start < arg.end <= end else None


def statement_from_reading(reading: Reading, document: Document, start: int, end: int, section: str,
                           citations: tuple[BibEntry, ...], inherited: bool, quals: dict[str, str],
                           mentions: Sequence[EntityMention] = (), vesicle_claims: bool = False,
                           producer_cells: Container[str] = (), from_study: bool = False,
                           studied: bool = False) -> Statement:
    """One Statement with one Evidence for a reading of the sentence [start, end). ``producer_cells`` are the
    CURIEs of cells the lexicon knows vesicles of (a change made in them is no setting of the claim);
    ``from_study``: the qualifiers include the route or species the study stated elsewhere; ``studied``: the
    subject is the study's preparation, which the sentence named as plain vesicles."""
    rule = reading.rule + (";cite=following" if inherited else "") + (";setting=study" if from_study else "") \
        + (";preparation=study" if studied else "")
    evidence = Evidence(
        document_id=document.id,
        sentence=document.text[start:end],
        start=start,
        end=end,
        section=section,
        subject_span=_span_within(reading.subject, start, end),
        object_span=_span_within(reading.object, start, end),
        citations=citations,
        extractor=EXTRACTOR,
        extractor_version=EXTRACTOR_VERSION,
        hedged=reading.hedged,
        negated=reading.negated,
        rule=rule,
    )
    polarity = Polarity.NONE if reading.predicate in _UNSIGNED else _SIGN_POLARITY[reading.sign]
    if reading.predicate == "targets":
        polarity = Polarity.NEGATIVE
    applicable = dict(quals)
    cell = None if reading.predicate in _NO_CELL_SETTING else _cell_context(
        reading, mentions, document.text, (start, end), vesicle_claims, producer_cells)
    if cell:
        applicable["cell_type"] = cell
    line = None if reading.predicate in _NO_CELL_SETTING else _cell_line_in(document.text, start, end)
    if line is not None and (not cell or cell == line[1]) and not any(
            m.ref.category in V.CELL and start <= m.start < end and m.ref.label != line[1]
            and m.ref.curie not in producer_cells for m in mentions):
        # (not beside other cells the sentence names: "In PC12 cells and primary DRG neurons, ...")
        applicable["cell_line"] = line[0]  # "In BV2 cells, BMSC-Exos lowered TNF-α": microglia, the BV-2 line
        if line[1]:
            applicable["cell_type"] = line[1]
    if reading.predicate in {"derived_from", "marker_for"}:
        applicable = {}
    return Statement(
        subject=reading.subject.ref,
        predicate=reading.predicate,
        object=reading.object.ref,
        polarity=polarity,
        qualifiers=qualifiers(**applicable),
        evidence=(evidence,),
    )


@cache
def _cell_lines() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """A pattern of the cell-line table's names, and each name's line label and kind's label ("" for none)."""
    from extractors.lexicon import load_cell_lines, load_lexicon

    entries = load_lexicon().entries
    named = {name: (line.label, entries[line.kind].label if line.kind else "")
             for line in load_cell_lines() for name in line.synonyms}
    names = "|".join(re.escape(n) for n in sorted(named, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?!\w)"), named


# a line named as the vesicles' producer, not the cells treated ("exosomes from PC12 cells", "BV2-derived EVs")
_LINE_PRODUCES = re.compile(r"[-‐ ]?derived\b|[-‐ ](?:exosomes?|exos?|EVs?|sEVs?)\b", re.I)
_FROM_A_LINE = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,2}$", re.I)


def _cell_line_in(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The one cell line the sentence [start, end) names as treated cells: its label and its kind's label."""
    pattern, named = _cell_lines()
    found = set()
    for m in pattern.finditer(text, start, end):
        if _LINE_PRODUCES.match(text, m.end()) or _FROM_A_LINE.search(text, max(start, m.start() - 40), m.start()):
            continue
        found.add(named[m.group()])
    return found.pop() if len(found) == 1 else None


def _opening_cells(m: EntityMention, text: str, sentence: tuple[int, int], claim_start: int) -> bool:
    """Are the cells ``m`` those an opening "In ..." phrase names, closed by a comma before the claim's later
    argument, and no producers of the sentence's vesicles?"""
    start, end = sentence
    if not _OPENING_IN.fullmatch(text, start, m.start):
        return False
    comma = text.find(",", m.end, claim_start)
    if comma < 0 or text.find(";", m.end, comma) >= 0:
        return False
    return not (_PRODUCER_MADE.search(text, start, comma) and V.names_vesicles(text, start, end))


# "pericyte pyroptosis": a cell named just before the process it undergoes ("NSCs to differentiate into neurons");
# "apoptosis of (injured) neurons"
_CELL_BEFORE_PROCESS = re.compile(r"[ \-‐]| to ")
_AMOUNT_NOUN = rf"(?:\s*\([^()]{{1,12}}\))?\s+(?i:{'|'.join(sorted(V.AMOUNT_NOUNS))})"
_OF_THE_CELL = rf"\s+of\s+(?:the\s+)?(?:(?:{alternation(CELL_STATE_WORDS)})\s+)?" \
    rf"(?:(?:{CELL_LINE_NAME}|SH-SY5Y)\s+)?(?:(?:{alternation(CELL_ORIGINS)})\s+)?(?:\w+(?:\s\w+)?-derived\s+)?"
# "apoptosis of BV2 microglia", "ROS production of neurons", "of bone marrow-derived macrophages"; a molecule's only with its amount ("TNF-α
# expression of microglia")
_CELL_AFTER_PROCESS = re.compile(f"(?:{_AMOUNT_NOUN})?{_OF_THE_CELL}")
_CELL_AFTER_PRODUCT = re.compile(f"{_AMOUNT_NOUN}{_OF_THE_CELL}")


# "proliferation | and | migration of HUVECs", "proliferation | , | migration | and | tube formation of ..."
_PROCESS_COORDINATOR = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?|,\s+(?:the\s+)?")


def _coordinated_processes_end(end: int, mentions: Sequence[EntityMention], text: str) -> int:
    """Where a run of processes coordinated with the one ending at `end` ends: the cell named after the
    last ("the proliferation and migration of HUVECs") is where each of them happens."""
    processes = sorted((m for m in mentions if m.ref.category in V.PROCESS and m.start >= end),
                       key=lambda m: m.start)
    for m in processes:
        if not _PROCESS_COORDINATOR.fullmatch(text, end, m.start):
            break
        end = m.end
    return end


def _coordinated_processes_start(start: int, mentions: Sequence[EntityMention], text: str) -> int:
    """Where a run of processes coordinated with the one starting at `start` starts: the cell named before the
    first ("HUVEC proliferation, migration and tube formation") is where each of them happens."""
    processes = sorted((m for m in mentions if m.ref.category in V.PROCESS and m.end <= start),
                       key=lambda m: -m.end)
    for m in processes:
        if not _PROCESS_COORDINATOR.fullmatch(text, m.end, start):
            break
        start = m.start
    return start


def _cell_of_process(reading: Reading, mentions: Sequence[EntityMention], text: str) -> str | None:
    """The cell a process object happens in when the noun phrase names it: "reduced pericyte pyroptosis",
    "microglial pyroptosis", "the apoptosis of oligodendrocytes"; else the one a process subject happens in
    ("Pyroptosis of microglia aggravates neuroinflammation")."""
    named = _cell_of(reading.object, mentions, text)
    if named is None and reading.subject.ref.category in V.PROCESS and reading.object.ref.category not in V.CELL:
        named = _cell_of(reading.subject, mentions, text)
    return named


def _cells_named_in(name: str) -> str | None:
    """The cells a process's own name ends in ("necroptotic neurons", "pyroptotic microglia"), if the lexicon's
    cell adjectives name them."""
    last = name.rsplit(None, 1)[-1].lower() if " " in name else ""
    return next((label for _, label in V.CELL_ADJECTIVES.values() if last in {label, f"{label}s"}), None)


def _cell_of(obj: Arg, mentions: Sequence[EntityMention], text: str) -> str | None:
    """The cell the process or molecule ``obj`` happens in or is made by, as its noun phrase names it."""
    if obj.ref.category in V.MOLECULE:
        return next((m.ref.label or m.ref.curie for m in mentions if m.ref.category in V.CELL and m.start > obj.end
                     and _CELL_AFTER_PRODUCT.fullmatch(text, obj.end, m.start)), None)
    if obj.ref.category not in V.PROCESS:
        return None
    end = _coordinated_processes_end(obj.end, mentions, text)
    start = _coordinated_processes_start(obj.start, mentions, text)
    cell: str | None = None
    for m in mentions:
        if m.ref.category not in V.CELL or m.ref == obj.ref:
            continue
        if (m.end < start and _CELL_BEFORE_PROCESS.fullmatch(text, m.end, start)) or (
                m.start > end and _CELL_AFTER_PROCESS.fullmatch(text, end, m.start)):
            cell = m.ref.label or m.ref.curie
            break
    else:
        adjective = re.search(r"(\w+)[ \-‐]\Z", text[max(0, obj.start - 20):obj.start])
        named = V.CELL_ADJECTIVES.get(adjective.group(1).lower()) if adjective else None
        cell = named[1] if named else _cells_named_in(text[obj.start:obj.end])
    if cell and cell.lower() in (obj.ref.label or "").lower():  # "the activation of astrocytes": astrocyte activation
        return None
    return cell


# "protected | neurons | (and oligodendrocytes) from": the cells a harm was kept from
_SHIELDING_BEFORE = re.compile(rf"\b(?:{alternation(V.SHIELDING_VERBS)})\s+(?:the\s+)?"
                               rf"(?:(?:{alternation(CELL_STATE_WORDS)})\s+)?(?:[\w-]+\s+(?:and|or)\s+)?\Z", re.I)
_SHIELDED_CELLS = re.compile(r"(?:\s+cells?)?(?:\s+(?:and|or)\s+[\w-]+(?:\s+cells?)?)?\s+(?:from|against)\b", re.I)
# "neurons | showed (a significantly) reduced | apoptosis", "macrophages | cultured with exosomes displayed higher
# expression of | CD206": the cells the change was seen in, also when named with what they were given
_CELLS_SHOWING = re.compile(
    rf"(?:\s+cells?)?(?:\s+(?:{alternation(TREATMENT_PARTICIPLES | V.BROUGHT_TO | {'cultured'})})\s+(?:with|by|to)\s+"
    rf"[^,;:()]{{1,60}}?)?\s+(?:(?:{alternation(V.SHOWING_VERBS)})\s+(?:an?\s+)?(?:\w+ly\s+)?"
    rf"(?:\w+ed|{alternation(frozenset(V.COMPARATIVES))})|(?:{alternation(V.RELEASE_FORMS)})\s+(?:\w+ly\s+)?"
    rf"(?:{alternation(frozenset(V.COMPARATIVES))}))\s+(?:(?:expression|levels?|amounts?|numbers?)\s+of\s+)?",
    re.I)
# what may stand between the cells' change and a later member of its list ("higher expression of CD206, Arg-1 and
# | IL-10", "... and lower expression of iNOS, | IL-6")
_LIST_GLUE = re.compile(rf"(?:\s|,|\band\b|\bor\b|\bas well as\b|\b(?:{alternation(frozenset(V.COMPARATIVES))})\b|"
                        r"\b(?:expression|levels?|amounts?|numbers?|of|the)\b)*", re.I)


def _cells_showing(cells: EntityMention, reading: Reading, mentions: Sequence[EntityMention], text: str) -> bool:
    """ "Macrophages cultured with exosomes displayed higher expression of CD206, Arg-1 and IL-10": the change was
    seen in the cells named before the showing verb, for each member of its object list."""
    obj = reading.object
    shown = _CELLS_SHOWING.match(text, cells.end, obj.start)
    if shown is None or shown.end() <= reading.subject.start < obj.start:
        return False  # "neurons showed reduced apoptosis, and exosomes increased IL-10": another clause's claim
    at = shown.end()
    for m in mentions:
        if at <= m.start < obj.start:
            if not _LIST_GLUE.fullmatch(text, at, m.start):
                return False
            at = max(at, m.end)
    return bool(_LIST_GLUE.fullmatch(text, at, obj.start))


# "neurons | were (significantly) protected from": the same in the passive
_SHIELDED_CELLS_PASSIVE = re.compile(
    rf"(?:\s+cells?)?\s+(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?"
    rf"(?:{alternation(frozenset(w for w in V.SHIELDING_VERBS if w.endswith('ed')))})\s+(?:from|against)\b", re.I)


# "in neurons", "in the cultured microglia", "in H2O2-treated neurons", "in PTEN-overexpressing neurons", "delivered
# to astrocytes", "co-cultured with neurons", "LDH release from neurons" (what cells let out is theirs): the words
# before a cell named as a setting
_IN_CELLS = re.compile(rf"\b(?:in|(?:{alternation(V.BROUGHT_TO)})(?: \w+ly)? (?:to|into|with)|"
                       rf"(?:release|released|secretion|secreted|leakage|efflux) from) (?:the )?"
                       rf"(?:(?:{alternation(CELL_STATE_WORDS)}) |"
                       rf"[\w/-]+[-‐](?:{alternation(TREATMENT_PARTICIPLES | MANIPULATED_CELL_WORDS)}) )?$")


# "knockdown of miR-21 in | BMSCs", "overexpression of PTEN in the | MSCs": cells a molecule was made to change in
# (not "inhibition of NF-κB signaling in macrophages", a change the claim names)
_MADE_IN_PRODUCER_CELLS = re.compile(
    r"\b(?:(?:knock-?down|knock-?out|overexpression|over-expression|silencing|depletion|deletion) of|knocking "
    r"(?:down|out)|silencing|overexpressing|over-expressing|depleting|deleting) [^,;.()]{1,40} in (?:the )?\Z"
    # "when HIF-1α was silenced in | ADSCs"
    r"|\b(?:was|were) (?:\w+ly )?(?:silenced|knocked (?:down|out)|overexpressed|over-expressed|depleted|deleted) "
    r"in (?:the )?\Z", re.I)
# the same with words that may also name a change the claim is about: only in cells vesicles are made of
# ("Inhibition of miR-223-3p in DPSCs weakened the anti-pyroptotic effect of the EVs")
_MADE_IN_KNOWN_PRODUCERS = re.compile(
    r"\b(?:(?:inhibition|down-?regulation|suppression|up-?regulation) of|inhibiting|suppressing) [^,;.()]{1,40} "
    r"in (?:the )?\Z"
    r"|\b(?:was|were) (?:\w+ly )?(?:inhibited|down-?regulated|suppressed|up-?regulated) in (?:the )?\Z"
    # "abolished by ANGPTL3 knockdown in | USCs" ("TLR4 overexpression in microglia" stays the microglia's)
    r"|[-‐ ](?:knock-?down|knock-?out|silencing|overexpression|over-expression|depletion|deletion) in (?:the )?\Z",
    re.I)


def _made_in_producers(cells: EntityMention, text: str, producer_cells: Container[str]) -> bool:
    """Do the words before ``cells`` say a molecule was changed in them to make vesicles of them?"""
    if _MADE_IN_PRODUCER_CELLS.search(text, max(0, cells.start - 80), cells.start):
        return True
    return cells.ref.curie in producer_cells and bool(
        _MADE_IN_KNOWN_PRODUCERS.search(text, max(0, cells.start - 80), cells.start))


# "In LPS-treated microglia, ...", "Moreover, in primary cortical neurons exposed to OGD, ...": the cells a sentence
# opens with (the words before the cells)
_OPENING_IN = re.compile(rf"\s*(?:(?:{'|'.join(V.OPENING_ADVERBS)}),?\s+)?in\s+(?:[^,;:.()]{{0,40}}\s)?", re.I)
# words of a phrase that made the cells producers of vesicles ("In BMSCs transfected with miR-21 mimic, ...")
_PRODUCER_MADE = re.compile(r"transfect|transduc|infect|overexpress|over-express|knock|silenc|modif|engineer", re.I)


# between a marker and the cells it labels: "caspase-1-positive | neurons", "GSDMD+ | microglia"
_MARKED_CELLS_GAP = re.compile(r"\s*[-‐]?\s*(?:positive|\+|immunoreactive|immunopositive)\s+(?:[a-z]+\s+)?", re.I)


def _cells_own_process(reading: Reading, mentions: Sequence[EntityMention], text: str) -> str | None:
    """ "Exosomal GAS5 was taken up by neurons and reduced their apoptosis": the cells "their" points back to,
    the participant named last before it, are where the process happens."""
    obj = reading.object
    if obj.ref.category not in V.PROCESS or not _THEIR_BEFORE.search(text, max(0, obj.start - 7), obj.start):
        return None
    before = [m for m in mentions if m.end <= obj.start and obj.start - m.end <= 80]
    last = max(before, key=lambda m: m.end, default=None)
    if last is None or last.ref.category not in V.CELL or last.ref == reading.subject.ref:
        return None
    return last.ref.label or last.ref.curie


_THEIR_BEFORE = re.compile(r"\btheir\s+\Z", re.I)


def _cell_context(reading: Reading, mentions: Sequence[EntityMention], text: str,
                  sentence: tuple[int, int] | None = None, vesicle_claims: bool = False,
                  producer_cells: Container[str] = ()) -> str | None:
    """A cell type named as the setting of the claim ("... in neurons", "in macrophages/microglia", "In LPS-treated
    microglia, exosomes reduced TNF-α") or as the one its process object happens in ("pericyte pyroptosis")."""
    named = _cell_of_process(reading, mentions, text) or _cells_own_process(reading, mentions, text)
    if named:
        return named
    lo = min(reading.subject.start, reading.object.start)
    hi = max(reading.subject.end, reading.object.end)
    for m in mentions:
        if m.ref.category not in V.CELL or m.ref in (reading.subject.ref, reading.object.ref):
            continue
        if m.start < hi - 200 or m.start > hi + 80:
            continue
        if m.start >= reading.object.end and (_MARKED_CELLS_GAP.fullmatch(text, reading.object.end, m.start) or (
                MARK_AT_END.search(text, reading.object.start, reading.object.end)
                and text[reading.object.end:m.start].isspace())):
            # "fewer caspase-1-positive neurons": caspase-1, in neurons; "fewer TUNEL+ OPCs": their apoptosis
            return m.ref.label or m.ref.curie
        if m.end <= reading.object.start and (_SHIELDED_CELLS_PASSIVE.match(text, m.end) or (
                _cells_showing(m, reading, mentions, text))):
            # "neurons were protected from apoptosis by X", "neurons showed reduced apoptosis after X": before X
            return m.ref.label or m.ref.curie
        if m.start < lo:
            # the opening phrase may hold the claim's agent too ("In neurons treated with exosomes, apoptosis ...")
            later = max(reading.subject.start, reading.object.start)
            if sentence is not None and _opening_cells(m, text, sentence, later):
                return m.ref.label or m.ref.curie
            continue
        in_cells = _IN_CELLS.search(text[max(0, m.start - 40):m.start].lower())
        if in_cells and _made_in_producers(m, text, producer_cells) and (any(
                x.ref.category == V.VESICLE_CATEGORY and x.ref.curie not in V.VESICLE_RELEASE for x in mentions)
                or vesicle_claims):
            # "knockdown of miR-21 in BMSCs abolished the effect of exosomes", "Knockdown of HIF-1α in ADSCs attenuated
            # these effects" (of the vesicles named before): where the vesicles were made
            continue
        if in_cells or (
                m.end <= reading.object.start and _SHIELDED_CELLS.match(text, m.end)
                and _SHIELDING_BEFORE.search(text, max(0, m.start - 40), m.start)):
            return m.ref.label or m.ref.curie  # "in neurons"; "protected neurons from apoptosis"
    return None
