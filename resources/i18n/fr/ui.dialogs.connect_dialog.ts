<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Se connecter à une base partagée</translation>
    </message>
    <message>
        <source>Several seats can work together on one PostgreSQL database. Your administrator gives you these details.</source>
        <translation>Plusieurs postes peuvent travailler ensemble sur une même base PostgreSQL. Votre administrateur vous communique ces informations.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mo&amp;t de passe</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS)</source>
        <translation>C&amp;hiffrement (TLS)</translation>
    </message>
    <message>
        <source>Or a U&amp;RL</source>
        <translation>Ou une U&amp;RL</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>TLS si le serveur le propose</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS obligatoire</translation>
    </message>
    <message>
        <source>Require TLS and check the certificate</source>
        <translation>TLS obligatoire, certificat vérifié</translation>
    </message>
    <message>
        <source>Require TLS, check the certificate and the server name</source>
        <translation>TLS obligatoire, certificat et nom du serveur vérifiés</translation>
    </message>
    <message>
        <source>No TLS (local network only)</source>
        <translation>Sans TLS (réseau local uniquement)</translation>
    </message>
    <message>
        <source>Give the server and the database (or a URL).</source>
        <translation>Indiquez le serveur et la base de données (ou une URL).</translation>
    </message>
</context>
</TS>
