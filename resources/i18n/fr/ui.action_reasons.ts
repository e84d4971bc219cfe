<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>action_reasons</name>
    <message>
        <source>Check the device in first.</source>
        <translation>Restituez d’abord l’appareil.</translation>
    </message>
    <message>
        <source>The device is %1: record it as found first.</source>
        <translation>L’appareil est %1&#xa0;: enregistrez d’abord qu’il est retrouvé.</translation>
    </message>
    <message>
        <source>The device is retired: unretire it first.</source>
        <translation>L’appareil est retiré du service&#xa0;: remettez-le d’abord en service.</translation>
    </message>
    <message>
        <source>Retire the device first.</source>
        <translation>Retirez d’abord l’appareil du service.</translation>
    </message>
    <message>
        <source>Route the device to refurbishment or recycling first.</source>
        <translation>Orientez d’abord l’appareil vers le reconditionnement ou le recyclage.</translation>
    </message>
    <message>
        <source>The device is in repair: record it back first.</source>
        <translation>L’appareil est en réparation&#xa0;: enregistrez d’abord son retour.</translation>
    </message>
    <message>
        <source>The device is %1: its record is closed.</source>
        <translation>L’appareil est %1&#xa0;: sa fiche est close.</translation>
    </message>
    <message>
        <source>Not possible while the device is %1.</source>
        <translation>Impossible tant que l’appareil est %1.</translation>
    </message>
    <message>
        <source>Select a device first.</source>
        <translation>Sélectionnez d’abord un appareil.</translation>
    </message>
    <message>
        <source>Select one device only.</source>
        <translation>Sélectionnez un seul appareil.</translation>
    </message>
</context>
</TS>
