<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<!-- Dutch as the Netherlands writes it, where it differs from the Belgian default
     (leercoach_nl.ts): only these messages; every other one is read from leercoach_nl.
     Kept by hand; the translations check fails when one is no longer in the code. -->
<context>
    <name>ActionDialog</name>
    <message>
        <source>&amp;By when</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
</context>
<context>
    <name>ActionReviewRow</name>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · uiterlijk %2</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>By when</source>
        <translation>Uiterlijk op</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>By when?</source>
        <translation>Wanneer uiterlijk?</translation>
    </message>
</context>
</TS>
