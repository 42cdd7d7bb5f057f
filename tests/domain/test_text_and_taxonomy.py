from sahel_desk.domain import taxonomy
from sahel_desk.domain.actors import ActorType, interaction, interaction_code, split_actors
from sahel_desk.domain.text import fold


def test_fold_ignores_case_accents_hyphens_and_apostrophes():
    assert fold("Ségou") == fold("SEGOU") == fold("segou")
    assert fold("Jama’at Nasr al-Islam") == fold("Jama'at Nasr al Islam") == "jamaat nasr al islam"
    assert fold("N'Goutjina") == fold("Ngoutjina")
    assert fold("Taoudénit") == "taoudenit"
    assert fold("  Djenné –  Mopti ") == "djenne mopti"
    assert fold(None) == fold("") == ""


def test_taxonomy_has_acled_shape():
    assert len(taxonomy.EVENT_TYPES) == 6
    assert sum(len(v) for v in taxonomy.SUB_EVENT_TYPES.values()) == 25
    assert taxonomy.event_type_of("Armed clash") == "Battles"
    assert taxonomy.disorder_type("Excessive force against protesters") == (
        "Political violence; Demonstrations"
    )
    assert taxonomy.disorder_type("Mob violence") == "Political violence"
    assert taxonomy.disorder_type("Agreement") == "Strategic developments"


def test_taxonomy_accepts_spelling_variants():
    assert taxonomy.canonical("strategic Developments") == "Strategic developments"
    assert taxonomy.canonical("Excessive force against protestors") == (
        "Excessive force against protesters"
    )
    assert taxonomy.canonical("no such type") is None
    for french in ("Engin explosif improvisé/mine", "EEI", "engin explosif improvise"):
        assert taxonomy.canonical(french) == "Remote explosive/landmine/IED", french


def test_actor_types_parse_text_and_codes():
    assert ActorType.parse("State forces") is ActorType.STATE_FORCES
    assert ActorType.parse("7") is ActorType.CIVILIANS
    assert ActorType.parse("8.0") is ActorType.EXTERNAL_OTHER
    assert ActorType.parse(" ") is None
    for bad in ("9", "Terrorists"):
        try:
            ActorType.parse(bad)
        except ValueError as exc:
            assert bad in str(exc)
        else:
            raise AssertionError(f"{bad} should be refused")


def test_interaction_is_order_free_and_derived():
    s, c = ActorType.STATE_FORCES, ActorType.CIVILIANS
    assert interaction(c, s) == interaction(s, c) == "State forces-Civilians"
    assert interaction(c, None) == "Civilians only"
    assert interaction_code(ActorType.REBEL_GROUP, s) == 12
    assert interaction_code(s, None) == 10
    assert interaction(None, None) is None


def test_split_associated_actors():
    assert split_actors("Katiba Macina;  Civilians (Mali) ;") == (
        "Katiba Macina",
        "Civilians (Mali)",
    )
    assert split_actors("") == ()


def test_french_names_are_read_and_match_the_ui_catalogue():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    assert taxonomy.canonical("violence contre les civils") == "Violence against civilians"
    assert taxonomy.canonical("Enlevement/disparition forcee") == "Abduction/forced disappearance"
    subs = {s for group in taxonomy.SUB_EVENT_TYPES.values() for s in group}
    assert set(taxonomy.FRENCH) == {*taxonomy.EVENT_TYPES, *subs}
    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "sahel_desk_fr.ts"
    catalogue = {
        m.findtext("source"): m.findtext("translation")
        for c in ET.parse(ts).getroot()
        if c.findtext("name") == "taxonomy"
        for m in c.findall("message")
    }
    assert {k: catalogue.get(k) for k in taxonomy.FRENCH} == taxonomy.FRENCH
