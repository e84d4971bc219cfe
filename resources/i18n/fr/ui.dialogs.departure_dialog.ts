<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DepartureDialog</name>
    <message>
        <source>Record a departure</source>
        <translation>Enregistrer un départ</translation>
    </message>
    <message>
        <source>%1 will be marked as having left. Nobody can hand them a device any more, and the devices they still hold will be listed to collect.</source>
        <translation>Le départ de %1 va être enregistré : plus aucun appareil ne pourra lui être remis, et les appareils encore en sa possession seront listés pour être récupérés.</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation>&amp;Date de départ</translation>
    </message>
    <message>
        <source>&amp;Record departure</source>
        <translation>&amp;Enregistrer le départ</translation>
    </message>
</context>
</TS>
