"""The tag manager dialog over a real store: each action checked in the tree and the database."""

import pytest
from support import read_rows as db

from sahel_desk.domain.history import Changes
from sahel_desk.domain.tags import TagKind
from sahel_desk.synthetic.article import article_incidents
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.editor.tag_picker import TagPicker
from sahel_desk.ui.tags.manager import TagChoiceDialog, TagLabelsDialog, TagManagerDialog


@pytest.fixture
def ctx(store):
    return AppContext.create(store, synchronous=True)


@pytest.fixture
def dialog(qtbot, ctx):
    dlg = TagManagerDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def row(dialog, code):
    item = dialog.item(code)
    assert item is not None, code
    return [item.text(column) for column in range(4)]


def test_the_tree_shows_both_kinds_with_labels_and_counts(qtbot, ctx, store):
    store.incidents.add_many(article_incidents())
    dlg = TagManagerDialog(ctx)
    qtbot.addWidget(dlg)
    sections = [dlg.tree.topLevelItem(n).text(0) for n in range(dlg.tree.topLevelItemCount())]
    assert sections == ["Drivers", "Responses"]
    assert row(dlg, "drv.gov.instability") == [
        "Institutional instability",
        "Instabilité institutionnelle",
        "1",
        "",
    ]
    assert dlg.item("drv.gov.instability").parent() is dlg.item("drv.governance")
    assert dlg.item("rsp.security").parent() is dlg.tree.topLevelItem(1)
    dlg.select("drv.social")
    assert dlg.selected_code() == "drv.social"
    assert dlg.rename_button.isEnabled() and dlg.merge_button.isEnabled()
    dlg.tree.setCurrentItem(dlg.tree.topLevelItem(0))
    assert dlg.selected_kind() is TagKind.DRIVER
    assert dlg.add_button.isEnabled() and not dlg.rename_button.isEnabled()


def test_add_a_driver_under_social_dynamics(dialog, store, ctx):
    heard = []
    ctx.events.sig_data_changed.connect(heard.append)
    dialog.add_tag(TagKind.DRIVER, "Land disputes", "Litiges fonciers", "drv.social")
    code = "drv.social.land_disputes"
    assert row(dialog, code) == ["Land disputes", "Litiges fonciers", "0", ""]
    assert dialog.item(code).parent() is dialog.item("drv.social")
    assert dialog.selected_code() == code
    assert dialog.error.text() == ""
    assert heard and heard[-1].tags
    assert db(store, "SELECT label_en, label_fr FROM tags WHERE code = ?", code) == [
        ("Land disputes", "Litiges fonciers")
    ]


def test_a_refused_add_shows_why_and_changes_nothing(dialog, store):
    before = store.tags.all()
    dialog.add_tag(TagKind.DRIVER, "Local grievances", "Griefs", "drv.social")
    assert "already exists" in dialog.error.text()
    assert store.tags.all() == before
    dialog.rename_tag("drv.social", "", "")
    assert "required" in dialog.error.text()
    dialog.rename_tag("drv.social", "Social dynamics", "Dynamiques sociales")
    assert dialog.error.text() == ""


def test_rename(dialog, store):
    dialog.rename_tag("drv.gov.instability", "Political instability", "Instabilité politique")
    assert row(dialog, "drv.gov.instability")[:2] == [
        "Political instability",
        "Instabilité politique",
    ]
    assert db(store, "SELECT label_fr FROM tags WHERE code = 'drv.gov.instability'") == [
        ("Instabilité politique",)
    ]


def test_move(dialog, store):
    dialog.move_tag("drv.eco.gold", "drv.environment")
    assert dialog.item("drv.eco.gold").parent() is dialog.item("drv.environment")
    dialog.move_tag("drv.economy", "drv.social")
    assert "sub-tags" in dialog.error.text()
    assert store.tags.get("drv.economy").parent is None


def test_merge_moves_the_incidents_after_asking(dialog, store):
    ids = store.incidents.add_many(article_incidents()[:2])  # each has one of the two tags
    dialog.refresh()
    questions = []
    dialog.confirm = lambda text: questions.append(text) or False
    assert not dialog.merge_tags("drv.gov.state_absence", "drv.gov.instability")
    assert ": 1 incident." in questions[0] and "cannot be undone" in questions[0]
    assert store.tags.get("drv.gov.state_absence")  # declined: still there

    dialog.confirm = lambda text: True
    assert dialog.merge_tags("drv.gov.state_absence", "drv.gov.instability")
    assert dialog.item("drv.gov.state_absence") is None
    assert row(dialog, "drv.gov.instability")[2] == "2"
    for incident_id in ids:
        assert db(
            store,
            "SELECT t.code FROM incident_tags it JOIN tags t ON t.id = it.tag_id "
            "WHERE it.incident_id = ? AND t.code LIKE 'drv.gov.%'",
            incident_id,
        ) == [("drv.gov.instability",)]
    assert db(store, "SELECT count(*) FROM tags WHERE code = 'drv.gov.state_absence'") == [(0,)]
    assert db(
        store, "SELECT count(*) FROM revisions WHERE field = 'tags' AND incident_id = ?", ids[1]
    ) == [(1,)]


