<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>GuideDialog</name>
    <message>
        <source>Task guide</source>
        <translation>Guide des tâches</translation>
    </message>
    <message>
        <source>The guide is missing from this installation: reinstall Klara Assets.</source>
        <translation>Le guide manque dans cette installation&#xa0;: réinstallez Klara Assets.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Task &amp;guide</source>
        <translation>&amp;Guide des tâches</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
</TS>
