<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BatchesPage</name>
    <message>
        <source>All batches</source>
        <translation>Tous les lots</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Select a batch to see its devices.</source>
        <translation>Sélectionnez un lot pour voir ses appareils.</translation>
    </message>
    <message>
        <source>Scan or type a tag, then Enter</source>
        <translation>Scannez ou saisissez un numéro d’inventaire, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;Nouveau lot…</translation>
    </message>
    <message>
        <source>&amp;Add devices…</source>
        <translation>&amp;Ajouter des appareils…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer du lot</translation>
    </message>
    <message>
        <source>S&amp;hip…</source>
        <translation>E&amp;xpédier…</translation>
    </message>
    <message>
        <source>Pickup &amp;manifest…</source>
        <translation>&amp;Bordereau d’enlèvement…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Clore…</translation>
    </message>
    <message>
        <source>New batch…</source>
        <translation>Nouveau lot…</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Waste register</source>
        <translation>Registre des déchets</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n lot</numerusform>
            <numerusform>%n lots</numerusform>
        </translation>
    </message>
    <message>
        <source>No batch yet: create one for a partner.</source>
        <translation>Aucun lot pour l’instant : créez-en un pour un partenaire.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 batch for %3, %4: %n device(s)</source>
        <translation>
            <numerusform>%1 — %2 par %3 (%4) : %n appareil</numerusform>
            <numerusform>%1 — %2 par %3 (%4) : %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the pickup manifest</source>
        <translation>Enregistrer le bordereau d’enlèvement</translation>
    </message>
    <message>
        <source>%1-manifest.pdf</source>
        <translation>%1-bordereau.pdf</translation>
    </message>
</context>
</TS>
