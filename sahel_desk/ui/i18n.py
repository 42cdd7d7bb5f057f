"""The UI's language: Qt Linguist translators, the default QLocale, and labels for domain codes.

Sahel Desk's own strings come from ``resources/i18n/sahel_desk_<lang>.qm`` (built from the
committed ``.ts`` by ``scripts/i18n.py build``; nothing is compiled at run time) and Qt's own
(standard buttons, "Annuler") from ``qtbase_<lang>.qm`` shipped with PySide6. English is the
source language: it needs no Sahel Desk translator.

The Qt-free layers speak in codes (ACLED's English names); the label functions below turn them
into the user's language. Exports keep the codes. The codes reach the ``.ts`` through the
generated ``i18n_catalog`` module, since lupdate only sees literal strings.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sahel_desk import paths
from sahel_desk.domain import taxonomy
from sahel_desk.domain.actors import ActorType
from sahel_desk.domain.dates import DateParseError
from sahel_desk.domain.errors import Problem
from sahel_desk.domain.incident import DatePrecision, EventDate
from sahel_desk.ui import format as fmt

SOURCE_LANGUAGE = "en"
_LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("fr", "Français"))
TAXONOMY_CONTEXT = "taxonomy"
ACTOR_TYPE_CONTEXT = "actor_type"

# Translators installed by the last ``install`` call, kept alive here and removed by the next.
_installed: list[QTranslator] = []


def available_languages() -> list[tuple[str, str]]:
    """(code, name in that language) for every language the UI speaks."""
    return list(_LANGUAGES)


def resolve_language(value: str | None) -> str:
    """A stored preference as a language the UI speaks; empty means the system's language."""
    codes = {code for code, _ in _LANGUAGES}
    if value and value in codes:
        return value
    system = QLocale.system().language()
    return "fr" if system == QLocale.Language.French else SOURCE_LANGUAGE


def _locale_for(language: str) -> QLocale:
    """The system locale when it speaks ``language`` (keeps fr_ML, en_US…), else the language's.

    English on a non-English (or bare "C") system reads dates day first, as in en_GB.
    """
    system = QLocale.system()
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    if wanted.language() == QLocale.Language.English:
        return QLocale("en_GB")
    return wanted


