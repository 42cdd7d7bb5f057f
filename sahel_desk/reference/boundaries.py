"""The shipped boundaries of Mali (``resources/geo/``, OCHA COD-AB 2015) and the rule that fits
the post-2016 regions onto them.

The files hold 2015's 9 regions and 50 cercles (``scripts/build_boundaries.py``). Incidents
use the 11 regions of the 2016 reform, so the map needs a rule for the two the polygons lack:

- **Ménaka** is drawn as its own region in the 2015 cercle of Ménaka (which the reform made
  the region, and which lies inside 2015's Gao polygon). Its shape is drawn over Gao's, so
  Gao as seen is Gao without Ménaka, as today.
- **Taoudénit** (carved out of northern Tombouctou) has no polygon to borrow: its incidents
  are counted in Tombouctou's, and the map must say so in words.

Cercles need no rule: the reform kept 2015's cercles (the gazetteer files Taoudénit's places
under Tombouctou's cercles). Pure Python: the map's widgets, tests and scripts share it.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from sahel_desk.paths import resource

MENAKA = "Ménaka"
TAOUDENIT = "Taoudénit"
# Post-2016 region without a polygon -> the 2015 region whose polygon counts it.
COUNTED_IN = {TAOUDENIT: "Tombouctou"}
# Post-2016 region -> the 2015 cercle whose polygon draws it.
DRAWN_AS_CERCLE = {MENAKA: "Ménaka"}
LEVELS = ("admin1", "admin2")
ATTRIBUTION = "Boundaries: OCHA / ITOS / Government of Mali (COD-AB), CC BY-IGO"

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Shape:
    """One unit: its canonical name, P-code, parent region (2015) and closed rings (lon, lat),
    outer ring first; holes are further rings (the even-odd rule draws and tests them)."""

    name: str
    pcode: str
    region: str
    rings: tuple[Ring, ...]
    bbox: tuple[float, float, float, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        xs = [x for ring in self.rings for x, _ in ring]
        ys = [y for ring in self.rings for _, y in ring]
        object.__setattr__(self, "bbox", (min(xs), min(ys), max(xs), max(ys)))

    def contains(self, lon: float, lat: float) -> bool:
        """Even-odd ray casting over every ring (so a hole is outside)."""
        x0, y0, x1, y1 = self.bbox
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            return False
        inside = False
        for ring in self.rings:
            for (ax, ay), (bx, by) in pairwise(ring):
                if (ay > lat) != (by > lat) and lon < ax + (lat - ay) * (bx - ax) / (by - ay):
                    inside = not inside
        return inside

    @property
    def area(self) -> float:
        """Area in square degrees (outer ring less holes): for drawing order, not for measure."""
        areas = [abs(_signed_area(ring)) for ring in self.rings]
        return areas[0] - sum(areas[1:])

    def centroid(self) -> tuple[float, float]:
        """(lon, lat) area centroid of the outer ring."""
        return _centroid([self.rings[0]])


def _signed_area(ring: Ring) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(ring)) / 2


def _centroid(rings: Iterable[Ring]) -> tuple[float, float]:
    total = cx = cy = 0.0
    for ring in rings:
        for (x1, y1), (x2, y2) in pairwise(ring):
            cross = x1 * y2 - x2 * y1
            total += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
    return cx / (3 * total), cy / (3 * total)


# --- Loading -----------------------------------------------------------------------------------


def boundaries_path(level: str) -> Path:
    if level not in LEVELS:
        raise ValueError(f"no boundaries for level {level!r}: use one of {', '.join(LEVELS)}")
    return resource("geo", f"{level}.json.gz")


def read_shapes(path: Path) -> tuple[Shape, ...]:
    """The shapes of one shipped file; ValueError naming the file when it is malformed."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        return tuple(
            Shape(
                name=unit["name"],
                pcode=unit["pcode"],
                region=unit["region"],
                rings=tuple(tuple((float(x), float(y)) for x, y in ring) for ring in unit["rings"]),
            )
            for unit in data["units"]
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path.name}: not a Sahel Desk boundaries file ({exc})") from exc


@functools.cache
def shapes_2015(level: str) -> tuple[Shape, ...]:
    """The shipped 2015 units of ``level`` ("admin1" or "admin2"), read once per process."""
    return read_shapes(boundaries_path(level))


