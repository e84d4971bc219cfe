<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TodoPage</name>
    <message numerus="yes">
        <source>%n item(s) to do</source>
        <translation>
            <numerusform>%n item to do</numerusform>
            <numerusform>%n items to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n urgent</numerusform>
            <numerusform>%n urgent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 left on %2 and still holds %n device(s)</source>
        <translation>
            <numerusform>%1 left on %2 and still holds %n device</numerusform>
            <numerusform>%1 left on %2 and still holds %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the %2 certification expired on %3 while %n batch(es) are open</source>
        <translation>
            <numerusform>%1: the %2 certification expired on %3 while %n batch is open</numerusform>
            <numerusform>%1: the %2 certification expired on %3 while %n batches are open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Klara Assets: %n urgent item(s)</source>
        <translation>
            <numerusform>Klara Assets: %n urgent item</numerusform>
            <numerusform>Klara Assets: %n urgent items</numerusform>
        </translation>
    </message>
</context>
</TS>
