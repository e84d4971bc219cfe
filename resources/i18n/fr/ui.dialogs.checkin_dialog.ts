<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check in %1</source>
        <translation>Restitution de %1</translation>
    </message>
    <message>
        <source>%1 comes back: record the state it is in.</source>
        <translation>%1 est restitué : notez son état.</translation>
    </message>
    <message>
        <source>As recorded (unchanged)</source>
        <translation>Comme enregistré (inchangé)</translation>
    </message>
    <message>
        <source>Scratches, missing charger…</source>
        <translation>Rayures, chargeur manquant…</translation>
    </message>
    <message>
        <source>Save the return receipt (PDF) afterwards</source>
        <translation>Enregistrer ensuite le reçu de restitution (PDF)</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Restituer</translation>
    </message>
    <message>
        <source>C&amp;ondition at return</source>
        <translation>É&amp;tat à la restitution</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Remarque</translation>
    </message>
    <message>
        <source>Save the return receipt</source>
        <translation>Enregistrer le reçu de restitution</translation>
    </message>
    <message>
        <source>return-%1.pdf</source>
        <translation>restitution-%1.pdf</translation>
    </message>
</context>
</TS>
