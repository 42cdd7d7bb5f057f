"""Three-way merge of an incident changed here and in a colleague's file since the version the
file started from: part by part, a part only the file changed is taken, a part only this
database changed is kept, a part changed differently on both sides is a clash."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Set
from typing import Any

from sahel_desk.domain.errors import Problem, problem
from sahel_desk.domain.incident import Incident
from sahel_desk.store import rowmap

M_MERGED = (
    "incident {id} was changed here and in the file, in different fields: both changes are kept"
)
M_KEPT = "kept as changed here: {fields}"
M_CLASH = "changed differently on both sides: {fields}; taking the file's version takes its values"
M_VALUES = "here: {here}; in the file: {file}"
M_UNFIT = "the two versions cannot be merged field by field ({reason})"
MESSAGES = (M_MERGED, M_KEPT, M_CLASH, M_VALUES, M_UNFIT)
_VALUES_SHOWN = 5  # fields whose two values a conflict shows

# Fields that only make sense together: merged as one part, never half from each side.
_PARTS = (
    ("event_date", "date_precision"),
    ("event_type", "sub_event_type", "civilian_targeting", "original_event_type"),
    ("actor1", "inter1", "assoc_actor1", "actor2", "inter2", "assoc_actor2"),
    ("location", "country", "admin1", "admin2", "admin3", "latitude", "longitude", "place_ref",
     "geo_precision"),
    ("fatalities", "fatalities_low", "fatalities_high"),
)  # fmt: skip


# What marks the file's version (ACLED's id and timestamp): it goes with the file, never chosen
_VERSION = frozenset({"external_id", "external_timestamp"})


def _parts(names: Iterable[str]) -> list[tuple[str, ...]]:
    """Every part of ``rowmap.flat``'s fields: the groups, then each other field alone."""
    grouped = {name for part in _PARTS for name in part}
    return [*_PARTS, *((name,) for name in names if name not in grouped)]


def parts_apart(stored: Incident, written: Incident) -> list[tuple[str, ...]]:
    """The parts in which ``written`` differs from ``stored``, each as its fields that
    differ: what a field-by-field choice offers. A part is named by its first field
    (``part_of``); the ACLED id and version are not offered."""
    ours, file = rowmap.flat(stored), rowmap.flat(written)
    found = []
    for part in _parts(ours):
        differing = tuple(name for name in part if ours[name] != file[name])
        if differing and not _VERSION.intersection(part):
            found.append(differing)
    return found


def both(stored: Incident, written: Incident) -> tuple[dict[str, Any], dict[str, Any]]:
    """The two versions' fields as ``parts_apart`` names them, for showing them side by side."""
    return rowmap.flat(stored), rowmap.flat(written)


def part_of(name: str) -> str:
    """The name of the part a field belongs to: its first field."""
    return next((part[0] for part in _PARTS if name in part), name)


def keeping(stored: Incident, written: Incident, parts: Collection[str]) -> Incident:
    """``written`` with the ``parts`` (named by any of their fields: ``part_of``) as
    ``stored`` has them: a version made here, so without the file's version time."""
    if not parts:
        return written
    named = {part_of(name) for name in parts}  # a field names its part
    ours, result = rowmap.flat(stored), rowmap.flat(written)
    for part in _parts(ours):
        if part[0] in named:
            for name in part:
                result[name] = ours[name]
    return rowmap.unflat(result, written).with_changes(updated_at=None)


def shown(value: Any) -> str:
    """A field's value (as ``rowmap.flat`` gives it) in a few words, for a conflict."""
    if value is None or value == "" or value == []:
        return "—"  # empty, in any language
    if isinstance(value, bool):
        return "✓" if value else "✗"  # yes and no, in any language
    text = _text(value)
    return text if len(text) <= 60 else text[:59] + "…"


def whole(value: Any) -> str:
    """A field's value (as ``rowmap.flat`` gives it) in words, uncut: "—" for empty."""
    return "—" if value is None or value == "" or value == [] else _text(value)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(v["name"] if isinstance(v, dict) else str(v) for v in value)
    return str(value)


def shown_apart(ours: Any, theirs: Any) -> tuple[str, str]:
    """Two values of a field as ``shown``, cut where they differ: two long notes that
    differ only near their end would otherwise read the same in their first words."""
    here, file = shown(ours), shown(theirs)
    if here != file or not here.endswith("…"):
        return here, file
    a, b = _text(ours), _text(theirs)
    return excerpt(a, b, 58, 20), excerpt(b, a, 58, 20)


def excerpt(text: str, other: str, width: int, context: int) -> str:
    """At most ``width`` characters of ``text``, from ``context`` characters before where
    it parts from ``other`` (marked "…" where cut): two long values that differ near their
    end must not read the same."""
    if len(text) <= width:
        return text
    apart = next(
        (k for k, (x, y) in enumerate(zip(text, other, strict=False)) if x != y),
        min(len(text), len(other)),
    )  # one is the other and more: where it ends
    start = max(0, min(apart - context, len(text) - width))
    end = start + width
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def three_way(
    stored: Incident, theirs: Incident, base: Mapping[str, Any], imported: Set[str]
) -> tuple[Incident, list[str], list[str]]:
    """The file's version with the parts only this database changed since ``base`` kept as
    stored; and which fields were kept, and which both sides changed differently. A part an
    import changed here is a clash whenever the file differs: that change may be the file's
    own author's, come back, and which side is newer cannot be told."""
    ours, file = rowmap.flat(stored), rowmap.flat(theirs)
    parts = _parts(ours)
    result = dict(file)
    kept: list[str] = []
    clashes: list[str] = []
    for part in parts:
        changed = [name for name in part if name in base and ours[name] != base[name]]
        differing = [name for name in part if file[name] != ours[name]]
        if not changed or not differing:
            continue  # not changed here, or the file has it as we do: the file's stands
        if any(name in imported for name in changed):
            clashes += differing
            continue
        theirs_changed = any(file[name] != base.get(name, ours[name]) for name in part)
        if theirs_changed:
            clashes += differing
        else:
            for name in part:
                result[name] = ours[name]
            kept += differing
    return rowmap.unflat(result, theirs), kept, clashes


def clash_reasons(stored: Incident, theirs: Incident, clashes: list[str]) -> list[Problem]:
    """What a conflict says: the fields in dispute, then each one's two values."""
    return [problem("row", M_CLASH, "warning", fields=", ".join(clashes)),
            *values(stored, theirs, clashes)]  # fmt: skip


def values(
    stored: Incident, theirs: Incident, fields: Iterable[str] | None = None
) -> list[Problem]:
    """Both values of each of ``fields`` (else of every field that differs), for the first
    few: what a user weighs before taking a version held back, rather than field names."""
    ours, file = rowmap.flat(stored), rowmap.flat(theirs)
    names = changed(stored, theirs) if fields is None else list(fields)
    found = []
    for name in names[:_VALUES_SHOWN]:
        here, there = shown_apart(ours[name], file[name])
        found.append(problem(name, M_VALUES, "info", here=here, file=there))
    return found


def changed(stored: Incident, theirs: Incident) -> list[str]:
    """The fields (``rowmap.flat``'s) whose values differ."""
    ours, file = rowmap.flat(stored), rowmap.flat(theirs)
    return [name for name in ours if ours[name] != file[name]]
