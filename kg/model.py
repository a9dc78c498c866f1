"""exokg's typed data model: the one vocabulary every stage speaks.

Flow: Document -> Mention -> Statement (with Evidence) -> assembled graph (+ PooledEffect).
Everything here is immutable and free of I/O so that extraction, assembly and export
stay pure and testable. Identity of a Statement is its *content* (subject, predicate,
object, polarity, qualifiers), never its evidence: the same claim read twice is one
statement with two pieces of evidence (the INDRA Statement/Evidence split).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from typing import Any


class Polarity(str, Enum):  # noqa: UP042 - str(Polarity.X) and f-strings keep their Enum form
    """Direction of an effect: increases (+), decreases (-) or unsigned (0)."""

    POSITIVE = "+"
    NEGATIVE = "-"
    NONE = "0"

    def flipped(self) -> Polarity:
        if self is Polarity.POSITIVE:
            return Polarity.NEGATIVE
        if self is Polarity.NEGATIVE:
            return Polarity.POSITIVE
        return self

    def compose(self, other: Polarity) -> Polarity:
        """Sign of a two-hop path: (+)(-) = (-), (-)(-) = (+); unsigned absorbs."""
        if Polarity.NONE in (self, other):
            return Polarity.NONE
        return Polarity.POSITIVE if self is other else Polarity.NEGATIVE


@dataclass(frozen=True, slots=True)
class Ref:
    """A grounded reference to a thing: ``prefix:identifier`` plus a display label.

    Equality and hashing use only the CURIE: two mentions grounded to the same
    identifier are the same entity whatever their surface label.
    """

    prefix: str
    identifier: str
    label: str = field(default="", compare=False)
    category: str = field(default="biolink:NamedThing", compare=False)

    def __post_init__(self) -> None:
        if not self.prefix or ":" in self.prefix or not self.identifier:
            raise ValueError(f"not a valid grounded reference: {self.prefix!r}:{self.identifier!r}")

    @property
    def curie(self) -> str:
        return f"{self.prefix}:{self.identifier}"

    @classmethod
    def from_curie(cls, curie: str, label: str = "", category: str = "biolink:NamedThing") -> Ref:
        prefix, sep, identifier = curie.partition(":")
        if not sep:
            raise ValueError(f"not a CURIE (expected prefix:identifier): {curie!r}")
        return cls(prefix, identifier, label, category)

    def to_dict(self) -> dict[str, str]:
        return {"curie": self.curie, "label": self.label, "category": self.category}


@dataclass(frozen=True, slots=True)
class Section:
    """A titled stretch of a document; offsets are into ``Document.text``."""

    title: str
    start: int
    end: int
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    section: str = ""


@dataclass(frozen=True, slots=True)
class BibEntry:
    """One entry of a paper's reference list (or an author-year citation key).

    ``key`` is what in-text citations point at: "97" for numbered styles,
    "Huang et al., 2017" for author-year styles.
    """

    key: str
    text: str = ""
    doi: str | None = None
    pmid: str | None = None
    year: int | None = None
    first_author: str | None = None


@dataclass(frozen=True, slots=True)
class CitationMark:
    """An in-text citation: a span of ``Document.text`` (or the point where a marker stood)."""

    start: int
    end: int
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Document:
    """A paper as read: clean text, structure, reference list and bibliographic facts."""

    id: str
    text: str
    title: str = ""
    authors: tuple[str, ...] = ()
    journal: str | None = None
    year: int | None = None
    doi: str | None = None
    pmid: str | None = None
    licence: str | None = None
    source: str | None = None
    species: str | None = None
    keywords: tuple[str, ...] = ()  # subject headings, e.g. MeSH terms of a PubMed record
    sections: tuple[Section, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    bibliography: tuple[BibEntry, ...] = ()
    citations: tuple[CitationMark, ...] = ()

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def section_at(self, offset: int) -> str:
        """Title of the innermost section containing ``offset`` ("" if none)."""
        best = ""
        best_level = -1
        for section in self.sections:
            if section.start <= offset < section.end and section.level >= best_level:
                best, best_level = section.title, section.level
        return best

    def paragraph_start(self, offset: int) -> int:
        """Where the paragraph holding ``offset`` starts: the reader's paragraphs, else the last blank line
        (readers of plain text mark none); what a sentence may take from the sentences before it stops here."""
        paragraph = next((p for p in self.paragraphs if p.start <= offset < p.end), None)
        return paragraph.start if paragraph else self.text.rfind("\n\n", 0, offset) + 1

    def bib_entry(self, key: str) -> BibEntry | None:
        for entry in self.bibliography:
            if entry.key == key:
                return entry
        return None

    def citations_in(self, start: int, end: int) -> tuple[BibEntry, ...]:
        """Reference entries cited inside [start, end); unknown keys become bare entries."""
        found: dict[str, BibEntry] = {}
        for mark in self.citations:
            if start <= mark.start < end or (mark.start == mark.end == end):
                for key in mark.keys:
                    found.setdefault(key, self.bib_entry(key) or BibEntry(key=key))
        return tuple(found.values())

    def metadata(self) -> dict[str, Any]:
        """Bibliographic facts without the text (for graph attributes and summaries)."""
        return {
            "id": self.id,
            "title": self.title,
            "authors": list(self.authors),
            "journal": self.journal,
            "year": self.year,
            "doi": self.doi,
            "pmid": self.pmid,
            "licence": self.licence,
            "source": self.source,
            "sha256": self.content_hash,
            "references": len(self.bibliography),
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """A grounded span of a document's text: ``text == document.text[start:end]``."""

    document_id: str
    start: int
    end: int
    text: str
    ref: Ref
    sentence_start: int | None = None
    attributes: tuple[tuple[str, str], ...] = ()

    @property
    def category(self) -> str:
        return self.ref.category

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "document": self.document_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.ref.category,
            "curie": self.ref.curie,
            "label": self.ref.label,
        }
        if self.attributes:
            out["attributes"] = dict(self.attributes)
        return out


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a statement was read: the sentence, its offsets, and the references it cites.

    ``subject_span`` and ``object_span`` are document offsets inside the sentence: the words naming
    the participant there ("these exosomes" for vesicles an earlier sentence named).

    Which *study* a citation stands for is decided in one place, ``kg.assemble.StudyIndex``,
    because it depends on the whole corpus (author-year keys, numbered keys scoped to a paper).
    """

    document_id: str
    sentence: str
    start: int
    end: int
    section: str = ""
    subject_span: tuple[int, int] | None = None
    object_span: tuple[int, int] | None = None
    citations: tuple[BibEntry, ...] = ()
    extractor: str = "exokg"
    extractor_version: str = ""
    hedged: bool = False
    negated: bool = False
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document_id,
            "section": self.section,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "subject_span": list(self.subject_span) if self.subject_span else None,
            "object_span": list(self.object_span) if self.object_span else None,
            "citations": [_bib_to_dict(c) for c in self.citations],
            "extractor": self.extractor,
            "extractor_version": self.extractor_version,
            "hedged": self.hedged,
            "negated": self.negated,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        return cls(
            document_id=data["document"],
            sentence=data["sentence"],
            start=int(data["start"]),
            end=int(data["end"]),
            section=data.get("section", ""),
            subject_span=tuple(data["subject_span"]) if data.get("subject_span") else None,  # type: ignore[arg-type]
            object_span=tuple(data["object_span"]) if data.get("object_span") else None,  # type: ignore[arg-type]
            citations=tuple(BibEntry(**c) for c in data.get("citations", ())),
            extractor=data.get("extractor", "exokg"),
            extractor_version=data.get("extractor_version", ""),
            hedged=bool(data.get("hedged", False)),
            negated=bool(data.get("negated", False)),
            rule=data.get("rule", ""),
        )


def _bib_to_dict(entry: BibEntry) -> dict[str, Any]:
    return {f.name: getattr(entry, f.name) for f in fields(entry)}


Qualifiers = tuple[tuple[str, str], ...]


def qualifiers(**kwargs: str | None) -> Qualifiers:
    """Normalised qualifier tuple (sorted, empty values dropped) so keys compare equal."""
    return tuple(sorted((k, v) for k, v in kwargs.items() if v))


@dataclass(frozen=True, slots=True)
class Statement:
    """A directed claim ``subject --predicate--> object`` with its evidence.

    ``predicate`` is one of exokg's predicate names (``ontologies/predicates.tsv``
    maps each to Biolink and RO). ``belief`` is filled in by assembly.
    """

    subject: Ref
    predicate: str
    object: Ref
    polarity: Polarity = Polarity.NONE
    qualifiers: Qualifiers = ()
    evidence: tuple[Evidence, ...] = ()
    belief: float | None = None

    @property
    def content_key(self) -> tuple[str, str, str, str, Qualifiers]:
        """What the statement claims, ignoring who said it and where."""
        return (self.subject.curie, self.predicate, self.object.curie, self.polarity.value, self.qualifiers)

    @property
    def key_hash(self) -> str:
        raw = json.dumps(self.content_key, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def with_evidence(self, evidence: Iterable[Evidence]) -> Statement:
        return replace(self, evidence=tuple(evidence))

    def to_dict(self, support: int | None = None) -> dict[str, Any]:
        """JSON form. ``support`` is the number of independent studies, which only assembly can
        count (``kg.assemble.Assembly.support``: it resolves citations across the corpus); without
        it the field is left out rather than guessed from this statement alone."""
        out: dict[str, Any] = {
            "id": self.key_hash,
            "subject": self.subject.to_dict(),
            "predicate": self.predicate,
            "object": self.object.to_dict(),
            "polarity": self.polarity.value,
            "qualifiers": dict(self.qualifiers),
            "belief": self.belief,
        }
        if support is not None:
            out["support"] = support
        out["evidence"] = [ev.to_dict() for ev in self.evidence]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Statement:
        def ref(d: Mapping[str, str]) -> Ref:
            return Ref.from_curie(d["curie"], d.get("label", ""), d.get("category", "biolink:NamedThing"))

        return cls(
            subject=ref(data["subject"]),
            predicate=data["predicate"],
            object=ref(data["object"]),
            polarity=Polarity(data.get("polarity", "0")),
            qualifiers=tuple(sorted(data.get("qualifiers", {}).items())),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", ())),
            belief=data.get("belief"),
        )


BIAS_METHOD_NAMES = {"egger": "Egger's test", "begg": "Begg's test", "funnel_plot": "funnel plot",
                     "trim_and_fill": "trim-and-fill", "fail_safe_n": "fail-safe N",
                     "unspecified": "publication bias check"}
BIAS_METHODS = tuple(BIAS_METHOD_NAMES)
ASYMMETRY_ALPHA = 0.10  # a test's p below this reads as funnel asymmetry when no verdict is given (Egger et al. 1997)


@dataclass(frozen=True, slots=True)
class BiasAssessment:
    """A check of one pooled effect for small-study effects (publication bias).

    A pooled effect whose funnel is lopsided may overstate the benefit, so reviewers read the two
    together. ``method`` is one of :data:`BIAS_METHODS` ("unspecified" when the paper names none).
    ``asymmetry`` is the finding: True when asymmetry or publication bias was found, False when
    none was, None when not said. Tests carry their statistic (Begg's: Kendall's tau) and p-value;
    trim-and-fill the number of studies it filled (``filled``) and the adjusted estimate with its
    confidence interval; a fail-safe N check the number of null studies that would overturn the
    result (``fail_safe_n``; exokg computes Rosenthal's). A paper that prints only a bound
    ("P < 0.001") gives ``p_value_below`` instead of ``p_value``: the bound is not the value. ``source`` is "reported" (read in a
    paper, with ``evidence``) or "computed" (by exokg from study-level data).
    """

    method: str
    asymmetry: bool | None = None
    statistic: float | None = None
    p_value: float | None = None
    p_value_below: float | None = None
    filled: int | None = None
    adjusted_estimate: float | None = None
    adjusted_ci_low: float | None = None
    adjusted_ci_high: float | None = None
    fail_safe_n: int | None = None
    source: str = "reported"
    evidence: Evidence | None = None

    def __post_init__(self) -> None:
        if self.method not in BIAS_METHODS:
            raise ValueError(f"unknown bias assessment method {self.method!r} (one of {', '.join(BIAS_METHODS)})")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        out["evidence"] = self.evidence.to_dict() if self.evidence is not None else None
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BiasAssessment:
        values = {f.name: data.get(f.name) for f in fields(cls) if f.name in data}
        if values.get("evidence") is not None:
            values["evidence"] = Evidence.from_dict(values["evidence"])
        return cls(**values)

    def summary(self) -> str:
        """One line for tables and tooltips: "Egger's test (p = 0.003): asymmetry"."""
        name = BIAS_METHOD_NAMES[self.method]
        parts: list[str] = []
        if self.p_value is not None:
            parts.append(f"p = {self.p_value:.3g}")
        elif self.p_value_below is not None:
            parts.append(f"p < {self.p_value_below:.3g}")
        if self.filled is not None:
            parts.append(f"{self.filled} {'study' if self.filled == 1 else 'studies'} filled")
        if self.fail_safe_n is not None:
            parts.append(f"N = {self.fail_safe_n}")
        if self.adjusted_estimate is not None:
            ci = ""
            if self.adjusted_ci_low is not None and self.adjusted_ci_high is not None:
                ci = f" [{self.adjusted_ci_low:.2f}, {self.adjusted_ci_high:.2f}]"
            parts.append(f"adjusted {self.adjusted_estimate:.2f}{ci}")
        verdict = {True: ": asymmetry", False: ": no asymmetry", None: ""}[self.asymmetry]
        return name + (f" ({'; '.join(parts)})" if parts else "") + verdict


@dataclass(frozen=True, slots=True)
class PooledEffect:
    """A pooled effect from a meta-analysis, reported by a paper or computed by exokg.

    It joins an intervention to an outcome in a population against a comparator.
    ``i2`` is a percentage (0-100). Missing statistics stay ``None``: a reported
    effect carries only what the paper printed (plus SE/p recovered from the CI).
    ``population`` and ``comparator`` are the texts shown to readers; ``organism``,
    ``condition`` and ``comparator_term`` ground them (NCBITaxon:10116, MONDO:0043797,
    exokg:Placebo_Vehicle) so the graph can link the effect to a population and a comparator
    node. None of the three enters ``id``: grounding an effect better never renames it.
    """

    measure: str  # "MD", "WMD", "SMD", "OR", "RR", ...
    estimate: float
    ci_low: float | None
    ci_high: float | None
    intervention: Ref
    outcome: Ref
    population: str = ""
    comparator: str = ""
    k: int | None = None
    se: float | None = None
    p_value: float | None = None
    i2: float | None = None
    tau2: float | None = None
    q: float | None = None
    model: str | None = None  # "fixed" | "random"
    method: str | None = None  # "IV", "DL", "REML", "PM", ...
    source: str = "reported"  # "reported" | "computed"
    subgroup: str = ""
    evidence: Evidence | None = None
    provenance: str = ""
    plots: tuple[str, ...] = ()
    organism: Ref | None = None  # the population's taxon
    condition: Ref | None = None  # the population's condition (disease or injury)
    comparator_term: Ref | None = None  # what the control arm received, as an exokg term
    bias: tuple[BiasAssessment, ...] = ()  # small-study (publication bias) checks of this effect

    @property
    def significant(self) -> bool | None:
        if self.ci_low is None or self.ci_high is None:
            return None if self.p_value is None else self.p_value < 0.05
        null = 1.0 if self.measure.upper() in {"OR", "RR", "HR"} else 0.0
        return not (self.ci_low <= null <= self.ci_high)

    @property
    def id(self) -> str:
        raw = json.dumps(
            [self.source, self.measure, self.intervention.curie, self.outcome.curie, self.subgroup,
             self.evidence.document_id if self.evidence else self.provenance, self.model, self.method],
            separators=(",", ":"),
        )
        return "exokg:effect_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]

    def label(self) -> str:
        ci = ""
        if self.ci_low is not None and self.ci_high is not None:
            ci = f" [{self.ci_low:.2f}, {self.ci_high:.2f}]"
        k = f", k={self.k}" if self.k else ""
        return f"{self.measure} {self.estimate:.2f}{ci}{k}"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Ref):
                value = value.to_dict()
            elif isinstance(value, Evidence):
                value = value.to_dict()
            elif isinstance(value, tuple):
                value = [v.to_dict() if isinstance(v, BiasAssessment) else v for v in value]
            out[f.name] = value
        out["significant"] = self.significant
        return out
