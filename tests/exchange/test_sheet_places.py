"""Places a colleague corrects or adds in our workbook: the gazetteer entry follows the
location as written, never the old place's left in the sheet's own columns."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from exchange.sharing import edit_sheet, import_file
from openpyxl import load_workbook

from sahel_desk.domain.places import PlaceKind
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.exchange.columns import WORKBOOK_COLUMNS
from sahel_desk.jobs import imports
from sahel_desk.jobs.export import export
from sahel_desk.reference.gazetteer import Gazetteer
from sahel_desk.store import Store
from sahel_desk.synthetic.incidents import Generator

SEVARE = ("ocha:ML050109007", 14.52457, -4.09469)  # the gazetteer's only Sévaré in Mopti


def _exported(store: Store, tmp_path: Path) -> Path:
    """Eguedech (Gao), Tounga (Mopti) and Anderamboukane (Ménaka), each tied to the
    gazetteer, exported as a workbook."""
    store.incidents.add_many(Generator(19).incidents(3))
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(sort=(("id", False),)), path)
    return path


def _stored(store: Store, uuid: str):
    return store.incidents.by_uuid([uuid])[uuid]


def test_a_location_corrected_to_a_known_place_is_tied_to_it(store: Store, tmp_path: Path):
    """The colleague writes Sévaré over Eguedech and leaves the coordinates: the incident is
    tied to Sévaré, with Sévaré's coordinates, and the row says so."""
    path = _exported(store, tmp_path)
    place = {(2, "location"): "Sévaré", (2, "admin1"): "Mopti", (2, "admin2"): "Mopti"}
    uuid = edit_sheet(path, {**place, (2, "admin3"): "Socoura"})
    plan = import_file(store, path)
    (row,) = [r for r in plan.rows if r.action == imports.UPDATE]
    said = " | ".join(str(p) for p in row.problems)
    assert "the place is no longer Eguedech — Gao, Bourem: tied to Sevare — Mopti" in said
    after = _stored(store, uuid).place
    assert (after.ref, after.latitude, after.longitude) == SEVARE
    assert after.location == "Sévaré"


def test_a_location_corrected_to_an_unknown_place_is_no_longer_tied(store, tmp_path):
    """A name the gazetteer does not know: the incident is unverified, keeps the coordinates
    the sheet holds, and the row says they are the old place's."""
    path = _exported(store, tmp_path)
    before = store.incidents.get(store.incidents.ids(IncidentQuery(sort=(("id", False),)))[1])
    edit_sheet(path, {(3, "location"): "Campement de Hamadou"})
    plan = import_file(store, path)
    (row,) = [r for r in plan.rows if r.action == imports.UPDATE]
    said = " | ".join(str(p) for p in row.problems)
    assert "kept unverified, with the coordinates of Tounga — Mopti, Djenné; check them" in said
    after = _stored(store, before.uuid).place
    assert after.ref is None and after.location == "Campement de Hamadou"
    assert (after.latitude, after.longitude) == (before.place.latitude, before.place.longitude)


def test_a_row_a_colleague_adds_is_found_in_the_gazetteer(store: Store, tmp_path: Path):
    """A new row with only a location and its region, Sahel Desk's columns left empty, is
    tied to the gazetteer and placed on the map, as the same row in a CSV is; the rows not
    touched stay unchanged."""
    path = _exported(store, tmp_path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    column = {name: k + 1 for k, name in enumerate(WORKBOOK_COLUMNS)}
    kept = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1",
            "actor2", "inter2", "country", "geo_precision", "fatalities")  # fmt: skip
    for name in kept:
        sheet.cell(row=5, column=column[name]).value = sheet.cell(row=4, column=column[name]).value
    for name, value in (("location", "Sévaré"), ("admin1", "Mopti"), ("notes", "Ajouté.")):
        sheet.cell(row=5, column=column[name]).value = value
    book.save(path)
    plan = import_file(store, path)
    assert [r.action for r in plan.rows] == [imports.UNCHANGED] * 3 + [imports.NEW]
    added = plan.rows[3].incident.place
    assert (added.ref, added.latitude, added.longitude) == SEVARE


def test_a_region_corrected_for_a_name_found_elsewhere_is_looked_up_again(store, tmp_path):
    """Anderamboukane's region corrected to Mopti in the sheet: no Anderamboukane there, so
    the incident is no longer tied to the Ménaka one, and the row says so."""
    path = _exported(store, tmp_path)
    edit_sheet(path, {(4, "admin1"): "Mopti"})
    uuid = str(load_workbook(path).worksheets[0].cell(row=4, column=_column("sd_uuid")).value)
    plan = import_file(store, path)
    (row,) = [r for r in plan.rows if r.action == imports.UPDATE]
    assert "the place is no longer Anderamboukane — Ménaka" in str(row.problems)
    assert _stored(store, uuid).place.ref is None


