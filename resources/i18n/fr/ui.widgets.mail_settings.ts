<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>MailSettingsGroup</name>
    <message>
        <source>E-mail digest</source>
        <translation>Récapitulatif par e-mail</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.exemple.fr</translation>
    </message>
    <message>
        <source>assets@example.org</source>
        <translation>parc@exemple.fr</translation>
    </message>
    <message>
        <source>office@example.org, it@example.org</source>
        <translation>accueil@exemple.fr, informatique@exemple.fr</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Aucune (relais local seulement)</translation>
    </message>
    <message>
        <source>Also send an &amp;HTML version</source>
        <translation>Envoyer aussi une version &amp;HTML</translation>
    </message>
    <message>
        <source>&amp;Keep in the keyring</source>
        <translation>&amp;Garder dans le trousseau</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Envoyer un message d’&amp;essai</translation>
    </message>
    <message>
        <source>SMTP &amp;server</source>
        <translation>&amp;Serveur SMTP</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sé&amp;curité</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Se&amp;nder</source>
        <translation>E&amp;xpéditeur</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Destinataires</translation>
    </message>
    <message>
        <source>The security officer also receives the urgent incident items. A scheduled job sends the digest:</source>
        <translation>Le responsable de la sécurité reçoit aussi les incidents urgents. Une tâche planifiée envoie le récapitulatif&#xa0;:</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring (%1), never in the database.</source>
        <translation>Le mot de passe est gardé dans le trousseau du système (%1), jamais dans la base de données.</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password typed here is only used for the test message. For the scheduled job, set the environment variable %1.</source>
        <translation>Cet ordinateur n’a pas de trousseau système&#xa0;: le mot de passe saisi ici ne sert qu’au message d’essai. Pour la tâche planifiée, définissez la variable d’environnement %1.</translation>
    </message>
</context>
</TS>
