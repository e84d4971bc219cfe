<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AuditsPage</name>
    <message>
        <source>&amp;Start an audit</source>
        <translation>&amp;Commencer un inventaire</translation>
    </message>
    <message>
        <source>Choose an audit in the list, or start one for a location.</source>
        <translation>Choisissez un inventaire dans la liste, ou commencez-en un pour un emplacement.</translation>
    </message>
    <message>
        <source>Scan each device of this location, then Enter</source>
        <translation>Scannez chaque appareil de cet emplacement, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>&amp;Déplacer ici</translation>
    </message>
    <message>
        <source>&amp;Close the audit…</source>
        <translation>&amp;Clore l’inventaire…</translation>
    </message>
    <message>
        <source>Open &amp;loss incidents…</source>
        <translation>Ouvrir des &amp;incidents de perte…</translation>
    </message>
    <message>
        <source>Report (&amp;PDF)…</source>
        <translation>Rapport (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Report (CS&amp;V)…</source>
        <translation>Rapport (CS&amp;V)…</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Inventaires</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>Audit no. %1 — %2 (%3)</source>
        <translation>Inventaire n° %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: found, expected here.</source>
        <translation>%1 : trouvé, attendu ici.</translation>
    </message>
    <message>
        <source>%1: unexpected here (recorded elsewhere or out of the fleet).</source>
        <translation>%1 : inattendu ici (enregistré ailleurs ou sorti du parc).</translation>
    </message>
    <message>
        <source>“%1”: no device matches this code.</source>
        <translation>« %1 » : aucun appareil ne correspond à ce code.</translation>
    </message>
    <message>
        <source>%1 (already scanned)</source>
        <translation>%1 (déjà scanné)</translation>
    </message>
    <message>
        <source>Close audit no. %1? Devices not scanned will be recorded as missing.</source>
        <translation>Clore l’inventaire n° %1 ? Les appareils non scannés seront enregistrés comme manquants.</translation>
    </message>
    <message>
        <source>Close the audit</source>
        <translation>Clore l’inventaire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Open a loss incident for %n missing device(s)?</source>
        <translation>
            <numerusform>Ouvrir un incident de perte pour %n appareil manquant ?</numerusform>
            <numerusform>Ouvrir un incident de perte pour %n appareils manquants ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Loss incidents</source>
        <translation>Incidents de perte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Enregistrer le rapport d’inventaire</translation>
    </message>
</context>
</TS>
