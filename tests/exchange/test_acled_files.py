"""Synthetic ACLED files, read back with independent readers (csv module, openpyxl)."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import re
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sahel_desk.exchange.columns import ACLED_2019_COLUMNS, ACLED_COLUMNS, ACLED_LEGACY_COLUMNS
from sahel_desk.exchange.legacy import LEGACY_EVENT_TYPES
from sahel_desk.synthetic.acled_files import (
    MONADIC_COLUMNS,
    acled_incidents,
    revised,
    write_acled,
)

ROOT = Path(__file__).resolve().parents[2]
BOM = b"\xef\xbb\xbf"
N = 300
HEADERS = {
    "current": ACLED_COLUMNS,
    "2019": ACLED_2019_COLUMNS,
    "legacy": ACLED_LEGACY_COLUMNS,
    "monadic": tuple(c for c in ACLED_COLUMNS if c not in ("actor2", "assoc_actor_2", "inter2")),
}


@pytest.fixture(scope="module")
def incidents():
    return acled_incidents(N, seed=7)


def read(path: Path) -> list[tuple]:
    """Every row, header first: text from CSV, typed cells from XLSX (None when blank)."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            return [tuple(row) for row in csv.reader(f)]
    book = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def records(path: Path) -> list[dict]:
    header, *rows = read(path)
    return [dict(zip(header, row, strict=True)) for row in rows]


def blank(value) -> bool:
    return value is None or value == ""


# --- the incidents ---------------------------------------------------------------------------


def test_acled_incidents_have_unique_seeded_ids_and_timestamps(incidents):
    ids = [i.external_id for i in incidents]
    assert len(set(ids)) == N
    assert all(re.fullmatch(r"MLI[1-9]\d*", i) for i in ids)
    assert acled_incidents(N, seed=7) == incidents  # seeded, uuids included
    assert [i.external_id for i in acled_incidents(N, seed=8)] != ids
    for inc in incidents:
        midnight = dt.datetime.combine(inc.date.day, dt.time(), dt.UTC).timestamp()
        assert isinstance(inc.external_timestamp, int) and inc.external_timestamp > midnight
        assert inc.fatalities is not None  # ACLED writes 0, never blank


def test_revised_keeps_ids_and_raises_timestamps_only_on_changed_events(incidents):
    later = revised(incidents, fraction=0.1, seed=3)
    assert [i.external_id for i in later] == [i.external_id for i in incidents]
    changed = [(old, new) for old, new in zip(incidents, later, strict=True) if old != new]
    assert len(changed) == N // 10
    for old, new in changed:
        assert new.external_timestamp > old.external_timestamp
        assert (new.fatalities, new.notes) != (old.fatalities, old.notes)
        assert (
            new.with_changes(
                fatalities=old.fatalities,
                notes=old.notes,
                external_timestamp=old.external_timestamp,
            )
            == old
        )  # nothing else moved
    assert revised(incidents, seed=3) == later
    assert revised(incidents, fraction=0) == incidents


# --- shapes x formats ------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("shape", list(HEADERS))
def test_each_shape_has_the_exact_header_and_one_row_per_event(tmp_path, incidents, shape, suffix):
    path = write_acled(tmp_path / f"acled{suffix}", incidents, shape=shape)
    rows = read(path)
    assert rows[0] == HEADERS[shape]
    two_actor = sum(1 for i in incidents if i.actor2)
    assert len(rows) - 1 == N + (two_actor if shape == "monadic" else 0)
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["event_id_cnty"] == incidents[0].external_id
    if suffix == ".xlsx":  # numbers are numbers, blanks are empty cells
        assert isinstance(first["year"], int) and isinstance(first["latitude"], float)
        assert isinstance(first["timestamp"], int)
        assert all(v != "" for row in rows for v in row)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_current_shape_writes_text_types_and_the_civilian_flag(tmp_path, incidents, suffix):
    rows = records(write_acled(tmp_path / f"a{suffix}", incidents))
    assert {r["inter1"] for r in rows} <= {
        "State forces", "Rebel group", "Political militia", "Identity militia", "Rioters",
        "Protesters", "Civilians", "External/Other forces",
    }  # fmt: skip
    assert all(
        re.fullmatch(r"[A-Z][a-z/ A-Z]+(-[A-Z][a-z/ A-Z]+| only)", r["interaction"]) for r in rows
    )
    flags = Counter("" if blank(r["civilian_targeting"]) else r["civilian_targeting"] for r in rows)
    assert set(flags) == {"", "Civilians targeted"}
    assert flags["Civilians targeted"] == sum(1 for i in incidents if i.civilian_targeting)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("shape", ["2019", "legacy"])
def test_numeric_shapes_have_digits_and_the_old_id_columns(tmp_path, incidents, shape, suffix):
    rows = records(write_acled(tmp_path / f"a{suffix}", incidents, shape=shape))
    for row, inc in zip(rows, incidents, strict=True):
        assert re.fullmatch(r"[1-8]", str(row["inter1"]))
        assert blank(row["inter2"]) == (inc.actor2 is None)
        assert re.fullmatch(r"[1-8][0-8]", str(row["interaction"]))
        assert str(row["iso"]) == "466" and row["iso3"] == "MLI"
        assert str(row["event_id_no_cnty"]) == inc.external_id.removeprefix("MLI")
        assert re.fullmatch(r"\d+", str(row["data_id"]))
    assert len({r["data_id"] for r in rows}) == N
    if shape == "legacy":
        assert {r["event_type"] for r in rows} <= set(LEGACY_EVENT_TYPES)
        assert Counter(r["event_type"] for r in rows)["Riots/Protests"] > 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_monadic_repeats_two_actor_events_from_actor2s_side(tmp_path, incidents, suffix):
    rows = records(write_acled(tmp_path / f"a{suffix}", incidents, shape="monadic"))
    by_id: dict[str, list[dict]] = {}
    for row in rows:
        by_id.setdefault(row["event_id_cnty"], []).append(row)
    for inc in incidents:
        found = by_id[inc.external_id]
        assert [r["actor1"] for r in found] == [inc.actor1, inc.actor2][: len(found)]
        assert len(found) == (2 if inc.actor2 else 1)
        if inc.actor2:
            first, second = found
            same = [c for c in first if c not in ("actor1", "assoc_actor_1", "inter1")]
            assert [first[c] for c in same] == [second[c] for c in same]
            assert second["inter1"] == inc.inter2.label
            assert first["interaction"] == second["interaction"] == inc.interaction


