<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Klara Assets</source>
        <translation>Bienvenue dans Klara Assets</translation>
    </message>
    <message>
        <source>Your company&apos;s name</source>
        <translation>Le nom de votre entreprise</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Load the &amp;demo fleet</source>
        <translation>Charger le parc de &amp;démonstration</translation>
    </message>
    <message>
        <source>Klara Assets follows the company&apos;s computers and phones from purchase to certified end of life: who holds what, encryption, incidents, refurbishment and recycling. This database is empty. Name your organisation, then try the demo fleet or start with your own devices. Its identity appears on receipts, certificates and reports; you may complete it later in Settings.</source>
        <translation>Klara Assets suit les ordinateurs et téléphones de l’entreprise de l’achat à la fin de vie certifiée&#xa0;: qui détient quoi, chiffrement, incidents, reconditionnement et recyclage. Cette base est vide. Nommez votre organisation, puis essayez la flotte de démonstration ou commencez avec vos propres appareils. Son identité figure sur les reçus, les certificats et les rapports&#xa0;; vous pourrez la compléter plus tard dans les Réglages.</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Raison sociale</translation>
    </message>
    <message>
        <source>e.g. Exemple SAS</source>
        <translation>par ex. Exemple SAS</translation>
    </message>
    <message>
        <source>S&amp;IRET</source>
        <translation>S&amp;IRET</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <source>Security &amp;officer</source>
        <translation>Responsable &amp;sécurité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Security officer&apos;s e-&amp;mail</source>
        <translation>E-&amp;mail du responsable sécurité</translation>
    </message>
    <message>
        <source>Data &amp;protection officer</source>
        <translation>Délégué à la &amp;protection des données</translation>
    </message>
    <message>
        <source>DPO&apos;s e-m&amp;ail</source>
        <translation>E-m&amp;ail du DPO</translation>
    </message>
    <message>
        <source>A fictional company with %1 devices and their holders, to explore; it is named %2 unless you give your own identity above</source>
        <translation>Une entreprise fictive avec %1 appareils et leurs détenteurs, pour découvrir l’application&#xa0;; elle s’appelle %2, sauf si vous indiquez votre propre identité ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>A CSV or Excel file of devices: Klara Assets&apos; export or Snipe-IT&apos;s</source>
        <translation>Un fichier CSV ou Excel d’appareils : l’export de Klara Assets ou celui de Snipe-IT</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Commencer à vide</translation>
    </message>
    <message>
        <source>Loading the demo fleet…</source>
        <translation>Chargement du parc de démonstration…</translation>
    </message>
    <message>
        <source>Import a file of devices</source>
        <translation>Importer un fichier d’appareils</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) imported.</source>
        <translation>
            <numerusform>%n appareil importé.</numerusform>
            <numerusform>%n appareils importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 devices</source>
        <translation>%1 appareils sur %2</translation>
    </message>
</context>
</TS>
