<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ReportIncidentDialog</name>
    <message>
        <source>Report an incident on %1</source>
        <translation>Déclarer un incident sur %1</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connu</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Déclarer</translation>
    </message>
    <message>
        <source>Train Paris–Lyon, client&apos;s office…</source>
        <translation>Train Paris–Lyon, locaux d’un client…</translation>
    </message>
    <message>
        <source>What happened, as the holder tells it</source>
        <translation>Ce qui s’est passé, selon le détenteur</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>&amp;Discovered at</source>
        <translation>&amp;Constaté le</translation>
    </message>
    <message>
        <source>&amp;Occurred at</source>
        <translation>&amp;Survenu le</translation>
    </message>
    <message>
        <source>Personal &amp;data on it</source>
        <translation>&amp;Données personnelles</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>Police &amp;reference</source>
        <translation>&amp;Référence de la plainte</translation>
    </message>
    <message>
        <source>Incident %1 reported</source>
        <translation>Incident %1 déclaré</translation>
    </message>
</context>
</TS>
