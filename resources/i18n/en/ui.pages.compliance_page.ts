<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompliancePage</name>
    <message numerus="yes">
        <source>Encryption policy: %1. A check counts for %n day(s).</source>
        <translation>
            <numerusform>Encryption policy: %1. A check counts for %n day.</numerusform>
            <numerusform>Encryption policy: %1. A check counts for %n days.</numerusform>
        </translation>
    </message>
</context>
</TS>