def test_merge_across_kinds_is_shown_as_an_error(dialog, store):
    dialog.confirm = lambda text: True
    dialog.merge_tags("drv.gov.instability", "rsp.security")
    assert "one kind" in dialog.error.text()
    assert dialog.item("drv.gov.instability") is not None


def test_hide_and_the_picker_no_longer_offers_it(dialog, store):
    dialog.select("drv.soc.ideology")
    assert dialog.hide_button.text() == "Hide"
    dialog.toggle_hidden("drv.soc.ideology")
    assert row(dialog, "drv.soc.ideology")[3] == "hidden"
    assert dialog.hide_button.text() == "Show"
    assert db(store, "SELECT hidden FROM tags WHERE code = 'drv.soc.ideology'") == [(1,)]
    picker = TagPicker(store.tags.all())
    assert "drv.soc.ideology" not in picker.codes()
    assert "drv.soc.intercommunal" in picker.codes()
    dialog.toggle_hidden("drv.soc.ideology")
    assert "drv.soc.ideology" in TagPicker(store.tags.all()).codes()


def test_the_buttons_ask_then_act(dialog, store, monkeypatch):
    """The buttons' small dialogs, answered without a modal loop."""

    def answer(values):
        def exec_(self):
            if isinstance(self, TagLabelsDialog):
                en, fr, parent = values
                self.label_en.setText(en)
                if fr is not None:
                    self.label_fr.setText(fr)
                if parent is not None:
                    self.parent_tag.setCurrentIndex(self.parent_tag.findData(parent))
            else:
                self.choices.setCurrentIndex(self.choices.findData(values))
            return True

        return exec_

    monkeypatch.setattr(TagLabelsDialog, "exec", answer(("Gold", "Or", "drv.economy")))
    dialog.select("drv.eco.gold")
    dialog.add_button.click()
    assert dialog.error.text() == ""
    assert dialog.item("drv.economy.gold") is not None

    monkeypatch.setattr(TagLabelsDialog, "exec", answer(("Artisanal gold", None, None)))
    dialog.select("drv.economy.gold")
    dialog.rename_button.click()
    assert row(dialog, "drv.economy.gold")[:2] == ["Artisanal gold", "Or"]

    monkeypatch.setattr(TagChoiceDialog, "exec", answer("drv.environment"))
    dialog.move_button.click()
    assert dialog.item("drv.economy.gold").parent() is dialog.item("drv.environment")

    monkeypatch.setattr(TagChoiceDialog, "exec", answer("drv.eco.gold"))
    dialog.confirm = lambda text: True
    dialog.merge_button.click()
    assert dialog.item("drv.economy.gold") is None
    assert dialog.selected_code() == "drv.eco.gold"

    dialog.hide_button.click()
    assert store.tags.get("drv.eco.gold").hidden


def test_french_follows_english_until_typed(qtbot):
    labels = TagLabelsDialog("New tag")
    qtbot.addWidget(labels)
    qtbot.keyClicks(labels.label_en, "Gold")
    assert labels.label_fr.text() == "Gold"
    labels.label_fr.clear()
    qtbot.keyClicks(labels.label_fr, "Or")
    qtbot.keyClicks(labels.label_en, " mines")
    assert labels.values() == ("Gold mines", "Or", None)


def test_closing_stops_listening(dialog, ctx):
    dialog.reject()
    dialog.tree.clear()
    ctx.events.sig_data_changed.emit(Changes(tags=True))
    assert dialog.tree.topLevelItemCount() == 0  # no refresh once closed


def test_off_the_gui_thread_the_tree_fills_when_the_work_is_done(qtbot, store):
    ctx = AppContext.create(store)  # real worker threads
    dlg = TagManagerDialog(ctx)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.item("drv.social") is not None, timeout=5000)
    dlg.add_tag(TagKind.RESPONSE, "Curfew", "Couvre-feu", "rsp.security")
    qtbot.waitUntil(lambda: dlg.item("rsp.security.curfew") is not None, timeout=5000)
    assert ctx.tasks.wait()
