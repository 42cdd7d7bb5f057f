"""Shipped reference data arriving in a database that already holds incidents."""

from __future__ import annotations

import dataclasses

from support import read_rows

from sahel_desk.domain.actors import ActorType
from sahel_desk.domain.incident import new_uuid
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.reference import actors as ref_actors
from sahel_desk.store import Store, seed
from sahel_desk.synthetic.article import article_incidents


def ship(store: Store, monkeypatch, actors) -> None:
    """What opening does when the shipped actors.json changes."""
    monkeypatch.setattr(seed.ref_actors, "load_actors", lambda: actors)
    with store._session.write() as conn:
        seed.seed_actors(conn)


def actor_count(store: Store) -> int:
    with store._session.read() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM actors").scalar()


def by_wagner(**changes):
    wanted = {"actor1": "Wagner Group", "inter1": ActorType.EXTERNAL_OTHER, **changes}
    return article_incidents()[0].with_changes(**wanted)


def renamed(old: str, new: str, *also: str):
    actors = ref_actors.load_actors()
    return [
        dataclasses.replace(a, name=new, aliases=(*a.aliases, old, *also)) if a.name == old else a
        for a in actors
    ]


def test_a_shipped_rename_renames_the_actor_and_keeps_the_old_name_as_an_alias(store, monkeypatch):
    wagner = by_wagner(notes="Accrochage.")
    saved = store.incidents.add(wagner)
    before = actor_count(store)

    ship(store, monkeypatch, renamed("Wagner Group", "Wagner Group (Russia)"))

    assert actor_count(store) == before  # renamed, not doubled
    assert store.incidents.get(saved.id).actor1 == "Wagner Group (Russia)"
    assert store.check() == []  # the search index followed the new name
    assert store.incidents.ids(IncidentQuery(text="Russia")) == [saved.id]
    # the old name still means the same actor, on input and in the search box
    again = store.incidents.add(wagner.with_changes(uuid=new_uuid(), notes="Deuxième fois."))
    assert again.actor1 == "Wagner Group (Russia)"
    assert sorted(store.incidents.ids(IncidentQuery(text="Wagner Group"))) == [saved.id, again.id]


def test_a_rename_to_one_of_its_aliases_moves_the_alias(store, monkeypatch):
    ship(store, monkeypatch, renamed("Wagner Group", "Groupe Wagner"))
    assert store.incidents.add(by_wagner(actor1="PMC Wagner")).actor1 == "Groupe Wagner"
    with store._session.read() as conn:
        aliases = (
            conn.exec_driver_sql(
                "SELECT alias FROM actor_aliases al JOIN actors a ON a.id = al.actor_id "
                "WHERE a.name = 'Groupe Wagner'"
            )
            .scalars()
            .all()
        )
    assert "Wagner Group" in aliases and "Groupe Wagner" not in aliases


def test_a_new_actor_whose_alias_names_two_stored_actors_is_added_apart(store, monkeypatch):
    before = actor_count(store)
    actors = ref_actors.load_actors()
    merged = dataclasses.replace(
        actors[0], name="Wagner or Africa Corps", aliases=("Wagner Group", "Africa Corps")
    )
    ship(store, monkeypatch, [*actors, merged])
    assert actor_count(store) == before + 1  # merging two actors is the user's call


def test_an_alias_naming_an_actor_still_shipped_takes_nothing_from_it(store, monkeypatch):
    saved = store.incidents.add(by_wagner())
    actors = ref_actors.load_actors()
    newcomer = dataclasses.replace(
        actors[0], name="Africa Corps (Russia)", aliases=("Wagner Group", "Russian forces")
    )
    before = actor_count(store)
    ship(store, monkeypatch, [*actors, newcomer])  # Wagner Group is still shipped
    assert actor_count(store) == before + 1
    assert store.incidents.get(saved.id).actor1 == "Wagner Group"


def test_a_rename_to_another_actors_alias_takes_the_alias_from_nobody(store, monkeypatch):
    jnim = "JNIM: Group for Support of Islam and Muslims"
    shipped = [  # a valid file: GSIM is no longer JNIM's alias there, but it is in the database
        dataclasses.replace(a, aliases=tuple(x for x in a.aliases if x != "GSIM"))
        if a.name == jnim
        else a
        for a in renamed("Wagner Group", "GSIM")
    ]
    ship(store, monkeypatch, shipped)
    owners = read_rows(
        store,
        "SELECT a.name FROM actor_aliases al JOIN actors a ON a.id = al.actor_id "
        "WHERE al.alias = 'GSIM'",
    )
    assert owners == [(jnim,)]  # not deleted from under JNIM
    assert store.actors.match("Wagner Group") == "Wagner Group"  # and not renamed


def test_actor_spellings_are_every_name_and_alias_once_sorted(store):
    spellings = store.actors.spellings()
    assert spellings == sorted(set(spellings))
    assert "JNIM: Group for Support of Islam and Muslims" in spellings and "GSIM" in spellings
