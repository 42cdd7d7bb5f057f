"""The command line, run in-process on real database files."""

import json
from pathlib import Path

import pytest
from support import misspelt_types_csv

from sahel_desk import __version__
from sahel_desk.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_then_stats(capsys, db_path):
    code, out, err = run(capsys, "demo", "--incidents", "300", "--seed", "7", "--db", str(db_path))
    assert code == 0, err
    assert "Added 303 incidents" in out  # 300 generated + the article's three
    assert "303/303" in err  # progress
    code, out, _ = run(capsys, "stats", "--db", str(db_path))
    assert code == 0
    assert "303 incidents" in out
    for heading in ("Year", "Region (admin1)", "Event type", "Total"):
        assert heading in out
    assert "Mopti" in out and "Violence against civilians" in out
    # A second demo does not duplicate the article's incidents.
    code, out, _ = run(capsys, "demo", "--incidents", "0", "--db", str(db_path))
    assert "already there" in out
    # The same seed again would store the same incidents twice: refused, saying what to do.
    code, _, err = run(capsys, "demo", "--incidents", "300", "--seed", "7", "--db", str(db_path))
    assert code == 1 and "already holds the demo incidents of seed 7" in err
    assert "--seed 8" in err
    assert run(capsys, "demo", "--incidents", "5", "--seed", "8", "--db", str(db_path))[0] == 0
    code, _, err = run(capsys, "demo", "--incidents", "5", "--seed", "7", "--db", str(db_path))
    assert code == 1 and "--seed 9" in err  # the next seed not used yet
    assert "308 incidents" in run(capsys, "stats", "--db", str(db_path))[1]


def test_demo_is_reproducible(capsys, tmp_path):
    outputs = []
    for name in ("a.sqlite", "b.sqlite"):
        db = tmp_path / name
        assert run(capsys, "demo", "--incidents", "50", "--seed", "3", "--db", str(db))[0] == 0
        outputs.append(run(capsys, "stats", "--db", str(db))[1].split("\n", 1)[1])
    assert outputs[0] == outputs[1]


def test_db_option_before_the_subcommand_is_kept(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "db", "info")
    assert code == 0 and str(db_path) in out


def test_db_commands(capsys, db_path):
    code, out, _ = run(capsys, "db", "upgrade", "--db", str(db_path))
    assert code == 0 and "nothing to do" in out
    code, out, _ = run(capsys, "db", "check", "--db", str(db_path))
    assert code == 0 and "no problems" in out
    code, out, _ = run(capsys, "db", "info", "--db", str(db_path))
    assert code == 0 and "schema" in out and "0009" in out
    code, out, _ = run(capsys, "db", "backup", "--db", str(db_path))
    assert code == 0 and out.strip().endswith(".bak")


def test_failures_exit_non_zero_with_one_line(capsys, tmp_path):
    missing = tmp_path / "nowhere.sqlite"
    code, _, err = run(capsys, "stats", "--db", str(missing))
    assert code == 1 and err.count("\n") == 1 and "no database" in err
    assert not missing.exists()  # reading commands never create a database
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = run(capsys, "db", "info", "--db", str(junk))
    assert code == 1 and "not a Sahel Desk database" in err
    code, _, err = run(capsys, "demo", "--incidents", "-5", "--db", str(tmp_path / "x.sqlite"))
    assert code == 1 and "from 0 to" in err
    code, _, err = run(capsys, "demo", "--incidents", "99999999999999", "--db", str(tmp_path / "x"))
    assert code == 1 and "10,000,000" in err and not (tmp_path / "x").exists()


def test_bench_prints_table_and_json(capsys):
    code, out, _ = run(capsys, "bench", "--incidents", "400")
    assert code == 0
    table, _, payload = out.partition("\n\n")
    figures = json.loads(payload)
    assert figures["incidents"] == 400 and figures["page_rows"] == 200
    assert "insert_rows_per_s" in table and figures["insert_rows_per_s"] > 0
    assert figures["raw_same_work_incidents_per_s"] > 0 < figures["insert_vs_raw_same_work"]


def test_another_programs_sqlite_file_is_left_alone(capsys, tmp_path):
    import sqlite3

    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    code, _, err = run(capsys, "stats", "--db", str(other))
    assert code == 1 and "another program" in err and err.count("\n") == 1
    assert other.read_bytes() == before


def test_a_locked_database_is_reported_in_one_line(capsys, db_path, monkeypatch):
    import sqlite3

    from sahel_desk.store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(capsys, "demo", "--incidents", "5", "--db", str(db_path))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "busy in another program" in err and err.count("\n") == 1


