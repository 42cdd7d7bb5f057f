"""What a person reads in an exported workbook, in English and French.

The core cannot use Qt's translator, and a workbook's words are few: they live here. ACLED's
column names are never translated (tools read them).
"""

from __future__ import annotations

from types import MappingProxyType

_EN = {
    "sheet.incidents": "Incidents",
    "sheet.summary": "Summary",
    "sheet.drivers": "Drivers",
    "sheet.responses": "Responses",
    "sheet.about": "About",
    "summary.incidents": "Incidents per month and admin1",
    "summary.fatalities": "Reported fatalities per month and admin1",
    "summary.unknown": "Incidents with unknown fatalities: {n}",
    "summary.weeks": "An incident known to the week counts in the month its week begins: a "
    "filter from the 1st can hold one from the month before.",
    "summary.month": "Month",
    "summary.total": "Total",
    "summary.none": "(no admin1)",
    "summary.chart": "Incidents per month",
    "summary.chart_y": "Incidents",
    "tags.code": "Code",
    "tags.driver": "Driver",
    "tags.response": "Response",
    "tags.incidents": "Incidents",
    "tags.by_admin1": "Incidents per admin1",
    "about.title": "Sahel Desk export",
    "about.filter": "Filter",
    "about.all": "All incidents (no filter)",
    "about.exported": "Exported at (UTC)",
    "about.rows": "Incidents",
    "about.app": "Application version",
    "about.schema": "Database schema version",
    "about.database": "Database file",
    "about.columns": "Columns",
    "about.columns_text": (
        "The first 31 columns of Incidents are ACLED's, in ACLED's order; the sd_ columns after "
        "them are Sahel Desk's own (uuid, drivers, responses, sources, unverified place, …). "
        "An empty fatalities cell means unknown, not zero. sd_last_modified (when this version "
        "was made) and sd_based_on (the version a copy started from) are in UTC: keep them, "
        "Sahel Desk reads them to tell a colleague's correction from an older copy."
    ),
    "about.cleaned": "Characters removed (not allowed in a workbook)",
    "about.truncated": "Cells cut to Excel's 32,767 characters",
    "about.formulas": "Text cells beginning like a formula (kept as text)",
    "about.attribution": "Data attributions",
}

_FR = {
    "sheet.incidents": "Incidents",
    "sheet.summary": "Synthèse",
    "sheet.drivers": "Facteurs",
    "sheet.responses": "Réponses",
    "sheet.about": "À propos",
    "summary.incidents": "Incidents par mois et par admin1",
    "summary.fatalities": "Morts signalés par mois et par admin1",
    "summary.unknown": "Incidents au nombre de morts inconnu\u202f: {n}",
    "summary.weeks": "Un incident connu à la semaine compte dans le mois où commence sa "
    "semaine\u202f: un filtre à partir du 1er peut en contenir un du mois précédent.",
    "summary.month": "Mois",
    "summary.total": "Total",
    "summary.none": "(sans admin1)",
    "summary.chart": "Incidents par mois",
    "summary.chart_y": "Incidents",
    "tags.code": "Code",
    "tags.driver": "Facteur",
    "tags.response": "Réponse",
    "tags.incidents": "Incidents",
    "tags.by_admin1": "Incidents par admin1",
    "about.title": "Export Sahel Desk",
    "about.filter": "Filtre",
    "about.all": "Tous les incidents (aucun filtre)",
    "about.exported": "Exporté le (UTC)",
    "about.rows": "Incidents",
    "about.app": "Version de l’application",
    "about.schema": "Version du schéma de la base",
    "about.database": "Fichier de la base",
    "about.columns": "Colonnes",
    "about.columns_text": (
        "Les 31 premières colonnes d’Incidents sont celles d’ACLED, dans l’ordre d’ACLED\u202f; "
        "les colonnes sd_ qui suivent sont propres à Sahel Desk (uuid, facteurs, réponses, "
        "sources, lieu non vérifié…). Une case de morts vide signifie inconnu, pas zéro. "
        "sd_last_modified (date de cette version) et sd_based_on (version dont une copie part) "
        "sont en UTC : gardez-les, Sahel Desk les lit pour distinguer la correction d’un "
        "collègue d’une copie plus ancienne."
    ),
    "about.cleaned": "Caractères retirés (interdits dans un classeur)",
    "about.truncated": "Cellules coupées aux 32\u202f767 caractères d’Excel",
    "about.formulas": "Cellules de texte commençant comme une formule (gardées en texte)",
    "about.attribution": "Attribution des données",
}

ATTRIBUTIONS = (
    "Boundaries and settlements: OCHA / ITOS / Government of Mali (COD-AB, COD populated places, "
    "2015), CC BY-IGO.",
    "Place names: GeoNames (geonames.org), CC BY 4.0.",
    "Event taxonomy and actor naming follow ACLED's codebook (acleddata.com). Incidents imported "
    "from ACLED remain under ACLED's terms of use: cite ACLED and do not redistribute its data.",
)

ATTRIBUTIONS_FR = (
    "Limites et localités : OCHA / ITOS / Gouvernement du Mali (COD-AB, localités COD, "
    "2015), CC BY-IGO.",
    "Noms de lieux : GeoNames (geonames.org), CC BY 4.0.",
    "La typologie des événements et les noms d’acteurs suivent le guide de codage d’ACLED "
    "(acleddata.com). Les incidents importés d’ACLED restent soumis à ses conditions "
    "d’utilisation : citez ACLED et ne redistribuez pas ses données.",
)

WORDS = MappingProxyType({"en": MappingProxyType(_EN), "fr": MappingProxyType(_FR)})


def attributions(language: str) -> tuple[str, ...]:
    """What the reference data's licences ask the workbook to say, in ``language``."""
    return ATTRIBUTIONS_FR if language.startswith("fr") else ATTRIBUTIONS


def words(language: str) -> MappingProxyType[str, str]:
    """The workbook's words in ``language`` ("fr…" is French, anything else English)."""
    return WORDS["fr" if language.startswith("fr") else "en"]
