"""The Qt runtime itself: the PySide6 release pinned, and fonts that can draw French."""

import sys

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget


def test_void_qt_methods_do_not_leak_none(qtbot):
    """PySide6 6.12.0 drops a reference to None per void call and aborts after ~10,000."""
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(100_000):
        widget.update()
    assert abs(sys.getrefcount(None) - before) < 100


def test_default_font_draws_french_text(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    metrics = QFontMetrics(widget.font())
    for char in "éçèàôÉ’«»\u202f":  # U+202F: the narrow no-break space of French numbers
        # inFontUcs4: PySide6's inFont(str) mis-converts non-ASCII characters.
        assert metrics.inFontUcs4(ord(char)), f"the default font cannot draw {char!r}"
