"""The tag manager's store operations, against a real migrated database."""

import json

import pytest
from support import read_rows as raw

from sahel_desk.domain.errors import NotFoundError, ValidationError
from sahel_desk.domain.history import Action
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.domain.tags import TagKind
from sahel_desk.store import Store
from sahel_desk.synthetic.article import article_incidents


@pytest.fixture
def article(store):
    """The article's three incidents; their ids in article order."""
    return store.incidents.add_many(article_incidents())


def snapshot(store: Store):
    """Everything a refused operation must leave as it was."""
    return (
        store.tags.all(),
        raw(store, "SELECT incident_id, tag_id FROM incident_tags ORDER BY 1, 2"),
        raw(store, "SELECT id, updated_at, updated_by FROM incidents ORDER BY id"),
        raw(store, "SELECT count(*) FROM revisions"),
    )


def refused(store: Store, call, field: str, words: str) -> ValidationError:
    before = snapshot(store)
    with pytest.raises(ValidationError) as caught:
        call()
    assert [p.field for p in caught.value.problems] == [field]
    assert words in str(caught.value), str(caught.value)
    assert snapshot(store) == before
    return caught.value


def tags_of(store: Store, ids):
    return [set(i.tags) for i in store.incidents.get_many(ids)]


# ---- reading ------------------------------------------------------------------------------


def test_tags_come_in_tree_order_and_the_move_out_of_catalog_kept_all(store):
    tags = store.tags.all()
    assert len(tags) == 47
    seen: set[str] = set()
    for tag in tags:
        assert tag.parent is None or tag.parent in seen, tag
        seen.add(tag.code)
    assert {t.kind for t in store.tags.all(TagKind.RESPONSE)} == {TagKind.RESPONSE}
    assert store.tags.get("drv.social").label_fr == "Dynamiques sociales et intercommunautaires"
    assert store.tags.get("drv.soc.ideology").parent == "drv.social"
    with pytest.raises(NotFoundError):
        store.tags.get("drv.none")


def test_usage_counts_incidents_outside_the_trash(store, article):
    usage = store.tags.usage()
    assert usage["drv.gov.instability"] == 1
    assert usage["drv.social"] == 0  # direct use only
    assert set(usage) == {t.code for t in store.tags.all()}
    store.incidents.delete([article[0]])
    assert store.tags.usage()["drv.gov.instability"] == 0


# ---- add ----------------------------------------------------------------------------------


def test_add_under_a_parent_makes_a_stable_ascii_code(store):
    tag = store.tags.add(TagKind.DRIVER, "  Land  disputes ", "Litiges fonciers", "drv.social")
    assert tag.code == "drv.social.land_disputes"
    assert (tag.parent, tag.label_en, tag.label_fr, tag.hidden) == (
        "drv.social",
        "Land disputes",
        "Litiges fonciers",
        False,
    )
    codes = [t.code for t in store.tags.all()]
    # Shown last among its new siblings, right after them.
    assert codes.index("drv.social.land_disputes") == codes.index("drv.soc.ideology") + 1
    other = store.tags.add(TagKind.DRIVER, "Land disputes!", "Conflits de terres", "drv.economy")
    assert other.code == "drv.economy.land_disputes"


def test_add_at_the_top_and_codes_get_a_suffix_when_taken(store):
    first = store.tags.add(TagKind.USER, "Ségou watch", "Veille Ségou")
    assert first.code == "usr.segou_watch"
    second = store.tags.add(TagKind.USER, "Ségou watch!", "Veille de Ségou", code=None)
    assert second.code == "usr.segou_watch_2"
    driver = store.tags.add(TagKind.DRIVER, "2024 coup", "Coup d’État de 2024")
    assert driver.code == "drv.t_2024_coup"
    response = store.tags.add(TagKind.RESPONSE, "الحوار", "Dialogue local")  # no ASCII at all
    assert response.code == "rsp.tag"
    given = store.tags.add(TagKind.USER, "Watch list", "Liste", code="usr.watch")
    assert given.code == "usr.watch"


def test_add_refuses_a_missing_parent(store):
    refused(
        store,
        lambda: store.tags.add(TagKind.DRIVER, "X", "X", "drv.nowhere"),
        "parent",
        "there is no tag “drv.nowhere”",
    )


def test_add_refuses_a_duplicate_label_among_siblings(store):
    refused(
        store,
        lambda: store.tags.add(TagKind.DRIVER, "local GRIEVANCES", "Autre", "drv.social"),
        "label_en",
        "“Local grievances” already exists under “Social and intercommunal dynamics”",
    )
    refused(
        store,
        lambda: store.tags.add(TagKind.DRIVER, "Other", "griefs-locaux", "drv.social"),
        "label_fr",
        "already exists",
    )
    refused(
        store, lambda: store.tags.add(TagKind.RESPONSE, "Security", "S"), "label_en", "at the top"
    )
    # The same label elsewhere is fine: another parent, or another kind.
    store.tags.add(TagKind.DRIVER, "Local grievances", "Griefs locaux", "drv.economy")
    store.tags.add(TagKind.DRIVER, "Security", "Sécurité")


