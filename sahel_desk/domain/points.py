"""IncidentPoints: the incidents of a query as places on a map, column by column.

Parallel tuples rather than one object per incident: the map draws 100,000 of them, and
columns go straight into arrays. ``store.reports.ReportRepo.points`` fills it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class IncidentPoints:
    """Incidents with coordinates (by id), and how many matching ones have none.

    ``fatalities`` is NaN where the toll is unknown: unknown is not zero, and NaN keeps the
    column numeric. ``actor1`` is the registry name of actor 1.
    """

    ids: tuple[int, ...] = ()
    latitude: tuple[float, ...] = ()
    longitude: tuple[float, ...] = ()
    fatalities: tuple[float, ...] = ()
    event_type: tuple[str, ...] = ()
    actor1: tuple[str, ...] = ()
    without_coordinates: int = 0

    def __post_init__(self) -> None:
        lengths = {
            len(column)
            for column in (
                self.ids,
                self.latitude,
                self.longitude,
                self.fatalities,
                self.event_type,
                self.actor1,
            )
        }
        if len(lengths) > 1:
            raise ValueError(f"IncidentPoints columns differ in length: {sorted(lengths)}")

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def unknown_fatalities(self) -> int:
        """How many of the drawn incidents have an unknown toll."""
        return sum(1 for f in self.fatalities if math.isnan(f))
