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
        <source>&amp;Found…</source>
        <translation>&amp;Retrouvé…</translation>
    </message>
    <message>
        <source>A lost or stolen device is here: close its incident as recovered</source>
        <translation>Un appareil perdu ou volé est ici&#xa0;: clore son incident comme retrouvé</translation>
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
        <source>Start an audit of a location first, or open one from the list.</source>
        <translation>Commencez d’abord l’inventaire d’un lieu, ou ouvrez-en un dans la liste.</translation>
    </message>
    <message>
        <source>This audit is closed: start a new audit to scan again.</source>
        <translation>Cet inventaire est clos&#xa0;: commencez un nouvel inventaire pour scanner à nouveau.</translation>
    </message>
    <message>
        <source>Scan each device&apos;s label, or type its tag and press Enter.</source>
        <translation>Scannez l’étiquette de chaque appareil, ou saisissez son numéro puis Entrée.</translation>
    </message>
    <message>
        <source>Only an audit in progress can be closed.</source>
        <translation>Seul un inventaire en cours peut être clos.</translation>
    </message>
    <message>
        <source>%1 is reported lost or stolen: if it is here, choose “Found…” to close its incident.</source>
        <translation>%1 est déclaré perdu ou volé&#xa0;: s’il est ici, choisissez «&#xa0;Retrouvé…&#xa0;» pour clore son incident.</translation>
    </message>
    <message>
        <source>Recovered: the incident is closed and the device counts as found.</source>
        <translation>Retrouvé&#xa0;: l’incident est clos et l’appareil compte comme trouvé.</translation>
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
        <source>Close audit no. %1?</source>
        <translation>Clore l’inventaire n° %1&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) not scanned will be recorded as missing.</source>
        <translation>
            <numerusform>%n appareil non scanné sera enregistré comme manquant.</numerusform>
            <numerusform>%n appareils non scannés seront enregistrés comme manquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every device expected here was found.</source>
        <translation>Tous les appareils attendus ici ont été trouvés.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) with their holder are not counted.</source>
        <translation>
            <numerusform>%n appareil chez son détenteur n’est pas compté.</numerusform>
            <numerusform>%n appareils chez leur détenteur ne sont pas comptés.</numerusform>
        </translation>
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
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Enregistrer le rapport d’inventaire</translation>
    </message>
</context>
</TS>
