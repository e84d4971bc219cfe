<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>IdentityBanner</name>
    <message>
        <source>legal name</source>
        <translation>raison sociale</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>security officer&apos;s e-mail</source>
        <translation>e-mail du responsable sécurité</translation>
    </message>
    <message>
        <source>DPO&apos;s e-mail</source>
        <translation>e-mail du DPO</translation>
    </message>
    <message>
        <source>Complete in Settings</source>
        <translation>Compléter dans les Réglages</translation>
    </message>
    <message>
        <source>The organisation&apos;s identity is incomplete (%1): receipts, certificates and reports need it.</source>
        <translation>L’identité de l’organisation est incomplète (%1)&#xa0;: les reçus, les certificats et les rapports en ont besoin.</translation>
    </message>
</context>
</TS>
