"""The shipped drivers and responses vocabularies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahel_desk.domain.tags import Tag, TagKind
from sahel_desk.reference import vocab
from sahel_desk.reference.vocab import VOCAB_VERSION, load_tags

# The seed article's drivers and responses, by the codes that stand for them.
ARTICLE_DRIVERS = {
    "drv.gov.instability": "institutional instability",
    "drv.gov.state_absence": "power vacuum / state absence",
    "drv.gov.injustice": "social injustice",
    "drv.soc.grievances": "local grievances",
    "drv.soc.intercommunal": "intercommunal conflict",
    "drv.env.resources": "resource competition",
    "drv.env.climate": "climate change",
    "drv.env.displacement": "displacement",
    "drv.eco.kidnapping": "kidnapping for ransom",
    "drv.eco.trafficking": "drug trafficking",
    "drv.geo.sparse": "sparsely populated areas",
    "drv.arm.recruitment": "recruitment",
}
ARTICLE_RESPONSES = {
    "rsp.sec.coalitions": "regional coalitions",
    "rsp.sec.intelligence": "intelligence sharing",
    "rsp.sec.joint_ops": "cooperative military operations",
    "rsp.pol.diplomacy": "diplomatic engagement",
    "rsp.pol.dialogue": "dialogue",
    "rsp.dev.initiatives": "development initiatives",
    "rsp.pol.local_governance": "support for local governance",
    "rsp.dev.capacity": "capacity building",
    "rsp.sec.funding": "increased funding for security forces",
    "rsp.sec.training": "training programs for local law enforcement",
    "rsp.hum.aid": "humanitarian aid",
}


@pytest.fixture(scope="module")
def tags() -> list[Tag]:
    return load_tags()


@pytest.fixture(scope="module")
def by_code(tags) -> dict[str, Tag]:
    return {tag.code: tag for tag in tags}


def test_codes_are_unique(tags) -> None:
    codes = [tag.code for tag in tags]
    assert len(codes) == len(set(codes))


def test_both_kinds_are_present(tags) -> None:
    assert {tag.kind for tag in tags} == {TagKind.DRIVER, TagKind.RESPONSE}


def test_two_level_hierarchy_of_one_kind(tags, by_code) -> None:
    roots = [tag for tag in tags if tag.parent is None]
    assert {tag.kind for tag in roots} == {TagKind.DRIVER, TagKind.RESPONSE}
    seen: set[str] = set()
    for tag in tags:
        if tag.parent is not None:
            parent = by_code[tag.parent]
            assert parent.code in seen, f"{tag.code} comes before its parent"
            assert parent.kind == tag.kind
            assert parent.parent is None, f"{tag.code} is deeper than two levels"
        seen.add(tag.code)
    for root in roots:
        assert any(tag.parent == root.code for tag in tags), f"{root.code} has no children"


def test_codes_are_short_stable_ascii(tags) -> None:
    for tag in tags:
        assert tag.code.isascii() and tag.code == tag.code.lower()
        assert tag.code.startswith("drv." if tag.kind is TagKind.DRIVER else "rsp.")
        assert len(tag.code) <= 32


def test_every_tag_has_both_labels_and_descriptions(tags) -> None:
    for tag in tags:
        assert tag.label_en.strip() and tag.label_fr.strip(), tag.code
        assert tag.description_en.strip() and tag.description_fr.strip(), tag.code


def test_french_labels_are_translations(tags) -> None:
    differing = sum(tag.label_fr != tag.label_en for tag in tags)
    assert differing >= 0.8 * len(tags)
    assert all(tag.label("fr") == tag.label_fr for tag in tags)


def test_french_text_uses_the_typographic_apostrophe(tags) -> None:
    for tag in tags:
        assert "'" not in tag.label_fr + tag.description_fr, tag.code
    assert "’" in "".join(tag.label_fr for tag in tags)


def test_labels_are_unique_within_a_kind(tags) -> None:
    for kind in (TagKind.DRIVER, TagKind.RESPONSE):
        for language in ("en", "fr"):
            labels = [tag.label(language) for tag in tags if tag.kind is kind]
            assert len(labels) == len(set(labels)), (kind, language)


@pytest.mark.parametrize(("code", "meaning"), ARTICLE_DRIVERS.items())
def test_article_drivers_are_present(by_code, code: str, meaning: str) -> None:
    assert code in by_code, meaning
    assert by_code[code].kind is TagKind.DRIVER


@pytest.mark.parametrize(("code", "meaning"), ARTICLE_RESPONSES.items())
def test_article_responses_are_present(by_code, code: str, meaning: str) -> None:
    assert code in by_code, meaning
    assert by_code[code].kind is TagKind.RESPONSE


def test_some_french_labels(by_code) -> None:
    assert by_code["drv.gov.instability"].label_fr == "Instabilité institutionnelle"
    assert by_code["drv.soc.grievances"].label_fr == "Griefs locaux"
    assert by_code["rsp.hum.aid"].label_fr == "Aide humanitaire"
    assert by_code["rsp.sec.training"].label_fr == "Formation des forces de l’ordre locales"


def test_version_is_a_short_hash() -> None:
    assert len(VOCAB_VERSION) == 12
    int(VOCAB_VERSION, 16)


def _tag(code: str, kind: str = "driver", parent: str | None = None, **extra) -> dict:
    return {
        "code": code,
        "kind": kind,
        "parent": parent,
        "label_en": code.upper(),
        "label_fr": code.title(),
        **extra,
    }


def _write(tmp_path: Path, entries: object) -> Path:
    path = tmp_path / "tags.json"
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return path


def test_load_tags_reads_another_file(tmp_path: Path) -> None:
    path = _write(tmp_path, [_tag("drv.a"), _tag("drv.a.b", parent="drv.a")])
    assert [(t.code, t.parent, t.kind) for t in load_tags(path)] == [
        ("drv.a", None, TagKind.DRIVER),
        ("drv.a.b", "drv.a", TagKind.DRIVER),
    ]


def test_load_tags_uses_the_shipped_path(tmp_path: Path, monkeypatch) -> None:
    path = _write(tmp_path, [_tag("rsp.only", kind="response")])
    monkeypatch.setattr(vocab, "vocab_path", lambda: path)
    assert [t.code for t in load_tags()] == ["rsp.only"]


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([_tag("drv.a"), _tag("drv.a")], "duplicate code"),
        ([_tag("drv.a.b", parent="drv.a"), _tag("drv.a")], "parent 'drv.a' is not defined before"),
        ([_tag("drv.a.b", parent="drv.missing")], "parent 'drv.missing'"),
        ([_tag("drv.a"), _tag("drv.a.b", kind="response", parent="drv.a")], "is a driver"),
        ([_tag("drv.a", label_fr="")], "'label_fr' must be a non-empty string"),
        ([{"code": "drv.a", "kind": "driver", "label_fr": "A"}], "'label_en'"),
        ([_tag("drv.a", kind="user")], "kind must be 'driver' or 'response'"),
        ([_tag("Drv.A")], "a code is lower-case"),
        ([_tag("drv.a", colour="red")], "unknown field"),
        ({"code": "drv.a"}, "expected a JSON list"),
    ],
)
def test_load_tags_rejects_a_malformed_vocabulary(tmp_path: Path, entries, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_tags(_write(tmp_path, entries))


def test_load_tags_rejects_broken_json(tmp_path: Path) -> None:
    path = tmp_path / "tags.json"
    path.write_text('[{"code": "drv.a",', encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        load_tags(path)
