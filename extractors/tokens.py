"""Tokenization and sentence segmentation tuned for biomedical prose.

spaCy's English tokenizer keeps ``miR-199a-3p/145`` and ``κB.`` as single tokens, which
hides entity boundaries. exokg therefore tokenizes with one regular expression that splits
every run of letters/digits from every punctuation mark (``miR``, ``-``, ``199a``, ``-``,
``3p``, ``/``, ``145``...) while keeping decimal numbers (``3.47``) whole. The same token
stream feeds the lexicon matcher and the spaCy :class:`~spacy.tokens.Doc`, so every
mention lines up with token boundaries, and building the Doc from pre-split words is
faster than spaCy's own prefix/suffix/infix search.

Sentences end at ``.``, ``?`` or ``!`` followed by space and a capital, digit or opening
bracket, and at line breaks, except after abbreviations such as "et al.", "e.g.", "Fig." (a unit after a
number, "30 min.", still ends one) and inside a bracket that closes shortly after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# words: decimal numbers, runs of letters/digits, or any single other visible character
TOKEN_RE = re.compile(r"\d+(?:[.,·]\d+)+(?![^\W_])|[^\W_]+|[^\w\s]|_")
WHITESPACE_RE = re.compile(r"\s+")

# abbreviations after which a full stop does not end a sentence
NON_FINAL = frozenset({
    "al", "e.g", "i.e", "eg", "ie", "fig", "figs", "vs", "etc", "approx", "ca", "cf", "no", "nos",
    "ref", "refs", "suppl", "eq", "eqs", "sp", "spp", "st", "dr", "mr", "mrs", "ms", "prof", "vol",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "min", "max",
    "resp", "var", "viz", "incl", "inc", "ltd", "co", "univ", "dept", "tab", "std",
})
# of those, the units a number may end a sentence with ("incubated for 30 min. Cells were ...")
_UNITS = frozenset({"min", "ms"})
_NUMBER_BEFORE = re.compile(r"\d\s?\Z")
# a word in capitals spelling an abbreviation is a name ("constitutively active IKKβ (IKKβ-CA).", "NO."), unless
# the paper writes its figures in capitals ("FIG. 2")
_CAPITALS_NAME = re.compile(r"(?!(?:FIGS?|REFS?|VS|TAB|SUPPL)\Z)[A-Z]{2,}")
# how far a bracket may stay open around a full stop that does not end the sentence ("(Std. Mean Difference ...)")
_BRACKET_REACH = 160
# what may open a sentence: a capital, a digit, a Greek letter, or a name of the field written in lower case first
# ("miR-21 ...", "let-7b ...", "mTOR ...", "siRNA ...", "p53 ...", "hUC-MSCs ...")
SENTENCE_OPENER = r"(?:[A-Z0-9α-ωΑ-Ω]|[a-z]{1,6}[A-Z0-9]|let-\d|[a-z]{1,6}-(?:\d|[a-z]*[A-Z]))"  # "inh-338-sEVs", "anti-miR-21-Exos"
# a citation written as a superscript after the stop stays with the sentence it cites for ("neurons.<sup>5</sup> Therefore")
_SENT_END = re.compile(rf"[.?!][\"”’')\]]*(?:<sup>[^<>]{{1,40}}</sup>)?(?=\s+[\"“‘'(\[]?{SENTENCE_OPENER})")
_PRECEDING_WORD = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]+$")
_LINE_BREAK = re.compile(r"\n")
# a full stop run together with the next sentence's first word, as PDF text layers and some web pages give it
_GLUED_SENT_END = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]{2,})")
# a small word run together with a name in capitals after it, as PDF text layers and some web pages give them
# ("TreatmentwithMSC-derived", "administration ofMSC-derived"): split after the small word
_GLUED_WORD_THEN_CAPITALS = re.compile(r"(?:of|with|and|from|for|by|to|on|in)(?=[A-Z][A-Z])")
_WORD_BEFORE = re.compile(r"[A-Za-z][a-z]*$")


@dataclass(frozen=True, slots=True)
class Tokens:
    """Parallel lists describing one text's tokens (character offsets into the text)."""

    words: list[str]
    spaces: list[bool]
    starts: list[int]
    ends: list[int]
    is_space: list[bool]


