"""Export and import as the window runs them: off the GUI thread, with progress and cancel,
and an import pushed on the undo stack as one step."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sahel_desk.domain.errors import Cancelled
from sahel_desk.domain.history import Changes
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.store import Store
from sahel_desk.ui import i18n
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.events import Events
from sahel_desk.ui.exchange.progress import JobProgress
from sahel_desk.ui.incidents.undo import _StoreCommand

if TYPE_CHECKING:  # the readers, openpyxl and numpy load on first use, not at the app's start
    from sahel_desk.domain.incident import Incident
    from sahel_desk.exchange.acled_import import Reading
    from sahel_desk.exchange.xlsx_export import ExportResult
    from sahel_desk.jobs.imports import ImportPlan
    from sahel_desk.store import ImportBatch


def imported(plan: ImportPlan, choices: dict[str, Any]) -> Changes:
    """What applying ``plan`` touched: the incidents it updated (an open one is reloaded, or
    its unsaved edits warned about), and tags and actors it may have added."""
    _new, updates = plan.to_write(**choices)
    return Changes(frozenset(u.id for u in updates if u.id is not None), tags=True, actors=True)


def error_text(error: Exception) -> str:
    """A job's error in the UI language when it has a template, else its English words."""
    template = getattr(error, "template", "")
    if template:
        translated = QCoreApplication.translate(i18n.VALIDATION_CONTEXT, template)
        return translated.format(**getattr(error, "params", {}))
    return str(error)


def run_export(
    *,
    ctx: AppContext,
    parent: QWidget,
    query: IncidentQuery,
    target: Path,
    filter_words: str,
    on_done: Callable[[ExportResult], None],
    on_error: Callable[[Exception], None],
) -> None:
    progress = JobProgress(
        parent,
        QCoreApplication.translate("Exchange", "Export"),
        QCoreApplication.translate("Exchange", "Writing {name}…").format(name=target.name),
    )
    store = ctx.store

    def work() -> ExportResult:
        from sahel_desk.jobs.export import export  # openpyxl: imported on first export

        return export(
            store,
            query,
            target,
            language=i18n.ui_language(),
            filter_words=filter_words,
            progress=progress.report,
            cancelled=progress.cancelled,
        )

    def done(result: ExportResult) -> None:
        progress.finish()
        on_done(result)

    def failed(error: Exception) -> None:
        progress.finish()
        on_error(error)

    ctx.tasks.run(work, done, failed)


def export_message(result: ExportResult) -> str:
    locale = QLocale()
    lines = [
        QCoreApplication.translate("Exchange", "{n} incidents written to {path}.").format(
            n=locale.toString(result.rows), path=result.path
        )
    ]
    cells = result.report
    if cells.control_characters:
        lines.append(
            QCoreApplication.translate(
                "Exchange", "{n} control characters were removed (a workbook cannot hold them)."
            ).format(n=locale.toString(cells.control_characters))
        )
    if cells.truncated:
        lines.append(
            QCoreApplication.translate(
                "Exchange", "{n} cells were cut to the 32,767 characters a spreadsheet cell holds."
            ).format(n=locale.toString(cells.truncated))
        )
    if cells.inert_formulas:
        lines.append(
            QCoreApplication.translate(
                "Exchange", "{n} cells beginning like a formula were written as plain text."
            ).format(n=locale.toString(cells.inert_formulas))
        )
    return "\n".join(lines)


class ImportCommand(_StoreCommand):
    """An applied import: undo removes what it added and puts back what it changed."""

    def __init__(self, store: Store, events: Events, plan: ImportPlan, batch: ImportBatch,
                 choices: dict[str, Any]):  # fmt: skip
        super().__init__(
            QCoreApplication.translate("Exchange", "Import {name}").format(name=batch.file_name),
            store,
            events,
        )
        self.plan = plan
        self.batch = batch
        self.choices = choices
        self.undone: frozenset[int] = frozenset()

    def touches(self, incident: Incident) -> bool:
        new, updates = self.plan.to_write(**self.choices)
        return any(i.uuid == incident.uuid for i in (*new, *updates))

    def forward(self) -> Changes:
        new, updates = self.plan.to_write(**self.choices)
        self.batch = self.store.imports.redo(self.batch.id, new, updates)
        changes = imported(self.plan, self.choices)
        # the incidents the undo took away are back under their ids: an editor open on
        # one of them reads it again, rather than going on saying it is gone
        return replace(changes, incidents=changes.incidents | self.undone)

    def backward(self) -> Changes:
        changes = self.store.imports.undo(self.batch.id)
        self.undone = changes.incidents
        return changes


