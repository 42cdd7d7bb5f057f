"""ACLED's event types before 2019, mapped onto the current taxonomy (formats document, §3).

Files made before 2019 have no ``sub_event_type`` and nine coarser event types. Some map
one to one; others need the analyst: ``certain=False`` marks every row where a default or a
guess was used, so that the importer can flag it while keeping the original text.

``Riots/Protests`` is left open (``event_type=None``, ``candidates=(Protests, Riots)``):
the two differ in disorder type, so a wrong guess moves events in or out of the political
violence counts. The actor type decides it when the caller passes ``inter1`` (legacy files
give it: 5 Rioters, 6 Protesters); the sub-event type is still the analyst's.

Pass only values of a legacy-shaped file (no ``sub_event_type`` column): ``Violence against
civilians`` is also a current event type, and in a current file its sub-type is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from sahel_desk.domain import taxonomy
from sahel_desk.domain.actors import ActorType
from sahel_desk.domain.text import fold

BATTLE_NO_CHANGE = "Battle-No change of territory"
BATTLE_GOVERNMENT = "Battle-Government regains territory"
BATTLE_NON_STATE = "Battle-Non-state actor overtakes territory"
REMOTE_VIOLENCE = "Remote violence"
RIOTS_PROTESTS = "Riots/Protests"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
STRATEGIC_DEVELOPMENT = "Strategic development"
NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
HEADQUARTERS = "Headquarters or base established"

LEGACY_EVENT_TYPES: tuple[str, ...] = (
    BATTLE_NO_CHANGE,
    BATTLE_GOVERNMENT,
    BATTLE_NON_STATE,
    REMOTE_VIOLENCE,
    RIOTS_PROTESTS,
    VIOLENCE_AGAINST_CIVILIANS,
    STRATEGIC_DEVELOPMENT,
    NON_VIOLENT_TRANSFER,
    HEADQUARTERS,
)


@dataclass(frozen=True)
class LegacyMapping:
    event_type: str | None  # None when the analyst must choose
    sub_event_type: str | None  # None when it cannot be told
    certain: bool  # False when a guess or a default was used (the importer flags those rows)
    candidates: tuple[str, ...] = ()  # the event types to choose from when event_type is None


# legacy -> (event type, sub-event type, certain). Legacy VAC and Strategic development
# covered every later sub-type: Attack and Other are defaults, hence not certain.
_MAP: dict[str, tuple[str | None, str | None, bool]] = {
    BATTLE_NO_CHANGE: (taxonomy.BATTLES, "Armed clash", True),
    BATTLE_GOVERNMENT: (taxonomy.BATTLES, "Government regains territory", True),
    BATTLE_NON_STATE: (taxonomy.BATTLES, "Non-state actor overtakes territory", True),
    REMOTE_VIOLENCE: (taxonomy.EXPLOSIONS, None, False),
    RIOTS_PROTESTS: (None, None, False),
    VIOLENCE_AGAINST_CIVILIANS: (taxonomy.VIOLENCE_AGAINST_CIVILIANS, "Attack", False),
    STRATEGIC_DEVELOPMENT: (taxonomy.STRATEGIC, "Other", False),
    NON_VIOLENT_TRANSFER: (taxonomy.STRATEGIC, "Non-violent transfer of territory", True),
    HEADQUARTERS: (taxonomy.STRATEGIC, "Headquarters or base established", True),
}
_BY_KEY = {fold(name): name for name in LEGACY_EVENT_TYPES}

# Remote violence: words in the notes (English and French, folded) that name one weapon.
# Bare "mine" is kept ("a sauté sur une mine"), but gold mines are struck out first:
# artisanal gold mining sites are everywhere in Malian notes.
_WEAPON_WORDS: dict[str, tuple[str, ...]] = {
    "Air/drone strike": (
        "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "drone", "drones",
        "helicopter", "helicopters", "helicoptere", "helicopteres", "frappe aerienne",
        "frappes aeriennes",
    ),
    "Suicide bomb": ("suicide", "kamikaze", "kamikazes", "svbied", "svbieds"),
    "Shelling/artillery/missile attack": (
        "shell", "shells", "shelled", "shelling", "mortar", "mortars", "rocket", "rockets",
        "artillery", "missile", "missiles", "obus", "mortier", "mortiers", "roquette",
        "roquettes", "artillerie",
    ),
    "Remote explosive/landmine/IED": (
        "ied", "ieds", "vbied", "improvised explosive", "explosive device", "roadside bomb",
        "landmine", "landmines", "land mine", "land mines", "mine", "mines", "engin explosif",
        "engins explosifs", "eei",
    ),
    "Grenade": ("grenade", "grenades"),
}  # fmt: skip
_NOT_WEAPONS = ("gold mine", "gold mines", "mine d or", "mines d or")
# French elisions ("d'obus", "l’engin") must split into words; fold would glue them.
_ELISIONS = str.maketrans(dict.fromkeys("'’‘", " "))


def guess_explosion_sub_type(notes: str) -> str | None:
    """The one Explosions/Remote violence sub-type the notes name, or None when they name none
    or several (an RPG is a rocket and a grenade: the analyst decides)."""
    text = f" {fold(notes.translate(_ELISIONS))} "
    for phrase in _NOT_WEAPONS:
        text = text.replace(f" {phrase} ", " ")
    found = [
        sub for sub, words in _WEAPON_WORDS.items() if any(f" {word} " in text for word in words)
    ]
    return found[0] if len(found) == 1 else None


_BY_ACTOR_TYPE = {ActorType.RIOTERS: taxonomy.RIOTS, ActorType.PROTESTERS: taxonomy.PROTESTS}


def _actor_event_type(inter1: object) -> str | None:
    try:
        actor_type = ActorType.parse(inter1)
    except ValueError:
        return None  # a bad code only loses the hint; the row is flagged anyway
    return _BY_ACTOR_TYPE.get(actor_type) if actor_type else None


def map_legacy(
    event_type_text: str, notes: str = "", *, inter1: object = None
) -> LegacyMapping | None:
    """The current (event type, sub-event type) of a legacy event type; None if not legacy.

    ``inter1`` (text or numeric actor type, optional) settles ``Riots/Protests``.
    """
    legacy = _BY_KEY.get(fold(event_type_text))
    if legacy is None:
        return None
    event_type, sub, certain = _MAP[legacy]
    if legacy == REMOTE_VIOLENCE:
        return LegacyMapping(event_type, guess_explosion_sub_type(notes), False)
    if legacy == RIOTS_PROTESTS:
        return LegacyMapping(
            _actor_event_type(inter1), None, False, (taxonomy.PROTESTS, taxonomy.RIOTS)
        )
    return LegacyMapping(event_type, sub, certain)


_BATTLES_BACK = {
    "Armed clash": BATTLE_NO_CHANGE,
    "Government regains territory": BATTLE_GOVERNMENT,
    "Non-state actor overtakes territory": BATTLE_NON_STATE,
}
_STRATEGIC_BACK = {
    "Non-violent transfer of territory": NON_VIOLENT_TRANSFER,
    "Headquarters or base established": HEADQUARTERS,
}


def legacy_event_type(event_type: str, sub_event_type: str) -> str:
    """The pre-2019 text ACLED would have written for a current type (for synthetic files)."""
    event = taxonomy.canonical(event_type)
    sub = taxonomy.canonical(sub_event_type)
    if event is None or sub is None or taxonomy.event_type_of(sub) != event:
        raise ValueError(f"not a current ACLED type: {event_type!r} / {sub_event_type!r}")
    if event == taxonomy.BATTLES:
        return _BATTLES_BACK[sub]
    if event == taxonomy.STRATEGIC:
        return _STRATEGIC_BACK.get(sub, STRATEGIC_DEVELOPMENT)
    return {
        taxonomy.EXPLOSIONS: REMOTE_VIOLENCE,
        taxonomy.PROTESTS: RIOTS_PROTESTS,
        taxonomy.RIOTS: RIOTS_PROTESTS,
        taxonomy.VIOLENCE_AGAINST_CIVILIANS: VIOLENCE_AGAINST_CIVILIANS,
    }[event]
