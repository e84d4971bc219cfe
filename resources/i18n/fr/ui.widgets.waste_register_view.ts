<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>WasteRegisterView</name>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Déchet</translation>
    </message>
    <message>
        <source>Waste code</source>
        <translation>Code déchet</translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation>Dangereux</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Tonnes</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Export CSV (Trackdéchets)…</source>
        <translation>Exporter en CSV (Trackdéchets)…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <source>PDF for an inspector…</source>
        <translation>PDF pour un inspecteur…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s); total %1 t (%2)</source>
        <translation>
            <numerusform>%n ligne ; total %1 t (%2)</numerusform>
            <numerusform>%n lignes ; total %1 t (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No closed batch in this period.</source>
        <translation>Aucun lot clôturé sur la période.</translation>
    </message>
    <message>
        <source>Save the waste register</source>
        <translation>Enregistrer le registre des déchets</translation>
    </message>
</context>
</TS>
