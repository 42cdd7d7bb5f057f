"""The tabs beside the incident list: the editor, the trends and the map.

Trends and map are built the first time they are shown (pyqtgraph takes a third of a second
to import, which the start of the app does not pay) and follow the list's query, redrawn only
while visible: a hidden view just remembers that it is behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sahel_desk.domain.query import IncidentQuery


class LazyView(QWidget):
    """A tab page that builds its view on first show. The view has ``set_query(query)`` and a
    ``sig_drill`` signal (an IncidentQuery to show in the list)."""

    def __init__(self, build: Callable[[], Any], parent: QWidget | None = None):
        super().__init__(parent)
        self._build = build
        self.view: Any = None
        self.behind = True
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> Any:
        if self.view is None:
            self.view = self._build()
            self.layout().addWidget(self.view)
        return self.view


class SideTabs(QTabWidget):
    sig_drill = Signal(object)  # IncidentQuery from a view: the list should show it
    sig_open = Signal(int)  # an incident a view points at: the editor should open it
    sig_message = Signal(str)

    def __init__(
        self,
        editor: QWidget,
        ctx: Any,
        parent: QWidget | None = None,
        describe: Callable[[IncidentQuery], str] | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.describe = describe  # the filter in words (the filter bar's), for captions
        self.editor = editor
        self.query = IncidentQuery()
        self.addTab(editor, self.tr("Incident"))
        self.trends = LazyView(self._make_trends)
        self.map = LazyView(self._make_map)
        self.addTab(self.trends, self.tr("Trends"))
        self.addTab(self.map, self.tr("Map"))
        self.currentChanged.connect(self._shown)
        ctx.events.sig_query_changed.connect(self.follow)
        ctx.events.sig_data_changed.connect(lambda _changes: self.follow(self.query))

    def _make_trends(self) -> QWidget:
        from sahel_desk.ui.trends.panel import TrendsPanel

        panel = TrendsPanel(self.ctx)
        panel.describe = self.describe
        panel.sig_drill.connect(self.sig_drill)
        panel.sig_message.connect(self.sig_message)
        return panel

    def _make_map(self) -> QWidget:
        from sahel_desk.ui.map.panel import MapPanel

        panel = MapPanel(self.ctx)
        panel.sig_drill.connect(self.sig_drill)
        panel.sig_drill.connect(self._say_place)
        panel.sig_open.connect(self.sig_open)
        return panel

    def _say_place(self, query: IncidentQuery) -> None:
        # the names clicked: the place choice, or the narrowing a click inside one added
        clicked = (*query.admin2_groups, *query.admin1_groups)
        places = " + ".join(sorted(clicked[-1] if clicked else query.admin2 or query.admin1))
        self.sig_message.emit(
            self.tr("Showing the incidents of {place} (View → Back returns)").format(place=places)
        )

    def follow(self, query: IncidentQuery) -> None:
        """The list's query changed (or the data did): redraw the visible view, mark the rest."""
        self.query = query
        for page in (self.trends, self.map):
            page.behind = True
        self._shown()

    def _shown(self, *_args: object) -> None:
        page = self.currentWidget()
        if isinstance(page, LazyView) and page.behind:
            page.behind = False
            page.ensure().set_query(self.query)

    def show_editor(self) -> None:
        self.setCurrentWidget(self.editor)
