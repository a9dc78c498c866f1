"""Make a synthetic corpus of MSC-exosome / spinal cord injury abstracts for load tests.

Abstracts are assembled from sentence templates (background, methods, mechanism, pooled
result, conclusion) filled with names drawn from exokg's lexicon (``ontologies/lexicon.tsv``,
read by its header, so new columns or rows need no change here) and generated miRNA names.
They read like the field's abstracts but are not copies of any real one; identifiers are
synthetic (PMIDs from 91,000,000, DOIs under the 10.5555 test prefix).

Usage::

    python bench/gen_synthetic_corpus.py --n 10000 --out /tmp/synth10k            # PubMed XML, 500 per file
    python bench/gen_synthetic_corpus.py --n 2000 --format text --out /tmp/synth  # one .txt per abstract
    python bench/gen_synthetic_corpus.py --n 2000 --format medline --out /tmp/synth_nbib  # or ris: search exports

The same --seed gives the same corpus.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "ontologies" / "lexicon.tsv"

MIRNA_NUMBERS = ["21", "21a", "124", "126", "133b", "146a", "155", "17-92", "199a", "216a", "29b", "455", "22",
                 "23b", "125a", "138", "181c", "210", "223", "27a", "381", "494", "544", "9", "92b", "145", "494"]
ARMS = ["", "-3p", "-5p"]
JOURNALS = ["Journal of Synthetic Neurotrauma", "Synthetic Regenerative Reports", "Synthetic Spine Journal",
            "Archives of Synthetic Cell Therapy", "Synthetic Neural Repair"]
SURNAMES = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Hu",
            "Guo", "Lin", "He", "Gao", "Luo", "Zheng", "Smith", "Garcia", "Kim", "Rossi", "Novak", "Silva", "Ito"]
SPECIES = ["Sprague-Dawley rats", "Wistar rats", "C57BL/6 mice", "female rats", "adult rats"]
INJURIES = ["contusion", "compression", "hemisection", "transection", "clip compression"]
OUTCOMES = ["BBB score", "BMS score", "inclined plane test", "lesion area", "neuronal survival",
            "axonal regeneration", "motor function"]
DOWN = ["reduced", "decreased", "inhibited", "suppressed", "attenuated", "downregulated"]
UP = ["increased", "promoted", "enhanced", "upregulated", "activated", "improved"]


@dataclass
class Vocabulary:
    """Surface names per Biolink category, read from the lexicon."""

    by_category: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    stems: list[str] = field(default_factory=list)  # pathway stems ("NF-κB" in "NF-κB signaling")
    # vesicle preparations: (names of the preparation, names of the cell it derives from)
    preparations: list[tuple[list[str], list[str]]] = field(default_factory=list)

    def pick(self, rng: random.Random, category: str, fallback: str) -> str:
        names = self.by_category.get(category)
        return rng.choice(names) if names else fallback

    def preparation(self, rng: random.Random) -> tuple[str, str]:
        """A vesicle preparation and a name of its source cell."""
        if not self.preparations:
            return "exosomes", "mesenchymal stem cells"
        vesicles, sources = rng.choice(self.preparations)
        return rng.choice(vesicles), rng.choice(sources)


def _names(row: dict[str, str]) -> list[str]:
    names = [row.get("label") or "", *(row.get("synonyms") or "").split("|")]
    return [n.strip() for n in names if n.strip()]


def load_vocabulary(path: Path = LEXICON) -> Vocabulary:
    """Read the lexicon by its header: any row with a category and names contributes."""
    vocab = Vocabulary()
    if not path.is_file():
        raise SystemExit(f"{path}: lexicon not found")
    with path.open(encoding="utf-8") as fh:
        lexicon = list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))
    by_curie = {r.get("curie", ""): r for r in lexicon}
    for row in lexicon:
        category = (row.get("category") or "").strip()
        for name in _names(row):
            if name.startswith("~"):
                vocab.stems.append(name[1:])
            elif category and len(name) <= 60:
                vocab.by_category[category].append(name)
        source = by_curie.get((row.get("derived_from") or "").strip())
        if source is not None:
            vocab.preparations.append((_names(row), [n for n in _names(source) if not n.startswith("~")]))
    return vocab


def _cap(text: str) -> str:
    """Sentence case, leaving names such as miR-21 or hUC-MSCs as they are written."""
    first = text.split(" ", 1)[0]
    return text[:1].upper() + text[1:] if first.isalpha() and first.islower() else text


def mirna(rng: random.Random) -> str:
    return f"miR-{rng.choice(MIRNA_NUMBERS)}{rng.choice(ARMS)}"


def _ci(rng: random.Random) -> tuple[str, float, float, float]:
    measure = rng.choice(["SMD", "WMD", "MD"])
    est = round(rng.uniform(-5, 5), 2) or 1.0
    half = round(rng.uniform(0.2, 1.5), 2)
    return measure, est, round(est - half, 2), round(est + half, 2)


def sentences(rng: random.Random, v: Vocabulary) -> dict[str, list[str]]:
    """One abstract's sentences, by structured-abstract section."""
    vesicle, source = v.preparation(rng)
    gene, gene2 = v.pick(rng, "biolink:Gene", "PTEN"), v.pick(rng, "biolink:Gene", "TNF-α")
    process = v.pick(rng, "biolink:BiologicalProcess", "apoptosis")
    pathway = (f"{rng.choice(v.stems)} signaling pathway" if v.stems and rng.random() < 0.6
               else v.pick(rng, "biolink:Pathway", "PI3K/AKT signaling pathway"))
    cell = v.pick(rng, "biolink:Cell", "microglia")
    disease = v.pick(rng, "biolink:Disease", "spinal cord injury")
    procedure = v.pick(rng, "biolink:Procedure", "tail vein injection")
    phenotype = v.pick(rng, "biolink:PhenotypicFeature", "motor function")
    mir = mirna(rng)
    down, up = rng.choice(DOWN), rng.choice(UP)
    measure, est, lo, hi = _ci(rng)
    k = rng.randint(3, 30)
    background = [
        rng.choice([
            "Spinal cord injury (SCI) causes permanent loss of motor and sensory function and has no effective treatment.",
            f"Secondary injury after SCI is driven by inflammation, {process} and glial scar formation.",
            f"Transplanted {source} have shown promise in {disease}, but cell therapy carries risks.",
        ]),
        rng.choice([
            f"Extracellular vesicles such as {vesicle} transfer microRNAs and proteins between cells.",
            f"The role of {mir} in {cell} after injury is not well understood.",
        ]),
        f"This study examined whether {vesicle} improve functional recovery after SCI by delivering {mir} "
        f"and which target genes mediate the effect.",
    ]
    methods = [
        f"{rng.choice(SPECIES)} underwent {rng.choice(INJURIES)} injury at the T{rng.randint(8, 12)} level "
        f"and received {rng.choice([50, 100, 200, 400])} μg of {vesicle} by {procedure}.",
        rng.choice([
            f"{vesicle} were isolated from {source} by ultracentrifugation and characterized by "
            f"transmission electron microscopy and nanoparticle tracking analysis.",
            f"Functional recovery was assessed with the {rng.choice(OUTCOMES)} for {rng.randint(2, 8)} weeks.",
        ]),
    ]
    results = [
        f"{vesicle} from {source} carrying {mir} {down} {gene} expression in {cell}.",
        f"{mir} directly targeted {gene} and {up} the {pathway}.",
        rng.choice([
            f"Treatment {down} the levels of {gene2} and {process}, and {up} {phenotype}.",
            f"Knockdown of {mir} abolished the protective effect of {vesicle} on {process}.",
            f"Inhibition of the {pathway} reversed the effect of {vesicle} on {cell}.",
        ]),
        f"Immunofluorescence staining showed fewer {cell} and less {process} at the lesion site "
        f"{rng.randint(3, 28)} days after injury (p < 0.05), together with higher {phenotype}.",
        f"Across {k} studies, {vesicle} improved the {rng.choice(OUTCOMES)} "
        f"({measure} = {est}, 95% CI [{lo}, {hi}], I² = {rng.randint(0, 95)}%).",
    ]
    conclusions = [
        rng.choice([
            f"{vesicle} promote recovery after SCI through the {mir}/{gene} axis.",
            f"These findings suggest that {vesicle} may be a promising cell-free therapy for SCI.",
            f"{vesicle} from {source} protect {cell} by suppressing {gene2}.",
        ]),
    ]
    parts = {"BACKGROUND": background, "METHODS": methods, "RESULTS": results, "CONCLUSIONS": conclusions}
    return {label: [_cap(sentence) for sentence in text] for label, text in parts.items()}


