<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>label_actions</name>
    <message>
        <source>Print labels…</source>
        <translation>Imprimer des étiquettes…</translation>
    </message>
</context>
</TS>
