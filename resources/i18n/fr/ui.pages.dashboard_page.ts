<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
        <source>Devices in service</source>
        <translation>Appareils en service</translation>
    </message>
    <message>
        <source>Encryption compliance</source>
        <translation>Conformité du chiffrement</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Overdue returns</source>
        <translation>Retours en retard</translation>
    </message>
    <message>
        <source>Devices to collect from people who left</source>
        <translation>Appareils à récupérer auprès des partants</translation>
    </message>
    <message>
        <source>Warranties ending within 60 days</source>
        <translation>Garanties expirant sous 60 jours</translation>
    </message>
    <message>
        <source>End-of-life candidates</source>
        <translation>Candidats à la fin de vie</translation>
    </message>
    <message>
        <source>Devices past their expected lifetime</source>
        <translation>Appareils au-delà de leur durée de vie prévue</translation>
    </message>
    <message>
        <source>Devices by status</source>
        <translation>Appareils par statut</translation>
    </message>
    <message>
        <source>Devices in service by category</source>
        <translation>Appareils en service par catégorie</translation>
    </message>
    <message>
        <source>Average age against expected lifetime</source>
        <translation>Âge moyen et durée de vie prévue</translation>
    </message>
    <message>
        <source>years</source>
        <translation>années</translation>
    </message>
    <message>
        <source>Open incidents and their 72-hour deadlines</source>
        <translation>Incidents ouverts et leur délai de 72 heures</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded.</source>
        <translation>Le tableau de bord n’a pas pu être chargé.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) recorded</source>
        <translation>
            <numerusform>%n appareil enregistré</numerusform>
            <numerusform>%n appareils enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n au total</numerusform>
            <numerusform>%n au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) not encrypted</source>
        <translation>
            <numerusform>%n appareil non chiffré</numerusform>
            <numerusform>%n appareils non chiffrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly encrypted</source>
        <translation>
            <numerusform>%n partiellement chiffré</numerusform>
            <numerusform>%n partiellement chiffrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to re-check</source>
        <translation>
            <numerusform>%n à revérifier</numerusform>
            <numerusform>%n à revérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>No device the policy covers yet</source>
        <translation>Aucun appareil concerné par la politique pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n under 24 hours</source>
        <translation>
            <numerusform>%n à moins de 24 heures</numerusform>
            <numerusform>%n à moins de 24 heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Average age</source>
        <translation>Âge moyen</translation>
    </message>
    <message>
        <source>Expected lifetime</source>
        <translation>Durée de vie prévue</translation>
    </message>
</context>
</TS>