def _load(translator: QTranslator, name: str, language: str, directory: str) -> bool:
    return translator.load(f"{name}_{language}", directory)


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Switch ``app`` to ``language``: translators (ours, then Qt's) and the default QLocale.

    Translators from a previous call are removed first, so calling it again with "en" brings
    English back. Widgets built before the call keep their text: build them after.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != SOURCE_LANGUAGE:
        ours = QTranslator()
        if _load(ours, "sahel_desk", language, str(paths.resource("i18n"))):
            _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()
    if _load(qt_own, "qtbase", language, qt_dir):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(_locale_for(language))
    return list(_installed)


def installed() -> list[QTranslator]:
    """The translators the last ``install`` put in place."""
    return list(_installed)


# ---- labels for domain codes ---------------------------------------------------------------


def event_type_label(code: str) -> str:
    """ACLED event type (``Battles``) in the UI's language."""
    return QCoreApplication.translate(TAXONOMY_CONTEXT, code) if code else ""


def sub_event_type_label(code: str) -> str:
    """ACLED sub-event type (``Armed clash``) in the UI's language."""
    return QCoreApplication.translate(TAXONOMY_CONTEXT, code) if code else ""


def disorder_type_label(code: str | None) -> str:
    """ACLED disorder type, including the compound ``Political violence; Demonstrations``."""
    if not code:
        return ""
    parts = [QCoreApplication.translate(TAXONOMY_CONTEXT, part) for part in code.split("; ")]
    if len(parts) == 1:
        return parts[0]
    both = QCoreApplication.translate("i18n", "{first}; {second}")
    return both.format(first=parts[0], second="; ".join(parts[1:]))


def actor_type_label(actor_type: ActorType | None) -> str:
    """ACLED actor type (``State forces``) in the UI's language."""
    if actor_type is None:
        return ""
    return QCoreApplication.translate(ACTOR_TYPE_CONTEXT, actor_type.label)


def interaction_label(inter1: ActorType | None, inter2: ActorType | None) -> str:
    """The derived interaction as a person reads it: ``Forces de l’État – Civils``."""
    types = sorted(t for t in (inter1, inter2) if t is not None)
    if not types:
        return ""
    if len(types) == 1:
        return QCoreApplication.translate("interaction", "{type} only").format(
            type=actor_type_label(types[0])
        )
    return f"{actor_type_label(types[0])} – {actor_type_label(types[1])}"


def ui_language() -> str:
    """The language the UI speaks now ("en" or "fr"), from the locale install() set."""
    code = QLocale().name()[:2]
    return code if code in dict(available_languages()) else "en"


VALIDATION_CONTEXT = "validation"


_TYPE_FIELDS = frozenset({"event_type", "sub_event_type", "original_event_type"})
# jobs.merge.M_VALUES, written out: the window starts without importing jobs (a test holds
# the two equal)
VALUES_TEMPLATE = "here: {here}; in the file: {file}"


def value_words(field: str, text: str) -> str:
    """A field's value as a conflict shows it, in the UI's language: an ACLED type, a
    precision, an actor type named, a day as the list shows it (a tester read "date
    precision: here: 1; in the file: 2" and ISO days beside the list's "3 Dec 2012")."""
    if field in _TYPE_FIELDS:
        return str(_taxonomy_words(text))
    if field in ("date_precision", "geo_precision") and text in ("1", "2", "3"):
        return _precision_words(field)[int(text) - 1]
    if field in ("inter1", "inter2") and text.isdigit():
        try:
            return actor_type_label(ActorType(int(text)))
        except ValueError:
            return text
    if field == "event_date":
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            return text
        return fmt.event_date(EventDate(day, DatePrecision.DAY), QLocale())
    return text


def _precision_words(field: str) -> tuple[str, str, str]:
    if field == "date_precision":
        return (
            QCoreApplication.translate("i18n", "exact day"),
            QCoreApplication.translate("i18n", "week"),
            QCoreApplication.translate("i18n", "month only"),
        )
    return (
        QCoreApplication.translate("i18n", "the named place"),
        QCoreApplication.translate("i18n", "near it, or part of a region"),
        QCoreApplication.translate("i18n", "only the region"),
    )


def problem_text(problem: Problem) -> str:
    """A validation problem in the UI language (its English message when it has no template);
    fields named by code in words ("fields": "notes, fatalities"), and the two values of a
    field with that field's name first."""
    if not problem.template:
        return problem.message
    template = QCoreApplication.translate(VALIDATION_CONTEXT, problem.template)
    params = {
        key: _taxonomy_words(value) if key in _TYPE_PARAMS else value
        for key, value in dict(problem.params).items()
    }
    if "fields" in params:
        words = field_words()
        codes = str(params["fields"]).split(", ")
        params["fields"] = ", ".join(words.get(code, code) for code in codes)
    if problem.template == VALUES_TEMPLATE:
        params = {key: value_words(problem.field, str(value)) for key, value in params.items()}
    text = template.format(**params)
    if problem.template == VALUES_TEMPLATE:
        return named(field_words().get(problem.field, problem.field), text)
    return text


def named(field: str, values: str) -> str:
    """ "field: value", as the user's language writes it (a narrow space before the colon
    in French)."""
    return QCoreApplication.translate("i18n", "{field}: {values}").format(
        field=field, values=values
    )


_TYPE_PARAMS_SEPARATOR = ", "
# the parameters that name ACLED types ("value" too: an editor's choice, or a cell that
# spells a type exactly; a misspelt one is no type name and stays as written)
_TYPE_PARAMS = frozenset({"value", "event_type", "sub_event_type", "parent", "options",
                          "suggestion", "taken"})  # fmt: skip


def _taxonomy_words(value: object) -> object:
    """An ACLED event or sub-event type named in a message (or a list of them, as the
    choices a sub-event type has), in the UI's language: "sous-type de Batailles", not
    "de Battles"."""
    if not isinstance(value, str) or not value:
        return value
    names = value.split(_TYPE_PARAMS_SEPARATOR)
    if all(name in taxonomy.EVENT_TYPES or taxonomy.event_type_of(name) for name in names):
        return _TYPE_PARAMS_SEPARATOR.join(
            QCoreApplication.translate(TAXONOMY_CONTEXT, name) for name in names
        )
    return value


def date_error_text(error: DateParseError) -> str:
    template = QCoreApplication.translate(VALIDATION_CONTEXT, error.template)
    return template.format(**error.params)


def field_words() -> dict[str, str]:
    """An incident's fields in words, as the history and the import preview name them:
    ``rowmap.flat``'s names, the Incident's (date, place) and ACLED's columns. (In the
    history's context, where they were first: lupdate needs the context written out.)"""
    return {
        "event_date": QCoreApplication.translate("HistoryDialog", "date"),
        "date_precision": QCoreApplication.translate("HistoryDialog", "date precision"),
        "event_type": QCoreApplication.translate("HistoryDialog", "event type"),
        "sub_event_type": QCoreApplication.translate("HistoryDialog", "sub-event type"),
        "actor1": QCoreApplication.translate("HistoryDialog", "actor 1"),
        "inter1": QCoreApplication.translate("HistoryDialog", "actor 1 type"),
        "assoc_actor1": QCoreApplication.translate("HistoryDialog", "associated with actor 1"),
        "actor2": QCoreApplication.translate("HistoryDialog", "actor 2"),
        "inter2": QCoreApplication.translate("HistoryDialog", "actor 2 type"),
        "assoc_actor2": QCoreApplication.translate("HistoryDialog", "associated with actor 2"),
        "civilian_targeting": QCoreApplication.translate("HistoryDialog", "civilian targeting"),
        "country": QCoreApplication.translate("HistoryDialog", "country"),
        "admin1": QCoreApplication.translate("HistoryDialog", "region"),
        "admin2": QCoreApplication.translate("HistoryDialog", "cercle"),
        "admin3": QCoreApplication.translate("HistoryDialog", "commune"),
        "location": QCoreApplication.translate("HistoryDialog", "location"),
        "latitude": QCoreApplication.translate("HistoryDialog", "latitude"),
        "longitude": QCoreApplication.translate("HistoryDialog", "longitude"),
        "place_ref": QCoreApplication.translate("HistoryDialog", "gazetteer entry"),
        "geo_precision": QCoreApplication.translate("HistoryDialog", "location precision"),
        "fatalities": QCoreApplication.translate("HistoryDialog", "fatalities"),
        "fatalities_low": QCoreApplication.translate("HistoryDialog", "fatalities (low)"),
        "fatalities_high": QCoreApplication.translate("HistoryDialog", "fatalities (high)"),
        "notes": QCoreApplication.translate("HistoryDialog", "notes"),
        "sources": QCoreApplication.translate("HistoryDialog", "sources"),
        "tags": QCoreApplication.translate("HistoryDialog", "drivers and responses"),
        "external_id": QCoreApplication.translate("HistoryDialog", "ACLED/UCDP id"),
        "external_timestamp": QCoreApplication.translate("HistoryDialog", "ACLED version"),
        "original_event_type": QCoreApplication.translate("HistoryDialog", "original event type"),
        "nothing": QCoreApplication.translate("HistoryDialog", "nothing"),
        # an Incident's own, and ACLED's column names where they are not the fields'
        "date": QCoreApplication.translate("HistoryDialog", "date"),
        "place": QCoreApplication.translate("HistoryDialog", "place"),
        "assoc_actor_1": QCoreApplication.translate("HistoryDialog", "associated with actor 1"),
        "assoc_actor_2": QCoreApplication.translate("HistoryDialog", "associated with actor 2"),
        "source": QCoreApplication.translate("HistoryDialog", "sources"),
        "source_scale": QCoreApplication.translate("HistoryDialog", "source scale"),
        "time_precision": QCoreApplication.translate("HistoryDialog", "date precision"),
        "year": QCoreApplication.translate("HistoryDialog", "year"),
        "disorder_type": QCoreApplication.translate("HistoryDialog", "disorder type"),
        "interaction": QCoreApplication.translate("HistoryDialog", "interaction"),
        "iso": QCoreApplication.translate("HistoryDialog", "country"),
        "region": QCoreApplication.translate("HistoryDialog", "region of the world"),
    }
