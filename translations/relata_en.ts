<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Move %n model(s)</source>
        <translation>
            <numerusform>Move %n model</numerusform>
            <numerusform>Move %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::ui::DdlPreviewDock</name>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) for this database</source>
        <translation>
            <numerusform>%1, %n warning for this database</numerusform>
            <numerusform>%1, %n warnings for this database</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::ui::DiagramView</name>
    <message numerus="yes">
        <source>Delete %n association(s)</source>
        <translation>
            <numerusform>Delete %n association</numerusform>
            <numerusform>Delete %n associations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n model(s)</source>
        <translation>
            <numerusform>Delete %n model</numerusform>
            <numerusform>Delete %n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n model(s)</source>
        <translation>
            <numerusform>Paste %n model</numerusform>
            <numerusform>Paste %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n table(s) read from %1.</source>
        <translation>
            <numerusform>%n table read from %1.</numerusform>
            <numerusform>%n tables read from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n association(s)</source>
        <translation>
            <numerusform>%n association</numerusform>
            <numerusform>%n associations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n model(s) from %1</source>
        <translation>
            <numerusform>Imported %n model from %1</numerusform>
            <numerusform>Imported %n models from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::ui::ModelInspector</name>
    <message numerus="yes">
        <source>Remove attribute %1 of %2</source>
        <translation>
            <numerusform>Remove attribute %1 of %2</numerusform>
            <numerusform>Remove attributes %1 of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::ui::SyncDialog</name>
    <message numerus="yes">
        <source>%n step(s) for %1</source>
        <translation>
            <numerusform>%n step for %1</numerusform>
            <numerusform>%n steps for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lose(s) data</source>
        <translation>
            <numerusform>%n loses data</numerusform>
            <numerusform>%n lose data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot run on the data as it is</source>
        <translation>
            <numerusform>%n cannot run on the data as it is</numerusform>
            <numerusform>%n cannot run on the data as it is</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of this plan would lose data (marked &quot;data loss&quot;): check &quot;Allow data loss&quot; to apply them.</source>
        <translation>
            <numerusform>%n step of this plan would lose data (marked &quot;data loss&quot;): check &quot;Allow data loss&quot; to apply it.</numerusform>
            <numerusform>%n steps of this plan would lose data (marked &quot;data loss&quot;): check &quot;Allow data loss&quot; to apply them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of this plan lose data. Continue?</source>
        <translation>
            <numerusform>%n step of this plan loses data. Continue?</numerusform>
            <numerusform>%n steps of this plan lose data. Continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) applied</source>
        <translation>
            <numerusform>%1 of %n step applied</numerusform>
            <numerusform>%1 of %n steps applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: a new comparison still finds %n step(s).</source>
        <translation>
            <numerusform>Note: a new comparison still finds %n step.</numerusform>
            <numerusform>Note: a new comparison still finds %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n step(s).</source>
        <translation>
            <numerusform>Applied %n step.</numerusform>
            <numerusform>Applied %n steps.</numerusform>
        </translation>
    </message>
</context>
</TS>
