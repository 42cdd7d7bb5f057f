"""The incident editor: keyboard-first, checked against the codebook before anything is saved."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.domain import taxonomy, validation
from sahel_desk.domain.actors import ActorType, split_actors
from sahel_desk.domain.dates import DateParseError, parse_event_date
from sahel_desk.domain.errors import NotFoundError, Problem
from sahel_desk.domain.incident import EventDate, GeoPrecision, Incident, Place, new_uuid
from sahel_desk.domain.places import GazetteerEntry
from sahel_desk.domain.tags import Tag, TagKind
from sahel_desk.ui import format as fmt
from sahel_desk.ui import i18n
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.editor.fields import ActorField, PlaceField
from sahel_desk.ui.editor.sources import SourcesEditor
from sahel_desk.ui.editor.tag_picker import TagPicker
from sahel_desk.ui.incidents.ops import save_incident

ERROR_STYLE = "color: #c62828;"
WARNING_STYLE = "color: #b26a00;"  # readable on light and dark palettes alike


def _same_span(old: EventDate, new: EventDate) -> bool:
    """True when ``new`` is what the form shows for ``old`` (same precision, same period)."""
    return old.precision == new.precision and new.first_day <= old.day <= new.last_day


class IncidentEditor(QWidget):
    sig_saved = Signal(object)  # the Incident as stored
    sig_open_incident = Signal(int)  # the user chose to open a probable duplicate

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.current: Incident | None = None
        self.dirty = False
        # Replaceable in tests: how to ask the user (real message boxes by default).
        self.ask_duplicate: Callable[[list[Incident]], str] = self._ask_duplicate
        self.confirm_discard: Callable[[], bool] = self._confirm_discard
        self.confirm_discard_for_import: Callable[[], bool] = self._confirm_discard_for_import
        self.confirm_discard_for_step: Callable[[str], bool] = self._confirm_discard_for_step

        store = ctx.store
        tags = store.tags.all()
        spellings = store.actors.spellings()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE)

        self.event_type = QComboBox()
        for code in taxonomy.EVENT_TYPES:
            self.event_type.addItem(i18n.event_type_label(code), code)
        self.sub_event_type = QComboBox()
        self.derived = QLabel()
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("14/06/2023, June 2023, week of 12 June 2023"))
        self.date_hint = QLabel()
        self.location = PlaceField(store.places.search)
        self.location.setPlaceholderText(self.tr("Type a place; pick it from the list"))
        self.place_hint = QLabel()
        self.place_hint.setWordWrap(True)
        self.admin1 = QComboBox()
        self.admin1.setEditable(True)
        self.admin1.addItem("")
        self.admin1.addItems(store.places.admin1_names("Mali"))
        self.admin2 = QLineEdit()
        self.latitude = QLineEdit()
        self.longitude = QLineEdit()
        self.latitude.setPlaceholderText(self.tr("latitude"))
        self.longitude.setPlaceholderText(self.tr("longitude"))
        self.geo_precision = QComboBox()
        for value, text in (
            (GeoPrecision.EXACT, self.tr("1 — the named place")),
            (GeoPrecision.NEAR, self.tr("2 — near it, or part of a region")),
            (GeoPrecision.REGION, self.tr("3 — only the region")),
        ):
            self.geo_precision.addItem(text, value)
        self.actor1 = ActorField(spellings)
        self.actor2 = ActorField(spellings)
        self.inter1 = self._actor_types()
        self.inter2 = self._actor_types()
        self.assoc1 = QLineEdit()
        self.assoc2 = QLineEdit()
        for assoc in (self.assoc1, self.assoc2):
            assoc.setPlaceholderText(self.tr("names separated by ;"))
        self.fatalities = QLineEdit()
        self.fatalities.setValidator(QIntValidator(0, 1_000_000, self))
        self.fatalities.setPlaceholderText(self.tr("unknown"))
        self.civilian_targeting = QCheckBox(self.tr("Civilians were the main target"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.sources = SourcesEditor()
        language = i18n.ui_language()
        self.drivers = TagPicker([t for t in tags if t.kind is TagKind.DRIVER], language)
        self.responses = TagPicker([t for t in tags if t.kind is TagKind.RESPONSE], language)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))

        self.errors: dict[str, QLabel] = {}
        self._generation = 0  # bumped by every load: a late save result must not clobber
        self._edit_count = 0
        self._edits_at_save = 0
        self._checked_once = False
        self._saving = False
        self._new_uuid = new_uuid()
        form = QFormLayout()
        self._row(form, self.tr("Event type"), self.event_type, "event_type")
        self._row(form, self.tr("Sub-event type"), self.sub_event_type, "sub_event_type")
        form.addRow("", self.derived)
        self._row(form, self.tr("Date"), self.date, "date")
        form.addRow("", self.date_hint)
        self._row(form, self.tr("Location"), self.location, "location")
        form.addRow("", self.place_hint)
        self._row(form, self.tr("Region (admin1)"), self.admin1, "admin1")
        self._row(form, self.tr("Cercle (admin2)"), self.admin2, "admin2")
        coords = QHBoxLayout()
        coords.addWidget(self.latitude)
        coords.addWidget(self.longitude)
        self._row(form, self.tr("Coordinates"), coords, "latitude")
        self._row(form, self.tr("Location precision"), self.geo_precision, "geo_precision")
        self._row(form, self.tr("Actor 1"), self.actor1, "actor1")
        self._row(form, self.tr("Actor 1 type"), self.inter1, "inter1")
        self._row(form, self.tr("Associated with actor 1"), self.assoc1, "assoc_actor1")
        self._row(form, self.tr("Actor 2"), self.actor2, "actor2")
        self._row(form, self.tr("Actor 2 type"), self.inter2, "inter2")
        self._row(form, self.tr("Associated with actor 2"), self.assoc2, "assoc_actor2")
        self._row(form, self.tr("Fatalities"), self.fatalities, "fatalities")
        self._row(form, "", self.civilian_targeting, "civilian_targeting")
        self._row(form, self.tr("Notes"), self.notes, "notes")
        self._row(form, self.tr("Sources"), self.sources, "sources")
        self._row(form, self.tr("Drivers"), self.drivers, "drivers")
        self._row(form, self.tr("Responses"), self.responses, "tags")

        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if narrow
        body = QWidget()
        body.setLayout(form)
        self.setMinimumWidth(400)  # a side pane at 150% on a 1366-pixel screen
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Long hints wrap instead of widening the form past the panel.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for hint in (self.derived, self.date_hint, self.place_hint):
            hint.setWordWrap(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.event_type.currentIndexChanged.connect(self._fill_sub_types)
        self.sub_event_type.currentIndexChanged.connect(self._show_derived)
        self.inter1.currentIndexChanged.connect(self._show_derived)
        self.inter2.currentIndexChanged.connect(self._show_derived)
        self.date.textChanged.connect(self._show_date)
        self.location.sig_place_chosen.connect(self._place_chosen)
        self.location.textEdited.connect(lambda _text: self._show_place(self.location.entry))
        self.actor1.editingFinished.connect(lambda: self._match_actor(self.actor1, self.inter1))
        self.actor2.editingFinished.connect(lambda: self._match_actor(self.actor2, self.inter2))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        # Esc belongs to the editor, not to the whole window (the filter bar's lists too)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for signal in self._change_signals():
            signal.connect(self._mark_dirty)
        self.new()

    # ---- layout helpers ------------------------------------------------------------------
    def _row(self, form: QFormLayout, label: str, field: object, key: str) -> None:
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(field, QHBoxLayout):
            box.addLayout(field)
        else:
            box.addWidget(field)  # type: ignore[arg-type]
        box.addWidget(error)
        form.addRow(label, box)

    def _actor_types(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem("", None)
        for actor_type in ActorType:
            combo.addItem(i18n.actor_type_label(actor_type), actor_type)
        return combo

    def _change_signals(self) -> list:
        return [
            self.event_type.currentIndexChanged,
            self.sub_event_type.currentIndexChanged,
            self.date.textEdited,
            self.location.textEdited,
            self.admin1.currentTextChanged,
            self.admin2.textEdited,
            self.latitude.textEdited,
            self.longitude.textEdited,
            self.geo_precision.currentIndexChanged,
            self.actor1.textEdited,
            self.actor2.textEdited,
            self.inter1.currentIndexChanged,
            self.inter2.currentIndexChanged,
            self.assoc1.textEdited,
            self.assoc2.textEdited,
            self.fatalities.textEdited,
            self.civilian_targeting.toggled,
            self.notes.textChanged,
            self.sources.table.itemChanged,
            self.sources.table.model().rowsInserted,
            self.sources.table.model().rowsRemoved,
            self.drivers.tree.itemChanged,
            self.responses.tree.itemChanged,
        ]

    # ---- loading -------------------------------------------------------------------------
    def new(self) -> None:
        """A blank form for a new incident."""
        self._load(None)

    def open(self, incident: Incident) -> None:
        self._load(incident)

    def _load(self, incident: Incident | None, *, focus: bool = True) -> None:
        """Fill the form; ``focus``: put the cursor in it (an incident opened, not one read
        again because it changed elsewhere: an undo must not pull the keys into the form)."""
        if incident is not None and incident.id is not None:
            with contextlib.suppress(NotFoundError):  # re-read: callers may hold an older copy
                incident = self.ctx.store.incidents.get(incident.id)
        self.current = incident
        # A new incident keeps one UUID however often Save is pressed (no twin rows).
        self._new_uuid = new_uuid() if incident is None else incident.uuid
        self._generation += 1
        self._saving = False
        self.save_button.setEnabled(True)
        blank = incident is None
        self.title.setText(
            self.tr("New incident") if blank else self.tr("Incident {id}").format(id=incident.id)
        )
        self.event_type.setCurrentIndex(
            0 if blank else max(0, self.event_type.findData(incident.event_type))
        )
        self._fill_sub_types()
        if not blank:
            self.sub_event_type.setCurrentIndex(
                max(0, self.sub_event_type.findData(incident.sub_event_type))
            )
        self.date.setText("" if blank else self._date_text(incident))
        place = Place("") if blank else incident.place
        self.location.entry = None
        self.location.setText(place.location)
        if not blank and place.ref:
            self.location.entry = self.ctx.store.places.get(place.ref)
        self.admin1.setCurrentText(place.admin1)
        self.admin2.setText(place.admin2)
        self.latitude.setText(_coordinate(place.latitude))
        self.longitude.setText(_coordinate(place.longitude))
        self.geo_precision.setCurrentIndex(0 if blank else int(incident.geo_precision) - 1)
        self.actor1.setText("" if blank else incident.actor1)
        self.actor2.setText("" if blank else incident.actor2 or "")
        self.inter1.setCurrentIndex(0 if blank else self.inter1.findData(incident.inter1))
        self.inter2.setCurrentIndex(0 if blank else self.inter2.findData(incident.inter2))
        self.assoc1.setText("" if blank else "; ".join(incident.assoc_actor1))
        self.assoc2.setText("" if blank else "; ".join(incident.assoc_actor2))
        fatal = None if blank else incident.fatalities
        self.fatalities.setText("" if fatal is None else str(fatal))
        self.civilian_targeting.setChecked(False if blank else incident.civilian_targeting)
        self.notes.setPlainText("" if blank else incident.notes)
        self.sources.set_sources(() if blank else incident.sources)
        codes = frozenset() if blank else incident.tags
        self.drivers.set_checked(codes)
        self.responses.set_checked(codes)
        self._show_place(self.location.entry)
        self._checked_once = False
        self._show_problems([])
        self.dirty = False
        if focus:
            self.event_type.setFocus()

    def _date_text(self, incident: Incident) -> str:
        # Written back in a form parse_event_date reads with the same precision.
        return fmt.event_date_input(incident.date)

    # ---- derived displays ----------------------------------------------------------------
    def _fill_sub_types(self) -> None:
        event_type = self.event_type.currentData()
        if (
            event_type == taxonomy.VIOLENCE_AGAINST_CIVILIANS
            and not self.civilian_targeting.isChecked()
        ):
            self.civilian_targeting.setChecked(True)  # civilians are the target, by definition
        self.sub_event_type.blockSignals(True)
        self.sub_event_type.clear()
        for sub in taxonomy.SUB_EVENT_TYPES.get(event_type, ()):
            self.sub_event_type.addItem(i18n.sub_event_type_label(sub), sub)
        self.sub_event_type.blockSignals(False)
        self._show_derived()

    def _show_derived(self) -> None:
        disorder = (
            i18n.disorder_type_label(taxonomy.disorder_type(self.sub_event_type.currentData()))
            or "—"
        )
        pair = i18n.interaction_label(self.inter1.currentData(), self.inter2.currentData()) or "—"
        self.derived.setText(
            self.tr("Disorder type: {disorder} · Interaction: {pair}").format(
                disorder=disorder, pair=pair
            )
        )

    def _show_date(self, text: str) -> None:
        if not text.strip():
            self.date_hint.setText("")
            return
        try:
            value = parse_event_date(text)
        except DateParseError:
            self.date_hint.setText(self.tr("not a date yet"))
            return
        kinds = {1: self.tr("Exact day"), 2: self.tr("Week"), 3: self.tr("Month only")}
        self.date_hint.setText(
            self.tr("{precision}: {date}").format(
                precision=kinds[int(value.precision)], date=fmt.event_date(value, self.locale())
            )
        )

    def _place_chosen(self, entry: GazetteerEntry | None) -> None:
        if entry is not None:
            self.admin1.setCurrentText(
                entry.admin1 or (entry.name if entry.kind.value == "admin1" else "")
            )
            self.admin2.setText(entry.admin2)
            if entry.latitude is not None and entry.longitude is not None:
                self.latitude.setText(_coordinate(entry.latitude))
                self.longitude.setText(_coordinate(entry.longitude))
        self._show_place(entry)
        self._mark_dirty()

    def _show_place(self, entry: GazetteerEntry | None) -> None:
        if entry is not None:
            self.place_hint.setText(
                self.tr("In the gazetteer: {place}").format(place=entry.context)
            )
        elif text := self.location.text().strip():
            known = len(self.ctx.store.places.find(text))
            if known:
                self.place_hint.setText(
                    self.tr(
                        "The gazetteer has a place of this name: pick it from the list "
                        "to tie it to the gazetteer; as typed it is kept unverified."
                    )
                    if known == 1
                    else self.tr(
                        "The gazetteer has {n} places of this name: pick one from the list "
                        "to tie it to the gazetteer; as typed it is kept unverified."
                    ).format(n=known)
                )
            else:
                self.place_hint.setText(
                    self.tr(
                        "Not in the gazetteer: it will be kept as unverified; give its region, "
                        "and coordinates if you know them."
                    )
                )
        else:
            self.place_hint.setText("")

    def _match_actor(self, field: QLineEdit, types: QComboBox) -> None:
        name = field.text().strip()
        if not name:
            return
        registry = self.ctx.store.actors.match(name)
        if registry is None:
            field.setToolTip(self.tr("A new actor: it will be added with the type you choose"))
            return
        field.setToolTip(self.tr("Saved as {name}").format(name=registry))
        # The registry knows this actor's type: follow it (a changed actor changes its type).
        actor = next((a for a in self.ctx.store.actors.all() if a.name == registry), None)
        if actor is not None and actor.actor_type is not None:
            types.setCurrentIndex(types.findData(actor.actor_type))

    def set_tags(self, tags: list[Tag]) -> None:
        """Offer the current vocabulary (after the tag manager changed it)."""
        self.drivers.set_tags([t for t in tags if t.kind is TagKind.DRIVER])
        self.responses.set_tags([t for t in tags if t.kind is TagKind.RESPONSE])

    def _mark_dirty(self, *_args: object) -> None:
        self.dirty = True
        self._edit_count += 1
        if self._checked_once:  # after a refused save, problems follow the typing
            self._show_problems(self.build()[1])

    # ---- building and saving -------------------------------------------------------------
    def build(self) -> tuple[Incident | None, list[Problem]]:
        """The incident the form describes, and every problem with it (nothing is saved)."""
        problems: list[Problem] = []
        try:
            date = parse_event_date(self.date.text())
        except DateParseError as exc:
            problems.append(Problem("date", i18n.date_error_text(exc)))
            date = None
        coords = []
        for key, field in (("latitude", self.latitude), ("longitude", self.longitude)):
            text = field.text().strip().replace(",", ".")
            try:
                coords.append(float(text) if text else None)
            except ValueError:
                problems.append(
                    Problem(key, self.tr("“{text}” is not a number").format(text=field.text()))
                )
                coords.append(None)
        fatal_text = self.fatalities.text().strip()
        sources, source_problems = self.sources.sources()
        problems.extend(source_problems)
        if date is None:
            date = EventDate(dt.date.today())  # a stand-in, to report every other problem too
        if any(p.field != "date" for p in problems):
            return None, problems
        entry = self.location.entry
        current = self.current
        if current and _same_span(current.date, date):
            date = current.date  # an imported "1 April, month-precise" stays as it was
        incident = Incident(
            id=current.id if current else None,
            uuid=current.uuid if current else self._new_uuid,
            updated_at=current.updated_at if current else None,
            external_id=current.external_id if current else None,
            external_timestamp=current.external_timestamp if current else None,
            original_event_type=current.original_event_type if current else None,
            date=date,
            event_type=self.event_type.currentData(),
            sub_event_type=self.sub_event_type.currentData() or "",
            actor1=self.actor1.text().strip(),
            inter1=self.inter1.currentData(),
            assoc_actor1=split_actors(self.assoc1.text()),
            actor2=self.actor2.text().strip() or None,
            inter2=self.inter2.currentData() if self.actor2.text().strip() else None,
            assoc_actor2=split_actors(self.assoc2.text()),
            civilian_targeting=self.civilian_targeting.isChecked(),
            place=Place(
                location=self.location.text().strip(),
                country=entry.country if entry else "Mali",
                admin1=self.admin1.currentText().strip(),
                admin2=self.admin2.text().strip(),
                admin3=entry.admin3 if entry else "",
                latitude=coords[0],
                longitude=coords[1],
                ref=entry.ref if entry else None,
            ),
            geo_precision=self.geo_precision.currentData(),
            fatalities=int(fatal_text) if fatal_text else None,
            notes=self.notes.toPlainText().strip(),
            sources=sources,
            tags=self.drivers.checked()
            | self.responses.checked()
            | (
                current.tags - self.drivers.codes() - self.responses.codes()
                if current
                else frozenset()
            ),
        )
        found = [*problems, *validation.problems(incident)]
        return (None if problems else incident), found

    def save(self) -> bool:
        """Validate, warn about probable duplicates, then save. False when nothing was saved."""
        if self._saving:
            return False  # Ctrl+S again while the first save is on its way
        incident, problems = self.build()
        self._show_problems(problems)
        if incident is None or any(p.severity == "error" for p in problems):
            self._checked_once = True
            return False
        twins = self.ctx.store.incidents.similar(incident)
        if twins:
            answer = self.ask_duplicate(twins)
            if answer == "open":
                self.sig_open_incident.emit(twins[0].id)
                return False
            if answer != "save":
                return False
        self._saving = True
        self.save_button.setEnabled(False)
        generation = self._generation
        self._edits_at_save = self._edit_count
        save_incident(
            ctx=self.ctx,
            incident=incident,
            before=self.current,
            on_done=lambda saved: self._saved(saved, generation),
            on_error=lambda error: self._failed(error, generation),
        )
        return True

    def _saved(self, incident: Incident, generation: int) -> None:
        if generation != self._generation:
            return  # the form moved on to another incident meanwhile: leave it alone
        if self._edit_count != self._edits_at_save:
            # Typing went on while saving: keep it, and edit on from the saved version.
            self.current = incident
            self._saving = False
            self.save_button.setEnabled(True)
            return
        self._load(incident)
        self.sig_saved.emit(incident)

    def _failed(self, error: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.summary.setText(self.tr("Not saved: {error}").format(error=error))

    def set_actors(self, spellings: list[str]) -> None:
        """The registry's names and aliases, for completion (an import added actors)."""
        for field in (self.actor1, self.actor2):
            field.set_spellings(spellings)

    def changed_elsewhere(self, *, if_newer: bool = False) -> None:
        """The open incident changed outside the form (undo, deletion, bulk tags); with
        ``if_newer``, perhaps (another program wrote): only if its version moved."""
        if self.current is None or self.current.id is None:
            return
        try:
            fresh = self.ctx.store.incidents.get(self.current.id)
        except NotFoundError:
            fresh = None
        if if_newer and fresh is not None and fresh.updated_at == self.current.updated_at:
            return
        if not self.dirty and fresh is not None:
            self._load(fresh, focus=False)
        else:
            self.summary.setText(
                self.tr(
                    "This incident was changed elsewhere (an import, an undo, a deletion or a bulk "
                    "change); your unsaved edits cannot be saved over it. Cancel to see the "
                    "current version."
                )
            )
        if fresh is not None and fresh.deleted:
            self.title.setText(self.tr("Incident {id} (in the trash)").format(id=fresh.id))
            self.save_button.setEnabled(False)

    def _show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem)
        for key, label in self.errors.items():
            found = by_field.pop(key, [])
            label.setText("\n".join(i18n.problem_text(p) for p in found))
            blocking = any(p.severity == "error" for p in found)
            label.setStyleSheet(ERROR_STYLE if blocking else WARNING_STYLE)
            label.setVisible(bool(found))
        errors = [p for p in problems if p.severity == "error"]
        leftover = [i18n.problem_text(p) for ps in by_field.values() for p in ps]
        text = ""
        if errors:
            text = (
                self.tr("Not saved: 1 problem to fix.")
                if len(errors) == 1
                else self.tr("Not saved: {n} problems to fix.").format(n=len(errors))
            )
        if leftover:
            text = " ".join((text, *leftover)).strip()
        self.summary.setText(text)

    def cancel(self) -> bool:
        """Leave the form; asks first when there are unsaved edits. True when left."""
        popup = QApplication.activePopupWidget()
        if popup is not None:  # Esc on a completion list closes the list, nothing more
            popup.hide()
            return False
        if self.dirty and not self.confirm_discard():
            return False
        self._load(self.current)
        return True

    def _ask_duplicate(self, twins: list[Incident]) -> str:
        first = twins[0]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Probable duplicate"))
        date, place = fmt.event_date(first.date, self.locale()), first.place.location
        box.setText(
            self.tr(
                "An incident at the same place, with the same actors and a date that may be "
                "the same day, already exists ({date}, {place})."
            ).format(date=date, place=place)
            if len(twins) == 1
            else self.tr(
                "{n} incidents at the same place, with the same actors and a date that may "
                "be the same day, already exist (first: {date}, {place})."
            ).format(n=len(twins), date=date, place=place)
        )
        open_button = box.addButton(self.tr("Open it"), QMessageBox.ButtonRole.ActionRole)
        save_button = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        clicked = box.clickedButton()
        return "open" if clicked is open_button else "save" if clicked is save_button else ""

    def revert(self) -> None:
        """Let go of the unsaved edits: the form shows the incident as it was opened."""
        self._load(self.current)

    def _confirm_discard_for_import(self) -> bool:
        return self._ask_discard(
            self.tr(
                "The import changes incident {id}, whose changes here are not saved. Discard "
                "them and import, or cancel the import, save them and import the file again: "
                "it will then show what differs."
            ).format(id=self._open_id()),
            self.tr("Discard and import"),
        )

    def _confirm_discard_for_step(self, step: str) -> bool:
        return self._ask_discard(
            self.tr(
                "“{step}” changes incident {id}, whose changes here are not saved. Discard "
                "them and go on, or cancel to keep them."
            ).format(step=step, id=self._open_id()),
            self.tr("Discard and go on"),
        )

    def _ask_discard(self, text: str, discard_label: str) -> bool:
        """Whether the user lets the unsaved edits go for what ``text`` says (else cancels)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"), text, parent=self)
        discard = box.addButton(discard_label, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is discard

    def _open_id(self) -> str:
        return str(self.current.id) if self.current else ""

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard the changes to this incident?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


def _coordinate(value: float | None) -> str:
    """A coordinate to 5 decimals with the user's decimal mark ("15,74854" in French); read
    back with either mark."""
    if value is None:
        return ""
    return QLocale().toString(value, "f", 5).replace(QLocale().groupSeparator(), "")
