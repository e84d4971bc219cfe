<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>SanitizationDialog</name>
    <message>
        <source>Record a sanitization of %1</source>
        <translation>Enregistrer l’effacement des données de %1</translation>
    </message>
    <message numerus="yes">
        <source>Record a sanitization of %n device(s)</source>
        <translation>
            <numerusform>Enregistrer l’effacement de %n appareil</numerusform>
            <numerusform>Enregistrer l’effacement de %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Person performing</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Sanitization</source>
        <translation>Effacement des données</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>e.g. IT technician</source>
        <translation>p. ex. technicien informatique</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>ours, from the settings</source>
        <translation>la nôtre, d’après les paramètres</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de support</translation>
    </message>
    <message>
        <source>from the device (e.g. SSD 512 GB)</source>
        <translation>d’après l’appareil (p. ex. SSD 512 Go)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>the last holder</source>
        <translation>le dernier détenteur</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>Données sauvegardées</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Lieu de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <source>&amp;Technique</source>
        <translation>&amp;Technique</translation>
    </message>
    <message>
        <source>T&amp;ool and version</source>
        <translation>&amp;Outil et version</translation>
    </message>
    <message>
        <source>e.g. Blancco Drive Eraser 7.12</source>
        <translation>p. ex. Blancco Drive Eraser 7.12</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Classification after</source>
        <translation>Classification après</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classifié</translation>
    </message>
    <message>
        <source>Vendor report</source>
        <translation>Rapport de l’outil</translation>
    </message>
    <message>
        <source>the tool&apos;s report number</source>
        <translation>le numéro de rapport de l’outil</translation>
    </message>
    <message>
        <source>No report file</source>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <source>Tool &amp;report file…</source>
        <translation>Fichier de &amp;rapport de l&apos;outil…</translation>
    </message>
    <message>
        <source>A tool report is attached device by device</source>
        <translation>Un rapport d’outil se joint appareil par appareil</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The erasure tool&apos;s report</source>
        <translation>Le rapport de l&apos;outil d&apos;effacement</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.log *.txt);;All files (*)</source>
        <translation>Rapports (*.pdf *.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: attached and cited, not read (fill in the fields)</source>
        <translation>%1 : joint et cité, non lu (renseignez les champs)</translation>
    </message>
    <message>
        <source>%1: nwipe report read (serial %2, %3)</source>
        <translation>%1 : rapport nwipe lu (n° de série %2, %3)</translation>
    </message>
    <message>
        <source>Check the report: its drive serial %1 differs from the device&apos;s.</source>
        <translation>Vérifiez le rapport : le n° de série du disque, %1, diffère de celui de l&apos;appareil.</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
</TS>
