<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CompliancePage</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Exposed devices in hands</source>
        <translation>Appareils exposés en circulation</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>Prêts en retard</translation>
    </message>
    <message>
        <source>To collect from leavers</source>
        <translation>À récupérer auprès des partants</translation>
    </message>
    <message numerus="yes">
        <source>Encryption policy: %1. A check counts for %n day(s).</source>
        <translation>
            <numerusform>Politique de chiffrement : %1. Un contrôle vaut %n jour.</numerusform>
            <numerusform>Politique de chiffrement : %1. Un contrôle vaut %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>no category</source>
        <translation>aucune catégorie</translation>
    </message>
    <message>
        <source>Exposed devices in hands (%1)</source>
        <translation>Appareils exposés en circulation (%1)</translation>
    </message>
    <message>
        <source>Overdue loans (%1)</source>
        <translation>Prêts en retard (%1)</translation>
    </message>
    <message>
        <source>To collect from leavers (%1)</source>
        <translation>À récupérer auprès des partants (%1)</translation>
    </message>
    <message>
        <source>Export the compliance report</source>
        <translation>Exporter le rapport de conformité</translation>
    </message>
</context>
</TS>
