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
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="134"/>
        <source>Tag {n} incidents</source>
        <translation>Étiqueter {n} incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="136"/>
        <source>Driver</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="136"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="144"/>
        <source>Add it</source>
        <translation>L’ajouter</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="145"/>
        <source>Remove it</source>
        <translation>La retirer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="153"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="46"/>
        <source>Search notes, places, actors, sources…</source>
        <translation>Rechercher dans les notes, lieux, acteurs, sources…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="49"/>
        <source>All event types</source>
        <translation>Tous les types d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="54"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="57"/>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="59"/>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="62"/>
        <source>Save filter…</source>
        <translation>Enregistrer le filtre…</translation>
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
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="71"/>
        <source>actor (any spelling)</source>
        <translation>acteur (toute graphie)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="157"/>
        <source>Any driver or response</source>
        <translation>Tout facteur ou réponse</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="158"/>
        <source>Driver</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="158"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="83"/>
        <source>fatalities ≥</source>
        <translation>décès ≥</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="84"/>
        <source>fatalities ≤</source>
        <translation>décès ≤</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="89"/>
        <source>Any date precision</source>
        <translation>Toute précision de date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="90"/>
        <source>Exact day</source>
        <translation>Jour exact</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="91"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="92"/>
        <source>Month only</source>
        <translation>Mois seulement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="93"/>
        <source>Unverified places only</source>
        <translation>Lieux non vérifiés seulement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="187"/>
        <source>no actor is called “{name}”</source>
        <translation>aucun acteur ne s’appelle «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="261"/>
        <source>text “{text}”</source>
        <translation>texte «&#x202f;{text}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="272"/>
        <source>fatalities {low}–{high}</source>
        <translation>décès {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="280"/>
        <source>unverified places</source>
        <translation>lieux non vérifiés</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="282"/>
        <source>Filter: {parts}</source>
        <translation>Filtre&#x202f;: {parts}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="302"/>
        <source>All sub-event types</source>
        <translation>Tous les sous-types d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="325"/>
        <source>Saved filters…</source>
        <translation>Filtres enregistrés…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="334"/>
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="334"/>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/filters.py" line="346"/>
        <source>This saved filter cannot be read: {error}</source>
        <translation>Ce filtre enregistré est illisible&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="52"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="53"/>
        <source>date precision</source>
        <translation>précision de la date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="54"/>
        <source>event type</source>
        <translation>type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="55"/>
        <source>sub-event type</source>
        <translation>sous-type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="56"/>
        <source>actor 1</source>
        <translation>acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="57"/>
        <source>actor 1 type</source>
        <translation>type de l’acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="58"/>
        <source>associated with actor 1</source>
        <translation>associés à l’acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="59"/>
        <source>actor 2</source>
        <translation>acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="60"/>
        <source>actor 2 type</source>
        <translation>type de l’acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="61"/>
        <source>associated with actor 2</source>
        <translation>associés à l’acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="62"/>
        <source>civilian targeting</source>
        <translation>civils ciblés</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="63"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="64"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="65"/>
        <source>cercle</source>
        <translation>cercle</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="66"/>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="67"/>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="68"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="69"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="70"/>
        <source>gazetteer entry</source>
        <translation>entrée du répertoire des lieux</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="71"/>
        <source>location precision</source>
        <translation>précision du lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="72"/>
        <source>fatalities</source>
        <translation>décès</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="73"/>
        <source>fatalities (low)</source>
        <translation>décès (bas)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="74"/>
        <source>fatalities (high)</source>
        <translation>décès (haut)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="75"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="76"/>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="77"/>
        <source>drivers and responses</source>
        <translation>facteurs et réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="78"/>
        <source>ACLED/UCDP id</source>
        <translation>identifiant ACLED/UCDP</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="79"/>
        <source>ACLED version</source>
        <translation>version ACLED</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="80"/>
        <source>original event type</source>
        <translation>type d’événement d’origine</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="82"/>
        <source>History of incident {id}</source>
        <translation>Historique de l’incident {id}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="85"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="86"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="87"/>
        <source>moved to the trash</source>
        <translation>mis à la corbeille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="88"/>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="93"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="94"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="95"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="96"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/dialogs.py" line="97"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="79"/>
        <source>14/06/2023, June 2023, week of 12 June 2023</source>
        <translation>14/06/2023, juin 2023, semaine du 12 juin 2023</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="82"/>
        <source>Type a place; pick it from the list</source>
        <translation>Saisissez un lieu&#x202f;; choisissez-le dans la liste</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="92"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="93"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="96"/>
        <source>1 — the named place</source>
        <translation>1 — le lieu nommé</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="97"/>
        <source>2 — near it, or part of a region</source>
        <translation>2 — à proximité, ou partie d’une région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="98"/>
        <source>3 — only the region</source>
        <translation>3 — seulement la région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="108"/>
        <source>names separated by ;</source>
        <translation>noms séparés par des points-virgules</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="111"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="112"/>
        <source>Civilians were the main target</source>
        <translation>Les civils étaient la cible principale</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="120"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="122"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="132"/>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="133"/>
        <source>Sub-event type</source>
        <translation>Sous-type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="135"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="137"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="139"/>
        <source>Region (admin1)</source>
        <translation>Région (admin1)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="140"/>
        <source>Cercle (admin2)</source>
        <translation>Cercle (admin2)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="144"/>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="145"/>
        <source>Location precision</source>
        <translation>Précision du lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="146"/>
        <source>Actor 1</source>
        <translation>Acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="147"/>
        <source>Actor 1 type</source>
        <translation>Type de l’acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="148"/>
        <source>Associated with actor 1</source>
        <translation>Associés à l’acteur 1</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="149"/>
        <source>Actor 2</source>
        <translation>Acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="150"/>
        <source>Actor 2 type</source>
        <translation>Type de l’acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="151"/>
        <source>Associated with actor 2</source>
        <translation>Associés à l’acteur 2</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="152"/>
        <source>Fatalities</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="154"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="155"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="156"/>
        <source>Drivers</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="157"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="267"/>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="267"/>
        <source>Incident {id}</source>
        <translation>Incident {id}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="334"/>
        <source>Disorder type: {disorder} · Interaction: {pair}</source>
        <translation>Type de désordre&#x202f;: {disorder} · Interaction&#x202f;: {pair}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="346"/>
        <source>not a date yet</source>
        <translation>pas encore une date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="348"/>
        <source>Exact day</source>
        <translation>Jour exact</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="348"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="348"/>
        <source>Month only</source>
        <translation>Mois seulement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="350"/>
        <source>{precision}: {date}</source>
        <translation>{precision}&#x202f;: {date}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="370"/>
        <source>In the gazetteer: {place}</source>
        <translation>Dans le répertoire des lieux&#x202f;: {place}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="377"/>
        <source>{n} place(s) in the gazetteer have this name: pick one from the list to tie it to the gazetteer; as typed it is kept unverified.</source>
        <translation>{n} lieu(x) du répertoire portent ce nom&#x202f;: choisissez-en un dans la liste pour le rattacher au répertoire&#x202f;; tel que saisi, il reste non vérifié.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="384"/>
        <source>Not in the gazetteer: it will be kept as unverified; give its region, and coordinates if you know them.</source>
        <translation>Absent du répertoire des lieux&#x202f;: il sera gardé comme non vérifié&#x202f;; indiquez sa région, et ses coordonnées si vous les connaissez.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="397"/>
        <source>A new actor: it will be added with the type you choose</source>
        <translation>Nouvel acteur&#x202f;: il sera ajouté avec le type que vous choisirez</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="399"/>
        <source>Saved as {name}</source>
        <translation>Enregistré sous {name}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="432"/>
        <source>“{text}” is not a number</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="535"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="550"/>
        <source>This incident was changed elsewhere (an undo, a deletion or a bulk change); your unsaved edits cannot be saved over it. Cancel to see the current version.</source>
        <translation>Cet incident a été modifié ailleurs (annulation, suppression ou modification groupée)&#x202f;; vos modifications non enregistrées ne peuvent pas l’écraser. Annulez pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="555"/>
        <source>Incident {id} (in the trash)</source>
        <translation>Incident {id} (dans la corbeille)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="572"/>
        <source>Not saved: {n} problem(s) to fix.</source>
        <translation>Non enregistré&#x202f;: {n} problème(s) à corriger.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="590"/>
        <source>Probable duplicate</source>
        <translation>Doublon probable</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="593"/>
        <source>{n} incident(s) at the same place, with the same actors and a date that may be the same day, already exist (first: {date}, {place}).</source>
        <translation>{n} incident(s) au même lieu, avec les mêmes acteurs et une date qui peut être le même jour, existent déjà (premier&#x202f;: {date}, {place}).</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="601"/>
        <source>Open it</source>
        <translation>L’ouvrir</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="602"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="611"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/editor/form.py" line="612"/>
        <source>Discard the changes to this incident?</source>
        <translation>Abandonner les modifications de cet incident&#x202f;?</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../sahel_desk/ui/incidents/panel.py" line="184"/>
        <source>Trash: {n} incidents (restore them, or empty the trash)</source>
        <translation>Corbeille&#x202f;: {n} incidents (restaurez-les, ou videz la corbeille)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/panel.py" line="188"/>
        <source>{total} incidents</source>
        <translation>{total} incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/panel.py" line="190"/>
        <source>{matching} of {total} incidents match the filter</source>
        <translation>{matching} incidents sur {total} correspondent au filtre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/panel.py" line="211"/>
        <source>Could not load incidents: {error}</source>
        <translation>Impossible de charger les incidents&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="95"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="96"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="97"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="98"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="99"/>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="100"/>
        <source>Fatalities</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="101"/>
        <source>Drivers</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="102"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/table_model.py" line="158"/>
        <source>(unverified)</source>
        <translation>(non vérifié)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="28"/>
        <source>Sahel Desk — {name}</source>
        <translation>Sahel Desk — {name}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="51"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="52"/>
        <source>&amp;New incident</source>
        <translation>&amp;Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="60"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="62"/>
        <location filename="../../sahel_desk/ui/main_window.py" line="175"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="64"/>
        <location filename="../../sahel_desk/ui/main_window.py" line="178"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="87"/>
        <source>&amp;Delete (move to trash)</source>
        <translation>&amp;Supprimer (mettre à la corbeille)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="92"/>
        <source>&amp;Restore from trash</source>
        <translation>Res&amp;taurer depuis la corbeille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="96"/>
        <source>&amp;Tag selected incidents…</source>
        <translation>&amp;Étiqueter les incidents sélectionnés…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="102"/>
        <source>&amp;History of this incident</source>
        <translation>&amp;Historique de cet incident</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="107"/>
        <source>&amp;Manage drivers and responses…</source>
        <translation>&amp;Gérer les facteurs et les réponses…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="108"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="110"/>
        <source>Show the &amp;trash</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="115"/>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="116"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="124"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="125"/>
        <source>&amp;About Sahel Desk</source>
        <translation>À &amp;propos de Sahel Desk</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="135"/>
        <source>Open in the editor</source>
        <translation>Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="138"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="139"/>
        <source>Tag selected incidents…</source>
        <translation>Étiqueter les incidents sélectionnés…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="142"/>
        <source>Restore from trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="144"/>
        <source>Delete (move to trash)</source>
        <translation>Supprimer (mettre à la corbeille)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="175"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler {step}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="178"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir {step}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="188"/>
        <source>The new language applies when Sahel Desk starts again.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Sahel Desk.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="239"/>
        <source>Not done: {error}</source>
        <translation>Non effectué&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="246"/>
        <source>{n} incident(s) moved to the trash; Ctrl+Z brings them back</source>
        <translation>{n} incident(s) mis à la corbeille&#x202f;; Ctrl+Z les fait revenir</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="284"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="298"/>
        <location filename="../../sahel_desk/ui/main_window.py" line="304"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="291"/>
        <source>{n} incident(s) destroyed</source>
        <translation>{n} incident(s) détruit(s)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="299"/>
        <source>Destroy the {n} incident(s) in the trash? This cannot be undone.</source>
        <translation>Détruire le(s) {n} incident(s) de la corbeille&#x202f;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/main_window.py" line="321"/>
        <source>{matching} of {total} incidents</source>
        <translation>{matching} incidents sur {total}</translation>
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
    <name>TagLabelsDialog</name>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="85"/>
        <source>English label</source>
        <translation>Libellé anglais</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="86"/>
        <source>French label</source>
        <translation>Libellé français</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="88"/>
        <source>Under</source>
        <translation>Sous</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="137"/>
        <source>Manage drivers and responses</source>
        <translation>Gérer les facteurs et les réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="140"/>
        <source>Drivers</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="141"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="142"/>
        <source>Own tags</source>
        <translation>Étiquettes personnelles</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="148"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="148"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="148"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="148"/>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="160"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="161"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="162"/>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="163"/>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="164"/>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="289"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="172"/>
        <source>Hidden tags stay on their incidents and in the filters; the editor no longer offers them.</source>
        <translation>Les étiquettes masquées restent sur leurs incidents et dans les filtres&#x202f;; l’éditeur ne les propose plus.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="251"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="289"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="318"/>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="319"/>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="348"/>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="331"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="343"/>
        <source>“{tag}” has sub-tags, and tags have two levels: move its sub-tags out first, or merge it into another tag.</source>
        <translation>«&#x202f;{tag}&#x202f;» a des sous-étiquettes, et les étiquettes ont deux niveaux&#x202f;: déplacez d’abord ses sous-étiquettes, ou fusionnez-la dans une autre étiquette.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="350"/>
        <source>Move “{tag}”</source>
        <translation>Déplacer «&#x202f;{tag}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="351"/>
        <source>Under</source>
        <translation>Sous</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="374"/>
        <source>There is no tag to merge “{tag}” into.</source>
        <translation>Aucune étiquette ne peut recevoir «&#x202f;{tag}&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="378"/>
        <source>Merge “{tag}”</source>
        <translation>Fusionner «&#x202f;{tag}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="379"/>
        <source>Into</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="414"/>
        <source>Merge “{source}” into “{into}”?

{n} incident(s) tagged “{source}” will carry “{into}” instead; its sub-tags, if any, move under “{into}”; then “{source}” is deleted.

This cannot be undone.</source>
        <translation>Fusionner «&#x202f;{source}&#x202f;» dans «&#x202f;{into}&#x202f;»&#x202f;?

{n} incident(s) étiqueté(s) «&#x202f;{source}&#x202f;» porteront «&#x202f;{into}&#x202f;» à la place&#x202f;; ses éventuelles sous-étiquettes passent sous «&#x202f;{into}&#x202f;»&#x202f;; puis «&#x202f;{source}&#x202f;» est supprimée.

Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="442"/>
        <source>Not done: {error}</source>
        <translation>Non effectué&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/tags/manager.py" line="447"/>
        <source>Merge tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../sahel_desk/ui/editor/tag_picker.py" line="18"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <location filename="../../sahel_desk/ui/incidents/undo.py" line="64"/>
        <source>New incident {id}</source>
        <translation>nouvel incident {id}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/undo.py" line="66"/>
        <source>Edit incident {id}</source>
        <translation>modification de l’incident {id}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/undo.py" line="86"/>
        <source>Restore {n} incident(s)</source>
        <translation>restauration de {n} incident(s)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/undo.py" line="88"/>
        <source>Delete {n} incident(s)</source>
        <translation>suppression de {n} incident(s)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/incidents/undo.py" line="114"/>
        <source>Change tags of {n} incident(s)</source>
        <translation>étiquettes de {n} incident(s)</translation>
    </message>
</context>
<context>
    <name>actor_type</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="85"/>
        <source>State forces</source>
        <translation>Forces de l’État</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="86"/>
        <source>Rebel group</source>
        <translation>Groupe rebelle</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="87"/>
        <source>Political militia</source>
        <translation>Milice politique</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="88"/>
        <source>Identity militia</source>
        <translation>Milice identitaire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="89"/>
        <source>Rioters</source>
        <translation>Émeutiers</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="90"/>
        <source>Protesters</source>
        <translation>Manifestants</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="91"/>
        <source>Civilians</source>
        <translation>Civils</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="92"/>
        <source>External/Other forces</source>
        <translation>Forces extérieures/autres</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../sahel_desk/ui/format.py" line="18"/>
        <source>week of {date}</source>
        <translation>semaine du {date}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/format.py" line="25"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="111"/>
        <source>{first}; {second}</source>
        <translation>{first}&#x202f;; {second}</translation>
    </message>
</context>
<context>
    <name>interaction</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n.py" line="128"/>
        <source>{type} only</source>
        <translation>{type} uniquement</translation>
    </message>
</context>
<context>
    <name>taxonomy</name>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="50"/>
        <source>Battles</source>
        <translation>Batailles</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="51"/>
        <source>Protests</source>
        <translation>Manifestations</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="52"/>
        <source>Riots</source>
        <translation>Émeutes</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="53"/>
        <source>Explosions/Remote violence</source>
        <translation>Explosions/Violence à distance</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="54"/>
        <source>Violence against civilians</source>
        <translation>Violence contre les civils</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="55"/>
        <source>Strategic developments</source>
        <translation>Développements stratégiques</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="56"/>
        <source>Government regains territory</source>
        <translation>Le gouvernement reprend un territoire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="57"/>
        <source>Non-state actor overtakes territory</source>
        <translation>Un acteur non étatique s’empare d’un territoire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="58"/>
        <source>Armed clash</source>
        <translation>Affrontement armé</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="59"/>
        <source>Excessive force against protesters</source>
        <translation>Usage excessif de la force contre des manifestants</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="60"/>
        <source>Protest with intervention</source>
        <translation>Manifestation avec intervention</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="61"/>
        <source>Peaceful protest</source>
        <translation>Manifestation pacifique</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="62"/>
        <source>Violent demonstration</source>
        <translation>Manifestation violente</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="63"/>
        <source>Mob violence</source>
        <translation>Violence de foule</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="64"/>
        <source>Chemical weapon</source>
        <translation>Arme chimique</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="65"/>
        <source>Air/drone strike</source>
        <translation>Frappe aérienne/de drone</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="66"/>
        <source>Suicide bomb</source>
        <translation>Attentat-suicide</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="67"/>
        <source>Shelling/artillery/missile attack</source>
        <translation>Bombardement/tir d’artillerie/attaque de missiles</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="68"/>
        <source>Remote explosive/landmine/IED</source>
        <translation>Explosif télécommandé/mine terrestre/EEI</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="69"/>
        <source>Grenade</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="70"/>
        <source>Sexual violence</source>
        <translation>Violences sexuelles</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="71"/>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="72"/>
        <source>Abduction/forced disappearance</source>
        <translation>Enlèvement/disparition forcée</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="73"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="74"/>
        <source>Arrests</source>
        <translation>Arrestations</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="75"/>
        <source>Change to group/activity</source>
        <translation>Changement de groupe/d’activité</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="76"/>
        <source>Disrupted weapons use</source>
        <translation>Utilisation d’armes déjouée</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="77"/>
        <source>Headquarters or base established</source>
        <translation>Établissement d’un quartier général ou d’une base</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="78"/>
        <source>Looting/property destruction</source>
        <translation>Pillage/destruction de biens</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="79"/>
        <source>Non-violent transfer of territory</source>
        <translation>Transfert non violent de territoire</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="80"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="81"/>
        <source>Demonstrations</source>
        <translation>Manifestations</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="82"/>
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
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="25"/>
        <source>the place is not in the gazetteer (kept as unverified)</source>
        <translation>le lieu n’est pas dans le répertoire (gardé comme non vérifié)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="26"/>
        <source>associated actors must be a list of names</source>
        <translation>les acteurs associés doivent être une liste de noms</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="27"/>
        <source>“{value}” is not a UUID</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un UUID</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="28"/>
        <source>choose an ACLED event type</source>
        <translation>choisissez un type d’événement ACLED</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="29"/>
        <source>“{value}” is not an ACLED event type</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un type d’événement ACLED</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="30"/>
        <source>“{value}” is not a sub-event type of {event_type}</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un sous-type de {event_type}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="31"/>
        <source>the date is in the future</source>
        <translation>la date est dans le futur</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="32"/>
        <source>fatalities must be a whole number of 0 or more (or unknown)</source>
        <translation>les décès doivent être un nombre entier positif ou nul (ou inconnus)</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="36"/>
        <source>{name} must be a number in decimal degrees</source>
        <translation>{name} doit être un nombre en degrés décimaux</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="37"/>
        <source>coordinates are outside the globe</source>
        <translation>les coordonnées sont hors du globe</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="38"/>
        <source>({lat}, {lon}) lies outside {country}</source>
        <translation>({lat}, {lon}) est hors de {country}</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="39"/>
        <source>type a date: 14/06/2023, June 2023, or week of 12 June 2023</source>
        <translation>saisissez une date&#x202f;: 14/06/2023, juin 2023 ou semaine du 12 juin 2023</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="43"/>
        <source>{text} is not a real day</source>
        <translation>{text} n’est pas un jour qui existe</translation>
    </message>
    <message>
        <location filename="../../sahel_desk/ui/i18n_catalog.py" line="44"/>
        <source>cannot read “{text}” as a date: type 14/06/2023, 14 June 2023, June 2023, 2023-06 or week of 12 June 2023</source>
        <translation>impossible de lire «&#x202f;{text}&#x202f;» comme une date&#x202f;: saisissez 14/06/2023, 14 juin 2023, juin 2023, 2023-06 ou semaine du 12 juin 2023</translation>
    </message>
</context>
</TS>
