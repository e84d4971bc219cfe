<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>TodoPage</name>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Snooze until…</source>
        <translation>&amp;Reporter au…</translation>
    </message>
    <message>
        <source>Hide the selected item until the chosen day</source>
        <translation>Masquer l&apos;élément choisi jusqu&apos;au jour indiqué</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>urgency</comment>
        <translation>À traiter</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to do</source>
        <translation>
            <numerusform>%n élément à traiter</numerusform>
            <numerusform>%n éléments à traiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n urgent</numerusform>
            <numerusform>%n urgents</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>Rien à traiter aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>%1 held by %2: overdue since %3</source>
        <translation>%1 détenu par %2 : en retard depuis le %3</translation>
    </message>
    <message>
        <source>%1 held by %2: due back on %3</source>
        <translation>%1 détenu par %2 : à restituer le %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 left on %2 and still holds %n device(s)</source>
        <translation>
            <numerusform>%1 est parti(e) le %2 et détient encore %n appareil</numerusform>
            <numerusform>%1 est parti(e) le %2 et détient encore %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): the 72-hour deadline to notify the CNIL passed on %3</source>
        <translation>%1 (%2)&#xa0;: le délai de 72 heures pour notifier la CNIL est dépassé depuis le %3</translation>
    </message>
    <message>
        <source>%1 (%2): notify the CNIL before %3</source>
        <translation>%1 (%2)&#xa0;: notifier la CNIL avant le %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: the %2 certification expired on %3 while %n batch(es) are open</source>
        <translation>
            <numerusform>%1 : la certification %2 a expiré le %3 alors que %n lot est ouvert</numerusform>
            <numerusform>%1 : la certification %2 a expiré le %3 alors que %n lots sont ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the %2 certification is valid until %3</source>
        <translation>%1 : la certification %2 est valable jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>%1 %2: the warranty ends on %3</source>
        <translation>%1 %2 : la garantie prend fin le %3</translation>
    </message>
    <message>
        <source>%1: encryption last checked on %2 (the policy asks every %3 days)</source>
        <translation>%1 : chiffrement vérifié pour la dernière fois le %2 (la politique demande tous les %3 jours)</translation>
    </message>
    <message>
        <source>%1: never audited</source>
        <translation>%1 : jamais inventorié</translation>
    </message>
    <message>
        <source>%1: last audited on %2 (every %3 months)</source>
        <translation>%1 : dernier inventaire le %2 (tous les %3 mois)</translation>
    </message>
    <message>
        <source>%1 (%2): open since %3, not shipped yet</source>
        <translation>%1 (%2) : ouvert depuis le %3, pas encore expédié</translation>
    </message>
    <message>
        <source>%1 %2: in repair since %3</source>
        <translation>%1 %2 : en réparation depuis le %3</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Reporté au %1.</translation>
    </message>
    <message>
        <source>Klara Assets: urgent</source>
        <translation>Klara Assets : urgent</translation>
    </message>
    <message numerus="yes">
        <source>Klara Assets: %n urgent item(s)</source>
        <translation>
            <numerusform>Klara Assets : %n élément urgent</numerusform>
            <numerusform>Klara Assets : %n éléments urgents</numerusform>
        </translation>
    </message>
</context>
</TS>
