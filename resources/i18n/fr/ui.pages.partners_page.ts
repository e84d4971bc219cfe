<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PartnersPage</name>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>Select a partner to see its certifications.</source>
        <translation>Sélectionnez un partenaire pour voir ses certifications.</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Ajouter un partenaire…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Add &amp;certification…</source>
        <translation>Ajouter une &amp;certification…</translation>
    </message>
    <message>
        <source>&amp;Remove certification</source>
        <translation>&amp;Supprimer la certification</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner yet: add your refurbishers and recyclers.</source>
        <translation>Aucun partenaire pour l’instant : ajoutez vos reconditionneurs et recycleurs.</translation>
    </message>
    <message>
        <source>%1 has no certification recorded.</source>
        <translation>Aucune certification enregistrée pour %1.</translation>
    </message>
    <message>
        <source>Certifications of %1</source>
        <translation>Certifications de %1</translation>
    </message>
    <message>
        <source>Remove the %1 certification %2 from %3?</source>
        <translation>Supprimer la certification %1 n° %2 de %3 ?</translation>
    </message>
    <message>
        <source>Remove certification</source>
        <translation>Supprimer la certification</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
</TS>
