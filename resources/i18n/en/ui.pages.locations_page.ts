<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LocationsPage</name>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s), the first %2 by tag shown</source>
        <translation>
            <numerusform>%1: %n device, the first %2 by tag shown</numerusform>
            <numerusform>%1: %n devices, the first %2 by tag shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)</source>
        <translation>
            <numerusform>%1: %n device</numerusform>
            <numerusform>%1: %n devices</numerusform>
        </translation>
    </message>
</context>
</TS>
