"""Actors: ACLED actor types, the derived interaction, and alias matching.

JNIM is written a dozen ways in the press; an ``ActorMatcher`` maps every spelling
(case, accents, hyphens, straight or curly apostrophes) to one registry name.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sahel_desk.domain.text import clean, fold


class ActorType(enum.IntEnum):
    """ACLED's ``inter1``/``inter2`` types; the value is the old numeric code."""

    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER = 8

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self]

    @classmethod
    def parse(cls, value: object) -> ActorType | None:
        """Text (``State forces``) or numeric (``1``, ``1.0``) form; None for blank."""
        if value is None:
            return None
        text = str(value).strip()
        if not text:
            return None
        if re.fullmatch(r"\d+(\.0+)?", text):
            number = int(float(text))
            if number in cls._value2member_map_:
                return cls(number)
            raise ValueError(f"unknown actor type code {text!r} (ACLED uses 1 to 8)")
        found = _TYPE_BY_KEY.get(fold(text))
        if found is None:
            raise ValueError(f"unknown actor type {text!r}")
        return found


_TYPE_LABELS = {
    ActorType.STATE_FORCES: "State forces",
    ActorType.REBEL_GROUP: "Rebel group",
    ActorType.POLITICAL_MILITIA: "Political militia",
    ActorType.IDENTITY_MILITIA: "Identity militia",
    ActorType.RIOTERS: "Rioters",
    ActorType.PROTESTERS: "Protesters",
    ActorType.CIVILIANS: "Civilians",
    ActorType.EXTERNAL_OTHER: "External/Other forces",
}
_TYPE_BY_KEY = {fold(label): t for t, label in _TYPE_LABELS.items()} | {
    fold("Protestors"): ActorType.PROTESTERS,
    fold("External/Other force"): ActorType.EXTERNAL_OTHER,
}
ARMED_TYPES = frozenset(
    {
        ActorType.STATE_FORCES,
        ActorType.REBEL_GROUP,
        ActorType.POLITICAL_MILITIA,
        ActorType.IDENTITY_MILITIA,
        ActorType.EXTERNAL_OTHER,
    }
)


def interaction(inter1: ActorType | None, inter2: ActorType | None) -> str | None:
    """ACLED's text interaction, order-free: ``State forces-Rebel group``, ``Civilians only``."""
    types = sorted(t for t in (inter1, inter2) if t is not None)
    if not types:
        return None
    if len(types) == 1:
        return f"{types[0].label} only"
    return f"{types[0].label}-{types[1].label}"


def interaction_code(inter1: ActorType | None, inter2: ActorType | None) -> int | None:
    """The old numeric interaction: the two digits, smaller first; ``10`` when one-sided."""
    types = sorted(int(t) for t in (inter1, inter2) if t is not None)
    if not types:
        return None
    return types[0] * 10 + (types[1] if len(types) == 2 else 0)


@dataclass(frozen=True)
class Actor:
    """A registry entry: the name exports write, its type, and the other ways it is written."""

    name: str
    actor_type: ActorType | None
    aliases: tuple[str, ...] = ()
    country: str | None = None
    description: str = ""
    id: int | None = None
    since: dt.date | None = None  # a state's forces: the day their regime began


@dataclass
class ActorMatcher:
    """In-memory alias index: every folded name or alias -> registry name."""

    _by_key: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, actors: Iterable[Actor]) -> ActorMatcher:
        matcher = cls()
        for actor in actors:
            matcher.add(actor.name, actor.aliases)
        return matcher

    def add(self, name: str, aliases: Iterable[str] = ()) -> None:
        for spelling in (name, *aliases):
            key = fold(spelling)
            if key:
                self._by_key.setdefault(key, name)

    def match(self, text: str | None) -> str | None:
        """The registry name ``text`` stands for, or None when no name or alias fits."""
        return self._by_key.get(fold(text)) if text else None


def split_actors(value: str | None) -> tuple[str, ...]:
    """ACLED's multi-value associated-actor field (``A; B``) as a tuple of clean names."""
    if not value:
        return ()
    return tuple(name for name in (clean(part) for part in value.split(";")) if name)
