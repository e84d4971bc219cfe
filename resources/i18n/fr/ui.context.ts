<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Dialogs</name>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
</TS>
