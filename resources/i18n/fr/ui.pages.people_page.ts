<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search by name, e-mail, department or employee number</source>
        <translation>Rechercher par nom, e-mail, service ou matricule</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En poste</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Left, devices to collect</source>
        <translation>Départs, appareils à récupérer</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Record &amp;departure…</source>
        <translation>Enregistrer le &amp;départ…</translation>
    </message>
    <message>
        <source>Check &amp;out devices…</source>
        <translation>&amp;Attribuer des appareils…</translation>
    </message>
    <message>
        <source>Check &amp;in the device…</source>
        <translation>&amp;Restituer l’appareil…</translation>
    </message>
    <message>
        <source>No one yet. Add the staff who receive devices, or import them from a spreadsheet.</source>
        <translation>Personne pour l’instant. Ajoutez les salariés qui reçoivent des appareils, ou importez-les depuis un tableur.</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Ajouter une personne (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected person (Ctrl+E)</source>
        <translation>Modifier la personne sélectionnée (Ctrl+E)</translation>
    </message>
    <message>
        <source>Record that the selected person has left (Ctrl+D)</source>
        <translation>Enregistrer le départ de la personne sélectionnée (Ctrl+D)</translation>
    </message>
    <message>
        <source>Hand devices over to the selected person, with a receipt</source>
        <translation>Remettre des appareils à la personne sélectionnée, avec un reçu</translation>
    </message>
    <message>
        <source>Take back the device selected in the person&apos;s list, with a receipt</source>
        <translation>Reprendre l’appareil sélectionné dans sa liste, avec un reçu</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) shown</source>
        <translation>
            <numerusform>%n personne affichée</numerusform>
            <numerusform>%n personnes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>This person has left: nothing can be checked out to them.</source>
        <translation>Cette personne est partie&#xa0;: rien ne peut lui être attribué.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has left. Collect %n device(s):</source>
        <translation>
            <numerusform>Départ de %1 enregistré. %n appareil à récupérer :</numerusform>
            <numerusform>Départ de %1 enregistré. %n appareils à récupérer :</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices to collect</source>
        <translation>Appareils à récupérer</translation>
    </message>
    <message>
        <source>%1 has left and holds no device.</source>
        <translation>Départ de %1 enregistré : aucun appareil à récupérer.</translation>
    </message>
    <message>
        <source>Departure recorded</source>
        <translation>Départ enregistré</translation>
    </message>
</context>
</TS>
