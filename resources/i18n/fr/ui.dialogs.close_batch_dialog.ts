<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CloseBatchDialog</name>
    <message>
        <source>Close %1</source>
        <translation>Clore le lot %1</translation>
    </message>
    <message>
        <source>&amp;Close and issue the certificate</source>
        <translation>&amp;Clore et émettre le certificat</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Devenir</translation>
    </message>
    <message>
        <source>&amp;Sign with our certificate (PKCS#12 file)</source>
        <translation>&amp;Signer avec notre certificat (fichier PKCS#12)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Certificate &amp;language</source>
        <translation>&amp;Langue du certificat</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
</context>
</TS>
