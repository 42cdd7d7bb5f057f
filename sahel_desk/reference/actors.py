"""The shipped actor registry (``resources/actors/actors.json``).

Each entry is the name ACLED exports write, its ACLED type, and the other ways press,
reports and older exports spell it. Every spelling folds (``domain.text.fold``) to a key
that must point to one actor only, or matching would depend on file order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from sahel_desk.domain.actors import Actor, ActorMatcher, ActorType
from sahel_desk.domain.text import clean, fold
from sahel_desk.paths import resource

_KNOWN = frozenset({"name", "type", "country", "since", "aliases", "description"})


def actors_path() -> Path:
    return resource("actors", "actors.json")


def _version(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


ACTORS_VERSION: str = _version(actors_path())
"""Short sha256 of the shipped actors.json: changes whenever the registry file does."""


def _parse(entry: object, where: str) -> Actor:
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected an object")
    unknown = sorted(set(entry) - _KNOWN)
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {', '.join(unknown)}")
    name = entry.get("name")
    if not isinstance(name, str) or not fold(name):
        raise ValueError(f"{where}: 'name' must be a non-empty string")
    name = clean(name)
    where = f"{where} ({name!r})"
    try:
        actor_type = ActorType.parse(entry.get("type"))
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from exc
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and fold(a) for a in aliases):
        raise ValueError(f"{where}: 'aliases' must be a list of non-empty strings")
    country = entry.get("country")
    if country is not None and not isinstance(country, str):
        raise ValueError(f"{where}: 'country' must be a string or null")
    description = entry.get("description") or ""
    if not isinstance(description, str):
        raise ValueError(f"{where}: 'description' must be a string")
    since = entry.get("since")
    try:
        since = None if since is None else dt.date.fromisoformat(since)
    except (TypeError, ValueError):
        raise ValueError(f"{where}: 'since' must be a date as YYYY-MM-DD") from None
    return Actor(
        name=name,
        actor_type=actor_type,
        aliases=tuple(clean(a) for a in aliases),
        country=clean(country) or None,
        description=description.strip(),
        since=since,
    )


def load_actors(path: Path | None = None) -> list[Actor]:
    """The registry's actors in file order; ValueError when malformed or ambiguous."""
    source = path or actors_path()
    try:
        entries = json.loads(source.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{source.name}: not valid JSON ({exc})") from exc
    if not isinstance(entries, list):
        raise ValueError(f"{source.name}: expected a JSON list of actors")

    actors: list[Actor] = []
    names: set[str] = set()
    owner: dict[str, tuple[str, str]] = {}  # folded key -> (actor name, spelling)
    for number, entry in enumerate(entries, start=1):
        actor = _parse(entry, f"{source.name}, actor {number}")
        if actor.name in names:
            raise ValueError(f"{source.name}: duplicate actor name {actor.name!r}")
        names.add(actor.name)
        for spelling in (actor.name, *actor.aliases):
            key = fold(spelling)
            other = owner.setdefault(key, (actor.name, spelling))
            if other[0] != actor.name:
                raise ValueError(
                    f"{source.name}: {spelling!r} of {actor.name!r} clashes with "
                    f"{other[1]!r} of {other[0]!r} (both fold to {key!r})"
                )
        actors.append(actor)
    return actors


def registry_matcher(path: Path | None = None) -> ActorMatcher:
    """An alias index over the registry: any known spelling -> registry name."""
    return ActorMatcher.of(load_actors(path))
