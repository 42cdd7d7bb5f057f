"""User intents that write incidents: each runs a Store call off the GUI thread and announces
what changed, so every view refreshes what concerns it."""

from __future__ import annotations

from collections.abc import Callable

from sahel_desk.domain.history import Changes
from sahel_desk.domain.incident import Incident
from sahel_desk.ui.context import AppContext


def save_incident(
    *,
    ctx: AppContext,
    incident: Incident,
    on_done: Callable[[Incident], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Add a new incident or update an edited one (history is written with it)."""
    store = ctx.store

    def work() -> Incident:
        if incident.id is None:
            return store.incidents.add(incident)
        return store.incidents.update(incident)

    def done(saved: Incident) -> None:
        ctx.events.sig_data_changed.emit(Changes(incidents=frozenset({saved.id or 0})))
        on_done(saved)

    ctx.tasks.run(work, done, on_error)
