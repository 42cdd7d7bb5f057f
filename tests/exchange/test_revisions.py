"""ACLED's later versions of events the database holds: a revision moves an event by days;
one that moves it by months or to another region is said, as it may be another event under
the same id (a colleague's own numbering)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from exchange.sharing import import_file

from sahel_desk.domain.incident import EventDate
from sahel_desk.jobs import imports
from sahel_desk.store import Store
from sahel_desk.synthetic.acled_files import acled_incidents, write_acled


def test_a_revision_that_moves_an_event_far_is_said(store: Store, tmp_path: Path) -> None:
    events = acled_incidents(6, seed=21)
    import_file(store, write_acled(tmp_path / "v1.csv", events))
    later = [e.with_changes(external_timestamp=(e.external_timestamp or 0) + 86_400)
             for e in events]  # fmt: skip
    far, region, toll, near = later[:4]
    later[0] = far.with_changes(date=EventDate(far.date.day - dt.timedelta(days=730)))
    other = "Gao" if region.place.admin1 != "Gao" else "Mopti"
    later[1] = region.with_changes(place=replace(region.place, admin1=other, ref=None))
    later[2] = toll.with_changes(fatalities=(toll.fatalities or 0) + 1)
    later[3] = near.with_changes(date=EventDate(near.date.day - dt.timedelta(days=10)))
    plan = imports.plan_import(store, write_acled(tmp_path / "v2.csv", later))
    rows = {r.incident.external_id: r for r in plan.rows if r.incident is not None}
    assert all(rows[e.external_id].action == imports.UPDATE for e in later[:4])
    first = [str(rows[e.external_id].problems[0]) for e in later[:2]]
    assert first[0].startswith("event_date: the file's version moves this event by 730 days")
    assert first[1].startswith(
        f"admin1: the file's version moves this event from {region.place.admin1} to {other}"
    )
    for event in later[2:4]:  # an ordinary revision: nothing to check
        said = " ".join(map(str, rows[event.external_id].problems))
        assert "moves this event" not in said
    notes = [str(n) for n in plan.notes]
    assert any("move an event by more than a month or to another region: 2;" in n for n in notes)
