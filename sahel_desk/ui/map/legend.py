"""The map's legend: a title, swatches with their meaning, and notes in words (what is not
drawn, and what the 2015 boundaries cannot show). Plain Qt widgets, so it follows the palette
and the font size (dark themes, 150% scaling) without pyqtgraph's help."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from sahel_desk.reference import boundaries
from sahel_desk.ui import i18n
from sahel_desk.ui.map import layers
from sahel_desk.ui.map.data import MapData


def swatch(colour: str, diameter: float | None, box: int, outline: QColor) -> QPixmap:
    """A filled square (``diameter`` None) or a disc of ``diameter`` px centred in a square
    ``box`` px wide, drawn at the screen's pixel ratio."""
    ratio = 2.0  # sharp on a 150% or 200% screen, harmless at 100%
    pixmap = QPixmap(int(box * ratio), int(box * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(outline, 1))
    painter.setBrush(QColor(colour))
    if diameter is None:
        painter.drawRect(1, 1, box - 2, box - 2)
    else:
        d = min(diameter, box - 1)
        painter.drawEllipse((box - d) / 2, (box - d) / 2, d, d)
    painter.end()
    return pixmap


class MapLegend(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        em = self.fontMetrics().horizontalAdvance("m")
        self._width = em * 16  # grows with the font, so 150% scaling keeps the wrapping
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.rows = QWidget()  # replaced whole on every update (see show_entries)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.rows, 0, Qt.AlignmentFlag.AlignTop)
        layout.addSpacing(em)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self._layout = layout
        self.set_below(False)

    def set_below(self, below: bool) -> None:
        """Under the map, across its width: the title, the keys and the notes side by side;
        beside it, one above the other in a column."""
        if below:
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)  # QWIDGETSIZE_MAX
            self._layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self.title.setMinimumWidth(self._width // 2)
        else:  # narrower only in a pane too short to put it under the map
            self.setMinimumWidth(self._width * 5 // 8)
            self.setMaximumWidth(self._width)
            self.title.setMinimumWidth(0)
            self._layout.setDirection(QBoxLayout.Direction.TopToBottom)

    def show_entries(
        self,
        title: str,
        entries: list[tuple[str, float | None, str]],
        subtitle: str = "",
        extra: list[tuple[str, float | None, str]] | None = None,
    ) -> None:
        """``entries``: (colour, disc diameter or None for a square, text). ``extra``: a second
        group under ``subtitle`` (the marker sizes)."""
        self.title.setText(title)
        # A fresh container: the old one is hidden at once (deleteLater alone would leave its
        # rows painted until the event loop runs, and a grab right after would show both).
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        box = self.fontMetrics().height() + 4
        outline = self.palette().color(self.foregroundRole())
        outline.setAlpha(140)
        row = 0
        for group_title, group in (("", entries), (subtitle, extra or [])):
            if group_title and group:
                label = QLabel(group_title)
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                grid.addWidget(label, row, 0, 1, 2)
                row += 1
            for colour, diameter, text in group:
                icon = QLabel()
                icon.setPixmap(swatch(colour, diameter, box, outline))
                words = QLabel(text)
                words.setWordWrap(True)
                grid.addWidget(icon, row, 0)
                grid.addWidget(words, row, 1)
                row += 1
        self._layout.replaceWidget(self.rows, rows)
        self.rows.hide()
        self.rows.deleteLater()
        self.rows = rows

    def text(self) -> str:
        """Everything the legend says, for tests and accessibility."""
        words = [self.title.text()]
        words += [w.text() for w in self.rows.findChildren(QLabel) if w.text()]
        return "\n".join([*words, self.notes.text()])

    # --- Wording -------------------------------------------------------------------------

    def show_data(self, data: MapData, none_colour: str) -> str:
        """Fill the legend for ``data``; returns the one sentence on what the map leaves out."""
        if data.points is None:
            left_out = self._show_counts(data, none_colour)
        else:
            left_out = self._show_points(data.points)
        notes = []  # what is left out is said once, above the map (the panel's not_drawn)
        if data.mode != "admin2":
            notes.append(self._taoudenit_note(data))
        notes.append(self.tr("Ménaka, a region since 2016, is drawn with its 2015 cercle outline."))
        notes.append(
            self.tr("Boundaries: OCHA / ITOS / Government of Mali (COD-AB, 2015), CC BY-IGO.")
        )
        self.notes.setText("\n\n".join(notes))
        return left_out or self.tr("Every matching incident is counted.")

    def _show_counts(self, data: MapData, none_colour: str) -> str:
        choropleth = data.shown
        by_cercle = data.mode == "admin2"
        title = self.tr("Incidents per cercle") if by_cercle else self.tr("Incidents per region")
        title += "\n" + self.tr("total on the map: {count}").format(
            count=self.number(choropleth.tally.total)
        )
        entries: list[tuple[str, float | None, str]] = [(none_colour, None, self.tr("none"))]
        ranges = layers.class_ranges(choropleth.breaks)
        for colour, (low, high) in zip(
            layers.class_colours(choropleth.breaks), ranges, strict=True
        ):
            span = self.number(low) if low == high else f"{self.number(low)}–{self.number(high)}"
            entries.append((colour, None, span))
        self.show_entries(title, entries)
        unplaced = choropleth.tally.unplaced
        if not unplaced:
            return ""
        if by_cercle:
            words = self.tr("Incidents with no cercle on this map, not counted: {count}")
        else:
            words = self.tr(
                "Incidents with no region on this map (none recorded, or outside Mali), "
                "not counted: {count}"
            )
        return words.format(count=self.number(unplaced))

    def _show_points(self, points: layers.PointLayers) -> str:
        by_type = points.by == "event_type"
        title = self.tr("Incidents by event type") if by_type else self.tr("Incidents by actor 1")
        title += "\n" + self.tr("drawn: {count}").format(count=self.number(points.drawn))
        entries: list[tuple[str, float | None, str]] = []
        for layer in sorted(points.layers, key=lambda lay: (lay.key == layers.OTHER, -len(lay))):
            if layer.key == layers.OTHER:
                name = self.tr("Other event types") if by_type else self.tr("Other actors")
            else:
                name = i18n.event_type_label(layer.key) if by_type else layer.key
            entries.append((layer.colour, 10.0, f"{name} ({self.number(len(layer))})"))
        lows = [low for low, _ in layers.SIZE_CLASSES]
        sizes: list[tuple[str, float | None, str]] = []
        for k, (low, size) in enumerate(layers.SIZE_CLASSES):
            if k == 0:
                words = self.number(0)
            elif k == len(lows) - 1:
                words = self.tr("{low} or more").format(low=self.number(low))
            else:
                words = f"{self.number(low)}–{self.number(lows[k + 1] - 1)}"
            sizes.append((layers.OTHER_COLOUR, size, words))
        sizes.append(("#00000000", layers.UNKNOWN_SIZE, self.tr("unknown (a ring)")))
        self.show_entries(title, entries, self.tr("Fatalities"), sizes)
        return self.tr("Incidents without coordinates, not drawn: {count}").format(
            count=self.number(points.without_coordinates)
        )

    def _taoudenit_note(self, data: MapData) -> str:
        host, n = data.regions.tally.folded.get(boundaries.TAOUDENIT, ("Tombouctou", 0))
        if n == 0:
            text = self.tr(
                "Taoudénit has no boundary in the 2015 data: its incidents would be counted "
                "in {host} (none here)."
            )
        elif n == 1:
            text = self.tr(
                "Taoudénit has no boundary in the 2015 data: its 1 incident is counted in {host}."
            )
        else:
            text = self.tr(
                "Taoudénit has no boundary in the 2015 data: its {count} incidents are "
                "counted in {host}."
            )
        return text.format(count=self.number(n), host=host)

    def number(self, n: int) -> str:
        return self.locale().toString(n)
