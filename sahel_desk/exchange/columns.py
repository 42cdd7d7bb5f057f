"""The column sets of the files Sahel Desk reads and writes (formats document, sections 1–3)."""

from __future__ import annotations

# ACLED's standard export since 20 March 2023, in ACLED's order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

# The 2019 – March 2023 export: numeric actor types and interaction, no disorder_type,
# civilian_targeting or tags; data_id first and iso3 last.
ACLED_2019_COLUMNS: tuple[str, ...] = (
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year",
    "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "interaction", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "timestamp", "iso3",
)  # fmt: skip

# Before 2019: no sub_event_type, legacy event types (30 columns).
ACLED_LEGACY_COLUMNS: tuple[str, ...] = tuple(
    c for c in ACLED_2019_COLUMNS if c != "sub_event_type"
)

# Sahel Desk's own columns, after ACLED's ``timestamp``: what a round trip needs to lose nothing.
SAHEL_COLUMNS: tuple[str, ...] = (
    "sd_uuid", "sd_drivers", "sd_responses", "sd_user_tags", "sd_sources",
    "sd_unverified_place", "sd_place_ref", "sd_fatalities_low", "sd_fatalities_high",
    "sd_original_event_type", "sd_last_modified", "sd_based_on",
)  # fmt: skip

WORKBOOK_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + SAHEL_COLUMNS

# UCDP GED, 49 columns in file order.
UCDP_GED_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
    "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
    "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)  # fmt: skip

# ISO 3166 numeric codes ACLED writes in ``iso``, and its world region, for the countries we cover.
ISO_NUMERIC = {"Mali": 466, "Burkina Faso": 854, "Niger": 562, "Mauritania": 478, "Algeria": 12}
ISO_ALPHA3 = {
    "Mali": "MLI",
    "Burkina Faso": "BFA",
    "Niger": "NER",
    "Mauritania": "MRT",
    "Algeria": "DZA",
}
ACLED_REGION = {"Algeria": "Northern Africa"}  # everyone else here is Western Africa
