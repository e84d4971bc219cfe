<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>save_document</name>
    <message>
        <source>The file was saved as %1.
Open it now?</source>
        <translation>Le fichier a été enregistré sous %1.
L’ouvrir maintenant ?</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
</TS>
