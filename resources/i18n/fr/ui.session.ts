<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>session</name>
    <message>
        <source>Operator: %1</source>
        <translation>Opérateur : %1</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>&amp;Connect to a shared database…</source>
        <translation>Se &amp;connecter à une base partagée…</translation>
    </message>
</context>
</TS>
