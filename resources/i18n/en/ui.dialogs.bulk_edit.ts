<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %n selected device(s). Fields left unchanged keep their values.</source>
        <translation>
            <numerusform>Change %n selected device. Fields left unchanged keep their values.</numerusform>
            <numerusform>Change %n selected devices. Fields left unchanged keep their values.</numerusform>
        </translation>
    </message>
</context>
</TS>
