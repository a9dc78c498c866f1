"""Words that stand before a cell type and say which cells they are or what was done to them.

The entity layer and the relation reader both look for them ("the activation of cultured astrocytes",
"apoptosis of the injured neurons", "LPS-stimulated microglia (LPS-MG)", "... in H2O2-treated neurons"), so
the words are listed once here and both read a cell's phrase alike; so are the proteins that mark a kind of cell
("Iba1+ cells" are microglia).
"""

from __future__ import annotations

# "of (the) <word> <cell>": a state, origin or place of the cells, not another participant
CELL_STATE_WORDS = frozenset({
    "cultured", "primary", "injured", "surviving", "endogenous", "resident", "human", "rat", "mouse", "activated",
    "reactive", "neurotoxic", "proinflammatory", "pro-inflammatory", "spinal", "cortical", "hippocampal"})
# "of (the) <origin> <cell>": where in the nervous system the cells come from ("axonal outgrowth of dorsal root
# ganglion neurons"), written in one or more words
CELL_ORIGINS = frozenset({"spinal cord", "dorsal root ganglion", "DRG", "spinal", "cortical", "hippocampal"})
# "<agent>-<participle> <cell>": cells named with what was done to them ("exosome-educated macrophages")
TREATMENT_PARTICIPLES = frozenset({
    "treated", "pretreated", "pre-treated", "stimulated", "induced", "exposed", "challenged", "primed", "educated",
    "preconditioned", "pre-conditioned", "activated", "polarized", "polarised", "stressed", "injured"})


def alternation(words: frozenset[str]) -> str:
    """A regular-expression alternation of ``words``, longest first so that no word wins inside a longer one."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w))).replace("-", r"\-")


# "1% O2", "0.5 % oxygen": a low oxygen share the cells were kept in is hypoxia (room air is 21%)
LOW_OXYGEN = r"(?:0?\.\d+|[0-5](?:\.\d+)?)\s*%\s*(?:O2|O₂|oxygen)\b"

# a cell line's name ("PC12", "BV2", "HT22", "VSC4.1" written "VSC4"), and SH-SY5Y, whose hyphen the pattern lacks
CELL_LINE_NAME = r"[A-Z][A-Za-z]*[0-9][A-Za-z0-9]*"


# the cells a marker labels whatever their state: the kind of cell that "Iba1+" cells are
KIND_MARKERS = {"HGNC:352": "microglia", "HGNC:27884": "microglia", "HGNC:6149": "microglia",  # Iba1, TMEM119, CD11b
                "HGNC:1693": "macrophage", "HGNC:4235": "astrocyte"}  # CD68, GFAP
