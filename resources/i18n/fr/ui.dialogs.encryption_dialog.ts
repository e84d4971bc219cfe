<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>EncryptionCheckDialog</name>
    <message>
        <source>Encryption check of %1</source>
        <translation>Contrôle du chiffrement de %1</translation>
    </message>
    <message>
        <source>BitLocker, FileVault, LUKS, Android…</source>
        <translation>BitLocker, FileVault, LUKS, Android…</translation>
    </message>
    <message>
        <source>Intune, a sealed envelope in the safe…</source>
        <translation>Intune, une enveloppe scellée dans le coffre…</translation>
    </message>
    <message>
        <source>Record where the recovery key is kept, never the key itself.</source>
        <translation>Indiquez où la clé de récupération est conservée, jamais la clé elle-même.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;State found</source>
        <translation>&amp;État constaté</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <source>&amp;Checked on</source>
        <translation>&amp;Contrôlé le</translation>
    </message>
    <message>
        <source>Recovery key &amp;escrowed at</source>
        <translation>Clé de récupération &amp;conservée</translation>
    </message>
</context>
</TS>
