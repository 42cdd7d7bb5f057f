"""ACLED's event taxonomy (codebook, October 2024): 6 event types, 25 sub-event types.

Values are ACLED's own English strings; they are the codes the database stores and the
exports write. Labels in the user's language come from ``i18n`` in the UI layer.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from types import MappingProxyType

from sahel_desk.domain.text import fold

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC_DEVELOPMENTS = "Strategic developments"
PV_AND_DEMONSTRATIONS = "Political violence; Demonstrations"

BATTLES = "Battles"
PROTESTS = "Protests"
RIOTS = "Riots"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
STRATEGIC = "Strategic developments"

# event type -> sub-event types, each in the codebook's hierarchical order, with disorder type.
_TREE: dict[str, tuple[tuple[str, str], ...]] = {
    BATTLES: (
        ("Government regains territory", POLITICAL_VIOLENCE),
        ("Non-state actor overtakes territory", POLITICAL_VIOLENCE),
        ("Armed clash", POLITICAL_VIOLENCE),
    ),
    PROTESTS: (
        ("Excessive force against protesters", PV_AND_DEMONSTRATIONS),
        ("Protest with intervention", DEMONSTRATIONS),
        ("Peaceful protest", DEMONSTRATIONS),
    ),
    RIOTS: (
        ("Violent demonstration", DEMONSTRATIONS),
        ("Mob violence", POLITICAL_VIOLENCE),
    ),
    EXPLOSIONS: (
        ("Chemical weapon", POLITICAL_VIOLENCE),
        ("Air/drone strike", POLITICAL_VIOLENCE),
        ("Suicide bomb", POLITICAL_VIOLENCE),
        ("Shelling/artillery/missile attack", POLITICAL_VIOLENCE),
        ("Remote explosive/landmine/IED", POLITICAL_VIOLENCE),
        ("Grenade", POLITICAL_VIOLENCE),
    ),
    VIOLENCE_AGAINST_CIVILIANS: (
        ("Sexual violence", POLITICAL_VIOLENCE),
        ("Attack", POLITICAL_VIOLENCE),
        ("Abduction/forced disappearance", POLITICAL_VIOLENCE),
    ),
    STRATEGIC: (
        ("Agreement", STRATEGIC_DEVELOPMENTS),
        ("Arrests", STRATEGIC_DEVELOPMENTS),
        ("Change to group/activity", STRATEGIC_DEVELOPMENTS),
        ("Disrupted weapons use", STRATEGIC_DEVELOPMENTS),
        ("Headquarters or base established", STRATEGIC_DEVELOPMENTS),
        ("Looting/property destruction", STRATEGIC_DEVELOPMENTS),
        ("Non-violent transfer of territory", STRATEGIC_DEVELOPMENTS),
        ("Other", STRATEGIC_DEVELOPMENTS),
    ),
}

EVENT_TYPES: tuple[str, ...] = tuple(_TREE)
SUB_EVENT_TYPES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {event: tuple(sub for sub, _ in subs) for event, subs in _TREE.items()}
)
# "Other" is the only sub-type name that could collide across types; ACLED keeps it unique.
_PARENT = {sub: event for event, subs in _TREE.items() for sub, _ in subs}
_DISORDER = {sub: disorder for subs in _TREE.values() for sub, disorder in subs}

# Sub-types on which ACLED allows the civilian-targeting flag (codebook validation rules).
CIVILIAN_TARGETING_ALLOWED = frozenset(
    SUB_EVENT_TYPES[VIOLENCE_AGAINST_CIVILIANS]
    + SUB_EVENT_TYPES[EXPLOSIONS]
    + SUB_EVENT_TYPES[RIOTS]
    + ("Excessive force against protesters",)
)

# Spelling variants seen in real files, folded -> canonical.
_VARIANTS = {
    fold("Excessive force against protestors"): "Excessive force against protesters",
    fold("Strategic Developments"): STRATEGIC,
    fold("Explosions/remote violence"): EXPLOSIONS,
    fold("Remote violence"): EXPLOSIONS,
    # what French sheets write for an IED or a landmine, besides our label
    fold("Engin explosif improvisé"): "Remote explosive/landmine/IED",
    fold("Engin explosif improvisé/mine"): "Remote explosive/landmine/IED",
    fold("Engin explosif improvisé/mine terrestre"): "Remote explosive/landmine/IED",
    fold("EEI"): "Remote explosive/landmine/IED",
    fold("IED"): "Remote explosive/landmine/IED",
    fold("Mine terrestre"): "Remote explosive/landmine/IED",
}
# French names, so that a colleague's French sheet reads ("Violence contre les civils").
# The UI's French catalogue says the same (tests/domain/test_text_and_taxonomy.py checks).
FRENCH = {
    "Battles": "Batailles",
    "Protests": "Manifestations",
    "Riots": "Émeutes",
    "Explosions/Remote violence": "Explosions/Violence à distance",
    "Violence against civilians": "Violence contre les civils",
    "Strategic developments": "Développements stratégiques",
    "Government regains territory": "Le gouvernement reprend un territoire",
    "Non-state actor overtakes territory": "Un acteur non étatique s’empare d’un territoire",
    "Armed clash": "Affrontement armé",
    "Excessive force against protesters": "Usage excessif de la force contre des manifestants",
    "Protest with intervention": "Manifestation avec intervention",
    "Peaceful protest": "Manifestation pacifique",
    "Violent demonstration": "Manifestation violente",
    "Mob violence": "Violence de foule",
    "Chemical weapon": "Arme chimique",
    "Air/drone strike": "Frappe aérienne/de drone",
    "Suicide bomb": "Attentat-suicide",
    "Shelling/artillery/missile attack": "Bombardement/tir d’artillerie/attaque de missiles",
    "Remote explosive/landmine/IED": "Explosif télécommandé/mine terrestre/EEI",
    "Grenade": "Grenade",
    "Sexual violence": "Violences sexuelles",
    "Attack": "Attaque",
    "Abduction/forced disappearance": "Enlèvement/disparition forcée",
    "Agreement": "Accord",
    "Arrests": "Arrestations",
    "Change to group/activity": "Changement de groupe/d’activité",
    "Disrupted weapons use": "Utilisation d’armes déjouée",
    "Headquarters or base established": "Établissement d’un quartier général ou d’une base",
    "Looting/property destruction": "Pillage/destruction de biens",
    "Non-violent transfer of territory": "Transfert non violent de territoire",
    "Other": "Autre",
}
_CANONICAL = (
    {fold(v): v for v in (*EVENT_TYPES, *_PARENT)}
    | {fold(FRENCH[v]): v for v in (*EVENT_TYPES, *_PARENT)}
    | _VARIANTS
)


def canonical(value: str | None) -> str | None:
    """ACLED's spelling of an event or sub-event type written any way (in French too), or
    None if unknown."""
    return _CANONICAL.get(fold(value)) if value else None


def closest(value: str, *, sub_event_type: bool = False, within: str | None = None) -> str | None:
    """The event type (or sub-event type) a misspelt name most likely means ("Batles",
    "Violense contre les civils"), or None when none is close. A sub-event type is looked
    for among ``within``'s only (the row's event type): "Atack" in a battle is no Attack."""
    if sub_event_type and within in SUB_EVENT_TYPES:  # only its own: another would be refused
        return _closest(value, lambda v: _PARENT.get(v) == within)
    wanted = (lambda v: v in _PARENT) if sub_event_type else (lambda v: v in EVENT_TYPES)
    return _closest(value, wanted)


def _closest(value: str, wanted: Callable[[str], bool]) -> str | None:
    names = {key: v for key, v in _CANONICAL.items() if wanted(v)}
    found = difflib.get_close_matches(fold(value), names, n=1, cutoff=0.75)
    return names[found[0]] if found else None


def event_type_of(sub_event_type: str) -> str | None:
    return _PARENT.get(sub_event_type)


def disorder_type(sub_event_type: str | None) -> str | None:
    """Derived, never typed: the disorder type ACLED assigns to a sub-event type."""
    return _DISORDER.get(sub_event_type) if sub_event_type else None


def sub_types_with_disorder(disorder: str) -> tuple[str, ...]:
    """Sub-event types whose disorder type is ``disorder`` (or includes it, for the compound)."""
    return tuple(s for s, d in _DISORDER.items() if disorder in d.split("; ") or d == disorder)