def test_new_coordinates_typed_with_a_new_place_are_kept_and_said(store, tmp_path):
    """Sévaré written over Eguedech, with coordinates of the colleague's own: tied to Sévaré,
    the sheet's coordinates kept, and the row asks to check them. With the coordinates
    cleared instead, Sévaré's are taken; the old commune gives way to Sévaré's."""
    path = _exported(store, tmp_path)
    moved = {(2, "location"): "Sévaré", (2, "admin1"): "Mopti", (2, "admin2"): "Mopti"}
    uuid = edit_sheet(path, {**moved, (2, "latitude"): 14.6, (2, "longitude"): -4.1})
    plan = imports.plan_import(store, path)
    (row,) = [r for r in plan.rows if r.action == imports.UPDATE]
    assert "the sheet's own coordinates are kept: check them" in str(row.problems)
    assert (row.incident.place.latitude, row.incident.place.longitude) == (14.6, -4.1)
    edit_sheet(path, {(2, "latitude"): None, (2, "longitude"): None})
    plan = import_file(store, path)
    place = _stored(store, uuid).place
    assert (place.ref, place.latitude, place.longitude) == SEVARE
    assert place.admin3 != "Bamba"  # Eguedech's commune


def test_an_unverified_place_beside_an_entry_is_read_without_error(store, tmp_path):
    """A sheet that says both “unverified” and an entry (a colleague filled one column):
    the place stays unverified, with no word of a place that moved."""
    path = _exported(store, tmp_path)
    uuid = edit_sheet(path, {(2, "sd_unverified_place"): "yes"})
    plan = imports.plan_import(store, path)
    row = next(r for r in plan.rows if r.incident is not None and r.incident.uuid == uuid)
    assert row.incident.place.ref is None
    assert "no longer" not in str(row.problems)
    edit_sheet(path, {(2, "sd_place_ref"): "ocha:ML999999999"})  # an entry we lack
    assert imports.plan_import(store, path).counts[imports.REJECTED] == 0


def test_a_place_the_sheet_left_as_we_hold_it_keeps_its_entry(store, tmp_path):
    """An incident whose region was changed by hand in the editor, its entry kept: our own
    export of it, read back untouched, is unchanged, not looked up again."""
    store.incidents.add_many(Generator(19).incidents(3))
    first = store.incidents.get(store.incidents.ids(IncidentQuery(sort=(("id", False),)))[0])
    odd = replace(first.place, admin1="Mopti")
    store.incidents.update(first.with_changes(place=odd))
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    plan = imports.plan_import(store, path)
    assert plan.counts[imports.UNCHANGED] == 3, [r.problems for r in plan.rows]


def test_our_csv_of_an_unverified_known_place_reads_back_unchanged(store, tmp_path):
    """An unverified incident at a place the gazetteer knows, no coordinates: our ACLED CSV
    of it reads back unchanged, not given the gazetteer's coordinates."""
    (incident,) = Generator(19).incidents(1)
    bare = replace(incident.place, ref=None, latitude=None, longitude=None)
    store.incidents.add_many([incident.with_changes(place=bare)])
    path = tmp_path / "ours.csv"
    export(store, IncidentQuery(), path)
    assert imports.plan_import(store, path).counts[imports.UNCHANGED] == 1


def _column(name: str) -> int:
    return WORKBOOK_COLUMNS.index(name) + 1


def test_a_town_is_found_by_its_name_and_region_before_its_cercle(store, tmp_path):
    """A colleague's CSV names towns with their region only: Bankass and Douentza are the
    towns (not the cercles of their names, tens of km away), Diabaly is one town the
    gazetteer lists twice; a sheet without regions naming Ménaka takes its region."""
    path = tmp_path / "towns.csv"
    rows = [("Bankass", "Mopti"), ("Douentza", "Mopti"), ("Diabaly", "Ségou")]
    head = "event_date,event_type,sub_event_type,actor1,location"
    line = "2023-04-02,Protests,Peaceful protest,Protesters (Mali),{}\n"
    path.write_text(
        f"{head},admin1\n" + "".join(line.format(f"{p},{r}") for p, r in rows), encoding="utf-8"
    )
    places = [r.incident.place for r in imports.plan_import(store, path).rows]
    towns = {e.ref for e in Gazetteer.shipped() if e.kind is PlaceKind.SETTLEMENT}
    assert all(p.ref in towns and p.latitude is not None for p in places)
    assert abs(places[1].longitude - (-2.95)) < 0.01  # the town, not the cercle's centre
    path.write_text(f"{head}\n" + line.format("Ménaka"), encoding="utf-8")
    plan = imports.plan_import(store, path)
    (row,) = plan.rows
    assert (row.incident.place.admin1, row.incident.place.admin2) == ("Ménaka", "Ménaka")
    assert any(str(n).startswith("admin1: no region given: read") for n in plan.notes)