def test_add_refuses_bad_input(store):
    refused(
        store,
        lambda: store.tags.add(TagKind.DRIVER, "Other", "Autre", "rsp.security"),
        "parent",
        "is a response tag",
    )
    refused(
        store,
        lambda: store.tags.add(TagKind.DRIVER, "Other", "Autre", "drv.soc.grievances"),
        "parent",
        "two levels",
    )
    refused(store, lambda: store.tags.add(TagKind.DRIVER, "Other", "  "), "label_fr", "French")
    refused(
        store, lambda: store.tags.add(TagKind.DRIVER, "x" * 201, "x"), "label_en", "longer than"
    )
    refused(
        store,
        lambda: store.tags.add(TagKind.USER, "Other", "Autre", code="drv.social"),
        "code",
        "already taken",
    )
    refused(
        store,
        lambda: store.tags.add(TagKind.USER, "Other", "Autre", code="Bad Code"),
        "code",
        "not a tag code",
    )
    with pytest.raises(ValidationError) as both:
        store.tags.add(TagKind.DRIVER, "", "")
    assert [p.field for p in both.value.problems] == ["label_en", "label_fr"]


# ---- rename -------------------------------------------------------------------------------


def test_rename_keeps_the_code_and_the_incidents(store, article):
    tag = store.tags.rename("drv.gov.instability", "Political instability", "Instabilité politique")
    assert (tag.code, tag.label_en, tag.label_fr) == (
        "drv.gov.instability",
        "Political instability",
        "Instabilité politique",
    )
    assert "drv.gov.instability" in tags_of(store, article[:1])[0]
    # Changing only the case of its own label is not a clash with itself.
    assert store.tags.rename("drv.gov.instability", "political instability", "X").label_fr == "X"


def test_rename_refuses_a_sibling_label_and_a_missing_tag(store):
    refused(
        store,
        lambda: store.tags.rename("drv.gov.instability", "State absence and power vacuum", "X"),
        "label_en",
        "already exists",
    )
    refused(store, lambda: store.tags.rename("drv.none", "A", "B"), "code", "no tag")
    refused(store, lambda: store.tags.rename("drv.social", "A", ""), "label_fr", "required")


# ---- move ---------------------------------------------------------------------------------


def test_move_re_parents_and_keeps_tree_order(store):
    moved = store.tags.move("drv.gov.instability", "drv.armed_groups")
    assert moved.parent == "drv.armed_groups"
    codes = [t.code for t in store.tags.all()]
    assert codes.index("drv.gov.instability") > codes.index("drv.armed_groups")
    top = store.tags.move("drv.gov.instability", None)
    assert top.parent is None
    assert store.tags.move("drv.gov.instability", None).parent is None  # nothing to do


def test_move_refuses_cycles_kinds_and_a_third_level(store):
    refused(
        store,
        lambda: store.tags.move("drv.social", "drv.social"),
        "parent",
        "cannot be its own parent",
    )
    refused(
        store,
        lambda: store.tags.move("drv.social", "drv.soc.grievances"),
        "parent",
        "under its own sub-tag",
    )
    refused(
        store,
        lambda: store.tags.move("drv.soc.grievances", "rsp.security"),
        "parent",
        "is a response tag",
    )
    refused(
        store,
        lambda: store.tags.move("drv.soc.grievances", "drv.gov.instability"),
        "parent",
        "itself a sub-tag",
    )
    refused(store, lambda: store.tags.move("drv.social", "drv.economy"), "parent", "has sub-tags")
    store.tags.add(TagKind.DRIVER, "Local grievances", "Griefs", "drv.economy")
    refused(
        store,
        lambda: store.tags.move("drv.soc.grievances", "drv.economy"),
        "label_en",
        "already exists under “Economy and livelihoods”",
    )
    refused(store, lambda: store.tags.move("drv.none", None), "code", "no tag")
    refused(store, lambda: store.tags.move("drv.soc.grievances", "drv.none"), "parent", "no tag")


# ---- hide ---------------------------------------------------------------------------------


def test_a_hidden_tag_stays_on_incidents_and_in_filters(store, article):
    tag = store.tags.set_hidden("drv.gov.instability", True)
    assert tag.hidden
    assert "drv.gov.instability" in tags_of(store, article[:1])[0]
    assert store.incidents.ids(IncidentQuery(tags=frozenset({"drv.gov.instability"}))) == [
        article[0]
    ]
    assert "drv.gov.instability" not in {t.code for t in store.tags.all(include_hidden=False)}
    assert store.tags.get("drv.gov.instability").hidden
    assert not store.tags.set_hidden("drv.gov.instability", False).hidden
    refused(store, lambda: store.tags.set_hidden("drv.none", True), "code", "no tag")


