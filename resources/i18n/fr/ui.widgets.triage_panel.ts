<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>TriagePanel</name>
    <message>
        <source>A damaged device still in our hands exposes no data.</source>
        <translation>Un appareil endommagé resté entre nos mains n’expose aucune donnée.</translation>
    </message>
    <message>
        <source>The device holds no personal data.</source>
        <translation>L’appareil ne contient aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>A compromised device exposes its data whatever its disk encryption.</source>
        <translation>Un appareil compromis expose ses données, quel que soit le chiffrement du disque.</translation>
    </message>
    <message>
        <source>The device was encrypted: its data is unreadable to whoever holds it.</source>
        <translation>L’appareil était chiffré : ses données sont illisibles pour qui le détient.</translation>
    </message>
    <message>
        <source>The device was only partly encrypted: its unencrypted part may hold personal data, so the CNIL must be told within 72 hours.</source>
        <translation>L’appareil n’était que partiellement chiffré&#xa0;: sa partie non chiffrée peut contenir des données personnelles, la CNIL doit donc être notifiée sous 72 heures.</translation>
    </message>
    <message>
        <source>The device was not encrypted and may hold personal data: the CNIL must be told within 72 hours.</source>
        <translation>L’appareil n’était pas chiffré et peut contenir des données personnelles : la CNIL doit être notifiée dans les 72 heures.</translation>
    </message>
    <message>
        <source>&amp;Notify the security officer…</source>
        <translation>&amp;Prévenir le responsable sécurité…</translation>
    </message>
    <message>
        <source>Opens your e-mail program with the incident filled in</source>
        <translation>Ouvre votre messagerie avec l’incident déjà rempli</translation>
    </message>
    <message>
        <source>Save the incident &amp;report (PDF)…</source>
        <translation>Enregistrer le &amp;rapport d’incident (PDF)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>CNIL notified on %1</source>
        <translation>CNIL notifiée le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No notification deadline.</source>
        <translation>Aucune échéance de notification.</translation>
    </message>
    <message>
        <source>The 72-hour deadline was %1; the CNIL was notified on %2.</source>
        <translation>Le délai de 72 heures expirait le %1&#xa0;; la CNIL a été notifiée le %2.</translation>
    </message>
    <message>
        <source>Deadline was %1 (settled: the CNIL was notified or the incident is closed).</source>
        <translation>L’échéance était le %1 (réglé : la CNIL a été notifiée ou l’incident est clos).</translation>
    </message>
    <message>
        <source>Notify the CNIL by %1 — %2.</source>
        <translation>Notifier la CNIL avant le %1 — %2.</translation>
    </message>
    <message>
        <source>Save the incident report</source>
        <translation>Enregistrer le rapport d’incident</translation>
    </message>
</context>
</TS>
