<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>eol_dialogs</name>
    <message>
        <source>Retire %1</source>
        <translation>Retirer %1 du service</translation>
    </message>
    <message>
        <source>The device leaves service; it can be routed once sanitized.</source>
        <translation>L’appareil quitte le service ; il pourra être orienté une fois ses données effacées.</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer du service</translation>
    </message>
    <message>
        <source>Unretire %1</source>
        <translation>Remettre %1 en service</translation>
    </message>
    <message>
        <source>The device goes back to stock.</source>
        <translation>L’appareil retourne en stock.</translation>
    </message>
    <message>
        <source>&amp;Unretire</source>
        <translation>Remettre en &amp;service</translation>
    </message>
    <message>
        <source>Save the certificate of donation</source>
        <translation>Enregistrer l&apos;attestation de don</translation>
    </message>
</context>
</TS>
