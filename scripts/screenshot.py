"""Open the real main window on a database and save what it shows as a PNG.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshot.py --db X.sqlite

Without a display it falls back to Qt's offscreen platform (same pixels, no window manager).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sahel_desk.store import Store
from sahel_desk.ui import i18n
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("shots/main.png"))
    parser.add_argument("--open", type=int, metavar="ID", help="show this incident in the editor")
    parser.add_argument("--search", default="", help="type this into the search box")
    parser.add_argument("--language", default="en", choices=("en", "fr"))
    parser.add_argument("--tab", choices=("incident", "trends", "map"), default="incident")
    parser.add_argument("--split", default="", help="trends: event_type, admin1, actor, ...")
    parser.add_argument("--unit", default="", help="trends: week, month, quarter, year")
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    parser.add_argument(
        "--filters", action="store_true", help="open More filters, choose places and tags"
    )
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    # Settings of its own (window size, last filter): a screenshot never changes the user's.
    import tempfile

    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="shot-")
    )
    if args.dark:
        from PySide6.QtGui import QColor, QPalette

        app.setStyle("Fusion")
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.Text, "#e6e6e6"),
            (QPalette.ColorRole.Button, "#3a3a3a"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    i18n.install(app, args.language)
    with Store.open(args.db) as store:
        window = MainWindow(AppContext.create(store, synchronous=True))
        window.show()
        if args.open:
            window.open_incident(args.open)
        if args.search:
            window.incidents.search.setText(args.search)
            window.incidents._apply_filters()
        if args.tab != "incident":
            page = getattr(window.side, args.tab)
            window.side.setCurrentWidget(page)
            view = page.ensure()
            for name in ("split", "unit"):
                value = getattr(args, name)
                if value and hasattr(view, name):
                    combo = getattr(view, name)
                    combo.setCurrentIndex(combo.findData(type(combo.currentData())(value)))
        bar = window.incidents.filters
        if args.filters:
            sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
            from support import region, tick  # ticks boxes as a user does

            from sahel_desk.ui.incidents.choosers import place_key

            bar.more.setChecked(True)
            tick(bar.places, region("Mopti"), place_key("admin2", "Ansongo"))
            tick(bar.tags, "drv.env.climate", "rsp.hum.aid")
        args.out.parent.mkdir(parents=True, exist_ok=True)

        def grab() -> None:
            window.grab().save(str(args.out))
            if args.filters:  # the places drop-down, open
                menu = bar.places.menu()
                menu.popup(bar.places.mapToGlobal(bar.places.rect().bottomLeft()))
                app.processEvents()
                menu.grab().save(str(args.out.with_name(args.out.stem + "-places.png")))
                menu.hide()
            app.quit()

        QTimer.singleShot(500, grab)
        app.exec()
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
