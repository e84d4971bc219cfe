<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Responsable des services généraux</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation>Responsable sécurité</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Everything, including operators and settings</source>
        <translation>Tout, y compris les opérateurs et les paramètres</translation>
    </message>
    <message>
        <source>Inventory, custody, end of life, certificates</source>
        <translation>Inventaire, attributions, fin de vie, certificats</translation>
    </message>
    <message>
        <source>Scan station: look up, check in and out, audits, sanitization</source>
        <translation>Poste de scan : consultation, remises et retours, inventaires physiques, effacements</translation>
    </message>
    <message>
        <source>Incidents, encryption, breach register</source>
        <translation>Incidents, chiffrement, registre des violations</translation>
    </message>
    <message>
        <source>Read only, verify certificates</source>
        <translation>Lecture seule, vérification des certificats</translation>
    </message>
</context>
</TS>
