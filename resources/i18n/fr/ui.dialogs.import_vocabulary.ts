<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ImportWizard</name>
    <message>
        <source>Tag</source>
        <translation>Numéro d&apos;inventaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Second IMEI</source>
        <translation>Second IMEI</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Date d&apos;achat</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>End of warranty</source>
        <translation>Fin de garantie</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Storage kind</source>
        <translation>Type de stockage</translation>
    </message>
    <message>
        <source>Storage (GB)</source>
        <translation>Stockage (Go)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Encryption method</source>
        <translation>Méthode de chiffrement</translation>
    </message>
    <message>
        <source>Encryption checked on</source>
        <translation>Chiffrement vérifié le</translation>
    </message>
    <message>
        <source>Recovery key escrowed in</source>
        <translation>Clé de récupération séquestrée dans</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Holder&apos;s e-mail</source>
        <translation>E-mail du détenteur</translation>
    </message>
    <message>
        <source>Holder&apos;s name</source>
        <translation>Nom du détenteur</translation>
    </message>
    <message>
        <source>Holder&apos;s user name</source>
        <translation>Identifiant du détenteur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Device name (to notes)</source>
        <translation>Nom de l&apos;appareil (dans les notes)</translation>
    </message>
    <message>
        <source>Model number (to notes)</source>
        <translation>Référence du modèle (dans les notes)</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>Garantie (mois)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date d’entrée</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Site (parent location)</source>
        <translation>Site (lieu parent)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address (line 2)</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <source>User&apos;s e-mail</source>
        <translation>E-mail de l’utilisateur</translation>
    </message>
    <message>
        <source>FileVault status</source>
        <translation>État FileVault</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>System version</source>
        <translation>Version du système</translation>
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
        <source>Snipe-IT users export (people)</source>
        <translation>export des utilisateurs Snipe-IT (personnes)</translation>
    </message>
    <message>
        <source>Snipe-IT locations export</source>
        <translation>export des lieux Snipe-IT</translation>
    </message>
    <message>
        <source>list of people (HR)</source>
        <translation>liste de personnes (RH)</translation>
    </message>
    <message>
        <source>Intune export (all devices)</source>
        <translation>export Intune (tous les appareils)</translation>
    </message>
    <message>
        <source>Intune encryption report</source>
        <translation>rapport de chiffrement Intune</translation>
    </message>
    <message>
        <source>Jamf Pro computers export</source>
        <translation>export des ordinateurs Jamf Pro</translation>
    </message>
</context>
</TS>