@functools.cache
def map_shapes(level: str) -> tuple[Shape, ...]:
    """The shapes the map draws, in drawing order (largest first, so a unit drawn inside
    another, Ménaka in Gao or Bamako in Koulikoro, lies on top of it).

    For "admin1": the 9 regions of 2015 plus Ménaka drawn as its 2015 cercle. For "admin2":
    the 50 cercles (Ménaka's parent region given as Ménaka, as the incidents file it).
    """
    shapes = list(shapes_2015(level))
    if level == "admin1":
        cercles = {shape.name: shape for shape in shapes_2015("admin2")}
        for region, cercle in DRAWN_AS_CERCLE.items():
            source = cercles[cercle]
            shapes.append(Shape(region, source.pcode, region, source.rings))
    else:
        shapes = [
            Shape(s.name, s.pcode, MENAKA, s.rings) if s.name in DRAWN_AS_CERCLE.values() else s
            for s in shapes
        ]
    return tuple(sorted(shapes, key=lambda s: -s.area))


def shape_at(shapes: Iterable[Shape], lon: float, lat: float) -> Shape | None:
    """The topmost shape of ``shapes`` (in drawing order) under (lon, lat), or None."""
    for shape in reversed(tuple(shapes)):
        if shape.contains(lon, lat):
            return shape
    return None


def label_point(name: str) -> tuple[float, float]:
    """(lon, lat) where the map writes a region's name: the area-weighted centroid of its own
    cercles (so Gao's label stays out of Ménaka's shape). Any shape's centroid otherwise."""
    cercles = [s for s in map_shapes("admin2") if s.region == name]
    if cercles:
        weights = [(s.area, s.centroid()) for s in cercles]
        total = sum(w for w, _ in weights)
        return (
            sum(w * x for w, (x, _) in weights) / total,
            sum(w * y for w, (_, y) in weights) / total,
        )
    for level in LEVELS:
        for shape in map_shapes(level):
            if shape.name == name:
                return shape.centroid()
    raise KeyError(name)


# --- Incidents onto shapes ---------------------------------------------------------------------


def shape_name_for(level: str, admin_name: str) -> str | None:
    """The map shape that counts incidents filed under ``admin_name`` at ``level``, or None
    when no shape does (another country's region, an empty or unknown name)."""
    name = COUNTED_IN.get(admin_name, admin_name) if level == "admin1" else admin_name
    return name if name in {s.name for s in map_shapes(level)} else None


def admin_names_of(level: str, shape_name: str) -> frozenset[str]:
    """The admin names a click on a shape filters to: the shape's own, plus the regions
    counted in it (Tombouctou -> Tombouctou and Taoudénit), so the table shows exactly the
    incidents the shape counts."""
    names = {shape_name}
    if level == "admin1":
        names |= {region for region, host in COUNTED_IN.items() if host == shape_name}
    return frozenset(names)


@dataclass(frozen=True)
class AreaTally:
    """Incident counts per drawn shape, and what could not be drawn where it was filed."""

    level: str
    counts: dict[str, int]  # every drawn shape's name -> incidents (0 included)
    folded: dict[str, tuple[str, int]]  # region without polygon -> (shape counting it, incidents)
    unplaced: int  # incidents whose admin name matches no shape (empty, unknown, not Mali)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def tally(level: str, counts: Iterable[tuple[str, int]]) -> AreaTally:
    """(admin name, incidents) pairs, as ``store.reports.counts((level,))`` gives them,
    gathered onto the drawn shapes of ``level``."""
    drawn = {shape.name: 0 for shape in map_shapes(level)}
    # Said even at 0: the legend must not let Taoudénit's absence pass for no incidents.
    folded = {r: (host, 0) for r, host in COUNTED_IN.items()} if level == "admin1" else {}
    unplaced = 0
    for name, n in counts:
        target = shape_name_for(level, name or "")
        if target is None:
            unplaced += n
            continue
        drawn[target] += n
        if target != name:
            host, before = folded.get(name, (target, 0))
            folded[name] = (host, before + n)
    return AreaTally(level, drawn, folded, unplaced)
