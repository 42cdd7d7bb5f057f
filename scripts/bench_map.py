"""Benchmark the map (issue 5: "map with 100,000 points drawn in under 300 ms") on this machine.

    .venv/bin/python scripts/bench_map.py [--incidents 100000] [--db PATH] [--json]

Builds a demo database of N incidents with ``sahel-desk demo`` (unless --db is given), then,
offscreen, times (median of 5 after a warm-up):

- the SQL: ``reports.points`` and ``reports.counts`` by admin1 / admin2;
- drawing the points: from the store's IncidentPoints in hand to a painted grab of the panel
  (colour layers built, pyqtgraph items' data replaced, widget painted), first and repeated;
- a choropleth redraw: from counts in hand to a painted grab, by region and by cercle;
- a whole filter change in the points mode: worker function (SQL + arrays) plus the draw.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _bench import build_db  # scripts/ is on the path of a script run directly

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def median_ms(action: Callable[[], object], repeat: int = 5) -> float:
    from sahel_desk.store.bench import median_ms as timed_median

    action()  # warm-up: first use of the pyqtgraph items, caches, the OS file cache
    return round(timed_median(action, repeat)[0], 1)


def measure(db: Path) -> dict[str, float]:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))

    from sahel_desk.domain.query import IncidentQuery
    from sahel_desk.store import Store
    from sahel_desk.ui.context import AppContext
    from sahel_desk.ui.map import layers
    from sahel_desk.ui.map.data import MapData, fetch
    from sahel_desk.ui.map.panel import MapPanel

    out: dict[str, float] = {}
    query = IncidentQuery()
    with Store.open(db) as store:
        panel = MapPanel(AppContext.create(store, synchronous=True))
        panel.resize(1300, 850)
        panel.show()
        app.processEvents()

        points = store.reports.points(query)
        out["incidents drawn as points"] = len(points)
        out["SQL: reports.points (all)"] = median_ms(lambda: store.reports.points(query))
        out["SQL: reports.counts by admin1"] = median_ms(
            lambda: store.reports.counts(("admin1",), query)
        )
        out["SQL: reports.counts by admin2"] = median_ms(
            lambda: store.reports.counts(("admin2",), query)
        )

        by_region = fetch(store, "admin1", query)
        by_cercle = fetch(store, "admin2", query)

        def draw_points(by: str) -> None:
            # From IncidentPoints in hand: colour layers, then the panel's own draw, painted.
            data = MapData(by, query, by_region.regions, None, layers.point_layers(points, by))
            panel.mode = by
            panel._on_loaded(data)
            panel.grab()

        start = time.perf_counter()
        draw_points("event_type")
        out["points: first draw, data in hand -> painted"] = round(
            (time.perf_counter() - start) * 1000, 1
        )
        out["points by event type: data in hand -> painted"] = median_ms(
            lambda: draw_points("event_type")
        )
        out["points by actor 1: data in hand -> painted"] = median_ms(lambda: draw_points("actor1"))
        out["of which: colour layers (numpy)"] = median_ms(
            lambda: layers.point_layers(points, "event_type")
        )
        out["repaint only (grab, nothing changed)"] = median_ms(panel.grab)

        def choropleth(data: MapData) -> None:
            panel.mode = data.mode
            panel._on_loaded(data)
            panel.grab()

        out["choropleth by region: counts in hand -> painted"] = median_ms(
            lambda: choropleth(by_region)
        )
        out["choropleth by cercle: counts in hand -> painted"] = median_ms(
            lambda: choropleth(by_cercle)
        )

        def filter_change(mode: str, q: IncidentQuery) -> None:
            panel.mode = mode
            panel._on_loaded(fetch(store, mode, q))
            panel.grab()

        mopti = IncidentQuery(admin1=frozenset({"Mopti"}))
        out["filter change, points (SQL + arrays + draw), all"] = median_ms(
            lambda: filter_change("event_type", query)
        )
        out["filter change, points, region Mopti"] = median_ms(
            lambda: filter_change("event_type", mopti)
        )
        out["filter change, choropleth by region (SQL + draw)"] = median_ms(
            lambda: filter_change("admin1", query)
        )
        panel.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an existing database (skips the build)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.db is not None and not args.db.is_file():
        parser.error(f"--db {args.db}: no such file")
    with tempfile.TemporaryDirectory(prefix="sahel-bench-map-") as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "map.sqlite"
            print(f"building {args.incidents:,} demo incidents …", file=sys.stderr)
            build_db(db, args.incidents)
        figures = measure(db)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        width = max(map(len, figures))
        for name, value in figures.items():
            unit = "" if name.startswith("incidents") else " ms"
            print(f"{name:<{width}}  {value:>9,.1f}{unit}")
        target = figures["points by event type: data in hand -> painted"]
        verdict = "met" if target < 300 else "MISSED"
        print(f"target: 100,000 points drawn in under 300 ms: {verdict} ({target:,.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
