<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <source>Attached files (%n)</source>
        <translation>
            <numerusform>Attached files (%n)</numerusform>
            <numerusform>Attached files (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
