<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n person(s) shown</source>
        <translation>
            <numerusform>%n person shown</numerusform>
            <numerusform>%n people shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has left. Collect %n device(s):</source>
        <translation>
            <numerusform>%1 has left. Collect %n device:</numerusform>
            <numerusform>%1 has left. Collect %n devices:</numerusform>
        </translation>
    </message>
</context>
</TS>
