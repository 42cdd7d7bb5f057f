"""The shipped boundaries and the post-2016 rule (Ménaka drawn as its cercle, Taoudénit counted
in Tombouctou), checked against the gazetteer's own places."""

from __future__ import annotations

import gzip
from collections import Counter

import pytest

from sahel_desk.domain.places import PlaceKind
from sahel_desk.reference import boundaries as b
from sahel_desk.reference.gazetteer import load_places


def mali_admin_names(kind: PlaceKind) -> set[str]:
    return {e.name for e in load_places() if e.country == "Mali" and e.kind is kind}


def test_shipped_units_use_the_apps_canonical_names():
    regions = b.shapes_2015("admin1")
    cercles = b.shapes_2015("admin2")
    assert len(regions) == 9 and len(cercles) == 50
    assert {s.name for s in regions} == mali_admin_names(PlaceKind.ADMIN1) - {
        b.MENAKA,
        b.TAOUDENIT,
    }
    assert {s.name for s in cercles} == mali_admin_names(PlaceKind.ADMIN2)
    assert {"Koulikoro", "Ségou", "Tombouctou"} <= {s.name for s in regions}
    assert {s.region for s in cercles} == {s.name for s in regions}
    assert all(s.pcode.startswith("ML") for s in regions + cercles)


def test_every_ring_is_closed_and_has_an_area():
    for level in b.LEVELS:
        for shape in b.shapes_2015(level):
            for ring in shape.rings:
                assert ring[0] == ring[-1], shape.name
                assert len(set(ring)) >= 3, shape.name
            assert shape.area > 0, shape.name


@pytest.mark.parametrize(
    ("lon", "lat", "region"),
    [
        (-7.99, 12.64, "Bamako"),  # inside Koulikoro's outline: drawn on top of it
        (-7.56, 12.86, "Koulikoro"),
        (-4.20, 14.49, "Mopti"),
        (-6.26, 13.43, "Ségou"),
        (-5.67, 11.32, "Sikasso"),
        (-11.44, 14.45, "Kayes"),
        (-3.00, 16.77, "Tombouctou"),
        (-4.00, 22.70, "Tombouctou"),  # Taoudénit since 2016: no polygon of its own
        (0.04, 16.27, "Gao"),
        (2.40, 15.92, "Ménaka"),  # inside 2015's Gao: Ménaka's shape wins
        (1.41, 18.44, "Kidal"),
    ],
)
def test_towns_fall_in_their_region(lon, lat, region):
    assert b.shape_at(b.map_shapes("admin1"), lon, lat).name == region


def test_outside_mali_is_nothing():
    assert b.shape_at(b.map_shapes("admin1"), 2.11, 13.51) is None  # Niamey


def test_gazetteer_settlements_land_in_their_shape():
    """The simplified rings still put the gazetteer's places in their own region and cercle
    (a few right on a border may cross it: simplification moves borders by up to ~1 km)."""
    regions, cercles = b.map_shapes("admin1"), b.map_shapes("admin2")
    tried = wrong1 = wrong2 = 0
    landed: Counter[tuple[str, str]] = Counter()
    settlements = [
        e
        for e in load_places()
        if e.kind is PlaceKind.SETTLEMENT and e.country == "Mali" and e.latitude is not None
    ]
    for entry in settlements[::7]:
        tried += 1
        region = b.shape_at(regions, entry.longitude, entry.latitude)
        cercle = b.shape_at(cercles, entry.longitude, entry.latitude)
        expected = b.shape_name_for("admin1", entry.admin1)
        wrong1 += region is None or region.name != expected
        wrong2 += cercle is None or cercle.name != entry.admin2
        if region and entry.admin1 in (b.MENAKA, b.TAOUDENIT):
            landed[(entry.admin1, region.name)] += 1
    assert tried > 3000
    assert wrong1 / tried < 0.01 and wrong2 / tried < 0.02
    # Every Ménaka place in Ménaka's shape, every Taoudénit place in Tombouctou's.
    assert {key for key, n in landed.items() if n > 1} == {
        (b.MENAKA, b.MENAKA),
        (b.TAOUDENIT, "Tombouctou"),
    }


def test_menaka_is_drawn_over_gao_and_labelled_outside_it():
    names = [s.name for s in b.map_shapes("admin1")]
    assert names.index("Ménaka") > names.index("Gao")  # drawn after, so on top
    assert names.index("Bamako") > names.index("Koulikoro")
    lon, lat = b.label_point("Gao")
    assert b.shape_at(b.map_shapes("admin1"), lon, lat).name == "Gao"
    lon, lat = b.label_point("Ménaka")
    assert b.shape_at(b.map_shapes("admin1"), lon, lat).name == "Ménaka"
    cercle = next(s for s in b.map_shapes("admin2") if s.name == "Ménaka")
    assert cercle.region == "Ménaka"


def test_tally_follows_the_rule():
    tally = b.tally(
        "admin1",
        [("Gao", 3), ("Ménaka", 4), ("Taoudénit", 2), ("Tombouctou", 5), ("", 1), ("Sahel", 6)],
    )
    assert tally.counts["Gao"] == 3 and tally.counts["Ménaka"] == 4
    assert tally.counts["Tombouctou"] == 7
    assert tally.folded == {"Taoudénit": ("Tombouctou", 2)}
    assert tally.unplaced == 7  # no region, and Burkina Faso's Sahel region
    assert tally.total == 14 and tally.counts["Kidal"] == 0
    # The rule is said even when Taoudénit has no incidents in the selection.
    assert b.tally("admin1", [("Mopti", 1)]).folded == {"Taoudénit": ("Tombouctou", 0)}
    cercles = b.tally("admin2", [("Bankass", 2), ("Ménaka", 1), ("Unknown cercle", 1)])
    assert cercles.counts["Bankass"] == 2 and cercles.counts["Ménaka"] == 1
    assert cercles.unplaced == 1 and cercles.folded == {}


def test_a_click_filters_to_what_the_shape_counts():
    assert b.admin_names_of("admin1", "Tombouctou") == {"Tombouctou", "Taoudénit"}
    assert b.admin_names_of("admin1", "Ménaka") == {"Ménaka"}
    assert b.admin_names_of("admin1", "Gao") == {"Gao"}
    assert b.admin_names_of("admin2", "Tombouctou") == {"Tombouctou"}


def test_bad_input_is_refused_in_words(tmp_path):
    with pytest.raises(ValueError, match="no boundaries for level 'admin3'"):
        b.boundaries_path("admin3")
    broken = tmp_path / "admin1.json.gz"
    broken.write_bytes(gzip.compress(b'{"units": [{"name": "X"}]}'))
    with pytest.raises(ValueError, match=r"admin1\.json\.gz: not a Sahel Desk boundaries file"):
        b.read_shapes(broken)
    broken.write_bytes(b"not gzip")
    with pytest.raises(ValueError, match=r"admin1\.json\.gz"):
        b.read_shapes(broken)
