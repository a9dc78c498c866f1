"""Publication-bias checks a meta-analysis reports, read so they can sit on its pooled effects.

A pooled effect from a lopsided funnel may overstate the benefit, so a reviewer asks of every
pooled effect whether the paper checked for small-study effects and what it found. Papers say it
in forms like these::

    The results indicated that the funnel plot was asymmetric, suggesting the potential presence
    of publication bias.                         (outcome named in the sentence before)
    Begg's test (p = 0.36) and Egger's test (p = 0.12) did not suggest publication bias.
    Egger's test indicated significant publication bias for BBB score (t = 3.02, p = 0.006).
    After trim-and-fill, five studies were imputed and the adjusted SMD was 1.62 (95% CI 0.95 to 2.29).

Each finding becomes a :class:`~kg.model.BiasAssessment` (method, asymmetry found or not, p-value,
statistic, studies filled, adjusted estimate) bound to the outcomes it speaks of: those named in
its clause or sentence, else in the nearest sentence before it in the same paragraph that speaks
of publication bias and names one. What a methods section says it *will* do ("Publication bias was assessed with Egger's
test; P < 0.05 was considered significant") is no finding and is not read.

The module sees only text offsets and outcome CURIEs; :mod:`extractors.reported_effects` finds
the outcomes and printed effects and attaches the readings to its pooled effects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extractors.numbers import COUNT, INTERVAL_SEP, NUMBER, printed_count, printed_number
from kg.model import ASYMMETRY_ALPHA, BiasAssessment, Document, Evidence

_FAIL_SAFE_NAME = r"(?:\bfail[- ]?safe\s+(?:N|numbers?)|\bN\s?fs|\bfile[- ]drawer\s+(?:number|N))\b"
METHOD_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("egger", re.compile(r"\bEgger(?:['’]s)?\b", re.I)),
    ("begg", re.compile(r"\bBegg(?:['’]s)?\b", re.I)),
    ("trim_and_fill", re.compile(r"\btrim(?:-| |med )?(?:and|&)(?:-| )?fill(?:ed)?\b", re.I)),
    ("funnel_plot", re.compile(r"\bfunnel[- ]plots?\b", re.I)),
    ("fail_safe_n", re.compile(rf"{_FAIL_SAFE_NAME}|\bfile[- ]drawer\s+analysis\b", re.I)),
)
GENERAL_CUE = re.compile(r"\bpublication bias\b|\bsmall[- ]stud(?:y|ies)[- ]effects?\b|\breporting bias\b", re.I)
_ANY_CUE = re.compile("|".join(rx.pattern for _, rx in METHOD_CUES) + "|" + GENERAL_CUE.pattern, re.I)

_WORDS = r"(?:[\w'’-]+\s+){0,4}"
_BIAS = r"(?:(?:publication|reporting)\s+)?bias|small[- ]stud(?:y|ies)[- ]effects?|asymmetr\w*"
NO_ASYMMETRY = re.compile(
    rf"\bno\s+{_WORDS}(?:{_BIAS})"  # "no significant publication bias", "no evidence of asymmetry"
    rf"|\b(?:not|n[o']t|neither|nor|without)\s+{_WORDS}(?:{_BIAS}|significant|detected|found|observed|evident)"
    r"|\b(?<![-a])symmetric(?:al)?(?:ly)?\b"  # "the funnel plot was symmetrical" (not "asymmetric")
    rf"|\babsence\s+of\s+{_WORDS}(?:{_BIAS})"
    r"|\b(?:unlikely|negligible|insignificant|non-?significant)\b",
    re.I,
)
ASYMMETRY = re.compile(
    r"\basymmetr\w*"
    rf"|\b(?:significant|substantial|potential|possible|evidence\s+of|presence\s+of|existence\s+of|indicat\w*|"
    rf"suggest\w*|reveal\w*|detect\w*|show\w*|found|observed)\s+{_WORDS}(?:publication|reporting|small[- ]stud\w*)"
    r"\s*(?:bias|effects?)"
    r"|\b(?:publication|reporting)\s+bias\s+(?:was|were|is|may|might|could|existed|exists?)\s+"
    r"(?:\w+\s+){0,2}(?:detected|found|observed|present|exist\w*|likely|possible|be)\b",
    re.I,
)
# What a method says it will do, or the threshold it will use: no finding.
_INTENT = re.compile(
    r"\b(?:to|would|will)\s+(?:be\s+)?(?:assess|evaluat|detect|examin|test|explor|investigat|estimat|check|identify)\w*"
    r"|\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:considered|defined|regarded|taken)\b"
    r"|\b(?:was|were|is|are)\s+(?:used|applied|employed|adopted|conducted|performed|planned)\b(?!\s+(?:on|for)\b)"
    r"|\bif\b|\bwhen(?:ever)?\b|\bin\s+case\b",
    re.I,
)
_METHODS_SECTION = re.compile(r"\bmethods?\b|\bstatistic|\bdata\s+(?:analysis|synthesis|extraction)|\bsearch\b|"
                              r"\bprotocol\b|\bmaterials?\b", re.I)
_INLINE_LABEL = re.compile(r"(?:^|\n|\.\s)\s*(?P<label>Background|Objectives?|Methods?|Results?|Conclusions?|"
                           r"Purpose|Aims?|Findings|Interpretation)\s*:", re.I)
_P_VALUE = re.compile(r"\b[Pp](?:[- ]?values?)?\s*(?P<op>[=<>≤≥]|&lt;|&gt;)\s*(?P<v>\d*[.·]\d+|\d+(?=\s*[),;.\s]))")
_STATISTIC = re.compile(r"\b(?P<name>[tzZ])\s*(?:\(\s*\d+\s*\))?\s*=\s*(?P<v>[-−]?\s?\d+(?:[.·]\d+)?)")
_COUNT = rf"(?P<n>none|no|{COUNT})"
_STUDY_WORDS = r"(?:\w+\s+){0,2}(?:studies|study|trials?|data\s+points|comparisons|experiments)"
_FILLED = (
    re.compile(rf"\b{_COUNT}\s+{_STUDY_WORDS}\s+(?:(?:\w+\s+){{0,2}}(?:was|were|had\s+to\s+be|needed\s+to\s+be|"
               r"would\s+be|being)\s+(?:\w+\s+)?)?(?:imputed|filled|added|trimmed|missing|required|needed)\b", re.I),
    re.compile(rf"\b(?:imput\w*|fill\w*|add\w*)\s+(?:in\s+)?{_COUNT}\s+{_STUDY_WORDS}", re.I),
    re.compile(rf"\b(?:number|estimate)\s+of\s+(?:\w+\s+){{0,2}}(?:studies|trials)\s+(?:\w+\s+){{0,2}}"
               rf"(?:was|were|of|=|:)\s*{_COUNT}\b", re.I),
)
_ADJUSTED = re.compile(
    r"\b(?:adjusted|corrected|imputed|filled)\s+(?:\w+\s+){0,3}?(?:\(?(?:SMD|WMD|MD|OR|RR|HR|effect(?:\s+size)?|"
    rf"estimate|value)\)?\s+)?(?:was|of|=|:|remained|became|changed\s+to)?\s*(?P<est>{NUMBER})\s*"
    rf"[(\[]\s*(?:95\s?%\s*(?:CI|confidence\s+interval)[:,]?\s*)?(?P<lo>{NUMBER})\s*{INTERVAL_SEP}\s*"
    rf"(?P<hi>{NUMBER})\s*[)\]]",
    re.I,
)
# "trim-and-fill ... reduced the pooled SMD to 1.82 (95% CI 1.43-2.21)": the estimate the filled studies moved it to
# (also naming the outcome: "attenuated the TNF-α estimate to −1.97 (95% CI −2.71 to −1.23)")
_MOVED_TO = re.compile(
    r"\b(?:reduc\w+|lower\w*|decreas\w+|attenuat\w+|chang\w+|shift\w+|mov\w+|adjust\w+|increas\w+)\s+(?:the\s+)?"
    r"(?:[^\s(),;]{1,25}\s+)?(?:(?:pooled|overall|summary|combined)\s+)?(?:SMD|WMD|MD|OR|RR|HR|effect(?:\s+size)?|estimate)\s+"
    rf"(?:from\s+{NUMBER}\s+)?to\s*(?P<est>{NUMBER})\s*"
    rf"[(\[]\s*(?:95\s?%\s*(?:CI|confidence\s+interval)[:,]?\s*)?(?P<lo>{NUMBER})\s*{INTERVAL_SEP}\s*"
    rf"(?P<hi>{NUMBER})\s*[)\]]",
    re.I,
)
# words that compare a fail-safe N with Rosenthal's tolerance ("exceeding 5k + 10 (85)"): no count follows them
_TOLERANCE_WORDS = (r"\b(?:exceed\w*|greater|larger|more|higher|above|beyond|than|threshold|tolerance|criterion|"
                    r"cut-?off|5\s?k)\b")
_LARGE_COUNT = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d|\w)"  # "1,245": fail-safe numbers run to thousands
_FAIL_SAFE_COUNT = (
    # "the fail-safe N was 245", "a fail-safe number of 1,024", "Nfs = 87", "fail-safe N for BBB score was 312"
    re.compile(rf"{_FAIL_SAFE_NAME}(?:\s*\([^()]{{0,20}}\))?\s*(?:(?!{_TOLERANCE_WORDS})[\w'’-]+\s+){{0,6}}?"
               rf"(?:was|were|is|of|=|:|reached|amounted\s+to|equal(?:led|s)?(?:\s+to)?)\s*{_LARGE_COUNT}", re.I),
    # "... showed that 245 unpublished null studies would be needed"
    re.compile(rf"\b{_LARGE_COUNT}\s+(?:(?:additional|unpublished|missing|null|negative|non-?significant)\s+)*"
               r"(?:studies|trials)\s+(?:\w+\s+){0,3}?(?:needed|required|necessary)\b", re.I),
)
_CLAUSE_BREAK = re.compile(r";|,?\s+\b(?:but|whereas|while|although|however)\b,?", re.I)


@dataclass(frozen=True, slots=True)
class PrintedEffect:
    """A printed estimate with its interval (found by the effect reader): the trim-and-fill adjusted
    result, when it stands in a trim-and-fill sentence."""

    start: int
    end: int
    estimate: float
    low: float
    high: float
    measure: str | None = None


@dataclass(frozen=True, slots=True)
class OutcomeSpan:
    start: int
    end: int
    curie: str


@dataclass(frozen=True, slots=True)
class BiasReading:
    """A bias assessment and the outcomes (CURIEs) it speaks of; ``claimed`` are the printed effects
    it took as adjusted estimates, which are therefore no pooled effects of their own."""

    outcomes: tuple[str, ...]
    assessment: BiasAssessment
    claimed: tuple[int, ...] = ()  # start offsets of PrintedEffect
    # the measure and estimate of a trim-and-fill result printed in the same sentence: with no outcome named,
    # they tell which pooled effect the sentence's checks speak of ("attenuated the pooled estimate to SMD 1.19")
    adjusted: tuple[str | None, float] | None = None


def _count(text: str) -> int | None:
    return 0 if text.lower() in {"no", "none"} else printed_count(text)


def verdict(clause: str) -> bool | None:
    """True for asymmetry or publication bias found, False for none found, None when not said."""
    if NO_ASYMMETRY.search(clause):
        return False
    if ASYMMETRY.search(clause):
        return True
    return None


def _in_methods(document: Document, text: str, start: int, end: int) -> bool:
    """Whether the sentence [start, end) is in a methods section, or under an inline "Methods:" label of
    an abstract (the label may open the sentence itself)."""
    section = document.section_at(start)
    if _METHODS_SECTION.search(section) and not re.search(r"\bresults?\b", section, re.I):
        return True
    line_break = text.rfind("\n", 0, start)  # searched from the break itself: a label may open the paragraph
    labels = [m for m in _INLINE_LABEL.finditer(text, max(line_break, 0), end) if m.start("label") <= start]
    return bool(labels) and labels[-1].group("label").lower().startswith("method")


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    at = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if _open_brackets(text, at, m.start()) == 0:
            out.append((at, m.start()))
            at = m.end()
    out.append((at, end))
    return out


def _open_brackets(text: str, start: int, end: int) -> int:
    """Open brackets left in text[start:end] (a break inside "(p = 0.3; t = 1.1)" splits nothing)."""
    level = 0
    for ch in text[start:end]:
        if ch in "([":
            level += 1
        elif ch in ")]" and level:
            level -= 1
    return level


def _methods_named(text: str, start: int, end: int) -> list[tuple[int, str]]:
    found = [(m.start(), name) for name, rx in METHOD_CUES for m in rx.finditer(text, start, end)]
    return sorted(found)


def _p_values(text: str, start: int, end: int) -> list[tuple[int, str, float]]:
    out = []
    for m in _P_VALUE.finditer(text, start, end):
        op = {"&lt;": "<", "&gt;": ">", "≤": "<", "≥": ">"}.get(m.group("op"), m.group("op"))
        out.append((m.start(), op, printed_number(m.group("v"))))
    return out


def _filled(text: str, start: int, end: int) -> int | None:
    for rx in _FILLED:
        m = rx.search(text, start, end)
        if m:
            return _count(m.group("n"))
    if re.search(r"\bno\s+(?:\w+\s+){0,2}(?:studies|trials)\s+(?:\w+\s+){0,2}(?:imputed|filled|added|needed|trimmed|"
                 r"missing)|\b(?:did\s+not|didn't)\s+(?:impute|fill|add)\b|\bno\s+(?:imputation|filling)\b",
                 text[start:end], re.I):
        return 0
    return None


def _outcomes_between(outcomes: Sequence[OutcomeSpan], start: int, end: int) -> list[OutcomeSpan]:
    return [o for o in outcomes if start <= o.start and o.end <= end]


def _context_outcomes(text: str, spans: Sequence[tuple[int, int]], index: int, outcomes: Sequence[OutcomeSpan],
                      document: Document) -> list[OutcomeSpan]:
    """Outcomes of the nearest sentence before sentence ``index`` in its paragraph that speaks of
    publication bias and names any ("we tested BBB score for publication bias. The funnel plot was
    asymmetric"); a results sentence before a bare check does not say which outcome was checked."""
    sent_start = spans[index][0]
    floor = document.paragraph_start(sent_start)
    for j in range(index - 1, max(-1, index - 4), -1):
        s, e = spans[j]
        if s < floor:
            break
        named = _outcomes_between(outcomes, s, e)
        if named and _ANY_CUE.search(text, s, e):
            return named
    return []


def mentions_bias(text: str) -> bool:
    """Whether the text names a bias check at all (most papers do not: nothing else need be prepared)."""
    return _ANY_CUE.search(text) is not None


def read_bias(document: Document, spans: Sequence[tuple[int, int]], outcomes: Sequence[OutcomeSpan],
              printed: Sequence[PrintedEffect], extractor: str, extractor_version: str) -> list[BiasReading]:
    """Every publication-bias finding in ``document``, with the outcomes it speaks of."""
    text = document.text
    if not mentions_bias(text):
        return []
    readings: list[BiasReading] = []
    for index, (s, e) in enumerate(spans):
        if _ANY_CUE.search(text, s, e) is not None and not _in_methods(document, text, s, e):
            readings += _read_sentence(document, spans, index, outcomes, printed, extractor, extractor_version)
    return readings


def _read_sentence(document: Document, spans: Sequence[tuple[int, int]], index: int,
                   outcomes: Sequence[OutcomeSpan], printed: Sequence[PrintedEffect], extractor: str,
                   extractor_version: str) -> list[BiasReading]:
    text = document.text
    s, e = spans[index]
    sentence_outcomes = _outcomes_between(outcomes, s, e)
    readings: list[BiasReading] = []
    said: set[int] = set()  # readings whose finding the words gave (a later clause's words do not override it)
    for cs, ce in _clauses(text, s, e):
        clause = text[cs:ce]
        named = _methods_named(text, cs, ce)
        if not named and GENERAL_CUE.search(clause) is None:
            if readings and cs > s and _outcomes_between(outcomes, cs, ce):
                # "... for BBB score (p = 0.01) but not for TNF-α (p = 0.45)": the same tests, another outcome
                readings += _elliptic(text, cs, ce, readings, _outcomes_between(outcomes, cs, ce))
            continue
        if _INTENT.search(clause) and not _P_VALUE.search(clause):
            continue
        found = verdict(clause)
        if not named:
            if found is None:
                continue
            if readings:  # "Egger's test (p = 0.02), suggesting publication bias": the finding of the test before
                for i, r in enumerate(readings):
                    if i not in said:
                        readings[i] = replace(r, assessment=replace(r.assessment, asymmetry=found))
                        said.add(i)
                continue
            named = [(cs, _method_before(text, spans, index, document))]
        outcome_spans = _outcomes_between(outcomes, cs, ce) or sentence_outcomes or \
            _context_outcomes(text, spans, index, outcomes, document)
        evidence = Evidence(
            document_id=document.id, sentence=text[s:e], start=s, end=e, section=document.section_at(s),
            object_span=(outcome_spans[0].start, outcome_spans[0].end)
            if outcome_spans and s <= outcome_spans[0].start < e else None,
            citations=document.citations_in(s, e), extractor=extractor, extractor_version=extractor_version,
            rule="reported-bias-check",
        )
        curies = tuple(dict.fromkeys(o.curie for o in outcome_spans))
        p_values = _p_values(text, cs, ce)
        statistics = list(_STATISTIC.finditer(text, cs, ce))
        for i, (at, method) in enumerate(named):
            if any(m == method for _, m in named[:i]):
                continue  # "Egger's test ... Egger's regression": one test
            until = next((a for a, m in named[i + 1:] if m != method), ce)
            own_p = [p for p in p_values if at <= p[0] < until] or (p_values if len(named) == 1 else [])
            own_stat = [st for st in statistics if at <= st.start() < until] or (statistics if len(named) == 1 else [])
            claimed: tuple[int, ...] = ()
            # one reading per outcome where a clause pairs outcomes with as many counts or p-values ("... were 245
            # and 312 for BBB score and TNF-α, respectively", "(Egger's P = 0.002 and 0.011, respectively)")
            each = None if method == "trim_and_fill" else \
                _fail_safe_each(found, text, at, until, outcome_spans, evidence) if method == "fail_safe_n" else \
                _test_each(method, found, text, at, until, outcome_spans, evidence)
            if each is not None:
                for curie, assessment in each:
                    if found is not None:
                        said.add(len(readings))
                    readings.append(BiasReading((curie,), assessment))
                continue
            if method == "trim_and_fill":  # its numbers may follow in the sentence's later clauses
                adjusted = _adjusted(text, at, e, printed)
                claimed = (adjusted.start,) if adjusted is not None else ()
                bias_words = found if (GENERAL_CUE.search(clause) or "symmetr" in clause.lower()) else None
                assessment = _trim_and_fill(bias_words, _filled(text, at, e), adjusted, evidence)
                words = bias_words is not None
            elif method == "fail_safe_n":
                assessment = _fail_safe(found, text, at, until, evidence)
                words = found is not None
            else:
                assessment = _test(method, found, own_p, own_stat, evidence)
                words = found is not None
            if assessment is not None:
                if words:
                    said.add(len(readings))
                readings.append(BiasReading(curies, assessment, claimed))
    printed_adjusted = [p for r in readings for p in printed if p.start in r.claimed]
    if printed_adjusted and not any(r.outcomes for r in readings):
        hint = (printed_adjusted[0].measure, printed_adjusted[0].estimate)
        readings = [replace(r, adjusted=hint) for r in readings]
    return readings


def _elliptic(text: str, start: int, end: int, readings: Sequence[BiasReading],
              outcome_spans: Sequence[OutcomeSpan]) -> list[BiasReading]:
    """The tests of the clause before, said again of other outcomes in a clause naming no test."""
    clause = text[start:end]
    found = verdict(clause)
    if found is None and re.match(r"\W*(?:not|no)\b", clause, re.I):
        found = False
    p_values = _p_values(text, start, end)
    out: list[BiasReading] = []
    tests = (r.assessment.method for r in readings if r.assessment.method not in {"trim_and_fill", "fail_safe_n"})
    for method in dict.fromkeys(tests):
        evidence = next(r for r in readings if r.assessment.method == method).assessment.evidence
        assert evidence is not None  # every reading of a paper carries its sentence
        evidence = replace(evidence, object_span=(outcome_spans[0].start, outcome_spans[0].end))
        assessment = _test(method, found, p_values, list(_STATISTIC.finditer(text, start, end)), evidence)
        if assessment is not None:
            out.append(BiasReading(tuple(dict.fromkeys(o.curie for o in outcome_spans)), assessment))
    return out


def _method_before(text: str, spans: Sequence[tuple[int, int]], index: int, document: Document) -> str:
    """The method named last in the sentence's paragraph before it, or "unspecified"."""
    sent_start = spans[index][0]
    floor = document.paragraph_start(sent_start)
    named = _methods_named(text, max(floor, spans[max(0, index - 3)][0]), sent_start)
    return named[-1][1] if named else "unspecified"


def _adjusted(text: str, start: int, end: int, printed: Sequence[PrintedEffect]) -> PrintedEffect | None:
    inside = [p for p in printed if start <= p.start < end]
    if inside:
        return inside[-1]
    m = _ADJUSTED.search(text, start, end) or _MOVED_TO.search(text, start, end)
    if m is None:
        return None
    return PrintedEffect(m.start(), m.end(), printed_number(m.group("est")), printed_number(m.group("lo")), printed_number(m.group("hi")))


def _test(method: str, found: bool | None, p_values: Sequence[tuple[int, str, float]],
          statistics: Sequence[re.Match[str]], evidence: Evidence) -> BiasAssessment | None:
    p = next((value for _, op, value in p_values if op == "=" and value > 0), None)  # "P = 0.000" is below 0.001
    # "P < 0.001": a bound, not the value
    below = None if p is not None else next((value for _, op, value in p_values if op == "<" and value > 0), None)
    if found is None and p_values:  # no verdict in words: the p-value decides where it can
        _, op, value = p_values[0]
        if op == "=":
            found = value < ASYMMETRY_ALPHA
        elif op == "<":
            found = True if value <= ASYMMETRY_ALPHA else None
        else:
            found = False if value >= ASYMMETRY_ALPHA else None
    statistic = printed_number(statistics[0].group("v")) if statistics else None
    if found is None and p is None and below is None and statistic is None:
        return None
    return BiasAssessment(method=method, asymmetry=found, statistic=statistic, p_value=p, p_value_below=below,
                          source="reported", evidence=evidence)


def _first_of_each(outcome_spans: Sequence[OutcomeSpan]) -> dict[str, OutcomeSpan]:
    """Each outcome a clause names, by its first span, in the order named."""
    first: dict[str, OutcomeSpan] = {}
    for o in outcome_spans:
        first.setdefault(o.curie, o)
    return first


# "P = 0.002 and 0.011", "P = 0.03, 0.21 and 0.002": one test's p-values, one per outcome named before
_P_LIST = re.compile(r"\b[Pp](?:[- ]?values?)?\s*=\s*(?P<first>\d*[.·]\d+)"
                     r"(?P<rest>(?:\s*(?:,\s*and|,|and)\s*\d*[.·]\d+(?![\d%]))+)")
_P_NUMBER = re.compile(r"\d*[.·]\d+")


def _test_each(method: str, found: bool | None, text: str, start: int, end: int,
               outcome_spans: Sequence[OutcomeSpan], evidence: Evidence) -> list[tuple[str, BiasAssessment]] | None:
    """One test's p-values paired in order with the outcomes its clause names ("Funnel plots were asymmetric for
    TNF-α and TUNEL (Egger's P = 0.002 and 0.011, respectively)"); None unless a list of as many p-values as
    outcomes (two or more) follows the test's name."""
    first = _first_of_each(outcome_spans)
    listed = _P_LIST.search(text, start, end)
    if len(first) < 2 or listed is None:
        return None
    values = [printed_number(listed.group("first"))] + [printed_number(v) for v in
                                                        _P_NUMBER.findall(listed.group("rest"))]
    if len(values) != len(first):
        return None
    return [(curie, BiasAssessment(method=method, asymmetry=found if found is not None else p < ASYMMETRY_ALPHA,
                                   p_value=p, source="reported", evidence=replace(evidence, object_span=(o.start, o.end))))
            for p, (curie, o) in zip(values, first.items(), strict=True)]


def _fail_safe(found: bool | None, text: str, start: int, end: int, evidence: Evidence) -> BiasAssessment | None:
    """A reported fail-safe N: the count printed after its name, and a finding only where words give one
    (a large N says the result is robust, not that the funnel is symmetric)."""
    m = next((m for m in (rx.search(text, start, end) for rx in _FAIL_SAFE_COUNT) if m), None)
    count = int(m.group("n").replace(",", "")) if m else None
    if found is None and count is None:
        return None
    return BiasAssessment(method="fail_safe_n", asymmetry=found, fail_safe_n=count, source="reported",
                          evidence=evidence)


def _fail_safe_each(found: bool | None, text: str, start: int, end: int, outcome_spans: Sequence[OutcomeSpan],
                    evidence: Evidence) -> list[tuple[str, BiasAssessment]] | None:
    """One fail-safe N per outcome where a clause gives several outcomes and several counts: as many
    counts as outcomes pair up in order (with or without "respectively"); any other number of counts
    pairs nothing, and the outcomes keep only the finding the words give. None where the clause names
    fewer than two outcomes or prints fewer than two counts (one count is said of all it names)."""
    first = _first_of_each(outcome_spans)
    counts = _printed_counts(text, start, end, outcome_spans)
    if len(first) < 2 or len(counts) < 2:
        return None
    paired = len(counts) == len(first)
    if not paired and found is None:
        return []
    return [(curie, BiasAssessment(method="fail_safe_n", asymmetry=found, fail_safe_n=counts[i] if paired else None,
                                   source="reported", evidence=replace(evidence, object_span=(o.start, o.end))))
            for i, (curie, o) in enumerate(first.items())]


_BARE_COUNT = re.compile(r"(?<![\w.,+/-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\w%-]|[.,]\d|\s*%)")
_NOT_A_COUNT_BEFORE = re.compile(r"(?:\b[kKnNpP]|\+|\[|\[[^\]]*,)\s*[=:<>≤≥]?\s*$")
_COUNTS_END = re.compile(r"\brespectively\b")
_TOLERANCE = re.compile(_TOLERANCE_WORDS, re.I)


def _printed_counts(text: str, start: int, end: int, outcome_spans: Sequence[OutcomeSpan]) -> list[int]:
    """The whole numbers printed in text[start:end] up to "respectively" or a comparison with Rosenthal's
    tolerance ("exceeding 5k + 10 (85)"), outside outcome names ("IL-6"), citations, p-values and study
    counts ("k = 12")."""
    stop = _COUNTS_END.search(text, start, end)
    end = stop.end() if stop else end
    tolerance = _TOLERANCE.search(text, start, end)
    end = tolerance.start() if tolerance else end
    out = []
    for m in _BARE_COUNT.finditer(text, start, end):
        if any(o.start <= m.start() < o.end for o in outcome_spans):
            continue
        if _NOT_A_COUNT_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue
        out.append(int(m.group("n").replace(",", "")))
    return out


def _trim_and_fill(found: bool | None, filled: int | None, adjusted: PrintedEffect | None,
                   evidence: Evidence) -> BiasAssessment | None:
    if found is None and filled is not None:
        found = filled > 0
    if found is None and filled is None and adjusted is None:
        return None
    return BiasAssessment(
        method="trim_and_fill", asymmetry=found, filled=filled,
        adjusted_estimate=adjusted.estimate if adjusted else None,
        adjusted_ci_low=min(adjusted.low, adjusted.high) if adjusted else None,
        adjusted_ci_high=max(adjusted.low, adjusted.high) if adjusted else None,
        source="reported", evidence=evidence,
    )


__all__ = ["BiasReading", "OutcomeSpan", "PrintedEffect", "mentions_bias", "read_bias", "verdict"]
