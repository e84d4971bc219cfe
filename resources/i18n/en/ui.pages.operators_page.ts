<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OperatorsPage</name>
    <message numerus="yes">
        <source>%n operator account(s)</source>
        <translation>
            <numerusform>%n operator account</numerusform>
            <numerusform>%n operator accounts</numerusform>
        </translation>
    </message>
</context>
</TS>