def test_reindex_repairs_what_check_reports(capsys, db_path):
    import sqlite3

    assert run(capsys, "demo", "--incidents", "20", "--db", str(db_path))[0] == 0
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE incidents SET notes = 'changed behind the store' WHERE id = 1")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "db", "check", "--db", str(db_path))
    assert code == 1 and "db reindex" in out
    assert run(capsys, "db", "reindex", "--db", str(db_path))[0] == 0
    code, out, _ = run(capsys, "db", "check", "--db", str(db_path))
    assert code == 0 and "no problems" in out


def test_demo_ties_the_articles_known_places_to_the_gazetteer(capsys, db_path):
    from sahel_desk.store import Store
    from sahel_desk.synthetic.article import article_incidents

    assert run(capsys, "demo", "--incidents", "0", "--db", str(db_path))[0] == 0
    with Store.open(db_path) as store:
        ids = [store.incidents.id_of_uuid(i.uuid) for i in article_incidents()]
        bankass, tombouctou, bakara = store.incidents.get_many(ids)
    assert bankass.place.verified and bankass.place.admin1 == "Mopti"
    assert tombouctou.place.verified
    assert not bakara.place.verified and bakara.place.latitude is None


def test_export_then_import_from_the_command_line(capsys, db_path, tmp_path):
    from support import db_checksum

    from sahel_desk.synthetic.acled_files import acled_incidents, write_acled

    run(capsys, "demo", "--incidents", "200", "--db", str(db_path))
    workbook = tmp_path / "mopti.xlsx"
    code, out, err = run(
        capsys,
        "export",
        str(workbook),
        "--admin1",
        "Mopti",
        "--actor",
        "GSIM",
        "--db",
        str(db_path),
    )
    assert code == 0, err
    assert "Exported" in out and workbook.exists()
    code, _, err = run(capsys, "export", str(tmp_path / "x.ods"), "--db", str(db_path))
    assert code == 1 and ".xlsx or .csv" in err
    code, _, err = run(capsys, "export", str(workbook), "--actor", "Nobody", "--db", str(db_path))
    assert code == 1 and "no actor is called" in err
    edited = workbook.read_bytes()  # a colleague's copy, say: never replaced unasked
    code, _, err = run(capsys, "export", str(workbook), "--db", str(db_path))
    assert code == 1 and "exists; nothing was written. Pass --replace" in err
    assert workbook.read_bytes() == edited
    code, out, err = run(capsys, "export", str(workbook), "--replace", "--db", str(db_path))
    assert code == 0 and "Exported" in out and workbook.read_bytes() != edited

    acled = write_acled(tmp_path / "acled.csv", acled_incidents(25, seed=51))
    before = db_checksum(db_path)
    code, out, _ = run(capsys, "import", str(acled), "--db", str(db_path))  # no tty: asks for --yes
    assert code == 2 and "--yes" in out and "25  new" in out
    assert db_checksum(db_path) == before
    code, out, err = run(capsys, "import", str(acled), "--yes", "--db", str(db_path))
    assert code == 0, err
    assert "Imported 25 new" in out
    code, out, _ = run(capsys, "import", "--list", "--db", str(db_path))
    assert "acled.csv" in out and "+25 new" in out
    before = db_checksum(db_path)  # no terminal, no --yes: said, asked for, not done
    code, out, _ = run(capsys, "import", "--undo", "1", "--db", str(db_path))
    assert code == 2 and "Would undo import 1 (“acled.csv”): 25 new incidents removed" in out
    assert db_checksum(db_path) == before
    code, out, _ = run(capsys, "import", "--undo", "1", "--yes", "--db", str(db_path))
    said = "Undid import 1 (“acled.csv”): 25 new incidents removed, 0 updated incidents put back"
    assert code == 0 and said in out
    code, _, err = run(capsys, "import", "--undo", "1", "--yes", "--db", str(db_path))
    assert code == 1 and "already" in err

    odd = tmp_path / "odd.csv"
    odd.write_text("Quand,Qui\n02/04/2023,JNIM\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", str(odd), "--db", str(db_path))
    assert code == 2 and "--map" in out
    code, _, err = run(capsys, "import", str(odd), "--map", "Quand=when", "--db", str(db_path))
    assert code == 1 and "“when” is not a field" in err and "event_date" in err
    code, _, err = run(capsys, "import", str(odd), "--map", "Date=event_date", "--db", str(db_path))
    assert code == 1 and "“Date”" in err and "its columns are: Quand, Qui" in err
    code, out, _ = run(capsys, "import", str(tmp_path / "missing.csv"), "--db", str(db_path))
    assert code == 1


