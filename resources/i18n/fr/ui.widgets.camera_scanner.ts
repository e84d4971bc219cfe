<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CameraScanner</name>
    <message>
        <source>Start the &amp;camera</source>
        <translation>Démarrer la &amp;caméra</translation>
    </message>
    <message>
        <source>The camera cannot be used: the multimedia libraries are missing on this computer.</source>
        <translation>La caméra ne peut pas être utilisée : les bibliothèques multimédias manquent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No camera is connected. Scan with the keyboard scanner or open an image.</source>
        <translation>Aucune caméra n’est branchée. Scannez avec la douchette ou ouvrez une image.</translation>
    </message>
    <message>
        <source>Hold a label in front of the camera.</source>
        <translation>Présentez une étiquette devant la caméra.</translation>
    </message>
    <message>
        <source>Stop the &amp;camera</source>
        <translation>Arrêter la &amp;caméra</translation>
    </message>
</context>
</TS>
