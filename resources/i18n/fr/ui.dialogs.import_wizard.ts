<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ImportWizard</name>
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
        <source>Import devices, people or encryption status</source>
        <translation>Importer des appareils, des personnes ou l’état du chiffrement</translation>
    </message>
    <message>
        <source>Snipe-IT export (assets, users, locations)</source>
        <translation>Export Snipe-IT (matériels, utilisateurs, lieux)</translation>
    </message>
    <message>
        <source>List of people (HR)</source>
        <translation>Liste de personnes (RH)</translation>
    </message>
    <message>
        <source>Intune export</source>
        <translation>Export Intune</translation>
    </message>
    <message>
        <source>Jamf Pro export</source>
        <translation>Export Jamf Pro</translation>
    </message>
    <message>
        <source>As detected from the values</source>
        <translation>Selon les valeurs du fichier</translation>
    </message>
    <message>
        <source>Day/month/year (25/12/2024)</source>
        <translation>Jour/mois/année (25/12/2024)</translation>
    </message>
    <message>
        <source>Month/day/year (12/25/2024)</source>
        <translation>Mois/jour/année (12/25/2024)</translation>
    </message>
    <message>
        <source>Year-month-day (2024-12-25)</source>
        <translation>Année-mois-jour (2024-12-25)</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
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
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
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
        <source>Columns (choose what each one is read as)</source>
        <translation>Colonnes (choisissez comment chacune est lue)</translation>
    </message>
    <message>
        <source>Problems (nothing is written while there is one)</source>
        <translation>Problèmes (rien n’est enregistré tant qu’il en reste un)</translation>
    </message>
    <message>
        <source>Also &amp;register the devices of the file that are not in the inventory</source>
        <translation>&amp;Enregistrer aussi les appareils du fichier absents de l’inventaire</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que l’import va faire</translation>
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
        <source>Encoding: %1.</source>
        <translation>Encodage : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) ignored: %1.</source>
        <translation>
            <numerusform>%n colonne ignorée : %1.</numerusform>
            <numerusform>%n colonnes ignorées : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>année-mois-jour</translation>
    </message>
    <message>
        <source>%1 read as %2</source>
        <translation>%1 lue en %2</translation>
    </message>
    <message>
        <source>(assumed: every date is ambiguous, check it)</source>
        <translation>(supposé : toutes les dates sont ambiguës, vérifiez)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
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
    <message>
        <source>Ready (nothing written yet):</source>
        <translation>Prêt (rien n’est encore écrit)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 people added, %2 updated, %3 unchanged; %4 locations added.</source>
        <translation>%1 personnes ajoutées, %2 mises à jour, %3 inchangées&#xa0;; %4 lieux ajoutés.</translation>
    </message>
    <message>
        <source>%1 people to add, %2 to update, %3 unchanged; %4 locations to add.</source>
        <translation>%1 personnes à ajouter, %2 à mettre à jour, %3 inchangées&#xa0;; %4 lieux à ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) leaving still hold devices: listed below.</source>
        <translation>
            <numerusform>%n personne sur le départ détient encore des appareils&#xa0;: voir la liste ci-dessous.</numerusform>
            <numerusform>%n personnes sur le départ détiennent encore des appareils&#xa0;: voir la liste ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 locations added, %2 already known, %3 addresses given.</source>
        <translation>%1 lieux ajoutés, %2 déjà connus, %3 adresses renseignées.</translation>
    </message>
    <message>
        <source>%1 locations to add, %2 already known, %3 addresses to give.</source>
        <translation>%1 lieux à ajouter, %2 déjà connus, %3 adresses à renseigner.</translation>
    </message>
    <message>
        <source>%1 devices in the file, %2 found in the inventory, %3 changed.</source>
        <translation>%1 appareils dans le fichier, %2 trouvés dans l’inventaire, %3 modifiés.</translation>
    </message>
    <message>
        <source>%1 devices in the file, %2 found in the inventory, %3 to change.</source>
        <translation>%1 appareils dans le fichier, %2 trouvés dans l’inventaire, %3 à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) registered.</source>
        <translation>
            <numerusform>%n appareil enregistré.</numerusform>
            <numerusform>%n appareils enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) to register.</source>
        <translation>
            <numerusform>%n appareil à enregistrer.</numerusform>
            <numerusform>%n appareils à enregistrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of the file not in the inventory.</source>
        <translation>
            <numerusform>%n appareil du fichier absent de l’inventaire.</numerusform>
            <numerusform>%n appareils du fichier absents de l’inventaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; leaves on %3: collect %4</source>
        <translation>%1 &lt;%2&gt; part le %3&#xa0;: récupérer %4</translation>
    </message>
    <message>
        <source>New device %1 (category guessed from the system: check it)</source>
        <translation>Nouvel appareil %1 (catégorie déduite du système&#xa0;: à vérifier)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Not in the inventory: %1</source>
        <translation>Absent de l’inventaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Laptop absent from the file: %1</source>
        <translation>Portable absent du fichier&#xa0;: %1</translation>
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
