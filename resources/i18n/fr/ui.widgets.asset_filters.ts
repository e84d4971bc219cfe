<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AssetFilterBar</name>
    <message>
        <source>Search tag, serial, IMEI, model or holder (Ctrl+F)</source>
        <translation>Rechercher une étiquette, un n° de série, un IMEI, un modèle ou un détenteur (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>Any holder</source>
        <translation>Tous les détenteurs</translation>
    </message>
    <message>
        <source>Any encryption</source>
        <translation>Tout chiffrement</translation>
    </message>
    <message numerus="yes">
        <source>Not audited for %n month(s)</source>
        <translation>
            <numerusform>Non inventorié depuis %n mois</numerusform>
            <numerusform>Non inventorié depuis %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Any audit date</source>
        <translation>Toute date d’inventaire</translation>
    </message>
</context>
</TS>
