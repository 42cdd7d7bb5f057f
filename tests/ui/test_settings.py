"""Settings: each key declared once, typed, with a default; round trips through a real INI file."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

from sahel_desk.ui import settings
from sahel_desk.ui.settings import Setting, open_settings


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "sahel-desk.ini"


def test_every_key_is_declared_once_with_a_default_of_its_type():
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys))
    for setting in settings.ALL:
        assert isinstance(setting.default, setting.type), setting.key
    declared = {v for v in vars(settings).values() if isinstance(v, Setting)}
    assert declared == set(settings.ALL)


def test_an_empty_file_reads_as_the_defaults(ini):
    store = open_settings(ini)
    assert settings.LANGUAGE.get(store) == ""
    assert settings.WINDOW_GEOMETRY.get(store) == b""
    assert settings.WINDOW_STATE.get(store) == b""
    assert settings.TABLE_HEADER_STATE.get(store) == b""
    assert settings.LAST_FILTER.get(store) == ""


def test_values_round_trip_through_the_ini_file(ini):
    last_filter = json.dumps({"text": "Ségou, Mopti; « x »", "event_types": ["Battles"]})
    blob = bytes(range(256))
    first = open_settings(ini)
    settings.LANGUAGE.set(first, "fr")
    settings.WINDOW_GEOMETRY.set(first, blob)
    settings.WINDOW_STATE.set(first, b"\x00state")
    settings.TABLE_HEADER_STATE.set(first, b"header")
    settings.LAST_FILTER.set(first, last_filter)
    first.sync()
    assert first.status() == QSettings.Status.NoError
    assert ini.exists() and "[ui]" in ini.read_text(encoding="utf-8")

    again = open_settings(ini)
    assert settings.LANGUAGE.get(again) == "fr"
    assert settings.WINDOW_GEOMETRY.get(again) == blob
    assert settings.WINDOW_STATE.get(again) == b"\x00state"
    assert settings.TABLE_HEADER_STATE.get(again) == b"header"
    assert json.loads(settings.LAST_FILTER.get(again)) == json.loads(last_filter)

    settings.LANGUAGE.reset(again)
    assert settings.LANGUAGE.get(again) == ""


def test_a_damaged_value_reads_as_the_default(ini):
    ini.write_text("[window]\ngeometry=not bytes\n[ui]\nlanguage=@ByteArray(xx)\n")
    store = open_settings(ini)
    assert settings.WINDOW_GEOMETRY.get(store) == b""
    assert settings.LANGUAGE.get(store) == ""


def test_typed_settings_refuse_values_of_another_type(ini):
    store = open_settings(ini)
    with pytest.raises(TypeError):
        settings.WINDOW_GEOMETRY.set(store, "text")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        settings.LANGUAGE.set(store, b"fr")  # type: ignore[arg-type]


def test_int_and_bool_settings_convert_what_the_ini_holds(ini):
    ini.write_text("[t]\nn=42\nflag=true\nbad=x\n")
    store = open_settings(ini)
    assert Setting("t/n", int, 0).get(store) == 42
    assert Setting("t/flag", bool, False).get(store) is True
    assert Setting("t/bad", int, 7).get(store) == 7
    assert Setting("t/missing", bool, True).get(store) is True


def test_the_user_settings_are_an_ini_file_per_user():
    store = open_settings()
    assert store.format() == QSettings.Format.IniFormat
    assert store.scope() == QSettings.Scope.UserScope
    assert store.fileName().endswith("Sahel Desk.ini")
