<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>RouteDialog</name>
    <message>
        <source>Route %1</source>
        <translation>Orienter %1</translation>
    </message>
    <message numerus="yes">
        <source>Route %n device(s)</source>
        <translation>
            <numerusform>Orienter %n appareil</numerusform>
            <numerusform>Orienter %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Orienter</translation>
    </message>
    <message>
        <source>Weighing the device…</source>
        <translation>Évaluation de l’appareil…</translation>
    </message>
    <message>
        <source>Re&amp;furbish (second life)</source>
        <translation>Re&amp;conditionner (seconde vie)</translation>
    </message>
    <message>
        <source>Re&amp;cycle</source>
        <translation>R&amp;ecycler</translation>
    </message>
    <message>
        <source>required only to go against the advice</source>
        <translation>obligatoire uniquement pour aller contre la recommandation</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>The advice is to refurbish.</source>
        <translation>Recommandation : reconditionner.</translation>
    </message>
    <message>
        <source>The advice is to recycle.</source>
        <translation>Recommandation : recycler.</translation>
    </message>
    <message>
        <source>%1 (for %2; each device is checked against its own advice)</source>
        <translation>%1 (pour %2&#x202f;; chaque appareil est vérifié selon son propre conseil)</translation>
    </message>
</context>
<context>
    <name>route</name>
    <message>
        <source>Purchase date unknown: its age cannot be weighed.</source>
        <translation>Date d’achat inconnue : l’âge de l’appareil ne peut pas être pris en compte.</translation>
    </message>
    <message>
        <source>%1 years old, within its %2-year lifetime.</source>
        <translation>%1 ans, dans sa durée de vie de %2 ans.</translation>
    </message>
    <message>
        <source>%1 years old, past its %2-year lifetime.</source>
        <translation>%1 ans, au-delà de sa durée de vie de %2 ans.</translation>
    </message>
    <message>
        <source>%1 years old, far past its %2-year lifetime.</source>
        <translation>%1 ans, bien au-delà de sa durée de vie de %2 ans.</translation>
    </message>
    <message>
        <source>In good condition: fit for a second life.</source>
        <translation>En bon état : apte à une seconde vie.</translation>
    </message>
    <message>
        <source>In fair condition: fit for a second life after light repairs.</source>
        <translation>En état correct : apte à une seconde vie après de petites réparations.</translation>
    </message>
    <message>
        <source>In poor condition: needs repairs before any reuse.</source>
        <translation>En état médiocre : à réparer avant tout réemploi.</translation>
    </message>
    <message>
        <source>Broken: not worth repairing for reuse.</source>
        <translation>Hors service : une réparation en vue d’un réemploi n’en vaut pas la peine.</translation>
    </message>
    <message>
        <source>No storage: no data to erase.</source>
        <translation>Sans stockage : aucune donnée à effacer.</translation>
    </message>
    <message>
        <source>Sanitized by Clear or Purge: the device can be reused.</source>
        <translation>Données effacées (Effacement ou Purge) : l’appareil peut être réemployé.</translation>
    </message>
    <message>
        <source>Media destroyed during sanitization: refurbishment is impossible.</source>
        <translation>Support détruit lors de l’effacement des données : reconditionnement impossible.</translation>
    </message>
    <message>
        <source>No passed sanitization yet: record the device&apos;s sanitization before routing it.</source>
        <translation>Aucun effacement des données réussi pour l’instant : enregistrez l’effacement avant d’orienter l’appareil.</translation>
    </message>
</context>
</TS>
