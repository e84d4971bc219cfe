<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EnvironmentPage</name>
    <message numerus="yes">
        <source>%n active device(s)</source>
        <translation>
            <numerusform>%n active device</numerusform>
            <numerusform>%n active devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n device(s) at end of life</source>
        <translation>
            <numerusform>of %n device at end of life</numerusform>
            <numerusform>of %n devices at end of life</numerusform>
        </translation>
    </message>
</context>
</TS>
