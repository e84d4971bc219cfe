<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PersonPanel</name>
    <message numerus="yes">
        <source>Left on %1: %n device(s) still to collect.</source>
        <translation>
            <numerusform>Left on %1: %n device still to collect.</numerusform>
            <numerusform>Left on %1: %n devices still to collect.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holds %n device(s)</source>
        <translation>
            <numerusform>Holds %n device</numerusform>
            <numerusform>Holds %n devices</numerusform>
        </translation>
    </message>
</context>
</TS>
