<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Klara Assets</source>
        <translation>Klara Assets</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Klara Assets</source>
        <translation>À &amp;propos de Klara Assets</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>About Klara Assets</source>
        <translation>À propos de Klara Assets</translation>
    </message>
    <message>
        <source>Klara Assets %1: the company&apos;s computers and phones, from purchase to certified end of life.</source>
        <translation>Klara Assets %1 : les ordinateurs et téléphones de l’entreprise, de l’achat à la fin de vie certifiée.</translation>
    </message>
</context>
</TS>
