"""Build the shipped boundaries (``resources/geo/``) from the OCHA COD-AB files of Mali (2015).

Run from the repository root::

    .venv/bin/python scripts/build_boundaries.py [--shared /work/shared/data] [--tolerance 0.01]

Reads ``mali_adm1.geojson`` (9 regions) and ``mali_adm2.geojson`` (50 cercles), simplifies
every ring with Douglas–Peucker (tolerance in degrees; a ring that would lose its shape or
cross itself is simplified again at half the tolerance, down to none), rounds coordinates to
4 decimals (about 11 m) and writes

- ``admin1.json.gz`` and ``admin2.json.gz``: ``{"level", "source", "tolerance", "units":
  [{"name", "pcode", "region", "region_pcode", "rings": [[[lon, lat], ...], ...]}]}``, rings
  closed (first point repeated last), outer ring first;
- ``ATTRIBUTION.md``: source, licence and what was changed.

Names are the app's canonical spellings (``canonical_admin``: ``Koulikouro`` -> ``Koulikoro``,
``Segou`` -> ``Ségou``); the build stops if one is not a region or cercle of the gazetteer.
The files stay 2015's: the post-2016 regions (Ménaka, Taoudénit) are the app's rule, in
``sahel_desk/reference/boundaries.py``. Output is deterministic (gzip without a timestamp).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from itertools import pairwise
from pathlib import Path

from sahel_desk.domain.places import PlaceKind
from sahel_desk.reference.gazetteer import canonical_admin, load_places

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "resources" / "geo"
DIGITS = 4
SOURCE = "OCHA / ITOS / Government of Mali, COD-AB 2015 (validOn 2015-04-08), CC BY-IGO"

Point = tuple[float, float]

ATTRIBUTION = """\
# Boundaries: sources, licence, changes

Boundaries: OCHA / ITOS / Government of Mali (COD-AB), CC BY-IGO.

`admin1.json.gz` (9 regions) and `admin2.json.gz` (50 cercles) are built by
`scripts/build_boundaries.py` from the **OCHA Common Operational Dataset, administrative
boundaries of Mali** (`mali_adm1.geojson`, `mali_adm2.geojson`, valid on 2015-04-08),
published by OCHA with the Government of Mali and ITOS under the Creative Commons Attribution
for Intergovernmental Organisations licence (CC BY-IGO 3.0).

## What was changed

- Only the name, P-code, parent region and rings are kept.
- Rings simplified with Douglas–Peucker at {tolerance}° (about {km:.1f} km), at half that
  where a ring would otherwise cross itself or collapse, and rounded to {digits} decimals;
  every ring stays closed and simple. Neighbouring units are simplified apart, so their
  shared borders may differ by up to the tolerance: fine for a map, not for measuring.
- Names use the official accented spellings the app uses (`Koulikouro` -> `Koulikoro`,
  `Segou` -> `Ségou`, `Menaka` -> `Ménaka`, …).
- The boundaries predate the 2016 reform: there is no Ménaka or Taoudénit region. The app
  draws Ménaka in the 2015 cercle of Ménaka (Gao) and counts Taoudénit in Tombouctou, and says
  so on the map (`sahel_desk/reference/boundaries.py`).

## Last build

