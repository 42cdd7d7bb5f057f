"""Field by field: which of an incident's fields a row of an import takes from the file, and
which it keeps as the database has them (a colleague's toll, but my notes)."""

from __future__ import annotations

import textwrap
from collections.abc import Collection, Mapping

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.domain import validation
from sahel_desk.domain.incident import Incident
from sahel_desk.jobs import merge
from sahel_desk.jobs.imports import ImportPlan
from sahel_desk.ui import i18n
from sahel_desk.ui.layout import ok_cancel, refusal_label, scrolled

_TIP = 2000  # characters of a value a tooltip shows (notes can run to thousands)
_LONG = 480  # characters of a long value shown beside its button, on lines of _WIDTH
_WIDTH = 44


class FieldChoiceDialog(QDialog):
    """The parts in which row ``position`` of ``plan`` differs from ``stored`` (the incident
    it updates, as held now), each with its two versions: the user keeps one or the other.
    Parts that only make sense together (a place and its coordinates) are one choice."""

    def __init__(
        self,
        plan: ImportPlan,
        position: int,
        stored: Incident,
        kept: Collection[str] = (),
        parent: QWidget | None = None,
        tag_words: Mapping[str, str] | None = None,
    ):
        """``tag_words``: drivers' and responses' names by code, in the user's language."""
        super().__init__(parent)
        self.tag_words = dict(tag_words or {})
        self.plan, self.position, self.stored = plan, position, stored
        written = plan.over(position)
        assert written is not None
        self.parts = merge.parts_apart(stored, written)
        row = plan.rows[position]
        self.setWindowTitle(self.tr("Incident {id}, field by field").format(id=stored.id))
        self.resize(900, min(560, 240 + 70 * len(self.parts)))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Row {line} of the file changes these fields of incident {id}. For each, "
                    "choose the version the import writes. Fields that go together (a place "
                    "and its coordinates, a toll and its range) are chosen together.")
            .format(line=row.line, id=stored.id), wordWrap=True,
        )  # fmt: skip
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, text in enumerate(
            ("", self.tr("Here (incident {id})").format(id=stored.id), self.tr("In the file"))
        ):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        words = i18n.field_words()
        ours, file = merge.both(stored, written)
        self.groups: dict[str, QButtonGroup] = {}
        for k, fields in enumerate(self.parts, 1):
            name = merge.part_of(fields[0])
            label = ", ".join(words.get(f, f) for f in fields)
            grid.addWidget(QLabel(label[:1].upper() + label[1:]), k, 0)
            group = QButtonGroup(self)
            for side, values in ((1, ours), (2, file)):
                button = QRadioButton(self._values(fields, ours, file, side == 1))
                button.setToolTip("\n".join(
                    i18n.named(words.get(f, f), self._full(f, values[f])) for f in fields
                ))  # fmt: skip
                group.addButton(button, side)
                grid.addWidget(button, k, side)
            group.button(1 if name in kept else 2).setChecked(True)
            group.idToggled.connect(self._check)
            self.groups[name] = group
        grid.setRowStretch(len(self.parts) + 1, 1)  # the choices at the top, not spread out
        layout.addWidget(scrolled(grid), 1)
        sides = QHBoxLayout()
        for text, side in ((self.tr("Keep every field here"), 1),
                           (self.tr("Take every field from the file"), 2)):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, side=side: self._all(side))
            sides.addWidget(button)
        sides.addStretch(1)
        layout.addLayout(sides)
        # a mix the two versions cannot make (a type whose rules the other side's actors
        # break): said, and not taken
        self.problem = refusal_label()
        layout.addWidget(self.problem)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        self._check()

    def kept(self) -> frozenset[str]:
        """The parts (``merge.part_of``'s names) kept as the database has them."""
        return frozenset(name for name, group in self.groups.items() if group.checkedId() == 1)

    def incident(self) -> Incident:
        """What the row writes over the incident, as chosen."""
        return self.plan.keeping(self.position, self.stored, self.kept())

    def _all(self, side: int) -> None:
        for group in self.groups.values():
            group.button(side).setChecked(True)

    def _check(self) -> None:
        errors = [p for p in validation.problems(self.incident()) if p.severity == "error"]
        self.problem.setText(
            self.tr("These versions do not fit together: {problem}").format(
                problem=i18n.problem_text(errors[0])
            )
            if errors
            else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not errors)

    def _values(self, fields: tuple[str, ...], ours: dict, file: dict, here: bool) -> str:
        """One side's values of a part: each field on its line, named when there are several."""
        words = i18n.field_words()
        lines = []
        for name in fields:
            mine, other = (ours[name], file[name]) if here else (file[name], ours[name])
            shown, theirs = self._readable(name, mine), self._readable(name, other)
            alike = shown == theirs  # the two differ, yet read the same: said how
            if len(shown) > 60:  # notes, sources: read, not glimpsed; where they differ
                shown = merge.excerpt(shown, theirs, _LONG, 120)
            if len(fields) > 1:
                shown = i18n.named(words.get(name, name), shown)
            lines.append(textwrap.fill(shown, _WIDTH))  # both sides side by side, unclipped
            if alike:
                lines.append(self.tr("(differs only in spacing or line breaks)"))
        return "\n".join(lines)

    def _readable(self, name: str, value: object) -> str:
        """A field's value in the user's words (``readable``), tags by their names."""
        if name == "tags" and isinstance(value, list) and value:
            return "; ".join(self.tag_words.get(code, code) for code in value)
        return readable(name, value)

    def _full(self, name: str, value: object) -> str:
        text = self._readable(name, value)
        return text if len(text) <= _TIP else text[: _TIP - 1] + "…"


def readable(name: str, value: object) -> str:
    """A field's value in the user's words (``i18n.value_words``: types, precisions, actor
    types, days), each source whole (its date and link too: two versions may differ only
    there)."""
    if name == "sources" and isinstance(value, list) and value:
        return "; ".join(
            " · ".join(str(part) for part in (s.get("name"), s.get("date"), s.get("url")) if part)
            for s in value
        )
    if isinstance(value, bool):
        return merge.shown(value)
    text = merge.whole(value)  # uncut: two lists may part after their first words
    return i18n.value_words(name, " ".join(text.split()) or "—")
