<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import devices</source>
        <translation>Importer des appareils</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Klara Assets export</source>
        <translation>Export Klara Assets</translation>
    </message>
    <message>
        <source>Snipe-IT asset export</source>
        <translation>Export d’actifs Snipe-IT</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file of devices (Ctrl+O).</source>
        <translation>Choisissez un fichier CSV ou Excel d’appareils (Ctrl+O).</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Problems (nothing is written while there is one)</source>
        <translation>Problèmes (rien n’est enregistré tant qu’il en reste un)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV ou Excel (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 file, read as: %2. %n column(s) recognised.</source>
        <translation>
            <numerusform>Fichier %1, lu comme : %2. %n colonne reconnue.</numerusform>
            <numerusform>Fichier %1, lu comme : %2. %n colonnes reconnues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n device(s) to import.</source>
        <translation>
            <numerusform>Prêt : %n appareil à importer.</numerusform>
            <numerusform>Prêt : %n appareils à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) listed above; they do not stop the import.</source>
        <translation>
            <numerusform>%n avertissement ci-dessus ; il n’empêche pas l’import.</numerusform>
            <numerusform>%n avertissements ci-dessus ; ils n’empêchent pas l’import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problème : rien ne sera importé tant que le fichier n’est pas corrigé.</numerusform>
            <numerusform>%n problèmes : rien ne sera importé tant que le fichier n’est pas corrigé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) imported.</source>
        <translation>
            <numerusform>%n appareil importé.</numerusform>
            <numerusform>%n appareils importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handed to their holder.</source>
        <translation>
            <numerusform>%n remis à son détenteur.</numerusform>
            <numerusform>%n remis à leur détenteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 people, %2 locations.</source>
        <translation>Créés : %1 personnes, %2 emplacements.</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Arrêté : rien n’a été importé.</translation>
    </message>
</context>
</TS>
