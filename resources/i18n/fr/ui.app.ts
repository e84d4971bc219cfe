<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Klara Assets</source>
        <translation>Klara Assets</translation>
    </message>
</context>
</TS>
