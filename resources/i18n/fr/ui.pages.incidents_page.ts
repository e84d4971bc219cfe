<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <source>Add &amp;step…</source>
        <translation>Ajouter une é&amp;tape…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>C&amp;lore…</translation>
    </message>
    <message>
        <source>Breach register (CSV)…</source>
        <translation>Registre des violations (CSV)…</translation>
    </message>
    <message>
        <source>Breach register (PDF)…</source>
        <translation>Registre des violations (PDF)…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident to show.</source>
        <translation>Aucun incident à afficher.</translation>
    </message>
    <message>
        <source>Select an incident to see its verdict and timeline.</source>
        <translation>Sélectionnez un incident pour voir son analyse et sa chronologie.</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Chronologie de %1</translation>
    </message>
    <message>
        <source>%1 — reported by %2</source>
        <translation>%1 — déclaré par %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — closed</source>
        <translation>%1 — clos</translation>
    </message>
    <message>
        <source>Export the breach register</source>
        <translation>Exporter le registre des violations</translation>
    </message>
</context>
</TS>
