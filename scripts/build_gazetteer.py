"""Build the shipped gazetteer (``resources/gazetteer/``) from the shared reference data.

Run from the repository root::

    .venv/bin/python scripts/build_gazetteer.py [--shared /work/shared/data]

Reads the OCHA settlements and boundaries of Mali (2015) and the GeoNames dump for Mali,
corrects the known defects of those files (each in a small named function below), and writes

- ``places.tsv.gz``      one row per place (admin1, admin2, settlement), gzip'd UTF-8 TSV;
- ``admin_aliases.tsv``  spellings of admin names -> the canonical name;
- ``ATTRIBUTION.md``     where the data comes from, its licences, and what was changed.

The output is deterministic: rows are sorted, alternate names de-duplicated in a stable
order, and the gzip header carries no timestamp or file name, so a rebuild from the same
inputs gives byte-identical files. A summary of every correction is printed.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import re
import statistics
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sahel_desk.domain.text import clean, fold

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "resources" / "gazetteer"
COLUMNS = (
    "ref", "name", "kind", "country", "admin1", "admin2", "admin3",
    "latitude", "longitude", "population", "alt_names",
)  # fmt: skip
KIND_ORDER = {"admin1": 0, "admin2": 1, "admin3": 2, "settlement": 3}

# Official (accented) region names by OCHA P-code. OCHA 2015 writes "Koulikouro", "Segou".
ADMIN1_NAMES = {
    "ML01": "Kayes", "ML02": "Koulikoro", "ML03": "Sikasso", "ML04": "Ségou",
    "ML05": "Mopti", "ML06": "Tombouctou", "ML07": "Gao", "ML08": "Kidal", "ML09": "Bamako",
}  # fmt: skip
MENAKA, TAOUDENIT = "Ménaka", "Taoudénit"
# GeoNames ADM1 codes for Mali -> OCHA region P-code, or a post-2016 region name.
GEONAMES_ADMIN1 = {
    "03": "ML01", "07": "ML02", "06": "ML03", "05": "ML04", "04": "ML05",
    "08": "ML06", "09": "ML07", "10": "ML08", "01": "ML09",
    "12070577": MENAKA, "12070575": TAOUDENIT,
}  # fmt: skip

# Official accented cercle names where OCHA writes them without accents (by P-code).
# Every other cercle keeps OCHA's spelling, which is already the official one.
ADMIN2_ACCENTED = {
    "ML0102": "Bafoulabé", "ML0103": "Diéma", "ML0104": "Kéniéba", "ML0107": "Yélimané",
    "ML0203": "Dioïla", "ML0303": "Kolondiéba", "ML0401": "Barouéli", "ML0402": "Ségou",
    "ML0505": "Djenné", "ML0508": "Ténenkou", "ML0602": "Diré", "ML0605": "Niafunké",
    "ML0704": "Ménaka", "ML0803": "Abeïbara",
}  # fmt: skip

# --- The post-2016 regions --------------------------------------------------------------
# Mali's 2012 law (in force from 2016) split Ménaka off Gao and Taoudénit off Tombouctou.
# The OCHA 2015 data predate it. Rules used here (only admin1 changes; admin2/admin3 keep
# OCHA's 2015 cercle and commune, since the new cercles have no P-codes or polygons):
# - Ménaka: every place in OCHA cercle ML0704 "Menaka" of Gao. Its four communes
#   (Andéramboukane, Inékar, Ménaka, Tidermène) are exactly the four cercles of the new
#   region, so this is the whole region and nothing else.
# - Taoudénit: every place of OCHA region ML06 Tombouctou at latitude >= 18.2°N. The new
#   region is the desert north of the former region (cercles Taoudénit, Achouratt,
#   Al-Ourche, Araouane, Boujbeha, Foum-Alba). The OCHA points have a natural gap between
#   17.9°N (Gouanines Noirs, Ber, which stays in Tombouctou) and 18.39°N (Bonjbeha): north
#   of it lie Boujbeha (~18.4-18.5°N), Araouane (18.8°N), Foum El Alba, Taoudenni and the
#   Razelma (Goundam) places at 21-23°N. A line at 19.5°N would wrongly leave the seats
#   of Araouane and Boujbeha cercles in Tombouctou, hence 18.2°N.
MENAKA_CERCLE = "ML0704"
TOMBOUCTOU_REGION = "ML06"
TAOUDENIT_MIN_LATITUDE = 18.2

# Neighbours' first-level regions (as ACLED writes them) with their capitals' coordinates.
NEIGHBOUR_REGIONS = {
    "Burkina Faso": (
        ("BF", "Boucle du Mouhoun", 12.4634, -3.4608),  # Dédougou
        ("BF", "Cascades", 10.6333, -4.7667),  # Banfora
        ("BF", "Centre", 12.3714, -1.5197),  # Ouagadougou
        ("BF", "Centre-Est", 11.7800, -0.3700),  # Tenkodogo
        ("BF", "Centre-Nord", 13.0917, -1.0844),  # Kaya
        ("BF", "Centre-Ouest", 12.2526, -2.3627),  # Koudougou
        ("BF", "Centre-Sud", 11.6640, -1.0730),  # Manga
        ("BF", "Est", 12.0616, 0.3584),  # Fada N'Gourma
        ("BF", "Hauts-Bassins", 11.1771, -4.2979),  # Bobo-Dioulasso
        ("BF", "Nord", 13.5828, -2.4216),  # Ouahigouya
        ("BF", "Plateau-Central", 12.5833, -1.2972),  # Ziniaré
        ("BF", "Sahel", 14.0354, -0.0345),  # Dori
        ("BF", "Sud-Ouest", 10.3250, -3.1740),  # Gaoua
    ),
    "Niger": (
        ("NE", "Agadez", 16.9742, 7.9865),
        ("NE", "Diffa", 13.3154, 12.6113),
        ("NE", "Dosso", 13.0490, 3.1937),
        ("NE", "Maradi", 13.5000, 7.1017),
        ("NE", "Niamey", 13.5116, 2.1254),
        ("NE", "Tahoua", 14.8888, 5.2692),
        ("NE", "Tillabéri", 14.2117, 1.4531),
        ("NE", "Zinder", 13.8053, 8.9881),
    ),
}

# Spellings seen in ACLED, UCDP, the press and older OCHA/GeoNames files, beyond what the
# sources yield by P-code (those are added by `admin_aliases`). (alias, level, canonical, country)
EXTRA_ALIASES = (
    ("Koulikouro", "admin1", "Koulikoro", "Mali"),
    ("Timbuktu", "admin1", "Tombouctou", "Mali"),
    ("Tomboctou", "admin1", "Tombouctou", "Mali"),
    ("Tombuctu", "admin1", "Tombouctou", "Mali"),
    ("Timbuctoo", "admin1", "Tombouctou", "Mali"),
    ("Taoudenni", "admin1", TAOUDENIT, "Mali"),
    ("Taoudeni", "admin1", TAOUDENIT, "Mali"),
    ("Taoudenit", "admin1", TAOUDENIT, "Mali"),
    ("Taoudéni", "admin1", TAOUDENIT, "Mali"),
    ("Menaka", "admin1", MENAKA, "Mali"),
    ("Segou", "admin1", "Ségou", "Mali"),
    ("District de Bamako", "admin1", "Bamako", "Mali"),
    ("Bamako District", "admin1", "Bamako", "Mali"),
    ("Jenne", "admin2", "Djenné", "Mali"),
    ("Dienne", "admin2", "Djenné", "Mali"),
    ("Tenenku", "admin2", "Ténenkou", "Mali"),
    ("Youvarou", "admin2", "Youwarou", "Mali"),
    ("Rharous", "admin2", "Gourma-Rharous", "Mali"),
    ("Ti-n-Essako", "admin2", "Tin-Essako", "Mali"),
    ("Tinessako", "admin2", "Tin-Essako", "Mali"),
    ("Nioro du Sahel", "admin2", "Nioro", "Mali"),
    ("Ke-Macina", "admin2", "Macina", "Mali"),
    ("Massina", "admin2", "Macina", "Mali"),
    ("Baraouéli", "admin2", "Barouéli", "Mali"),
    ("Abeibara", "admin2", "Abeïbara", "Mali"),
    ("Abéibara", "admin2", "Abeïbara", "Mali"),
    # The post-2016 cercles of Ménaka and Taoudénit: canonical spellings only (no entries).
    ("Anderamboukane", "admin2", "Andéramboukane", "Mali"),
    ("Andéramboukane", "admin2", "Andéramboukane", "Mali"),
    ("Inekar", "admin2", "Inékar", "Mali"),
    ("Tidermene", "admin2", "Tidermène", "Mali"),
    ("Achourat", "admin2", "Achouratt", "Mali"),
    ("Achouratt", "admin2", "Achouratt", "Mali"),
    ("Al Ourche", "admin2", "Al-Ourche", "Mali"),
    ("Alourche", "admin2", "Al-Ourche", "Mali"),
    ("Araouane", "admin2", "Araouane", "Mali"),
    ("Arawan", "admin2", "Araouane", "Mali"),
    ("Boujbeha", "admin2", "Boujbeha", "Mali"),
    ("Bou Djebeha", "admin2", "Boujbeha", "Mali"),
    ("Bou Djébéha", "admin2", "Boujbeha", "Mali"),
    ("Foum-Alba", "admin2", "Foum-Alba", "Mali"),
    ("Foum El Alba", "admin2", "Foum-Alba", "Mali"),
    ("Taoudenni", "admin2", TAOUDENIT, "Mali"),
    ("Tillabery", "admin1", "Tillabéri", "Niger"),
    ("Tillabéry", "admin1", "Tillabéri", "Niger"),
)

# Words that mark a GeoNames alternate name as another language's gloss, not a spelling.
FOREIGN_GLOSS = re.compile(r"\b(circondario|piiri|eparchia|distrikt|provinz|kreis|dineja)\b", re.I)
ADMIN_AFFIX = re.compile(
    r"^(region|cercle|district|commune)( de| d| of| du)? |"
    r" (region|cercle|district)$|^(first|second|third|fourth|fifth|sixth|seventh) region$"
    r"|^region [ivx]+$"
)

MATCH_KM = 10.0  # a GeoNames place matches an OCHA settlement of the same name this close
ADMIN3_KM = 15.0  # GeoNames-only places take the commune of an OCHA settlement this close
FAR_KM = 50.0  # an OCHA point this far outside its own cercle has unusable coordinates
BORDER_KM = 10.0  # GeoNames points farther than this outside Mali are dropped


# --- Geometry (plain Python, equirectangular distances: fine at these scales) ----------


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dx = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.2 * math.hypot(lat2 - lat1, dx)


class Polygon:
    """A GeoJSON Polygon/MultiPolygon: even-odd point test over edges bucketed by latitude."""

    BAND = 0.1

    def __init__(self, geometry: dict) -> None:
        parts = geometry["coordinates"]
        polygons = parts if geometry["type"] == "MultiPolygon" else [parts]
        self.rings = [
            [(float(p[0]), float(p[1])) for p in ring] for poly in polygons for ring in poly
        ]
        self.outer = [poly[0] for poly in polygons]
        xs = [x for ring in self.rings for x, _ in ring]
        ys = [y for ring in self.rings for _, y in ring]
        self.bbox = (min(xs), min(ys), max(xs), max(ys))
        self.edges: list[tuple[float, float, float, float]] = []
        self._bands: dict[int, list[tuple[float, float, float, float]]] = defaultdict(list)
        for ring in self.rings:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                edge = (x1, y1, x2, y2)
                self.edges.append(edge)
                for band in range(self._band(min(y1, y2)), self._band(max(y1, y2)) + 1):
                    self._bands[band].append(edge)

    def _band(self, lat: float) -> int:
        return math.floor(lat / self.BAND)

    def contains(self, lon: float, lat: float) -> bool:
        x0, y0, x1, y1 = self.bbox
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            return False
        inside = False
        for ex1, ey1, ex2, ey2 in self._bands.get(self._band(lat), ()):
            if (ey1 > lat) != (ey2 > lat):
                cross = ex1 + (lat - ey1) * (ex2 - ex1) / (ey2 - ey1)
                if lon < cross:
                    inside = not inside
        return inside

    def distance_km(self, lon: float, lat: float) -> float:
        """0 inside, else the distance to the nearest edge (slow: for the few outliers)."""
        if self.contains(lon, lat):
            return 0.0
        scale = math.cos(math.radians(lat))
        best = math.inf
        for x1, y1, x2, y2 in self.edges:
            ax, ay, bx, by = (x1 - lon) * scale, y1 - lat, (x2 - lon) * scale, y2 - lat
            dx, dy = bx - ax, by - ay
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length2))
            best = min(best, math.hypot(ax + t * dx, ay + t * dy))
        return best * 111.2

    def centroid(self, max_lat: float | None = None) -> tuple[float, float]:
        """(lat, lon) area centroid of the largest outer ring (holes ignored), optionally of
        its part south of ``max_lat`` only."""
        best = (0.0, 0.0, 0.0)
        for outer in self.outer:
            ring = [(float(p[0]), float(p[1])) for p in outer]
            if max_lat is not None:
                ring = clip_south_of(ring, max_lat)
            area = cx = cy = 0.0
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                cross = x1 * y2 - x2 * y1
                area += cross
                cx += (x1 + x2) * cross
                cy += (y1 + y2) * cross
            if abs(area) > abs(best[0]):
                best = (area, cx, cy)
        area, cx, cy = best
        return cy / (3 * area), cx / (3 * area)


def clip_south_of(ring: list[tuple[float, float]], max_lat: float) -> list[tuple[float, float]]:
    """The part of a ring at or south of ``max_lat`` (Sutherland-Hodgman, one half-plane)."""
    clipped = []
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if y1 <= max_lat:
            clipped.append((x1, y1))
        if (y1 <= max_lat) != (y2 <= max_lat):
            t = (max_lat - y1) / (y2 - y1)
            clipped.append((x1 + t * (x2 - x1), max_lat))
    return clipped


class PointGrid:
    """Nearest-neighbour lookup over settlements on a 0.1° grid."""

    CELL = 0.1

    def __init__(self, places: Iterable[Place]) -> None:
        self._cells: dict[tuple[int, int], list[Place]] = defaultdict(list)
        for place in places:
            if place.lat is not None and place.lon is not None:
                self._cells[self._cell(place.lat, place.lon)].append(place)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / self.CELL), math.floor(lon / self.CELL)

    def near(self, lat: float, lon: float, radius_km: float) -> list[tuple[float, Place]]:
        """Places within ``radius_km``, nearest first (ties by ref)."""
        reach = math.ceil(radius_km / (111.2 * self.CELL * 0.9)) + 1
        ci, cj = self._cell(lat, lon)
        found = []
        for i in range(ci - reach, ci + reach + 1):
            for j in range(cj - reach, cj + reach + 1):
                for place in self._cells.get((i, j), ()):
                    assert place.lat is not None and place.lon is not None
                    distance = km(lat, lon, place.lat, place.lon)
                    if distance <= radius_km:
                        found.append((distance, place))
        return sorted(found, key=lambda item: (item[0], item[1].ref))


# --- Records ----------------------------------------------------------------------------


@dataclass
class Place:
    ref: str
    name: str
    kind: str
    country: str = "Mali"
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    alt_names: list[str] = field(default_factory=list)
    # Build-time only: OCHA codes, and whether the place is an admin capital.
    admin1_pcode: str = ""
    admin2_pcode: str = ""
    admin3_pcode: str = ""
    capital: bool = False

    def folded_keys(self) -> list[str]:
        return [k for k in dict.fromkeys(map(fold, (self.name, *self.alt_names))) if k]


@dataclass
class Report:
    """What the build corrected: a count, or the list of places concerned."""

    entries: list[tuple[str, list[str] | int]] = field(default_factory=list)

    def add(self, what: str, items: list[str] | int) -> None:
        self.entries.append((what, items))

    def render(self, limit: int | None = None, nested: bool = False) -> str:
        """One line per entry; ``limit`` items shown inline, or all as sub-items (``nested``)."""
        lines = []
        for what, items in self.entries:
            if isinstance(items, int):
                lines.append(f"- {what}: {items}")
            elif nested:
                lines.append(f"- {what}: {len(items)}")
                lines += [f"  - {item}" for item in items]
            else:
                shown = items if limit is None else items[:limit]
                more = f"; … (+{len(items) - len(shown)})" if len(items) > len(shown) else ""
                detail = f" ({'; '.join(shown)}{more})" if items else ""
                lines.append(f"- {what}: {len(items)}{detail}")
        return "\n".join(lines)


# --- Reading ----------------------------------------------------------------------------


def read_boundaries(path: Path, level: int) -> dict[str, tuple[str, Polygon]]:
    """P-code -> (name as written, polygon) for mali_adm1/adm2.geojson."""
    data = json.loads(path.read_text(encoding="utf-8"))
    units = {}
    for feature in data["features"]:
        props = feature["properties"]
        units[props[f"admin{level}Pcod"]] = (
            clean(props[f"admin{level}Name"]),
            Polygon(feature["geometry"]),
        )
    return dict(sorted(units.items()))


def read_ocha(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@dataclass
class GeoName:
    id: str
    name: str
    asciiname: str
    alternates: list[str]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    admin1: str
    population: int

    def names(self) -> list[str]:
        return [self.name, self.asciiname, *self.alternates]


def read_geonames(path: Path) -> list[GeoName]:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 19:
                continue
            rows.append(
                GeoName(
                    id=cols[0],
                    name=clean(cols[1]),
                    asciiname=clean(cols[2]),
                    alternates=[clean(a) for a in cols[3].split(",") if a.strip()],
                    lat=float(cols[4]),
                    lon=float(cols[5]),
                    feature_class=cols[6],
                    feature_code=cols[7],
                    admin1=cols[10],
                    population=int(cols[14] or 0),
                )
            )
    return rows


# --- Alternate names ---------------------------------------------------------------------


def is_latin_name(text: str) -> bool:
    """A usable Latin-script place name: no other scripts, URLs, codes or digits-only strings.

    GeoNames' alternates include Arabic/Cyrillic/CJK names, IATA/ICAO codes ("TOM"), links,
    and all-lowercase romanisations generated from non-Latin names ("tmbktw", "tang pu tu");
    real spellings are capitalised, so an alternate without a capital letter is dropped.
    """
    if not text or len(text) > 60 or "|" in text or "\t" in text:
        return False
    if "://" in text or "www." in text or text.replace(" ", "").isdigit():
        return False
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or not any(ch.isupper() for ch in letters):
        return False
    if text.isalpha() and text.isupper() and len(text) <= 4:
        return False  # airport codes
    if FOREIGN_GLOSS.search(text):
        return False
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def merge_alt_names(place: Place, names: Iterable[str]) -> None:
    """Append names whose folded key is new for this place (stable, first spelling wins)."""
    seen = {fold(place.name), *map(fold, place.alt_names)}
    for name in names:
        key = fold(name)
        if key and key not in seen and is_latin_name(name):
            seen.add(key)
            place.alt_names.append(name)


# --- Corrections of the OCHA settlements (each reported) --------------------------------


def clean_ocha_text(rows: list[dict[str, str]], report: Report) -> None:
    """Stray white space and non-NFC text in any field; `NA` means empty."""
    changed = 0
    for row in rows:
        for key, value in row.items():
            new = "" if value == "NA" else clean(value)
            if new != value and value != "NA":
                changed += 1
            row[key] = new
    report.add("OCHA fields with stray white space or non-NFC text cleaned", changed)


def drop_duplicate_pcodes(rows: list[dict[str, str]], report: Report) -> list[dict[str, str]]:
    """Keep the first row of each P-code: refs must be unique."""
    seen: set[str] = set()
    kept, dropped = [], []
    for row in rows:
        if row["pcode"] in seen:
            dropped.append(f"{row['featureNam']} {row['pcode']}")
            continue
        seen.add(row["pcode"])
        kept.append(row)
    report.add("OCHA duplicate P-codes dropped", dropped)
    return kept


def fix_flipped_longitudes(places: list[Place], cercles: dict, report: Report) -> None:
    """A longitude whose sign was lost: the point lies outside its own cercle and the mirrored
    point lies inside it; or the mirrored point is within BORDER_KM of the cercle and at least
    four times nearer the other places of its commune (their median point).

    The known case is the `Menaka` row (ML070403010) at -2.40 instead of +2.40; the same test
    finds other rows of Ménaka cercle written west of Timbuktu, and rows of Tessit commune
    (e.g. Temera at -0.27, which GeoNames has at +0.27). A digit slip such as Karamignon's
    -1.11 for -0.11 (its neighbour "Akoureye (Karamignon)" is at -0.11) fails both tests."""
    communes: dict[str, list[Place]] = defaultdict(list)
    for place in places:
        if place.lat is not None and place.lon is not None:
            communes[place.admin3_pcode].append(place)

    def nearer_its_commune(place: Place) -> bool:
        assert place.lat is not None and place.lon is not None
        others = [p for p in communes[place.admin3_pcode] if p is not place]
        if not others:
            return False
        lat = statistics.median(p.lat for p in others if p.lat is not None)
        lon = statistics.median(p.lon for p in others if p.lon is not None)
        return km(place.lat, -place.lon, lat, lon) * 4 <= km(place.lat, place.lon, lat, lon)

    fixed = []
    for place in places:
        if place.lat is None or place.lon is None:
            continue
        polygon = cercles[place.admin2_pcode][1]
        if polygon.contains(place.lon, place.lat):
            continue
        if polygon.contains(-place.lon, place.lat) or (
            polygon.distance_km(-place.lon, place.lat) <= BORDER_KM and nearer_its_commune(place)
        ):
            fixed.append(f"{place.name} {place.ref[5:]} {place.lon:+.2f}->{-place.lon:+.2f}")
            place.lon = -place.lon
    report.add("OCHA longitudes with a lost sign corrected", fixed)


def clear_misplaced_coordinates(places: list[Place], cercles: dict, report: Report) -> None:
    """Coordinates more than FAR_KM outside the place's own cercle are a typo (e.g. a Macina
    village at 18.9°N in the Sahara): drop them rather than map the place in the wrong spot.
    The place keeps its name and admin context."""
    cleared = []
    for place in places:
        if place.lat is None or place.lon is None:
            continue
        distance = cercles[place.admin2_pcode][1].distance_km(place.lon, place.lat)
        if distance > FAR_KM:
            cleared.append(f"{place.name} {place.ref[5:]} ({place.admin2}, {distance:.0f} km out)")
            place.lat = place.lon = None
    report.add(f"OCHA coordinates >{FAR_KM:.0f} km outside their own cercle cleared", cleared)


def canonical_admin_names(places: list[Place], report: Report) -> None:
    """Official accented region and cercle names, by P-code ("Koulikouro" -> "Koulikoro")."""
    renamed: dict[str, str] = {}
    for place in places:
        region = ADMIN1_NAMES[place.admin1_pcode]
        cercle = ADMIN2_ACCENTED.get(place.admin2_pcode, place.admin2)
        for old, new in ((place.admin1, region), (place.admin2, cercle)):
            if old != new:
                renamed[old] = new
        place.admin1, place.admin2 = region, cercle
    report.add(
        "OCHA admin names replaced by the official spelling",
        [f"{old} -> {new}" for old, new in sorted(renamed.items())],
    )


def name_like_admin_unit(places: list[Place], report: Report) -> None:
    """A settlement named like its own region or cercle takes that unit's official spelling
    ("Segou" in cercle Ségou -> "Ségou"); the OCHA spelling stays as an alternate name."""
    renamed = []
    for place in places:
        for unit in (place.admin1, place.admin2):
            if place.name != unit and fold(place.name) == fold(unit):
                renamed.append(f"{place.name} -> {unit}")
                place.alt_names.insert(0, place.name)
                place.name = unit
                break
    report.add("settlement names given their admin unit's accented spelling", renamed)


def assign_post_2016_regions(places: Iterable[Place], report: Report) -> None:
    """Ménaka and Taoudénit as admin1 (see the rule at MENAKA_CERCLE above)."""
    moved: dict[str, int] = defaultdict(int)
    for place in places:
        region = post_2016_region(place.admin1_pcode, place.admin2_pcode, place.lat)
        if region and place.admin1 != region:
            moved[f"{place.admin1} -> {region}"] += 1
            place.admin1 = region
    for move, count in sorted(moved.items()):
        report.add(f"OCHA places re-assigned to a post-2016 region, {move}", count)


def post_2016_region(admin1_pcode: str, admin2_pcode: str, lat: float | None) -> str:
    if admin2_pcode == MENAKA_CERCLE:
        return MENAKA
    if admin1_pcode == TOMBOUCTOU_REGION and lat is not None and lat >= TAOUDENIT_MIN_LATITUDE:
        return TAOUDENIT
    return ""


def note_capital_duplicates(places: list[Place], report: Report) -> None:
    """OCHA lists most admin capitals twice: a capital point (P-code ending in zeros) and
    the same town as a village of its commune. Both are kept (every P-code is a ref)."""
    grid = PointGrid(p for p in places if not p.capital)
    pairs = 0
    for place in places:
        if place.capital and place.lat is not None and place.lon is not None:
            pairs += any(
                fold(other.name) == fold(place.name)
                for _, other in grid.near(place.lat, place.lon, 3)
            )
    report.add("OCHA admin capitals also listed as a village within 3 km (kept)", pairs)


def ocha_settlements(rows: list[dict[str, str]], cercles: dict, report: Report) -> list[Place]:
    clean_ocha_text(rows, report)
    rows = drop_duplicate_pcodes(rows, report)
    places = []
    for row in rows:
        name = row["featureNam"] or row["featureRef"]
        place = Place(
            ref=f"ocha:{row['pcode']}",
            name=name,
            kind="settlement",
            admin1=row["admin1Name"],
            admin2=row["admin2Name"],
            admin3=row["admin3Name"],
            lat=float(row["latitude"]) if row["latitude"] else None,
            lon=float(row["longitude"]) if row["longitude"] else None,
            admin1_pcode=row["admin1Pcod"],
            admin2_pcode=row["admin2Pcod"],
            admin3_pcode=row["admin3Pcod"],
            capital=row["popPlaceCl"] in {"1", "2", "3", "4"},
        )
        merge_alt_names(place, [row["featureRef"], row["featureAlt"], row["featureA_1"]])
        places.append(place)
    fix_flipped_longitudes(places, cercles, report)
    clear_misplaced_coordinates(places, cercles, report)
    canonical_admin_names(places, report)
    name_like_admin_unit(places, report)
    assign_post_2016_regions(places, report)
    note_capital_duplicates(places, report)
    return places


# --- GeoNames populated places -------------------------------------------------------------


def settlement_index(settlements: list[Place]) -> dict[str, list[Place]]:
    """Folded name or alternate name -> OCHA settlements (with coordinates) going by it."""
    by_key: dict[str, list[Place]] = defaultdict(list)
    for place in settlements:
        if place.lat is not None and place.lon is not None:
            for key in place.folded_keys():
                by_key[key].append(place)
    return by_key


def named_near(
    by_key: dict[str, list[Place]], names: Iterable[str], lat: float, lon: float
) -> list[Place]:
    """OCHA settlements going by one of ``names`` within MATCH_KM, by ref."""
    hits: dict[str, Place] = {}
    for key in dict.fromkeys(map(fold, names)):
        for place in by_key.get(key, ()):
            assert place.lat is not None and place.lon is not None
            if km(lat, lon, place.lat, place.lon) <= MATCH_KM:
                hits[place.ref] = place
    return [hits[ref] for ref in sorted(hits)]


def fix_geonames_points(
    geonames: list[GeoName], mali: Polygon, regions: dict, settlements: list[Place], report: Report
) -> list[GeoName]:
    """Mirror lost longitude signs and drop points well outside Mali that cannot be mended.

    A sign is mirrored when the point lies outside Mali and its mirror image inside; or when it
    lies outside the region GeoNames gives it, the mirror image inside, and an OCHA settlement
    of the same name confirms the mirror image (and none the original). GeoNames' region codes
    are themselves often wrong (Anéfis, Essakane), so the region alone is not enough."""
    by_key = settlement_index(settlements)
    flipped, dropped, kept = [], [], []
    for place in geonames:
        lat, lon = place.lat, place.lon
        claimed = GEONAMES_ADMIN1.get(place.admin1)
        if claimed in (MENAKA, TAOUDENIT):  # 2015 polygons: Ménaka in Gao, Taoudénit in Tombouctou
            claimed = "ML07" if claimed == MENAKA else TOMBOUCTOU_REGION
        region = regions[claimed][1] if claimed else None
        if not mali.contains(lon, lat):
            mirror = mali.contains(-lon, lat)
        elif region and not region.contains(lon, lat) and region.contains(-lon, lat):
            names = [place.name, place.asciiname]
            mirror = bool(named_near(by_key, names, lat, -lon)) and not named_near(
                by_key, names, lat, lon
            )
        else:
            mirror = False
        if mirror:
            flipped.append(f"{place.name} geonames:{place.id} {lon:+.2f}->{-lon:+.2f}")
            place.lon = -lon
        if mali.distance_km(place.lon, place.lat) > BORDER_KM:
            dropped.append(f"{place.name} geonames:{place.id} ({place.lat:.2f}, {place.lon:.2f})")
            continue
        kept.append(place)
    report.add("GeoNames longitudes with a lost sign corrected", flipped)
    report.add(f"GeoNames places >{BORDER_KM:.0f} km outside Mali dropped", dropped)
    return kept


def locate(
    lat: float, lon: float, cercles: dict, grid: PointGrid
) -> tuple[str, str, str, str, str]:
    """(admin1 pcode, admin2 pcode, admin1, admin2, admin3) of a point: cercle by polygon
    (else the nearest OCHA settlement's), commune from an OCHA settlement within ADMIN3_KM."""
    near = grid.near(lat, lon, ADMIN3_KM)
    cercle = next((code for code, (_, poly) in cercles.items() if poly.contains(lon, lat)), "")
    if not cercle and near:
        cercle = near[0][1].admin2_pcode
    if not cercle:
        return "", "", "", "", ""
    same = [p for _, p in near if p.admin2_pcode == cercle]
    region = cercle[:4]
    admin1 = post_2016_region(region, cercle, lat) or ADMIN1_NAMES[region]
    admin2 = ADMIN2_ACCENTED.get(cercle, cercles[cercle][0])
    return region, cercle, admin1, admin2, same[0].admin3 if same else ""


def merge_geonames(
    settlements: list[Place], geonames: list[GeoName], cercles: dict, report: Report
) -> list[Place]:
    """Fold GeoNames places into the OCHA settlement of the same name within MATCH_KM (its
    names become alternates, its population is taken); the others become `geonames:` places."""
    by_key = settlement_index(settlements)
    grid = PointGrid(settlements)
    merged = 0
    added: list[Place] = []
    for gn in sorted(geonames, key=lambda g: int(g.id)):
        # The place's own names first; its alternates only when those match nothing.
        found = named_near(by_key, [gn.name, gn.asciiname], gn.lat, gn.lon) or named_near(
            by_key, filter(is_latin_name, gn.alternates), gn.lat, gn.lon
        )
        if found:
            merged += 1
            for place in found:
                merge_alt_names(place, gn.names())
                if gn.population and gn.population > (place.population or 0):
                    place.population = gn.population
            continue
        a1_code, a2_code, admin1, admin2, admin3 = locate(gn.lat, gn.lon, cercles, grid)
        place = Place(
            ref=f"geonames:{gn.id}",
            name=gn.name or gn.asciiname,
            kind="settlement",
            admin1=admin1,
            admin2=admin2,
            admin3=admin3,
            lat=gn.lat,
            lon=gn.lon,
            population=gn.population or None,
            admin1_pcode=a1_code,
            admin2_pcode=a2_code,
        )
        merge_alt_names(place, gn.names())
        added.append(place)
    report.add("GeoNames populated places merged into an OCHA settlement", merged)
    report.add("GeoNames-only populated places added", len(added))
    return added


# --- Admin units ------------------------------------------------------------------------------


def strip_admin_affix(name: str) -> str:
    """'Cercle de Ménaka' -> 'Ménaka', 'Tombouctou Region' -> 'Tombouctou' (on the folded key)."""
    return ADMIN_AFFIX.sub("", fold(name)).strip()


def admin_units(
    regions: dict, cercles: dict, geonames: list[GeoName], report: Report
) -> tuple[list[Place], list[tuple[str, str, str, str]]]:
    """Admin1 and admin2 entries, and the spellings GeoNames/OCHA give them (for aliases)."""
    gn_admin1: dict[str, list[GeoName]] = defaultdict(list)
    gn_admin2: dict[str, list[GeoName]] = defaultdict(list)
    cercle_by_key = {fold(name).replace(" ", ""): code for code, (name, _) in cercles.items()}
    for gn in geonames:
        if gn.feature_code == "ADM1" and gn.admin1 in GEONAMES_ADMIN1:
            gn_admin1[GEONAMES_ADMIN1[gn.admin1]].append(gn)
        elif gn.feature_code == "ADM2":
            code = cercle_by_key.get(strip_admin_affix(gn.name).replace(" ", ""))
            if code:
                gn_admin2[code].append(gn)

    units: list[Place] = []
    spellings: list[tuple[str, str, str, str]] = []

    def add_unit(place: Place, level: str, written: list[str], sources: list[GeoName]) -> None:
        names = written + [n for gn in sources for n in gn.names()]
        usable = [n for n in names if is_latin_name(n)]
        merge_alt_names(place, usable)
        for name in usable:
            # Bare names only: "Cercle de Ménaka", "Cercled'Abeibara" are not how admin names
            # are written in admin columns.
            if strip_admin_affix(name) == fold(name) and not fold(name).startswith("cercle"):
                spellings.append((name, level, place.name, "Mali"))
        units.append(place)

    # Tombouctou's 2015 region and cercles reach into today's Taoudénit: their point is the
    # centroid of the part south of the Taoudénit line, so that it lies in what they are now.
    def point(code: str, polygon: Polygon) -> tuple[float, float]:
        cut = code[:4] == TOMBOUCTOU_REGION
        return polygon.centroid(TAOUDENIT_MIN_LATITUDE if cut else None)

    for code, (written, polygon) in regions.items():
        lat, lon = point(code, polygon)
        name = ADMIN1_NAMES[code]
        place = Place(ref=f"ocha:{code}", name=name, kind="admin1", admin1=name, lat=lat, lon=lon)
        add_unit(place, "admin1", [written], gn_admin1.get(code, []))
    for name in (MENAKA, TAOUDENIT):
        gn = gn_admin1[name][0]
        place = Place(
            ref=f"sd:ML-{fold(name).replace(' ', '-')}",
            name=name,
            kind="admin1",
            admin1=name,
            lat=gn.lat,
            lon=gn.lon,
            population=gn.population or None,
        )
        add_unit(place, "admin1", [], gn_admin1[name])
    for code, (written, polygon) in cercles.items():
        lat, lon = point(code, polygon)
        name = ADMIN2_ACCENTED.get(code, written)
        admin1 = MENAKA if code == MENAKA_CERCLE else ADMIN1_NAMES[code[:4]]
        place = Place(
            ref=f"ocha:{code}",
            name=name,
            kind="admin2",
            admin1=admin1,
            admin2=name,
            lat=lat,
            lon=lon,
            admin1_pcode=code[:4],
            admin2_pcode=code,
        )
        add_unit(place, "admin2", [written], gn_admin2.get(code, []))
    for country, rows in NEIGHBOUR_REGIONS.items():
        for iso, name, lat, lon in rows:
            ref = f"sd:{iso}-{fold(name).replace(' ', '-')}"
            units.append(
                Place(
                    ref=ref,
                    name=name,
                    kind="admin1",
                    country=country,
                    admin1=name,
                    lat=lat,
                    lon=lon,
                )
            )
            spellings.append((name, "admin1", name, country))
    report.add("admin entries (OCHA regions and cercles, Ménaka, Taoudénit, BF, NE)", len(units))
    return units, spellings


def admin_aliases(
    units: list[Place], spellings: list[tuple[str, str, str, str]], report: Report
) -> list[tuple[str, str, str, str]]:
    """Alias rows: every canonical name, its sources' spellings and EXTRA_ALIASES (one row per
    spelling and level). The spellings also become alternate names of the admin entries, so
    that searching "Timbuktu" or "Koulikouro" finds the region."""
    rows: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    candidates = [(u.name, u.kind, u.name, u.country) for u in units]
    for alias, level, canonical, country in [*candidates, *spellings, *EXTRA_ALIASES]:
        rows.setdefault((clean(alias), level), (clean(alias), level, canonical, country))
    owners: dict[str, set[str]] = defaultdict(set)
    for alias, _, canonical, _ in rows.values():
        owners[fold(alias)].add(canonical)
    clashes = sorted(k for k, v in owners.items() if len(v) > 1)
    if clashes:
        raise SystemExit(f"admin aliases point to two canonical names: {clashes}")
    by_unit = {(u.kind, u.country, u.name): u for u in units}
    for alias, level, canonical, country in rows.values():
        unit = by_unit.get((level, country, canonical))
        if unit:
            merge_alt_names(unit, [alias])
    result = sorted(
        rows.values(), key=lambda r: (r[3] != "Mali", r[3], r[1], fold(r[2]), r[0] != r[2], r[0])
    )
    report.add("admin alias rows", len(result))
    return result


# --- Writing ------------------------------------------------------------------------------------


def coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.5f}".rstrip("0").rstrip(".")


