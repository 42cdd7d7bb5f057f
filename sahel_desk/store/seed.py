"""Load the shipped reference data (tags, actors, gazetteer) into a database.

Runs on every open but works only when a shipped version differs from the one recorded in
``meta``. Tags and actors are merged (a user's renames and additions are kept); the
gazetteer, which users do not edit, is replaced whole.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, delete, or_, select, update

from sahel_desk.domain.actors import Actor
from sahel_desk.domain.text import fold
from sahel_desk.reference import actors as ref_actors
from sahel_desk.reference import gazetteer as ref_gazetteer
from sahel_desk.reference import vocab as ref_vocab
from sahel_desk.store import meta, search
from sahel_desk.store import tables as s


def ensure_reference_data(conn: Connection) -> list[str]:
    """Bring tags, actors and places up to the shipped versions; return what was (re)loaded."""
    steps: list[tuple[str, str, Callable[[Connection], None]]] = [
        ("vocab_version", ref_vocab.VOCAB_VERSION, seed_tags),
        ("actors_version", ref_actors.ACTORS_VERSION, seed_actors),
        ("gazetteer_version", ref_gazetteer.GAZETTEER_VERSION, seed_places),
    ]
    done = []
    for key, version, load in steps:
        if meta.get(conn, key) != version:
            load(conn)
            meta.put(conn, key, version)
            done.append(key.removesuffix("_version"))
    return done


def seed_tags(conn: Connection) -> None:
    existing = dict(conn.execute(select(s.tags.c.code, s.tags.c.id)).all())
    removed = meta.codes(conn, meta.REMOVED_TAGS)  # merged away by the user: stays away
    for position, tag in enumerate(ref_vocab.load_tags()):
        if tag.code in existing or tag.code in removed:
            continue
        parent_id = existing.get(tag.parent) if tag.parent else None
        existing[tag.code] = conn.execute(
            s.tags.insert().values(
                code=tag.code,
                kind=tag.kind.value,
                parent_id=parent_id,
                label_en=tag.label_en,
                label_fr=tag.label_fr,
                description_en=tag.description_en,
                description_fr=tag.description_fr,
                hidden=tag.hidden,
                position=position,
            )
        ).inserted_primary_key[0]


def seed_actors(conn: Connection) -> None:
    """Add the shipped actors and their aliases; follow a shipped rename.

    A renamed actor keeps its old name among its aliases in ``actors.json``; the stored actor
    carrying that old name is renamed rather than doubled, unless the user named it otherwise.
    """
    by_key: dict[str, int] = dict(conn.execute(select(s.actors.c.key, s.actors.c.id)).all())
    alias_owner: dict[str, int] = dict(
        conn.execute(select(s.actor_aliases.c.key, s.actor_aliases.c.actor_id)).all()
    )
    shipped = ref_actors.load_actors()
    shipped_names = {fold(actor.name) for actor in shipped}
    for actor in shipped:
        key = fold(actor.name)
        actor_id = by_key.get(key)
        if actor_id is None:
            # an old name is one no shipped actor still carries ("Wagner Group" stays its own
            # actor while it is shipped, whatever later actor lists it among its aliases)
            old_keys = {fold(alias) for alias in actor.aliases} - shipped_names
            actor_id = _renamed(conn, actor, key, old_keys, by_key, alias_owner)
        if actor_id is None:
            actor_id = conn.execute(
                s.actors.insert().values(
                    name=actor.name,
                    key=key,
                    actor_type=int(actor.actor_type) if actor.actor_type else None,
                    country=actor.country,
                    description=actor.description,
                )
            ).inserted_primary_key[0]
            by_key[key] = actor_id
        for alias in actor.aliases:
            alias_key = fold(alias)
            if alias_key and alias_key not in alias_owner and alias_key not in by_key:
                conn.execute(
                    s.actor_aliases.insert().values(actor_id=actor_id, alias=alias, key=alias_key)
                )
                alias_owner[alias_key] = actor_id


def _renamed(
    conn: Connection,
    actor: Actor,
    key: str,
    old_keys: set[str],
    by_key: dict[str, int],
    alias_owner: dict[str, int],
) -> int | None:
    """The stored actor named by one of ``old_keys``, renamed to ``actor`` (with its type,
    country and description).

    None when no stored actor goes by an old spelling as its name, when two do (merging them
    is the user's call), or when the new name is another actor's alias. Its incidents are
    re-indexed, since the search index holds actor names.
    """
    found = {by_key[k] for k in old_keys if k in by_key}
    if len(found) != 1:
        return None
    (actor_id,) = found
    if alias_owner.get(key, actor_id) != actor_id:
        return None  # the new name already means another actor: left for the user
    old_name, old_key = conn.execute(
        select(s.actors.c.name, s.actors.c.key).where(s.actors.c.id == actor_id)
    ).one()
    ids = list(
        conn.execute(
            select(s.incidents.c.id).where(
                or_(
                    s.incidents.c.actor1_id == actor_id,
                    s.incidents.c.actor2_id == actor_id,
                    s.incidents.c.id.in_(
                        select(s.incident_actors.c.incident_id).where(
                            s.incident_actors.c.actor_id == actor_id
                        )
                    ),
                )
            )
        ).scalars()
    )
    search.unindex(conn, ids)  # while the view still shows the old name
    if key in alias_owner:  # the new name was an alias of this actor: it is the name now
        conn.execute(delete(s.actor_aliases).where(s.actor_aliases.c.key == key))
        del alias_owner[key]
    conn.execute(
        update(s.actors)
        .where(s.actors.c.id == actor_id)
        .values(
            name=actor.name,
            key=key,
            actor_type=int(actor.actor_type) if actor.actor_type else None,
            country=actor.country,
            description=actor.description,
        )
    )
    conn.execute(
        s.actor_aliases.insert().values(actor_id=actor_id, alias=old_name, key=old_key)
    )
    alias_owner[old_key] = actor_id
    del by_key[old_key]
    by_key[key] = actor_id
    search.index_ids(conn, ids)
    return actor_id


def word_starts(key: str) -> set[str]:
    """``"niono koro"`` -> {"niono koro", "koro"}: what a word-prefix search can hit."""
    words = key.split()
    return {" ".join(words[n:]) for n in range(len(words))}


def seed_places(conn: Connection) -> None:
    conn.execute(delete(s.place_keys))
    conn.execute(delete(s.places))
    place_rows, key_rows = [], {}
    for entry in ref_gazetteer.load_places():
        place_rows.append(
            (
                entry.ref,
                entry.name,
                entry.kind.value,
                entry.country,
                entry.admin1,
                entry.admin2,
                entry.admin3,
                entry.latitude,
                entry.longitude,
                entry.population,
                "|".join(entry.alt_names),
            )
        )
        for key in entry.keys:
            for start in word_starts(key):
                exact = start == key
                key_rows[(start, entry.ref)] = key_rows.get((start, entry.ref), False) or exact
    conn.exec_driver_sql(
        "INSERT INTO places (ref, name, kind, country, admin1, admin2, admin3, latitude, "
        "longitude, population, alt_names) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        place_rows,
    )
    conn.exec_driver_sql(
        "INSERT INTO place_keys (key, ref, exact) VALUES (?,?,?)",
        [(key, ref, int(exact)) for (key, ref), exact in key_rows.items()],
    )
