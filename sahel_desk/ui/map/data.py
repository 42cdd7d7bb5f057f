"""What one map reload fetches, built in the worker thread: SQL through ``store.reports``, then
the counts per shape and the point arrays the panel hands to pyqtgraph. No widgets here."""

from __future__ import annotations

from dataclasses import dataclass

from sahel_desk.domain.query import IncidentQuery
from sahel_desk.reference import boundaries
from sahel_desk.store import Store
from sahel_desk.ui.map import layers
from sahel_desk.ui.map.layers import Choropleth, PointLayers

CHOROPLETH_MODES = ("admin1", "admin2")
POINT_MODES = ("event_type", "actor1")
MODES = CHOROPLETH_MODES + POINT_MODES


@dataclass(frozen=True)
class MapData:
    """Always the counts per region (hover, notes); per cercle in the cercle mode; the point
    layers in a point mode."""

    mode: str
    query: IncidentQuery
    regions: Choropleth
    cercles: Choropleth | None
    points: PointLayers | None

    @property
    def shown(self) -> Choropleth:
        """The counts the hover and the fills use: cercles in the cercle mode, else regions."""
        return self.cercles if self.cercles is not None else self.regions


def fetch(store: Store, mode: str, query: IncidentQuery) -> MapData:
    if mode not in MODES:
        raise ValueError(f"unknown map mode {mode!r}: use one of {', '.join(MODES)}")

    def tally(level: str) -> Choropleth:
        rows = store.reports.counts((level,), query)
        return layers.choropleth(boundaries.tally(level, [(r.key[0], r.incidents) for r in rows]))

    points = None
    if mode in POINT_MODES:
        points = layers.point_layers(store.reports.points(query), mode)
    return MapData(
        mode=mode,
        query=query,
        regions=tally("admin1"),
        cercles=tally("admin2") if mode == "admin2" else None,
        points=points,
    )
