"""The ``sahel-desk`` command: the window when called alone, headless commands otherwise.

Never imports QtWidgets: import, export, upgrades, demo data and benchmarks run on a server
or in CI without a screen.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sahel_desk import __version__, paths
from sahel_desk.domain.errors import SahelDeskError

MAX_DEMO = 10_000_000
MAX_BENCH = 2_000_000  # the benchmark holds its incidents in memory to time the insert alone

if TYPE_CHECKING:  # the store (SQLAlchemy) loads only for commands that need it
    from sahel_desk.domain.incident import Incident
    from sahel_desk.store import Store


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

    def report(done: int) -> None:
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
        generated = Generator(args.seed).incidents(args.incidents)
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sahel-desk",
        description="Sahel Desk: incidents, drivers and responses. Alone, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"sahel-desk {__version__}")
    _db_option(parser, top=True)
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
            # The composition root is loaded by name so that this module never imports Qt.
            app = importlib.import_module("sahel_desk.app")
            return int(app.main(_db(args)))
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
