<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DonationDialog</name>
    <message>
        <source>Give %1 to an employee</source>
        <translation>Donner %1 à un salarié</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>&amp;Donner</translation>
    </message>
    <message>
        <source>A gift of IT equipment to an employee is exempt up to €2,000 of cost price per employee and per year (CGI art. 81, 31° bis). The device leaves the fleet with a second life.</source>
        <translation>Le don de matériel informatique à un salarié est exonéré dans la limite de 2 000 € de prix de revient par salarié et par an (CGI art. 81, 31° bis). L&apos;appareil quitte le parc pour une seconde vie.</translation>
    </message>
    <message>
        <source>Employee&apos;s &amp;e-mail</source>
        <translation>&amp;E-mail du salarié</translation>
    </message>
    <message>
        <source>Cost price %1 · depreciation %2 · net book value %3</source>
        <translation>Prix de revient %1 · amortissements %2 · valeur nette comptable %3</translation>
    </message>
</context>
</TS>
