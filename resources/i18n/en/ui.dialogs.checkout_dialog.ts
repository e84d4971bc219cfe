<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckoutDialog</name>
    <message numerus="yes">
        <source>Encryption policy: %n device(s) must be encrypted before check-out but are not:</source>
        <translation>
            <numerusform>Encryption policy: %n device must be encrypted before check-out but is not:</numerusform>
            <numerusform>Encryption policy: %n devices must be encrypted before check-out but are not:</numerusform>
        </translation>
    </message>
</context>
</TS>