@dataclass
class Abstract:
    pmid: str
    doi: str
    title: str
    sections: dict[str, list[str]]
    year: int
    journal: str
    authors: list[tuple[str, str]]

    def plain(self) -> str:
        body = "\n\n".join(f"{label.capitalize()}: {' '.join(s)}" for label, s in self.sections.items())
        return f"# {self.title}\n\n{body}\n"

    def words(self) -> int:
        return len(self.title.split()) + sum(len(s.split()) for ss in self.sections.values() for s in ss)


def abstracts(n: int, seed: int = 7, vocab: Vocabulary | None = None, start: int = 0) -> Iterator[Abstract]:
    """``n`` abstracts numbered from ``start`` (PMID 91,000,000 + number)."""
    rng = random.Random(seed)
    vocab = vocab or load_vocabulary()
    for i in range(start, start + n):
        parts = sentences(rng, vocab)
        title = parts["RESULTS"][0].rstrip(".")
        authors = [(rng.choice(SURNAMES), rng.choice("ABCDEFGHJKLMNPRSTWXYZ")) for _ in range(rng.randint(1, 6))]
        yield Abstract(str(91_000_000 + i), f"10.5555/synth.{seed}.{i}", title, parts, rng.randint(2015, 2025),
                       rng.choice(JOURNALS), authors)


