<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>eol</name>
    <message>
        <source>Refurbisher</source>
        <translation>Reconditionneur</translation>
    </message>
    <message>
        <source>Recycler</source>
        <translation>Recycleur</translation>
    </message>
    <message>
        <source>Donee</source>
        <translation>Bénéficiaire d’un don</translation>
    </message>
    <message>
        <source>Eco-organisme</source>
        <translation>Éco-organisme</translation>
    </message>
    <message>
        <source>Refurbishment</source>
        <translation>Reconditionnement</translation>
    </message>
    <message>
        <source>Recycling</source>
        <translation>Recyclage</translation>
    </message>
    <message>
        <source>Data sanitization</source>
        <translation>Effacement des données</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Reused</source>
        <translation>Réemployé</translation>
    </message>
    <message>
        <source>Refurbished</source>
        <translation>Reconditionné</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>Recyclés</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruit</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <source>Full verification</source>
        <translation>Vérification complète</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Internal reuse</source>
        <translation>Réemploi interne</translation>
    </message>
    <message>
        <source>External reuse</source>
        <translation>Réemploi externe</translation>
    </message>
    <message>
        <source>Recycling facility</source>
        <translation>Centre de recyclage</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Reconditionner</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Recycler</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écrasement</translation>
    </message>
    <message>
        <source>Block erase</source>
        <translation>Effacement par blocs</translation>
    </message>
    <message>
        <source>Cryptographic erase</source>
        <translation>Effacement cryptographique</translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation>Réinitialisation d’usine</translation>
    </message>
    <message>
        <source>Degauss</source>
        <translation>Démagnétisation</translation>
    </message>
    <message>
        <source>Shred</source>
        <translation>Broyage</translation>
    </message>
    <message>
        <source>Disintegrate</source>
        <translation>Désintégration</translation>
    </message>
</context>
</TS>
