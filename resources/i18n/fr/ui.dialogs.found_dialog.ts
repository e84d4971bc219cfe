<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>FoundDialog</name>
    <message>
        <source>Reported %1 on %2 — incident %3</source>
        <translation>Déclaré %1 le %2 — incident %3</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Retrouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mark as &amp;found</source>
        <translation>Marquer comme &amp;retrouvé</translation>
    </message>
    <message>
        <source>The incident is closed as recovered and the device goes back to stock.</source>
        <translation>L’incident est clos comme «&#xa0;retrouvé&#xa0;» et l’appareil revient en stock.</translation>
    </message>
    <message>
        <source>It is counted as found in this audit.</source>
        <translation>Il est compté comme trouvé dans cet inventaire.</translation>
    </message>
    <message>
        <source>Condition, what was checked (screen, seals, data)</source>
        <translation>État, ce qui a été vérifié (écran, scellés, données)</translation>
    </message>
    <message>
        <source>&amp;Inspection note</source>
        <translation>Note d’&amp;inspection</translation>
    </message>
</context>
</TS>
