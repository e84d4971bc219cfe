<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PdfPreview</name>
    <message>
        <source>No document to show.</source>
        <translation>Aucun document à afficher.</translation>
    </message>
    <message>
        <source>This file cannot be shown: it is not a readable PDF.</source>
        <translation>Ce fichier ne peut pas être affiché : ce n’est pas un PDF lisible.</translation>
    </message>
</context>
</TS>
