<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Read-only database: nothing can be changed</source>
        <translation>Base en lecture seule&#xa0;: aucune modification possible</translation>
    </message>
    <message>
        <source>The database is on a read-only medium or was opened with mode=ro: every change is refused.</source>
        <translation>La base est sur un support en lecture seule ou a été ouverte avec mode=ro&#xa0;: toute modification est refusée.</translation>
    </message>
    <message>
        <source>Connection to the server lost — retrying…</source>
        <translation>Connexion au serveur perdue — nouvelle tentative…</translation>
    </message>
    <message>
        <source>Connection to the server restored.</source>
        <translation>Connexion au serveur rétablie.</translation>
    </message>
</context>
</TS>
