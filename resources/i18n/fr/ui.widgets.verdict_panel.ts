<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>VerdictPanel</name>
    <message>
        <source>VALID: genuine and in force</source>
        <translation>VALIDE : authentique et en vigueur</translation>
    </message>
    <message>
        <source>ALTERED: this file is not the issued certificate</source>
        <translation>ALTÉRÉ : ce fichier n’est pas le certificat émis</translation>
    </message>
    <message>
        <source>REVOKED: this certificate is no longer in force</source>
        <translation>RÉVOQUÉ : ce certificat n’est plus en vigueur</translation>
    </message>
    <message>
        <source>UNKNOWN: not a certificate of this register</source>
        <translation>INCONNU : ce certificat ne figure pas dans ce registre</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Numéro : %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Nature : %1</translation>
    </message>
    <message>
        <source>Issued on: %1</source>
        <translation>Émis le : %1</translation>
    </message>
</context>
</TS>
