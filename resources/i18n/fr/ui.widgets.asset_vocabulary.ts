<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>vocabulary</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>Partly encrypted</source>
        <translation>Partiellement chiffré</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Médiocre</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>No storage</source>
        <translation>Sans stockage</translation>
    </message>
    <message>
        <source>Hard disk (HDD)</source>
        <translation>Disque dur (HDD)</translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>Flash memory</source>
        <translation>Mémoire flash</translation>
    </message>
    <message>
        <source>eMMC</source>
        <translation>eMMC</translation>
    </message>
    <message>
        <source>Not recorded (treated as storage)</source>
        <translation>Non renseigné (compté comme stockage)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Restitué</translation>
    </message>
    <message>
        <source>Sent to repair</source>
        <translation>Envoyé en réparation</translation>
    </message>
    <message>
        <source>Back from repair</source>
        <translation>Retour de réparation</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>Déclaré perdu</translation>
    </message>
    <message>
        <source>Reported stolen</source>
        <translation>Déclaré volé</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Retrouvé</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Sorti de l’inventaire</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré du service</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Remis en service</translation>
    </message>
    <message>
        <source>Sent for refurbishment</source>
        <translation>Orienté vers le reconditionnement</translation>
    </message>
    <message>
        <source>Sent for recycling</source>
        <translation>Orienté vers le recyclage</translation>
    </message>
    <message>
        <source>Refurbished</source>
        <translation>Reconditionné</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>Recyclé</translation>
    </message>
    <message>
        <source>Encryption checked</source>
        <translation>Chiffrement vérifié</translation>
    </message>
    <message>
        <source>Encryption policy overridden</source>
        <translation>Dérogation à la politique de chiffrement</translation>
    </message>
    <message>
        <source>Given to an employee</source>
        <translation>Cédé à un salarié</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>Pièce jointe retirée</translation>
    </message>
</context>
</TS>
