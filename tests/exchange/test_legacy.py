"""Pre-2019 ACLED event types onto the current taxonomy."""

from __future__ import annotations

import pytest

from sahel_desk.domain import taxonomy
from sahel_desk.exchange.legacy import (
    LEGACY_EVENT_TYPES,
    LegacyMapping,
    guess_explosion_sub_type,
    legacy_event_type,
    map_legacy,
)

EXPECTED = {
    "Battle-No change of territory": ("Battles", "Armed clash", True),
    "Battle-Government regains territory": ("Battles", "Government regains territory", True),
    "Battle-Non-state actor overtakes territory": (
        "Battles",
        "Non-state actor overtakes territory",
        True,
    ),
    "Remote violence": ("Explosions/Remote violence", None, False),
    "Riots/Protests": (None, None, False),
    "Violence against civilians": ("Violence against civilians", "Attack", False),
    "Strategic development": ("Strategic developments", "Other", False),
    "Non-violent transfer of territory": (
        "Strategic developments",
        "Non-violent transfer of territory",
        True,
    ),
    "Headquarters or base established": (
        "Strategic developments",
        "Headquarters or base established",
        True,
    ),
}


def test_the_nine_legacy_types_are_listed():
    assert set(LEGACY_EVENT_TYPES) == set(EXPECTED)


@pytest.mark.parametrize("legacy", list(EXPECTED))
def test_each_legacy_type_maps_as_documented(legacy):
    found = map_legacy(legacy)
    assert (found.event_type, found.sub_event_type, found.certain) == EXPECTED[legacy]
    if found.event_type and found.sub_event_type:
        assert taxonomy.event_type_of(found.sub_event_type) == found.event_type


@pytest.mark.parametrize(
    "written",
    [
        "Battle - No change of territory",
        "Battle – No change of territory",
        "Battle—no change of territory",
        "BATTLE-NO CHANGE OF TERRITORY",
        "  battle-no  change of territory ",
    ],
)
def test_spelling_variants_match(written):
    assert map_legacy(written) == LegacyMapping("Battles", "Armed clash", True)


def test_accents_and_slashes_are_folded():
    assert map_legacy("Riots / Protests").candidates == ("Protests", "Riots")
    assert map_legacy("Non violent transfer of térritory").certain is True


@pytest.mark.parametrize(
    "text",
    ["Battles", "Explosions/Remote violence", "Strategic developments", "Protests", "", "Riots"],
)
def test_current_or_unknown_types_are_not_legacy(text):
    assert map_legacy(text) is None


@pytest.mark.parametrize(
    ("notes", "sub"),
    [
        ("An IED struck a vehicle near Boni.", "Remote explosive/landmine/IED"),
        ("Un engin explosif a touché un véhicule sur l’axe.", "Remote explosive/landmine/IED"),
        ("Un camion a sauté sur une mine près de Gossi.", "Remote explosive/landmine/IED"),
        ("A drone strike hit a suspected JNIM position.", "Air/drone strike"),
        ("Frappe aérienne de l'armée sur un campement.", "Air/drone strike"),
        ("Mortar shells fell on the MINUSMA camp in Kidal.", "Shelling/artillery/missile attack"),
        ("Tirs d'obus sur le camp de Tessalit.", "Shelling/artillery/missile attack"),
        ("A suicide bomber detonated his vest at the gate.", "Suicide bomb"),
        ("A grenade was thrown into a bar in Gao.", "Grenade"),
    ],
)
def test_remote_violence_notes_give_a_flagged_guess(notes, sub):
    found = map_legacy("Remote violence", notes)
    assert found == LegacyMapping("Explosions/Remote violence", sub, False)


@pytest.mark.parametrize(
    "notes",
    [
        "",
        "An explosion was heard near the camp.",
        "A rocket-propelled grenade hit a truck.",  # two weapons: the analyst decides
        "A drone spotted the IED before it exploded.",
        "An explosion at a gold mine near Kéniéba.",  # not a landmine
        "Explosion sur un site d'orpaillage : la mine d'or est fermée.",
        "The minister visited; military operations resumed.",  # words containing "mine"
    ],
)
def test_remote_violence_without_one_clear_weapon_has_no_sub_type(notes):
    assert guess_explosion_sub_type(notes) is None
    assert map_legacy("Remote violence", notes).sub_event_type is None


@pytest.mark.parametrize(
    ("inter1", "event_type"),
    [(None, None), (5, "Riots"), ("6", "Protests"), ("Rioters", "Riots"), (1, None), ("99", None)],
)
def test_riots_protests_is_left_to_the_analyst_unless_the_actor_type_tells(inter1, event_type):
    found = map_legacy("Riots/Protests", "Youths burnt tyres.", inter1=inter1)
    assert found == LegacyMapping(event_type, None, False, ("Protests", "Riots"))


def test_every_current_type_has_a_legacy_text_that_maps_back():
    seen = set()
    for event, subs in taxonomy.SUB_EVENT_TYPES.items():
        for sub in subs:
            legacy = legacy_event_type(event, sub)
            seen.add(legacy)
            back = map_legacy(legacy)
            assert back.event_type in (event, None)
            if back.certain:
                assert back.sub_event_type == sub
    assert seen == set(LEGACY_EVENT_TYPES)


def test_legacy_event_type_examples_and_errors():
    assert legacy_event_type("Protests", "Peaceful protest") == "Riots/Protests"
    assert legacy_event_type("battles", "armed clash") == "Battle-No change of territory"
    assert legacy_event_type("Strategic developments", "Arrests") == "Strategic development"
    with pytest.raises(ValueError):
        legacy_event_type("Battles", "Peaceful protest")
    with pytest.raises(ValueError):
        legacy_event_type("Wars", "Armed clash")
