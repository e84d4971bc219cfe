<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>SettingsForm</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Raison sociale</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>&amp;SIRET</source>
        <translation>&amp;SIRET</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Security officer and data protection officer</source>
        <translation>Responsable sécurité et délégué à la protection des données</translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation>Responsable sécurité</translation>
    </message>
    <message>
        <source>Their e-mail</source>
        <translation>Son e-mail</translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation>Son téléphone</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation>E-mail du DPO</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the interface and documents</source>
        <translation>Langue de l’interface et des documents</translation>
    </message>
    <message>
        <source>The interface switches to the new language at the next start.</source>
        <translation>L’interface passera dans la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Asset tags</source>
        <translation>Étiquettes des appareils</translation>
    </message>
    <message>
        <source>&amp;Prefix</source>
        <translation>&amp;Préfixe</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;Chiffres</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Default sheet</source>
        <translation>Planche par défaut</translation>
    </message>
    <message>
        <source>If found, please call +33 1 23 45 67 89</source>
        <translation>Si vous trouvez cet appareil, appelez le +33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>“If found” line</source>
        <translation>Ligne « si trouvé »</translation>
    </message>
    <message>
        <source>Encryption policy</source>
        <translation>Politique de chiffrement</translation>
    </message>
    <message>
        <source>Must be encrypted before being handed out:</source>
        <translation>Doivent être chiffrés avant d’être remis :</translation>
    </message>
    <message>
        <source>A check is stale after</source>
        <translation>Un contrôle est périmé après</translation>
    </message>
    <message>
        <source>End of life: expected lifetime</source>
        <translation>Fin de vie : durée de vie prévue</translation>
    </message>
    <message>
        <source>Devices older than this are proposed for refurbishment or recycling.</source>
        <translation>Au-delà de cet âge, les appareils sont proposés au reconditionnement ou au recyclage.</translation>
    </message>
    <message>
        <source>Certificates &amp;issued by</source>
        <translation>Certificats é&amp;mis par</translation>
    </message>
    <message>
        <source>Your name, when nobody signs in</source>
        <translation>Votre nom, quand personne ne se connecte</translation>
    </message>
    <message>
        <source>New devices are tagged %1, %2…</source>
        <translation>Les nouveaux appareils seront étiquetés %1, %2…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
</TS>
