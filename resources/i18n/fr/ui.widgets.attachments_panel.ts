<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>Attached files (%n)</source>
        <translation>
            <numerusform>Pièces jointes (%n)</numerusform>
            <numerusform>Pièces jointes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
</TS>
