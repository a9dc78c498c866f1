"""The second gene dictionary: every approved HGNC symbol of a protein-coding gene, as written, and of
a long non-coding RNA gene (``biolink:NoncodingRNAProduct``: "GAS5", "MALAT1", "CDKN2B-AS1").

The lexicon (:mod:`extractors.lexicon`) holds the genes this field writes about most, with their
spellings ("TNF-α", "Bcl-2", "caspase-3"); a review team's corpus names many more, mostly as
symbols ("SOCS3", "KLF4", "Socs3" in rat and mouse papers). ``ontologies/hgnc_genes.tsv`` (built by
``bench/build_hgnc_genes.py``) lists 18,800 symbols; a token that is one of them, written in
capitals or, for a symbol with a digit, in any case ("Socs3" in rodent capitalisation, "MeCP2",
"bcl2"), and also with a hyphen before its
number ("IRAK-1", "Sirt-1"), becomes a ``biolink:Gene`` candidate grounded to HGNC; so does a previous
symbol with a digit that names this gene alone ("EIF2C2" for AGO2, "IL8" for CXCL8), an alias symbol of
four characters or more with a digit that names it alone ("Iba1" for AIF1, "Gemin3" for DDX20), a
letter-only symbol in rodent capitalisation ("Cblb", "Nefl") where a gene's company shows it is no
word ("targeted Cbl", "Nefl mRNA"; see :func:`_reads_as_symbol`), and an
approved name written out in any case ("myocyte enhancer factor 2C", "cyclin-dependent kinase
inhibitor 2A", "huntingtin"; a gene whose symbol has two characters, too short to read as a symbol, by
its name only: "tyrosine hydroxylase", "androgen receptor"). It ranks below every other kind of candidate,
so the lexicon's reading of a span wins; an approved symbol wins over a previous one, a previous over an
alias.

Symbols are short and some are also words or abbreviations, so a symbol is not read as a gene:
- where the document defines it as the short form of something that is not the gene ("thymic
  epithelial cells (TEC)"; "phosphatase and tensin homolog (PTEN)" keeps it);
- in a run of capitals (a title or heading set in capitals);
- followed by a hyphen and a number that do not make a symbol with it ("CCK-8", the cell counting kit; "IRAK-1"
  is IRAK1);
- attached to a word before it by a hyphen ("anti-KLF4", "si-STAT3"), or followed by "-like" ("epidermal
  growth factor-like repeats" are domains). A phosphorylation prefix is the exception: "p-STAT3",
  "phospho-mTOR" name the gene's phosphorylated protein, read as the gene (the mention's ``form``
  attribute says "phosphorylated"), as the lexicon reads "p-AKT";
- for the symbols the file leaves out with their reason (``MSC`` is a mesenchymal stem cell here).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from extractors.tokens import TOKEN_RE
from kg.errors import InputError
from kg.model import Ref

GENES_PATH = Path(__file__).resolve().parents[1] / "ontologies" / "hgnc_genes.tsv"
GENE = "biolink:Gene"
NONCODING_RNA = "biolink:NoncodingRNAProduct"
CATEGORIES = frozenset({GENE, NONCODING_RNA})

HYPHENS = "-‐‑"
_LIKE = re.compile(r"[-‐‑](?:like\b|antisense\b|(?-i:AS|OT)[0-9]*\b)", re.I)
_RNA_PREFIX = re.compile(r"(?<![A-Za-z])(?:lncRNA|lnc|lincRNA)$", re.I)  # "lncRNA-GAS5", "lnc-MALAT1"
NOT_NAMES = frozenset({"maestro"})  # one-word gene names that are ordinary words
MIN_SYMBOL = 3  # shorter symbols ("TH", "AR") are words, spinal levels and abbreviations in running text
_CAPITAL_WORD = re.compile(r"[A-Z]{2,}")
_NUMBER_AFTER = re.compile(r"[-‐‑]\d+(?![\w.])|[-‐‑]\d+\.(?!\d)")
_NAME_WORD = re.compile(r"[a-z0-9]{3,}")


@dataclass(frozen=True, slots=True)
class Gene:
    """One row of the table."""

    hgnc_id: str
    symbol: str
    name: str
    xrefs: tuple[str, ...]
    previous: tuple[str, ...] = ()  # previous symbols older papers still write ("EIF2C2" for AGO2)
    aliases: tuple[str, ...] = ()  # alias symbols papers write beside the approved one ("IBA1" for AIF1)
    category: str = GENE  # or NONCODING_RNA for a long non-coding RNA gene ("MALAT1", "CDKN2B-AS1")

    @property
    def ref(self) -> Ref:
        return Ref("HGNC", self.hgnc_id.removeprefix("HGNC:"), self.symbol, self.category)


class GeneSymbols:
    """The symbol table and the surface forms it is matched by."""

    def __init__(self, genes: Iterable[Gene]) -> None:
        self.by_curie: dict[str, Gene] = {}
        self.forms: dict[str, Gene] = {}  # the symbol as HGNC writes it -> its gene
        self.folded: dict[str, Gene] = {}  # a symbol with a digit, lower case: matched in any case
        self.rodent: dict[str, Gene] = {}  # a letter-only symbol in rodent capitalisation: matched where no word is
        self.one_word_names: dict[str, Gene] = {}  # "vimentin"
        self.names: dict[tuple[str, str], list[tuple[tuple[str, ...], Gene]]] = {}  # by their first two words
        genes = list(genes)
        for gene in genes:
            self.by_curie[gene.hgnc_id] = gene
            if len(gene.symbol) >= MIN_SYMBOL:  # a two-character symbol ("TH") is read by the gene's name only
                self.forms[gene.symbol] = gene
                if any(ch.isdigit() for ch in gene.symbol):
                    self.folded.setdefault(gene.symbol.lower(), gene)  # Socs3, MeCP2, bcl2
                elif gene.symbol.isalpha() and gene.symbol.isupper():
                    self.rodent.setdefault(gene.symbol.capitalize(), gene)  # Cblb, Shh, Htt
            words = name_words(gene.name)
            if len(words) == 1 and words[0] not in NOT_NAMES and words[0].isalpha():
                self.one_word_names.setdefault(words[0], gene)
            elif len(words) > 1:
                self.names.setdefault(words[:2], []).append((words, gene))
        # after every approved symbol, previous symbols, then aliases: an approved symbol always wins, and a
        # previous symbol over an alias (every kept previous or alias symbol has a digit: matched in any case)
        for gene in genes:
            for previous in gene.previous:
                self.forms.setdefault(previous, gene)
                self.folded.setdefault(previous.lower(), gene)
        for gene in genes:
            for alias in gene.aliases:
                self.forms.setdefault(alias, gene)
                self.folded.setdefault(alias.lower(), gene)
        self.refs = {curie: gene.ref for curie, gene in self.by_curie.items()}  # one Ref per gene, shared
        for candidates in self.names.values():
            candidates.sort(key=lambda c: -len(c[0]))  # the longest name first
        # first word of a name -> the words of each name it starts: a name can only be in a text that has them all
        self.word_sets: dict[str, list[frozenset[str]]] = {}
        for (first, _), candidates in self.names.items():
            self.word_sets.setdefault(first, []).extend(frozenset(words) for words, _ in candidates)

    def __len__(self) -> int:
        return len(self.by_curie)

    def matches(self, text: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int],
                short_forms: dict[str, str]) -> list[tuple[int, int, Ref]]:
        """(start, end, ref) of every gene symbol and gene name written out in the text.

        ``short_forms`` maps each abbreviation the document defines to its long form.
        """
        unique = set(words)
        out = self._names(text, words, starts, ends, unique)
        forms = {w: self.forms[w] for w in unique & self.forms.keys()}
        folded = self.folded
        for w in unique - forms.keys():  # a symbol with a digit, in any case ("Socs3"): every folded key has one
            if (gene := folded.get(w.lower())) is not None:
                forms[w] = gene
        rodent = {w: self.rodent[w] for w in unique & self.rodent.keys() if w.lower() not in unique}
        hits = [(i, i, word, forms[word]) for i, word in enumerate(words) if word in forms]
        if rodent:
            hits += [(i, i, words[i], rodent[words[i]]) for i in _rodent_symbols(
                text, words, starts, ends, rodent, self.forms, short_forms, {i for i, *_ in hits})]
        hits += self._hyphenated(words, starts, ends)
        if "/" in unique:
            hits += self._shared_stems(hits, words, starts, ends)
        refused = {form for _, _, form, gene in hits
                   if form in short_forms and not _names_the_gene(short_forms[form], gene)
                   and (form.upper() == gene.symbol or not names_a_gene(short_forms[form]))
                   and not _numbered_name_of(short_forms[form], form)}
        for i, last, form, gene in sorted(hits, key=lambda hit: hit[0]):
            s, e = starts[i], ends[last]
            if form in refused or _attached(text, s, e) or _in_capitals(words, i, self.forms):
                continue
            if form.isalpha() and _NUMBER_AFTER.match(text, e):
                continue  # "CCK-8" (a cell counting kit): a numbered name that is no gene symbol (see _hyphenated)
            phospho = phospho_start(text, s)
            out.append((s if phospho is None else phospho, e, self.refs[gene.hgnc_id]))
        return out

    def _gene(self, form: str) -> Gene | None:
        """The gene a word (or a hyphenated symbol run together) names as a symbol, if any."""
        gene = self.forms.get(form)
        if gene is None and any(ch.isdigit() for ch in form):
            gene = self.folded.get(form.lower())
        return gene

    def _hyphenated(self, words: Sequence[str], starts: Sequence[int], ends: Sequence[int]
                    ) -> list[tuple[int, int, str, Gene]]:
        """(first token, last token, symbol, gene) of symbols written with a hyphen before their number:
        "IRAK-1", "STAT-3", "Sirt-1" (the tokenizer splits them in three)."""
        out = []
        for i in [i for i, word in enumerate(words[1:-1], 1) if word in HYPHENS]:
            letters, number = words[i - 1], words[i + 1]
            if ends[i - 1] != starts[i] or ends[i] != starts[i + 1]:
                continue
            if number.isdigit() and letters.isalpha():
                form = letters + number
                gene = self._gene(form)
                if gene is not None:
                    out.append((i - 1, i + 1, form, gene))
            elif (gene := self.forms.get(f"{letters}-{number}")) is not None:  # "CDKN2B-AS1", "SOX2-OT"
                out.append((i - 1, i + 1, f"{letters}-{number}", gene))
        return out

    def _shared_stems(self, hits: list[tuple[int, int, str, Gene]], words: Sequence[str], starts: Sequence[int],
                      ends: Sequence[int]) -> list[tuple[int, int, str, Gene]]:
        """(token, token, symbol, gene) of the numbers after a symbol that share its letters ("Smad2/3",
        "Smad1/5/8": SMAD3, SMAD5, SMAD8), as the miRNA layer reads "miR-199a-3p/145"."""
        out = []
        for _, last, form, _gene in hits:
            stem = form.rstrip("0123456789")
            if stem == form or not stem:
                continue
            k = last
            while k + 2 < len(words) and words[k + 1] == "/" and words[k + 2].isdigit() \
                    and ends[k] == starts[k + 1] and ends[k + 1] == starts[k + 2]:
                gene = self._gene(stem + words[k + 2])
                if gene is None:
                    break
                out.append((k + 2, k + 2, stem + words[k + 2], gene))
                k += 2
        return out

    def _names(self, text: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int],
               unique: set[str]) -> list[tuple[int, int, Ref]]:
        """(start, end, ref) of approved gene names written out: "vimentin", "myocyte enhancer factor 2C",
        "cyclin-dependent kinase inhibitor 2A" (any case; a hyphen reads as a space)."""
        lower = {w: w.lower() for w in unique}
        present = set(lower.values())
        word_sets = self.word_sets
        # words that can start a name here: a one-word name, or the first word of a name whose words are all in the text
        starting = present & self.one_word_names.keys()
        starting.update(low for low in present & word_sets.keys()
                        if any(name_set <= present for name_set in word_sets[low]))
        first_words = {w for w, low in lower.items() if low in starting}
        if not first_words:
            return []
        n = len(words)
        out = []
        for i in [i for i, w in enumerate(words) if w in first_words]:
            first = words[i].lower()
            positions = [i]  # the name's words in the text: hyphens and runs of spaces are not words
            for name, gene in self.names.get((first, _next_word(words, i, positions)), ()):
                while len(positions) < len(name) and positions[-1] < n:
                    _next_word(words, positions[-1], positions)
                if len(positions) >= len(name) and positions[len(name) - 1] < n and \
                        all(words[positions[k]].lower() == name[k] for k in range(1, len(name))) and \
                        _joined(text, starts, ends, positions[:len(name)]):
                    out.append((starts[i], ends[positions[len(name) - 1]], self.refs[gene.hgnc_id]))
                    break
            else:
                gene = self.one_word_names.get(first)
                if gene is not None:
                    out.append((starts[i], ends[i], self.refs[gene.hgnc_id]))
        return [(s, e, ref) for s, e, ref in out if not _attached(text, s, e)]

    def entity_table(self) -> dict[str, dict[str, object]]:
        """CURIE -> what the graph shows for a gene node (the lexicon's table shape)."""
        return {curie: {"label": g.symbol, "category": g.category, "synonyms": [g.name, *g.previous, *g.aliases],
                        "xrefs": list(g.xrefs), "derived_from": None} for curie, g in self.by_curie.items()}


def _attached(text: str, start: int, end: int) -> bool:
    """A prefix before ("anti-KLF4", "si-STAT3") or "-like" or an antisense mark after ("epidermal growth
    factor-like repeats", "BACE1-antisense", "BACE1-AS1") makes the words something other than the gene;
    "p-STAT3" is the gene's phosphorylated protein (:func:`phospho_start`), and "lncRNA-GAS5" the RNA."""
    prefixed = start >= 2 and text[start - 1] in HYPHENS and text[start - 2].isalnum()
    return (prefixed and phospho_start(text, start) is None
            and _RNA_PREFIX.search(text, max(0, start - 9), start - 1) is None) or _LIKE.match(text, end) is not None


def phospho_prefixed(text: str, start: int) -> bool:
    """Whether the span at ``start`` opens with a phosphorylation prefix ("p-AKT", "phospho-STAT3")."""
    for prefix in ("phospho", "p"):
        end = start + len(prefix)
        if text[start:end].lower() == prefix and text[end:end + 1] in HYPHENS and text[end + 1:end + 2].isalnum():
            return True
    return False


def phospho_start(text: str, start: int) -> int | None:
    """Where a phosphorylation prefix before ``start`` begins ("p-STAT3", "P-JAK2", "phospho-mTOR"), else None."""
    if start < 2 or text[start - 1] not in HYPHENS:
        return None
    for prefix in ("phospho", "p"):
        b = start - 1 - len(prefix)
        if b >= 0 and text[b:start - 1].lower() == prefix and (b == 0 or not text[b - 1].isalnum()):
            return b
    return None


def name_words(name: str) -> tuple[str, ...]:
    """A name as the words it is matched by: lower case, hyphens dropped ("LDL receptor-related protein 1"
    -> ldl, receptor, related, protein, 1)."""
    return tuple(w for w in TOKEN_RE.findall(name.lower()) if w not in HYPHENS)


def _next_word(words: Sequence[str], i: int, positions: list[int]) -> str:
    """The next word after token ``i`` (lower case, "" at the end); its position is appended to ``positions``."""
    j = i + 1
    while j < len(words) and (words[j] in HYPHENS or words[j].isspace()):
        j += 1
    positions.append(j)
    return words[j].lower() if j < len(words) else ""


def _joined(text: str, starts: Sequence[int], ends: Sequence[int], positions: Sequence[int]) -> bool:
    """The tokens at ``positions`` follow one another with nothing but spaces and hyphens between them."""
    return all(not text[ends[a]:starts[b]].strip(" " + HYPHENS) for a, b in pairwise(positions))


def _names_the_gene(long_form: str, gene: Gene) -> bool:
    """Whether a defined long form is (close to) the gene's name: half its words (compared by their first
    four letters: "glycation end products" ~ "glycosylation end-product"), a shortening of it ("Argonaute 2"
    for "argonaute RISC catalytic component 2"), or the symbol itself."""
    if gene.symbol.lower() in long_form.lower():
        return True
    wanted = {w[:4] for w in _NAME_WORD.findall(gene.name.lower())}
    given = {w[:4] for w in _NAME_WORD.findall(long_form.lower())}
    # half the name's words, or a shortened name all of whose words are the name's ("Argonaute 2 (Ago2)")
    return bool(wanted) and (len(wanted & given) * 2 >= len(wanted) or (bool(given) and given <= wanted))


# the head words of gene and protein names ("aarF-domain-containing kinase 3 gene", "cannabinoid receptor 1")
_GENE_NAME_HEADS = frozenset({
    "gene", "protein", "kinase", "receptor", "factor", "enzyme", "phosphatase", "transporter", "channel",
    "synthase", "ligase", "helicase", "oxidase", "reductase", "transferase", "homolog", "homologue", "antigen",
    "ligand", "peptidase", "protease", "exchanger", "subunit",
})
_TRAILING_NUMBER = re.compile(r"(?:[0-9]+[a-z]?|[ivx]+|[a-z])")
_NUMBERED_END = re.compile(r"(?:^|[0-9])[a-zα-ω]?$")


def names_a_gene(long_form: str) -> bool:
    """Whether a defined long form reads as a gene's or protein's name: its last word before any number or
    letter is a head word of such names. A previous or alias symbol is defined with the gene's earlier name
    ("aarF-domain-containing kinase 3 gene (ADCK3)" for COQ8A), which the table does not hold; "spinocerebellar
    ataxia type 3 (SCA3)" names a disease."""
    words = TOKEN_RE.findall(long_form.lower())
    while words and (_TRAILING_NUMBER.fullmatch(words[-1]) or words[-1] in HYPHENS):
        words.pop()
    return bool(words) and words[-1] in _GENE_NAME_HEADS


def numbered_or_gene_headed(long_form: str) -> bool:
    """Whether a long form ends as a gene's name does: with a head word of such names or a number or letter
    ("tissue inhibitor of metalloproteinases 2", "Yin Yang 1", "inositol-requiring enzyme 1α"), not with a word
    naming something else ("advanced glycation end products")."""
    words = TOKEN_RE.findall(long_form.lower())
    return bool(words) and (names_a_gene(long_form) or bool(_NUMBERED_END.search(words[-1])))


_NUMBERED_SYMBOL = re.compile(r"(?P<letters>[A-Za-z][A-Za-z-]*?)-?(?P<number>\d+)")


def _numbered_name_of(long_form: str, form: str) -> bool:
    """Whether a long form is a numbered gene name the table does not hold, ending with the symbol's number and
    read as a protein's name ("special AT-rich sequence binding protein 2 (SATB2)", "Kruppel-like factor 4 (KLF4)")
    or spelling the symbol's letters with its words' initials ("Yin Yang 1 (YY1)"); "standard deviation (SD)"
    ends with no number."""
    m = _NUMBERED_SYMBOL.fullmatch(form)
    words = TOKEN_RE.findall(long_form)
    if m is None or len(words) < 2 or words[-1] != m.group("number"):
        return False
    initials = "".join(w[0] for w in words[:-1] if w[0].isalpha()).lower()
    return names_a_gene(long_form) or initials == m.group("letters").replace("-", "").lower()


# words only a gene or its product takes after it ("Cblb expression") or before it ("targeted Cbl")
_GENE_WORDS_AFTER = frozenset({
    "mrna", "mrnas", "protein", "proteins", "gene", "genes", "expression", "levels", "knockdown", "knockout",
    "deficiency", "silencing", "overexpression", "promoter", "transcript", "transcripts", "phosphorylation",
    "ubiquitination", "sirna", "shrna", "utr", "3'utr", "3′utr", "mutation", "mutations", "mutant", "mutants",
    "inhibitor", "inhibitors", "agonist", "antagonist", "antibody", "antibodies", "immunoreactivity",
})
_GENE_WORDS_BEFORE = frozenset({
    "targeted", "targeting", "targets", "target", "anti", "si", "sh", "phosphorylated", "knockdown", "knocked",
    "silenced", "silencing", "overexpressed", "overexpressing",
})


def _title_word(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


def _neighbour(words: Sequence[str], i: int, step: int) -> int:
    """The index of the next token from i in direction ``step`` that is not whitespace (-1 or len(words) if none)."""
    j = i + step
    while 0 <= j < len(words) and words[j].isspace():
        j += step
    return j


def _reads_as_symbol(text: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int], i: int,
                     symbols: Container[str], short_forms: dict[str, str], gene: Gene) -> bool | None:
    """Whether a capitalised word that is also a letter-only symbol ("Cblb", "Shh", "Nefl") names the gene:
    True where it has a gene's company, False where it cannot, None where the words around it do not say.

    Many such symbols are words ("Rest", "Clock", "Kit"), so the word must not stand among capitalised
    words of a title or a journal's name, nor before an author's initials, and it needs a gene's company: a
    defined short form of the gene's name ("sonic hedgehog (Shh)"), a word that only a gene takes after it
    ("Cblb expression", "Htt mRNA") or, inside a sentence, before it ("targeted Cbl", "knockdown of Nefl").
    """
    word = words[i]
    if word in short_forms:
        return _names_the_gene(short_forms[word], gene)
    j, k = _neighbour(words, i, -1), _neighbour(words, i, 1)
    nxt = words[k] if k < len(words) else ""
    if _title_word(nxt) and nxt not in symbols:
        return False
    if nxt.lower() in _GENE_WORDS_AFTER:
        return j < 0 or not (_title_word(words[j]) and words[j] not in symbols)  # "Nefl mRNA rose", not "Human Kit"
    if j < 0 or words[j] in ".!?:;#*|•" or "\n" in text[ends[j]:starts[i]]:
        return None  # at a sentence's or line's start: no company before it
    prev = words[j]
    if _title_word(prev) and prev not in symbols:
        return False
    if prev.lower() in _GENE_WORDS_BEFORE:
        return True
    if prev.lower() == "of":  # "knockdown of Nefl", "the expression of Cblb"
        before = _neighbour(words, j, -1)
        if before >= 0 and words[before].lower() in _GENE_WORDS_AFTER:
            return True
    return None


_COORDINATORS = frozenset({"and", "or", ",", "/"})


def _rodent_symbols(text: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int],
                    rodent: dict[str, Gene], symbols: Container[str], short_forms: dict[str, str],
                    symbol_positions: set[int]) -> list[int]:
    """Positions of the letter-only symbols in rodent capitalisation that name their gene.

    One with a gene's company names it (:func:`_reads_as_symbol`); so does, in the same text, every other
    occurrence of that word the words around do not rule out ("Cblb was a direct target of miR-199a-3p",
    once "Cblb expression" was read), and one coordinated with a symbol read as a gene ("Cblb and Cbl gene
    knockdown", "between TrkA and Cblb").
    """
    readings = {i: _reads_as_symbol(text, words, starts, ends, i, symbols, short_forms, rodent[w])
                for i, w in enumerate(words) if w in rodent}
    named = {words[i] for i, reading in readings.items() if reading}
    for i, reading in readings.items():
        if reading is None and words[i] in named:
            readings[i] = True
    changed = True
    while changed:
        changed = False
        for i, reading in readings.items():
            if reading is not None:
                continue
            for step in (-1, 1):
                j = _neighbour(words, i, step)
                if not (0 <= j < len(words)) or words[j] not in _COORDINATORS:
                    continue
                m = _neighbour(words, j, step)
                if 0 <= m < len(words) and (m in symbol_positions or readings.get(m)):
                    readings[i] = changed = True
                    break
    return [i for i, reading in readings.items() if reading]


