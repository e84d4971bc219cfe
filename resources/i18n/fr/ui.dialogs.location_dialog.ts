<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LocationDialog</name>
    <message>
        <source>Rename the location</source>
        <translation>Renommer le lieu</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <source>Paris</source>
        <translation>Paris</translation>
    </message>
    <message>
        <source>Open space A (empty: the whole site)</source>
        <translation>Open space A (vide : tout le site)</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
</context>
</TS>
