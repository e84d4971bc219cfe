<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditsPage</name>
    <message numerus="yes">
        <source>%n device(s) not scanned will be recorded as missing.</source>
        <translation>
            <numerusform>%n device not scanned will be recorded as missing.</numerusform>
            <numerusform>%n devices not scanned will be recorded as missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) with their holder are not counted.</source>
        <translation>
            <numerusform>%n device with its holder is not counted.</numerusform>
            <numerusform>%n devices with their holder are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open a loss incident for %n missing device(s)?</source>
        <translation>
            <numerusform>Open a loss incident for %n missing device?</numerusform>
            <numerusform>Open loss incidents for %n missing devices?</numerusform>
        </translation>
    </message>
</context>
</TS>
