"""The import preview: what importing the file would do, event by event, before anything is
written; and the column-mapping step for files whose headers are not recognised."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPoint,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.domain.errors import NotFoundError, Problem
from sahel_desk.domain.incident import Incident
from sahel_desk.exchange import acled_import as ai
from sahel_desk.jobs import imports, merge
from sahel_desk.jobs.imports import ImportPlan, PlannedRow
from sahel_desk.ui import i18n
from sahel_desk.ui.format import event_date
from sahel_desk.ui.layout import ok_cancel, refusal_label, scrolled


def row_labels() -> dict[str, str]:
    """What happens to one row ("Nouveau" in French; action_labels are for counts)."""
    return {
        imports.NEW: QCoreApplication.translate("ImportPreviewDialog", "New", "one row"),
        imports.UPDATE: QCoreApplication.translate(
            "ImportPreviewDialog", "Updated (newer in the file)", "one row"
        ),
        imports.UNCHANGED: QCoreApplication.translate(
            "ImportPreviewDialog", "Unchanged", "one row"
        ),
        imports.DUPLICATE: QCoreApplication.translate(
            "ImportPreviewDialog", "Probable duplicate", "one row"
        ),
        imports.STALE: QCoreApplication.translate(
            "ImportPreviewDialog", "Not newer than the database’s copy", "one row"
        ),
        imports.CONFLICT: QCoreApplication.translate(
            "ImportPreviewDialog", "Changed here and in the file", "one row"
        ),
        imports.REJECTED: QCoreApplication.translate("ImportPreviewDialog", "Rejected", "one row"),
    }


def action_labels() -> dict[str, str]:
    return {
        imports.NEW: QCoreApplication.translate("ImportPreviewDialog", "New"),
        imports.UPDATE: QCoreApplication.translate(
            "ImportPreviewDialog", "Updated (newer in the file)"
        ),
        imports.UNCHANGED: QCoreApplication.translate("ImportPreviewDialog", "Unchanged"),
        imports.DUPLICATE: QCoreApplication.translate("ImportPreviewDialog", "Probable duplicate"),
        imports.STALE: QCoreApplication.translate(
            "ImportPreviewDialog", "Not newer than the database’s copy"
        ),
        imports.CONFLICT: QCoreApplication.translate(
            "ImportPreviewDialog", "Changed here and in the file"
        ),
        imports.REJECTED: QCoreApplication.translate("ImportPreviewDialog", "Rejected"),
    }


# How probable duplicates are taken: left out, as new incidents, or as updates of the
# incidents they probably are; MIXED when rows were chosen one by one, differently.
LEAVE, AS_NEW, AS_UPDATE, MIXED = "leave", "new", "update", "mixed"


# what a choice changes in a row: not its action (UserRole), which the filter reads
_SHOWN = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole]


class PlanModel(QAbstractTableModel):
    """The plan's rows for a table view: cheap at 100,000 rows (no item per cell)."""

    picked_changed = Signal()

    def __init__(
        self,
        rows: list[PlannedRow],
        parent: QWidget | None = None,
        changes_nothing: Callable[[int, Incident], bool] = lambda _p, _i: False,
    ):
        super().__init__(parent)
        self.rows = rows
        self.changes_nothing = changes_nothing  # ImportPlan's: a choice keeping every change
        self.labels = row_labels()
        # held-back rows (duplicates, older or both-sides versions) the user takes one by one
        self.picked: set[int] = set()
        # probable duplicates taken as the incident each probably is (among ``picked``)
        self.as_update: set[int] = set()
        # rows that update an incident, chosen field by field: the parts kept as the
        # database has them, and what the row then writes
        self.keep: dict[int, tuple[frozenset[str], Incident]] = {}
        self.headers = [
            self.tr("Row"), self.tr("What happens"), self.tr("Date"), self.tr("Location"),
            self.tr("Actor 1"), self.tr("Event type"), self.tr("Why"),
        ]  # fmt: skip

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.column() == 1 and self.rows[index.row()].action in imports.HELD:
            found |= Qt.ItemFlag.ItemIsUserCheckable
        return found

    def setData(self, index: QModelIndex, value: Any, role: int = 0) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not (
            index.column() == 1 and self.rows[index.row()].action in imports.HELD
        ):
            return False
        take = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.picked.add if take else self.picked.discard)(index.row())
        self.as_update.discard(index.row())  # ticked: as a new incident; unticked: left
        self._shown_again(index.row(), index.row())
        self.picked_changed.emit()
        return True

    def choose(self, positions: Collection[int], how: str) -> None:
        """Leave the probable duplicates at ``positions`` out (``LEAVE``), take them as new
        incidents (``AS_NEW``) or as the incidents they probably are (``AS_UPDATE``)."""
        chosen = {p for p in positions if self.rows[p].action == imports.DUPLICATE}
        if how == AS_UPDATE:
            chosen = {p for p in chosen if self.rows[p].as_update is not None}
        self.picked = self.picked - chosen if how == LEAVE else self.picked | chosen
        self.as_update = self.as_update | chosen if how == AS_UPDATE else self.as_update - chosen
        if self.rows:
            self._shown_again(0, len(self.rows) - 1)
        self.picked_changed.emit()

    def how(self, positions: Collection[int]) -> str:
        """How the probable duplicates at ``positions`` are taken: all one way, else ``MIXED``."""
        ways = {self._how(p) for p in positions}
        return ways.pop() if len(ways) == 1 else MIXED

    def _how(self, position: int) -> str:
        if position in self.as_update:
            return AS_UPDATE
        return AS_NEW if position in self.picked else LEAVE

    def pick(self, actions: tuple[str, ...], take: bool) -> None:
        """Take (or leave) every held-back row of ``actions`` (duplicates: ``choose``)."""
        positions = {p for p, r in enumerate(self.rows) if r.action in actions}
        self.picked = self.picked | positions if take else self.picked - positions
        if self.rows:
            self._shown_again(0, len(self.rows) - 1)
        self.picked_changed.emit()

    def choose_fields(self, position: int, kept: frozenset[str], incident: Incident) -> None:
        """Take row ``position`` as an update keeping the ``kept`` parts as they are here
        (none: the file's version whole); what it then writes is ``incident``."""
        row = self.rows[position]
        if kept:
            self.keep[position] = (kept, incident)
        else:
            self.keep.pop(position, None)
        if row.action in imports.HELD:
            self.picked.add(position)
        if row.action == imports.DUPLICATE:
            self.as_update.add(position)
        self._shown_again(position, position)
        self.picked_changed.emit()

    def _shown_again(self, first: int, last: int) -> None:
        """Rows whose tick or choice changed: what they do, and their reasons (a row chosen
        field by field no longer warns of what taking the file whole would do)."""
        self.dataChanged.emit(self.index(first, 1), self.index(last, 6), _SHOWN)

    def updates(self, position: int) -> bool:
        """Whether row ``position`` is written as an update of its incident, as chosen.
        (A choice field by field is kept while the row is left out: taken again, it holds.)"""
        action = self.rows[position].action
        if action == imports.DUPLICATE:
            return position in self.as_update
        return action == imports.UPDATE or (action in imports.HELD and position in self.picked)

    def kept_label(self, position: int) -> str | None:
        """What a row chosen field by field does, if it is taken so."""
        if position not in self.keep or not self.updates(position):
            return None
        words = i18n.field_words()
        parts, incident = self.keep[position]
        kept = ", ".join(sorted(words.get(name, name) for name in parts))
        the_id = self.rows[position].existing_id
        if self.changes_nothing(position, incident):
            return self.tr("Keeps incident {id} as it is here: {fields}").format(
                id=the_id, fields=kept
            )
        return self.tr("Updates incident {id}, keeps here: {fields}").format(id=the_id, fields=kept)

    def _reasons(self, position: int) -> list[Problem]:
        """The row's reasons, but for what taking the file whole would do, once it is taken
        field by field (a tester read "taking it may undo those changes" after keeping them)."""
        problems = self.rows[position].problems
        if self.kept_label(position) is None:
            return list(problems)
        return [p for p in problems if p.template not in imports.WHOLE_FILE]

    def data(self, index: QModelIndex, role: int = 0) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row.action
        if role == Qt.ItemDataRole.CheckStateRole and column == 1 and row.action in imports.HELD:
            picked = index.row() in self.picked
            return Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 6):
            kept = self.kept_label(index.row())  # first: it says what the others no longer do
            said = [i18n.problem_text(p) for p in self._reasons(index.row())] if column == 6 else []
            return "\n".join([kept, *said] if kept else said) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        incident = row.incident or row.read
        if column == 0:
            return ", ".join(str(n) for n in row.lines)
        if column == 1:
            kept = self.kept_label(index.row())
            if kept:
                return kept
            if index.row() in self.as_update:
                return self.tr("Updates incident {id}").format(id=row.existing_id)
            return self.labels[row.action]
        if column == 6:
            reasons = self._reasons(index.row())
            shown = [p for p in reasons if p.severity == "error"] or reasons
            return " · ".join(i18n.problem_text(p) for p in shown)
        if incident is None:
            shown = row.shown
            return shown[column - 2] if column - 2 < len(shown) else ""
        if column == 2:
            return event_date(incident.date, QLocale())
        if column == 3:
            return ", ".join(x for x in (incident.place.location, incident.place.admin1) if x)
        if column == 4:
            return incident.actor1
        return i18n.event_type_label(incident.event_type)


