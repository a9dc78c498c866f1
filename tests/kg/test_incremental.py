"""Cache, incremental ``exokg add`` and batch robustness of the build loop.

A small rule-based extractor stands in for the real one, so these tests pin the build loop's
own behaviour (what is extracted, what comes from the cache, what is written) and count how
often it is called. Outputs are compared byte for byte with a full rebuild: the independent
reference for an incremental build is the build that reads everything.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from kg.cache import (
    CachedDocuments,
    ResultCache,
    document_from_dict,
    document_key,
    document_to_dict,
    effect_from_dict,
    effect_to_dict,
    mention_from_dict,
    mention_to_dict,
    statement_from_dict,
    statement_to_dict,
)
from kg.errors import InputError
from kg.incremental import add, add_summary
from kg.manifest import read_manifest
from kg.model import (
    BiasAssessment,
    BibEntry,
    CitationMark,
    Document,
    Evidence,
    Mention,
    Paragraph,
    Polarity,
    PooledEffect,
    Ref,
    Section,
    Statement,
)
from kg.pipeline import DocumentResult, build, summary

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
OUTPUTS = ["graph.json", "statements.jsonl", "mentions.jsonl", "documents.jsonl", "effects.csv", "kg.ttl", "kg.html"]

TERMS = {
    "exosomes": Ref("GO", "0070062", "extracellular exosome", "biolink:CellularComponent"),
    "tnf-α": Ref("HGNC", "11892", "TNF", "biolink:Gene"),
    "il-1β": Ref("HGNC", "5992", "IL1B", "biolink:Gene"),
    "vegf": Ref("HGNC", "12680", "VEGFA", "biolink:Gene"),
    "apoptosis": Ref("GO", "0006915", "apoptotic process", "biolink:BiologicalProcess"),
    "angiogenesis": Ref("GO", "0001525", "angiogenesis", "biolink:BiologicalProcess"),
    "bbb score": Ref("exokg", "BBB_score", "BBB locomotor score", "biolink:PhenotypicFeature"),
}
_TERM = re.compile("|".join(re.escape(t) for t in sorted(TERMS, key=len, reverse=True)), re.I)
_SENTENCE = re.compile(r"(?:[^.\n]|\.(?=\S))+\.?")
_SMD = re.compile(r"SMD = (-?\d+\.\d+), 95% CI \[(-?\d+\.\d+), (-?\d+\.\d+)\]")


class RuleExtractor:
    """Mentions by dictionary, a statement per sentence with two terms, an effect per 'SMD = ...'."""

    def __init__(self, version: str = "rules-1", fail_on: str | None = None) -> None:
        self.version = version
        self.fail_on = fail_on
        self.calls: list[str] = []

    def entity_table(self) -> dict[str, dict]:
        return {r.curie: {"label": r.label, "category": r.category, "synonyms": [k], "xrefs": []}
                for k, r in TERMS.items()}

    def process(self, doc: Document) -> DocumentResult:
        self.calls.append(doc.id)
        if self.fail_on and self.fail_on in doc.text:
            raise ValueError("cannot read this one")
        mentions, statements, effects = [], [], []
        for s in _SENTENCE.finditer(doc.text):
            found = [(m, TERMS[m.group(0).lower()]) for m in _TERM.finditer(doc.text, s.start(), s.end())]
            mentions.extend(Mention(doc.id, m.start(), m.end(), m.group(0), ref, s.start()) for m, ref in found)
            sentence = s.group(0)
            ev = Evidence(doc.id, sentence, s.start(), s.end(), doc.section_at(s.start()),
                          citations=doc.citations_in(s.start(), s.end()), extractor="rules",
                          extractor_version=self.version)
            if len(found) >= 2 and found[0][1] != found[1][1]:
                down = re.search(r"reduc|decreas|inhibit", sentence, re.I)
                statements.append(Statement(found[0][1], "decreases" if down else "increases", found[1][1],
                                            Polarity.NEGATIVE if down else Polarity.POSITIVE, (), (ev,)))
            smd = _SMD.search(sentence)
            if smd and len(found) >= 2:
                effects.append(PooledEffect("SMD", float(smd.group(1)), float(smd.group(2)), float(smd.group(3)),
                                            found[0][1], found[1][1], population="rats", k=5, evidence=ev))
        return DocumentResult(doc, tuple(mentions), tuple(statements), tuple(effects))


def _corpus(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


EXTRA = "# Effects\n\nExosomes reduced TNF-α (SMD = -3.12, 95% CI [-3.57, -2.67]).\n\nVEGF promoted angiogenesis.\n"


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory):
    """A build of two files (three papers) plus one bad file; returns (out, result, extractor)."""
    root = tmp_path_factory.mktemp("incremental")
    corpus = _corpus(root / "corpus", "pubmed_two.xml", "truncated.xml")
    (corpus / "effects.md").write_text(EXTRA, encoding="utf-8")
    extractor = RuleExtractor()
    result = build(corpus, root / "out", progress=False, extractor=extractor)
    return root, result, extractor


def test_build_skips_bad_files_and_says_why(first_build) -> None:
    _, result, extractor = first_build
    assert [d.id for d in result.documents] == ["effects", "pmid:90000001", "pmid:90000002"]
    assert sorted(extractor.calls) == ["effects", "pmid:90000001", "pmid:90000002"]
    (skipped,) = result.skipped
    assert skipped[0].endswith("truncated.xml") and skipped[1].startswith("truncated XML")
    text = summary(result)
    assert "skipped: 1" in text and "truncated.xml: truncated XML" in text
    assert "3 documents read, 0 from the cache" in text


def test_build_json_records_the_finished_build(first_build) -> None:
    _, result, _ = first_build
    record = read_manifest(result.out_dir)
    assert record is not None and record["run"] == "build" and record["extractor_version"] == "rules-1"
    assert (record["documents"], record["extracted"], record["from_cache"]) == (3, 3, 0)
    assert record["statements"] == len(result.statements) and record["pooled_effects"] == {"reported": 1,
                                                                                           "computed": 0}
    assert record["flow"] == {"identified": 4, "unreadable": 1, "duplicates_merged": 0, "excluded": 0, "included": 3}
    (skipped,) = record["skipped"]
    assert skipped["source"].endswith("truncated.xml") and skipped["reason"].startswith("truncated XML")
    written = {p.name: p for p in result.out_dir.iterdir() if p.name not in ("cache", "build.json")}
    assert set(record["files"]) == set(written)
    for name, path in written.items():
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.is_dir() else path.stat().st_size
        assert record["files"][name] == size, name
    # written last: a server that sees it knows every other output of the build is in place
    last = (result.out_dir / "build.json").stat().st_mtime_ns
    assert all(path.stat().st_mtime_ns <= last for path in written.values())


def test_a_broken_build_json_is_named(tmp_path: Path) -> None:
    assert read_manifest(tmp_path) is None  # a folder written without one
    (tmp_path / "build.json").write_text('{"run": ', encoding="utf-8")
    with pytest.raises(InputError, match=r"build.json: not valid JSON"):
        read_manifest(tmp_path)
    (tmp_path / "build.json").write_text('{"run": "build"}', encoding="utf-8")
    with pytest.raises(InputError, match=r"build.json: not an exokg build record"):
        read_manifest(tmp_path)


def test_outputs_hold_the_documents_and_the_effect(first_build) -> None:
    _, result, _ = first_build
    assert len(result.effects) == 1 and result.effects[0].estimate == -3.12
    lines = (result.out_dir / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and '"pmid:90000001"' in lines[1]
    mentions = (result.out_dir / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(mentions) == len(result.mentions) > 0


def test_rebuilding_an_unchanged_corpus_extracts_nothing_and_writes_the_same_files(first_build) -> None:
    root, result, _ = first_build
    before = {name: (result.out_dir / name).read_bytes() for name in OUTPUTS}
    again = RuleExtractor()
    second = build(root / "corpus", result.out_dir, progress=False, extractor=again)
    assert again.calls == [] and second.extracted == 0 and second.cached == 3
    for name in OUTPUTS:
        assert (second.out_dir / name).read_bytes() == before[name], name


def test_a_new_extractor_version_or_no_cache_re_extracts(first_build, tmp_path: Path) -> None:
    root, result, _ = first_build
    out = tmp_path / "out"
    shutil.copytree(result.out_dir, out)
    newer = RuleExtractor(version="rules-2")
    build(root / "corpus", out, progress=False, extractor=newer)
    assert len(newer.calls) == 3
    forced = RuleExtractor(version="rules-2")
    build(root / "corpus", out, progress=False, extractor=forced, use_cache=False)
    assert len(forced.calls) == 3


def test_add_reads_only_new_papers_and_equals_a_full_rebuild(first_build, tmp_path: Path) -> None:
    root, result, _ = first_build
    out = tmp_path / "out"
    shutil.copytree(result.out_dir, out)
    extractor = RuleExtractor()
    outcome = add([FIXTURES / "pmc_article.nxml", FIXTURES / "pubtator.json", FIXTURES / "empty.txt"], out,
                  extractor=extractor)
    # pmid:90000001 is now the PMC full text (merged with its PubMed record): a changed document
    assert sorted(extractor.calls) == ["pmid:90000001", "pmid:90000004", "pmid:90000005"]
    assert outcome.added == ["pmid:90000004", "pmid:90000005"] and outcome.updated == ["pmid:90000001"]
    # the build's own bad file stays listed beside the one this run could not read
    earlier = result.skipped[0]
    assert outcome.build.skipped == [earlier, (str(FIXTURES / "empty.txt"), "the file is empty")]
    assert outcome.build.merged == [("pmid:90000001", "pubmed_two.xml")]
    text = add_summary(outcome)
    assert "2 new documents, 1 updated" in text and "skipped: 2" in text
    record = read_manifest(out)
    assert record is not None and record["run"] == "add"
    assert (record["documents"], record["extracted"], record["from_cache"]) == (5, 3, 2)
    assert record["skipped"] == [{"source": earlier[0], "reason": earlier[1]},
                                 {"source": str(FIXTURES / "empty.txt"), "reason": "the file is empty"}]
    assert record["merged"] == [{"kept": "pmid:90000001", "duplicate": "pubmed_two.xml"}]
    assert record["flow"] == {"identified": 8, "unreadable": 2, "duplicates_merged": 1, "excluded": 0, "included": 5}

    full = _corpus(tmp_path / "all", "pubmed_two.xml", "pmc_article.nxml", "pubtator.json")
    shutil.copy(root / "corpus" / "effects.md", full / "effects.md")
    rebuilt = build(full, tmp_path / "rebuilt", progress=False, extractor=RuleExtractor())
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (rebuilt.out_dir / name).read_bytes(), name

    repeat = RuleExtractor()
    again = add([FIXTURES / "pubtator.json"], out, extractor=repeat)
    assert repeat.calls == [] and again.unchanged == ["pmid:90000004", "pmid:90000005"]


def test_a_file_read_again_drops_its_earlier_reason(first_build, tmp_path: Path) -> None:
    _, result, _ = first_build
    out = tmp_path / "out"
    shutil.copytree(result.out_dir, out)
    (bad,) = result.skipped
    fixed = Path(bad[0])
    original = fixed.read_bytes()
    try:  # the truncated file, mended: two other PubMed citations
        fixed.write_bytes((FIXTURES / "pubmed_two.xml").read_bytes().replace(b"9000000", b"9100000"))
        outcome = add([fixed], out, extractor=RuleExtractor())
    finally:
        fixed.write_bytes(original)
    assert outcome.build.skipped == []
    record = read_manifest(out)
    assert record is not None and record["skipped"] == [] and record["flow"]["unreadable"] == 0


def test_add_where_every_file_fails_changes_nothing(first_build, tmp_path: Path) -> None:
    _, result, _ = first_build
    out = tmp_path / "out"
    shutil.copytree(result.out_dir, out)
    before = {name: (out / name).read_bytes() for name in [*OUTPUTS, "build.json"]}
    with pytest.raises(InputError, match="none of the 2 files could be added; the build is unchanged"):
        add([FIXTURES / "truncated.xml", FIXTURES / "binary.bin"], out, extractor=RuleExtractor())
    for name in [*OUTPUTS, "build.json"]:
        assert (out / name).read_bytes() == before[name], name


def test_add_needs_an_existing_build(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no exokg build to add to"):
        add([FIXTURES / "pubtator.json"], tmp_path / "nothing", extractor=RuleExtractor())


def test_a_corpus_where_every_file_fails_is_an_error(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "bad", "truncated.xml", "latin1.txt")
    with pytest.raises(InputError, match=r"none of the 2 input files could be read \(2 skipped\)"):
        build(corpus, tmp_path / "out", progress=False, extractor=RuleExtractor())
    assert not (tmp_path / "out" / "graph.json").exists()


def test_a_document_the_extractor_fails_on_is_skipped(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", "pubtator.json")
    result = build(corpus, tmp_path / "out", progress=False, extractor=RuleExtractor(fail_on="menstrual"))
    assert [d.id for d in result.documents] == ["pmid:90000005"]
    (skipped,) = result.skipped
    assert skipped == ("pubtator.json", "extraction failed: ValueError: cannot read this one")


def test_result_documents_stream_from_the_cache(first_build) -> None:
    _, result, _ = first_build
    docs = result.documents
    assert isinstance(docs, CachedDocuments) and len(docs) == 3
    assert docs[-1].id == "pmid:90000002" and [d.id for d in docs[0:2]] == ["effects", "pmid:90000001"]
    assert docs[1].source == "pubmed_two.xml"
    mentions = list(result.mentions)
    assert len(mentions) == len(result.mentions)
    assert result.mentions[len(mentions) - 1] == mentions[-1] and result.mentions[0] == mentions[0]
    for m in mentions:
        text = next(d.text for d in docs if d.id == m.document_id)
        assert text[m.start:m.end] == m.text


def test_codec_round_trips_exactly() -> None:
    bib = (BibEntry("1", "Li X. A study. 2019.", "10.2/y", None, 2019, "Li"),)
    doc = Document(
        "d1", "Title\n\nText with a citation.\n", title="Title", authors=("A B", "C D"), journal="J", year=2020,
        doi="10.1/x", pmid="1", licence="CC BY", source="f.xml", species="rat",
        sections=(Section("Title", 0, 6, 1), Section("Body", 7, 29, 2)), paragraphs=(Paragraph(7, 28, "Body"),),
        bibliography=bib, citations=(CitationMark(27, 27, ("1",)), CitationMark(7, 11, ("1", "2"))),
    )
    assert document_from_dict(json.loads(json.dumps(document_to_dict(doc)))) == doc
    ref_a, ref_b = TERMS["exosomes"], TERMS["tnf-α"]
    ev = Evidence("d1", "Text with a citation.", 7, 28, "Body", (7, 11), (12, 16), bib, "x", "1", True, False, "r")
    st = Statement(ref_a, "decreases", ref_b, Polarity.NEGATIVE, (("species", "rat"),), (ev,), 0.5)
    back = statement_from_dict(json.loads(json.dumps(statement_to_dict(st))))
    assert back == st and back.evidence == st.evidence
    assert back.subject.label == ref_a.label and back.object.category == ref_b.category
    eff = PooledEffect("SMD", -1.0, -2.0, 0.5, ref_a, ref_b, "rats", "PBS", 3, 0.1, 0.04, 50.0, 0.2, 4.0, "random",
                       "REML", "computed", "dose", ev, "s.csv", ("a.svg",))
    assert effect_from_dict(json.loads(json.dumps(effect_to_dict(eff)))) == eff
    checked = replace(eff, bias=(BiasAssessment("egger", True, 2.9, 0.01, evidence=ev),
                                 BiasAssessment("trim_and_fill", True, filled=2, adjusted_estimate=-0.7,
                                                adjusted_ci_low=-1.5, adjusted_ci_high=0.1, source="computed")))
    assert effect_from_dict(json.loads(json.dumps(effect_to_dict(checked)))) == checked
    mention = Mention("d1", 7, 11, "Text", ref_a, 7, (("negated", "no"),))
    assert mention_from_dict(json.loads(json.dumps(mention_to_dict(mention)))) == mention


def test_document_key_ignores_the_source_only() -> None:
    a = Document("d", "Text.\n", source="a.xml")
    assert document_key(a) == document_key(Document("d", "Text.\n", source="b.xml"))
    assert document_key(a) != document_key(Document("d", "Text!\n", source="a.xml"))
    assert document_key(a) != document_key(Document("e", "Text.\n", source="a.xml"))


def test_a_corrupt_cache_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "results.sqlite").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(InputError, match="delete"):
        ResultCache(folder)
