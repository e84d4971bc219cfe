<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n device(s) recorded</source>
        <translation>
            <numerusform>%n device recorded</numerusform>
            <numerusform>%n devices recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) not encrypted</source>
        <translation>
            <numerusform>%n device not encrypted</numerusform>
            <numerusform>%n devices not encrypted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly encrypted</source>
        <translation>
            <numerusform>%n partly encrypted</numerusform>
            <numerusform>%n partly encrypted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to re-check</source>
        <translation>
            <numerusform>%n to re-check</numerusform>
            <numerusform>%n to re-check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under 24 hours</source>
        <translation>
            <numerusform>%n under 24 hours</numerusform>
            <numerusform>%n under 24 hours</numerusform>
        </translation>
    </message>
</context>
</TS>
