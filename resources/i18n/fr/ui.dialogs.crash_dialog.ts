<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Klara Assets: unexpected error</source>
        <translation>Klara Assets : erreur inattendue</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Les détails ont été enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Something went wrong that Klara Assets did not expect. Your data is safe: the unfinished change was not saved.</source>
        <translation>Un problème inattendu est survenu. Vos données sont intactes : la modification en cours n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
</TS>
