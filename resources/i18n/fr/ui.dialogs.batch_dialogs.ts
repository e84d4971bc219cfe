<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddDevicesDialog</name>
    <message>
        <source>Add devices to %1</source>
        <translation>Ajouter des appareils au lot %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Devices routed to %1 and in no batch yet:</source>
        <translation>Appareils orientés (%1) et encore dans aucun lot :</translation>
    </message>
    <message>
        <source>No device waits for this kind of batch: route retired devices first.</source>
        <translation>Aucun appareil n’attend ce type de lot : orientez d’abord des appareils retirés du service.</translation>
    </message>
</context>
<context>
    <name>AddToBatchDialog</name>
    <message numerus="yes">
        <source>Add %n device(s) to a batch</source>
        <translation>
            <numerusform>Ajouter %n appareil à un lot</numerusform>
            <numerusform>Ajouter %n appareils à un lot</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Open batch</source>
        <translation>&amp;Lot ouvert</translation>
    </message>
    <message>
        <source>No open batch of this kind: create one on the Batches page.</source>
        <translation>Aucun lot ouvert de ce type : créez-en un dans la page Lots.</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New batch</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>&amp;Eco-organisme</source>
        <translation>&amp;Éco-organisme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add a refurbisher or a recycler on the Partners page first.</source>
        <translation>Ajoutez d’abord un reconditionneur ou un recycleur dans la page Partenaires.</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <source>Ship %1</source>
        <translation>Expédier le lot %1</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>&amp;Expédier</translation>
    </message>
    <message>
        <source>BSD or Trackdéchets number</source>
        <translation>Numéro de BSD ou Trackdéchets</translation>
    </message>
    <message>
        <source>&amp;Pickup date</source>
        <translation>Date d’&amp;enlèvement</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Transporteur</translation>
    </message>
    <message>
        <source>&amp;Tracking reference</source>
        <translation>&amp;Référence de suivi</translation>
    </message>
    <message>
        <source>&amp;Waste code</source>
        <translation>Code &amp;déchet</translation>
    </message>
</context>
</TS>
