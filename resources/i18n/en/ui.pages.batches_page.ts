<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchesPage</name>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 batch for %3, %4: %n device(s)</source>
        <translation>
            <numerusform>%1 — %2 batch for %3, %4: %n device</numerusform>
            <numerusform>%1 — %2 batch for %3, %4: %n devices</numerusform>
        </translation>
    </message>
</context>
</TS>