# ---- merge --------------------------------------------------------------------------------


def test_merge_moves_incidents_writes_history_and_deletes_the_source(store, article):
    first, second, third = article
    # The first incident carries both tags: it must not end up with the target twice.
    store.incidents.retag([first], add=frozenset({"drv.arm.recruitment"}))
    revisions_before = raw(store, "SELECT count(*) FROM revisions")[0][0]
    stamp_before = raw(store, "SELECT updated_at FROM incidents WHERE id = ?", third)[0][0]

    changes = store.tags.merge("drv.arm.recruitment", "drv.arm.expansion")

    assert changes.tags and changes.incidents == frozenset({first, third})
    assert tags_of(store, [first, third]) == [
        {"drv.gov.instability", "drv.arm.expansion", "rsp.sec.funding"},
        {"drv.soc.grievances", "rsp.pol.local_governance", "drv.arm.expansion"},
    ]
    assert raw(store, "SELECT count(*) FROM tags WHERE code = 'drv.arm.recruitment'") == [(0,)]
    assert raw(store, "SELECT count(*) FROM revisions")[0][0] == revisions_before + 2
    last = store.history.for_incident(third)[-1]
    assert (last.action, last.field, last.author, last.change_id) == (
        Action.UPDATE,
        "tags",
        "tester",
        changes.change_id,
    )
    assert json.loads(last.old) == sorted(
        ["drv.arm.recruitment", "drv.soc.grievances", "rsp.pol.local_governance"]
    )
    assert json.loads(last.new) == sorted(
        ["drv.arm.expansion", "drv.soc.grievances", "rsp.pol.local_governance"]
    )
    assert raw(store, "SELECT updated_at FROM incidents WHERE id = ?", third)[0][0] > stamp_before
    assert raw(store, "SELECT updated_by FROM incidents WHERE id = ?", third) == [("tester",)]
    assert store.tags.usage()["drv.arm.expansion"] == 2
    assert store.check() == []
    # The second incident was not touched.
    assert second not in changes.incidents


def test_merge_reaches_incidents_in_the_trash(store, article):
    store.incidents.delete([article[0]])
    changes = store.tags.merge("drv.gov.instability", "drv.gov.abuses")
    assert changes.incidents == frozenset({article[0]})
    assert "drv.gov.abuses" in store.incidents.get(article[0]).tags


def test_merge_of_an_unused_leaf_into_its_parent(store):
    changes = store.tags.merge("drv.geo.sparse", "drv.geography")
    assert changes.incidents == frozenset() and changes.tags
    assert "drv.geo.sparse" not in {t.code for t in store.tags.all()}


def test_merge_moves_the_sub_tags_of_a_top_level_tag(store, article):
    changes = store.tags.merge("drv.geography", "drv.environment")
    assert changes.incidents == frozenset()
    by_code = {t.code: t for t in store.tags.all()}
    assert "drv.geography" not in by_code
    assert by_code["drv.geo.sparse"].parent == "drv.environment"
    assert by_code["drv.geo.borders"].parent == "drv.environment"
    codes = list(by_code)
    assert codes.index("drv.geo.borders") > codes.index("drv.environment")


def test_merge_refuses_itself_its_descendants_kinds_and_a_third_level(store, article):
    refused(store, lambda: store.tags.merge("drv.social", "drv.social"), "into", "into itself")
    refused(
        store,
        lambda: store.tags.merge("drv.social", "drv.soc.grievances"),
        "into",
        "its own sub-tag",
    )
    refused(
        store,
        lambda: store.tags.merge("drv.gov.instability", "rsp.sec.funding"),
        "into",
        "only tags of one kind",
    )
    refused(
        store,
        lambda: store.tags.merge("drv.geography", "drv.soc.grievances"),
        "into",
        "two levels",
    )
    refused(store, lambda: store.tags.merge("drv.none", "drv.social"), "source", "no tag")
    refused(store, lambda: store.tags.merge("drv.social", "drv.none"), "into", "no tag")


def test_merge_refuses_sub_tags_whose_labels_clash(store, article):
    store.tags.add(TagKind.DRIVER, "Porous borders", "Frontières ouvertes", "drv.environment")
    refused(
        store,
        lambda: store.tags.merge("drv.geography", "drv.environment"),
        "into",
        "the sub-tag “Porous borders” of “Geography and territory” would clash",
    )


def test_a_merged_shipped_tag_stays_gone_after_a_vocabulary_update(store):
    from sahel_desk.store import meta, seed

    store.tags.merge("drv.soc.stigmatisation", "drv.soc.grievances")
    with store._session.write() as conn:
        seed.seed_tags(conn)  # what opening does when the shipped vocabulary changes
        assert "drv.soc.stigmatisation" in meta.codes(conn, meta.REMOVED_TAGS)
    assert "drv.soc.stigmatisation" not in {t.code for t in store.tags.all()}
