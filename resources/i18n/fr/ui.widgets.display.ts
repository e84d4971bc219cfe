<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>display</name>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Poste fixe</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Peripheral</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>En réparation</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Volé</translation>
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
        <source>To refurbish</source>
        <translation>À reconditionner</translation>
    </message>
    <message>
        <source>To recycle</source>
        <translation>À recycler</translation>
    </message>
    <message>
        <source>Refurbished</source>
        <translation>Reconditionné</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>Recyclé</translation>
    </message>
</context>
</TS>
