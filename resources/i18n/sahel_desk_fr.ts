<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../sahel_desk/ui/about.py" line="21"/>
        <source>About Sahel Desk</source>
        <translation>À propos de Sahel Desk</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/about.py" line="23"/>
        <source>Sahel Desk {version}
Database: {path}</source>
        <translation>Sahel Desk {version}
Base de données&#x202f;: {path}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/about.py" line="29"/>
        <source>Boundaries: OCHA / ITOS / Government of Mali (COD-AB), CC BY-IGO. Place names: GeoNames (geonames.org), CC BY 4.0.</source>
        <translation>Limites administratives&#x202f;: OCHA / ITOS / Gouvernement du Mali (COD-AB), CC BY-IGO. Noms de lieux&#x202f;: GeoNames (geonames.org), CC BY 4.0.</translation>
    </message>
</context>
<context>
    <name>BulkTagDialog</name>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="120"/>
        <source>Tag {n} incidents</source>
        <translation>Étiqueter {n} incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="122"/>
        <source>Driver</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="122"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="130"/>
        <source>Add it</source>
        <translation>L’ajouter</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="131"/>
        <source>Remove it</source>
        <translation>La retirer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="139"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <location filename="../../sahel_desk/ui/watch.py" line="62"/>
        <source>Another program changed the database: the list and charts are up to date.</source>
        <translation>Un autre programme a modifié la base de données&#x202f;: la liste et les graphiques sont à jour.</translation>
    </message>
</context>
<context>
    <name>CheckTree</name>
    <message>
        <location filename="../../sahel_desk/ui/check_tree.py" line="45"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="689"/>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="695"/>
        <source>Sahel Desk does not recognise every column of “{name}”. Say which column holds each field; leave “(ignore)” for columns to leave out. The date, the event type and actor 1 are needed.</source>
        <translation>Sahel Desk ne reconnaît pas toutes les colonnes de «&#x202f;{name}&#x202f;». Indiquez quelle colonne contient chaque champ&#x202f;; laissez «&#x202f;(ignorer)&#x202f;» pour les colonnes à écarter. La date, le type d’événement et l’acteur 1 sont nécessaires.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="713"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="723"/>
        <source>{header}
e.g. “{value}”</source>
        <translation>{header}
par ex. «&#x202f;{value}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="736"/>
        <source>Date of the event</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="737"/>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="738"/>
        <source>Sub-event type</source>
        <translation>Sous-type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="739"/>
        <source>Actor 1</source>
        <translation>Acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="740"/>
        <source>Actor 2</source>
        <translation>Acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="741"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="742"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="743"/>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="744"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="745"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="746"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="747"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="748"/>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="749"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="750"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="751"/>
        <source>ACLED event id</source>
        <translation>Identifiant ACLED de l’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="764"/>
        <source>Still needed: {fields}</source>
        <translation>Encore nécessaire&#x202f;: {fields}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="60"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="61"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="92"/>
        <source>{n} incidents written to {path}.</source>
        <translation>{n} incidents écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="99"/>
        <source>{n} control characters were removed (a workbook cannot hold them).</source>
        <translation>{n} caractères de contrôle ont été retirés (un classeur ne peut pas les contenir).</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="105"/>
        <source>{n} cells were cut to the 32,767 characters a spreadsheet cell holds.</source>
        <translation>{n} cellules ont été coupées aux 32&#x202f;767 caractères que contient une cellule de tableur.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="111"/>
        <source>{n} cells beginning like a formula were written as plain text.</source>
        <translation>{n} cellules commençant comme une formule ont été écrites en texte simple.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="124"/>
        <source>Import {name}</source>
        <translation>Import de {name}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="174"/>
        <source>Import incidents</source>
        <translation>Importer des incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="176"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="198"/>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="228"/>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="278"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="199"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="221"/>
        <source>Nothing was imported: {error}

The database is unchanged.</source>
        <translation>Rien n’a été importé&#x202f;: {error}

La base n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="225"/>
        <source>“{name}” was not imported: {error}

The database is unchanged.</source>
        <translation>«&#x202f;{name}&#x202f;» n’a pas été importé&#x202f;: {error}

