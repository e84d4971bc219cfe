<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>read_only</name>
    <message>
        <source>The database is read-only: nothing can be changed.</source>
        <translation>La base de données est en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
</context>
</TS>
