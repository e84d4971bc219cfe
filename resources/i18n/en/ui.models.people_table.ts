<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PeopleTableModel</name>
    <message numerus="yes">
        <source>Left · %n device(s) to collect</source>
        <translation>
            <numerusform>Left · %n device to collect</numerusform>
            <numerusform>Left · %n devices to collect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left on %1 and still holds %n device(s): collect them.</source>
        <translation>
            <numerusform>Left on %1 and still holds %n device: collect it.</numerusform>
            <numerusform>Left on %1 and still holds %n devices: collect them.</numerusform>
        </translation>
    </message>
</context>
</TS>