class ImportPreviewDialog(QDialog):
    """Counts, the rows with their reasons, and the choice to import probable duplicates
    and older versions too; or to read the file again with misspelt types read as
    suggested (``exec`` then returns ``READ_AS_SUGGESTED``)."""

    READ_AS_SUGGESTED = 2

    def __init__(
        self,
        plan: ImportPlan,
        parent: QWidget | None = None,
        picked: Collection[int] = (),
        update: Collection[int] = (),
        *,
        load: Callable[[int], Incident] | None = None,
        keep: Mapping[int, Collection[str]] | None = None,
        tag_words: Mapping[str, str] | None = None,
    ):
        """``picked``: held-back rows ticked already (before the file was read again);
        ``update``: probable duplicates already taken as the incident each probably is;
        ``load``: an incident as stored now, by id, for choices field by field (none
        without it); ``keep``: rows already chosen so, with the parts they keep here."""
        super().__init__(parent)
        self.plan = plan
        self.load = load
        self.tag_words = tag_words  # drivers' and responses' names, for choices
        self.setWindowTitle(self.tr("Import “{name}”").format(name=plan.table.name))
        self.resize(1000, 620)
        locale = QLocale()
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            self.tr("{kind} · {rows} rows. Nothing has been written yet.").format(
                kind=shape_label(plan.shape, plan.table.kind),
                rows=locale.toString(len(plan.table.rows)),
            )
        )
        layout.addWidget(intro)
        for note in plan.notes:
            layout.addWidget(QLabel("• " + i18n.problem_text(note), wordWrap=True))
        grid = QGridLayout()
        counts = plan.counts
        for position, (action, label) in enumerate(action_labels().items()):
            number = QLabel(locale.toString(counts[action]))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = number.font()
            font.setBold(True)
            number.setFont(font)
            # "New: 1", not "1 New": a label before its count reads right for any number,
            # in French too ("Nouveaux : 1" rather than "1 nouveaux")
            words = QLabel(self.tr("{label}:").format(label=label))
            grid.addWidget(words, position // 3, (position % 3) * 2)
            grid.addWidget(number, position // 3, (position % 3) * 2 + 1)
        layout.addLayout(grid)
        show = QHBoxLayout()
        show.addWidget(QLabel(self.tr("Show:")))
        self.which = QComboBox()
        self.which.addItem(self.tr("Every row"), "")
        held = sum(counts[action] for action in imports.HELD)
        if held:  # what waits for the user's word, whatever kind
            self.which.addItem(
                self.tr("To decide: held back ({n})").format(n=locale.toString(held)),
                "|".join(imports.HELD),
            )
        writes = counts[imports.NEW] + counts[imports.UPDATE]
        if writes and (counts[imports.UNCHANGED] or held or counts[imports.REJECTED]):
            self.which.addItem(  # what importing writes, apart from what it leaves
                self.tr("To import: new and updated ({n})").format(n=locale.toString(writes)),
                f"{imports.NEW}|{imports.UPDATE}",
            )
        for action, label in action_labels().items():
            if counts[action]:
                self.which.addItem(f"{label} ({locale.toString(counts[action])})", action)
        show.addWidget(self.which)
        show.addStretch(1)
        layout.addLayout(show)
        self.model = PlanModel(plan.rows, self, plan.changes_nothing)
        self.model.picked = set(picked)
        self.model.choose(update, AS_UPDATE)
        for position, parts in (keep or {}).items() if load else ():
            written = plan.over(position)
            row = plan.rows[position]
            if written is None or row.existing_id is None:
                continue  # read anew, it no longer updates an incident
            try:
                stored = load(row.existing_id)
            except NotFoundError:
                continue  # destroyed since the file was read a moment ago
            apart = {merge.part_of(f[0]) for f in merge.parts_apart(stored, written)}
            kept = frozenset(parts) & apart
            self.model.choose_fields(position, kept, plan.keeping(position, stored, kept))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        # a row's action never changes here: a tick must not make the proxy filter every
        # row again (Qt re-filters on any change, whatever its roles)
        self.proxy.setDynamicSortFilter(False)
        self.proxy.setFilterKeyColumn(1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((50, 150, 95, 130, 160, 130)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        # a row's reasons in full: the column shows the first line of a long one
        self.reasons = QLabel(self.tr("Select a row to read all it says."))
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reasons)
        self.table.selectionModel().currentRowChanged.connect(self._show_reasons)
        self.which.currentIndexChanged.connect(self._filter)
        duplicates = counts[imports.DUPLICATE]
        self.dups = sorted(plan.positions(imports.DUPLICATE))
        self.olds = plan.positions(imports.STALE) | plan.positions(imports.CONFLICT)
        self.duplicates = QComboBox(self)
        one = duplicates == 1
        for text, how in (
            (self.tr("Leave it out") if one else self.tr("Leave them out"), LEAVE),
            (
                self.tr("Import it as a new incident")
                if one
                else self.tr("Import them as new incidents"),
                AS_NEW,
            ),
            (
                self.tr("Update the incident it probably is")
                if one
                else self.tr("Update the incidents they probably are"),
                AS_UPDATE,
            ),
            (self.tr("As chosen row by row"), MIXED),
        ):
            self.duplicates.addItem(text, how)
        # "as chosen row by row" says what the ticks make; it is no choice of its own
        self.duplicates.model().item(3).setEnabled(False)  # type: ignore[attr-defined]
        self.duplicates.activated.connect(
            lambda _index: self.model.choose(self.dups, self.duplicates.currentData())
        )
        self.duplicates.setToolTip(
            self.tr("Update: the file’s version goes into the incident each row probably is, "
                    "which keeps its drivers and responses: a colleague’s corrections to an "
                    "ACLED CSV exported from here, which carries no uuid. A row whose reasons "
                    "say it cannot update is left out.")
        )  # fmt: skip
        self.duplicates.setVisible(bool(duplicates))
        if duplicates:
            line = QHBoxLayout()
            label = QLabel(
                self.tr("The probable duplicate:")
                if one
                else self.tr("The {n} probable duplicates:").format(n=locale.toString(duplicates))
            )
            label.setBuddy(self.duplicates)
            line.addWidget(label)
            line.addWidget(self.duplicates)
            line.addStretch(1)
            layout.addLayout(line)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        older = counts[imports.STALE] + counts[imports.CONFLICT]
        self.older = QCheckBox(
            self.tr(
                "Also import the event changed here since the file’s version (its values "
                "replace those changed here, but for fields kept row by row; Ctrl+Z undoes "
                "the import)"
            )
            if older == 1
            else self.tr(
                "Also import the {n} events changed here since the file’s version (their values "
                "replace those changed here, but for fields kept row by row; Ctrl+Z undoes "
                "the import)"
            ).format(n=locale.toString(older))
        )
        self.older.setVisible(bool(older))
        self.older.toggled.connect(
            lambda on: self.model.pick((imports.STALE, imports.CONFLICT), on)
        )
        self.model.picked_changed.connect(self._update_button)
        layout.addWidget(self.older)
        if duplicates or older:  # one by one, too: the box beside each such row
            held = QLabel(
                self.tr("Or tick the rows to import one by one, in the table; right-click a "
                        "probable duplicate to update the incident it probably is instead.")
                if duplicates
                else self.tr("Or tick the rows to import one by one, in the table.")
            )  # fmt: skip
            held.setWordWrap(True)
            layout.addWidget(held)
        if load is not None and (older or counts[imports.UPDATE] or duplicates):
            fields = QLabel(
                self.tr("Right-click a row that updates an incident to choose, field by field, "
                        "what it takes from the file and what it keeps as it is here.")
            )  # fmt: skip
            fields.setWordWrap(True)
            layout.addWidget(fields)
        # rows that would each write over one incident: refused before the import, in words
        self.clashes = refusal_label()
        self.clashes.hide()
        layout.addWidget(self.clashes)
        suggested = len(plan.suggestions())
        self.suggested = QPushButton(
            self.tr("Read the misspelt type as suggested and check again")
            if suggested == 1
            else self.tr("Read the {n} misspelt types as suggested and check again").format(
                n=locale.toString(suggested)
            )
        )
        self.suggested.setToolTip(
            self.tr("Rows refused for a type such as “Batles” are read with the type "
                    "suggested in their reason (Battles), and say so; nothing is written yet.")
        )  # fmt: skip
        self.suggested.setVisible(bool(suggested))
        self.suggested.clicked.connect(lambda: self.done(self.READ_AS_SUGGESTED))
        row = QHBoxLayout()
        row.addWidget(self.suggested)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_button()
        # first what needs a decision here, else what the file must correct, else what it
        # brings: a tester had three conflicts lost among 2,000 new rows, another eleven
        # new rows among 296 unchanged
        for opening in (
            "|".join(imports.HELD),
            imports.REJECTED,
            f"{imports.NEW}|{imports.UPDATE}",
        ):
            if self.which.findData(opening) >= 0:
                self.which.setCurrentIndex(self.which.findData(opening))
                break
        self._filter()

    def choices(self) -> dict[str, Any]:
        """What the user chose to import beyond new and newer events (``to_write``'s options):
        the held-back rows ticked, alone or all of a kind by the boxes under the table."""
        return {
            "picked": frozenset(self.model.picked),
            "update": frozenset(self.model.as_update),
            "keep": {position: incident for position, (_, incident) in self.model.keep.items()},
        }

    def kept_parts(self) -> dict[int, frozenset[str]]:
        """The rows chosen field by field, with the parts each keeps here."""
        return {position: parts for position, (parts, _) in self.model.keep.items()}

    def _menu(self, at: QPoint) -> None:
        """How to take the probable duplicates selected: a right-click selects the row under
        the pointer first, and the menu key acts on the selection (``at`` is the viewport's
        point for the one, the table's for the other: only where the menu shows)."""
        chosen = self.table.selectionModel().selectedRows() or [self.table.currentIndex()]
        selected = {self.proxy.mapToSource(i).row() for i in chosen if i.isValid()}
        rows = {p for p in selected if self.plan.rows[p].action == imports.DUPLICATE}
        # one row that writes over an incident: chosen field by field
        single = next(iter(selected)) if len(selected) == 1 and self.load else None
        if single is not None and self.plan.over(single) is None:
            single = None
        if not rows and single is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if single is not None:
            fields = menu.addAction(self.tr("Choose field by field…"))
            fields.triggered.connect(lambda _=False: self._choose_fields(single))
        if rows:
            self._duplicate_actions(menu, rows)
        current = self.table.visualRect(self.table.currentIndex())
        where = current.bottomLeft() if current.isValid() and not current.contains(at) else at
        menu.popup(self.table.viewport().mapToGlobal(where))
        self.menu = menu  # kept: tests and the pointer reach it after popup returns
        # never a reference to a deleted menu (a later one's kept, though)
        menu.destroyed.connect(lambda _=None, gone=menu: self._menu_gone(gone))

    def _menu_gone(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None

    def _duplicate_actions(self, menu: QMenu, rows: set[int]) -> None:
        if not menu.isEmpty():
            menu.addSeparator()
        one = self.plan.rows[min(rows)]
        updates = (
            self.tr("Update incident {id} with this row").format(id=one.existing_id)
            if len(rows) == 1
            else self.tr("Update the incidents they probably are")
        )
        group = QActionGroup(menu)  # one way or another, as the list under the table
        for text, how in (
            (self.tr("Leave out"), LEAVE),
            (self.tr("Import as a new incident"), AS_NEW),
            (updates, AS_UPDATE),
        ):
            action = group.addAction(text)
            action.setCheckable(True)
            action.setChecked(self.model.how(rows) == how)
            action.triggered.connect(lambda _=False, how=how: self.model.choose(rows, how))
            menu.addAction(action)
        # a row that cannot update says why in its reasons, shown under the table
        group.actions()[2].setEnabled(any(self.plan.rows[p].as_update for p in rows))

    def _choose_fields(self, position: int) -> None:
        """The field-by-field dialog for row ``position``; taken as chosen on OK."""
        from sahel_desk.ui.exchange.field_choice import FieldChoiceDialog

        row = self.plan.rows[position]
        assert self.load is not None and row.existing_id is not None
        try:
            stored = self.load(row.existing_id)
        except NotFoundError:  # destroyed since the file was read: nothing to choose from
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Incident {id} is no longer in the database: read the file again."
            ).format(id=row.existing_id))  # fmt: skip
            return
        if stored.updated_at != row.seen:  # what the row was weighed against is no more
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Incident {id} was changed after the file was read: read the file again."
            ).format(id=row.existing_id))  # fmt: skip
            return
        written = self.plan.over(position)
        if written is None or not merge.parts_apart(stored, written):
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("The file’s version of incident {id} differs from it in nothing a "
                        "field-by-field choice can keep.").format(id=row.existing_id),
            )  # fmt: skip
            return
        kept = self.model.keep.get(position, (frozenset(), None))[0]
        dialog = FieldChoiceDialog(self.plan, position, stored, kept, self, self.tag_words)
        if dialog.exec():
            self.model.choose_fields(position, dialog.kept(), dialog.incident())
        dialog.deleteLater()  # read: let go (no Python reference kept to it)

    def _show_reasons(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        said = self.proxy.data(self.proxy.index(current.row(), 6), Qt.ItemDataRole.ToolTipRole)
        line = self.proxy.data(self.proxy.index(current.row(), 0))
        self.reasons.setText(
            self.tr("Row {line}: {reasons}").format(line=line, reasons=said or "—")
        )

    def _filter(self) -> None:
        action = self.which.currentData()  # one action, or several joined by "|"
        self.proxy.setFilterRegularExpression(QRegularExpression(f"^({action})$" if action else ""))
        # the row read below may be filtered out: its reasons must not stay as another's
        self.reasons.setText(self.tr("Select a row to read all it says."))

    def _update_button(self) -> None:
        # ticked when every row of its kind is, whichever way they were
        self.older.blockSignals(True)
        self.older.setChecked(bool(self.olds) and self.olds <= self.model.picked)
        self.older.blockSignals(False)
        how = self.model.how(self.dups) if self.dups else LEAVE
        self.duplicates.view().setRowHidden(3, how != MIXED)  # type: ignore[attr-defined]
        self.duplicates.setCurrentIndex(self.duplicates.findData(how))
        new, updates, clashes, kept = self.plan.tally(**self.choices())
        said = (i18n.problem_text(p) for p in clashes)  # each a sentence of its own
        self.clashes.setText("\n".join(t[:1].upper() + t[1:] for t in said))
        self.clashes.setVisible(bool(clashes))
        locale = QLocale()
        label = (
            self.tr("Import (new: {new}, updated: {updated}, kept as they are here: {kept})")
            if kept  # rows chosen field by field that keep every change: written as a choice
            else self.tr("Import (new: {new}, updated: {updated})")
        )
        counted = {"new": new, "updated": updates, "kept": kept}
        self.go.setText(label.format(**{k: locale.toString(n) for k, n in counted.items()}))
        self.go.setEnabled(bool(new or updates or kept) and not clashes)


def _sample(rows: list[list[object]], position: int, width: int = 40) -> str:
    """The first value of a column among the first rows, on one short line."""
    for cells in rows[:50]:
        value = cells[position] if position < len(cells) else None
        if value not in (None, ""):
            text = " ".join(str(value).split())
            return text if len(text) <= width else text[: width - 1] + "…"
    return ""


def shape_label(shape: ai.Shape, kind: str = "xlsx") -> str:
    """What the file is, in words: a CSV with Sahel Desk's columns is no workbook (a
    colleague saved one as CSV)."""
    if shape is ai.Shape.SAHEL and kind == "csv":
        return QCoreApplication.translate("ImportPreviewDialog", "Sahel Desk columns, as CSV")
    return {
        ai.Shape.SAHEL: QCoreApplication.translate("ImportPreviewDialog", "Sahel Desk workbook"),
        ai.Shape.CURRENT: QCoreApplication.translate(
            "ImportPreviewDialog", "ACLED export (2023 and later)"
        ),
        ai.Shape.ACLED_2019: QCoreApplication.translate(
            "ImportPreviewDialog", "ACLED export (2019 – March 2023)"
        ),
        ai.Shape.LEGACY: QCoreApplication.translate(
            "ImportPreviewDialog", "ACLED export (before 2019)"
        ),
        ai.Shape.MONADIC: QCoreApplication.translate(
            "ImportPreviewDialog", "ACLED actor-based export (one row per actor)"
        ),
        ai.Shape.UCDP: QCoreApplication.translate("ImportPreviewDialog", "UCDP GED"),
        ai.Shape.OTHER: QCoreApplication.translate("ImportPreviewDialog", "Other columns"),
    }[shape]


class ColumnMappingDialog(QDialog):
    """Which column holds which field, for files whose headers Sahel Desk does not know."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column holds what?"))
        self.resize(760, 600)  # room for the longest field's name, in French too
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Sahel Desk does not recognise every column of “{name}”. Say which column "
                    "holds each field; leave “(ignore)” for columns to leave out. The date, "
                    "the event type and actor 1 are needed."
                ).format(name=plan.table.name),
                wordWrap=True,
            )
        )
        for note in plan.notes:  # which sheet, which header row: what the columns are of
            layout.addWidget(QLabel("• " + i18n.problem_text(note), wordWrap=True))
        form = QFormLayout()
        labels = self.field_labels()
        fields = [*labels, *sorted(ai.FIELDS - set(labels))]
        guessed = {plan.table.header[pos]: name for name, pos in plan.columns.index.items()}
        self.combos: dict[str, QComboBox] = {}
        for position, header in enumerate(plan.table.header):
            if not header:
                continue
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for name in fields:
                combo.addItem(f"{labels[name]} ({name})" if name in labels else name, name)
            combo.setCurrentIndex(max(combo.findData(guessed.get(header, "")), 0))
            combo.currentIndexChanged.connect(self._check)
            self.combos[header] = combo
            label = QLabel(header)
            sample = _sample(plan.table.rows, position)
            if sample:  # what the column holds says more than its name
                label.setText(
                    self.tr("{header}\ne.g. “{value}”").format(header=header, value=sample)
                )
            form.addRow(label, combo)
        layout.addWidget(scrolled(form), 1)
        self.missing = refusal_label()
        layout.addWidget(self.missing)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        self._check()

    def field_labels(self) -> dict[str, str]:
        """The fields people map most, first and in words."""
        return {
            "event_date": self.tr("Date of the event"),
            "event_type": self.tr("Event type"),
            "sub_event_type": self.tr("Sub-event type"),
            "actor1": self.tr("Actor 1"),
            "actor2": self.tr("Actor 2"),
            "location": self.tr("Location"),
            "admin1": self.tr("Region"),
            "admin2": self.tr("Cercle"),
            "admin3": self.tr("Commune"),
            "country": self.tr("Country"),
            "latitude": self.tr("Latitude"),
            "longitude": self.tr("Longitude"),
            "fatalities": self.tr("Fatalities"),
            "notes": self.tr("Notes"),
            "source": self.tr("Sources"),
            "event_id_cnty": self.tr("ACLED event id"),
        }

    def mapping(self) -> dict[str, str]:
        return {header: combo.currentData() for header, combo in self.combos.items()}

    def _check(self) -> None:
        chosen = set(self.mapping().values())
        missing = [f for f in ai.REQUIRED if f not in chosen]
        if "event_type" in missing and "sub_event_type" in chosen:
            missing.remove("event_type")
        labels = self.field_labels()
        self.missing.setText(
            self.tr("Still needed: {fields}").format(
                fields=", ".join(labels.get(f, f) for f in missing)
            )
            if missing
            else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
