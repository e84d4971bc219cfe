<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AssetForm</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Nouvel appareil</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Numbered automatically</source>
        <translation>Numérotée automatiquement</translation>
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
        <source>e.g. Dell</source>
        <translation>ex. : Dell</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>e.g. Latitude 7440</source>
        <translation>ex. : Latitude 7440</translation>
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
        <source>15 digits</source>
        <translation>15 chiffres</translation>
    </message>
    <message>
        <source>Second IMEI</source>
        <translation>Second IMEI</translation>
    </message>
    <message>
        <source>15 digits (dual SIM)</source>
        <translation>15 chiffres (double SIM)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>e.g. Windows 11 Pro</source>
        <translation>ex. : Windows 11 Pro</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Category default</source>
        <translation>Valeur de la catégorie</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Purchased on</source>
        <translation>Date d’achat</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>e.g. 1 299,00</source>
        <translation>ex. : 1 299,00</translation>
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
        <source>Warranty ends</source>
        <translation>Fin de garantie</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>e.g. BitLocker, FileVault</source>
        <translation>ex. : BitLocker, FileVault</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Recovery key kept in</source>
        <translation>Clé de secours conservée dans</translation>
    </message>
    <message>
        <source>Where the key is escrowed, never the key</source>
        <translation>Où la clé est séquestrée, jamais la clé elle-même</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Sans emplacement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Storage and encryption</source>
        <translation>Stockage et chiffrement</translation>
    </message>
    <message>
        <source>Location and notes</source>
        <translation>Emplacement et notes</translation>
    </message>
    <message>
        <source>This device has reached a final status: only its notes can change.</source>
        <translation>Cet appareil a atteint un statut définitif : seules ses notes peuvent encore changer.</translation>
    </message>
    <message>
        <source>Someone else changed this device since you opened it. Reload it to see their changes; your own edits stay on screen.</source>
        <translation>Quelqu’un d’autre a modifié cet appareil depuis son ouverture. Rechargez-le pour voir ses modifications ; vos propres saisies restent affichées.</translation>
    </message>
    <message>
        <source>Reloaded. The fields you changed keep your values: check them, then save.</source>
        <translation>Rechargé. Les champs que vous avez modifiés gardent vos valeurs : vérifiez-les, puis enregistrez.</translation>
    </message>
</context>
</TS>