La base n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="279"/>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/ops.py" line="292"/>
        <source>Imported from {name} (new: {new}, updated: {updated}); Ctrl+Z undoes the whole import.</source>
        <translation>Importé de {name} (nouveaux&#x202f;: {new}, mis à jour&#x202f;: {updated})&#x202f;; Ctrl+Z annule tout l’import.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="37"/>
        <source>Export incidents</source>
        <translation>Exporter des incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="41"/>
        <source>The {n} incidents of the current filter</source>
        <translation>Les {n} incidents du filtre en cours</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="44"/>
        <source>All {n} incidents</source>
        <translation>Tous les incidents ({n})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="51"/>
        <source>Filter: {parts}</source>
        <translation>Filtre&#x202f;: {parts}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="63"/>
        <source>A workbook (.xlsx) holds the incidents, a monthly summary with a chart, drivers, responses and what was exported. A CSV (.csv) holds ACLED&apos;s 31 columns only, for tools that read ACLED files.</source>
        <translation>Un classeur (.xlsx) contient les incidents, une synthèse mensuelle avec un graphique, les facteurs, les réponses et ce qui a été exporté. Un CSV (.csv) ne contient que les 31 colonnes d’ACLED, pour les outils qui lisent les fichiers ACLED.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="71"/>
        <source>sahel-desk-export.xlsx</source>
        <translation>export-sahel-desk.xlsx</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="73"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="81"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="93"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="95"/>
        <source>Excel workbook (*.xlsx);;ACLED CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV ACLED (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="107"/>
        <source>Name the file .xlsx (workbook) or .csv (ACLED CSV).</source>
        <translation>Nommez le fichier .xlsx (classeur) ou .csv (CSV ACLED).</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="110"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="114"/>
        <source>{name} is a folder: name the file to write in it.</source>
        <translation>{name} est un dossier&#x202f;: nommez le fichier à y écrire.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="129"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/export_dialog.py" line="130"/>
        <source>{name} already exists in {folder}. Replace it with this export?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer par cet export&#x202f;?</translation>
    </message>
</context>
<context>
    <name>FieldChoiceDialog</name>
    <message>
        <location filename="../../sahel_desk/ui/exchange/field_choice.py" line="56"/>
        <source>Incident {id}, field by field</source>
        <translation>Incident {id}, champ par champ</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/field_choice.py" line="60"/>
        <source>Row {line} of the file changes these fields of incident {id}. For each, choose the version the import writes. Fields that go together (a place and its coordinates, a toll and its range) are chosen together.</source>
        <translation>La ligne {line} du fichier modifie ces champs de l’incident {id}. Pour chacun, choisissez la version que l’import écrit. Les champs qui vont ensemble (un lieu et ses coordonnées, un bilan et sa fourchette) se choisissent ensemble.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/field_choice.py" line="70"/>
        <source>Here (incident {id})</source>
        <translation>Ici (incident {id})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/field_choice.py" line="70"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/field_choice.py" line="95"/>
        <source>Keep every field here</source>
        <translation>Garder tous les champs d’ici</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/field_choice.py" line="96"/>
        <source>Take every field from the file</source>
        <translation>Prendre tous les champs du fichier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/field_choice.py" line="125"/>
        <source>These versions do not fit together: {problem}</source>
        <translation>Ces versions ne vont pas ensemble&#x202f;: {problem}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/field_choice.py" line="147"/>
        <source>(differs only in spacing or line breaks)</source>
        <translation>(ne diffère que par les espaces ou les retours à la ligne)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="50"/>
        <source>Search notes, places, actors, sources…</source>
        <translation>Rechercher dans les notes, lieux, acteurs, sources…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="53"/>
        <source>All event types</source>
        <translation>Tous les types d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="58"/>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="60"/>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="66"/>
        <source>from: 2023, April 2023, 14/06/2023</source>
        <translation>du&#x202f;: 2023, avril 2023, 14/06/2023</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="67"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="69"/>
        <source>From: a year, a month or a day</source>
        <translation>Du&#x202f;: une année, un mois ou un jour</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="70"/>
        <source>To: a year, a month or a day</source>
        <translation>Au&#x202f;: une année, un mois ou un jour</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="74"/>
        <source>actor (any spelling)</source>
        <translation>acteur (toute graphie)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="75"/>
        <source>Actor 1, actor 2 or associated, under any spelling</source>
        <translation>Acteur 1, acteur 2 ou associé, sous n’importe quelle graphie</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="88"/>
        <source>fatalities ≥</source>
        <translation>décès ≥</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="89"/>
        <source>fatalities ≤</source>
        <translation>décès ≤</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="99"/>
        <source>Any date precision</source>
        <translation>Toute précision de date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="100"/>
        <source>Exact day</source>
        <translation>Jour exact</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="101"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="102"/>
        <source>Month only</source>
        <translation>Mois seulement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="104"/>
        <source>Any location precision</source>
        <translation>Toute précision de lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="105"/>
        <source>Exact place</source>
        <translation>Lieu exact</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="106"/>
        <source>Near a place</source>
        <translation>Près d’un lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="107"/>
        <source>Region only</source>
        <translation>Région seulement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="108"/>
        <source>Unverified places only</source>
        <translation>Lieux non vérifiés seulement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="195"/>
        <source>no actor is called “{name}”</source>
        <translation>aucun acteur ne s’appelle «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="199"/>
        <source>the first date is after the last</source>
        <translation>la première date est après la dernière</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="202"/>
        <source>the lowest fatalities are above the highest</source>
        <translation>le nombre de décès minimal dépasse le maximal</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="205"/>
        <source>{problems} (the list still shows the filter below)</source>
        <translation>{problems} (la liste montre toujours le filtre ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="305"/>
        <source>text “{text}”</source>
        <translation>texte «&#x202f;{text}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="313"/>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="316"/>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="331"/>
        <source>and also {names}</source>
        <translation>et aussi {names}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="326"/>
        <source>recorded {first} – {last}</source>
        <translation>date enregistrée du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="334"/>
        <source>fatalities {low}–{high}</source>
        <translation>décès {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="343"/>
        <source>date precision: {name}</source>
        <translation>précision de date&#x202f;: {name}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="347"/>
        <source>location precision: {name}</source>
        <translation>précision du lieu&#x202f;: {name}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="349"/>
        <source>unverified places</source>
        <translation>lieux non vérifiés</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="298"/>
        <source>Filter: {parts}</source>
        <translation>Filtre&#x202f;: {parts}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="353"/>
        <source>no region</source>
        <translation>sans région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="361"/>
        <source>{first} or {count} others</source>
        <translation>{first} ou {count} autres</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="366"/>
        <source>{names} or {last}</source>
        <translation>{names} ou {last}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="386"/>
        <source>All sub-event types</source>
        <translation>Tous les sous-types d’événement</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="252"/>
        <location filename="../../sahel_desk/ui/i18n.py" line="283"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="253"/>
        <location filename="../../sahel_desk/ui/i18n.py" line="289"/>
        <source>date precision</source>
        <translation>précision de la date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="254"/>
        <source>event type</source>
        <translation>type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="255"/>
        <source>sub-event type</source>
        <translation>sous-type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="256"/>
        <source>actor 1</source>
        <translation>acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="257"/>
        <source>actor 1 type</source>
        <translation>type de l’acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="258"/>
        <location filename="../../sahel_desk/ui/i18n.py" line="285"/>
        <source>associated with actor 1</source>
        <translation>associés à l’acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="259"/>
        <source>actor 2</source>
        <translation>acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="260"/>
        <source>actor 2 type</source>
        <translation>type de l’acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="261"/>
        <location filename="../../sahel_desk/ui/i18n.py" line="286"/>
        <source>associated with actor 2</source>
        <translation>associés à l’acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="262"/>
        <source>civilian targeting</source>
        <translation>civils ciblés</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="263"/>
        <location filename="../../sahel_desk/ui/i18n.py" line="293"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="264"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="265"/>
        <source>cercle</source>
        <translation>cercle</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="266"/>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="267"/>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="268"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="269"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="270"/>
        <source>gazetteer entry</source>
        <translation>entrée du répertoire des lieux</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="271"/>
        <source>location precision</source>
        <translation>précision du lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="272"/>
        <source>fatalities</source>
        <translation>décès</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="273"/>
        <source>fatalities (low)</source>
        <translation>décès (bas)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="274"/>
        <source>fatalities (high)</source>
        <translation>décès (haut)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="275"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="276"/>
        <location filename="../../sahel_desk/ui/i18n.py" line="287"/>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="277"/>
        <source>drivers and responses</source>
        <translation>facteurs et réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="278"/>
        <source>ACLED/UCDP id</source>
        <translation>identifiant ACLED/UCDP</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="279"/>
        <source>ACLED version</source>
        <translation>version ACLED</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="280"/>
        <source>original event type</source>
        <translation>type d’événement d’origine</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="281"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="284"/>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="288"/>
        <source>source scale</source>
        <translation>échelle de la source</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="290"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="291"/>
        <source>disorder type</source>
        <translation>type de désordre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="292"/>
        <source>interaction</source>
        <translation>interaction</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="294"/>
        <source>region of the world</source>
        <translation>région du monde</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="58"/>
        <source>History of incident {id}</source>
        <translation>Historique de l’incident {id}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="61"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="62"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="63"/>
        <source>moved to the trash</source>
        <translation>mis à la corbeille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="64"/>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="69"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="70"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="71"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="72"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="73"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="86"/>
        <source>{author} (import of {file})</source>
        <translation>{author} (import de {file})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="102"/>
        <source>{author} imported “{file}”; the file does not say who made the change in it.</source>
        <translation>{author} a importé «&#x202f;{file}&#x202f;»&#x202f;; le fichier ne dit pas qui y a fait la modification.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="52"/>
        <source>New</source>
        <comment>one row</comment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="53"/>
        <source>Updated (newer in the file)</source>
        <comment>one row</comment>
        <translation>Mis à jour (plus récent dans le fichier)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="56"/>
        <source>Unchanged</source>
        <comment>one row</comment>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="59"/>
        <source>Probable duplicate</source>
        <comment>one row</comment>
        <translation>Doublon probable</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="65"/>
        <source>Changed here and in the file</source>
        <comment>one row</comment>
        <translation>Modifié ici et dans le fichier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="68"/>
        <source>Rejected</source>
        <comment>one row</comment>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="74"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="75"/>
        <source>Updated (newer in the file)</source>
        <translation>Mis à jour (plus récents dans le fichier)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="78"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="79"/>
        <source>Probable duplicate</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="62"/>
        <source>Not newer than the database’s copy</source>
        <comment>one row</comment>
        <translation>Pas plus récent que la copie de la base</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="80"/>
        <source>Not newer than the database’s copy</source>
        <translation>Pas plus récents que la copie de la base</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="83"/>
        <source>Changed here and in the file</source>
        <translation>Modifiés ici et dans le fichier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="86"/>
        <source>Rejected</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="301"/>
        <source>Import “{name}”</source>
        <translation>Importer «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="306"/>
        <source>{kind} · {rows} rows. Nothing has been written yet.</source>
        <translation>{kind} · {rows} lignes. Rien n’a encore été écrit.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="324"/>
        <source>{label}:</source>
        <translation>{label}&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="329"/>
        <source>Show:</source>
        <translation>Afficher&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="331"/>
        <source>Every row</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="335"/>
        <source>To decide: held back ({n})</source>
        <translation>À trancher&#x202f;: mis de côté ({n})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="341"/>
        <source>To import: new and updated ({n})</source>
        <translation>À importer&#x202f;: nouveaux et mis à jour ({n})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="381"/>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="625"/>
        <source>Select a row to read all it says.</source>
        <translation>Sélectionnez une ligne pour lire tout ce qu’elle dit.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="393"/>
        <source>Leave them out</source>
        <translation>Les laisser de côté</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="393"/>
        <source>Leave it out</source>
        <translation>Le laisser de côté</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="395"/>
        <source>Import it as a new incident</source>
        <translation>L’importer comme nouvel incident</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="397"/>
        <source>Import them as new incidents</source>
        <translation>Les importer comme nouveaux incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="401"/>
        <source>Update the incident it probably is</source>
        <translation>Mettre à jour avec lui l’incident correspondant</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="403"/>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="563"/>
        <source>Update the incidents they probably are</source>
        <translation>Mettre à jour avec eux les incidents correspondants</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="406"/>
        <source>As chosen row by row</source>
        <translation>Selon le choix fait ligne par ligne</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="415"/>
        <source>Update: the file’s version goes into the incident each row probably is, which keeps its drivers and responses: a colleague’s corrections to an ACLED CSV exported from here, which carries no uuid. A row whose reasons say it cannot update is left out.</source>
        <translation>Mettre à jour&#x202f;: la version du fichier va dans l’incident que chaque ligne est probablement, qui garde ses facteurs et ses réponses&#x202f;: les corrections d’un collègue à un CSV ACLED exporté d’ici, qui ne porte pas d’uuid. Une ligne dont les raisons disent qu’elle ne peut pas mettre à jour est laissée de côté.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="424"/>
        <source>The probable duplicate:</source>
        <translation>Le doublon probable&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="426"/>
        <source>The {n} probable duplicates:</source>
        <translation>Les {n} doublons probables&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="438"/>
        <source>Also import the event changed here since the file’s version (its values replace those changed here, but for fields kept row by row; Ctrl+Z undoes the import)</source>
        <translation>Importer aussi l’événement modifié ici depuis la version du fichier (ses valeurs remplacent celles modifiées ici, sauf les champs gardés ligne par ligne&#x202f;; Ctrl+Z annule l’import)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="444"/>
        <source>Also import the {n} events changed here since the file’s version (their values replace those changed here, but for fields kept row by row; Ctrl+Z undoes the import)</source>
        <translation>Importer aussi les {n} événements modifiés ici depuis la version du fichier (leurs valeurs remplacent celles modifiées ici, sauf les champs gardés ligne par ligne&#x202f;; Ctrl+Z annule l’import)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="457"/>
        <source>Or tick the rows to import one by one, in the table; right-click a probable duplicate to update the incident it probably is instead.</source>
        <translation>Ou cochez dans le tableau les lignes à importer une à une&#x202f;; un clic droit sur un doublon probable permet plutôt de mettre à jour l’incident correspondant.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="460"/>
        <source>Or tick the rows to import one by one, in the table.</source>
        <translation>Ou cochez dans le tableau les lignes à importer une à une.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="466"/>
        <source>Right-click a row that updates an incident to choose, field by field, what it takes from the file and what it keeps as it is here.</source>
        <translation>Clic droit sur une ligne qui met à jour un incident pour choisir, champ par champ, ce qu’elle prend du fichier et ce qu’elle garde tel qu’ici.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="477"/>
        <source>Read the misspelt type as suggested and check again</source>
        <translation>Lire le type mal orthographié comme suggéré et revérifier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="479"/>
        <source>Read the {n} misspelt types as suggested and check again</source>
        <translation>Lire les {n} types mal orthographiés comme suggéré et revérifier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="484"/>
        <source>Rows refused for a type such as “Batles” are read with the type suggested in their reason (Battles), and say so; nothing is written yet.</source>
        <translation>Les lignes refusées pour un type comme «&#x202f;Batles&#x202f;» sont lues avec le type suggéré dans leur motif (Batailles), et le disent&#x202f;; rien n’est encore écrit.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="494"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="541"/>
        <source>Choose field by field…</source>
        <translation>Choisir champ par champ…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="561"/>
        <source>Update incident {id} with this row</source>
        <translation>Mettre à jour l’incident {id} avec cette ligne</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="567"/>
        <source>Leave out</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="568"/>
        <source>Import as a new incident</source>
        <translation>Importer comme nouvel incident</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="589"/>
        <source>Incident {id} is no longer in the database: read the file again.</source>
        <translation>L’incident {id} n’est plus dans la base&#x202f;: relisez le fichier.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="602"/>
        <source>The file’s version of incident {id} differs from it in nothing a field-by-field choice can keep.</source>
        <translation>La version du fichier de l’incident {id} n’en diffère par rien qu’un choix champ par champ puisse garder.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="594"/>
        <source>Incident {id} was changed after the file was read: read the file again.</source>
        <translation>L’incident {id} a été modifié après la lecture du fichier&#x202f;: relisez le fichier.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="618"/>
        <source>Row {line}: {reasons}</source>
        <translation>Ligne {line}&#x202f;: {reasons}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="641"/>
        <source>Import (new: {new}, updated: {updated}, kept as they are here: {kept})</source>
        <translation>Importer (nouveaux&#x202f;: {new}, mis à jour&#x202f;: {updated}, gardés tels qu’ici&#x202f;: {kept})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="643"/>
        <source>Import (new: {new}, updated: {updated})</source>
        <translation>Importer (nouveaux&#x202f;: {new}, mis à jour&#x202f;: {updated})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="664"/>
        <source>Sahel Desk columns, as CSV</source>
        <translation>Colonnes de Sahel Desk, en CSV</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="666"/>
        <source>Sahel Desk workbook</source>
        <translation>Classeur Sahel Desk</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="667"/>
        <source>ACLED export (2023 and later)</source>
        <translation>Export ACLED (2023 et après)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="670"/>
        <source>ACLED export (2019 – March 2023)</source>
        <translation>Export ACLED (2019 – mars 2023)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="673"/>
        <source>ACLED export (before 2019)</source>
        <translation>Export ACLED (avant 2019)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="676"/>
        <source>ACLED actor-based export (one row per actor)</source>
        <translation>Export ACLED par acteur (une ligne par acteur)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="679"/>
        <source>UCDP GED</source>
        <translation>UCDP GED</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="680"/>
        <source>Other columns</source>
        <translation>Autres colonnes</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="81"/>
        <source>14/06/2023, June 2023, week of 12 June 2023</source>
        <translation>14/06/2023, juin 2023, semaine du 12 juin 2023</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="84"/>
        <source>Type a place; pick it from the list</source>
        <translation>Saisissez un lieu&#x202f;; choisissez-le dans la liste</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="94"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="95"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="98"/>
        <source>1 — the named place</source>
        <translation>1 — le lieu nommé</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="99"/>
        <source>2 — near it, or part of a region</source>
        <translation>2 — à proximité, ou partie d’une région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="100"/>
        <source>3 — only the region</source>
        <translation>3 — seulement la région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="110"/>
        <source>names separated by ;</source>
        <translation>noms séparés par des points-virgules</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="113"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="114"/>
        <source>Civilians were the main target</source>
        <translation>Les civils étaient la cible principale</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="122"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="124"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="134"/>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="135"/>
        <source>Sub-event type</source>
        <translation>Sous-type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="137"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="139"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="141"/>
        <source>Region (admin1)</source>
        <translation>Région (admin1)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="142"/>
        <source>Cercle (admin2)</source>
        <translation>Cercle (admin2)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="146"/>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="147"/>
        <source>Location precision</source>
        <translation>Précision du lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="148"/>
        <source>Actor 1</source>
        <translation>Acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="149"/>
        <source>Actor 1 type</source>
        <translation>Type de l’acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="150"/>
        <source>Associated with actor 1</source>
        <translation>Associés à l’acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="151"/>
        <source>Actor 2</source>
        <translation>Acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="152"/>
        <source>Actor 2 type</source>
        <translation>Type de l’acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="153"/>
        <source>Associated with actor 2</source>
        <translation>Associés à l’acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="154"/>
        <source>Fatalities</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="156"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="157"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="158"/>
        <source>Drivers</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="159"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="274"/>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="274"/>
        <source>Incident {id}</source>
        <translation>Incident {id}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="342"/>
        <source>Disorder type: {disorder} · Interaction: {pair}</source>
        <translation>Type de désordre&#x202f;: {disorder} · Interaction&#x202f;: {pair}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="354"/>
        <source>not a date yet</source>
        <translation>pas encore une date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="356"/>
        <source>Exact day</source>
        <translation>Jour exact</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="356"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="356"/>
        <source>Month only</source>
        <translation>Mois seulement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="358"/>
        <source>{precision}: {date}</source>
        <translation>{precision}&#x202f;: {date}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="378"/>
        <source>In the gazetteer: {place}</source>
        <translation>Dans le répertoire des lieux&#x202f;: {place}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="385"/>
        <source>The gazetteer has a place of this name: pick it from the list to tie it to the gazetteer; as typed it is kept unverified.</source>
        <translation>Le répertoire des lieux connaît un lieu de ce nom&#x202f;: choisissez-le dans la liste pour l’y rattacher&#x202f;; tel que saisi, il reste non vérifié.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="390"/>
        <source>The gazetteer has {n} places of this name: pick one from the list to tie it to the gazetteer; as typed it is kept unverified.</source>
        <translation>Le répertoire des lieux connaît {n} lieux de ce nom&#x202f;: choisissez-en un dans la liste pour l’y rattacher&#x202f;; tel que saisi, il reste non vérifié.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="571"/>
        <source>This incident was changed elsewhere (an import, an undo, a deletion or a bulk change); your unsaved edits cannot be saved over it. Cancel to see the current version.</source>
        <translation>Cet incident a été modifié ailleurs (import, annulation, suppression ou modification groupée)&#x202f;; vos modifications non enregistrées ne peuvent pas l’écraser. Annulez pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="595"/>
        <source>Not saved: 1 problem to fix.</source>
        <translation>Non enregistré&#x202f;: 1 problème à corriger.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="597"/>
        <source>Not saved: {n} problems to fix.</source>
        <translation>Non enregistré&#x202f;: {n} problèmes à corriger.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="622"/>
        <source>An incident at the same place, with the same actors and a date that may be the same day, already exists ({date}, {place}).</source>
        <translation>Un incident au même lieu, avec les mêmes acteurs et une date qui peut être le même jour, existe déjà ({date}, {place}).</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="627"/>
        <source>{n} incidents at the same place, with the same actors and a date that may be the same day, already exist (first: {date}, {place}).</source>
        <translation>{n} incidents au même lieu, avec les mêmes acteurs et une date qui peut être le même jour, existent déjà (premier&#x202f;: {date}, {place}).</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="397"/>
        <source>Not in the gazetteer: it will be kept as unverified; give its region, and coordinates if you know them.</source>
        <translation>Absent du répertoire des lieux&#x202f;: il sera gardé comme non vérifié&#x202f;; indiquez sa région, et ses coordonnées si vous les connaissez.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="410"/>
        <source>A new actor: it will be added with the type you choose</source>
        <translation>Nouvel acteur&#x202f;: il sera ajouté avec le type que vous choisirez</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="412"/>
        <source>Saved as {name}</source>
        <translation>Enregistré sous {name}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="445"/>
        <source>“{text}” is not a number</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="548"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="577"/>
        <source>Incident {id} (in the trash)</source>
        <translation>Incident {id} (dans la corbeille)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="618"/>
        <source>Probable duplicate</source>
        <translation>Doublon probable</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="631"/>
        <source>Open it</source>
        <translation>L’ouvrir</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="632"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="663"/>
        <location filename="../../sahel_desk/ui/editor/form.py" line="675"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="645"/>
        <source>The import changes incident {id}, whose changes here are not saved. Discard them and import, or cancel the import, save them and import the file again: it will then show what differs.</source>
        <translation>L’import modifie l’incident {id}, dont les changements faits ici ne sont pas enregistrés. Abandonnez-les et importez, ou annulez l’import, enregistrez-les et importez de nouveau le fichier&#x202f;: il montrera alors ce qui diffère.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="649"/>
        <source>Discard and import</source>
        <translation>Abandonner et importer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="655"/>
        <source>“{step}” changes incident {id}, whose changes here are not saved. Discard them and go on, or cancel to keep them.</source>
        <translation>«&#x202f;{step}&#x202f;» modifie l’incident {id}, dont les changements faits ici ne sont pas enregistrés. Abandonnez-les et continuez, ou annulez pour les garder.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="658"/>
        <source>Discard and go on</source>
        <translation>Abandonner et continuer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="676"/>
        <source>Discard the changes to this incident?</source>
        <translation>Abandonner les modifications de cet incident&#x202f;?</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../sahel_desk/ui/incidents/panel.py" line="197"/>
        <source>Counting the incidents…</source>
        <translation>Décompte des incidents…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/panel.py" line="245"/>
        <source>No incident in the trash matches the filter.</source>
        <translation>Aucun incident de la corbeille ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/panel.py" line="247"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/panel.py" line="251"/>
        <source>1 of {total} matches the filter</source>
        <translation>1 sur {total} correspond au filtre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/panel.py" line="241"/>
        <source>Trash: {incidents} (restore them, or empty the trash)</source>
        <translation>Corbeille&#x202f;: {incidents} (restaurez-les, ou videz la corbeille)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/panel.py" line="255"/>
        <source>{matching} of {total} incidents match the filter</source>
        <translation>{matching} incidents sur {total} correspondent au filtre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/panel.py" line="283"/>
        <source>Could not load incidents: {error}</source>
        <translation>Impossible de charger les incidents&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="481"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="482"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="483"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="484"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="485"/>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="486"/>
        <source>Fatalities</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="487"/>
        <source>Drivers</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="488"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/table_model.py" line="170"/>
        <source>Not sortable (several per incident): filter by driver or response instead</source>
        <translation>Pas de tri possible (plusieurs par incident)&#x202f;: filtrez plutôt par facteur ou réponse</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/table_model.py" line="192"/>
        <source>(unverified)</source>
        <translation>(non vérifié)</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../sahel_desk/ui/exchange/progress.py" line="19"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="41"/>
        <source>Sahel Desk — {name}</source>
        <translation>Sahel Desk — {name}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="71"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="72"/>
        <source>&amp;New incident</source>
        <translation>&amp;Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="83"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="84"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="86"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="90"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="93"/>
        <location filename="../../sahel_desk/ui/main_window.py" line="227"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="95"/>
        <location filename="../../sahel_desk/ui/main_window.py" line="230"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="119"/>
        <source>&amp;Delete (move to trash)</source>
        <translation>&amp;Supprimer (mettre à la corbeille)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="124"/>
        <source>&amp;Restore from trash</source>
        <translation>Res&amp;taurer depuis la corbeille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="128"/>
        <source>&amp;Tag selected incidents…</source>
        <translation>&amp;Étiqueter les incidents sélectionnés…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="134"/>
        <source>&amp;History of this incident</source>
        <translation>&amp;Historique de cet incident</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="139"/>
        <source>&amp;Manage drivers and responses…</source>
        <translation>&amp;Gérer les facteurs et les réponses…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="142"/>
        <source>Show the &amp;trash</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="145"/>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="149"/>
        <source>&amp;Back to the filter before the click</source>
        <translation>&amp;Revenir au filtre d’avant le clic</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="160"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="162"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="171"/>
        <source>&amp;About Sahel Desk</source>
        <translation>À &amp;propos de Sahel Desk</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="181"/>
        <source>Open in the editor</source>
        <translation>Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="184"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="185"/>
        <source>Tag selected incidents…</source>
        <translation>Étiqueter les incidents sélectionnés…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="188"/>
        <source>Restore from trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="190"/>
        <source>Delete (move to trash)</source>
        <translation>Supprimer (mettre à la corbeille)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="227"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler {step}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="230"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir {step}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="243"/>
        <source>The new language applies when Sahel Desk starts again.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Sahel Desk.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="297"/>
        <source>Undone: {step}</source>
        <translation>Annulé&#x202f;: {step}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="297"/>
        <source>Redone: {step}</source>
        <translation>Rétabli&#x202f;: {step}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="301"/>
        <source>Not done: {error}</source>
        <translation>Non effectué&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="309"/>
        <source>{incidents} moved to the trash; Ctrl+Z brings them back</source>
        <translation>Mis à la corbeille&#x202f;: {incidents}&#x202f;; Ctrl+Z les fait revenir</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="317"/>
        <source>Moving {incidents} to the trash…</source>
        <translation>Mise à la corbeille&#x202f;: {incidents}…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="375"/>
        <source>Destroy {incidents} in the trash? This cannot be undone.</source>
        <translation>Détruire ce que contient la corbeille ({incidents})&#x202f;? C’est irréversible.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="476"/>
        <source>Back to the filter before the click</source>
        <translation>Retour au filtre d’avant le clic</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="489"/>
        <source>In the trash, matching the filter: {incidents}</source>
        <translation>Dans la corbeille, correspondant au filtre&#x202f;: {incidents}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="491"/>
        <source>In the trash: {incidents}</source>
        <translation>Dans la corbeille&#x202f;: {incidents}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="494"/>
        <source>{matching} of {total}</source>
        <translation>{matching} sur {total}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="357"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="364"/>
        <source>{incidents} destroyed</source>
        <translation>Détruits&#x202f;: {incidents}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="374"/>
        <location filename="../../sahel_desk/ui/main_window.py" line="380"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="412"/>
        <location filename="../../sahel_desk/ui/main_window.py" line="450"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="447"/>
        <source>Export cancelled; nothing was written and no earlier file was touched.</source>
        <translation>Export annulé&#x202f;; rien n’a été écrit et aucun fichier existant n’a été touché.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="449"/>
        <source>Not exported: {error}</source>
        <translation>Non exporté&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="134"/>
        <source>Ménaka, a region since 2016, is drawn with its 2015 cercle outline.</source>
        <translation>Ménaka, région depuis 2016, est tracée avec le contour de son cercle de 2015.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="136"/>
        <source>Boundaries: OCHA / ITOS / Government of Mali (COD-AB, 2015), CC BY-IGO.</source>
        <translation>Limites&#x202f;: OCHA / ITOS / Gouvernement du Mali (COD-AB, 2015), CC BY-IGO.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="139"/>
        <source>Every matching incident is counted.</source>
        <translation>Tous les incidents retenus par le filtre sont comptés.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="144"/>
        <source>Incidents per cercle</source>
        <translation>Incidents par cercle</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="144"/>
        <source>Incidents per region</source>
        <translation>Incidents par région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="145"/>
        <source>total on the map: {count}</source>
        <translation>total sur la carte&#x202f;: {count}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="148"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="160"/>
        <source>Incidents with no cercle on this map, not counted: {count}</source>
        <translation>Incidents sans cercle sur cette carte, non comptés&#x202f;: {count}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="163"/>
        <source>Incidents with no region on this map (none recorded, or outside Mali), not counted: {count}</source>
        <translation>Incidents sans région sur cette carte (non renseignée, ou hors du Mali), non comptés&#x202f;: {count}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="170"/>
        <source>Incidents by event type</source>
        <translation>Incidents par type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="170"/>
        <source>Incidents by actor 1</source>
        <translation>Incidents par acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="171"/>
        <source>drawn: {count}</source>
        <translation>dessinés&#x202f;: {count}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="175"/>
        <source>Other event types</source>
        <translation>Autres types d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="175"/>
        <source>Other actors</source>
        <translation>Autres acteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="185"/>
        <source>{low} or more</source>
        <translation>{low} ou plus</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="189"/>
        <source>unknown (a ring)</source>
        <translation>inconnu (un anneau)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="190"/>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="191"/>
        <source>Incidents without coordinates, not drawn: {count}</source>
        <translation>Incidents sans coordonnées, non dessinés&#x202f;: {count}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="199"/>
        <source>Taoudénit has no boundary in the 2015 data: its incidents would be counted in {host} (none here).</source>
        <translation>Taoudénit n’a pas de limites dans les données de 2015&#x202f;: ses incidents seraient comptés dans {host} (aucun ici).</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="204"/>
        <source>Taoudénit has no boundary in the 2015 data: its 1 incident is counted in {host}.</source>
        <translation>Taoudénit n’a pas de limites dans les données de 2015&#x202f;: son incident est compté dans {host}.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/legend.py" line="208"/>
        <source>Taoudénit has no boundary in the 2015 data: its {count} incidents are counted in {host}.</source>
        <translation>Taoudénit n’a pas de limites dans les données de 2015&#x202f;: ses {count} incidents sont comptés dans {host}.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="72"/>
        <source>Incidents per region</source>
        <translation>Incidents par région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="73"/>
        <source>Incidents per cercle</source>
        <translation>Incidents par cercle</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="74"/>
        <source>Incidents by event type</source>
        <translation>Incidents par type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="75"/>
        <source>Incidents by actor 1</source>
        <translation>Incidents par acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="78"/>
        <source>Whole country</source>
        <translation>Tout le pays</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="79"/>
        <source>Zoom back out to all of Mali (wheel to zoom, drag to pan)</source>
        <translation>Revenir à tout le Mali (molette pour zoomer, glisser pour se déplacer)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="90"/>
        <source>Longitude (°)</source>
        <translation>Longitude (°)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="91"/>
        <source>Latitude (°)</source>
        <translation>Latitude (°)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="123"/>
        <source>Show:</source>
        <translation>Afficher&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="212"/>
        <source>{place}: {count}</source>
        <translation>{place}&#x202f;: {count}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="214"/>
        <source>region of {region}</source>
        <translation>région de {region}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="221"/>
        <source>(of which {region}: {count})</source>
        <translation>(dont {region}&#x202f;: {count})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="240"/>
        <source>another event type</source>
        <translation>un autre type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="242"/>
        <source>another actor</source>
        <translation>un autre acteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="248"/>
        <source>fatalities unknown</source>
        <translation>nombre de morts inconnu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="251"/>
        <source>{what} · {deaths} · incident {id} (click to open it)</source>
        <translation>{what} · {deaths} · incident {id} (cliquez pour l’ouvrir)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="306"/>
        <source>The map could not be loaded: {error}</source>
        <translation>La carte n’a pas pu être chargée&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="362"/>
        <source>Point at a cercle for its name and count; click to list its incidents.</source>
        <translation>Pointez un cercle pour voir son nom et son nombre d’incidents&#x202f;; cliquez pour les lister.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/map/panel.py" line="363"/>
        <source>Point at a region for its name and count; click to list its incidents.</source>
        <translation>Pointez une région pour voir son nom et son nombre d’incidents&#x202f;; cliquez pour les lister.</translation>
    </message>
</context>
<context>
    <name>PlaceChooser</name>
    <message>
        <location filename="../../sahel_desk/ui/incidents/choosers.py" line="36"/>
        <source>All places</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/choosers.py" line="52"/>
        <source>(no region)</source>
        <translation>(sans région)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/choosers.py" line="67"/>
        <source>no region</source>
        <translation>sans région</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="122"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="122"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="122"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="122"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="123"/>
        <source>Actor 1</source>
        <translation>Acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="123"/>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="123"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="222"/>
        <source>Keeps incident {id} as it is here: {fields}</source>
        <translation>Garde l’incident {id} tel qu’ici&#x202f;: {fields}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="225"/>
        <source>Updates incident {id}, keeps here: {fields}</source>
        <translation>Met à jour l’incident {id}, garde d’ici&#x202f;: {fields}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/exchange/preview.py" line="257"/>
        <source>Updates incident {id}</source>
        <translation>Met à jour l’incident {id}</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../../sahel_desk/ui/incidents/saved_filters.py" line="45"/>
        <source>Save filter…</source>
        <translation>Enregistrer le filtre…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/saved_filters.py" line="46"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/saved_filters.py" line="47"/>
        <source>Delete the saved filter chosen on the left</source>
        <translation>Supprimer le filtre enregistré choisi à gauche</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/saved_filters.py" line="87"/>
        <source>Saved filters…</source>
        <translation>Filtres enregistrés…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/saved_filters.py" line="98"/>
        <source>Nothing to save: no filter is set.</source>
        <translation>Rien à enregistrer&#x202f;: aucun filtre n’est posé.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/saved_filters.py" line="100"/>
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/saved_filters.py" line="100"/>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/saved_filters.py" line="107"/>
        <source>Replace the saved filter “{name}” with the filter on screen?</source>
        <translation>Remplacer le filtre enregistré «&#x202f;{name}&#x202f;» par le filtre affiché&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/saved_filters.py" line="115"/>
        <source>Delete the saved filter “{name}”? The incidents are not affected.</source>
        <translation>Supprimer le filtre enregistré «&#x202f;{name}&#x202f;»&#x202f;? Les incidents ne sont pas touchés.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/saved_filters.py" line="121"/>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/saved_filters.py" line="133"/>
        <source>This saved filter cannot be read: {error}</source>
        <translation>Ce filtre enregistré est illisible&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>SideTabs</name>
    <message>
        <location filename="../../sahel_desk/ui/side_tabs.py" line="54"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/side_tabs.py" line="57"/>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/side_tabs.py" line="58"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/side_tabs.py" line="86"/>
        <source>Showing the incidents of {place} (View → Back returns)</source>
        <translation>Incidents affichés&#x202f;: {place} (Affichage → Revenir au filtre d’avant le clic)</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <location filename="../../sahel_desk/ui/editor/sources.py" line="26"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/sources.py" line="26"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/sources.py" line="26"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/sources.py" line="26"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/sources.py" line="31"/>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/sources.py" line="32"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/sources.py" line="74"/>
        <source>source {n} needs a name</source>
        <translation>la source {n} doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/sources.py" line="88"/>
        <source>{name}: give the day the source was published</source>
        <translation>{name}&#x202f;: indiquez le jour de publication de la source</translation>
    </message>
</context>
<context>
    <name>TagChooser</name>
    <message>
        <location filename="../../sahel_desk/ui/incidents/choosers.py" line="72"/>
        <source>Any driver or response</source>
        <translation>Tout facteur ou réponse</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/choosers.py" line="78"/>
        <source>Drivers</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/choosers.py" line="78"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/choosers.py" line="83"/>
        <source> (hidden)</source>
        <translation> (masqué)</translation>
    </message>
</context>
<context>
    <name>TagLabelsDialog</name>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="86"/>
        <source>English label</source>
        <translation>Libellé anglais</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="87"/>
        <source>French label</source>
        <translation>Libellé français</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="89"/>
        <source>Under</source>
        <translation>Sous</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="138"/>
        <source>Manage drivers and responses</source>
        <translation>Gérer les facteurs et les réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="141"/>
        <source>Drivers</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="142"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="143"/>
        <source>Own tags</source>
        <translation>Étiquettes personnelles</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="149"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="149"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="149"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="149"/>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="161"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="162"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="163"/>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="164"/>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="165"/>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="290"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="173"/>
        <source>Hidden tags stay on their incidents and in the filters; the editor no longer offers them.</source>
        <translation>Les étiquettes masquées restent sur leurs incidents et dans les filtres&#x202f;; l’éditeur ne les propose plus.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="252"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="290"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="319"/>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="320"/>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="349"/>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="332"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="344"/>
        <source>“{tag}” has sub-tags, and tags have two levels: move its sub-tags out first, or merge it into another tag.</source>
        <translation>«&#x202f;{tag}&#x202f;» a des sous-étiquettes, et les étiquettes ont deux niveaux&#x202f;: déplacez d’abord ses sous-étiquettes, ou fusionnez-la dans une autre étiquette.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="351"/>
        <source>Move “{tag}”</source>
        <translation>Déplacer «&#x202f;{tag}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="352"/>
        <source>Under</source>
        <translation>Sous</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="375"/>
        <source>There is no tag to merge “{tag}” into.</source>
        <translation>Aucune étiquette ne peut recevoir «&#x202f;{tag}&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="379"/>
        <source>Merge “{tag}”</source>
        <translation>Fusionner «&#x202f;{tag}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="380"/>
        <source>Into</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="415"/>
        <source>Merge “{source}” into “{into}”?

Incidents tagged “{source}”: {incidents}. They will carry “{into}” instead; its sub-tags, if any, move under “{into}”; then “{source}” is deleted.

This cannot be undone.</source>
        <translation>Fusionner «&#x202f;{source}&#x202f;» dans «&#x202f;{into}&#x202f;»&#x202f;?

Incidents étiquetés «&#x202f;{source}&#x202f;»&#x202f;: {incidents}. Ils porteront «&#x202f;{into}&#x202f;» à la place&#x202f;; ses éventuelles sous-étiquettes passent sous «&#x202f;{into}&#x202f;»&#x202f;; puis «&#x202f;{source}&#x202f;» est supprimée.

C’est irréversible.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="450"/>
        <source>Not done: {error}</source>
        <translation>Non effectué&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="455"/>
        <source>Merge tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
</context>
<context>
    <name>TreeButton</name>
    <message>
        <location filename="../../sahel_desk/ui/check_tree.py" line="196"/>
        <source>{first} +{more}</source>
        <translation>{first} +{more}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../sahel_desk/ui/trends/chart.py" line="116"/>
        <source>Rolling mean</source>
        <translation>Moyenne mobile</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/chart.py" line="158"/>
        <source>The mouse wheel zooms on the periods and a drag moves them; All periods shows them all again.</source>
        <translation>La molette zoome sur les périodes et un glisser les déplace&#x202f;; Toutes les périodes les montre à nouveau.</translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="68"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="69"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="70"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="71"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="77"/>
        <source>Not split</source>
        <translation>Sans répartition</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="78"/>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="79"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="80"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="82"/>
        <source>Driver</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="84"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="88"/>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="335"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="89"/>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="91"/>
        <source>Stacked</source>
        <translation>Empilées</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="92"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="97"/>
        <source>Rolling mean</source>
        <translation>Moyenne mobile</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="102"/>
        <source> periods</source>
        <translation> périodes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="106"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="107"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="112"/>
        <source>Period:</source>
        <translation>Période&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="113"/>
        <source>Split by:</source>
        <translation>Répartition&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="115"/>
        <source>Measure:</source>
        <translation>Mesure&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="140"/>
        <source>Region or actor</source>
        <translation>Région ou acteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="96"/>
        <source>How many series are drawn; the rest are summed as Other</source>
        <translation>Nombre de séries tracées&#x202f;; les autres sont additionnées dans «&#x202f;Autres&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="81"/>
        <source>Driver group</source>
        <translation>Famille de facteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="83"/>
        <source>Response group</source>
        <translation>Famille de réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="103"/>
        <source>All periods</source>
        <translation>Toutes les périodes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="104"/>
        <source>Show every period again after zooming with the mouse wheel</source>
        <translation>Montrer à nouveau toutes les périodes après un zoom à la molette</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="114"/>
        <source>Series:</source>
        <translation>Séries&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="143"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="144"/>
        <source>Flag</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="149"/>
        <source>Incidents in the latest complete period</source>
        <translation>Incidents de la dernière période complète</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="150"/>
        <source>Average incidents per period in the periods before it</source>
        <translation>Nombre moyen d’incidents par période dans les périodes précédentes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="151"/>
        <source>The latest period against that average</source>
        <translation>La dernière période comparée à cette moyenne</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="269"/>
        <source>Month only</source>
        <translation>Mois seul</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="277"/>
        <source>The chart could not be computed: {error}</source>
        <translation>Le graphique n’a pas pu être calculé&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="285"/>
        <source>week of {day}</source>
        <translation>semaine du {day}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="289"/>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="304"/>
        <source>Other ({count})</source>
        <translation>Autres ({count})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="306"/>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="310"/>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="575"/>
        <source>No region</source>
        <translation>Sans région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="323"/>
        <source>Fatalities (known), under each actor</source>
        <translation>Morts (connus), sous chaque acteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="324"/>
        <source>Incidents, under each of their actors</source>
        <translation>Incidents, sous chacun de leurs acteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="327"/>
        <source>Fatalities (known), under each driver</source>
        <translation>Morts (connus), sous chaque facteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="328"/>
        <source>Incidents, under each of their drivers</source>
        <translation>Incidents, sous chacun de leurs facteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="331"/>
        <source>Fatalities (known), under each response</source>
        <translation>Morts (connus), sous chaque réponse</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="332"/>
        <source>Incidents, under each of their responses</source>
        <translation>Incidents, sous chacune de leurs réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="334"/>
        <source>Fatalities (known figures)</source>
        <translation>Morts (chiffres connus)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="339"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="340"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="341"/>
        <source>per quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="342"/>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="346"/>
        <source>, by event type</source>
        <translation>, par type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="347"/>
        <source>, by region</source>
        <translation>, par région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="348"/>
        <source>, by actor</source>
        <translation>, par acteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="349"/>
        <source>, by driver</source>
        <translation>, par facteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="350"/>
        <source>, by response</source>
        <translation>, par réponse</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="351"/>
        <source>, by driver group</source>
        <translation>, par famille de facteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="352"/>
        <source>, by response group</source>
        <translation>, par famille de réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="362"/>
        <source>No incident matches the filter.</source>
        <translation>Aucun incident ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="366"/>
        <source>{count} incidents known only to the month are not drawn in any week: they are in the hatched band below, across the weeks of their month.</source>
        <translation>{count} incidents connus seulement au mois ne sont placés dans aucune semaine&#x202f;: ils sont dans la bande hachurée du bas, sur les semaines de leur mois.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="371"/>
        <source>An incident involving several actors counts under each.</source>
        <translation>Un incident impliquant plusieurs acteurs compte pour chacun d’eux.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="372"/>
        <source>An incident with several drivers counts under each.</source>
        <translation>Un incident lié à plusieurs facteurs compte pour chacun d’eux.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="373"/>
        <source>An incident with several responses counts under each.</source>
        <translation>Un incident suivi de plusieurs réponses compte pour chacune d’elles.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="380"/>
        <source>{count} incidents with no driver are not shown.</source>
        <translation>{count} incidents sans facteur ne sont pas représentés.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="381"/>
        <source>{count} incidents with no response are not shown.</source>
        <translation>{count} incidents sans réponse ne sont pas représentés.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="395"/>
        <source>{periods}: outside the filter&apos;s dates, for incidents known to a week or a month that overlaps them.</source>
        <translation>{periods}&#x202f;: hors des dates du filtre, pour des incidents connus à la semaine ou au mois qui les chevauchent.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="409"/>
        <source>Click a bar to list its incidents.</source>
        <translation>Cliquez sur une barre pour en lister les incidents.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="419"/>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="435"/>
        <source>of the total</source>
        <translation>du total</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="422"/>
        <source>of: {series}</source>
        <translation>de&#x202f;: {series}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="445"/>
        <source>{month}, date known only to the month: {amount}</source>
        <translation>{month}, date connue seulement au mois&#x202f;: {amount}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="453"/>
        <source>{period} · {series}: {amount}</source>
        <translation>{period} · {series}&#x202f;: {amount}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="476"/>
        <source>Showing the incidents of {what} (View → Back returns)</source>
        <translation>Incidents affichés&#x202f;: {what} (Affichage → Revenir au filtre d’avant le clic)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="516"/>
        <source>The filter&apos;s dates are set aside for this comparison.</source>
        <translation>Les dates du filtre sont ignorées pour cette comparaison.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="402"/>
        <source>{count} incidents of the filter have no known fatality figure: they add nothing (unknown is not zero).</source>
        <translation>{count}&#xa0;incidents du filtre n’ont pas de bilan connu&#x202f;: ils n’ajoutent rien (inconnu n’est pas zéro).</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="141"/>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="142"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="407"/>
        <source>Every incident of the filter has a known fatality figure.</source>
        <translation>Chaque incident du filtre a un bilan connu.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="436"/>
        <source>{n}-period mean {of}</source>
        <translation>Moyenne sur {n}&#xa0;périodes {of}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="502"/>
        <source>No incident: nothing to compare.</source>
        <translation>Aucun incident&#x202f;: rien à comparer.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="506"/>
        <source>Incidents of the latest complete period, {latest}, against the average of the {n} before (from {first}): a large increase is above +25%, a moderate one +10 to +25% (with at least 3 incidents); a decrease is −10% or more (from an average of at least 3).</source>
        <translation>Incidents de la dernière période complète, {latest}, comparés à la moyenne des {n} précédentes (depuis le {first})&#x202f;: forte hausse au-delà de +25&#x202f;%, hausse modérée de +10 à +25&#x202f;% (avec au moins 3 incidents)&#x202f;; baisse à partir de −10&#x202f;% (depuis une moyenne d’au moins 3).</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="519"/>
        <source>The data ends on {day}, before this period does: its count may be low.</source>
        <translation>Les données s’arrêtent le {day}, avant la fin de cette période&#x202f;: son total peut être bas.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="523"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="524"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="528"/>
        <source>{what}: {n} flagged of {total}</source>
        <translation>{what}&#x202f;: {n} en alerte sur {total}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="563"/>
        <source>{value} %</source>
        <translation>{value}&#x202f;%</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="568"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="569"/>
        <source>large increase</source>
        <translation>forte hausse</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="570"/>
        <source>moderate increase</source>
        <translation>hausse modérée</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="572"/>
        <source>decrease</source>
        <translation>baisse</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="598"/>
        <source>Sahel Desk · {database} · {filter} · {date}</source>
        <translation>Sahel Desk · {database} · {filter} · {date}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="600"/>
        <source>all incidents</source>
        <translation>tous les incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="616"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="616"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="624"/>
        <source>The chart could not be saved to {path}</source>
        <translation>Le graphique n’a pas pu être enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="627"/>
        <source>Chart saved to {path}</source>
        <translation>Graphique enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/trends/panel.py" line="632"/>
        <source>Chart copied to the clipboard</source>
        <translation>Graphique copié dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <location filename="../../sahel_desk/ui/incidents/undo.py" line="71"/>
        <source>New incident {id}</source>
        <translation>nouvel incident {id}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/undo.py" line="73"/>
        <source>Edit incident {id}</source>
        <translation>modification de l’incident {id}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/undo.py" line="96"/>
        <source>Restore {incidents}</source>
        <translation>restauration de {incidents}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/undo.py" line="98"/>
        <source>Delete {incidents}</source>
        <translation>suppression de {incidents}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/undo.py" line="127"/>
        <source>Change tags of {incidents}</source>
        <translation>changement d’étiquettes de {incidents}</translation>
    </message>
</context>
<context>
    <name>actor_type</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="471"/>
        <source>State forces</source>
        <translation>Forces de l’État</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="472"/>
        <source>Rebel group</source>
        <translation>Groupe rebelle</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="473"/>
        <source>Political militia</source>
        <translation>Milice politique</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="474"/>
        <source>Identity militia</source>
        <translation>Milice identitaire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="475"/>
        <source>Rioters</source>
        <translation>Émeutiers</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="476"/>
        <source>Protesters</source>
        <translation>Manifestants</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="477"/>
        <source>Civilians</source>
        <translation>Civils</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="478"/>
        <source>External/Other forces</source>
        <translation>Forces extérieures/autres</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../sahel_desk/ui/format.py" line="19"/>
        <location filename="../../sahel_desk/ui/format.py" line="61"/>
        <source>week of {date}</source>
        <translation>semaine du {date}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/format.py" line="30"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/format.py" line="37"/>
        <source>1 incident</source>
        <translation>1 incident</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/format.py" line="38"/>
        <source>{count} incidents</source>
        <translation>{count} incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/format.py" line="46"/>
        <source>1 fatality</source>
        <translation>1 mort</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/format.py" line="47"/>
        <source>{count} fatalities</source>
        <translation>{count} morts</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="116"/>
        <source>{first}; {second}</source>
        <translation>{first}&#x202f;; {second}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="179"/>
        <source>exact day</source>
        <translation>jour exact</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="180"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="181"/>
        <source>month only</source>
        <translation>mois seulement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="184"/>
        <source>the named place</source>
        <translation>le lieu nommé</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="185"/>
        <source>near it, or part of a region</source>
        <translation>à proximité, ou partie d’une région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="186"/>
        <source>only the region</source>
        <translation>seulement la région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="216"/>
        <source>{field}: {values}</source>
        <translation>{field}&#x202f;: {values}</translation>
    </message>
</context>
<context>
    <name>interaction</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="133"/>
        <source>{type} only</source>
        <translation>{type} uniquement</translation>
    </message>
</context>
<context>
    <name>taxonomy</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="436"/>
        <source>Battles</source>
        <translation>Batailles</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="437"/>
        <source>Protests</source>
        <translation>Manifestations</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="438"/>
        <source>Riots</source>
        <translation>Émeutes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="439"/>
        <source>Explosions/Remote violence</source>
        <translation>Explosions/Violence à distance</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="440"/>
        <source>Violence against civilians</source>
        <translation>Violence contre les civils</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="441"/>
        <source>Strategic developments</source>
        <translation>Développements stratégiques</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="442"/>
        <source>Government regains territory</source>
        <translation>Le gouvernement reprend un territoire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="443"/>
        <source>Non-state actor overtakes territory</source>
        <translation>Un acteur non étatique s’empare d’un territoire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="444"/>
        <source>Armed clash</source>
        <translation>Affrontement armé</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="445"/>
        <source>Excessive force against protesters</source>
        <translation>Usage excessif de la force contre des manifestants</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="446"/>
        <source>Protest with intervention</source>
        <translation>Manifestation avec intervention</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="447"/>
        <source>Peaceful protest</source>
        <translation>Manifestation pacifique</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="448"/>
        <source>Violent demonstration</source>
        <translation>Manifestation violente</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="449"/>
        <source>Mob violence</source>
        <translation>Violence de foule</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="450"/>
        <source>Chemical weapon</source>
        <translation>Arme chimique</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="451"/>
        <source>Air/drone strike</source>
        <translation>Frappe aérienne/de drone</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="452"/>
        <source>Suicide bomb</source>
        <translation>Attentat-suicide</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="453"/>
        <source>Shelling/artillery/missile attack</source>
        <translation>Bombardement/tir d’artillerie/attaque de missiles</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="454"/>
        <source>Remote explosive/landmine/IED</source>
        <translation>Explosif télécommandé/mine terrestre/EEI</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="455"/>
        <source>Grenade</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="456"/>
        <source>Sexual violence</source>
        <translation>Violences sexuelles</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="457"/>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="458"/>
        <source>Abduction/forced disappearance</source>
        <translation>Enlèvement/disparition forcée</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="459"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="460"/>
        <source>Arrests</source>
        <translation>Arrestations</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="461"/>
        <source>Change to group/activity</source>
        <translation>Changement de groupe/d’activité</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="462"/>
        <source>Disrupted weapons use</source>
        <translation>Utilisation d’armes déjouée</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="463"/>
        <source>Headquarters or base established</source>
        <translation>Établissement d’un quartier général ou d’une base</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="464"/>
        <source>Looting/property destruction</source>
        <translation>Pillage/destruction de biens</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="465"/>
        <source>Non-violent transfer of territory</source>
        <translation>Transfert non violent de territoire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="466"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="467"/>
        <source>Demonstrations</source>
        <translation>Manifestations</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="468"/>
        <source>Political violence</source>
        <translation>Violence politique</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="12"/>
        <source>the date must be given with its precision</source>
        <translation>la date doit être donnée avec sa précision</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="13"/>
        <source>actor 1 is required</source>
        <translation>l’acteur 1 est obligatoire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="14"/>
        <source>actor 2 must be a name</source>
        <translation>l’acteur 2 doit être un nom</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="15"/>
        <source>the location is required</source>
        <translation>le lieu est obligatoire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="16"/>
        <source>the date precision is required (day, week or month)</source>
        <translation>la précision de la date est obligatoire (jour, semaine ou mois)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="17"/>
        <source>the location precision is required (1, 2 or 3)</source>
        <translation>la précision du lieu est obligatoire (1, 2 ou 3)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="18"/>
        <source>the low estimate is above the high estimate</source>
        <translation>l’estimation basse dépasse l’estimation haute</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="19"/>
        <source>in violence against civilians, actor 2 must be civilians</source>
        <translation>dans une violence contre les civils, l’acteur 2 doit être des civils</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="20"/>
        <source>a battle needs two armed actors</source>
        <translation>une bataille exige deux acteurs armés</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="21"/>
        <source>civilian targeting cannot be set on “{value}”</source>
        <translation>le ciblage de civils n’est pas possible pour «&#x202f;{value}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="22"/>
        <source>actor 2 needs an actor type</source>
        <translation>l’acteur 2 doit avoir un type</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="23"/>
        <source>actor 1 needs an actor type</source>
        <translation>l’acteur 1 doit avoir un type</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="24"/>
        <source>give both latitude and longitude, or neither</source>
        <translation>indiquez la latitude et la longitude, ou aucune des deux</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="29"/>
        <source>associated actors must be a list of names</source>
        <translation>les acteurs associés doivent être une liste de noms</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="40"/>
        <source>“{value}” is not a UUID</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un UUID</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="30"/>
        <source>choose an ACLED event type</source>
        <translation>choisissez un type d’événement ACLED</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="25"/>
        <source>the place is not tied to a gazetteer entry (kept as unverified)</source>
        <translation>le lieu n’est rattaché à aucune entrée du répertoire (gardé comme non vérifié)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="31"/>
        <source>“{value}” is not an ACLED event type</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un type d’événement ACLED</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="32"/>
        <source>“{value}” is not a sub-event type of {event_type}</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un sous-type de {event_type}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="33"/>
        <source>the date is in the future</source>
        <translation>la date est dans le futur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="34"/>
        <source>fatalities must be a whole number of 0 or more (or unknown)</source>
        <translation>les décès doivent être un nombre entier positif ou nul (ou inconnus)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="38"/>
        <source>no region: the incident counts in no region&apos;s figures</source>
        <translation>pas de région&#x202f;: l’incident ne compte dans les chiffres d’aucune région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="39"/>
        <source>{name} must be a number in decimal degrees</source>
        <translation>{name} doit être un nombre en degrés décimaux</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="41"/>
        <source>coordinates are outside the globe</source>
        <translation>les coordonnées sont hors du globe</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="42"/>
        <source>({lat}, {lon}) lies outside {country}</source>
        <translation>({lat}, {lon}) est hors de {country}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="43"/>
        <source>type a date: 14/06/2023, June 2023, or week of 12 June 2023</source>
        <translation>saisissez une date&#x202f;: 14/06/2023, juin 2023 ou semaine du 12 juin 2023</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="47"/>
        <source>{text} is not a real day</source>
        <translation>{text} n’est pas un jour qui existe</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="48"/>
        <source>cannot read “{text}” as a date: type 14/06/2023, 14 June 2023, June 2023, 2023-06 or week of 12 June 2023</source>
        <translation>impossible de lire «&#x202f;{text}&#x202f;» comme une date&#x202f;: saisissez 14/06/2023, 14 juin 2023, juin 2023, 2023-06 ou semaine du 12 juin 2023</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="52"/>
        <source>{name} does not exist; choose the file again</source>
        <translation>{name} n’existe pas&#x202f;; choisissez à nouveau le fichier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="53"/>
        <source>{name} is a folder; choose a spreadsheet file inside it</source>
        <translation>{name} est un dossier&#x202f;; choisissez un fichier de tableur à l’intérieur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="54"/>
        <source>{name} is empty; ask the sender for the file again</source>
        <translation>{name} est vide&#x202f;; redemandez le fichier à son expéditeur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="55"/>
        <source>{name} cannot be opened ({reason}); close it in other programs and try again</source>
        <translation>{name} ne peut pas être ouvert ({reason})&#x202f;; fermez-le dans les autres programmes et réessayez</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="59"/>
        <source>{name} is a UTF-16 text file; save it again as “CSV UTF-8”</source>
        <translation>{name} est un fichier texte UTF-16&#x202f;; enregistrez-le à nouveau en «&#x202f;CSV UTF-8&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="63"/>
        <source>{name} is in a text encoding Sahel Desk cannot read; save it again as “CSV UTF-8”</source>
        <translation>{name} est dans un codage de texte que Sahel Desk ne sait pas lire&#x202f;; enregistrez-le à nouveau en «&#x202f;CSV UTF-8&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="67"/>
        <source>{name} is damaged or incomplete; ask the sender for it again, or save it again from Excel or LibreOffice as .xlsx</source>
        <translation>{name} est abîmé ou incomplet&#x202f;; redemandez-le à son expéditeur, ou enregistrez-le à nouveau en .xlsx depuis Excel ou LibreOffice</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="71"/>
        <source>{name} is protected by a password; remove the password in Excel and save it again</source>
        <translation>{name} est protégé par un mot de passe&#x202f;; retirez le mot de passe dans Excel et enregistrez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="75"/>
        <source>{name} is not a spreadsheet ({kind}); choose an .xlsx or .csv file</source>
        <translation>{name} n’est pas un tableur ({kind})&#x202f;; choisissez un fichier .xlsx ou .csv</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="79"/>
        <source>{name} is a {kind} file, which Sahel Desk cannot read; save it again from Excel or LibreOffice as .xlsx</source>
        <translation>{name} est un fichier {kind}, que Sahel Desk ne sait pas lire&#x202f;; enregistrez-le à nouveau en .xlsx depuis Excel ou LibreOffice</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="83"/>
        <source>{name} is too large to import ({size} MB of data, the limit is {limit} MB); split it into smaller files</source>
        <translation>{name} est trop volumineux pour être importé ({size} Mo de données, la limite est de {limit} Mo)&#x202f;; découpez-le en fichiers plus petits</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="87"/>
        <source>{name} is built to overwhelm the programs that open it (a “zip bomb”); do not open it, and ask the sender for a copy saved from Excel</source>
        <translation>{name} est conçu pour submerger les programmes qui l’ouvrent (une «&#x202f;bombe zip&#x202f;»)&#x202f;; ne l’ouvrez pas, et demandez à l’expéditeur une copie enregistrée depuis Excel</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="91"/>
        <source>{name} declares XML entities ({part}), which can freeze a computer; ask the sender for a copy saved from Excel or LibreOffice</source>
        <translation>{name} déclare des entités XML ({part}), qui peuvent bloquer un ordinateur&#x202f;; demandez à l’expéditeur une copie enregistrée depuis Excel ou LibreOffice</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="95"/>
        <source>{name} holds XML that tries to read other files or web addresses ({part}); do not open it elsewhere, and tell the sender</source>
        <translation>{name} contient du XML qui tente de lire d’autres fichiers ou des adresses web ({part})&#x202f;; ne l’ouvrez pas ailleurs, et prévenez l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="99"/>
        <source>{name} holds XML that Sahel Desk cannot read safely ({part}); save it again from Excel or LibreOffice as .xlsx</source>
        <translation>{name} contient du XML que Sahel Desk ne peut pas lire sans risque ({part})&#x202f;; enregistrez-le à nouveau en .xlsx depuis Excel ou LibreOffice</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="103"/>
        <source>{name} has data beyond Excel&apos;s last row or column ({part}: {where}); save it again from Excel or LibreOffice as .xlsx</source>
        <translation>{name} a des données au-delà de la dernière ligne ou colonne d’Excel ({part}&#x202f;: {where})&#x202f;; enregistrez-le à nouveau en .xlsx depuis Excel ou LibreOffice</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="107"/>
        <source>{name} has a sheet spanning {cells} cells ({part}), more than {limit}; delete unused rows and columns, or split it</source>
        <translation>{name} a une feuille de {cells} cellules ({part}), plus que {limit}&#x202f;; supprimez les lignes et colonnes inutilisées, ou découpez-la</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="111"/>
        <source>{name} has no header row; the first row must name the columns</source>
        <translation>{name} n’a pas de ligne d’en-tête&#x202f;; la première ligne doit nommer les colonnes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="115"/>
        <source>{name} has a header but no rows</source>
        <translation>{name} a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="116"/>
        <source>{name} cannot be read as a workbook ({reason}); save it again from Excel</source>
        <translation>{name} ne peut pas être lu comme un classeur ({reason})&#x202f;; enregistrez-le à nouveau depuis Excel</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="120"/>
        <source>{name} has more than {limit:,} rows, more than a spreadsheet can hold</source>
        <translation>{name} a plus de {limit:,} lignes, plus qu’un tableur ne peut en contenir</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="124"/>
        <source>skipped the HXL hashtag row under the header</source>
        <translation>ligne de mots-dièse HXL sous l’en-tête ignorée</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="125"/>
        <source>read as {encoding} (not UTF-8)</source>
        <translation>lu en {encoding} (pas en UTF-8)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="126"/>
        <source>{name} is a text (CSV) file, whatever its name says: read as CSV</source>
        <translation>{name} est un fichier texte (CSV), quoi qu’en dise son nom&#x202f;: lu comme CSV</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="138"/>
        <source>the header is row {row}: the rows above it (a title, a note) are not read</source>
        <translation>l’en-tête est à la ligne {row}&#x202f;: les lignes au-dessus (un titre, une note) ne sont pas lues</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="142"/>
        <source>the cell holds {n:,} characters, more than a spreadsheet cell can (32,767)</source>
        <translation>la cellule contient {n:,} caractères, plus qu’une cellule de tableur n’en admet (32&#x202f;767)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="146"/>
        <source>“{value}” is not an ACLED sub-event type</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un sous-type d’événement ACLED</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="147"/>
        <source>“{value}” is not an ACLED event type: {suggestion}?</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un type d’événement ACLED&#x202f;: {suggestion}&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="148"/>
        <source>“{value}” is not an ACLED sub-event type: {suggestion}?</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un sous-type d’événement ACLED&#x202f;: {suggestion}&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="149"/>
        <source>old ACLED type “{value}” read as {event_type} / {sub_event_type}; check it</source>
        <translation>ancien type ACLED «&#x202f;{value}&#x202f;» lu comme {event_type} / {sub_event_type}&#x202f;; vérifiez-le</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="153"/>
        <source>“{value}” is not in the actor registry; it will be added as a new actor</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas dans le registre des acteurs&#x202f;; il sera ajouté comme nouvel acteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="157"/>
        <source>the cell held a formula ({formula}); kept as text, never calculated</source>
        <translation>la cellule contenait une formule ({formula})&#x202f;; gardée en texte, jamais calculée</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="161"/>
        <source>“{value}” is not a Sahel Desk uuid</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un uuid Sahel Desk</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="162"/>
        <source>no driver, response or tag is called “{value}”; it is not kept</source>
        <translation>aucun facteur, réponse ou étiquette ne s’appelle «&#x202f;{value}&#x202f;»&#x202f;; il n’est pas gardé</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="166"/>
        <source>the sources cannot be read ({reason}); kept as names only</source>
        <translation>les sources ne peuvent pas être lues ({reason})&#x202f;; seuls les noms sont gardés</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="170"/>
        <source>{n} rows for one event; actors after the second kept as associated actors</source>
        <translation>{n} lignes pour un événement&#x202f;; les acteurs après le deuxième sont gardés comme acteurs associés</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="174"/>
        <source>{event_type} needs a sub-event type: one of {options}</source>
        <translation>{event_type} demande un sous-type d’événement&#x202f;: l’un de {options}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="175"/>
        <source>“{value}” is a sub-event type of {parent}, not of {event_type}: {options}</source>
        <translation>«&#x202f;{value}&#x202f;» est un sous-type de {parent}, pas de {event_type}&#x202f;: {options}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="179"/>
        <source>the sheet has no sub-event types: read as {sub_event_type}, the commonest of {event_type}, and tagged for review</source>
        <translation>la feuille n’a pas de sous-types&#x202f;: lu comme {sub_event_type}, le plus courant de {event_type}, et marqué à revoir</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="191"/>
        <source>“{value}” read as {taken}, as suggested</source>
        <translation>«&#x202f;{value}&#x202f;» lu comme {taken}, ainsi que suggéré</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="134"/>
        <source>sheet read: “{sheet}”, whose columns are an import&apos;s; not read: {others}</source>
        <translation>feuille lue&#x202f;: «&#x202f;{sheet}&#x202f;», dont les colonnes sont celles d’un import&#x202f;; non lues&#x202f;: {others}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="130"/>
        <source>{name} is no workbook, whatever its name says: it holds a little text and no table; ask the sender for it again</source>
        <translation>{name} n’est pas un classeur, quoi qu’en dise son nom&#x202f;: il ne contient qu’un peu de texte et aucun tableau&#x202f;; redemandez-le à l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="183"/>
        <source>no country given: read from the place (Mali for a Malian region; none for a region of elsewhere); rows concerned: {n:,}</source>
        <translation>aucun pays indiqué&#x202f;: lu d’après le lieu (le Mali pour une région malienne&#x202f;; aucun pour une région d’ailleurs)&#x202f;; lignes concernées&#x202f;: {n:,}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="187"/>
        <source>no region given: read, with the cercle and commune, from the gazetteer&apos;s place; rows concerned: {n:,}</source>
        <translation>aucune région indiquée&#x202f;: lue, avec le cercle et la commune, d’après le lieu du répertoire des lieux&#x202f;; lignes concernées&#x202f;: {n:,}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="192"/>
        <source>the place is no longer {old}: tied to {new} in the gazetteer, with its coordinates</source>
        <translation>le lieu n’est plus {old}&#x202f;: rattaché à {new} dans le répertoire des lieux, avec ses coordonnées</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="196"/>
        <source>the place is no longer {old}: tied to {new} in the gazetteer; the sheet&apos;s own coordinates are kept: check them</source>
        <translation>le lieu n’est plus {old}&#x202f;: rattaché à {new} dans le répertoire des lieux&#x202f;; les coordonnées de la feuille sont gardées&#x202f;: vérifiez-les</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="200"/>
        <source>the place is no longer {old}, and the gazetteer does not know it there: kept unverified</source>
        <translation>le lieu n’est plus {old}, et le répertoire des lieux ne le connaît pas à cet endroit&#x202f;: gardé non vérifié</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="204"/>
        <source>the place is no longer {old}, and the gazetteer does not know it there: kept unverified, with the coordinates of {old}; check them</source>
        <translation>le lieu n’est plus {old}, et le répertoire des lieux ne le connaît pas à cet endroit&#x202f;: gardé non vérifié, avec les coordonnées de {old}&#x202f;; vérifiez-les</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="208"/>
        <source>the cell holds a formula ({formula}), which an import never calculates: type its value</source>
        <translation>la cellule contient une formule ({formula}), qu’un import ne calcule jamais&#x202f;: saisissez sa valeur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="212"/>
        <source>“{value}” is not a date and time (2024-05-17 14:03:00)</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas une date et heure (2024-05-17 14:03:00)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="213"/>
        <source>“{value}” is not a whole number</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="214"/>
        <source>“{value}” is less than {minimum}</source>
        <translation>«&#x202f;{value}&#x202f;» est inférieur à {minimum}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="215"/>
        <source>“{value}” is not a number</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="216"/>
        <source>the date is missing</source>
        <translation>la date manque</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="217"/>
        <source>“{value}” is not a date: write 2020-07-31, 31/07/2020 or 31 July 2020</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas une date&#x202f;: écrivez 2020-07-31, 31/07/2020 ou 31 juillet 2020</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="221"/>
        <source>“{value}” is not a real day</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un jour réel</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="222"/>
        <source>“{value}” is a number, not a date (a spreadsheet day number between 1997 and 2100)</source>
        <translation>«&#x202f;{value}&#x202f;» est un nombre, pas une date (un numéro de jour de tableur entre 1997 et 2100)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="226"/>
        <source>the date “{value}” says {written} but the year column says {year}</source>
        <translation>la date «&#x202f;{value}&#x202f;» indique {written} mais la colonne année indique {year}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="230"/>
        <source>“{value}” is written month first, but the other dates of this column are day first (e.g. {example}); correct it in the file</source>
        <translation>«&#x202f;{value}&#x202f;» est écrite mois d’abord, mais les autres dates de cette colonne sont jour d’abord (p. ex. {example})&#x202f;; corrigez-la dans le fichier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="234"/>
        <source>“{value}” is written day first, but the other dates of this column are month first (e.g. {example}); correct it in the file</source>
        <translation>«&#x202f;{value}&#x202f;» est écrite jour d’abord, mais les autres dates de cette colonne sont mois d’abord (p. ex. {example})&#x202f;; corrigez-la dans le fichier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="238"/>
        <source>dates read day first ({example}); no row says otherwise</source>
        <translation>dates lues jour d’abord ({example})&#x202f;; aucune ligne ne dit le contraire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="239"/>
        <source>dates read month first ({example}); no row says otherwise</source>
        <translation>dates lues mois d’abord ({example})&#x202f;; aucune ligne ne dit le contraire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="243"/>
        <source>dates read day first: no date has a part above 12 to tell the day from the month (ACLED and French practice)</source>
        <translation>dates lues jour d’abord&#x202f;: aucune date n’a de partie au-delà de 12 pour distinguer le jour du mois (usage d’ACLED et usage français)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="247"/>
        <source>dates read day first ({example}, {count} rows); {other} rows written month first ({other_example}) are refused</source>
        <translation>dates lues jour d’abord ({example}, {count} lignes)&#x202f;; {other} lignes écrites mois d’abord ({other_example}) sont refusées</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="251"/>
        <source>dates read month first ({example}, {count} rows); {other} rows written day first ({other_example}) are refused</source>
        <translation>dates lues mois d’abord ({example}, {count} lignes)&#x202f;; {other} lignes écrites jour d’abord ({other_example}) sont refusées</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="255"/>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="256"/>
        <source>“{value}” is not a UCDP event id</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un identifiant d’événement UCDP</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="257"/>
        <source>“{value}” is not a UCDP type of violence (1, 2 or 3)</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un type de violence UCDP (1, 2 ou 3)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="258"/>
        <source>“{value}” is not a UCDP date precision (1 to 5)</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas une précision de date UCDP (1 à 5)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="259"/>
        <source>“{value}” is not a UCDP location precision (1 to 7)</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas une précision de lieu UCDP (1 à 7)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="260"/>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>l’événement se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="261"/>
        <source>UCDP&apos;s low estimate of deaths ({low}) is above its high estimate ({high}): only the best estimate ({best}) is kept, not that range</source>
        <translation>l’estimation basse des morts d’UCDP ({low}) dépasse son estimation haute ({high})&#x202f;: seule la meilleure estimation ({best}) est gardée, pas cette fourchette</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="265"/>
        <source>UCDP does not say what kind of event this was ({original}): “Battles – Armed clash” is a placeholder; choose the event type</source>
        <translation>UCDP ne dit pas de quel genre d’événement il s’agit ({original})&#x202f;: «&#x202f;Batailles – Affrontement armé&#x202f;» est provisoire&#x202f;; choisissez le type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="269"/>
        <source>event type derived from UCDP&apos;s one-sided violence (Violence against civilians – Attack); check it</source>
        <translation>type d’événement déduit de la violence unilatérale d’UCDP (Violence contre les civils – Attaque)&#x202f;; vérifiez-le</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="273"/>
        <source>UCDP knows this date only to the year ({start} to {end}); recorded as a month-precise date in {month}; check it</source>
        <translation>UCDP ne connaît cette date qu’à l’année près ({start} au {end})&#x202f;; enregistrée au mois près en {month}&#x202f;; vérifiez-la</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="277"/>
        <source>UCDP dates the event from {start} to {end}, wider than the date recorded; check it</source>
        <translation>UCDP date l’événement du {start} au {end}, plus large que la date enregistrée&#x202f;; vérifiez-la</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="281"/>
        <source>UCDP places this event only in an area larger than a region, on a line or between distant places; recorded at region precision; check the place</source>
        <translation>UCDP ne situe cet événement que dans une zone plus grande qu’une région, sur une ligne ou entre des lieux éloignés&#x202f;; enregistré à la précision de la région&#x202f;; vérifiez le lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="285"/>
        <source>UCDP places this event only in the country (on its centroid); recorded at region precision; check the place</source>
        <translation>UCDP ne situe cet événement que dans le pays (sur son centre)&#x202f;; enregistré à la précision de la région&#x202f;; vérifiez le lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="289"/>
        <source>UCDP places this event in international waters or airspace; recorded at region precision; check the place</source>
        <translation>UCDP situe cet événement dans les eaux ou l’espace aérien internationaux&#x202f;; enregistré à la précision de la région&#x202f;; vérifiez le lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="293"/>
        <source>UCDP&apos;s actor “{name}” is not in the actor registry; kept as written</source>
        <translation>l’acteur UCDP «&#x202f;{name}&#x202f;» n’est pas dans le registre des acteurs&#x202f;; gardé tel qu’écrit</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="297"/>
        <source>UCDP&apos;s “{name}” is read as {forces}, the state&apos;s forces on that date</source>
        <translation>«&#x202f;{name}&#x202f;» (UCDP) est lu comme {forces}, les forces de l’État à cette date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="301"/>
        <source>“{name}” is not in the actor registry</source>
        <translation>«&#x202f;{name}&#x202f;» n’est pas dans le registre des acteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="302"/>
        <source>“{name}” is taken as a rebel group (the opposition in a UCDP state-based conflict); check its actor type</source>
        <translation>«&#x202f;{name}&#x202f;» est pris pour un groupe rebelle (l’opposition dans un conflit étatique UCDP)&#x202f;; vérifiez son type d’acteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="306"/>
        <source>“{name}” is taken as a political militia (a party to a UCDP non-state conflict); check its actor type</source>
        <translation>«&#x202f;{name}&#x202f;» est pris pour une milice politique (partie à un conflit non étatique UCDP)&#x202f;; vérifiez son type d’acteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="310"/>
        <source>“{value}” is not a whole number of 0 or more; the deaths are left unknown</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un nombre entier positif ou nul&#x202f;; les morts restent inconnus</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="314"/>
        <source>“{value}” is not a number; the coordinates are left out</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un nombre&#x202f;; les coordonnées sont laissées de côté</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="315"/>
        <source>UCDP&apos;s best estimate of deaths ({best}) lies outside its range ({low}–{high})</source>
        <translation>la meilleure estimation des morts d’UCDP ({best}) sort de sa fourchette ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="319"/>
        <source>the notes were cut to {limit} characters</source>
        <translation>les notes ont été coupées à {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="320"/>
        <source>kept as it is here, as chosen when an earlier import offered the same: {fields}</source>
        <translation>gardé tel qu’ici, comme choisi quand un import précédent proposait la même chose&#x202f;: {fields}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="324"/>
        <source>the file&apos;s version moves this event by {days:,} days: check it is still the event of incident {id}</source>
        <translation>la version du fichier déplace cet événement de {days:,} jours&#x202f;: vérifiez que c’est toujours l’événement de l’incident {id}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="328"/>
        <source>the file&apos;s version moves this event from {old} to {new}: check it is still the event of incident {id}</source>
        <translation>la version du fichier déplace cet événement de {old} à {new}&#x202f;: vérifiez que c’est toujours l’événement de l’incident {id}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="332"/>
        <source>updates that move an event by more than a month or to another region: {n:,}; check them</source>
        <translation>mises à jour qui déplacent un événement de plus d’un mois ou dans une autre région&#x202f;: {n:,}&#x202f;; vérifiez-les</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="336"/>
        <source>the same event is already on row {line} of this file</source>
        <translation>le même événement figure déjà à la ligne {line} de ce fichier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="361"/>
        <source>probably the same event as incident {id} (same day, place and actors)</source>
        <translation>probablement le même événement que l’incident {id} (même jour, lieu et acteurs)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="365"/>
        <source>probably the same event as incident {id}, dated {date} here: the same place and actors, and notes much alike</source>
        <translation>probablement le même événement que l’incident {id}, daté ici du {date}&#x202f;: même lieu, mêmes acteurs et des notes très proches</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="369"/>
        <source>probably the same event as incident {id} (same day, place and actors), which was moved to the trash</source>
        <translation>probablement le même événement que l’incident {id} (même jour, lieu et acteurs), qui a été mis à la corbeille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="373"/>
        <source>the database holds a newer version of this event (incident {id})</source>
        <translation>la base a une version plus récente de cet événement (incident {id})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="381"/>
        <source>incident {id} holds this event and differs from the file, which gives no version (ACLED&apos;s timestamp) to tell which is newer: kept as it is here</source>
        <translation>l’incident {id} contient cet événement et diffère du fichier, qui ne donne aucune version (l’horodatage ACLED) pour dire lequel est le plus récent&#x202f;: gardé tel quel ici</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="385"/>
        <source>the place was changed in the sheet: tied to {new} in the gazetteer</source>
        <translation>le lieu a été changé dans la feuille&#x202f;: rattaché à {new} dans le répertoire des lieux</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="393"/>
        <source>columns not imported, as no field takes them: {columns}</source>
        <translation>colonnes non importées, faute de champ qui les reçoive&#x202f;: {columns}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="398"/>
        <source>incident {id} holds this event and is in the trash; restore it to see changes</source>
        <translation>l’incident {id} contient cet événement et se trouve dans la corbeille&#x202f;; restaurez-le pour voir les modifications</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="402"/>
        <source>incident {id} was changed here and in the file since the version of {since} UTC they both started from</source>
        <translation>l’incident {id} a été modifié ici et dans le fichier depuis la version du {since} UTC dont ils partent tous deux</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="406"/>
        <source>the file&apos;s version differs in: {fields}</source>
        <translation>la version du fichier diffère par&#x202f;: {fields}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="411"/>
        <source>incident {id} holds this event: every column is the same</source>
        <translation>l’incident {id} contient cet événement&#x202f;: toutes les colonnes sont identiques</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="412"/>
        <source>incident {id} was changed here, and the file does not say which version it started from: taking it may undo those changes</source>
        <translation>l’incident {id} a été modifié ici, et le fichier ne dit pas de quelle version il est parti&#x202f;: le prendre peut annuler ces modifications</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="416"/>
        <source>incident {id} was changed here and in the file, in different fields: both changes are kept</source>
        <translation>l’incident {id} a été modifié ici et dans le fichier, dans des champs différents&#x202f;: les deux modifications sont gardées</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="420"/>
        <source>kept as changed here: {fields}</source>
        <translation>gardé tel que modifié ici&#x202f;: {fields}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="421"/>
        <source>changed differently on both sides: {fields}; taking the file&apos;s version takes its values</source>
        <translation>modifié différemment des deux côtés&#x202f;: {fields}&#x202f;; prendre la version du fichier prend ses valeurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="426"/>
        <source>the two versions cannot be merged field by field ({reason})</source>
        <translation>les deux versions ne peuvent pas être fusionnées champ par champ ({reason})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="430"/>
        <source>incident {id} was changed by {author} at {at} UTC, after the file was read ({n} changed in all); read the file again: nothing was imported</source>
        <translation>l’incident {id} a été modifié par {author} le {at} UTC, après la lecture du fichier ({n} modifiés en tout)&#x202f;; relisez le fichier&#x202f;: rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="407"/>
        <source>the file holds the version of incident {id} this database has, edited in the sheet</source>
        <translation>le fichier contient la version de l’incident {id} que cette base détient, modifiée dans la feuille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="337"/>
        <source>rows {lines} would each update incident {id}: take one of them as the update, the others as new incidents or not at all</source>
        <translation>les lignes {lines} mettraient chacune à jour l’incident {id}&#x202f;: prenez-en une pour la mise à jour, les autres comme nouveaux incidents ou pas du tout</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="341"/>
        <source>another row of this file is incident {id}: this row cannot update it</source>
        <translation>une autre ligne de ce fichier est l’incident {id}&#x202f;: cette ligne ne peut pas le mettre à jour</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="345"/>
        <source>incident {id} is in the trash: restore it first to update it from a file</source>
        <translation>l’incident {id} est dans la corbeille&#x202f;: restaurez-le d’abord pour le mettre à jour depuis un fichier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="349"/>
        <source>its ACLED id ({theirs}) is not incident {id}&apos;s ({ours}): another event, which cannot update it</source>
        <translation>son identifiant ACLED ({theirs}) n’est pas celui de l’incident {id} ({ours})&#x202f;: un autre événement, qui ne peut pas le mettre à jour</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="353"/>
        <source>incidents {ids} are each as like it: it cannot update one of them</source>
        <translation>les incidents {ids} lui ressemblent autant l’un que l’autre&#x202f;: cette ligne ne peut en mettre à jour aucun</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="357"/>
        <source>taken as an update, the file&apos;s toll replaces incident {id}&apos;s range ({low} to {high}), which it lies outside</source>
        <translation>prise comme mise à jour, le bilan du fichier remplace la fourchette de l’incident {id} ({low} à {high}), en dehors de laquelle il se trouve</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="377"/>
        <source>incident {id} holds this event and differs from the file, whose ACLED timestamp is not newer: kept as it is here</source>
        <translation>l’incident {id} contient cet événement et diffère du fichier, dont l’horodatage ACLED n’est pas plus récent&#x202f;: gardé tel qu’il est ici</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="394"/>
        <source>events outside the countries Sahel Desk covers ({ours}): {n:,} ({countries})</source>
        <translation>événements hors des pays que couvre Sahel Desk ({ours})&#x202f;: {n:,} ({countries})</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="425"/>
        <source>here: {here}; in the file: {file}</source>
        <translation>ici&#x202f;: {here}&#x202f;; dans le fichier&#x202f;: {file}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="389"/>
        <source>no column holds {fields}; choose the columns in the mapping step</source>
        <translation>aucune colonne ne contient {fields}&#x202f;; choisissez les colonnes à l’étape de correspondance</translation>
    </message>
</context>
</TS>
