<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LocationsPage</name>
    <message>
        <source>&amp;Add location…</source>
        <translation>&amp;Ajouter un lieu…</translation>
    </message>
    <message>
        <source>Add a site or a room (Ctrl+N)</source>
        <translation>Ajouter un site ou une salle (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename the selected location (F2)</source>
        <translation>Renommer le lieu sélectionné (F2)</translation>
    </message>
    <message>
        <source>Select a location to see the devices kept there.</source>
        <translation>Sélectionnez un lieu pour voir les appareils qui s’y trouvent.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n lieu</numerusform>
            <numerusform>%n lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>No location yet: add the company&apos;s sites and rooms.</source>
        <translation>Aucun lieu pour l’instant : ajoutez les sites et les salles de l’entreprise.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s), the first %2 by tag shown</source>
        <translation>
            <numerusform>%1 : %n appareil, les %2 premiers par étiquette affichés</numerusform>
            <numerusform>%1 : %n appareils, les %2 premiers par étiquette affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)</source>
        <translation>
            <numerusform>%1 : %n appareil</numerusform>
            <numerusform>%1 : %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: no device kept here.</source>
        <translation>%1 : aucun appareil ici.</translation>
    </message>
</context>
</TS>
