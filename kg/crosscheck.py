"""Does a pooled effect point the way the text says it should?

Papers state directions in words ("BMSCs-Exo significantly reduces TNF-α") and in numbers
("SMD = −3.12"). An extraction or transcription error - a flipped sign, a swapped arm, an
outcome bound to the wrong number - shows up as a pooled effect whose sign disagrees with
the statements about the same intervention and outcome. :func:`direction_checks` compares
each effect with every statement ``intervention --increases/decreases--> outcome`` (or an
unsigned predicate carrying a polarity) and returns one verdict per effect:

* ``"agrees"``       every directional statement about the pair matches the effect's sign;
* ``"disagrees"``    at least one statement points the other way (a flag to review);
* ``"no statement"`` no directional statement about the pair, or the effect has no sign.

The sign of an effect is that of ``estimate - null`` (null 0; 1 for ratio measures).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.model import PooledEffect, Statement

RATIO_MEASURES = {"OR", "RR", "HR", "IRR", "ROM"}
AGREES, DISAGREES, NO_STATEMENT = "agrees", "disagrees", "no statement"


@dataclass(frozen=True)
class DirectionCheck:
    effect_id: str
    status: str
    effect_sign: str | None  # "+", "-" or None
    agreeing: tuple[str, ...] = field(default=())  # statement ids
    disagreeing: tuple[str, ...] = field(default=())
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"effect": self.effect_id, "status": self.status, "effect_sign": self.effect_sign,
                "agreeing_statements": list(self.agreeing), "disagreeing_statements": list(self.disagreeing),
                "detail": self.detail}


def effect_sign(effect: PooledEffect) -> str | None:
    null = 1.0 if effect.measure.upper() in RATIO_MEASURES else 0.0
    if effect.estimate > null:
        return "+"
    if effect.estimate < null:
        return "-"
    return None


def statement_sign(statement: Statement) -> str | None:
    """"+" for increases, "-" for decreases; an unsigned predicate falls back on the polarity."""
    from kg.vocab import predicate

    try:
        sign = predicate(statement.predicate).polarity
    except KeyError:
        sign = "0"
    if statement.predicate not in {"increases", "decreases", "regulates", "associated_with"}:
        return None  # carries, targets, marker_for ... say nothing about the effect's direction
    if sign in {"+", "-"}:
        return sign
    polarity = statement.polarity.value
    return polarity if polarity in {"+", "-"} else None


def direction_checks(effects: Iterable[PooledEffect], statements: Iterable[Statement]) -> dict[str, DirectionCheck]:
    """One :class:`DirectionCheck` per effect id (see module docstring)."""
    by_pair: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for st in statements:
        sign = statement_sign(st)
        if sign is None:
            continue
        if st.evidence and all(ev.negated for ev in st.evidence):
            continue
        by_pair.setdefault((st.subject.curie, st.object.curie), []).append((st.key_hash, sign))
    out: dict[str, DirectionCheck] = {}
    for eff in effects:
        sign = effect_sign(eff)
        stated = by_pair.get((eff.intervention.curie, eff.outcome.curie), [])
        if sign is None or not stated:
            detail = "effect has no direction" if sign is None and stated else "no directional statement"
            out[eff.id] = DirectionCheck(eff.id, NO_STATEMENT, sign, detail=detail)
            continue
        agree = tuple(sorted(k for k, s in stated if s == sign))
        disagree = tuple(sorted(k for k, s in stated if s != sign))
        word = {"+": "increases", "-": "decreases"}
        if disagree:
            detail = (f"{eff.measure} {eff.estimate:g} {word[sign]} {eff.outcome.label or eff.outcome.curie}, "
                      f"but {len(disagree)} statement(s) say {word['-' if sign == '+' else '+']}")
            out[eff.id] = DirectionCheck(eff.id, DISAGREES, sign, agree, disagree, detail)
        else:
            out[eff.id] = DirectionCheck(eff.id, AGREES, sign, agree, (), f"{len(agree)} statement(s) agree")
    return out


def direction_flags(effects: Iterable[PooledEffect], statements: Iterable[Statement]) -> list[DirectionCheck]:
    """Only the disagreements, in effect order: what a reviewer should look at."""
    effects = list(effects)
    checks = direction_checks(effects, statements)
    return [checks[e.id] for e in effects if checks[e.id].status == DISAGREES]
