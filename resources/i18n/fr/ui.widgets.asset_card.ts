<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AssetCard</name>
    <message>
        <source>Scan a label, or type a tag and press Enter.</source>
        <translation>Scannez une étiquette, ou saisissez un numéro d’inventaire et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Serial / IMEI</source>
        <translation>Série / IMEI</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Détenteur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Check &amp;out to…</source>
        <translation>&amp;Attribuer à…</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>&amp;Restituer…</translation>
    </message>
    <message>
        <source>Report &amp;lost…</source>
        <translation>Déclarer &amp;perdu…</translation>
    </message>
    <message>
        <source>&amp;Found…</source>
        <translation>&amp;Retrouvé…</translation>
    </message>
    <message>
        <source>Add to the &amp;audit</source>
        <translation>Ajouter à l’&amp;inventaire</translation>
    </message>
    <message>
        <source>Open in &amp;Assets</source>
        <translation>Ouvrir dans le &amp;parc</translation>
    </message>
    <message>
        <source>&amp;Register a new device…</source>
        <translation>&amp;Enregistrer un nouvel appareil…</translation>
    </message>
    <message>
        <source>No asset matches this code</source>
        <translation>Aucun appareil ne correspond à ce code</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Audit no. %1 — %2</source>
        <translation>Inventaire n° %1 — %2</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Altéré</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificat %1</translation>
    </message>
    <message>
        <source>Genuine and in force, issued on %1.</source>
        <translation>Authentique et en vigueur, émis le %1.</translation>
    </message>
    <message>
        <source>Revoked: this certificate, issued on %1, is no longer in force.</source>
        <translation>Révoqué : ce certificat, émis le %1, n’est plus en vigueur.</translation>
    </message>
    <message>
        <source>The code does not match the issued certificate: altered or forged.</source>
        <translation>Le code ne correspond pas au certificat émis : document altéré ou falsifié.</translation>
    </message>
    <message>
        <source>This certificate is not in this register.</source>
        <translation>Ce certificat ne figure pas dans ce registre.</translation>
    </message>
</context>
</TS>
