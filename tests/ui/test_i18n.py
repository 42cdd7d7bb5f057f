"""The French catalogue is complete and current, and installing a language really switches the UI.

When a test here fails after you added a string: ``python scripts/i18n.py update``, then translate
the new entries of resources/i18n/sahel_desk_fr.ts (Qt Linguist, or by hand in the XML).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui.windows import shown_window

from sahel_desk.domain import taxonomy
from sahel_desk.domain.actors import ActorType
from sahel_desk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "sahel_desk_fr.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
HOW_TO_FIX = "run `python scripts/i18n.py update` and translate in resources/i18n/sahel_desk_fr.ts"


def _script():
    """scripts/i18n.py as a module (scripts/ is not a package)."""
    name = "sahel_desk_i18n_script"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "i18n.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _messages(ts_file: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _pairs(ts_file: Path) -> set[tuple[str, str]]:
    return {(ctx, message.findtext("source") or "") for ctx, message in _messages(ts_file)}


# ---- (a) every string has a real French translation ----------------------------------------------


def test_every_message_has_a_finished_translation_keeping_its_placeholders():
    problems = []
    for context, message in _messages(TS):
        source = message.findtext("source") or ""
        where = f"[{context}] {source!r}"
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{where}: no <translation>")
            continue
        kind = translation.get("type")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if kind in {"unfinished", "obsolete", "vanished"}:
            problems.append(f"{where}: translation is {kind}")
        for text in forms:
            if not text.strip():
                problems.append(f"{where}: empty translation")
            elif Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
    assert not problems, f"{len(problems)} untranslated message(s); {HOW_TO_FIX}:\n" + "\n".join(
        problems
    )


def test_french_typography_uses_curly_apostrophes_and_narrow_spaces():
    problems = []
    for context, message in _messages(TS):
        text = message.findtext("translation") or ""
        if "'" in text:
            problems.append(f"[{context}] {text!r}: straight apostrophe, use ’")
        if re.search(r"(?<!\u202f)[:;?!](\s|$)", text) and not re.search(r"https?:", text):
            problems.append(f"[{context}] {text!r}: needs U+202F before : ; ? !")
    assert not problems, "\n".join(problems)


# ---- (b) the committed catalogue matches the code ------------------------------------------------


def test_the_catalogue_holds_exactly_the_strings_of_the_code(tmp_path):
    script = _script()
    fresh = tmp_path / "sahel_desk_fr.ts"
    script.lupdate(fresh, "fr", quiet=True)
    in_code, committed = _pairs(fresh), _pairs(TS)
    missing = sorted(in_code - committed)
    gone = sorted(committed - in_code)
    assert not missing and not gone, (
        f"resources/i18n/sahel_desk_fr.ts is out of date; {HOW_TO_FIX}.\n"
        f"New in the code: {missing}\nNo longer in the code: {gone}"
    )


def test_the_generated_catalogue_module_is_current():
    script = _script()
    assert script.CATALOGUE.read_text(encoding="utf-8") == script.catalogue_source(), (
        "sahel_desk/ui/i18n_catalog.py is stale: run `python scripts/i18n.py update`"
    )


# ---- (c) installing a language switches Qt, our strings and the locale ---------------------------


@pytest.fixture
def french(qapp) -> Iterator[None]:
    """The app in French for one test, and back to English (and the old locale) after it."""
    _script().build()  # the .qm is git-ignored: make it from the committed .ts if stale
    previous = QLocale()
    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(previous)


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text()


@pytest.mark.usefixtures("french")
def test_french_translates_our_strings_qt_buttons_dates_and_numbers(qapp):
    assert QCoreApplication.translate("FilterBar", "Clear filter") == "Effacer le filtre"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert _cancel_text() == "Annuler"
    number = QLocale().toString(100003)
    assert "\u202f" in number or "\u00a0" in number, number
    from PySide6.QtCore import QDate

    assert QLocale().toString(QDate(2023, 4, 1), "MMM yyyy") == "avr. 2023"
    assert i18n.event_type_label(taxonomy.BATTLES) == "Batailles"
    assert i18n.sub_event_type_label("Armed clash") == "Affrontement armé"
    assert i18n.disorder_type_label(taxonomy.PV_AND_DEMONSTRATIONS) == (
        "Violence politique\u202f; Manifestations"
    )
    assert i18n.actor_type_label(ActorType.CIVILIANS) == "Civils"
    assert i18n.interaction_label(ActorType.CIVILIANS, None) == "Civils uniquement"


def test_installing_english_again_brings_english_back(qapp):
    _script().build()
    previous = QLocale()
    try:
        first = i18n.install(qapp, "fr")
        assert len(first) == 2  # ours and qtbase
        again = i18n.install(qapp, "fr")  # switching twice must not stack translators
        assert len(again) == 2 and not set(map(id, first)) & set(map(id, again))
        english = i18n.install(qapp, "en")
        assert all("sahel_desk" not in t.filePath() for t in english)
        assert QCoreApplication.translate("FilterBar", "Clear filter") == "Clear filter"
        assert i18n.event_type_label(taxonomy.BATTLES) == "Battles"
        assert _cancel_text() == "Cancel"
        assert QLocale().language() == QLocale.Language.English
        assert QLocale().toString(100003) == "100,003"
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(previous)


@pytest.mark.usefixtures("french")
def test_the_main_window_built_in_french_speaks_french(qtbot, store):

    window = shown_window(qtbot, store, show=False)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Fichier" in menus and "&Aide" in menus
    model = window.incidents.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Lieu" in headers and "Décès" in headers, headers
    assert window.incidents.clear.text() == "Effacer le filtre"


def test_languages_and_their_resolution():
    assert i18n.available_languages() == [("en", "English"), ("fr", "Français")]
    assert i18n.resolve_language("fr") == "fr"
    assert i18n.resolve_language("en") == "en"
    assert i18n.resolve_language("") in {"en", "fr"}
    assert i18n.resolve_language("xx") == i18n.resolve_language("")


def test_nothing_is_compiled_at_run_time():
    tree = ast.parse((ROOT / "sahel_desk" / "ui" / "i18n.py").read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    } | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "subprocess" not in imported


# ---- (d) the taxonomy reaches the catalogue ------------------------------------------------------


def test_the_catalogue_module_lists_every_code_the_ui_translates():
    from sahel_desk.ui.i18n_catalog import MESSAGES

    listed = set(MESSAGES[i18n.TAXONOMY_CONTEXT])
    sub_types = {sub for subs in taxonomy.SUB_EVENT_TYPES.values() for sub in subs}
    assert set(taxonomy.EVENT_TYPES) <= listed
    assert sub_types <= listed
    assert len(sub_types) == 25
    assert {taxonomy.POLITICAL_VIOLENCE, taxonomy.DEMONSTRATIONS} <= listed
    assert set(MESSAGES[i18n.ACTOR_TYPE_CONTEXT]) == {t.label for t in ActorType}
    pairs = _pairs(TS)
    for context, texts in MESSAGES.items():
        assert {(context, text) for text in texts} <= pairs, context


def test_every_catalogue_context_is_one_qt_asks_for():
    """A context that is no class name nor literal translate() context is never looked up."""
    known: set[str] = set(_script().catalogue_messages())
    for source in (ROOT / "sahel_desk" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                known.add(node.args[0].value)
    stray = sorted({ctx for ctx, _ in _pairs(TS)} - known)
    assert not stray, f"strings filed under contexts Qt never asks for: {stray}"


def test_validation_messages_reach_a_french_user_in_french(qapp):
    from sahel_desk.domain.dates import DateParseError, parse_event_date
    from sahel_desk.domain.errors import problem
    from sahel_desk.ui import i18n

    try:
        i18n.install(qapp, "fr")
        text = i18n.problem_text(problem("actor2", "a battle needs two armed actors"))
        assert text == "une bataille exige deux acteurs armés"
        # the editor's date of a week in French, read back by the parser
        import datetime as dt

        from sahel_desk.domain.incident import EventDate
        from sahel_desk.ui import format as fmt

        week = EventDate.week_of(dt.date(2024, 12, 25))
        typed = fmt.event_date_input(week)
        assert typed == "semaine du 23/12/2024" and parse_event_date(typed) == week
        # ACLED's type names in French too, also when quoted (an editor's choice or a cell
        # spelling one); a misspelt name, or another parameter, as written
        from sahel_desk.exchange.acled_import import M_SUB_TYPE_ELSEWHERE

        elsewhere = problem("sub_event_type", M_SUB_TYPE_ELSEWHERE, value="Armed clash",
                            parent="Battles", event_type="Violence against civilians",
                            options="Sexual violence, Attack")  # fmt: skip
        text = i18n.problem_text(elsewhere)
        assert "« Affrontement armé »" in text.replace("\u202f", " ")
        assert "Batailles" in text and "Violence contre les civils" in text
        assert "Battles" not in text and "Attack" not in text and "Armed clash" not in text
        from sahel_desk.exchange.acled_import import M_UNKNOWN_TYPE_LIKE

        typo = i18n.problem_text(
            problem("event_type", M_UNKNOWN_TYPE_LIKE, value="Batles", suggestion="Battles")
        )
        assert "« Batles »" in typo.replace("\u202f", " ") and "Batailles" in typo
        note = i18n.problem_text(problem("notes", "{reason}", reason="Other"))
        assert note == "Other"  # a parameter that names no type is never translated
        try:
            parse_event_date("31/02/2023")
        except DateParseError as exc:
            assert i18n.date_error_text(exc) == "31/02/2023 n’est pas un jour qui existe"
    finally:
        i18n.install(qapp, "en")


@pytest.mark.usefixtures("french")
def test_an_import_names_fields_in_words_in_french():
    """What a file would change, said in the user's words, not the codes of the columns."""
    from sahel_desk.domain.errors import problem
    from sahel_desk.jobs import imports, merge

    differs = problem("row", imports.M_DIFFERS, "info", fields="notes, fatalities, date")
    assert (
        i18n.problem_text(differs) == "la version du fichier diffère par\u202f: notes, décès, date"
    )
    assert i18n.VALUES_TEMPLATE == merge.M_VALUES
    values = problem("fatalities", merge.M_VALUES, "info", here=5, file=105)
    assert (
        i18n.problem_text(values) == "décès\u202f: ici\u202f: 5\u202f; dans le fichier\u202f: 105"
    )
    types = problem("event_type", merge.M_VALUES, "info", here="Battles", file="Riots")
    said = i18n.problem_text(types)
    assert said.startswith("type d’événement\u202f: ici\u202f: ") and "Battles" not in said
    nothing = problem("row", imports.M_DIFFERS, "info", fields="nothing")
    assert i18n.problem_text(nothing).endswith("par\u202f: rien")
    # codes and ISO days in words, as the list and the editor say them (tester)
    for field, here, file, words in (
        ("date_precision", 1, 2, ("jour exact", "semaine")),
        ("geo_precision", 3, 1, ("seulement la région", "le lieu nommé")),
        ("inter1", 1, 2, ("Forces de l’État", "Groupe rebelle")),
        ("event_date", "2014-10-30", "2012-12-06", ("30 oct. 2014", "6 déc. 2012")),
    ):
        said = i18n.problem_text(problem(field, merge.M_VALUES, "info", here=here, file=file))
        assert said.endswith(f"ici\u202f: {words[0]}\u202f; dans le fichier\u202f: {words[1]}")


