<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SanitizationDialog</name>
    <message numerus="yes">
        <source>Record a sanitization of %n device(s)</source>
        <translation>
            <numerusform>Record a sanitization of %n device</numerusform>
            <numerusform>Record a sanitization of %n devices</numerusform>
        </translation>
    </message>
</context>
</TS>
