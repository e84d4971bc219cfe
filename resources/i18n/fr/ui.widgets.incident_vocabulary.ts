<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>incident_vocabulary</name>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Volé</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Compromised</source>
        <translation>Compromis</translation>
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
        <source>Security officer notified</source>
        <translation>Responsable sécurité prévenu</translation>
    </message>
    <message>
        <source>Credentials revoked</source>
        <translation>Identifiants révoqués</translation>
    </message>
    <message>
        <source>Remote lock</source>
        <translation>Verrouillage à distance</translation>
    </message>
    <message>
        <source>Remote wipe</source>
        <translation>Effacement à distance</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Dépôt de plainte</translation>
    </message>
    <message>
        <source>CNIL notified</source>
        <translation>CNIL notifiée</translation>
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
        <source>Repaired</source>
        <translation>Réparé</translation>
    </message>
    <message>
        <source>Likely notifiable</source>
        <translation>Notification probablement due</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>No personal data</source>
        <translation>Aucune donnée personnelle</translation>
    </message>
    <message>
        <source>Not a breach</source>
        <translation>Pas une violation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>encore %1 h %2 min</translation>
    </message>
    <message>
        <source>Overdue by %1 h %2 min</source>
        <translation>Dépassé de %1 h %2 min</translation>
    </message>
</context>
</TS>
