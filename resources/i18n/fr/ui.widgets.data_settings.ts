<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DataSettingsGroup</name>
    <message>
        <source>Backups and environmental report</source>
        <translation>Sauvegardes et rapport environnemental</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>Weight
(kg)</source>
        <translation>Poids
(kg)</translation>
    </message>
    <message>
        <source>Lifetime
(years)</source>
        <translation>Durée de vie
(ans)</translation>
    </message>
    <message>
        <source>Share avoided
by reuse</source>
        <translation>Part évitée
par le réemploi</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept:</source>
        <translation>Sauvegardes automatiques &amp;conservées :</translation>
    </message>
    <message>
        <source>Emission factors per device (bold: set by the organisation)</source>
        <translation>Facteurs d’émission par appareil (en gras : fixés par l’organisation)</translation>
    </message>
    <message>
        <source>Embodied emissions (manufacture, transport, end of life), default weight, lifetime, and the share of a new device&apos;s footprint a reused one spares (0 to 1). Clear a cell to go back to the published value.</source>
        <translation>Émissions intrinsèques (fabrication, transport, fin de vie), poids par défaut, durée de vie, et part de l’empreinte d’un appareil neuf qu’épargne un appareil réemployé (de 0 à 1). Videz une cellule pour revenir à la valeur publiée.</translation>
    </message>
</context>
</TS>
