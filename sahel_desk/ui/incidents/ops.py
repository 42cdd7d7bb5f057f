"""User intents that write incidents: each runs a Store call off the GUI thread and announces
what changed, so every view refreshes what concerns it."""

from __future__ import annotations

from collections.abc import Callable

from sahel_desk.domain.history import Changes
from sahel_desk.domain.incident import Incident
from sahel_desk.store import Store
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.incidents.selection import Chosen
from sahel_desk.ui.incidents.undo import DeleteCommand, RetagCommand, SaveCommand


def _ids(store: Store, ids: frozenset[int] | Chosen) -> frozenset[int]:
    """Ids in hand, or read now, on the worker (a selection of the whole list)."""
    return ids.resolve(store) if isinstance(ids, Chosen) else ids


def save_incident(
    *,
    ctx: AppContext,
    incident: Incident,
    before: Incident | None,
    on_done: Callable[[Incident], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Add a new incident or update an edited one (history is written with it); undoable."""
    store = ctx.store

    def work() -> Incident:
        if incident.id is None:
            return store.incidents.add(incident)
        return store.incidents.update(incident)

    def done(saved: Incident) -> None:
        ctx.undo.push(SaveCommand(store, ctx.events, before, saved))
        ctx.events.sig_data_changed.emit(Changes(incidents=frozenset({saved.id or 0})))
        on_done(saved)

    ctx.tasks.run(work, done, on_error, write=True)


def delete_incidents(
    *,
    ctx: AppContext,
    ids: frozenset[int] | Chosen,
    restore: bool = False,
    on_error: Callable[[Exception], None],
    on_done: Callable[[Changes], None] | None = None,
) -> None:
    """Move to the trash (or back out of it); undoable. Nothing is destroyed."""
    store = ctx.store

    def work() -> Changes:
        chosen = _ids(store, ids)
        return store.incidents.restore(chosen) if restore else store.incidents.delete(chosen)

    def done(changes: Changes) -> None:
        if changes.incidents:
            ctx.undo.push(DeleteCommand(store, ctx.events, changes.incidents, restore))
        ctx.events.sig_data_changed.emit(changes)
        if on_done is not None:
            on_done(changes)

    ctx.tasks.run(work, done, on_error, write=True)


def retag_incidents(
    *,
    ctx: AppContext,
    ids: frozenset[int] | Chosen,
    add: frozenset[str],
    remove: frozenset[str],
    on_error: Callable[[Exception], None],
) -> None:
    """Add or remove drivers/responses on many incidents in one undoable step."""
    store = ctx.store

    def work() -> tuple[dict[int, frozenset[str]], Changes]:
        before = {i.id or 0: i.tags for i in store.incidents.get_many(sorted(_ids(store, ids)))}
        return before, store.incidents.retag(before, add=add, remove=remove)

    def done(result: tuple[dict[int, frozenset[str]], Changes]) -> None:
        before, changes = result
        if changes.incidents:
            touched = {k: v for k, v in before.items() if k in changes.incidents}
            ctx.undo.push(RetagCommand(store, ctx.events, touched, add, remove))
        ctx.events.sig_data_changed.emit(changes)

    ctx.tasks.run(work, done, on_error, write=True)


def empty_trash(
    *, ctx: AppContext, on_done: Callable[[int], None], on_error: Callable[[Exception], None]
) -> None:
    """Destroy what is in the trash. Not undoable: the caller asks first."""
    store = ctx.store

    def done(count: int) -> None:
        if count:
            ctx.undo.clear()  # older steps may refer to what is now gone
        ctx.events.sig_data_changed.emit(Changes())
        on_done(count)

    ctx.tasks.run(store.incidents.purge, done, on_error, write=True)