def test_the_window_opens_in_the_language_asked_for_this_start(qapp, db_path):
    """``sahel-desk --language fr``: this start in French, the kept choice left as it was."""
    from sahel_desk import app as sahel_app
    from sahel_desk.cli import LANGUAGES, build_parser
    from sahel_desk.ui import settings

    assert tuple(code for code, _ in i18n.available_languages()) == LANGUAGES
    assert build_parser().parse_args(["--language", "fr"]).language == "fr"
    kept = settings.LANGUAGE.get(settings.open_settings())
    _script().build()
    previous = QLocale()
    window = sahel_app.start(qapp, db_path, "fr")
    try:
        assert window is not None
        assert "&Fichier" in [action.text() for action in window.menuBar().actions()]
        assert settings.LANGUAGE.get(settings.open_settings()) == kept
    finally:
        if window is not None:
            window.close()
            window.ctx.store.close()
        i18n.install(qapp, "en")
        QLocale.setDefault(previous)


@pytest.mark.usefixtures("french")
def test_the_french_editor_writes_coordinates_with_a_comma_and_reads_them_back(qtbot, store):
    from sahel_desk.domain.query import IncidentQuery
    from sahel_desk.synthetic.article import article_incidents

    store.incidents.add_many(article_incidents())
    window = shown_window(qtbot, store, show=False)
    placed = next(i for i in store.incidents.get_many(store.incidents.ids(IncidentQuery()))
                  if i.place.latitude is not None)  # fmt: skip
    window.open_incident(placed.id)
    shown = window.editor.latitude.text()
    assert "," in shown and "." not in shown, shown
    window.editor.notes.setPlainText("Relu.")
    assert window.editor.save()
    saved = store.incidents.get(placed.id)
    assert (saved.place.latitude, saved.place.longitude) == (
        round(placed.place.latitude, 5),
        round(placed.place.longitude, 5),
    )