def test_share_of_two_actor_events():
    """Real Mali files show about 90% of events on two rows; the Generator gives about 76%
    (Strategic developments, most remote violence and peaceful protests are one-sided)."""
    events = acled_incidents(2000, seed=1)
    share = sum(1 for i in events if i.actor2) / len(events)
    assert 0.70 < share < 0.82


# --- encoding, HXL, dates -------------------------------------------------------------------


@pytest.mark.parametrize("bom", [True, False])
def test_csv_bom_is_written_on_request(tmp_path, incidents, bom):
    raw = write_acled(tmp_path / "a.csv", incidents[:5], bom=bom).read_bytes()
    assert raw.startswith(BOM + b"event_id_cnty,") if bom else raw.startswith(b"event_id_cnty,")
    assert "Ségou".encode() in write_acled(tmp_path / "b.csv", incidents).read_bytes()


def test_xlsx_ignores_bom(tmp_path, incidents):
    assert write_acled(tmp_path / "a.xlsx", incidents[:5], bom=True).read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("shape", list(HEADERS))
def test_hxl_row_follows_the_header(tmp_path, incidents, shape, suffix):
    rows = read(write_acled(tmp_path / f"a{suffix}", incidents[:5], shape=shape, hxl=True))
    assert rows[0] == HEADERS[shape]
    assert all(tag.startswith("#") for tag in rows[1])
    assert rows[1][rows[0].index("event_id_cnty")] == "#event+code"
    assert rows[2][rows[0].index("event_id_cnty")] == incidents[0].external_id
    assert len(rows) == 2 + 5 + (
        sum(1 for i in incidents[:5] if i.actor2) if shape == "monadic" else 0
    )


def test_no_hxl_row_by_default(tmp_path, incidents):
    assert not read(write_acled(tmp_path / "a.csv", incidents[:3]))[1][0].startswith("#")


DATE_PATTERNS = {
    "iso": r"\d{4}-\d{2}-\d{2}",
    "long": r"\d{2} (January|February|March|April|May|June|July|August|September|October"
    r"|November|December) \d{4}",
    "short": r"\d{1,2}-[A-Z][a-z]{2}-\d{2}",
    "dmy": r"\d{2}/\d{2}/\d{4}",
}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("style", list(DATE_PATTERNS))
def test_date_styles(tmp_path, incidents, style, suffix):
    rows = records(write_acled(tmp_path / f"a{suffix}", incidents, date_style=style))
    dates = [r["event_date"] for r in rows]
    if style == "iso" and suffix == ".xlsx":  # a real date cell
        assert dates == [dt.datetime.combine(i.date.day, dt.time()) for i in incidents]
        return
    assert all(isinstance(d, str) and re.fullmatch(DATE_PATTERNS[style], d) for d in dates)
    fmt = {"iso": "%Y-%m-%d", "long": "%d %B %Y", "short": "%d-%b-%y", "dmy": "%d/%m/%Y"}[style]
    assert [dt.datetime.strptime(d, fmt).date() for d in dates] == [i.date.day for i in incidents]
    assert [int(r["year"]) for r in rows] == [i.year for i in incidents]


def test_date_style_examples(tmp_path, incidents):
    from sahel_desk.synthetic.acled_files import date_text

    assert date_text(dt.date(2020, 7, 31), "iso") == "2020-07-31"
    assert date_text(dt.date(2020, 12, 31), "long") == "31 December 2020"
    assert date_text(dt.date(2021, 2, 16), "short") == "16-Feb-21"
    assert date_text(dt.date(2003, 8, 5), "short") == "5-Aug-03"  # Excel's d-mmm-yy
    assert date_text(dt.date(2020, 7, 31), "dmy") == "31/07/2020"


def test_bad_arguments_are_refused(tmp_path, incidents):
    with pytest.raises(ValueError):
        write_acled(tmp_path / "a.csv", incidents, shape="dyadic")
    with pytest.raises(ValueError):
        write_acled(tmp_path / "a.csv", incidents, date_style="us")
    with pytest.raises(ValueError):
        write_acled(tmp_path / "a.json", incidents)
    assert not list(tmp_path.iterdir())


def test_sample_script_writes_every_variant(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location(
        "make_acled_samples", ROOT / "scripts/make_acled_samples.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.main([str(tmp_path), "--incidents", "20", "--seed", "3"]) == 0
    files = sorted(tmp_path.rglob("acled_*"))
    # per shape: 4 date styles x HXL or not x (CSV with and without BOM, XLSX); plus 2 revised
    assert len(files) == 4 * 4 * 2 * 3 + 2
    assert "wrote 98 files" in capsys.readouterr().out
    legacy = read(tmp_path / "legacy" / "acled_legacy_short_hxl_nobom.csv")
    assert legacy[0] == ACLED_LEGACY_COLUMNS and legacy[1][0].startswith("#")
    assert len(legacy) == 22
    assert read(tmp_path / "monadic" / "acled_monadic_dmy.xlsx")[0] == MONADIC_COLUMNS
