"""The shipped actor registry: every common spelling finds its actor, and no two actors clash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahel_desk.domain.actors import Actor, ActorType
from sahel_desk.domain.text import fold
from sahel_desk.reference.actors import ACTORS_VERSION, load_actors, registry_matcher

JNIM = "JNIM: Group for Support of Islam and Muslims"
ISGS = "Islamic State (Greater Sahara)"
FAMA = "Military Forces of Mali (2021-)"
MINUSMA = (
    "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"
)


@pytest.fixture(scope="module")
def actors() -> list[Actor]:
    return load_actors()


@pytest.fixture(scope="module")
def matcher():
    return registry_matcher()


@pytest.mark.parametrize(
    "spelling",
    [
        JNIM,
        "JNIM",
        "jnim",
        "Jama'at Nasr al-Islam wal Muslimin",  # straight apostrophe
        "Jama’at Nasr al-Islam wal Muslimin",  # curly apostrophe, as in the seed article
        "Jama’at Nasr al-Islam wal Muslimin (JNIM)",
        "Jamaat Nasr al Islam wal Muslimin",  # no apostrophe, no hyphen
        "JAMA'AT NASR AL-ISLAM WAL MUSLIMIN",
        "Jama’a Nusrat ul-Islam wa al-Muslimin",  # the article's second spelling
        "Jama'a Nusrat ul Islam wa al Muslimin",
        "Jamaat Nusrat al-Islam wal-Muslimin",
        "Jama'at Nusrat al-Islam wal-Muslimin",
        "jama’at nusrat al islam wal muslimin",
        "JNIM (Jama'at Nusrat al-Islam wal-Muslimin)",
        "Group for Support of Islam and Muslims",
        "GSIM",
        "gsim",
        "Groupe de soutien à l'islam et aux musulmans",
        "Groupe de soutien à l’islam et aux musulmans",
        "GROUPE DE SOUTIEN A L'ISLAM ET AUX MUSULMANS",
        "  JNIM: Group  for Support of Islam and Muslims ",
    ],
)
def test_every_jnim_spelling_matches_the_registry_name(matcher, spelling: str) -> None:
    assert matcher.match(spelling) == JNIM


@pytest.mark.parametrize(
    "spelling",
    [
        ISGS,
        "ISGS",
        "EIGS",
        "État islamique au Grand Sahara",
        "Etat islamique au Grand Sahara",  # no accent
        "ETAT ISLAMIQUE AU GRAND SAHARA",
        "Islamic State Sahel Province",
        "ISSP",
        "EI-Sahel",
        "Islamic State (West Africa) - Greater Sahara Faction",
    ],
)
def test_islamic_state_spellings_match_isgs(matcher, spelling: str) -> None:
    assert matcher.match(spelling) == ISGS


def test_the_two_group_actor_string_is_its_own_actor(matcher) -> None:
    both = "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    assert matcher.match(both) == both
    assert matcher.match(both.upper()) == both


@pytest.mark.parametrize(
    "spelling", ["FAMa", "FAMA", "Forces armées maliennes", "Malian army", "armee malienne"]
)
def test_generic_malian_army_names_give_the_current_regime(matcher, spelling: str) -> None:
    assert matcher.match(spelling) == FAMA


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("Military Forces of Mali (2013-)", "Military Forces of Mali (2013-2020)"),
        ("Military Forces of Mali (2013–2020)", "Military Forces of Mali (2013-2020)"),
        ("Police Forces of Mali (2013-)", "Police Forces of Mali (2013-2020)"),
        ("AQMI", "AQIM: Al Qaeda in the Islamic Maghreb"),
        ("Al-Qaïda au Maghreb islamique", "AQIM: Al Qaeda in the Islamic Maghreb"),
        ("Katiba Massina", "Katiba Macina"),
        ("Front de libération du Macina", "Katiba Macina"),
        ("Dana Amassagou", "Dan Na Ambassagou"),
        ("chasseurs dozo", "Dozo Militia"),
        ("Barkhane", "Military Forces of France (2017-)"),
        ("Casques bleus", MINUSMA),
        ("Groupe Wagner", "Wagner Group"),
        ("Africa Corps russe", "Africa Corps"),
        ("CSP-PSD", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"),
        ("Front de libération de l’Azawad", "FLA: Azawad Liberation Front"),
        ("Coordination des mouvements de l'Azawad", "CMA: Coordination of Azawad Movements"),
        ("Plateforme", "Platform"),
        ("hommes armés non identifiés", "Unidentified Armed Group (Mali)"),
        ("Groupe armé non identifié", "Unidentified Armed Group (Mali)"),
        ("Civilians", "Civilians (Mali)"),
        ("manifestants", "Protesters (Mali)"),
    ],
)
def test_other_known_spellings(matcher, spelling: str, expected: str) -> None:
    assert matcher.match(spelling) == expected


@pytest.mark.parametrize("unknown", ["Boko Haram", "Acme Militia (Mali)", "", None, "   "])
def test_an_unknown_name_returns_none(matcher, unknown) -> None:
    assert matcher.match(unknown) is None


def test_the_registry_is_large_enough_and_covers_the_brief(actors) -> None:
    names = {actor.name for actor in actors}
    assert len(actors) >= 35
    for required in [
        JNIM,
        ISGS,
        "AQIM: Al Qaeda in the Islamic Maghreb",
        "Katiba Macina",
        "Ansar Dine",
        "Military Forces of Mali (2013-2020)",
        "Military Forces of Mali (2020-2021)",
        FAMA,
        "Wagner Group",
        "Africa Corps",
        "Dan Na Ambassagou",
        "Dozo Militia",
        "Civilians (Mali)",
        "Civilians (Burkina Faso)",
        "Civilians (Niger)",
        "Unidentified Armed Group (Mali)",
        "Protesters (Mali)",
        "Rioters (Mali)",
        "Islamist Militia (Mali)",
    ]:
        assert required in names


def test_no_alias_folds_to_another_actors_key(actors) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for actor in actors:
        for spelling in (actor.name, *actor.aliases):
            key = fold(spelling)
            assert key, f"{actor.name!r} has a blank spelling"
            first = owner.setdefault(key, actor.name)
            if first != actor.name:
                clashes.append((spelling, actor.name, first))
    assert clashes == []


def test_names_are_unique(actors) -> None:
    names = [actor.name for actor in actors]
    assert len(names) == len(set(names))


def test_every_actor_has_a_valid_type(actors) -> None:
    for actor in actors:
        assert isinstance(actor.actor_type, ActorType), actor.name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (JNIM, ActorType.REBEL_GROUP),
        (FAMA, ActorType.STATE_FORCES),
        ("Wagner Group", ActorType.EXTERNAL_OTHER),
        ("Dan Na Ambassagou", ActorType.IDENTITY_MILITIA),
        ("Unidentified Armed Group (Mali)", ActorType.POLITICAL_MILITIA),  # ACLED's rule
        ("Civilians (Mali)", ActorType.CIVILIANS),
        ("Protesters (Mali)", ActorType.PROTESTERS),
        ("Rioters (Mali)", ActorType.RIOTERS),
    ],
)
def test_types_follow_acled(actors, name: str, expected: ActorType) -> None:
    assert {a.name: a.actor_type for a in actors}[name] is expected


def test_actors_are_documented(actors) -> None:
    for actor in actors:
        assert actor.description, actor.name
        assert actor.aliases or actor.name.endswith(")"), actor.name


def test_version_is_a_short_hash() -> None:
    assert len(ACTORS_VERSION) == 12
    int(ACTORS_VERSION, 16)


def _write(tmp_path: Path, entries: list[dict]) -> Path:
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return path


def test_load_actors_reads_another_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [{"name": "Ansar Dine", "type": "2", "country": "Mali", "aliases": ["Ansar Eddine"]}],
    )
    (actor,) = load_actors(path)
    assert actor == Actor("Ansar Dine", ActorType.REBEL_GROUP, ("Ansar Eddine",), "Mali", "")
    assert registry_matcher(path).match("ansar-eddine") == "Ansar Dine"


def test_load_actors_rejects_an_alias_clash(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            {"name": "Group A", "type": "Rebel group", "aliases": ["Jama'at"]},
            {"name": "Group B", "type": "Rebel group", "aliases": ["JAMAAT"]},
        ],
    )
    with pytest.raises(ValueError, match=r"'JAMAAT' of 'Group B' clashes with .*'Group A'"):
        load_actors(path)


def test_load_actors_rejects_a_duplicate_name(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"name": "Group A", "type": None}, {"name": "Group A", "type": None}])
    with pytest.raises(ValueError, match="duplicate actor name 'Group A'"):
        load_actors(path)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "Group A", "type": "Terrorists"}, "unknown actor type"),
        ({"name": "", "type": None}, "'name' must be a non-empty string"),
        ({"name": "Group A", "type": None, "aliases": "GA"}, "'aliases' must be a list"),
        ({"name": "Group A", "type": None, "alias": ["GA"]}, "unknown field"),
        ({"name": "Group A", "type": None, "since": "2013"}, "'since' must be a date"),
        ({"name": "Group A", "type": None, "since": 2013}, "'since' must be a date"),
    ],
)
def test_load_actors_rejects_malformed_entries(tmp_path: Path, entry: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_actors(_write(tmp_path, [entry]))