def test_an_unverified_place_corrected_to_a_known_one_is_tied_to_it(store, tmp_path):
    """An incident kept unverified; a colleague corrects its location to Sévaré in Mopti:
    the import ties it to Sévaré, with its coordinates, and says so (the workbook marks it
    unverified: only the change from what we hold tells the place was corrected)."""
    (incident,) = Generator(19).incidents(1)
    bare = replace(incident.place, ref=None, location="Campement", latitude=None, longitude=None)
    store.incidents.add_many([incident.with_changes(place=bare)])
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    place = {(2, "location"): "Sévaré", (2, "admin1"): "Mopti", (2, "admin2"): "Mopti"}
    uuid = edit_sheet(path, place)
    plan = import_file(store, path)
    said = [str(p) for p in plan.rows[0].problems]
    assert "location: the place was changed in the sheet: tied to Sevare — Mopti, Mopti" in said[0]
    assert not any("not tied to a gazetteer entry" in s for s in said)
    stored = _stored(store, uuid).place
    assert (stored.ref, stored.latitude, stored.longitude) == SEVARE


def test_a_moved_place_says_once_that_it_is_unverified(store, tmp_path):
    path = _exported(store, tmp_path)
    edit_sheet(path, {(3, "location"): "Campement de Hamadou"})
    (row,) = [r for r in imports.plan_import(store, path).rows if r.action == imports.UPDATE]
    assert not any("not tied to a gazetteer entry" in str(p) for p in row.problems)


def test_a_town_named_with_its_cercle_is_its_seat_not_a_village_of_its_name():
    """Macina, Ségou, Macina: the cercle's seat, not the village of that name 40 km west;
    two villages of one name in different cercles are not one town."""
    from sahel_desk.exchange.acled_import import ReadContext, _one_spot
    from sahel_desk.reference.actors import registry_matcher

    context = ReadContext(registry_matcher(), Gazetteer.shipped(), {})
    assert context.place_ref("Macina", "Ségou", "Macina") == "ocha:ML040700000"
    assert context.place_ref("Abeïbara", "Kidal", "Abeïbara") == "ocha:ML080300000"
    found = Gazetteer.shipped().find("Diaou")
    assert not _one_spot(found) or len({e.admin2 for e in found}) == 1


def test_a_place_left_unverified_though_known_is_never_tied_by_an_import(store, tmp_path):
    """The user keeps Sévaré unverified (a homonym declined); a colleague's copy spells it
    Sevare: the import leaves it unverified, with its coordinates."""
    (incident,) = Generator(19).incidents(1)
    place = replace(incident.place, location="Sévaré", admin1="Mopti", admin2="Mopti",
                    ref=None, latitude=14.5, longitude=-4.0)  # fmt: skip
    store.incidents.add_many([incident.with_changes(place=place)])
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    uuid = edit_sheet(path, {(2, "location"): "Sevare"})
    import_file(store, path)
    after = _stored(store, uuid).place
    assert (after.ref, after.latitude, after.longitude) == (None, 14.5, -4.0)


def test_a_place_tied_on_correction_takes_its_commune(store, tmp_path):
    (incident,) = Generator(19).incidents(1)
    bare = replace(incident.place, ref=None, location="Campement", admin3="Bamba",
                   latitude=None, longitude=None)  # fmt: skip
    store.incidents.add_many([incident.with_changes(place=bare)])
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    place = {(2, "location"): "Sévaré", (2, "admin1"): "Mopti", (2, "admin2"): "Mopti"}
    uuid = edit_sheet(path, place)
    import_file(store, path)
    assert _stored(store, uuid).place.admin3 != "Bamba"


def test_a_name_stored_decomposed_reads_back_as_the_same_place(store, tmp_path):
    """A location stored in decomposed form (as another program may write it) comes back
    composed from the sheet: not a place corrected in the sheet, never tied by the import
    (guards the lookups' folding: they must take both forms for one name)."""
    import unicodedata

    (incident,) = Generator(19).incidents(1)
    nfd = unicodedata.normalize("NFD", "Ségou")
    bare = replace(incident.place, ref=None, location=nfd, latitude=None, longitude=None)
    store.incidents.add_many([incident.with_changes(place=bare)])
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    plan = imports.plan_import(store, path)
    said = [str(p) for r in plan.rows for p in r.problems]
    assert not any("changed in the sheet: tied" in s for s in said), said
    assert all(r.incident is None or r.incident.place.ref is None for r in plan.rows)
