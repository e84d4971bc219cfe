<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddToBatchDialog</name>
    <message numerus="yes">
        <source>Add %n device(s) to a batch</source>
        <translation>
            <numerusform>Add %n device to a batch</numerusform>
            <numerusform>Add %n devices to a batch</numerusform>
        </translation>
    </message>
</context>
</TS>
