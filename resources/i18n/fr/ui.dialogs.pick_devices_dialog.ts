<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PickDevicesDialog</name>
    <message>
        <source>Check out to %1</source>
        <translation>Attribuer à %1</translation>
    </message>
    <message>
        <source>Scan or type a tag, then Enter</source>
        <translation>Scannez ou saisissez un numéro d’inventaire, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
    <message>
        <source>Devices to hand over to %1:</source>
        <translation>Appareils à remettre à %1 :</translation>
    </message>
    <message>
        <source>“%1” is not a tag.</source>
        <translation>« %1 » n’est pas un numéro d’inventaire.</translation>
    </message>
</context>
</TS>
