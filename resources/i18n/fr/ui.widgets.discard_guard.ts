<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard this form?</source>
        <translation>Abandonner ce formulaire&#x202f;?</translation>
    </message>
    <message>
        <source>What you typed in this form is not saved. Discard it?</source>
        <translation>Ce que vous avez saisi dans ce formulaire n’est pas enregistré. L’abandonner&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
</context>
</TS>