def test_the_preview_says_a_csv_is_no_workbook(capsys, db_path, tmp_path):
    """Our workbook saved as CSV by a colleague: the preview names it for what it is."""
    import csv

    import python_calamine

    run(capsys, "demo", "--incidents", "30", "--db", str(db_path))
    workbook = tmp_path / "shared.xlsx"
    assert run(capsys, "export", str(workbook), "--db", str(db_path))[0] == 0
    code, out, _ = run(capsys, "import", str(workbook), "--db", str(db_path))
    assert code == 0 and "shared.xlsx: Sahel Desk workbook, 33 rows" in out  # all unchanged
    rows = python_calamine.CalamineWorkbook.from_path(str(workbook)).get_sheet_by_index(0)
    saved = tmp_path / "shared.csv"
    with open(saved, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows.to_python())
    code, out, _ = run(capsys, "import", str(saved), "--db", str(db_path))
    assert code == 0 and "shared.csv: Sahel Desk columns, as CSV, 33 rows" in out


def test_export_filters_say_when_a_region_does_not_exist(capsys, db_path, tmp_path):
    run(capsys, "demo", "--incidents", "100", "--db", str(db_path))
    target = str(tmp_path / "x.xlsx")
    code, _, err = run(capsys, "export", target, "--admin1", "segou", "--db", str(db_path))
    assert code == 0, err
    code, _, err = run(capsys, "export", target, "--admin1", "Nowhere", "--db", str(db_path))
    assert code == 1 and "no region" in err
    code, _, err = run(
        capsys, "export", target, "--from", "2024-01-01", "--to", "2023-01-01", "--db", str(db_path)
    )
    assert code == 1 and "--from is after --to" in err


def test_import_reads_misspelt_types_as_suggested_only_when_told(capsys, db_path, tmp_path):
    path = misspelt_types_csv(tmp_path / "typos.csv", ("Batles", "Armed clash"))
    code, out, _ = run(capsys, "import", str(path), "--yes", "--db", str(db_path))
    assert code == 0 and "--take-suggestions reads them so" in out and "Nothing to import" in out
    code, out, _ = run(
        capsys, "import", str(path), "--yes", "--take-suggestions", "--db", str(db_path)
    )
    assert code == 0 and "types read as suggested: “Batles” as Battles" in out
    assert "1 new and 0 updated" in out


def test_import_overwrites_newer_versions_only_when_told(capsys, db_path, tmp_path):
    from sahel_desk.domain.query import IncidentQuery
    from sahel_desk.store import Store

    run(capsys, "demo", "--incidents", "30", "--db", str(db_path))
    workbook = tmp_path / "all.xlsx"
    assert run(capsys, "export", str(workbook), "--db", str(db_path))[0] == 0
    with Store.open(db_path) as store:
        first = store.incidents.get(store.incidents.ids(IncidentQuery())[0])
        store.incidents.update(first.with_changes(notes="Edited after the export."))
    code, out, _ = run(capsys, "import", str(workbook), "--yes", "--db", str(db_path))
    assert code == 0 and "1  not newer than the database's copy (kept; --overwrite-newer" in out
    assert "Nothing to import" in out
    code, out, err = run(
        capsys, "import", str(workbook), "--yes", "--overwrite-newer", "--db", str(db_path)
    )
    assert code == 0 and "(imported anyway)" in out and "0 new and 1 updated" in out, err
    with Store.open(db_path) as store:
        assert store.incidents.get(first.id).notes == first.notes


def test_import_groups_warnings_by_kind_so_rare_ones_show(capsys, db_path):
    """UCDP's sample warns of a thousand actor names: one line of that kind, not a thousand
    that hide the seven events whose range was dropped."""
    shared = Path(__file__).resolve().parents[2] / "shared"
    sample = shared / "data" / "ucdp" / "ged_sample_1000.csv"
    if not sample.exists():
        pytest.skip(f"UCDP sample not found at {sample}")
    code, out, _ = run(capsys, "import", str(sample), "--db", str(db_path))
    assert code == 2 and "Would import 1,000 new" in out
    said = out.split("Warnings on the rows to import:")[1]
    assert "UCDP's low estimate of deaths" in said and "(and the like)" in said
    assert len(said.strip().splitlines()) <= 15
