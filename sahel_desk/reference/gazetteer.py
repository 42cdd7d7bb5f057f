"""The shipped gazetteer (``resources/gazetteer/``): places of Mali, and its neighbours' regions.

``places.tsv.gz`` holds one row per place: Mali's regions and cercles (OCHA 2015 P-codes, plus
the post-2016 regions Ménaka and Taoudénit), its settlements (OCHA, completed and cross-named
with GeoNames), and the first-level regions of Burkina Faso and Niger. ``admin_aliases.tsv``
maps the spellings of admin names ("Koulikouro", "Timbuktu", "Taoudenni") to the canonical one.
Both are built by ``scripts/build_gazetteer.py``; ``ATTRIBUTION.md`` beside them says from what.

Every comparison goes through ``domain.text.fold``, so accents, case, hyphens and apostrophes
never matter. ``Gazetteer`` searches the entries in memory (the demo generator, tests); the store
does the same in SQL over its own copy, reloaded whenever ``GAZETTEER_VERSION`` changes.
"""

from __future__ import annotations

import bisect
import csv
import functools
import gzip
import hashlib
import heapq
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from sahel_desk.domain.places import GazetteerEntry, PlaceKind
from sahel_desk.domain.text import clean, fold, fold_cached
from sahel_desk.paths import resource

COLUMNS = (
    "ref",
    "name",
    "kind",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "latitude",
    "longitude",
    "population",
    "alt_names",
)
ALIAS_COLUMNS = ("alias", "admin_level", "canonical", "country")
KIND_RANK = {PlaceKind.ADMIN1: 0, PlaceKind.ADMIN2: 1, PlaceKind.ADMIN3: 2, PlaceKind.SETTLEMENT: 3}

# Regions created in 2016 out of 2015 ones (folded keys). Older data (and ACLED before the
# reform) file Ménaka under Gao and Taoudénit under Tombouctou, so a filter on the old region
# also accepts places of the new one.
FORMER_REGION = {"menaka": "gao", "taoudenit": "tombouctou"}

# "Région de Ségou", "Cercle de Niono", "Timbuktu Region" -> the bare name (on folded keys).
_ADMIN_AFFIX = re.compile(r"^(region|cercle|district|province)( de| d| du| of)? | (region|cercle)$")


def places_path() -> Path:
    return resource("gazetteer", "places.tsv.gz")


def aliases_path() -> Path:
    return resource("gazetteer", "admin_aliases.tsv")


