<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan a label or type a tag, a serial number or an IMEI, then Enter</source>
        <translation>Scannez ou saisissez un n° d’inventaire, de série ou un IMEI</translation>
    </message>
    <message>
        <source>Open an &amp;image…</source>
        <translation>Ouvrir une &amp;image…</translation>
    </message>
    <message>
        <source>Scan station</source>
        <translation>Poste de scan</translation>
    </message>
    <message>
        <source>Scans of this session</source>
        <translation>Scans de cette session</translation>
    </message>
    <message>
        <source>Certificate %1: %2</source>
        <translation>Certificat %1 : %2</translation>
    </message>
    <message>
        <source>No asset matches</source>
        <translation>Aucun appareil ne correspond</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>No code was found in this image.</source>
        <translation>Aucun code n’a été trouvé dans cette image.</translation>
    </message>
</context>
</TS>
