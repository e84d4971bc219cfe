<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>OperatorsPage</name>
    <message>
        <source>&amp;Add operator…</source>
        <translation>&amp;Ajouter un opérateur…</translation>
    </message>
    <message>
        <source>Create an operator account (Ctrl+N)</source>
        <translation>Créer un compte opérateur (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rôles…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n operator account(s)</source>
        <translation>
            <numerusform>%n compte opérateur</numerusform>
            <numerusform>%n comptes opérateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>No operator account yet: add an administrator first. Until then, anyone using this computer may do everything.</source>
        <translation>Aucun compte opérateur pour l’instant : commencez par ajouter un administrateur. D’ici là, toute personne utilisant cet ordinateur peut tout faire.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>%1 will no longer be able to log in. Their past actions stay in the activity log.</source>
        <translation>%1 ne pourra plus se connecter. Ses actions passées restent dans le journal d’activité.</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Désactiver %1 ?</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
</context>
</TS>
