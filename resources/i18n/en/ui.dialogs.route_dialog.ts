<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>RouteDialog</name>
    <message numerus="yes">
        <source>Route %n device(s)</source>
        <translation>
            <numerusform>Route %n device</numerusform>
            <numerusform>Route %n devices</numerusform>
        </translation>
    </message>
</context>
</TS>
