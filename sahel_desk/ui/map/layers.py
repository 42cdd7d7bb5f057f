"""What the map draws, computed off the GUI thread: colour classes for a choropleth, and point
layers (one per colour) for incidents. No Qt here, so the worker can build it and tests can
check it; the panel only hands the arrays to pyqtgraph.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from sahel_desk.domain.points import IncidentPoints
from sahel_desk.reference.boundaries import AreaTally
from sahel_desk.ui.palette import CATEGORICAL, EVENT_TYPES, OTHER_COLOUR, event_type_colour

# ColorBrewer YlOrRd, 5 classes: sequential, print- and colour-blind-safe, and still ordered
# when seen in grey. Zero is drawn apart (a neutral tone from the palette) so that "none"
# never reads as "a few".
SEQUENTIAL = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
OTHER = ""  # the key of the "other" layer
TOP_ACTORS = 7
# Marker diameter (logical px) by fatalities: (lowest of the class, size). Unknown tolls take
# the smallest size, with zero: the legend says so.
SIZE_CLASSES = ((0, 5.0), (1, 7.0), (5, 10.0), (20, 14.0), (50, 19.0))
# An unknown toll is not zero: drawn as a ring of the layer's colour (style after the sizes)
UNKNOWN = len(SIZE_CLASSES)
UNKNOWN_SIZE = 8.0
STYLES_PER_LAYER = len(SIZE_CLASSES) + 1


def nice_ceiling(value: float) -> int:
    """The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k at or above ``value`` (whole
    numbers only): round enough to read, fine enough not to merge classes."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        candidate = step * power
        if candidate >= value and float(candidate).is_integer():
            return int(candidate)
    return int(10 * power)


