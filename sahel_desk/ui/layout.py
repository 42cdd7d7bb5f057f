"""Layout helpers that let a pane grow narrow: a side pane at 150% scaling on a 1366-pixel
screen has about 450 pixels, and French words are a third longer than English ones."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QWidget,
)


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row when the width runs out (Qt's flow layout
    example): a row of controls that would otherwise set the pane's least width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def __del__(self) -> None:
        while self.takeAt(0) is not None:  # as Qt's example: the items go with the layout
            pass

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one row."""
        width = sum(i.sizeHint().width() for i in self._items)
        width += self._gap * max(len(self._items) - 1, 0)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """As wide as the widest item: the rest wraps."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items (or only measure, ``move`` False); the height they take."""
        x, y, row = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and x > rect.x():
                x, y, row = rect.x(), y + row + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            row = max(row, hint.height())
        return y + row - rect.y()


def labelled(text: str, widget: QWidget) -> QWidget:
    """A label and its control, kept on one row of a ``FlowLayout``."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget)
    return pair


def shrinkable(combo: QComboBox, characters: int = 14) -> QComboBox:
    """A drop-down that may be narrower than its longest choice (cut, whole in the list):
    "Tous les types d'événement" should not set the width of the window."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class ReflowGrid(QWidget):
    """Fields in a grid of ``most`` columns, or of half as many when the width runs out
    (the filter bar's eight fields set the window's least width at 1,120 pixels in French).
    A cell is a widget, or (widget, columns it spans)."""

    def __init__(self, cells: list[QWidget | tuple[QWidget, int]], most: int = 4):
        super().__init__()
        self._cells = [c if isinstance(c, tuple) else (c, 1) for c in cells]
        self._most = most
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self._arrange(most)

    def _rows(self, columns: int) -> list[list[tuple[QWidget, int]]]:
        rows: list[list[tuple[QWidget, int]]] = [[]]
        used = 0
        for widget, span in self._cells:
            span = min(span, columns)
            if used + span > columns:
                rows.append([])
                used = 0
            rows[-1].append((widget, span))
            used += span
        return rows

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for row, cells in enumerate(self._rows(columns)):
            column = 0
            for widget, span in cells:
                self._grid.addWidget(widget, row, column, 1, span)
                column += span
        for column in range(self._most):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def width_for(self, columns: int) -> int:
        """The least width ``columns`` columns need: each column as wide as its widest cell
        (as the grid measures one: a set least width counts, a button's hint too), a cell
        across two columns widening the second when they are too narrow for it."""
        gap = self._grid.horizontalSpacing()
        widths = [0] * columns
        spanning: list[tuple[int, int, int]] = []  # (first column, span, least width)
        for cells in self._rows(columns):
            column = 0
            for widget, span in cells:
                least = self._least(widget)
                if span == 1:
                    widths[column] = max(widths[column], least)
                else:
                    spanning.append((column, span, least))
                column += span
        for column, span, least in spanning:
            short = least - (sum(widths[column : column + span]) + gap * (span - 1))
            if short > 0:
                widths[column + span - 1] += short
        return sum(widths) + gap * (columns - 1)

    def _least(self, widget: QWidget) -> int:
        """A cell's least width as the grid lays it out (QWidgetItem's smart minimum)."""
        item = self._grid.itemAt(self._grid.indexOf(widget))
        return item.minimumSize().width() if item is not None else 0

    def minimumSizeHint(self) -> QSize:
        """As narrow as the fewer columns allow: the grid reflows into them."""
        return QSize(self.width_for(max(self._most // 2, 1)), super().minimumSizeHint().height())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        fits = self.width() >= self.width_for(self._most)
        self._arrange(self._most if fits else max(self._most // 2, 1))


def scrolled(layout: QLayout) -> QScrollArea:
    """``layout`` in a scroll area: a dialog's list of fields, however long, in a small window."""
    holder = QWidget()
    holder.setLayout(layout)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(holder)
    return scroll


def refusal_label() -> QLabel:
    """Red words under a dialog's choices: what stops its OK, said."""
    label = QLabel(wordWrap=True)
    label.setStyleSheet("color: #c0392b")
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, accepting and rejecting ``dialog``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
