<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AssetsPage</name>
    <message>
        <source>New device</source>
        <translation>Nouvel appareil</translation>
    </message>
    <message>
        <source>Register a new device (Ctrl+N)</source>
        <translation>Enregistrer un nouvel appareil (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the selected device (Enter)</source>
        <translation>Modifier l’appareil sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>Modification groupée…</translation>
    </message>
    <message>
        <source>Change the location or the category of the selected devices</source>
        <translation>Changer l’emplacement ou la catégorie des appareils sélectionnés</translation>
    </message>
    <message>
        <source>Export this view…</source>
        <translation>Exporter cette vue…</translation>
    </message>
    <message>
        <source>Save the devices shown, with these columns, as an Excel workbook</source>
        <translation>Enregistrer les appareils affichés, avec ces colonnes, dans un classeur Excel</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No device yet. Register the first one, or import your inventory from a spreadsheet.</source>
        <translation>Aucun appareil pour l’instant. Enregistrez le premier, ou importez votre inventaire depuis un tableur.</translation>
    </message>
    <message>
        <source>Add a device…</source>
        <translation>Ajouter un appareil…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>No device matches the search and the filters.</source>
        <translation>Aucun appareil ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Edit the selected device</source>
        <translation>Modifier l’appareil sélectionné</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Parc</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 sur %n appareil</numerusform>
            <numerusform>%1 sur %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is registered. Print its label now?</source>
        <translation>%1 est enregistré. Imprimer son étiquette maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Device saved</source>
        <translation>Appareil enregistré</translation>
    </message>
    <message>
        <source>&amp;Print the label…</source>
        <translation>&amp;Imprimer l’étiquette…</translation>
    </message>
</context>
</TS>
