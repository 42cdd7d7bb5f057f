"""Gazetteer entries: places a user can pick, with every name they go by."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sahel_desk.domain.text import fold


class PlaceKind(enum.StrEnum):
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    ADMIN3 = "admin3"
    SETTLEMENT = "settlement"


@dataclass(frozen=True)
class GazetteerEntry:
    """One known place.

    ``ref`` is stable across gazetteer rebuilds: ``ocha:<P-code>`` for OCHA settlements
    and admin units, ``geonames:<id>`` for GeoNames-only places, ``sd:<code>`` for the
    few Sahel Desk adds itself (the post-2016 regions, neighbours' admin1).
    ``admin1`` uses the post-2016 regions (Ménaka, Taoudénit) where the place lies in them.
    """

    ref: str
    name: str
    kind: PlaceKind
    country: str
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    latitude: float | None = None
    longitude: float | None = None
    alt_names: tuple[str, ...] = ()
    population: int | None = None

    @property
    def keys(self) -> frozenset[str]:
        """Folded name and alternate names: what an accent-insensitive lookup compares."""
        return frozenset(k for k in map(fold, (self.name, *self.alt_names)) if k)

    @property
    def context(self) -> str:
        """Where it is, to tell homonyms apart: ``Koro — Mopti, Koro``."""
        parts = [p for p in (self.admin1, self.admin2) if p and p != self.name]
        return f"{self.name} — {', '.join(parts)}" if parts else self.name
