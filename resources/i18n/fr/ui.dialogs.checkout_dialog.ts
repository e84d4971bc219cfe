<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Check out</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Type a name or an e-mail address</source>
        <translation>Saisissez un nom ou une adresse e-mail</translation>
    </message>
    <message>
        <source>For a loan: the day the device must come back. Leave empty otherwise.</source>
        <translation>Pour un prêt : le jour où l’appareil doit revenir. Sinon, laissez vide.</translation>
    </message>
    <message>
        <source>Save the handover receipt (PDF) afterwards</source>
        <translation>Enregistrer ensuite le reçu de remise (PDF)</translation>
    </message>
    <message>
        <source>&amp;Check out</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <source>Who decided the override, and why</source>
        <translation>Qui a décidé la dérogation, et pourquoi</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>&amp;Motif de la dérogation</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Due back</source>
        <translation>&amp;Retour prévu le</translation>
    </message>
    <message>
        <source>%1 — %2 %3 (%4)</source>
        <translation>%1 — %2 %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>Encryption policy: %n device(s) must be encrypted before check-out but are not:</source>
        <translation>
            <numerusform>Politique de chiffrement : %n appareil doit être chiffré avant d’être attribué, mais ne l’est pas :</numerusform>
            <numerusform>Politique de chiffrement : %n appareils doivent être chiffrés avant d’être attribués, mais ne le sont pas :</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation>• %1 (%2) : %3</translation>
    </message>
    <message>
        <source>to re-check</source>
        <translation>à revérifier</translation>
    </message>
    <message>
        <source>Handing them over anyway needs a manager override: give its reason, it is kept in the log.</source>
        <translation>Les remettre quand même demande une dérogation d’un responsable : indiquez-en le motif, il est conservé dans le journal.</translation>
    </message>
    <message>
        <source>Save the handover receipt</source>
        <translation>Enregistrer le reçu de remise</translation>
    </message>
</context>
</TS>
