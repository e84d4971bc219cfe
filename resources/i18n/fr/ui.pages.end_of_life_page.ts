<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>EndOfLifePage</name>
    <message>
        <source>All on their way out</source>
        <translation>Tous les appareils en fin de vie</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Retirer du service…</translation>
    </message>
    <message>
        <source>&amp;Unretire…</source>
        <translation>Remettre en &amp;service…</translation>
    </message>
    <message>
        <source>Record &amp;sanitization…</source>
        <translation>Enregistrer l’&amp;effacement des données…</translation>
    </message>
    <message>
        <source>Rou&amp;te…</source>
        <translation>&amp;Orienter…</translation>
    </message>
    <message>
        <source>Add to &amp;batch…</source>
        <translation>Ajouter à un &amp;lot…</translation>
    </message>
    <message>
        <source>Sanitization &amp;certificate…</source>
        <translation>&amp;Certificat d’effacement…</translation>
    </message>
    <message>
        <source>&amp;Give to an employee…</source>
        <translation>&amp;Donner à un salarié…</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>Fin de vie</translation>
    </message>
    <message>
        <source>No device is past its lifetime or worn out.</source>
        <translation>Aucun appareil n’a dépassé sa durée de vie ni n’est usé.</translation>
    </message>
    <message numerus="yes">
        <source>Candidates: %n device(s), the oldest %1 shown</source>
        <translation>
            <numerusform>Candidats : %n appareil, les %1 plus anciens affichés</numerusform>
            <numerusform>Candidats : %n appareils, les %1 plus anciens affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Candidates: %n device(s) past their lifetime or worn out</source>
        <translation>
            <numerusform>Candidats : %n appareil en fin de durée de vie ou usé</numerusform>
            <numerusform>Candidats : %n appareils en fin de durée de vie ou usés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On their way out: %n device(s)</source>
        <translation>
            <numerusform>En cours de sortie : %n appareil</numerusform>
            <numerusform>En cours de sortie : %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>No retired or routed device.</source>
        <translation>Aucun appareil retiré du service ou orienté.</translation>
    </message>
    <message>
        <source>Select the device in the list of devices on their way out.</source>
        <translation>Sélectionnez l’appareil dans la liste des appareils en fin de vie.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1 is held by %2: it must be checked in before it is retired. Check it in now?</source>
        <translation>%1 est détenu par %2&#xa0;: il doit être restitué avant d’être retiré du service. Le restituer maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer du service</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>&amp;Restituer…</translation>
    </message>
</context>
</TS>
