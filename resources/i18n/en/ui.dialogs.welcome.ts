<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>WelcomeDialog</name>
    <message numerus="yes">
        <source>%n device(s) imported.</source>
        <translation>
            <numerusform>%n device imported.</numerusform>
            <numerusform>%n devices imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
