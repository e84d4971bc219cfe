<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>view_export</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Export this view</source>
        <translation>Exporter cette vue</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>appareils</translation>
    </message>
</context>
</TS>
