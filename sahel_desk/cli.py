"""The ``sahel-desk`` command: the window when called alone, headless commands otherwise.

Never imports QtWidgets: import, export, upgrades, demo data and benchmarks run on a server
or in CI without a screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import itertools
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sahel_desk import __version__, paths
from sahel_desk.domain.errors import Problem, SahelDeskError
from sahel_desk.jobs.gcpause import gc_paused

MAX_DEMO = 10_000_000
MAX_BENCH = 2_000_000  # the benchmark holds its incidents in memory to time the insert alone

if TYPE_CHECKING:  # the store (SQLAlchemy) loads only for commands that need it
    from sahel_desk.domain.incident import Incident
    from sahel_desk.domain.query import IncidentQuery
    from sahel_desk.jobs.imports import ImportPlan
    from sahel_desk.store import Store


LANGUAGES = ("en", "fr")  # ui.i18n's, written out: this module never imports Qt (a test)


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Subcommands must not reset a --db given before them: SUPPRESS keeps the parser's value.
    parser.add_argument(
        "--db",
        type=Path,
        default=None if top else argparse.SUPPRESS,
        metavar="PATH",
        help=f"database file (default: ${paths.DB_ENV}, else the user's data folder)",
    )


def _db(args: argparse.Namespace) -> Path:
    return args.db or paths.default_db_path()


def _open(args: argparse.Namespace, *, create: bool = True) -> Store:
    from sahel_desk.store import Store

    store = Store.open(_db(args), create=create)
    upgrading = getattr(args, "action", None) == "upgrade"  # 'db upgrade' reports it itself
    if store.opened.upgrade.changed and store.opened.upgrade.before is not None and not upgrading:
        print(
            f"Upgraded the database schema {store.opened.upgrade.before} → "
            f"{store.opened.upgrade.after} (backup: {store.opened.upgrade.backup})",
            file=sys.stderr,
        )
    return store


def cmd_db(args: argparse.Namespace) -> int:
    if args.action == "upgrade":
        with _open(args, create=False) as store:
            report = store.opened
            if report.upgrade.changed:
                print(f"Schema {report.upgrade.before or 'empty'} → {report.upgrade.after}")
                if report.upgrade.backup:
                    print(f"Backup of the previous version: {report.upgrade.backup}")
            else:
                print(f"Schema already at {report.upgrade.after}; nothing to do")
            if report.reloaded:
                print(f"Reference data loaded: {', '.join(report.reloaded)}")
        return 0
    with _open(args, create=False) as store:
        if args.action == "check":
            problems = store.check()
            for problem in problems:
                print(problem)
            if problems:
                raise SahelDeskError(f"{len(problems)} problem(s) in {store.path}")
            print(f"{store.path}: no problems found")
            return 0
        if args.action == "reindex":
            store.reindex()
            print(f"Rebuilt the full-text index of {store.path}")
            return 0
        if args.action == "backup":
            from sahel_desk.store.backup import backup_file

            print(backup_file(store.path, "manual", keep=0))
            return 0
        info = store.info()
        width = max(map(len, info))
        for key, value in info.items():
            print(f"{key:<{width}}  {value}")
        return 0


def _progress(total: int, what: str) -> Callable[[int], None]:
    started = time.perf_counter()
    live = sys.stderr.isatty()  # a log file gets whole lines, a terminal one updating line

    step = max(total // 10, 1)

    def report(done: int) -> None:
        if not live and done < total and done % step >= 1000:
            return  # a log gets a line every tenth, not a thousand lines
        rate = done / max(time.perf_counter() - started, 1e-9)
        end = "\n" if done >= total or not live else "\r"
        print(f"  {what}: {done:,}/{total:,} ({rate:,.0f}/s)", end=end, file=sys.stderr)

    return report


def cmd_demo(args: argparse.Namespace) -> int:
    from sahel_desk.synthetic.article import article_incidents
    from sahel_desk.synthetic.incidents import Generator

    if not 0 <= args.incidents <= MAX_DEMO:
        raise SahelDeskError(f"--incidents must be from 0 to {MAX_DEMO:,}")
    with _open(args) as store:
        have = {store.incidents.id_of_uuid(i.uuid) for i in article_incidents()}
        article = [] if have != {None} else [_placed(store, i) for i in article_incidents()]
        generated = iter(Generator(args.seed).incidents(args.incidents))
        first = next(generated, None)
        if first is not None and _seed_used(store, args.seed):
            free = next(n for n in itertools.count(args.seed + 1) if not _seed_used(store, n))
            raise SahelDeskError(
                f"this database already holds the demo incidents of seed {args.seed}; "
                f"add others with --seed {free}"
            )
        generated = itertools.chain([first] if first else [], generated)
        total = args.incidents + len(article)
        ids = store.incidents.add_many(
            itertools.chain(article, generated),  # streamed: memory stays flat at any size
            progress=_progress(total, "incidents"),
            expected=total,
        )
        print(f"Added {len(ids):,} incidents to {store.path} (seed {args.seed})")
        if not article:
            print("The article's three incidents were already there.")
    return 0


def _seed_used(store: Store, seed: int) -> bool:
    """Whether the demo incidents of ``seed`` are in the database (its first one is)."""
    from sahel_desk.synthetic.incidents import Generator

    first = next(iter(Generator(seed).incidents(1)), None)
    return first is not None and store.incidents.id_of_uuid(first.uuid) is not None


def _placed(store: Store, incident: Incident) -> Incident:
    """The incident tied to its gazetteer entry when the gazetteer knows the place."""
    place = incident.place
    if place.ref or not place.admin1:
        return incident  # Bakara: the article gives no region to tell it apart; unverified
    found = store.places.find(place.location, admin1=place.admin1)
    towns = [e for e in found if e.kind.value == "settlement"]
    if not towns:
        return incident
    entry = towns[0]
    return incident.with_changes(
        place=replace(
            place,
            ref=entry.ref,
            admin2=entry.admin2 or place.admin2,
            admin3=entry.admin3,
            latitude=entry.latitude,
            longitude=entry.longitude,
        )
    )


def cmd_stats(args: argparse.Namespace) -> int:
    from sahel_desk.texttable import format_counts

    with _open(args, create=False) as store:
        total = store.incidents.count()
        print(f"{store.path}: {total:,} incidents (trash excluded)\n")
        for title, by in (
            ("Year", "year"),
            ("Region (admin1)", "admin1"),
            ("Event type", "event_type"),
        ):
            print(format_counts(title, store.reports.counts((by,))))
            print()
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from sahel_desk.store.bench import run

    if not 1 <= args.incidents <= MAX_BENCH:
        raise SahelDeskError(f"--incidents must be from 1 to {MAX_BENCH:,}")
    figures = run(args.incidents, args.seed, getattr(args, "db", None))
    table = figures.pop("table")
    if not args.json:
        print(table)
        print()
    print(json.dumps(figures, indent=2))
    return 0


def _query(args: argparse.Namespace, store: Store) -> IncidentQuery:
    """The filter options as the query the table uses; actor names go through the aliases."""
    from sahel_desk.domain import taxonomy
    from sahel_desk.domain.query import IncidentQuery

    actors = set()
    for name in args.actor or ():
        found = store.actors.match(name)
        if found is None:
            raise SahelDeskError(f"no actor is called “{name}” (nor has it as an alias)")
        actors.add(found)
    types = set()
    for name in args.event_type or ():
        found = taxonomy.canonical(name)
        if found is None:
            raise SahelDeskError(f"“{name}” is not an ACLED event or sub-event type")
        types.add(found)
    from sahel_desk.domain.text import fold
    from sahel_desk.reference.gazetteer import canonical_admin

    known = {fold(name): name for name in store.places.admin1_names()}
    admin1 = set()
    for name in args.admin1 or ():  # "Segou", "mopti", "Koulikouro" mean the known regions
        found = known.get(fold(canonical_admin(name)))
        if found is None:
            raise SahelDeskError(f"no region (admin1) is called “{name}”")
        admin1.add(found)
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise SahelDeskError("--from is after --to")
    return IncidentQuery(
        date_from=args.date_from,
        date_to=args.date_to,
        admin1=frozenset(admin1),
        actors=frozenset(actors),
        event_types=frozenset(t for t in types if t in taxonomy.EVENT_TYPES),
        sub_event_types=frozenset(t for t in types if t not in taxonomy.EVENT_TYPES),
        tags=frozenset(args.tag or ()),
        fatalities_min=args.fatalities_min,
        fatalities_max=args.fatalities_max,
        text=args.text or "",
    )


@gc_paused  # a one-off batch: its objects live until it ends
def cmd_export(args: argparse.Namespace) -> int:
    from sahel_desk.jobs.export import describe, export

    with _open(args, create=False) as store:
        query = _query(args, store)
        if args.file.exists() and not args.replace:  # a colleague's edited copy, perhaps
            raise SahelDeskError(
                f"{args.file} exists; nothing was written. Pass --replace to replace it, "
                "or name another file"
            )
        started = time.perf_counter()
        report = _progress(store.incidents.count(query), "exported")
        result = export(
            store,
            query,
            args.file,
            language=args.lang,
            filter_words=describe(query, args.lang, _tag_words(store, args.lang)),
            progress=lambda done, _total: report(done),
        )
    seconds = time.perf_counter() - started
    exported = _plural(result.rows, "incident", "incidents")
    print(f"Exported {exported} to {result.path} in {seconds:.1f} s")
    cells = result.report
    if cells.control_characters:
        print(
            f"  {cells.control_characters:,} control characters removed (a file cannot hold them)"
        )
    if cells.truncated:
        print(f"  {cells.truncated:,} cells cut to Excel's 32,767 characters")
    if cells.inert_formulas:
        print(f"  {cells.inert_formulas:,} cells beginning like a formula written as plain text")
    return 0


@gc_paused
def cmd_import(args: argparse.Namespace) -> int:
    from sahel_desk.exchange.acled_import import Shape
    from sahel_desk.jobs import imports

    with _open(args) as store:
        if args.keep_here and (args.list or args.undo is not None):
            raise SahelDeskError("--keep-here chooses fields of a file's rows: name the file")
        if args.list:
            return _list_imports(store)
        if args.undo is not None:
            return _undo_import(store, args.undo, args.yes)
        if args.file is None:
            raise SahelDeskError("name the file to import (or use --list / --undo N)")
        columns = dict(_mapping(text) for text in args.map or ())
        plan = imports.plan_import(store, args.file, columns=columns)
        absent = [c for c in columns if c not in plan.table.header]
        if absent:
            raise SahelDeskError(
                f"--map names {', '.join(f'“{c}”' for c in absent)}, which the file does not "
                f"have; its columns are: {', '.join(str(h) for h in plan.table.header)}"
            )
        kind = plan.shape.value
        if plan.shape is Shape.SAHEL and plan.table.kind == "csv":
            kind = "Sahel Desk columns, as CSV"  # a workbook a colleague saved as CSV
        print(f"{plan.table.name}: {kind}, {_plural(len(plan.table.rows), 'row', 'rows')}")
        for note in plan.notes:
            print(f"  {note.message}")
        if plan.needs_mapping:
            missing = ", ".join(plan.columns.missing)
            print(f"\nNo column holds: {missing}.")
            print("Columns not recognised: " + (", ".join(plan.columns.unmapped) or "none"))
            print('Say which column holds what with --map "Column name=field" (repeatable),')
            print('for instance --map "Date de l\'incident=event_date". Nothing was imported.')
            return 2
        suggested = plan.suggestions()
        if suggested and args.take_suggestions:
            readings = plan.readings_with_suggestions()
            plan = imports.plan_import(store, args.file, columns=columns, readings=readings)
            taken = "; ".join(f"“{key[2]}” as {read}" for key, read in suggested.items())
            print(f"  types read as suggested: {taken}")
        choices = _held_choices(plan, args)
        kept = _kept_fields(store, plan, args.keep_here or (), choices, set(args.leave_rows or ()))
        choices["keep"] = {p: incident for p, (_, incident) in kept.items()}  # type: ignore[assignment]
        _print_plan(plan, duplicates=args.duplicates, older=args.overwrite_newer,
                    update=choices["update"], taken=plan.taken(**choices),
                    kept=kept.keys())  # fmt: skip
        if kept:  # what the reasons above no longer say of those rows
            print("\nChosen field by field (--keep-here):")
            for p, (names, incident) in sorted(kept.items()):
                row = plan.rows[p]
                if plan.changes_nothing(p, incident):
                    print(f"  row {row.line}: keeps incident {row.existing_id} as it is here "
                          f"({', '.join(names)}): nothing of it is updated")  # fmt: skip
                    continue
                print(f"  row {row.line}: updates incident {row.existing_id}, keeping here: "
                      f"{', '.join(names)}; the file's other changes are taken")  # fmt: skip
        clashes = plan.clashes(**choices)
        if clashes:
            print("\nCannot import: " + "; ".join(p.message for p in clashes) + ".")
            print("Leave all but one of those rows out with --leave-rows (row numbers as above).")
            print("Nothing was imported.")
            return 2
        if suggested and not args.take_suggestions:
            print("\nSome types are misspelt and have a likely reading (see the reasons above);")
            print("--take-suggestions reads them so and imports those rows too.")
        new, updates = plan.to_write(**choices)
        if not new and not updates:
            print("\nNothing to import.")
            return 0
        kept_whole = plan.tally(**choices)[3]  # every change kept here: they update nothing
        # (recorded all the same, so that the next file does not offer them again)
        one, many = "incident kept as it is here", "incidents kept as they are here"
        kept_said = f", {_plural(kept_whole, one, many)}" if kept_whole else ""
        what = (
            f"{len(new):,} new and "
            f"{_plural(len(updates) - kept_whole, 'updated incident', 'updated incidents')}"
        ) + kept_said
        if not args.yes:
            if not sys.stdin.isatty():
                print(f"\nWould import {what}; run again with --yes to apply.")
                return 2
            answer = input(f"\nImport {what} into {store.path}? [y/N] ").strip().lower()
            if answer not in ("y", "yes", "o", "oui"):
                print("Nothing was imported.")
                return 1
        started = time.perf_counter()
        batch = imports.apply_import(store, plan, **choices)
        seconds = time.perf_counter() - started
        what = (  # as recorded: an update that changed nothing is unchanged
            f"{batch.added:,} new and "
            f"{_plural(batch.updated, 'updated incident', 'updated incidents')}"
        ) + (f"{kept_said} (the choice recorded)" if kept_said else "")
        print(
            f"Imported {what} in {seconds:.1f} s as import {batch.id} "
            f"(undo with: sahel-desk import --undo {batch.id})"
        )
    return 0


def _held_choices(plan: ImportPlan, args: argparse.Namespace) -> dict[str, frozenset[int]]:
    """The held-back rows the flags take (``to_write``'s choices), those --leave-rows names
    left out: --duplicates takes the probable duplicates as new incidents, --update-duplicates
    as updates of the incident each probably is, --overwrite-newer the versions not newer."""
    from sahel_desk.jobs import imports

    left = set(args.leave_rows or ())
    if left and not (args.duplicates or args.update_duplicates or args.overwrite_newer):
        raise SahelDeskError(
            "--leave-rows leaves rows out of what --duplicates, --update-duplicates or "
            "--overwrite-newer take; without them, held-back rows are left out anyway"
        )
    held = {line for row in plan.rows if row.action in imports.HELD for line in row.lines}
    unknown = left - held
    if unknown:
        raise SahelDeskError(
            f"--leave-rows: row {', '.join(map(str, sorted(unknown)))} is not held back "
            "(a probable duplicate, or a version not newer): new and newer rows are always "
            "imported, rejected ones never"
        )
    kept = frozenset(p for p, row in enumerate(plan.rows) if not left & set(row.lines))
    duplicates = plan.positions(imports.DUPLICATE) & kept
    older = (plan.positions(imports.STALE) | plan.positions(imports.CONFLICT)) & kept
    picked = (duplicates if args.duplicates else frozenset()) | (
        older if args.overwrite_newer else frozenset()
    )
    return {"picked": picked, "update": duplicates if args.update_duplicates else frozenset()}


def _kept_fields(
    store: Store,
    plan: ImportPlan,
    wanted: Sequence[tuple[int, list[str]]],
    choices: dict[str, frozenset[int]],
    left: Collection[int] = (),
) -> dict[int, tuple[list[str], Incident]]:
    """--keep-here "12:notes,fatalities": the fields each named row keeps, and what it then
    writes over the incident it updates, those fields as the database has them
    (``ImportPlan.keeping``); a row named twice keeps the fields of both. ``left``: the
    rows --leave-rows names."""
    from sahel_desk.domain import validation
    from sahel_desk.jobs import merge

    names_of: dict[int, list[str]] = {}
    for line, names in wanted:
        names_of.setdefault(line, []).extend(names)
    updating = plan.updating(**choices)
    lines = [line for row in plan.rows for line in row.lines]
    found: dict[int, tuple[list[str], Incident]] = {}
    for line, names in names_of.items():
        position = next((p for p, r in enumerate(plan.rows) if line in r.lines), -1)
        if position < 0:
            raise SahelDeskError(
                f"--keep-here: there is no row {line}; the file's rows are "
                f"{min(lines, default=0)} to {max(lines, default=0)}"
            )
        row = plan.rows[position]
        written = plan.over(position)
        if written is None or row.existing_id is None:
            raise SahelDeskError(
                f"--keep-here: row {line} is {_WHAT_ROW.get(row.action, row.action)}: it "
                "updates no incident, and has no field to keep"
            )
        if line in left:
            raise SahelDeskError(f"--keep-here: row {line} is left out by --leave-rows")
        if position not in updating:
            raise SahelDeskError(
                f"--keep-here: row {line} is held back; take it with --overwrite-newer "
                "(or, a probable duplicate, --update-duplicates) to keep fields of it"
            )
        stored = store.incidents.get(row.existing_id)
        if stored.updated_at != row.seen:
            raise SahelDeskError(
                f"--keep-here: incident {row.existing_id} was changed after the file was read"
            )
        apart = {merge.part_of(f[0]) for f in merge.parts_apart(stored, written)}
        unchanged = [name for name in names if merge.part_of(name) not in apart]
        if unchanged:
            offered = ", ".join(", ".join(f) for f in merge.parts_apart(stored, written))
            raise SahelDeskError(
                f"--keep-here: row {line} does not change {', '.join(unchanged)} of incident "
                f"{row.existing_id}; it changes: {offered or 'nothing'}"
            )
        incident = plan.keeping(position, stored, names)
        errors = [p for p in validation.problems(incident) if p.severity == "error"]
        if errors:
            raise SahelDeskError(
                f"--keep-here: row {line}, so mixed, is no valid incident: {errors[0].message}"
            )
        # said by the fields each part kept holds apart from the file: "latitude" keeps the
        # whole place (a tester read "keeping here: latitude" as the coordinates alone)
        parts = {merge.part_of(name) for name in names}
        kept = [name for part in merge.parts_apart(stored, written)
                if merge.part_of(part[0]) in parts for name in part]  # fmt: skip
        found[position] = (kept, incident)
    return found


_WHAT_ROW = {"new": "a new incident", "unchanged": "unchanged", "rejected": "rejected"}
# the words the plan and the editor use for a field, as --keep-here takes them
_FIELD_WORDS = {"date": "event_date", "place": "location", "coordinates": "latitude",
                "type": "event_type", "toll": "fatalities", "actors": "actor1"}  # fmt: skip


def _fields_kept(text: str) -> tuple[int, list[str]]:
    """--keep-here "12:notes,fatalities": a row number and field names (any case; "date",
    "place", "type", "actors" and "toll" too)."""
    from sahel_desk.store import rowmap

    line, sep, names = text.partition(":")
    fields = [name.strip().lower() for name in names.split(",") if name.strip()]
    fields = [_FIELD_WORDS.get(name, name) for name in fields]
    known = set(rowmap.FIELDS) - {"external_id", "external_timestamp"}
    if not sep or not line.strip().isdecimal() or int(line) < 1 or not fields:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a row and its fields, such as 12:notes,fatalities"
        )
    unknown = [name for name in fields if name not in known]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"“{', '.join(unknown)}” is no field; the fields are: "
            f"{', '.join(sorted(known | _FIELD_WORDS.keys()))}"
        )
    return int(line), fields


def _rows(text: str) -> list[int]:
    """--leave-rows "12,15": the row numbers, as the preview and the plan print them."""
    try:
        found = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a list of row numbers, such as 12,15"
        ) from None
    if not found or min(found) < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a list of row numbers, such as 12,15")
    return found


def _mapping(text: str) -> tuple[str, str]:
    from sahel_desk.exchange.acled_import import FIELDS

    column, sep, field = text.rpartition("=")
    if not sep or not column:
        raise SahelDeskError(f"--map wants “Column name=field”, not “{text}”")
    field = field.strip()
    if field and field not in FIELDS:
        raise SahelDeskError(
            f"--map: “{field}” is not a field Sahel Desk imports; use one of "
            f"{', '.join(sorted(FIELDS))} (or nothing after = to ignore the column)"
        )
    return column, field


def _print_plan(
    plan: ImportPlan,
    *,
    duplicates: bool,
    older: bool,
    update: Collection[int] = (),
    taken: Collection[int] = (),
    kept: Collection[int] = (),
) -> None:
    """What the plan does, row by row where it holds rows back; ``taken``: the held-back
    rows the import takes (their warnings are summed with those of new and newer rows)."""
    from sahel_desk.jobs import imports

    counts = plan.counts
    if update:
        cannot = sum(1 for p in update if plan.rows[p].as_update is None)
        how = " (each updates the incident it probably is" + (
            f"; {cannot:,} that cannot, as their reasons say, are skipped)" if cannot else ")"
        )
    elif duplicates:
        how = " (imported anyway, as new incidents)"
    else:
        how = " (skipped; --duplicates imports them, --update-duplicates updates with them)"
    labels = {
        imports.NEW: "new",
        imports.UPDATE: "updated (newer in the file)",
        imports.UNCHANGED: "unchanged",
        imports.DUPLICATE: "probable duplicates" + how,
        imports.CONFLICT: "changed here and in the file"
        + (" (imported anyway)" if older else " (kept; --overwrite-newer imports them)"),
        imports.STALE: "not newer than the database's copy"
        + (" (imported anyway)" if older else " (kept; --overwrite-newer imports them)"),
        imports.REJECTED: "rejected",
    }
    print("\nWhat importing would do:")
    for action in imports.ACTIONS:
        print(f"  {counts[action]:>9,}  {labels[action]}")
    for action, title, limit in (
        (imports.REJECTED, "Rejected rows", 30),
        (imports.DUPLICATE, "Probable duplicates", 10),
        (imports.STALE, "Not newer than the database's copy", 10),
        (imports.CONFLICT, "Changed here and in the file", 10),
        (imports.UPDATE, "Updates", 10),
    ):
        rows = [(k, r) for k, r in enumerate(plan.rows) if r.action == action]
        if rows:
            print(f"\n{title}:")
        for position, row in rows[:limit]:
            # chosen field by field: what taking the file whole would do is not said
            said = [p for p in row.problems
                    if position not in kept or p.template not in imports.WHOLE_FILE]  # fmt: skip
            # the reasons for what happens to the row before what was said of its cells
            shown = [p for p in said if p.severity == "error"] or sorted(
                said, key=lambda p: p.field != "row"
            )
            reasons = "; ".join(_said(p) for p in shown[:3]) or "newer content"
            print(f"  row {row.line}: {reasons}")
        if len(rows) > limit:
            print(f"  … and {len(rows) - limit:,} more")
    # What the rows that will be imported were warned about, by kind (a UCDP file gives a
    # thousand actor names: one kind, not a thousand lines that hide the rare ones), most
    # frequent first, each with an example ("and the like" when its messages differ)
    listed = (imports.M_DUPLICATE, imports.M_DUPLICATE_NEAR, imports.M_DUPLICATE_TRASHED)
    kinds: Counter[tuple[str, str]] = Counter()  # (listed: said above, row by row)
    example: dict[tuple[str, str], set[str]] = {}
    for position, r in enumerate(plan.rows):
        if r.action in (imports.NEW, imports.UPDATE) or position in taken:
            # chosen field by field (``kept``): what taking the file whole does no longer holds
            moot = (*listed, *imports.WHOLE_FILE) if position in kept else listed
            for p in r.problems:
                if p.severity == "warning" and p.template not in moot:
                    kind = (p.field, p.template)
                    kinds[kind] += 1
                    seen = example.setdefault(kind, set())
                    if len(seen) < 2:
                        seen.add(_said(p))
    if kinds:
        print("\nWarnings on the rows to import:")
        for kind, n in kinds.most_common(12):
            first, *others = sorted(example[kind])
            print(f"  {n:>9,} × {first}" + (" (and the like)" if others else ""))
        if len(kinds) > 12:
            print(f"  … and {len(kinds) - 12:,} other kinds of warning")


def _said(p: Problem) -> str:
    """A problem in words, with the column it is about (not "row", which says nothing)."""
    return p.message if p.field == "row" else f"{p.field}: {p.message}"


def _undo_import(store: Store, batch_id: int, yes: bool) -> int:
    """Undo import ``batch_id`` once the user agrees, as an import asks before writing:
    undoing destroys the incidents it added."""
    batch = store.imports.get(batch_id)
    what = (
        f"{_plural(batch.added, 'new incident', 'new incidents')} removed, "
        f"{_plural(batch.updated, 'updated incident', 'updated incidents')} "
        f"put back as {'it was' if batch.updated == 1 else 'they were'}"
    )
    if batch.undone_at is None and not yes:
        if not sys.stdin.isatty():
            print(f"Would undo import {batch.id} (“{batch.file_name}”): {what}; "
                  "run again with --yes to undo it.")  # fmt: skip
            return 2
        answer = input(f"Undo import {batch.id} (“{batch.file_name}”): {what}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "o", "oui"):
            print("Nothing was undone.")
            return 1
    store.imports.undo(batch_id)  # refused in words when already undone or edited since
    print(f"Undid import {batch.id} (“{batch.file_name}”): {what}")
    return 0


def _tag_words(store: Store, language: str) -> dict[str, str]:
    """Drivers' and responses' names by code, in the export's language."""
    french = language.startswith("fr")
    return {tag.code: tag.label_fr if french else tag.label_en for tag in store.tags.all()}


def _plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _list_imports(store: Store) -> int:
    batches = store.imports.batches()
    if not batches:
        print("No imports yet.")
    for b in batches:
        state = f"undone {b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else "applied"
        print(
            f"{b.id:>4}  {b.imported_at:%Y-%m-%d %H:%M}  {b.file_name}  "
            f"+{b.added:,} new, {b.updated:,} updated, {b.rejected:,} rejected  ({state})"
        )
    return 0


def _filter_options(parser: argparse.ArgumentParser) -> None:
    date = _iso_date
    group = parser.add_argument_group("filter (the same as the window's filter panel)")
    group.add_argument("--from", dest="date_from", type=date, metavar="YYYY-MM-DD")
    group.add_argument("--to", dest="date_to", type=date, metavar="YYYY-MM-DD")
    group.add_argument("--admin1", action="append", metavar="NAME", help="repeatable")
    group.add_argument("--actor", action="append", metavar="NAME", help="any alias; repeatable")
    group.add_argument(
        "--event-type", action="append", metavar="TYPE", help="event or sub-event type; repeatable"
    )
    group.add_argument("--tag", action="append", metavar="CODE", help="driver/response code")
    group.add_argument("--text", metavar="WORDS", help="full text, accent-insensitive")
    group.add_argument("--fatalities-min", type=int, metavar="N")
    group.add_argument("--fatalities-max", type=int, metavar="N")


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2023-04-30") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sahel-desk",
        description="Sahel Desk: incidents, drivers and responses. Alone, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"sahel-desk {__version__}")
    _db_option(parser, top=True)
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the window's language for this start (View → Language keeps one for every start)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", help="upgrade, check, reindex, back up or describe the database")
    db.add_argument("action", choices=("upgrade", "check", "info", "backup", "reindex"))
    _db_option(db)
    db.set_defaults(func=cmd_db)

    demo = sub.add_parser("demo", help="add synthetic incidents (and the article's three)")
    demo.add_argument(
        "--incidents",
        type=int,
        default=1000,
        metavar="N",
        help="how many synthetic incidents (default 1,000)",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="the same seed gives the same incidents (default 1)",
    )
    _db_option(demo)
    demo.set_defaults(func=cmd_demo)

    stats = sub.add_parser("stats", help="counts by year, region and event type")
    _db_option(stats)
    stats.set_defaults(func=cmd_stats)

    export = sub.add_parser(
        "export", help="write the incidents (all, or a filter) to FILE.xlsx or FILE.csv"
    )
    export.add_argument("file", type=Path, metavar="FILE", help="FILE.xlsx (workbook) or FILE.csv")
    export.add_argument("--replace", action="store_true", help="replace FILE if it exists")
    export.add_argument(
        "--lang",
        choices=("en", "fr"),
        default="en",
        help="words of the workbook's sheets (Summary, About, tag labels); ACLED's column "
        "names and the CSV stay as ACLED writes them",
    )
    _filter_options(export)
    _db_option(export)
    export.set_defaults(func=cmd_export)

    imp = sub.add_parser(
        "import", help="import an ACLED, UCDP GED or Sahel Desk file (shows what it would do first)"
    )
    imp.add_argument("file", type=Path, nargs="?", metavar="FILE", help=".xlsx or .csv")
    imp.add_argument(
        "--yes", action="store_true", help="apply (or --undo) without asking (for scripts)"
    )
    held = imp.add_mutually_exclusive_group()
    held.add_argument(
        "--duplicates",
        action="store_true",
        help="also import probable duplicates, as new incidents",
    )
    held.add_argument(
        "--update-duplicates",
        action="store_true",
        help="update the incident each probable duplicate probably is with the file's version "
        "(a colleague's edit of an ACLED CSV exported from here, which has no uuid)",
    )
    imp.add_argument(
        "--overwrite-newer",
        action="store_true",
        help="also import events the database holds in a version as new or newer, or one "
        "changed here too, overwriting it (a colleague's corrections to ACLED events in a "
        "CSV, which gives no version to compare)",
    )
    imp.add_argument(
        "--leave-rows",
        type=_rows,
        action="extend",
        metavar="N,M",
        help="rows to leave out of what --duplicates, --update-duplicates and "
        "--overwrite-newer take (numbered as the plan shows them)",
    )
    imp.add_argument(
        "--keep-here",
        type=_fields_kept,
        action="append",
        metavar="N:FIELD,FIELD",
        help="for row N, which updates an incident: keep these fields as the database has "
        "them and take the others from the file (e.g. 12:notes); a field that goes with "
        "others (a place and its coordinates) keeps them too",
    )
    imp.add_argument(
        "--map", action="append", metavar="COLUMN=FIELD", help="say which column holds a field"
    )
    imp.add_argument(
        "--take-suggestions",
        action="store_true",
        help="read misspelt event types as the likely ones the preview suggests",
    )
    imp.add_argument("--list", action="store_true", help="list the imports made so far")
    imp.add_argument("--undo", type=int, metavar="N", help="undo import N (see --list)")
    _db_option(imp)
    imp.set_defaults(func=cmd_import)

    bench = sub.add_parser("bench", help="measure the store on N synthetic incidents")
    bench.add_argument(
        "--incidents",
        type=int,
        default=100_000,
        metavar="N",
        help=f"database size to measure (default 100,000; at most {MAX_BENCH:,})",
    )
    bench.add_argument("--seed", type=int, default=1, metavar="S", help="default 1")
    bench.add_argument("--json", action="store_true", help="print only the JSON")
    _db_option(bench)
    bench.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            # No garbage collection while the window's modules load and it opens: the collector
            # would walk their objects dozens of times, 0.13 s of a 0.6 s start. app.main turns
            # it back on once the window is shown.
            gc.disable()
            # The composition root is loaded by name so that this module never imports Qt.
            app = importlib.import_module("sahel_desk.app")
            return int(app.main(_db(args), language=args.language))
        return int(args.func(args))
    except BrokenPipeError:  # output piped into `head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("sahel-desk: interrupted; nothing was half-written", file=sys.stderr)
        return 130
    except (SahelDeskError, OSError, ValueError) as exc:
        print(f"sahel-desk: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
