"""The filter bar: every way to narrow the incident list, as one IncidentQuery.

The same query later drives charts, the map and export, so a filter means the same thing
everywhere. What is active is spelled out under the bar and cleared in one click.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.domain import taxonomy
from sahel_desk.domain.dates import DateParseError, parse_period
from sahel_desk.domain.incident import DatePrecision, GeoPrecision
from sahel_desk.domain.query import PLACE_FIELDS, IncidentQuery
from sahel_desk.domain.tags import Tag
from sahel_desk.ui import format as fmt
from sahel_desk.ui import i18n
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.incidents.choosers import PlaceChooser, TagChooser
from sahel_desk.ui.incidents.saved_filters import SavedFilters
from sahel_desk.ui.layout import ReflowGrid, shrinkable

ANY = ""


class FilterBar(QWidget):
    sig_changed = Signal()  # the panel then reads query() against its own base

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        store = ctx.store
        # What display() last showed: a chart or the map may set several values of a field
        # (or fields without a widget), and the widgets show one; query() keeps the rest.
        self._shown = IncidentQuery()
        self._cleared = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes, places, actors, sources…"))
        self.search.setClearButtonEnabled(True)
        self.event_type = shrinkable(QComboBox())
        self.event_type.addItem(self.tr("All event types"), ANY)
        for name in taxonomy.EVENT_TYPES:
            self.event_type.addItem(i18n.event_type_label(name), name)
        self.sub_event_type = shrinkable(QComboBox())
        self.places = PlaceChooser(store.places.admin_units())
        self.more = QPushButton(self.tr("More filters"))
        self.more.setCheckable(True)
        self.clear = QPushButton(self.tr("Clear filter"))
        self.clear.setEnabled(False)
        self.saved = SavedFilters(ctx, lambda: self.query(IncidentQuery()))

        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        self.date_from.setPlaceholderText(self.tr("from: 2023, April 2023, 14/06/2023"))
        self.date_to.setPlaceholderText(self.tr("to"))
        # once typed in, a field's placeholder is gone: its tooltip still says what it is
        self.date_from.setToolTip(self.tr("From: a year, a month or a day"))
        self.date_to.setToolTip(self.tr("To: a year, a month or a day"))
        for field in (self.date_from, self.date_to):
            field.setMinimumWidth(self.fontMetrics().horizontalAdvance("semaine du 00/00/0000"))
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(self.tr("actor (any spelling)"))
        self.actor.setToolTip(self.tr("Actor 1, actor 2 or associated, under any spelling"))
        spellings = store.actors.spellings()
        completer = QCompleter(spellings, self.actor)
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.actor.setCompleter(completer)
        completer.activated.connect(lambda _text: self.apply())
        self.actor_names = completer.model()
        self.tags = TagChooser()
        self.fill_tags(store.tags.all())
        self.fatalities_min = QLineEdit()
        self.fatalities_max = QLineEdit()
        for field, hint in (
            (self.fatalities_min, self.tr("fatalities ≥")),
            (self.fatalities_max, self.tr("fatalities ≤")),
        ):
            validator = QIntValidator(0, 1_000_000, field)
            digits = QLocale(self.locale())  # "1,000" or "1 000" would pass, then not parse
            digits.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
            validator.setLocale(digits)
            field.setValidator(validator)
            field.setPlaceholderText(hint)
            field.setToolTip(hint)
        self.precision = shrinkable(QComboBox(), 12)
        self.precision.addItem(self.tr("Any date precision"), None)
        self.precision.addItem(self.tr("Exact day"), DatePrecision.DAY)
        self.precision.addItem(self.tr("Week"), DatePrecision.WEEK)
        self.precision.addItem(self.tr("Month only"), DatePrecision.MONTH)
        self.geo_precision = shrinkable(QComboBox(), 12)
        self.geo_precision.addItem(self.tr("Any location precision"), None)
        self.geo_precision.addItem(self.tr("Exact place"), GeoPrecision.EXACT)
        self.geo_precision.addItem(self.tr("Near a place"), GeoPrecision.NEAR)
        self.geo_precision.addItem(self.tr("Region only"), GeoPrecision.REGION)
        self.unverified = QCheckBox(self.tr("Unverified places only"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.more)
        top.addWidget(self.clear)
        kinds = QHBoxLayout()
        kinds.addWidget(self.event_type, 1)
        kinds.addWidget(self.sub_event_type, 1)
        kinds.addWidget(self.places, 1)
        self.extra = ReflowGrid(  # four columns, or two in a narrow pane
            [self.date_from, self.date_to, self.actor, self.tags,
             self.fatalities_min, self.fatalities_max, self.precision, self.geo_precision,
             (self.unverified, 2), (self.saved, 2)]
        )  # fmt: skip
        self.extra.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(kinds)
        layout.addWidget(self.extra)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply)
        for line in (
            self.search,
            self.date_from,
            self.date_to,
            self.fatalities_min,
            self.fatalities_max,
        ):
            line.textChanged.connect(self._debounce.start)
        self.actor.editingFinished.connect(self.apply)
        for combo in (self.sub_event_type, self.precision, self.geo_precision):
            combo.currentIndexChanged.connect(self.apply)
        for chooser in (self.places, self.tags):
            chooser.sig_chosen.connect(self.apply)
        self.event_type.currentIndexChanged.connect(self._event_type_changed)
        self.unverified.toggled.connect(self.apply)
        self.more.toggled.connect(self.extra.setVisible)
        self.clear.clicked.connect(self.clear_all)
        self.saved.sig_use.connect(self._use_saved)
        self.saved.sig_error.connect(self.error.setText)
        self._fill_sub_types()

    def set_actors(self, spellings: list[str]) -> None:
        """The registry's names and aliases, for completion (an import added actors)."""
        self.actor_names.setStringList(spellings)  # type: ignore[attr-defined]

    def fill_tags(self, tags: list[Tag]) -> None:
        """The driver/response choices (again after the tag manager changed them)."""
        self.tags.set_tags(tags, i18n.ui_language())

    # ---- reading the widgets ---------------------------------------------------------------
    def query(self, base: IncidentQuery) -> IncidentQuery | None:
        """``base`` (sorting, trash) narrowed by the widgets; None when a field is unreadable.

        Fields without a widget (a chart's recorded days, the map's cercle) stay as ``base``
        has them, until the filter is cleared."""
        if self._cleared:
            base = IncidentQuery(
                sort=base.sort, deleted_only=base.deleted_only, include_deleted=base.include_deleted
            )
        problems = []
        dates = []
        for field, end in ((self.date_from, 0), (self.date_to, 1)):
            text = field.text().strip()
            if not text:
                dates.append(None)
                continue
            try:
                dates.append(parse_period(text)[end])
            except DateParseError as exc:
                problems.append(i18n.date_error_text(exc))
                dates.append(None)
        actor = self.actor.text().strip()
        actors = frozenset()
        if actor:
            found = self.ctx.store.actors.match(actor)
            if found is None:
                problems.append(self.tr("no actor is called “{name}”").format(name=actor))
            else:
                actors = frozenset({found})
        if dates[0] and dates[1] and dates[0] > dates[1]:
            problems.append(self.tr("the first date is after the last"))
        low, high = self.fatalities_min.text(), self.fatalities_max.text()
        if low and high and int(low) > int(high):
            problems.append(self.tr("the lowest fatalities are above the highest"))
        if problems:  # said in red; the list keeps the filter the summary line names
            self.error.setText(
                self.tr("{problems} (the list still shows the filter below)").format(
                    problems="; ".join(problems)
                )
            )
            return None
        self.error.clear()
        event_type = self.event_type.currentData()
        sub = self.sub_event_type.currentData()
        precision = self.precision.currentData()
        self._cleared = False
        chosen_actors = self._kept("actors", next(iter(actors), None))
        chosen_tags = self.tags.codes()
        # A chart's "and also" groups narrow the actor or tag shown: changing it drops them.
        if chosen_actors != self._shown.actors:
            base = base.with_changes(actor_groups=())
        if chosen_tags != self._shown.tags:
            base = base.with_changes(tag_groups=(), exact_tag_groups=())
        chosen_places = self.places.values()
        if any(chosen_places[f] != getattr(self._shown, f) for f in PLACE_FIELDS):
            base = base.with_changes(admin1_groups=(), admin2_groups=())
        return base.with_changes(
            text=self.search.text().strip(),
            event_types=self._kept("event_types", event_type),
            sub_event_types=self._kept("sub_event_types", sub),
            **chosen_places,
            date_from=dates[0],
            date_to=dates[1],
            actors=chosen_actors,
            tags=chosen_tags,
            fatalities_min=int(low) if low else None,
            fatalities_max=int(high) if high else None,
            date_precisions=self._kept("date_precisions", precision),
            geo_precisions=self._kept("geo_precisions", self.geo_precision.currentData()),
            unverified_only=self.unverified.isChecked(),
        )

    def _kept(self, name: str, value: object) -> frozenset:
        """The widget's one value as a set; the several display() was given while the widget
        still shows the one it picked from them."""
        shown = getattr(self._shown, name)
        if len(shown) > 1 and value == min(shown):
            return shown
        return frozenset({value}) if value else frozenset()

    def display(self, query: IncidentQuery) -> None:
        """Set every widget from ``query`` without announcing each change."""
        widgets = (
            self.search,
            self.event_type,
            self.sub_event_type,
            self.precision,
            self.geo_precision,
            self.unverified,
            self.date_from,
            self.date_to,
            self.actor,
            self.fatalities_min,
            self.fatalities_max,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self._shown = query
        self.search.setText(query.text)
        self._select(self.event_type, min(query.event_types, default=ANY))
        self._fill_sub_types()
        self._select(self.sub_event_type, min(query.sub_event_types, default=ANY))
        self.places.show_values(
            {"countries": query.countries, "admin1": query.admin1, "admin2": query.admin2}
        )
        self.tags.show_codes(query.tags)
        self._select(self.precision, min(query.date_precisions, default=None))
        self._select(self.geo_precision, min(query.geo_precisions, default=None))
        self.unverified.setChecked(query.unverified_only)
        self.date_from.setText(query.date_from.strftime("%d/%m/%Y") if query.date_from else "")
        self.date_to.setText(query.date_to.strftime("%d/%m/%Y") if query.date_to else "")
        self.actor.setText(min(query.actors, default=""))
        self.fatalities_min.setText(
            "" if query.fatalities_min is None else str(query.fatalities_min)
        )
        self.fatalities_max.setText(
            "" if query.fatalities_max is None else str(query.fatalities_max)
        )
        for widget in widgets:
            widget.blockSignals(False)
        self.describe(query)

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(data)))

    def describe(self, query: IncidentQuery) -> None:
        """Spell out what is filtered, so the active filter is visible at a glance."""
        words = self.words(query)
        self.summary.setText(self.tr("Filter: {parts}").format(parts=words) if words else "")
        self.clear.setEnabled(bool(words))

    def words(self, query: IncidentQuery) -> str:
        """The filter in words, in the UI language (also the About sheet of an export)."""
        parts = []
        if query.text:
            parts.append(self.tr("text “{text}”").format(text=query.text))
        parts += [i18n.event_type_label(t) for t in sorted(query.event_types)]
        parts += [i18n.sub_event_type_label(t) for t in sorted(query.sub_event_types)]
        places = [*sorted(query.countries), *map(self._region, sorted(query.admin1))]
        if places or query.admin2:
            parts.append(self._either([*places, *sorted(query.admin2)]))
        for group in (*query.admin1_groups, *query.admin2_groups):
            names = self._either([self._region(r) for r in sorted(group)])
            parts.append(self.tr("and also {names}").format(names=names))
        parts += sorted(query.actors)
        for group in query.actor_groups:
            parts.append(self.tr("and also {names}").format(names=self._either(sorted(group))))
        # days in words: the About sheet of an export is read in other locales too
        locale = QLocale()
        if query.date_from or query.date_to:
            first = fmt.day_in_words(query.date_from, locale) if query.date_from else "…"
            last = fmt.day_in_words(query.date_to, locale) if query.date_to else "…"
            parts.append(f"{first} – {last}")
        if query.recorded_from or query.recorded_to:
            first = fmt.day_in_words(query.recorded_from, locale) if query.recorded_from else "…"
            last = fmt.day_in_words(query.recorded_to, locale) if query.recorded_to else "…"
            parts.append(self.tr("recorded {first} – {last}").format(first=first, last=last))
        if query.tags:
            parts.append(self._either(sorted(self._tag_words(c) for c in query.tags)))
        for group in (*query.tag_groups, *query.exact_tag_groups):
            names = self._either([self._tag_words(c) for c in sorted(group)])
            parts.append(self.tr("and also {names}").format(names=names))
        if query.fatalities_min is not None or query.fatalities_max is not None:
            parts.append(
                self.tr("fatalities {low}–{high}").format(
                    low=query.fatalities_min if query.fatalities_min is not None else 0,
                    high=query.fatalities_max if query.fatalities_max is not None else "…",
                )
            )
        # several precisions (a clicked week keeps day and week): one phrase, not one each
        if query.date_precisions:
            names = [self.precision.itemText(self.precision.findData(p))
                     for p in sorted(query.date_precisions)]  # fmt: skip
            parts.append(self.tr("date precision: {name}").format(name=self._either(names)))
        if query.geo_precisions:
            names = [self.geo_precision.itemText(self.geo_precision.findData(p))
                     for p in sorted(query.geo_precisions)]  # fmt: skip
            parts.append(self.tr("location precision: {name}").format(name=self._either(names)))
        if query.unverified_only:
            parts.append(self.tr("unverified places"))
        return " · ".join(parts)

    def _region(self, name: str) -> str:
        return name or self.tr("no region")

    def _tag_words(self, code: str) -> str:
        return self.tags.label(code)

    def _either(self, names: list[str]) -> str:
        """ "A", "A or B", "A, B or C" (and the count past five)."""
        if len(names) > 5:
            return self.tr("{first} or {count} others").format(
                first=", ".join(names[:4]), count=len(names) - 4
            )
        if len(names) == 1:
            return names[0]
        return self.tr("{names} or {last}").format(names=", ".join(names[:-1]), last=names[-1])

    # ---- user intents ----------------------------------------------------------------------
    def apply(self) -> None:
        self.saved.forget_choice()
        self.sig_changed.emit()

    def clear_all(self) -> None:
        self.display(IncidentQuery())
        self._cleared = True  # fields without a widget go too
        self.apply()

    def _event_type_changed(self) -> None:
        self._fill_sub_types()
        self.apply()

    def _fill_sub_types(self) -> None:
        event_type = self.event_type.currentData()
        self.sub_event_type.blockSignals(True)
        self.sub_event_type.clear()
        self.sub_event_type.addItem(self.tr("All sub-event types"), ANY)
        for sub in taxonomy.SUB_EVENT_TYPES.get(event_type, ()):
            self.sub_event_type.addItem(i18n.sub_event_type_label(sub), sub)
        self.sub_event_type.setEnabled(bool(event_type))
        self.sub_event_type.blockSignals(False)

    def _use_saved(self, query: IncidentQuery) -> None:
        self.display(query)
        self.apply()
