<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CategoryComplianceModel</name>
    <message>
        <source>Required</source>
        <translation>Exigé</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non exigé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrés</translation>
    </message>
    <message>
        <source>Stale check</source>
        <translation>Contrôle ancien</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Share encrypted</source>
        <translation>Part chiffrée</translation>
    </message>
</context>
<context>
    <name>ExposedDevicesModel</name>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Détenteur</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernier contrôle</translation>
    </message>
    <message>
        <source>Encrypted, check too old</source>
        <translation>Chiffré, contrôle trop ancien</translation>
    </message>
</context>
<context>
    <name>LoansModel</name>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Détenteur</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Parti le</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Retour prévu</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
</context>
</TS>
