<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>custody_actions</name>
    <message>
        <source>Send %1 to repair? If someone holds it, it is checked in first.</source>
        <translation>Envoyer %1 en réparation ? S’il est attribué, il sera d’abord restitué.</translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation>Envoyer en réparation</translation>
    </message>
    <message>
        <source>%1 is back from repair and goes back to stock.</source>
        <translation>%1 revient de réparation et retourne en stock.</translation>
    </message>
    <message>
        <source>Back from repair</source>
        <translation>Retour de réparation</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>Remettre en stock</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Restituer…</translation>
    </message>
    <message>
        <source>Send to repair…</source>
        <translation>Envoyer en réparation…</translation>
    </message>
    <message>
        <source>Back from repair…</source>
        <translation>Retour de réparation…</translation>
    </message>
    <message>
        <source>Report loss or theft…</source>
        <translation>Déclarer une perte ou un vol…</translation>
    </message>
    <message>
        <source>Record encryption check…</source>
        <translation>Enregistrer un contrôle du chiffrement…</translation>
    </message>
</context>
</TS>
