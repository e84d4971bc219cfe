<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DataActions</name>
    <message numerus="yes">
        <source>The backup %1 holds %n device(s) (%2 MB).</source>
        <translation>
            <numerusform>The backup %1 holds %n device (%2 MB).</numerusform>
            <numerusform>The backup %1 holds %n devices (%2 MB).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) restored. The previous database was kept as %1.</source>
        <translation>
            <numerusform>%n device restored. The previous database was kept as %1.</numerusform>
            <numerusform>%n devices restored. The previous database was kept as %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