def _in_capitals(words: Sequence[str], i: int, symbols: Container[str]) -> bool:
    """The word stands between words set in capitals that are not symbols themselves (a title or
    heading in capitals; "PTEN, BAX, BAD" is a list of genes)."""
    def capital(j: int, step: int) -> bool:
        while 0 <= j < len(words):
            word = words[j]
            if word.isalpha():
                return bool(_CAPITAL_WORD.fullmatch(word)) and word not in symbols
            if not (word.isspace() or word in "-,:;()'’"):
                return False
            j += step
        return False

    return capital(i - 1, -1) and capital(i + 1, 1)


@cache
def load_genes(path: Path = GENES_PATH) -> GeneSymbols:
    """The table in ``ontologies/hgnc_genes.tsv`` (read once per process)."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            lines = [line for line in fh if not line.startswith("#")]
    except OSError as exc:
        raise InputError(f"{path}: cannot read the gene table ({exc.strerror or exc})") from None
    genes = []
    for n, row in enumerate(csv.reader(lines, delimiter="\t"), 1):
        if len(row) != 9 or not row[0].startswith("HGNC:") or row[8] not in CATEGORIES:
            raise InputError(f"{path}: data row {n} is not 'hgnc_id, symbol, name, ncbigene, rgd, mgi, "
                             f"previous_symbols, alias_symbols, category' (category one of {sorted(CATEGORIES)})")
        hgnc_id, symbol, name, ncbigene, rgd, mgi, previous, aliases, category = row
        xrefs = tuple(x for x in (f"NCBIGene:{ncbigene}" if ncbigene else "", rgd, mgi) if x)
        genes.append(Gene(hgnc_id, symbol, name, xrefs, _cell(previous), _cell(aliases), category))
    return GeneSymbols(genes)


def _cell(cell: str) -> tuple[str, ...]:
    return tuple(p for p in cell.split("|") if p)


__all__ = ["GENES_PATH", "Gene", "GeneSymbols", "load_genes", "phospho_prefixed", "phospho_start"]
