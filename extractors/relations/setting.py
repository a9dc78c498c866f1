"""The setting a primary study states once holds for the in vivo claims it makes about its vesicles.

A study says how it gave its vesicles and to which animals in one methods sentence ("BMSC-Exos were
injected into rats via the tail vein") and then reports what they did ("BMSC-Exos decreased Evans blue
leakage"). A reviewer who filters the claims by route or species must find those results too, so a
vesicle claim that names no route (species) takes the one route (species) the study names. Only where it
is safe:

- the document is a primary study (no review, systematic review or meta-analysis: there each route is one
  cited study's), and neither the stating sentence nor the claim's cites another paper;
- the study names exactly one route (species) for its vesicles: "intravenous" and "tail vein" are one
  route; "via the tail vein or intrathecally" are two, and nothing is inferred;
- the claim is in vivo: a sentence naming a culture, a cell line or an in vitro assay is in vitro, and so
  are the sentences after it until one names animals, the injured cord or an in vivo measure; a background
  or discussion section speaks of the field.

Such evidence carries ``;setting=study`` in its rule so the inference stays visible.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

# titles and abstracts of syntheses of other studies
_SYNTHESIS = re.compile(r"\b(?:review(?:s|ed)?|meta-analys[ie]s|meta-regression|systematic(?:ally)?|"
                        r"we summari[sz]e|this article summari[sz]es)\b", re.I)
_SYNTHESIS_WINDOW = 4000  # the title and abstract

# a culture, a cell line, an in vitro insult or assay
_IN_VITRO = re.compile(  # one word boundary before the alternatives: five times faster than one per alternative
    r"\b(?:in vitro\b|cultur|co-?cultur|cell lines?\b|primary (?:[\w-]+ ){0,3}(?:neurons|astrocytes|microglia|cells)\b|"
    r"neurites?\b|(?:cells|neurons|microglia|astrocytes|macrophages|OPCs|pericytes)\s+(?:were\s+)?(?:treated|"
    r"co-treated|pretreated|stimulated|challenged)\b|"
    r"erastin\b|RSL3\b|monolayers?\b|"
    r"(?:PC12|PC-12|BV-?2|SH-SY5Y|HUVECs?|HT22|HAPI|RAW ?264\.7|N2a|VSC4\.1|HMC3|U251|bEnd\.3|HEK-?293T?)\b|"
    r"OGD\b|oxygen[- ]glucose deprivation|H2O2\b|scratch assay|transwell|CCK-8\b|luciferase|"
    r"LPS\b|lipopolysaccharide|exposed to\b|under (?:hypoxic|normoxic|high-glucose) conditions\b|"
    r"bone marrow-derived macrophages\b|BMDMs?\b|incubat)", re.I)
# a result sentence opening with the insulted cells it was seen in ("In erastin-exposed neurons, ..."); in the middle of
# a sentence such cells may stand beside the animals ("... in TGF-β1-stimulated astrocytes and ... in injured rats")
_IN_VITRO_OPENING = re.compile(
    r"\W*(?:In|Among)\s+(?:the\s+)?(?:cultured\s+)?[\w.-]+-(?:exposed|treated|stimulated|challenged|injured|primed)\s")
# animals, the injured cord, an in vivo measure
_IN_VIVO = re.compile(
    r"\b(?:in vivo\b|rats?\b|mice\b|mouse\b|animals?\b|rodents?\b|BBB\b|Basso\b|BMS\b|"
    r"injured (?:spinal )?cord\b|lesion|contusion|hemisection|transection|compression|"
    r"tail vein\b|intrathecal|intravenous|intraperitoneal|post-?injury\b|after (?:SCI|injury)\b|"
    r"spinal cord tissue|locomotor|hindlimb|footprint|Evans blue)", re.I)


# sections that speak of the field or of other studies
_BACKGROUND = re.compile(r"\b(?:introduction|background|discussion|review)\b", re.I)


@dataclass(frozen=True, slots=True)
class StudySetting:
    """What the study states once (``values``: qualifier key to value) and, per sentence, whether a vesicle
    claim there may take it."""

    values: Mapping[str, str]
    in_vivo: tuple[bool, ...]

    def applies(self, index: int) -> bool:
        return bool(self.values) and self.in_vivo[index]


NO_SETTING = StudySetting({}, ())


def is_background(section: str) -> bool:
    """Whether a section of that title speaks of the field or of other studies."""
    return bool(_BACKGROUND.search(section))


def is_synthesis(title: str, text: str) -> bool:
    """A review or meta-analysis: its routes and species are the cited studies'."""
    return bool(_SYNTHESIS.search(title) or _SYNTHESIS.search(text, 0, _SYNTHESIS_WINDOW))


def sentence_states(texts: Sequence[str]) -> tuple[bool, ...]:
    """Per sentence: is it (or the run of sentences it continues) about animals rather than cultures? A
    sentence naming both ("primary neurons from rat embryos") is in vitro; one naming neither continues the
    state before it, which starts as in vivo (the study gave its vesicles to animals)."""
    out: list[bool] = []
    state = True
    for text in texts:
        if _IN_VITRO.search(text) or _IN_VITRO_OPENING.match(text):
            state = False
        elif _IN_VIVO.search(text):
            state = True
        out.append(state)
    return tuple(out)


def _one_route(stated: Sequence[str], families: Mapping[str, str]) -> str | None:
    """The route every statement agrees on, named by all the words used for it ("intravenous injection; tail
    vein injection"); None when the study names two ("tail vein" and "intrathecal"). ``families`` maps a route
    to the route it is a way of (a tail vein injection is an intravenous one)."""
    labels = list(dict.fromkeys(label for value in stated for label in value.split("; ")))
    if len({families.get(label, label) for label in labels}) != 1:
        return None
    return "; ".join(labels)


def study_setting(title: str, text: str, sentences: Sequence[tuple[int, int]],
                  stated: Callable[[int], Mapping[str, str]], cited: Sequence[bool],
                  section_of: Callable[[int], str] = lambda offset: "",
                  route_families: Mapping[str, str] | None = None) -> StudySetting:
    """The route and species a primary study names once for its vesicles. ``stated(i)`` gives the qualifiers
    sentence ``i`` states itself (route from its vesicle names; species, all it names joined by "; ", from its
    setting); ``cited[i]`` whether it cites another paper; ``section_of(offset)`` the title of the section
    there (background and discussion sections speak of the field and of other studies); ``route_families``
    which routes are ways of one route (:class:`extractors.relations.grammar.Knowledge`)."""
    if is_synthesis(title, text):
        return NO_SETTING
    background = [is_background(section_of(start)) for start, _ in sentences]
    in_vivo = tuple(state and not other for state, other in
                    zip(sentence_states([text[s:e] for s, e in sentences]), background, strict=True))
    routes: list[str] = []
    species: set[str] = set()
    for i in range(len(sentences)):
        if cited[i] or background[i]:
            continue
        quals = stated(i)
        if quals.get("route"):
            routes.append(quals["route"])
        if quals.get("species") and in_vivo[i]:
            species.update(quals["species"].split("; "))
    values = {}
    route = _one_route(routes, route_families or {})
    if route is not None:
        values["route"] = route
    if len(species) == 1:  # rats only; "rats and mice" give none
        values["species"] = species.pop()
    if not values:
        return NO_SETTING
    return StudySetting(values, in_vivo)
