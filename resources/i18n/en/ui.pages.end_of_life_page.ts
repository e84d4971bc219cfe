<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EndOfLifePage</name>
    <message numerus="yes">
        <source>Candidates: %n device(s), the oldest %1 shown</source>
        <translation>
            <numerusform>Candidates: %n device, the oldest %1 shown</numerusform>
            <numerusform>Candidates: %n devices, the oldest %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Candidates: %n device(s) past their lifetime or worn out</source>
        <translation>
            <numerusform>Candidates: %n device past its lifetime or worn out</numerusform>
            <numerusform>Candidates: %n devices past their lifetime or worn out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On their way out: %n device(s)</source>
        <translation>
            <numerusform>On its way out: %n device</numerusform>
            <numerusform>On their way out: %n devices</numerusform>
        </translation>
    </message>
</context>
</TS>
