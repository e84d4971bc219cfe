<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CertificationDialog</name>
    <message>
        <source>Add a certification to %1</source>
        <translation>Ajouter une certification à %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Scheme</source>
        <translation>&amp;Référentiel</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valable jusqu’au</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>Social and solidarity economy (ESS)</source>
        <translation>Économie sociale et solidaire (ESS)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;SIRET</source>
        <translation>&amp;SIRET</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
</context>
</TS>