def class_breaks(counts: list[int], classes: int = len(SEQUENTIAL)) -> list[int]:
    """Upper bounds of up to ``classes`` colour classes over the non-zero counts: quantiles
    rounded up to nice numbers (so the legend reads "1–50, 51–200"), the last one the maximum.
    Empty when every count is zero."""
    values = sorted(c for c in counts if c > 0)
    if not values:
        return []
    breaks: list[int] = []
    for k in range(1, classes):
        bound = nice_ceiling(values[min(len(values) - 1, len(values) * k // classes)])
        if bound < values[-1] and (not breaks or bound > breaks[-1]):
            breaks.append(bound)
    breaks.append(values[-1])
    return breaks


def class_of(count: int, breaks: list[int]) -> int:
    """-1 for zero, else the index of the class holding ``count``."""
    if count <= 0:
        return -1
    for index, bound in enumerate(breaks):
        if count <= bound:
            return index
    return len(breaks) - 1


def class_ranges(breaks: list[int]) -> list[tuple[int, int]]:
    """(low, high) of each class, for the legend; none when nothing is counted."""
    if not breaks:
        return []
    lows = [1, *(b + 1 for b in breaks[:-1])]
    return list(zip(lows, breaks, strict=True))


def class_colours(breaks: list[int]) -> list[str]:
    """The colour of each class: spread over the whole scale when there are fewer classes."""
    n = len(breaks)
    if n <= 1:
        return list(SEQUENTIAL[-1:]) if n else []
    last = len(SEQUENTIAL) - 1
    return [SEQUENTIAL[round(k * last / (n - 1))] for k in range(n)]


@dataclass(frozen=True)
class Choropleth:
    """Counts per drawn shape and the colour class of each."""

    tally: AreaTally
    breaks: list[int]

    def colour_index(self, name: str) -> int:
        return class_of(self.tally.counts.get(name, 0), self.breaks)


def choropleth(tally: AreaTally) -> Choropleth:
    return Choropleth(tally, class_breaks(list(tally.counts.values())))


# --- Points ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PointLayer:
    key: str  # event type code or actor name; OTHER for the rest
    colour: str
    count: int

    def __len__(self) -> int:
        return self.count


@dataclass(frozen=True)
class PointLayers:
    """Points in drawing order (the largest group first, so small ones stay visible on top),
    each with a style: ``layer index * STYLES_PER_LAYER + size class`` (UNKNOWN: a ring)."""

    by: str  # "event_type" or "actor1"
    layers: tuple[PointLayer, ...]
    x: np.ndarray  # longitude
    y: np.ndarray  # latitude
    style: np.ndarray
    ids: np.ndarray  # each point's incident id (pointing at a point names it, a click opens it)
    fatalities: np.ndarray  # NaN for an unknown toll
    size_counts: tuple[int, ...]  # incidents per SIZE_CLASSES entry, then unknown tolls
    unknown_fatalities: int
    without_coordinates: int

    @property
    def drawn(self) -> int:
        return len(self.x)

    def nearest(self, x: float, y: float, per_px: tuple[float, float], radius: float) -> int | None:
        """The index of the point drawn nearest to (x, y) within ``radius`` screen pixels
        (``per_px``: data units per pixel on each axis), the topmost on a tie; else None."""
        if not len(self.x):
            return None
        d2 = ((self.x - x) / per_px[0]) ** 2 + ((self.y - y) / per_px[1]) ** 2
        k = len(d2) - 1 - int(np.argmin(d2[::-1]))  # drawn last = on top
        return k if d2[k] <= radius**2 else None

    def layer_of(self, k: int) -> PointLayer:
        return self.layers[int(self.style[k]) // STYLES_PER_LAYER]

    def styles(self) -> list[tuple[str, float, bool]]:
        """(colour, diameter, ring) of each style index: a ring for an unknown toll."""
        return [
            style
            for layer in self.layers
            for style in (
                *((layer.colour, size, False) for _, size in SIZE_CLASSES),
                (layer.colour, UNKNOWN_SIZE, True),
            )
        ]


def size_classes(fatalities: np.ndarray) -> np.ndarray:
    """The SIZE_CLASSES index of each incident; UNKNOWN for NaN, an unknown toll."""
    known = np.nan_to_num(fatalities, nan=0.0)
    lows = np.array([low for low, _ in SIZE_CLASSES], dtype=float)
    classes = np.searchsorted(lows, known, side="right") - 1
    classes[np.isnan(fatalities)] = UNKNOWN
    return classes


def point_layers(points: IncidentPoints, by: str, top: int = TOP_ACTORS) -> PointLayers:
    """One layer per event type (fixed colours), or per actor 1 for the ``top`` commonest
    plus one for every other actor."""
    if by == "event_type":
        column = points.event_type
        present = set(column)
        keys = [t for t in EVENT_TYPES if t in present]
        keys += sorted(present - set(keys))  # a type outside the taxonomy (imported)
        colours = {t: event_type_colour(t) for t in keys if t in EVENT_TYPES}
    elif by == "actor1":
        column = points.actor1
        keys = [name for name, _ in Counter(column).most_common(top)]
        colours = {}
    else:
        raise ValueError(f"cannot colour points by {by!r}: use 'event_type' or 'actor1'")
    index = {key: n for n, key in enumerate(keys)}
    other = len(keys)
    codes = np.fromiter((index.get(v, other) for v in column), dtype=np.intp, count=len(column))
    counts = np.bincount(codes, minlength=other + 1)
    spare = iter(c for c in CATEGORICAL if c not in colours.values())
    found = []
    for code, key in [*enumerate(keys), (other, OTHER)]:
        if counts[code]:
            colour = OTHER_COLOUR if key == OTHER else colours.get(key) or next(spare, OTHER_COLOUR)
            found.append((code, PointLayer(key, colour, int(counts[code]))))
    found.sort(key=lambda item: -item[1].count)
    rank = np.zeros(other + 1, dtype=np.intp)
    for n, (code, _layer) in enumerate(found):
        rank[code] = n
    fatalities = np.asarray(points.fatalities, dtype=float)
    sizes = size_classes(fatalities)
    style = rank[codes] * STYLES_PER_LAYER + sizes
    order = np.argsort(rank[codes], kind="stable")
    return PointLayers(
        by=by,
        layers=tuple(layer for _, layer in found),
        x=np.asarray(points.longitude, dtype=float)[order],
        y=np.asarray(points.latitude, dtype=float)[order],
        style=style[order],
        ids=np.asarray(points.ids, dtype=np.int64)[order],
        fatalities=fatalities[order],
        size_counts=tuple(int(n) for n in np.bincount(sizes, minlength=STYLES_PER_LAYER)),
        unknown_fatalities=int(np.isnan(fatalities).sum()),
        without_coordinates=points.without_coordinates,
    )
