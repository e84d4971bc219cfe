<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CertificatePreview</name>
    <message>
        <source>Certificate %1</source>
        <translation>Certificat %1</translation>
    </message>
    <message>
        <source>%1 is in the register. Save a copy to send it or print it.</source>
        <translation>%1 figure au registre. Enregistrez-en une copie pour l’envoyer ou l’imprimer.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
</context>
</TS>
