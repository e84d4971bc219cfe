<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
</TS>
