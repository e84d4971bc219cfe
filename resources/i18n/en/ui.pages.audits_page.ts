<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditsPage</name>
    <message numerus="yes">
        <source>Open a loss incident for %n missing device(s)?</source>
        <translation>
            <numerusform>Open a loss incident for %n missing device?</numerusform>
            <numerusform>Open loss incidents for %n missing devices?</numerusform>
        </translation>
    </message>
</context>
</TS>