def pubmed_xml(items: list[Abstract]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<PubmedArticleSet>"]
    for a in items:
        texts = "".join(f'<AbstractText Label="{label}">{escape(" ".join(s))}</AbstractText>'
                        for label, s in a.sections.items())
        authors = "".join(f"<Author><LastName>{last}</LastName><Initials>{ini}</Initials></Author>"
                          for last, ini in a.authors)
        out.append(
            f"<PubmedArticle><MedlineCitation><PMID>{a.pmid}</PMID><Article><Journal><JournalIssue><PubDate>"
            f"<Year>{a.year}</Year></PubDate></JournalIssue><Title>{escape(a.journal)}</Title></Journal>"
            f"<ArticleTitle>{escape(a.title)}.</ArticleTitle><ELocationID EIdType=\"doi\">{a.doi}</ELocationID>"
            f"<Abstract>{texts}</Abstract><AuthorList>{authors}</AuthorList></Article>"
            f"<MeshHeadingList><MeshHeading><DescriptorName>Rats</DescriptorName></MeshHeading>"
            f"</MeshHeadingList></MedlineCitation></PubmedArticle>"
        )
    out.append("</PubmedArticleSet>\n")
    return "\n".join(out)


def bioc_json(items: list[Abstract]) -> str:
    docs = []
    for a in items:
        title = a.title + "."
        abstract = " ".join(s for ss in a.sections.values() for s in ss)
        docs.append({"id": a.pmid, "infons": {}, "passages": [
            {"offset": 0, "infons": {"type": "title", "journal": a.journal, "year": str(a.year)}, "text": title},
            {"offset": len(title) + 1, "infons": {"type": "abstract"}, "text": abstract},
        ]})
    return json.dumps({"source": "PubTator", "documents": docs}, ensure_ascii=False)


def medline_text(items: list[Abstract]) -> str:
    """PubMed's "Format: PubMed" export: structured abstracts inline ("BACKGROUND: ..."), as PubMed writes them."""
    records = []
    for a in items:
        abstract = " ".join(f"{label}: {' '.join(s)}" for label, s in a.sections.items())
        lines = [f"PMID- {a.pmid}", f"DP  - {a.year}", f"TI  - {a.title}.", f"LID - {a.doi} [doi]", f"AB  - {abstract}"]
        lines += [f"AU  - {last} {ini}" for last, ini in a.authors]
        lines += [f"JT  - {a.journal}", "MH  - Rats"]
        records.append("\n".join(lines))
    return "\n\n".join(records) + "\n"


def ris_text(items: list[Abstract]) -> str:
    """An RIS export (Embase, Scopus): one TY ... ER record per abstract, authors as 'Surname, I.'."""
    records = []
    for a in items:
        abstract = " ".join(f"{label}: {' '.join(s)}" for label, s in a.sections.items())
        lines = ["TY  - JOUR", f"TI  - {a.title}.", *[f"AU  - {last}, {ini}." for last, ini in a.authors],
                 f"PY  - {a.year}", f"T2  - {a.journal}", f"AB  - {abstract}", f"DO  - {a.doi}", "ER  - "]
        records.append("\n".join(lines))
    return "\n\n".join(records) + "\n"


TAGGED_FORMATS = {"medline": (".nbib", medline_text), "ris": (".ris", ris_text)}


FORMATS = ["pubmed", "bioc-json", "text", *TAGGED_FORMATS]


def write_corpus(out: Path, n: int, fmt: str = "pubmed", per_file: int = 500, seed: int = 7,
                 start: int = 0) -> dict[str, int]:
    """Write ``n`` abstracts (numbered from ``start``) into ``out``; returns counts (documents, words, files)."""
    out.mkdir(parents=True, exist_ok=True)
    words = files = 0
    batch: list[Abstract] = []

    def flush() -> None:
        nonlocal files
        if not batch:
            return
        name = f"synth_{start:08d}_{files:05d}"
        if fmt == "pubmed":
            (out / f"{name}.xml").write_text(pubmed_xml(batch), encoding="utf-8")
        elif fmt == "bioc-json":
            (out / f"{name}.json").write_text(bioc_json(batch), encoding="utf-8")
        elif fmt in TAGGED_FORMATS:
            suffix, render = TAGGED_FORMATS[fmt]
            (out / f"{name}{suffix}").write_text(render(batch), encoding="utf-8")
        files += 1
        batch.clear()

    for a in abstracts(n, seed, start=start):
        words += a.words()
        if fmt == "text":
            (out / f"synth_{a.pmid}.txt").write_text(a.plain(), encoding="utf-8")
            files += 1
            continue
        batch.append(a)
        if len(batch) >= per_file:
            flush()
    flush()
    return {"documents": n, "words": words, "files": files}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="number of abstracts (default 10000)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the corpus into")
    parser.add_argument("--format", choices=FORMATS, default="pubmed")
    parser.add_argument("--per-file", type=int, default=500, help="abstracts per XML/JSON file (default 500)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", type=int, default=0, help="number of the first abstract (PMID 91000000+start)")
    args = parser.parse_args(argv)
    counts = write_corpus(args.out, args.n, args.format, args.per_file, args.seed, args.start)
    print(f"{counts['documents']} abstracts, {counts['words']} words, {counts['files']} files -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
