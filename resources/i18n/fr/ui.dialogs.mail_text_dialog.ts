<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>MailTextDialog</name>
    <message>
        <source>E-mail to the security officer</source>
        <translation>E-mail au responsable sécurité</translation>
    </message>
    <message>
        <source>No e-mail program opened. Copy this message and send it from your usual mail.</source>
        <translation>Aucun logiciel de messagerie ne s’est ouvert. Copiez ce message et envoyez-le depuis votre messagerie habituelle.</translation>
    </message>
    <message>
        <source>No security officer e-mail is set in the settings.</source>
        <translation>Aucune adresse e-mail du responsable sécurité n’est renseignée dans les paramètres.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copied: paste it into a new e-mail.</source>
        <translation>Copié&#xa0;: collez-le dans un nouvel e-mail.</translation>
    </message>
</context>
</TS>
