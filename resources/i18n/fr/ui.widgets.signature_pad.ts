<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>SigningSection</name>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Sign on &amp;screen (otherwise: print to sign and attach the scan later)</source>
        <translation>Signer à l&apos;é&amp;cran (sinon : imprimer pour signer et joindre la numérisation ensuite)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>The holder</source>
        <translation>Le détenteur</translation>
    </message>
    <message>
        <source>The IT representative</source>
        <translation>Le représentant informatique</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
</TS>