class ImportFlow(QObject):
    """File → Import: choose, read and plan (off the GUI thread), map columns if needed,
    preview, apply, and push the undo step."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        report: Callable[[str], None],
        may_write: Callable[[Changes], bool] = lambda changes: True,
    ):
        """``may_write``: asked before an import writes what it touches (unsaved edits of
        an incident it updates, in the editor); False leaves the import unwritten."""
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.report = report
        self.may_write = may_write

    def start(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("Exchange", "Import incidents"),
                "",
                QCoreApplication.translate(
                    "Exchange", "Spreadsheets (*.xlsx *.csv);;All files (*)"
                ),
            )
            if not chosen:
                return
            path = Path(chosen)
        self.plan(path, None)

    def plan(
        self,
        path: Path,
        columns: Mapping[str, str] | None,
        readings: Mapping[Reading, str] | None = None,
        ticked: tuple[str, Mapping[str, Collection[tuple[int, ...]]]] = ("", {}),
    ) -> None:
        """Read ``path`` off the GUI thread, then show what importing it would do; ``ticked``:
        the file's checksum and the lines of the held-back rows the user took before it was
        read again, by choice (``picked``, ``update``; kept if the file is the same: edited
        meanwhile, its lines may be others)."""
        progress = JobProgress(
            self.window,
            QCoreApplication.translate("Exchange", "Import"),
            QCoreApplication.translate("Exchange", "Reading {name}…").format(name=path.name),
        )
        store = self.ctx.store
        from sahel_desk.jobs import imports

        def done(plan: ImportPlan) -> None:
            progress.finish()
            self.review(plan, ticked[1] if plan.sha256 == ticked[0] else {})

        def failed(error: Exception) -> None:
            progress.finish()
            self.refuse(path, error)

        self.ctx.tasks.run(
            lambda: imports.plan_import(store, path, columns=columns, readings=readings),
            done,
            failed,
        )

    def refuse(self, path: Path, error: Exception) -> None:
        said = error_text(error)
        if path.name in said:  # the reason names the file: not twice in one line (tester)
            text = QCoreApplication.translate(
                "Exchange", "Nothing was imported: {error}\n\nThe database is unchanged."
            ).format(error=said)
        else:
            text = QCoreApplication.translate(
                "Exchange", "“{name}” was not imported: {error}\n\nThe database is unchanged."
            ).format(name=path.name, error=said)
        QMessageBox.warning(self.window, QCoreApplication.translate("Exchange", "Import"), text)

    def review(
        self, plan: ImportPlan, ticked: Mapping[str, Collection[tuple[int, ...]]] | None = None
    ) -> None:
        from sahel_desk.ui.exchange.preview import ColumnMappingDialog, ImportPreviewDialog

        if plan.needs_mapping:
            mapping = ColumnMappingDialog(plan, self.window)
            if mapping.exec():
                self.plan(plan.path, mapping.mapping())
            return
        ticked = ticked or {}
        keep = ticked.get("keep", {})
        dialog = ImportPreviewDialog(
            plan,
            self.window,
            plan.held_at(ticked.get("picked", ())),
            plan.held_at(ticked.get("update", ())),
            load=self.ctx.store.incidents.get,
            tag_words={t.code: t.label(i18n.ui_language()) for t in self.ctx.store.tags.all()},
            keep={p: keep[r.lines] for p, r in enumerate(plan.rows) if r.lines in keep},  # type: ignore[index]
        )
        answer = dialog.exec()
        choices = dialog.choices()  # the user's word, by the rows' lines: kept across a
        # reading anew; a row to update that no longer can is left out, not made a second copy
        kept = {
            "picked": plan.lines_of(choices["picked"] - choices["update"]),
            "update": plan.lines_of(choices["update"]),
            "keep": {plan.rows[p].lines: parts for p, parts in dialog.kept_parts().items()},
        }
        if answer == ImportPreviewDialog.READ_AS_SUGGESTED:  # read again, misspellings taken
            self.plan(plan.path, plan.chosen, plan.readings_with_suggestions(), (plan.sha256, kept))
        elif answer:
            self.apply(plan, choices, kept)

    def apply(
        self,
        plan: ImportPlan,
        choices: dict[str, Any],
        kept: Mapping[str, Any] | None = None,
    ) -> None:
        """Write ``plan`` off the GUI thread; ``choices`` as ``ImportPlan.to_write`` takes them.
        Refused because an incident changed after the file was read, the file is read again
        and its preview opens with the same choices (``kept``, by lines), made anew against
        what the database now holds."""
        if not self.may_write(imported(plan, choices)):
            return
        progress = JobProgress(
            self.window,
            QCoreApplication.translate("Exchange", "Import"),
            QCoreApplication.translate("Exchange", "Importing {name}…").format(
                name=plan.table.name
            ),
        )
        store, events = self.ctx.store, self.ctx.events
        from sahel_desk.jobs import imports

        def done(batch: ImportBatch) -> None:
            progress.finish()
            self.ctx.undo.push(ImportCommand(store, events, plan, batch, choices))
            events.sig_data_changed.emit(imported(plan, choices))
            locale = QLocale()
            self.report(
                QCoreApplication.translate(
                    "Exchange",
                    "Imported from {name} (new: {new}, updated: {updated}); "
                    "Ctrl+Z undoes the whole import.",
                ).format(
                    new=locale.toString(batch.added),
                    updated=locale.toString(batch.updated),
                    name=batch.file_name,
                )
            )

        def failed(error: Exception) -> None:
            progress.finish()
            if not isinstance(error, Cancelled):
                self.refuse(plan.path, error)
            if getattr(error, "template", "") == imports.M_CHANGED_SINCE and kept is not None:
                self.plan(plan.path, plan.chosen, plan.readings, (plan.sha256, kept))

        self.ctx.tasks.run(
            lambda: imports.apply_import(store, plan, **choices), done, failed, write=True
        )
