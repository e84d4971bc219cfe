<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En poste</translation>
    </message>
    <message numerus="yes">
        <source>Left · %n device(s) to collect</source>
        <translation>
            <numerusform>Départ · %n appareil à récupérer</numerusform>
            <numerusform>Départ · %n appareils à récupérer</numerusform>
        </translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Départ le %1</translation>
    </message>
    <message numerus="yes">
        <source>Left on %1 and still holds %n device(s): collect them.</source>
        <translation>
            <numerusform>Départ le %1, détient encore %n appareil : à récupérer.</numerusform>
            <numerusform>Départ le %1, détient encore %n appareils : à récupérer.</numerusform>
        </translation>
    </message>
</context>
</TS>
