<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>EnvironmentPage</name>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>Embodied emissions of the active fleet</source>
        <translation>Émissions intrinsèques du parc actif</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>End of life during the year</source>
        <translation>Fins de vie de l’année</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>appareils</translation>
    </message>
    <message>
        <source>kg CO2e embodied in the active fleet</source>
        <translation>kg CO2e intrinsèques du parc actif</translation>
    </message>
    <message>
        <source>Average age against expected lifetime</source>
        <translation>Âge moyen et durée de vie prévue</translation>
    </message>
    <message>
        <source>Devices given a second life</source>
        <translation>Appareils ayant une seconde vie</translation>
    </message>
    <message>
        <source>Refurbishment and reuse rate</source>
        <translation>Taux de reconditionnement et de réemploi</translation>
    </message>
    <message>
        <source>kg CO2e avoided by reuse</source>
        <translation>kg CO2e évités par le réemploi</translation>
    </message>
    <message>
        <source>kg of electrical waste (WEEE) sent to recycling</source>
        <translation>kg de DEEE envoyés au recyclage</translation>
    </message>
    <message>
        <source>figures as of %1</source>
        <translation>chiffres au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n active device(s)</source>
        <translation>
            <numerusform>%n appareil actif</numerusform>
            <numerusform>%n appareils actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 years</source>
        <translation>%1 / %2 ans</translation>
    </message>
    <message numerus="yes">
        <source>of %n device(s) at end of life</source>
        <translation>
            <numerusform>sur %n appareil en fin de vie</numerusform>
            <numerusform>sur %n appareils en fin de vie</numerusform>
        </translation>
    </message>
    <message>
        <source>Second life</source>
        <translation>Seconde vie</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>Recyclés</translation>
    </message>
    <message>
        <source>Save the environmental report</source>
        <translation>Enregistrer le rapport environnemental</translation>
    </message>
</context>
</TS>
