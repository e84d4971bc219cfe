<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected device(s). Fields left unchanged keep their values.</source>
        <translation>
            <numerusform>Modifier l’appareil sélectionné. Les champs laissés inchangés gardent leur valeur.</numerusform>
            <numerusform>Modifier les %n appareils sélectionnés. Les champs laissés inchangés gardent leur valeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
</TS>