def place_rows(places: list[Place]) -> Iterator[list[str]]:
    for p in sorted(places, key=lambda p: (KIND_ORDER[p.kind], p.country != "Mali", p.ref)):
        yield [
            p.ref,
            p.name,
            p.kind,
            p.country,
            p.admin1,
            p.admin2,
            p.admin3,
            coordinate(p.lat),
            coordinate(p.lon),
            str(p.population) if p.population else "",
            "|".join(p.alt_names),
        ]


def tsv(rows: Iterable[Iterable[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def check(places: list[Place]) -> None:
    refs = [p.ref for p in places]
    if len(refs) != len(set(refs)):
        raise SystemExit("duplicate refs in the gazetteer")
    for p in places:
        if p.country != "Mali" or p.lat is None or p.lon is None:
            continue
        if not (10.0 <= p.lat <= 25.1 and -12.3 <= p.lon <= 4.3):
            raise SystemExit(f"{p.ref} {p.name} lies outside Mali: {p.lat}, {p.lon}")


ATTRIBUTION = """\
# Gazetteer data: sources, licences, changes

`places.tsv.gz` and `admin_aliases.tsv` are built by `scripts/build_gazetteer.py` from:

- **OCHA Common Operational Datasets for Mali (2015)**: populated places
  (`mali_settlements_ocha.csv`) and administrative boundaries (`mali_adm0.geojson`,
  `mali_adm1.geojson`, `mali_adm2.geojson`). Licence CC BY-IGO. Attribution:
  "Boundaries: OCHA / ITOS / Government of Mali (COD-AB), CC BY-IGO".
- **GeoNames** (`geonames_ML.txt`, the dump for Mali). Licence CC BY 4.0.
  Attribution: "Place names: GeoNames (geonames.org), CC BY 4.0".
- The first-level regions of Burkina Faso and Niger, with approximate coordinates of their
  capitals, were added by Sahel Desk (refs `sd:BF-…`, `sd:NE-…`).

## What was changed

- Only names, admin context, coordinates (rounded to 5 decimals) and population are kept. The
  boundary polygons are reduced to one point per region and cercle (the area centroid of the
  outer ring; for Tombouctou and its cercles, of the part south of the Taoudénit line).
  Ménaka's and Taoudénit's points are GeoNames' (they have no 2015 polygons).
- Region and cercle names use the official accented spellings (`Koulikouro` → `Koulikoro`,
  `Segou` → `Ségou`, `Djenne` → `Djenné`, …); settlements named like their region or cercle
  take the same spelling, with the OCHA spelling kept as an alternate name.
- The post-2016 regions: **Ménaka** is every place of OCHA's 2015 cercle of Ménaka (Gao);
  **Taoudénit** every place of OCHA's 2015 Tombouctou region at or north of {taoudenit}°N. Only
  the region (admin1) changes; cercle and commune stay OCHA's 2015 ones.
- Defects corrected: longitudes whose sign was lost (the `Menaka` row at -2.40 instead of
  +2.40, and the others the script finds: a point outside its cercle whose mirror image lies
  inside it, or just outside it and much nearer the rest of its commune); OCHA points more than
  {far} km outside their own cercle lose their coordinates (name and admin context stay);
  GeoNames points more than {border} km outside Mali are dropped.
- GeoNames populated places with the same name as an OCHA settlement within {match} km are
  merged into it: their Latin-script names become alternate names ("Timbuktu" for Tombouctou)
  and their population is kept. The others are added with ref `geonames:<id>`, their region and
  cercle from the OCHA polygons, their commune from an OCHA settlement within {admin3} km.

## Last build

{summary}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=REPO.parent / "shared" / "data",
        help="the shared reference data folder (default: ../shared/data)",
    )
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = parser.parse_args(argv)
    geo = args.shared / "geo"
    report = Report()

    mali = Polygon(
        json.loads((geo / "mali_adm0.geojson").read_text("utf-8"))["features"][0]["geometry"]
    )
    regions = read_boundaries(geo / "mali_adm1.geojson", 1)
    cercles = read_boundaries(geo / "mali_adm2.geojson", 2)
    geonames = read_geonames(geo / "geonames_ML.txt")

    settlements = ocha_settlements(read_ocha(geo / "mali_settlements_ocha.csv"), cercles, report)
    populated = [g for g in geonames if g.feature_class == "P"]
    populated = fix_geonames_points(populated, mali, regions, settlements, report)
    extra = merge_geonames(settlements, populated, cercles, report)
    units, spellings = admin_units(regions, cercles, geonames, report)
    aliases = admin_aliases(units, spellings, report)

    places = units + settlements + extra
    check(places)
    counts: dict[str, int] = defaultdict(int)
    for place in places:
        counts[f"{place.kind} ({place.country})"] += 1
    for what, count in sorted(counts.items()):
        report.add(f"rows: {what}", count)

    args.out.mkdir(parents=True, exist_ok=True)
    body = tsv([COLUMNS, *place_rows(places)])
    (args.out / "places.tsv.gz").write_bytes(gzip.compress(body, compresslevel=9, mtime=0))
    alias_rows = [("alias", "admin_level", "canonical", "country"), *aliases]
    (args.out / "admin_aliases.tsv").write_bytes(tsv(alias_rows))
    summary = report.render(nested=True)
    (args.out / "ATTRIBUTION.md").write_text(
        ATTRIBUTION.format(
            summary=summary,
            taoudenit=TAOUDENIT_MIN_LATITUDE,
            far=int(FAR_KM),
            border=int(BORDER_KM),
            match=int(MATCH_KM),
            admin3=int(ADMIN3_KM),
        ),
        encoding="utf-8",
    )
    print(report.render(limit=12))
    print(f"wrote {args.out}/places.tsv.gz ({(args.out / 'places.tsv.gz').stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
