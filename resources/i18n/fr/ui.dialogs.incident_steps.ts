<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddStepDialog</name>
    <message>
        <source>Add a step to %1</source>
        <translation>Ajouter une étape à %1</translation>
    </message>
    <message>
        <source>Police report number, CNIL notification number…</source>
        <translation>Numéro de plainte, numéro de notification CNIL…</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter l’étape</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Remarque</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <source>Close incident %1</source>
        <translation>Clore l’incident %1</translation>
    </message>
    <message>
        <source>For a recovered device: what the inspection found</source>
        <translation>Pour un appareil retrouvé : ce qu’a montré l’inspection</translation>
    </message>
    <message>
        <source>C&amp;lose incident</source>
        <translation>C&amp;lore l’incident</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>&amp;Inspection note</source>
        <translation>Note d’&amp;inspection</translation>
    </message>
</context>
</TS>
