<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PersonPanel</name>
    <message>
        <source>Select a person to see the devices they hold.</source>
        <translation>Sélectionnez une personne pour voir les appareils qu’elle détient.</translation>
    </message>
    <message>
        <source>Devices held</source>
        <translation>Appareils détenus</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>départ le %1</translation>
    </message>
    <message numerus="yes">
        <source>Left on %1: %n device(s) still to collect.</source>
        <translation>
            <numerusform>Départ le %1 : %n appareil encore à récupérer.</numerusform>
            <numerusform>Départ le %1 : %n appareils encore à récupérer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holds %n device(s)</source>
        <translation>
            <numerusform>Détient %n appareil</numerusform>
            <numerusform>Détient %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds no device.</source>
        <translation>Ne détient aucun appareil.</translation>
    </message>
</context>
</TS>