{summary}
"""


# --- Simplification ------------------------------------------------------------------------


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    if length2 == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def douglas_peucker(line: list[Point], tolerance: float) -> list[Point]:
    """The open polyline ``line`` simplified; its first and last points always stay."""
    if len(line) < 3:
        return list(line)
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]  # iterative: a 5,000-point border would overflow recursion
    while stack:
        first, last = stack.pop()
        best, index = -1.0, -1
        for k in range(first + 1, last):
            d = _segment_distance(line[k], line[first], line[last])
            if d > best:
                best, index = d, k
        if index > 0 and best > tolerance:
            keep[index] = True
            stack.extend(((first, index), (index, last)))
    return [p for p, kept in zip(line, keep, strict=True) if kept]


def simplify_ring(ring: list[Point], tolerance: float) -> list[Point]:
    """A closed ring simplified: split at the point farthest from the first, so both halves
    are open lines with fixed ends, then joined and closed again."""
    if ring[0] != ring[-1]:
        ring = [*ring, ring[0]]
    start = ring[0]
    far = max(range(len(ring)), key=lambda k: math.dist(ring[k], start))
    first = douglas_peucker(ring[: far + 1], tolerance)
    second = douglas_peucker(ring[far:], tolerance)
    return first[:-1] + second


def _orientation(a: Point, b: Point, c: Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    """True when segments ab and cd touch or cross (collinear overlaps included)."""
    o1, o2 = _orientation(a, b, c), _orientation(a, b, d)
    o3, o4 = _orientation(c, d, a), _orientation(c, d, b)
    if ((o1 > 0) != (o2 > 0)) and ((o3 > 0) != (o4 > 0)) and o1 and o2 and o3 and o4:
        return True

    def on(p: Point, q: Point, r: Point) -> bool:
        return min(p[0], q[0]) <= r[0] <= max(p[0], q[0]) and min(p[1], q[1]) <= r[1] <= max(
            p[1], q[1]
        )

    return (
        (o1 == 0 and on(a, b, c))
        or (o2 == 0 and on(a, b, d))
        or (o3 == 0 and on(c, d, a))
        or (o4 == 0 and on(c, d, b))
    )


def is_simple(ring: list[Point]) -> bool:
    """Closed, at least three distinct corners, non-zero area, no two edges meeting except
    neighbours at their shared corner. A sweep over edges sorted by their left end."""
    if len(ring) < 4 or ring[0] != ring[-1] or len(set(ring[:-1])) != len(ring) - 1:
        return False
    if abs(ring_area(ring)) == 0:
        return False
    n = len(ring) - 1
    edges = sorted(range(n), key=lambda k: min(ring[k][0], ring[k + 1][0]))
    active: list[int] = []
    for k in edges:
        a, b = ring[k], ring[k + 1]
        left = min(a[0], b[0])
        active = [j for j in active if max(ring[j][0], ring[j + 1][0]) >= left]
        for j in active:
            if abs(j - k) in (1, n - 1):
                continue  # neighbours share a corner by construction
            if _cross(a, b, ring[j], ring[j + 1]):
                return False
        active.append(k)
    return True


def ring_area(ring: list[Point]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(ring)) / 2


def shipped_ring(ring: list[Point], tolerance: float) -> tuple[list[Point], float]:
    """The ring as shipped and the tolerance used: halved until the result is simple."""
    tol = tolerance
    while True:
        simplified = _rounded(simplify_ring(ring, tol)) if tol > 0 else _rounded(ring)
        if is_simple(simplified) or tol == 0:
            break
        tol = tol / 2 if tol > tolerance / 64 else 0.0
    if not is_simple(simplified):
        raise ValueError("a ring of the source file is not a simple polygon even unsimplified")
    return simplified, tol


def _rounded(ring: list[Point]) -> list[Point]:
    out: list[Point] = []
    for x, y in ring:
        p = (round(x, DIGITS), round(y, DIGITS))
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out


# --- Reading and writing ---------------------------------------------------------------------


def _admin_names() -> dict[int, set[str]]:
    names: dict[int, set[str]] = {1: set(), 2: set()}
    for entry in load_places():
        if entry.country == "Mali" and entry.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2):
            names[1 if entry.kind is PlaceKind.ADMIN1 else 2].add(entry.name)
    return names


def build_level(path: Path, level: int, tolerance: float, notes: list[str]) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    known = _admin_names()
    units = []
    points_in = points_out = 0
    for feature in data["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        written = props[f"admin{level}Name"]
        name = canonical_admin(written)
        region = canonical_admin(props["admin1Name"])
        if name not in known[level] or region not in known[1]:
            raise ValueError(
                f"{path.name}: {written!r} (level {level}) has no canonical name in the gazetteer"
            )
        if name != written:
            notes.append(f"{written} -> {name}")
        polygons = (
            geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]]
        )
        rings = []
        for polygon in polygons:
            for ring in polygon:
                source = [(float(x), float(y)) for x, y, *_ in ring]
                shipped, used = shipped_ring(source, tolerance)
                if used != tolerance:
                    notes.append(f"{name}: a ring simplified at {used:g}° to stay simple")
                points_in += len(source)
                points_out += len(shipped)
                rings.append([list(p) for p in shipped])
        units.append(
            {
                "name": name,
                "pcode": props[f"admin{level}Pcod"],
                "region": region,
                "region_pcode": props["admin1Pcod"],
                "rings": rings,
            }
        )
    names = [u["name"] for u in units]
    if len(set(names)) != len(names):
        raise ValueError(f"{path.name}: two units share a name; the map keys units by name")
    units.sort(key=lambda u: u["pcode"])
    notes.append(f"admin{level}: {len(units)} units, {points_in:,} points -> {points_out:,}")
    return {"level": level, "source": SOURCE, "tolerance": tolerance, "units": units}


def write_gz(path: Path, payload: dict) -> None:
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--tolerance", type=float, default=0.01, help="degrees (default 0.01)")
    args = parser.parse_args(argv)
    if not 0 <= args.tolerance < 1:
        parser.error("--tolerance is in degrees: from 0 to less than 1")
    geo = args.shared / "geo"
    notes: list[str] = []
    args.out.mkdir(parents=True, exist_ok=True)
    for level in (1, 2):
        source = geo / f"mali_adm{level}.geojson"
        if not source.is_file():
            print(f"error: {source} not found (give --shared)", file=sys.stderr)
            return 1
        payload = build_level(source, level, args.tolerance, notes)
        target = args.out / f"admin{level}.json.gz"
        write_gz(target, payload)
        notes.append(f"wrote {target.name} ({target.stat().st_size:,} bytes)")
    summary = "\n".join(f"- {note}" for note in dict.fromkeys(notes))
    km = args.tolerance * 111.2
    (args.out / "ATTRIBUTION.md").write_text(
        ATTRIBUTION.format(tolerance=args.tolerance, km=km, digits=DIGITS, summary=summary),
        encoding="utf-8",
    )
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
