<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssetFilterBar</name>
    <message numerus="yes">
        <source>Not audited for %n month(s)</source>
        <translation>
            <numerusform>Not audited for %n month</numerusform>
            <numerusform>Not audited for %n months</numerusform>
        </translation>
    </message>
</context>
</TS>
