<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ReceiptsList</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save a copy of the receipt as issued</source>
        <translation>Enregistrer une copie du reçu tel qu’il a été émis</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Attach &amp;scan…</source>
        <translation>Joindre le &amp;scan…</translation>
    </message>
    <message>
        <source>Attach the signed &amp;scan…</source>
        <translation>Joindre le &amp;scan signé…</translation>
    </message>
    <message>
        <source>Keep the scan of the receipt signed on paper next to it (PDF, PNG or JPEG); the receipt is unchanged</source>
        <translation>Conserver le scan du reçu signé sur papier à côté de celui-ci (PDF, PNG ou JPEG)&#xa0;; le reçu reste inchangé</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n reçu</numerusform>
            <numerusform>%n reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt.</source>
        <translation>Aucun reçu.</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <source>Signed on screen</source>
        <translation>Signé à l’écran</translation>
    </message>
    <message>
        <source>Not signed on screen</source>
        <translation>Non signé à l’écran</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>Attach the signed scan</source>
        <translation>Joindre le scan signé</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
</TS>
