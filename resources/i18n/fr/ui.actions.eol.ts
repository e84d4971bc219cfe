<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>eol_actions</name>
    <message>
        <source>Add to batch</source>
        <translation>Ajouter à un lot</translation>
    </message>
    <message>
        <source>Select devices routed the same way: all to refurbish or all to recycle.</source>
        <translation>Sélectionnez des appareils de même orientation : tous à reconditionner ou tous à recycler.</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retirer du service…</translation>
    </message>
    <message>
        <source>Unretire…</source>
        <translation>Remettre en service…</translation>
    </message>
    <message>
        <source>Record sanitization…</source>
        <translation>Enregistrer l’effacement des données…</translation>
    </message>
    <message>
        <source>Route…</source>
        <translation>Orienter…</translation>
    </message>
    <message>
        <source>Add to batch…</source>
        <translation>Ajouter à un lot…</translation>
    </message>
</context>
</TS>