def tokenize(text: str) -> Tokens:
    """Split ``text`` into tokens the way spaCy's Doc wants them (words + trailing-space flags).

    A single ASCII space after a token is that token's trailing space; any other whitespace run
    becomes a whitespace token of its own, so ``"".join(words with spaces) == text``.
    """
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    ends: list[int] = []
    is_space: list[bool] = []
    pos = 0
    n = len(text)
    glued = _glued_cuts(text)
    for m in TOKEN_RE.finditer(text):
        s = m.start()
        if s > pos:
            _gap(text, pos, s, words, spaces, starts, ends, is_space)
        e = m.end()
        if glued and (cut := next((c for c in glued if s < c < e), None)) is not None:
            # "TreatmentwithMSC-derived exosomes": a word and a name run together in the source
            words.append(text[s:cut])
            starts.append(s)
            ends.append(cut)
            is_space.append(False)
            spaces.append(False)
            s = cut
        words.append(text[s:e])
        starts.append(s)
        ends.append(e)
        is_space.append(False)
        if e < n and text[e] == " ":
            spaces.append(True)
            pos = e + 1
        else:
            spaces.append(False)
            pos = e
    if pos < n:
        _gap(text, pos, n, words, spaces, starts, ends, is_space)
    return Tokens(words, spaces, starts, ends, is_space)


def _glued_cuts(text: str) -> list[int]:
    """Where a small word ends that runs into a name in capitals ("ofMSC", "TreatmentwithMSC"; not "miRNA")."""
    cuts = []
    for m in _GLUED_WORD_THEN_CAPITALS.finditer(text):
        cut = m.end()
        word = _WORD_BEFORE.search(text, max(0, cut - 30), cut)
        if word is not None and (word.start() == 0 or not text[word.start() - 1].isalpha()):
            cuts.append(cut)
    return cuts


def _gap(text: str, start: int, end: int, words: list[str], spaces: list[bool], starts: list[int],
         ends: list[int], is_space: list[bool]) -> None:
    """Whitespace between two tokens that is not a single trailing space."""
    gap = text[start:end]
    if words and not spaces[-1] and gap[0] == " " and len(gap) > 1:
        # "a  b": first space belongs to "a", the rest is a whitespace token
        spaces[-1] = True
        start += 1
        gap = gap[1:]
    words.append(gap)
    spaces.append(False)
    starts.append(start)
    ends.append(end)
    is_space.append(True)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences (stripped of surrounding whitespace, empty ones dropped)."""
    cuts: list[int] = []
    for m in _SENT_END.finditer(text):
        dot = m.start()
        if text[dot] == "." and not stop_ends_sentence(text, dot, m.end()):
            continue
        if inside_brackets(text, cuts[-1] if cuts else 0, dot):
            continue
        cuts.append(m.end())
    if "." in text:
        for m in _GLUED_SENT_END.finditer(text):  # "paracrine factors.Exosomes are ...": no space after the stop
            word = _PRECEDING_WORD.search(text, max(0, m.start() - 20), m.start())
            if word is None or word.group().lower() not in NON_FINAL:
                cuts.append(m.end())
    for m in _LINE_BREAK.finditer(text):
        cuts.append(m.start())
    cuts.sort()
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in [*cuts, len(text)]:
        if cut <= prev:
            continue
        s, e = prev, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        prev = cut
    return spans


def stop_ends_sentence(text: str, dot: int, after: int) -> bool:
    """Whether the full stop at ``dot`` (followed by what may open a sentence, from ``after``) ends one: not after an
    abbreviation ("et al.", "Fig.", "Std."), unless a unit after a number ("30 min."), nor after an initial."""
    word = _PRECEDING_WORD.search(text, max(0, dot - 20), dot)
    if word is None:
        return True
    w = word.group().lower().rstrip(".")
    if w in NON_FINAL and not _CAPITALS_NAME.fullmatch(word.group()):
        return w in _UNITS and _NUMBER_BEFORE.search(text, max(0, word.start() - 3), word.start()) is not None
    # a single capital before the dot is an initial ("Li X. et al."), not a sentence end
    return not (len(w) == 1 and word.group().isupper() and not _is_sentence_final_initial(text, after))


def inside_brackets(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a bracket opened since ``start`` that closes shortly after it."""
    opened = text.count("(", start, at) + text.count("[", start, at)
    if opened <= text.count(")", start, at) + text.count("]", start, at):
        return False
    end = min(len(text), at + _BRACKET_REACH)
    close = min((x for x in (text.find(")", at, end), text.find("]", at, end)) if x >= 0), default=-1)
    return close >= 0 and "\n" not in text[at:close]


def _is_sentence_final_initial(text: str, after: int) -> bool:
    """After "X." a sentence really ends when the next word is not a name-like continuation."""
    nxt = text[after:after + 12].lstrip()
    return not (nxt.startswith("et al") or (nxt[:1].isupper() and nxt[1:2] == "."))
