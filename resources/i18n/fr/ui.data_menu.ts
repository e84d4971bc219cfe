<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Klara Assets backup (*.sqlite3 *.db *.sqlite)</source>
        <translation>Sauvegarde Klara Assets (*.sqlite3 *.db *.sqlite)</translation>
    </message>
    <message>
        <source>Back up a shared database</source>
        <translation>Sauvegarder une base partagée</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message numerus="yes">
        <source>The backup %1 holds %n device(s) (%2 MB).</source>
        <translation>
            <numerusform>La sauvegarde %1 contient %n appareil (%2 Mo).</numerusform>
            <numerusform>La sauvegarde %1 contient %n appareils (%2 Mo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde enregistrée</translation>
    </message>
    <message>
        <source>This database lives on a PostgreSQL server: back it up with PostgreSQL&apos;s own tools, for example

pg_dump --format=custom --file=klara.dump DATABASE

and restore it with pg_restore --clean --dbname=DATABASE klara.dump. The server&apos;s administrator usually runs such dumps every night.</source>
        <translation>Cette base de données se trouve sur un serveur PostgreSQL : sauvegardez-la avec les outils de PostgreSQL, par exemple

pg_dump --format=custom --file=klara.dump BASE

et restaurez-la avec pg_restore --clean --dbname=BASE klara.dump. L’administrateur du serveur programme en général ces sauvegardes chaque nuit.</translation>
    </message>
    <message>
        <source>Restore a shared database</source>
        <translation>Restaurer une base partagée</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace everything in this database by the content of %1? The backup is checked first, and a copy of the current database is kept beside it.</source>
        <translation>Remplacer tout le contenu de cette base par celui de %1 ? La sauvegarde est d’abord vérifiée, et une copie de la base actuelle est conservée à côté.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>(none: there was no database yet)</source>
        <translation>(aucune : il n’y avait pas encore de base)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) restored. The previous database was kept as %1.</source>
        <translation>
            <numerusform>%n appareil restauré. L’ancienne base est conservée sous %1.</numerusform>
            <numerusform>%n appareils restaurés. L’ancienne base est conservée sous %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The window now reopens.</source>
        <translation>La fenêtre va maintenant se rouvrir.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Close and start Klara Assets again to see the restored data.</source>
        <translation>Fermez puis relancez Klara Assets pour voir les données restaurées.</translation>
    </message>
</context>
<context>
    <name>data_menu</name>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Sauvegarde automatique enregistrée : %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
</context>
</TS>
