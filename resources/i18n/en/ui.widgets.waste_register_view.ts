<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>WasteRegisterView</name>
    <message numerus="yes">
        <source>%n line(s); total %1 t (%2)</source>
        <translation>
            <numerusform>%n line; total %1 t (%2)</numerusform>
            <numerusform>%n lines; total %1 t (%2)</numerusform>
        </translation>
    </message>
</context>
</TS>
