<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Search a certificate, batch or device number (Ctrl+F)</source>
        <translation>Rechercher un numéro de certificat, de lot ou d’appareil (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select a certificate to see it here.</source>
        <translation>Sélectionnez un certificat pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Drop a PDF file on this page to check whether it is a genuine certificate.</source>
        <translation>Déposez un fichier PDF sur cette page pour vérifier qu’il s’agit d’un certificat authentique.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orriger…</translation>
    </message>
    <message>
        <source>&amp;Verify a file…</source>
        <translation>&amp;Vérifier un fichier…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate matches.</source>
        <translation>Aucun certificat ne correspond.</translation>
    </message>
    <message>
        <source>No certificate issued yet.</source>
        <translation>Aucun certificat émis pour l’instant.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Revoke %1? It stays in the register, and anyone verifying it will read REVOKED.</source>
        <translation>Révoquer %1 ? Il reste au registre, et toute vérification indiquera RÉVOQUÉ.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <source>Why is this certificate revoked?</source>
        <translation>Pourquoi ce certificat est-il révoqué ?</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>A new certificate is issued from the current records; %1 is revoked and names it.</source>
        <translation>Un nouveau certificat est émis d’après les données actuelles ; %1 est révoqué et renvoie vers lui.</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>Corriger %1</translation>
    </message>
    <message>
        <source>&amp;Issue the correction</source>
        <translation>&amp;Émettre la correction</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>
