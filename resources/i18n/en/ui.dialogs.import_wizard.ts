<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%1 file, read as: %2. %n column(s) recognised.</source>
        <translation>
            <numerusform>%1 file, read as: %2. %n column recognised.</numerusform>
            <numerusform>%1 file, read as: %2. %n columns recognised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) ignored: %1.</source>
        <translation>
            <numerusform>%n column ignored: %1.</numerusform>
            <numerusform>%n columns ignored: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n device(s) to import.</source>
        <translation>
            <numerusform>Ready: %n device to import.</numerusform>
            <numerusform>Ready: %n devices to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) listed above; they do not stop the import.</source>
        <translation>
            <numerusform>%n warning listed above; it does not stop the import.</numerusform>
            <numerusform>%n warnings listed above; they do not stop the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) leaving still hold devices: listed below.</source>
        <translation>
            <numerusform>%n person leaving still holds devices: listed below.</numerusform>
            <numerusform>%n people leaving still hold devices: listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) registered.</source>
        <translation>
            <numerusform>%n device registered.</numerusform>
            <numerusform>%n devices registered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) to register.</source>
        <translation>
            <numerusform>%n device to register.</numerusform>
            <numerusform>%n devices to register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of the file not in the inventory.</source>
        <translation>
            <numerusform>%n device of the file not in the inventory.</numerusform>
            <numerusform>%n devices of the file not in the inventory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problem: nothing will be imported until the file is corrected.</numerusform>
            <numerusform>%n problems: nothing will be imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) imported.</source>
        <translation>
            <numerusform>%n device imported.</numerusform>
            <numerusform>%n devices imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handed to their holder.</source>
        <translation>
            <numerusform>%n handed to their holder.</numerusform>
            <numerusform>%n handed to their holder.</numerusform>
        </translation>
    </message>
</context>
</TS>