def _version(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


GAZETTEER_VERSION: str = _version(places_path(), aliases_path())
"""Short sha256 of the shipped places and aliases: changes whenever either file does."""


# --- Loading ------------------------------------------------------------------------------------


def _float(text: str) -> float | None:
    return float(text) if text else None


def _read_places(path: Path) -> tuple[GazetteerEntry, ...]:
    kinds = {kind.value: kind for kind in PlaceKind}
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t")
        header = tuple(next(rows, ()))
        if header != COLUMNS:
            raise ValueError(f"{path.name}: unexpected header {header!r}")
        entries = []
        for number, row in enumerate(rows, start=2):
            try:
                ref, name, kind, country, a1, a2, a3, lat, lon, population, alt_names = row
                entries.append(
                    GazetteerEntry(
                        ref=ref,
                        name=name,
                        kind=kinds[kind],
                        country=country,
                        admin1=a1,
                        admin2=a2,
                        admin3=a3,
                        latitude=_float(lat),
                        longitude=_float(lon),
                        alt_names=tuple(alt_names.split("|")) if alt_names else (),
                        population=int(population) if population else None,
                    )
                )
            except (ValueError, KeyError) as exc:
                raise ValueError(f"{path.name}, line {number}: malformed row ({exc})") from exc
    return tuple(entries)


@functools.cache
def _shipped_places() -> tuple[GazetteerEntry, ...]:
    return _read_places(places_path())


def load_places(path: Path | None = None) -> list[GazetteerEntry]:
    """Every place of the gazetteer (admin1, then admin2, then settlements, each by ref).

    The shipped file is read once per process; ``path`` reads another file, uncached.
    ValueError when the file is malformed.
    """
    return list(_read_places(path) if path else _shipped_places())


def _read_aliases(path: Path) -> dict[str, str]:
    aliases: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t")
        header = tuple(next(rows, ()))
        if header != ALIAS_COLUMNS:
            raise ValueError(f"{path.name}: unexpected header {header!r}")
        for number, row in enumerate(rows, start=2):
            if len(row) != len(ALIAS_COLUMNS) or not fold(row[0]) or not fold(row[2]):
                raise ValueError(f"{path.name}, line {number}: malformed row {row!r}")
            canonical = clean(row[2])
            for spelling in (row[0], canonical):
                key = fold(spelling)
                if aliases.setdefault(key, canonical) != canonical:
                    raise ValueError(
                        f"{path.name}, line {number}: {spelling!r} already means "
                        f"{aliases[key]!r}, not {canonical!r}"
                    )
    return aliases


@functools.cache
def _shipped_aliases() -> dict[str, str]:
    return _read_aliases(aliases_path())


def load_admin_aliases(path: Path | None = None) -> dict[str, str]:
    """Folded spelling -> canonical admin name, for every alias and every canonical name."""
    return dict(_read_aliases(path) if path else _shipped_aliases())


def canonical_admin(name: str) -> str:
    """The canonical spelling of an admin name ("Koulikouro" -> "Koulikoro", "Region de
    Tombouctou" -> "Tombouctou"), or the cleaned input when the name is unknown."""
    cleaned = clean(name)
    aliases = _shipped_aliases()
    key = fold(cleaned)
    if key in aliases:
        return aliases[key]
    bare = _ADMIN_AFFIX.sub("", key).strip()
    return aliases.get(bare, cleaned) if bare else cleaned


@functools.lru_cache(maxsize=4096)
def _admin_key(name: str) -> str:
    """An admin name's canonical spelling, folded: an import names a few hundred, each
    thousands of times."""
    return fold(canonical_admin(name))


# --- In-memory lookups --------------------------------------------------------------------------


class Gazetteer:
    """Accent-insensitive search and exact lookup over gazetteer entries, in memory.

    The indexes are built on the first query (a fraction of a second for the shipped file).
    """

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self._entries = tuple(entries)
        self._by_ref = {entry.ref: entry for entry in self._entries}
        self._positions: dict[str, int] = {}  # ref -> entry index, made when first asked
        self._names: dict[str, list[int]] = {}  # folded name -> entry indexes
        self._alt_names: dict[str, list[int]] = {}  # folded alternate name -> entry indexes
        self._words: list[str] = []  # every word-start suffix of every key, sorted
        self._word_owner: list[int] = []  # entry index of each suffix in _words
        self._keys: list[set[str]] = []  # each entry's folded names
        self._indexed = False

    @classmethod
    def shipped(cls) -> Gazetteer:
        return cls(load_places())

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self._entries)

    def get(self, ref: str) -> GazetteerEntry | None:
        return self._by_ref.get(ref)

    def _index(self) -> None:
        """The name indexes ``find`` needs (an import asks for nothing else)."""
        if self._indexed:
            return
        self._indexed = True
        self._keys = []
        for index, entry in enumerate(self._entries):
            name = fold(entry.name)
            keys = {name, *map(fold, entry.alt_names)} - {""}
            if name:
                self._names.setdefault(name, []).append(index)
            for key in keys - {name}:
                self._alt_names.setdefault(key, []).append(index)
            self._keys.append(keys)

    def _index_words(self) -> None:
        """Every word-start suffix of every name, sorted, for ``search``: most of the
        indexes' cost, made when the user first types a place."""
        if self._words:
            return
        self._index()
        suffixes: set[tuple[str, int]] = set()
        for index, keys in enumerate(self._keys):
            for key in keys:
                suffixes.add((key, index))
                suffixes.update((key[m.end() :], index) for m in re.finditer(" ", key))
        for suffix, index in sorted(suffixes):
            self._words.append(suffix)
            self._word_owner.append(index)
        self._keys = []  # (no longer needed)

    def _rank(self, index: int, query: str = "") -> tuple[int, bool, int, str, str]:
        """Kind, then places whose main name is the query, then population, name, ref."""
        entry = self._entries[index]
        name = fold_cached(entry.name)
        return KIND_RANK[entry.kind], name != query, -(entry.population or 0), name, entry.ref

    def search(self, text: str, limit: int = 20) -> list[GazetteerEntry]:
        """Places one of whose names has a word starting with ``text`` (folded; several words
        match as a phrase). Exact matches of a whole name first, then admin1, admin2,
        settlements, each by population."""
        query = fold(text)
        if not query or limit <= 0:
            return []
        self._index_words()
        exact = {*self._names.get(query, ()), *self._alt_names.get(query, ())}
        hits = set(exact)
        start = bisect.bisect_left(self._words, query)
        for position in range(start, len(self._words)):
            if not self._words[position].startswith(query):
                break
            hits.add(self._word_owner[position])
        best = heapq.nsmallest(limit, hits, key=lambda i: (i not in exact, *self._rank(i, query)))
        return [self._entries[i] for i in best]

    def names(self, ref: str, name: str, admin1: str = "", admin2: str = "") -> bool | None:
        """Whether the entry ``ref`` is a place called ``name`` (or so known) in the region and
        cercle given, as ``find`` narrows them; None when the gazetteer has no such entry."""
        entry = self.get(ref)
        if entry is None:
            return None
        if name == entry.name and admin1 in ("", entry.admin1) and admin2 in ("", entry.admin2):
            return True  # as the entry writes them: our own export's rows, nearly all
        self._index()
        if not self._positions:
            self._positions = {e.ref: k for k, e in enumerate(self._entries)}
        # through the name indexes: no set of an entry's names is made (an import asks this
        # of tens of thousands of entries)
        key, position = fold_cached(name), self._positions[ref]
        if position not in self._names.get(key, ()) and position not in self._alt_names.get(
            key, ()
        ):
            return False
        want1 = _admin_key(admin1) if admin1 else ""
        want2 = _admin_key(admin2) if admin2 else ""
        return _inside(entry, want1, want2)

    def find(
        self, name: str, admin1: str | None = None, admin2: str | None = None
    ) -> list[GazetteerEntry]:
        """Places called exactly ``name`` (folded), narrowed to a region and/or cercle in any
        spelling (aliases, and Gao/Tombouctou for places now in Ménaka/Taoudénit); places known
        by ``name`` only as an alternate name ("Timbuktu") when no place's main name matches.
        Ordered admin1, admin2, settlements, then by population."""
        # Folded through the cache: an import asks for thousands of places in a few regions.
        key = fold_cached(name)
        if not key:
            return []
        self._index()
        want1 = _admin_key(admin1) if admin1 else ""
        want2 = _admin_key(admin2) if admin2 else ""
        for indexes in (self._names.get(key, ()), self._alt_names.get(key, ())):
            matching = [i for i in indexes if _inside(self._entries[i], want1, want2)]
            if matching:
                return [self._entries[i] for i in sorted(matching, key=self._rank)]
        return []


def _inside(entry: GazetteerEntry, want1: str, want2: str) -> bool:
    """Whether ``entry`` lies in the region and cercle keys asked (either may be "": any);
    a region asked by its pre-2016 name takes the places now in Ménaka or Taoudénit."""
    region = fold_cached(entry.admin1)
    if want1 and want1 not in (region, FORMER_REGION.get(region)):
        return False
    return not want2 or fold_cached(entry.admin2) == want2
