<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>QObject</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Relata diagram</source>
            <translation>Relata-Diagramm</translation>
        </message>
        <message>
            <source>Could not render the diagram as SVG</source>
            <translation>Das Diagramm konnte nicht als SVG gezeichnet werden</translation>
        </message>
        <message>
            <source>The diagram is too large for an image at scale %1</source>
            <translation>Das Diagramm ist für ein Bild im Maßstab %1 zu groß</translation>
        </message>
        <message>
            <source>Could not encode the diagram as PNG</source>
            <translation>Das Diagramm konnte nicht als PNG kodiert werden</translation>
        </message>
        <message>
            <source>join table</source>
            <translation>Verknüpfungstabelle</translation>
        </message>
        <message>
            <source>join table %1</source>
            <translation>Verknüpfungstabelle %1</translation>
        </message>
        <message>
            <source>%1 · join model</source>
            <translation>%1 · Verknüpfungsmodell</translation>
        </message>
        <message>
            <source>%1: %2 (not resolved: an error stopped Sequelize)</source>
            <translation>%1: %2 (nicht aufgelöst: ein Fehler hat Sequelize gestoppt)</translation>
        </message>
        <message>
            <source>not resolved</source>
            <translation>nicht aufgelöst</translation>
        </message>
        <message>
            <source>%1: join table created by belongsToMany's through (not a model of the document)</source>
            <translation>%1: Verknüpfungstabelle, angelegt durch through von belongsToMany (kein Modell des Dokuments)</translation>
        </message>
        <message>
            <source>%1 (table %2)
Drag the handle on the right onto a model to add an association</source>
            <translation>%1 (Tabelle %2)
Ziehen Sie den Griff rechts auf ein Modell, um eine Assoziation hinzuzufügen</translation>
        </message>
        <message>
            <source>Drag onto a model (or this one) to add an association</source>
            <translation>Auf ein Modell (oder dieses) ziehen, um eine Assoziation hinzuzufügen</translation>
        </message>
        <message numerus="yes">
            <source>Move %n model(s)</source>
            <translation>
                <numerusform>%n Modell verschieben</numerusform>
                <numerusform>%n Modelle verschieben</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>relata::ui::Canvas</name>
        <message>
            <source>Implicit primary key added by Sequelize</source>
            <translation>Impliziter Primärschlüssel, von Sequelize hinzugefügt</translation>
        </message>
        <message>
            <source>Timestamp added by paranoid: true</source>
            <translation>Zeitstempel, hinzugefügt durch paranoid: true</translation>
        </message>
        <message>
            <source>Timestamp added by timestamps: true</source>
            <translation>Zeitstempel, hinzugefügt durch timestamps: true</translation>
        </message>
        <message>
            <source>Foreign key added by:</source>
            <translation>Fremdschlüssel, hinzugefügt von:</translation>
        </message>
        <message>
            <source>Join-table key added by:</source>
            <translation>Schlüssel der Verknüpfungstabelle, hinzugefügt von:</translation>
        </message>
        <message>
            <source>Used by:</source>
            <translation>Verwendet von:</translation>
        </message>
        <message>
            <source>primary key</source>
            <translation>Primärschlüssel</translation>
        </message>
        <message>
            <source>auto-increment</source>
            <translation>Autoinkrement</translation>
        </message>
        <message>
            <source>unique</source>
            <translation>eindeutig</translation>
        </message>
        <message>
            <source>unique (%1)</source>
            <translation>eindeutig (%1)</translation>
        </message>
        <message>
            <source>not null</source>
            <translation>nicht NULL</translation>
        </message>
        <message>
            <source>references %1(%2)</source>
            <translation>verweist auf %1(%2)</translation>
        </message>
        <message>
            <source>Table created by belongsToMany's through</source>
            <translation>Tabelle, angelegt durch through von belongsToMany</translation>
        </message>
        <message>
            <source>Not resolved (an earlier error stopped Sequelize)</source>
            <translation>Nicht aufgelöst (ein früherer Fehler hat Sequelize gestoppt)</translation>
        </message>
        <message>
            <source>Foreign key %1.%2 → %3.%4</source>
            <translation>Fremdschlüssel %1.%2 → %3.%4</translation>
        </message>
        <message>
            <source>Through %1: %2 → %3, %4 → %5</source>
            <translation>Über %1: %2 → %3, %4 → %5</translation>
        </message>
        <message>
            <source>constraints: false (no database foreign key)</source>
            <translation>constraints: false (kein Fremdschlüssel in der Datenbank)</translation>
        </message>
        <message>
            <source>Accessed as %1</source>
            <translation>Zugriff als %1</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::AccessorsDock</name>
        <message>
            <source>Accessors</source>
            <translation>Zugriffsmethoden</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Datenbank:</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Assoziation</translation>
        </message>
        <message>
            <source>Select a model to see the methods its associations add.</source>
            <translation>Wählen Sie ein Modell, um die Methoden zu sehen, die seine Assoziationen hinzufügen.</translation>
        </message>
        <message>
            <source>%1: not built (the design has an error before it).</source>
            <translation>%1: nicht gebaut (der Entwurf hat davor einen Fehler).</translation>
        </message>
        <message>
            <source>%1: no association adds methods to this model.</source>
            <translation>%1: keine Assoziation fügt diesem Modell Methoden hinzu.</translation>
        </message>
        <message>
            <source>Methods on %1 instances</source>
            <translation>Methoden auf %1-Instanzen</translation>
        </message>
        <message>
            <source>Not installed by Sequelize (the name is taken).</source>
            <translation>Von Sequelize nicht angelegt (der Name ist vergeben).</translation>
        </message>
        <message>
            <source>(not installed: the name is taken)</source>
            <translation>(nicht angelegt: der Name ist vergeben)</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::AssociationInspector</name>
        <message>
            <source>Association</source>
            <translation>Assoziation</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Join model (belongsToMany)</source>
            <translation>Verknüpfungsmodell (belongsToMany)</translation>
        </message>
        <message>
            <source>scope (association scope)</source>
            <translation>scope (Gültigkeitsbereich der Assoziation)</translation>
        </message>
        <message>
            <source>Foreign key constraint</source>
            <translation>Fremdschlüssel-Constraint</translation>
        </message>
        <message>
            <source>What Sequelize builds</source>
            <translation>Was Sequelize baut</translation>
        </message>
        <message>
            <source>The association method: source.belongsTo(target), hasOne, hasMany or belongsToMany.</source>
            <translation>Die Assoziationsmethode: source.belongsTo(target), hasOne, hasMany oder belongsToMany.</translation>
        </message>
        <message>
            <source>The model the method is called on.</source>
            <translation>Das Modell, auf dem die Methode aufgerufen wird.</translation>
        </message>
        <message>
            <source>The model passed to the method.</source>
            <translation>Das Modell, das der Methode übergeben wird.</translation>
        </message>
        <message>
            <source>as: the alias (Model.associations key and accessor names). Empty: the target's name.</source>
            <translation>as: der Alias (Schlüssel in Model.associations und Namen der Zugriffsmethoden). Leer: der Name des Ziels.</translation>
        </message>
        <message>
            <source>Give singular and plural separately</source>
            <translation>Singular und Plural getrennt angeben</translation>
        </message>
        <message>
            <source>as: {singular, plural} instead of a string.</source>
            <translation>as: {singular, plural} statt einer Zeichenkette.</translation>
        </message>
        <message>
            <source>as.singular</source>
            <translation>as.singular</translation>
        </message>
        <message>
            <source>as.plural</source>
            <translation>as.plural</translation>
        </message>
        <message>
            <source>foreignKey: the name of the foreign key attribute. Empty: Sequelize's default (shown grey).</source>
            <translation>foreignKey: der Name des Fremdschlüsselattributs. Leer: der Standard von Sequelize (grau angezeigt).</translation>
        </message>
        <message>
            <source>allowNull: default</source>
            <translation>allowNull: Standard</translation>
        </message>
        <message>
            <source>allowNull: yes</source>
            <translation>allowNull: ja</translation>
        </message>
        <message>
            <source>allowNull: no</source>
            <translation>allowNull: nein</translation>
        </message>
        <message>
            <source>foreignKey.allowNull (makes foreignKey an object).</source>
            <translation>foreignKey.allowNull (macht foreignKey zu einem Objekt).</translation>
        </message>
        <message>
            <source>field (column name)</source>
            <translation>field (Spaltenname)</translation>
        </message>
        <message>
            <source>foreignKey.field: the column name, when it differs from the attribute name.</source>
            <translation>foreignKey.field: der Spaltenname, wenn er vom Attributnamen abweicht.</translation>
        </message>
        <message>
            <source>sourceKey: the source attribute the foreign key points at (hasOne, hasMany, belongsToMany).</source>
            <translation>sourceKey: das Attribut der Quelle, auf das der Fremdschlüssel zeigt (hasOne, hasMany, belongsToMany).</translation>
        </message>
        <message>
            <source>targetKey: the target attribute the foreign key points at (belongsTo, belongsToMany).</source>
            <translation>targetKey: das Attribut des Ziels, auf das der Fremdschlüssel zeigt (belongsTo, belongsToMany).</translation>
        </message>
        <message>
            <source>otherKey: the join model's key that points at the target (belongsToMany).</source>
            <translation>otherKey: der Schlüssel des Verknüpfungsmodells, der auf das Ziel zeigt (belongsToMany).</translation>
        </message>
        <message>
            <source>through: a model of the design, or a table name for a join model Sequelize creates.</source>
            <translation>through: ein Modell des Entwurfs oder ein Tabellenname für ein Verknüpfungsmodell, das Sequelize anlegt.</translation>
        </message>
        <message>
            <source>Default (unique key on both keys)</source>
            <translation>Standard (eindeutiger Schlüssel über beide Schlüssel)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>through.unique</source>
            <translation>through.unique</translation>
        </message>
        <message>
            <source>uniqueKey: the name of the join table's unique key.</source>
            <translation>uniqueKey: der Name des eindeutigen Schlüssels der Verknüpfungstabelle.</translation>
        </message>
        <message>
            <source>Sequelize's default name</source>
            <translation>Standardname von Sequelize</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>through.scope: values every join row has (key = value).</source>
            <translation>through.scope: Werte, die jede Verknüpfungszeile hat (Schlüssel = Wert).</translation>
        </message>
        <message>
            <source>scope: key = value conditions on the target (polymorphic associations). Values: text, numbers, true/false, null.</source>
            <translation>scope: Bedingungen Schlüssel = Wert auf dem Ziel (polymorphe Assoziationen). Werte: Text, Zahlen, true/false, null.</translation>
        </message>
        <message>
            <source>Add a scope condition</source>
            <translation>Eine scope-Bedingung hinzufügen</translation>
        </message>
        <message>
            <source>Remove the selected condition</source>
            <translation>Die gewählte Bedingung entfernen</translation>
        </message>
        <message>
            <source>Add a through scope value</source>
            <translation>Einen through-scope-Wert hinzufügen</translation>
        </message>
        <message>
            <source>Remove the selected value</source>
            <translation>Den gewählten Wert entfernen</translation>
        </message>
        <message>
            <source>constraints: false leaves out the REFERENCES constraint.</source>
            <translation>constraints: false lässt den REFERENCES-Constraint weg.</translation>
        </message>
        <message>
            <source>onDelete: the referential action when the referenced row is deleted.</source>
            <translation>onDelete: die referenzielle Aktion, wenn die referenzierte Zeile gelöscht wird.</translation>
        </message>
        <message>
            <source>onUpdate: the referential action when the referenced key changes.</source>
            <translation>onUpdate: die referenzielle Aktion, wenn sich der referenzierte Schlüssel ändert.</translation>
        </message>
        <message>
            <source>%1.%2(%3)</source>
            <translation>%1.%2(%3)</translation>
        </message>
        <message>
            <source>model or table name</source>
            <translation>Modell- oder Tabellenname</translation>
        </message>
        <message>
            <source>Default (%1)</source>
            <translation>Standard (%1)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>On</source>
            <translation>An</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Not an option of %1.</source>
            <translation>Keine Option von %1.</translation>
        </message>
        <message>
            <source>&lt;i&gt;Not built: Sequelize stops with an error before this association.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Nicht gebaut: Sequelize bricht vor dieser Assoziation mit einem Fehler ab.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>singular %1, plural %2</source>
            <translation>Singular %1, Plural %2</translation>
        </message>
        <message>
            <source>Alias: %1</source>
            <translation>Alias: %1</translation>
        </message>
        <message>
            <source>Foreign key: %1 on table %2</source>
            <translation>Fremdschlüssel: %1 in Tabelle %2</translation>
        </message>
        <message>
            <source>References %1.%2</source>
            <translation>Verweist auf %1.%2</translation>
        </message>
        <message>
            <source>Join model %1 (table %2), other key %3</source>
            <translation>Verknüpfungsmodell %1 (Tabelle %2), anderer Schlüssel %3</translation>
        </message>
        <message>
            <source>Paired with association #%1</source>
            <translation>Gepaart mit Assoziation Nr. %1</translation>
        </message>
        <message>
            <source>No REFERENCES constraint (constraints: false)</source>
            <translation>Kein REFERENCES-Constraint (constraints: false)</translation>
        </message>
        <message>
            <source>ON DELETE %1, ON UPDATE %2</source>
            <translation>ON DELETE %1, ON UPDATE %2</translation>
        </message>
        <message>
            <source>Methods on %1: %2</source>
            <translation>Methoden auf %1: %2</translation>
        </message>
        <message>
            <source>Clear %1 of %2</source>
            <translation>%1 von %2 leeren</translation>
        </message>
        <message>
            <source>Set %1 of %2 to %3</source>
            <translation>%1 von %2 auf %3 setzen</translation>
        </message>
        <message>
            <source>type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source> (NULL allowed)</source>
            <translation> (NULL erlaubt)</translation>
        </message>
        <message>
            <source> (NOT NULL)</source>
            <translation> (NOT NULL)</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::ConnectionForm</name>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Profil:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>The SQLite database file; a relative path is relative to the design's folder. It is created when missing.</source>
            <translation>Die SQLite-Datenbankdatei; ein relativer Pfad bezieht sich auf den Ordner des Entwurfs. Sie wird angelegt, wenn sie fehlt.</translation>
        </message>
        <message>
            <source>The SQLite database file; a relative path is relative to the design's folder.</source>
            <translation>Die SQLite-Datenbankdatei; ein relativer Pfad bezieht sich auf den Ordner des Entwurfs.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>asked when needed, never stored</source>
            <translation>wird bei Bedarf erfragt, nie gespeichert</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>Keep in Design</source>
            <translation>Im Entwurf behalten</translation>
        </message>
        <message>
            <source>Store this connection (without password) in the design's "connection" section.</source>
            <translation>Diese Verbindung (ohne Passwort) im Abschnitt „connection“ des Entwurfs speichern.</translation>
        </message>
        <message>
            <source>Save as Profile…</source>
            <translation>Als Profil speichern…</translation>
        </message>
        <message>
            <source>Keep this connection (without password) in your settings for other designs.</source>
            <translation>Diese Verbindung (ohne Passwort) für andere Entwürfe in Ihren Einstellungen behalten.</translation>
        </message>
        <message>
            <source>The design's connection (%1)</source>
            <translation>Verbindung des Entwurfs (%1)</translation>
        </message>
        <message>
            <source>SQLite file beside the design (%1)</source>
            <translation>SQLite-Datei neben dem Entwurf (%1)</translation>
        </message>
        <message>
            <source>default (5432)</source>
            <translation>Standard (5432)</translation>
        </message>
        <message>
            <source>default (3306)</source>
            <translation>Standard (3306)</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>SQLite Database File</source>
            <translation>SQLite-Datenbankdatei</translation>
        </message>
        <message>
            <source>Keep connection %1 in the design</source>
            <translation>Verbindung %1 im Entwurf behalten</translation>
        </message>
        <message>
            <source>The connection is kept in the design (save the design to store it). Passwords never are.</source>
            <translation>Die Verbindung ist im Entwurf vermerkt (speichern Sie den Entwurf, um sie zu sichern). Passwörter werden nie gespeichert.</translation>
        </message>
        <message>
            <source>Save Connection Profile</source>
            <translation>Verbindungsprofil speichern</translation>
        </message>
        <message>
            <source>Profile name:</source>
            <translation>Profilname:</translation>
        </message>
        <message>
            <source>Profile "%1" saved (without password).</source>
            <translation>Profil „%1“ gespeichert (ohne Passwort).</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Give %1 first.</source>
            <translation>Geben Sie zuerst %1 an.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation>Keine Verbindung zu %1: %2</translation>
        </message>
        <message>
            <source>Connected to %1%2.</source>
            <translation>Verbunden mit %1%2.</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::DdlPreviewDock</name>
        <message>
            <source>DDL Preview</source>
            <translation>DDL-Vorschau</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>Whole design</source>
            <translation>Ganzer Entwurf</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>The whole CREATE script, or only the statements of the selected models.</source>
            <translation>Das ganze CREATE-Skript oder nur die Anweisungen der gewählten Modelle.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the script to the clipboard</source>
            <translation>Das Skript in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>No script: Sequelize would throw on this design:</source>
            <translation>Kein Skript: Sequelize würde bei diesem Entwurf einen Fehler werfen:</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Select models or an association to see their statements.</source>
            <translation>Wählen Sie Modelle oder eine Assoziation, um ihre Anweisungen zu sehen.</translation>
        </message>
        <message>
            <source>The design is empty: add a model.</source>
            <translation>Der Entwurf ist leer: fügen Sie ein Modell hinzu.</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n warning(s) for this database</source>
            <translation>
                <numerusform>%1, %n Warnung für diese Datenbank</numerusform>
                <numerusform>%1, %n Warnungen für diese Datenbank</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n Anweisung</numerusform>
                <numerusform>%n Anweisungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>relata::ui::DiagramLegend</name>
        <message>
            <source>Diagram legend</source>
            <translation>Diagrammlegende</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <source>Click to fold or unfold the legend</source>
            <translation>Klicken, um die Legende ein- oder auszuklappen</translation>
        </message>
        <message>
            <source>belongsTo · key (●) on the source</source>
            <translation>belongsTo · Schlüssel (●) an der Quelle</translation>
        </message>
        <message>
            <source>hasOne · key on the target</source>
            <translation>hasOne · Schlüssel am Ziel</translation>
        </message>
        <message>
            <source>hasMany · key on the target, many</source>
            <translation>hasMany · Schlüssel am Ziel, viele</translation>
        </message>
        <message>
            <source>belongsToMany · join table (dotted)</source>
            <translation>belongsToMany · Verknüpfungstabelle (gepunktet)</translation>
        </message>
        <message>
            <source>dashed · constraints: false</source>
            <translation>gestrichelt · constraints: false</translation>
        </message>
        <message>
            <source>added by an association or Sequelize</source>
            <translation>von einer Assoziation oder Sequelize hinzugefügt</translation>
        </message>
        <message>
            <source>primary, foreign, unique, not null</source>
            <translation>Primär-, Fremdschlüssel, eindeutig, nicht NULL</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::DiagramView</name>
        <message>
            <source>Source holds the foreign key</source>
            <translation>Die Quelle hält den Fremdschlüssel</translation>
        </message>
        <message>
            <source>Target holds the foreign key (one)</source>
            <translation>Das Ziel hält den Fremdschlüssel (eins)</translation>
        </message>
        <message>
            <source>Target holds the foreign key (many)</source>
            <translation>Das Ziel hält den Fremdschlüssel (viele)</translation>
        </message>
        <message>
            <source>Many to many through a join table</source>
            <translation>Viele zu viele über eine Verknüpfungstabelle</translation>
        </message>
        <message>
            <source>Add %1 association</source>
            <translation>%1-Assoziation hinzufügen</translation>
        </message>
        <message>
            <source>Add model %1</source>
            <translation>Modell %1 hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n association(s)</source>
            <translation>
                <numerusform>%n Assoziation löschen</numerusform>
                <numerusform>%n Assoziationen löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n model(s)</source>
            <translation>
                <numerusform>%n Modell löschen</numerusform>
                <numerusform>%n Modelle löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n model(s)</source>
            <translation>
                <numerusform>%n Modell einfügen</numerusform>
                <numerusform>%n Modelle einfügen</numerusform>
            </translation>
        </message>
        <message>
            <source>Automatic layout</source>
            <translation>Automatische Anordnung</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::ExportActions</name>
        <message>
            <source>SQL for %1…</source>
            <translation>SQL für %1…</translation>
        </message>
        <message>
            <source>SQL scripts (*.sql)</source>
            <translation>SQL-Skripte (*.sql)</translation>
        </message>
        <message>
            <source>SQL for %1, One File per Table…</source>
            <translation>SQL für %1, eine Datei pro Tabelle…</translation>
        </message>
        <message>
            <source>C++ Header…</source>
            <translation>C++-Header…</translation>
        </message>
        <message>
            <source>C++ headers (*.h *.hpp)</source>
            <translation>C++-Header (*.h *.hpp)</translation>
        </message>
        <message>
            <source>Sequelize Models (CommonJS)…</source>
            <translation>Sequelize-Modelle (CommonJS)…</translation>
        </message>
        <message>
            <source>JavaScript (*.js)</source>
            <translation>JavaScript (*.js)</translation>
        </message>
        <message>
            <source>Sequelize Models (ES Module)…</source>
            <translation>Sequelize-Modelle (ES-Modul)…</translation>
        </message>
        <message>
            <source>JavaScript modules (*.mjs)</source>
            <translation>JavaScript-Module (*.mjs)</translation>
        </message>
        <message>
            <source>Mermaid ER Diagram…</source>
            <translation>Mermaid-ER-Diagramm…</translation>
        </message>
        <message>
            <source>Mermaid (*.mmd)</source>
            <translation>Mermaid (*.mmd)</translation>
        </message>
        <message>
            <source>DBML…</source>
            <translation>DBML…</translation>
        </message>
        <message>
            <source>DBML (*.dbml)</source>
            <translation>DBML (*.dbml)</translation>
        </message>
        <message>
            <source>Markdown Data Dictionary…</source>
            <translation>Markdown-Datenlexikon…</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Diagram as SVG…</source>
            <translation>Diagramm als SVG…</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG-Bilder (*.svg)</translation>
        </message>
        <message>
            <source>Diagram as PNG…</source>
            <translation>Diagramm als PNG…</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>The design has an error (Sequelize would throw): %1 This format cannot show an invalid design.</source>
            <translation>Der Entwurf hat einen Fehler (Sequelize würde abbrechen): %1 Dieses Format kann keinen ungültigen Entwurf darstellen.</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::ImportDialog</name>
        <message>
            <source>Import from a Database</source>
            <translation>Aus einer Datenbank importieren</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>A &amp;new design</source>
            <translation>Einen &amp;neuen Entwurf</translation>
        </message>
        <message>
            <source>The &amp;open design (models of unchanged tables keep their options and place)</source>
            <translation>Den &amp;offenen Entwurf (Modelle unveränderter Tabellen behalten ihre Optionen und ihren Platz)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cannot read the schema of %1: %2</source>
            <translation>Das Schema von %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n table(s) read from %1.</source>
            <translation>
                <numerusform>%n Tabelle aus %1 gelesen.</numerusform>
                <numerusform>%n Tabellen aus %1 gelesen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>relata::ui::Inspector</name>
        <message>
            <source>Fix: %1</source>
            <translation>Abhilfe: %1</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::InspectorDock</name>
        <message>
            <source>Inspector</source>
            <translation>Inspektor</translation>
        </message>
        <message>
            <source>Select a model or an association on the canvas to edit it here.

Drag "Model" from the palette to add a model; drag from a model's ring to another model to associate them.</source>
            <translation>Wählen Sie ein Modell oder eine Assoziation auf der Zeichenfläche, um es hier zu bearbeiten.

Ziehen Sie „Modell“ aus der Palette, um ein Modell hinzuzufügen; ziehen Sie vom Ring eines Modells auf ein anderes Modell, um sie zu verknüpfen.</translation>
        </message>
        <message>
            <source>Several items are selected. Select one model or one association to edit it.</source>
            <translation>Mehrere Elemente sind gewählt. Wählen Sie ein Modell oder eine Assoziation, um es zu bearbeiten.</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::MainWindow</name>
        <message>
            <source>Relata designs (*.relata.json);;JSON files (*.json);;All files (*)</source>
            <translation>Relata-Entwürfe (*.relata.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>&amp;New Design</source>
            <translation>&amp;Neuer Entwurf</translation>
        </message>
        <message>
            <source>Start an empty design</source>
            <translation>Einen leeren Entwurf beginnen</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open a *.relata.json design</source>
            <translation>Einen *.relata.json-Entwurf öffnen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save the design</source>
            <translation>Den Entwurf speichern</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Save the design under a new name</source>
            <translation>Den Entwurf unter einem neuen Namen speichern</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Close Relata</source>
            <translation>Relata schließen</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>Liste &amp;leeren</translation>
        </message>
        <message>
            <source>Forget the recently opened designs</source>
            <translation>Die zuletzt geöffneten Entwürfe vergessen</translation>
        </message>
        <message>
            <source>&amp;Import from Database…</source>
            <translation>Aus Datenbank &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Sync with Database…</source>
            <translation>Mit Datenbank &amp;synchronisieren…</translation>
        </message>
        <message>
            <source>Compare the design with a database and apply the changes (SQLite, PostgreSQL, MySQL/MariaDB)</source>
            <translation>Den Entwurf mit einer Datenbank vergleichen und die Änderungen anwenden (SQLite, PostgreSQL, MySQL/MariaDB)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy the selected models</source>
            <translation>Die gewählten Modelle kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Einfügen</translation>
        </message>
        <message>
            <source>Paste copied models</source>
            <translation>Kopierte Modelle einfügen</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected models and associations</source>
            <translation>Die gewählten Modelle und Assoziationen löschen</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Alles auswählen</translation>
        </message>
        <message>
            <source>Select every model</source>
            <translation>Alle Modelle auswählen</translation>
        </message>
        <message>
            <source>Add &amp;Model</source>
            <translation>&amp;Modell hinzufügen</translation>
        </message>
        <message>
            <source>Add a model in the middle of the canvas</source>
            <translation>Ein Modell in der Mitte der Zeichenfläche hinzufügen</translation>
        </message>
        <message>
            <source>Add Ass&amp;ociation…</source>
            <translation>Ass&amp;oziation hinzufügen…</translation>
        </message>
        <message>
            <source>Associate two models (or drag from a model's ring onto another model)</source>
            <translation>Zwei Modelle verknüpfen (oder vom Ring eines Modells auf ein anderes ziehen)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>Zoom to 100%</source>
            <translation>Auf 100 % zoomen</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>An &amp;Fenster anpassen</translation>
        </message>
        <message>
            <source>Show the whole design</source>
            <translation>Den ganzen Entwurf zeigen</translation>
        </message>
        <message>
            <source>Auto &amp;Layout</source>
            <translation>Automatisch &amp;anordnen</translation>
        </message>
        <message>
            <source>Arrange the models along their foreign keys</source>
            <translation>Die Modelle entlang ihrer Fremdschlüssel anordnen</translation>
        </message>
        <message>
            <source>&amp;Snap to Grid</source>
            <translation>Am &amp;Raster ausrichten</translation>
        </message>
        <message>
            <source>Snap moved models to the grid</source>
            <translation>Verschobene Modelle am Raster ausrichten</translation>
        </message>
        <message>
            <source>Show &amp;Legend</source>
            <translation>&amp;Legende zeigen</translation>
        </message>
        <message>
            <source>Explain the edge styles on the canvas</source>
            <translation>Die Linienarten auf der Zeichenfläche erklären</translation>
        </message>
        <message>
            <source>&amp;Next Problem</source>
            <translation>&amp;Nächstes Problem</translation>
        </message>
        <message>
            <source>Select the next problem's model or association</source>
            <translation>Modell oder Assoziation des nächsten Problems auswählen</translation>
        </message>
        <message>
            <source>Pre&amp;vious Problem</source>
            <translation>&amp;Vorheriges Problem</translation>
        </message>
        <message>
            <source>Select the previous problem's model or association</source>
            <translation>Modell oder Assoziation des vorherigen Problems auswählen</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>List every keyboard shortcut</source>
            <translation>Alle Tastenkürzel auflisten</translation>
        </message>
        <message>
            <source>&amp;About Relata</source>
            <translation>&amp;Über Relata</translation>
        </message>
        <message>
            <source>About Relata</source>
            <translation>Über Relata</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Über Qt</translation>
        </message>
        <message>
            <source>&amp;System Language</source>
            <translation>&amp;Systemsprache</translation>
        </message>
        <message>
            <source>Follow the system's language</source>
            <translation>Der Sprache des Systems folgen</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Bereiche</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Database</source>
            <translation>Daten&amp;bank</translation>
        </message>
        <message>
            <source>E&amp;xamples</source>
            <translation>&amp;Beispiele</translation>
        </message>
        <message>
            <source>&amp;Associations Guide</source>
            <translation>&amp;Leitfaden Assoziationen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>Undo History</source>
            <translation>Änderungsverlauf</translation>
        </message>
        <message>
            <source>&lt;design opened&gt;</source>
            <translation>&lt;Entwurf geöffnet&gt;</translation>
        </message>
        <message>
            <source>Open Design</source>
            <translation>Entwurf öffnen</translation>
        </message>
        <message>
            <source>No recent designs</source>
            <translation>Keine zuletzt geöffneten Entwürfe</translation>
        </message>
        <message>
            <source>No examples found</source>
            <translation>Keine Beispiele gefunden</translation>
        </message>
        <message>
            <source>%1 (example)</source>
            <translation>%1 (Beispiel)</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s)</source>
            <translation>
                <numerusform>%n Modell</numerusform>
                <numerusform>%n Modelle</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n association(s)</source>
            <translation>
                <numerusform>%n Assoziation</numerusform>
                <numerusform>%n Assoziationen</numerusform>
            </translation>
        </message>
        <message>
            <source>no problems</source>
            <translation>keine Probleme</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Don't Save</source>
            <translation>&amp;Nicht speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>The new design</source>
            <translation>Der neue Entwurf</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>%1 has changes that are not saved. Save them first?</source>
            <translation>%1 hat Änderungen, die nicht gespeichert sind. Zuerst speichern?</translation>
        </message>
        <message>
            <source>%1 cannot be opened:
%2</source>
            <translation>%1 kann nicht geöffnet werden:
%2</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 geöffnet</translation>
        </message>
        <message>
            <source>Open Example</source>
            <translation>Beispiel öffnen</translation>
        </message>
        <message>
            <source>%1 cannot be saved: %2</source>
            <translation>%1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>Save Design</source>
            <translation>Entwurf speichern</translation>
        </message>
        <message>
            <source>design</source>
            <translation>entwurf</translation>
        </message>
        <message>
            <source>Save Design As</source>
            <translation>Entwurf speichern unter</translation>
        </message>
        <message>
            <source>Recover Design</source>
            <translation>Entwurf wiederherstellen</translation>
        </message>
        <message>
            <source>Restored the unsaved design. Save it to keep it.</source>
            <translation>Der ungespeicherte Entwurf wurde wiederhergestellt. Speichern Sie ihn, um ihn zu behalten.</translation>
        </message>
        <message>
            <source>Add Association</source>
            <translation>Assoziation hinzufügen</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Quelle:</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Methode:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Ziel:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Export into Folder</source>
            <translation>In Ordner exportieren</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 exportiert</translation>
        </message>
        <message>
            <source>Exported %1.

%2</source>
            <translation>%1 exportiert.

%2</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoomen</translation>
        </message>
        <message>
            <source>Ctrl+Wheel</source>
            <translation>Strg+Mausrad</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>Middle button or Space+drag</source>
            <translation>Mittlere Maustaste oder Leertaste+Ziehen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Relata %1

Design database schemas the way Sequelize v6 describes them: models, associations, and the tables, keys, SQL and methods Sequelize builds from them.</source>
            <translation>Relata %1

Entwerfen Sie Datenbankschemata so, wie Sequelize v6 sie beschreibt: Modelle, Assoziationen und die Tabellen, Schlüssel, SQL-Anweisungen und Methoden, die Sequelize daraus baut.</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Language changed. The canvas legend follows when Relata starts next time.</source>
            <translation>Sprache geändert. Die Legende der Zeichenfläche folgt beim nächsten Start von Relata.</translation>
        </message>
        <message>
            <source>Read a database's tables into a new design, or merge them into the open one</source>
            <translation>Die Tabellen einer Datenbank in einen neuen Entwurf lesen oder in den offenen Entwurf übernehmen</translation>
        </message>
        <message>
            <source>Import from %1</source>
            <translation>Import aus %1</translation>
        </message>
        <message>
            <source>%1 has nothing the design does not have already.</source>
            <translation>%1 enthält nichts, was der Entwurf nicht schon hat.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Imported from %1. Notes:

%2</source>
            <translation>Aus %1 importiert. Hinweise:

%2</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n model(s) from %1</source>
            <translation>
                <numerusform>%n Modell aus %1 importiert</numerusform>
                <numerusform>%n Modelle aus %1 importiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>relata::ui::ModelInspector</name>
        <message>
            <source>A Sequelize data type, with arguments: STRING(64), DECIMAL(10,2), ENUM(draft, published).</source>
            <translation>Ein Sequelize-Datentyp mit Argumenten: STRING(64), DECIMAL(10,2), ENUM(draft, published).</translation>
        </message>
        <message>
            <source>declared</source>
            <translation>deklariert</translation>
        </message>
        <message>
            <source>implicit primary key</source>
            <translation>impliziter Primärschlüssel</translation>
        </message>
        <message>
            <source>timestamp</source>
            <translation>Zeitstempel</translation>
        </message>
        <message>
            <source>foreign key</source>
            <translation>Fremdschlüssel</translation>
        </message>
        <message>
            <source>join key</source>
            <translation>Verknüpfungsschlüssel</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Table name:</source>
            <translation>&amp;Tabellenname:</translation>
        </message>
        <message>
            <source>Name, singular:</source>
            <translation>Name, Singular:</translation>
        </message>
        <message>
            <source>Name, plural:</source>
            <translation>Name, Plural:</translation>
        </message>
        <message>
            <source>The model name: the first argument of sequelize.define().</source>
            <translation>Der Modellname: das erste Argument von sequelize.define().</translation>
        </message>
        <message>
            <source>options.tableName. Empty: Sequelize derives the table name from the model name.</source>
            <translation>options.tableName. Leer: Sequelize leitet den Tabellennamen vom Modellnamen ab.</translation>
        </message>
        <message>
            <source>options.name.singular: used in accessor names such as getUser.</source>
            <translation>options.name.singular: wird in Namen von Zugriffsmethoden wie getUser verwendet.</translation>
        </message>
        <message>
            <source>options.name.plural: used in accessor names such as getUsers.</source>
            <translation>options.name.plural: wird in Namen von Zugriffsmethoden wie getUsers verwendet.</translation>
        </message>
        <message>
            <source>timestamps</source>
            <translation>timestamps</translation>
        </message>
        <message>
            <source>options.timestamps: createdAt and updatedAt columns (default: on).</source>
            <translation>options.timestamps: Spalten createdAt und updatedAt (Standard: an).</translation>
        </message>
        <message>
            <source>underscored</source>
            <translation>underscored</translation>
        </message>
        <message>
            <source>options.underscored: snake_case column names for generated columns.</source>
            <translation>options.underscored: snake_case-Spaltennamen für erzeugte Spalten.</translation>
        </message>
        <message>
            <source>freezeTableName</source>
            <translation>freezeTableName</translation>
        </message>
        <message>
            <source>options.freezeTableName: the table name is the model name, not its plural.</source>
            <translation>options.freezeTableName: der Tabellenname ist der Modellname, nicht sein Plural.</translation>
        </message>
        <message>
            <source>paranoid</source>
            <translation>paranoid</translation>
        </message>
        <message>
            <source>options.paranoid: destroy() sets deletedAt instead of deleting the row.</source>
            <translation>options.paranoid: destroy() setzt deletedAt, statt die Zeile zu löschen.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Null</source>
            <translation>Null</translation>
        </message>
        <message>
            <source>PK</source>
            <translation>PK</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Auto</translation>
        </message>
        <message>
            <source>Unique</source>
            <translation>Eindeutig</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standardwert</translation>
        </message>
        <message>
            <source>References</source>
            <translation>Verweist auf</translation>
        </message>
        <message>
            <source>The attribute name (the key in define()'s attributes).</source>
            <translation>Der Attributname (der Schlüssel in den Attributen von define()).</translation>
        </message>
        <message>
            <source>A Sequelize data type: STRING, STRING(64), INTEGER, DECIMAL(10,2), ENUM(a, b) ...</source>
            <translation>Ein Sequelize-Datentyp: STRING, STRING(64), INTEGER, DECIMAL(10,2), ENUM(a, b) …</translation>
        </message>
        <message>
            <source>allowNull (checked: NULL allowed, the default).</source>
            <translation>allowNull (angehakt: NULL erlaubt, der Standard).</translation>
        </message>
        <message>
            <source>primaryKey</source>
            <translation>primaryKey</translation>
        </message>
        <message>
            <source>autoIncrement</source>
            <translation>autoIncrement</translation>
        </message>
        <message>
            <source>unique: true, or a key name shared by several attributes.</source>
            <translation>unique: true oder ein Schlüsselname, den mehrere Attribute teilen.</translation>
        </message>
        <message>
            <source>defaultValue: a number, true/false, text, or NOW / UUIDV4.</source>
            <translation>defaultValue: eine Zahl, true/false, Text oder NOW / UUIDV4.</translation>
        </message>
        <message>
            <source>references: table.key (a TABLE name, as in Sequelize).</source>
            <translation>references: tabelle.schlüssel (ein TABELLENname, wie in Sequelize).</translation>
        </message>
        <message>
            <source>Remove the selected attributes</source>
            <translation>Die gewählten Attribute entfernen</translation>
        </message>
        <message>
            <source>Move up (column order is attribute order)</source>
            <translation>Nach oben (die Spaltenreihenfolge ist die Attributreihenfolge)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Hinzugefügt von</translation>
        </message>
        <message>
            <source>Model %1</source>
            <translation>Modell %1</translation>
        </message>
        <message>
            <source>Table (not built: the design has an error before this model)</source>
            <translation>Tabelle (nicht gebaut: der Entwurf hat vor diesem Modell einen Fehler)</translation>
        </message>
        <message>
            <source>Table "%1" as Sequelize builds it</source>
            <translation>Tabelle „%1“, wie Sequelize sie baut</translation>
        </message>
        <message>
            <source>Rename model %1 to %2</source>
            <translation>Modell %1 in %2 umbenennen</translation>
        </message>
        <message>
            <source>Clear tableName of %1</source>
            <translation>tableName von %1 leeren</translation>
        </message>
        <message>
            <source>Set tableName of %1 to %2</source>
            <translation>tableName von %1 auf %2 setzen</translation>
        </message>
        <message>
            <source>Set name.%1 of %2 to "%3"</source>
            <translation>name.%1 von %2 auf „%3“ setzen</translation>
        </message>
        <message>
            <source>Turn on %1 of %2</source>
            <translation>%1 von %2 einschalten</translation>
        </message>
        <message>
            <source>Turn off %1 of %2</source>
            <translation>%1 von %2 ausschalten</translation>
        </message>
        <message>
            <source>Rename attribute %1 to %2</source>
            <translation>Attribut %1 in %2 umbenennen</translation>
        </message>
        <message>
            <source>Set type of %1 to %2</source>
            <translation>Typ von %1 auf %2 setzen</translation>
        </message>
        <message>
            <source>Set unique of %1 to %2</source>
            <translation>unique von %1 auf %2 setzen</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>Set default of %1 to %2</source>
            <translation>Standardwert von %1 auf %2 setzen</translation>
        </message>
        <message>
            <source>Set references of %1 to %2</source>
            <translation>references von %1 auf %2 setzen</translation>
        </message>
        <message>
            <source>%1 already has an attribute "%2".</source>
            <translation>%1 hat bereits ein Attribut „%2“.</translation>
        </message>
        <message>
            <source>Add attribute %1.%2</source>
            <translation>Attribut %1.%2 hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>Remove attribute %1 of %2</source>
            <translation>
                <numerusform>Attribut %1 von %2 entfernen</numerusform>
                <numerusform>Attribute %1 von %2 entfernen</numerusform>
            </translation>
        </message>
        <message>
            <source>Move attribute %1.%2</source>
            <translation>Attribut %1.%2 verschieben</translation>
        </message>
        <message>
            <source>Add an attribute (%1)</source>
            <translation>Ein Attribut hinzufügen (%1)</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::PaletteDock</name>
        <message>
            <source>Palette</source>
            <translation>Palette</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::PaletteWidget</name>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Drag onto the canvas to add a model</source>
            <translation>Auf die Zeichenfläche ziehen, um ein Modell hinzuzufügen</translation>
        </message>
        <message>
            <source>Drag a model's handle (the ring in its header) onto another model, or back onto itself, to add an association.</source>
            <translation>Ziehen Sie den Griff eines Modells (den Ring in seiner Kopfzeile) auf ein anderes Modell oder zurück auf sich selbst, um eine Assoziation hinzuzufügen.</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::ProblemsDock</name>
        <message>
            <source>Severity</source>
            <translation>Schwere</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>No problems: Sequelize accepts this design and Relata has no warnings.</source>
            <translation>Keine Probleme: Sequelize akzeptiert diesen Entwurf und Relata hat keine Warnungen.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Probleme (%1)</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Fix: %1</source>
            <translation>Abhilfe: %1</translation>
        </message>
        <message>
            <source>At: %1</source>
            <translation>Ort: %1</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::RecoveryPrompt</name>
        <message>
            <source>Recover Unsaved Designs</source>
            <translation>Ungespeicherte Entwürfe wiederherstellen</translation>
        </message>
        <message>
            <source>Relata did not end normally last time. These designs had changes that were not saved. Restore one to keep working on it; you choose where to save it.</source>
            <translation>Relata wurde beim letzten Mal nicht normal beendet. Diese Entwürfe hatten ungespeicherte Änderungen. Stellen Sie einen wieder her, um daran weiterzuarbeiten; wo er gespeichert wird, entscheiden Sie.</translation>
        </message>
        <message>
            <source>Untitled design</source>
            <translation>Unbenannter Entwurf</translation>
        </message>
        <message>
            <source>%1 — autosaved %2</source>
            <translation>%1 — automatisch gesichert %2</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>Decide &amp;Later</source>
            <translation>&amp;Später entscheiden</translation>
        </message>
        <message>
            <source>Delete the selected recovery copy</source>
            <translation>Die gewählte Wiederherstellungskopie löschen</translation>
        </message>
        <message>
            <source>Keep the recovery copies and ask again next time</source>
            <translation>Die Wiederherstellungskopien behalten und beim nächsten Mal erneut fragen</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::SyncDialog</name>
        <message>
            <source>the database file</source>
            <translation>die Datenbankdatei</translation>
        </message>
        <message>
            <source>the host</source>
            <translation>den Host</translation>
        </message>
        <message>
            <source>the database name</source>
            <translation>den Datenbanknamen</translation>
        </message>
        <message>
            <source>safe</source>
            <translation>sicher</translation>
        </message>
        <message>
            <source>data loss</source>
            <translation>Datenverlust</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>blockiert</translation>
        </message>
        <message>
            <source>Sync with a Database</source>
            <translation>Mit einer Datenbank synchronisieren</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Modus:</translation>
        </message>
        <message>
            <source>alter: make the database match the design</source>
            <translation>alter: die Datenbank an den Entwurf angleichen</translation>
        </message>
        <message>
            <source>create: only add what is missing</source>
            <translation>create: nur Fehlendes hinzufügen</translation>
        </message>
        <message>
            <source>force: drop every table and recreate</source>
            <translation>force: alle Tabellen löschen und neu anlegen</translation>
        </message>
        <message>
            <source>Allow data loss</source>
            <translation>Datenverlust erlauben</translation>
        </message>
        <message>
            <source>Steps that lose stored values run only when this is checked.</source>
            <translation>Schritte, die gespeicherte Werte verlieren, laufen nur, wenn dies angehakt ist.</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Vergleichen</translation>
        </message>
        <message>
            <source>Read the database and plan the steps that make it match the design (changes nothing).</source>
            <translation>Die Datenbank lesen und die Schritte planen, die sie an den Entwurf angleichen (ändert nichts).</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Anwenden</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>The design has an error (Sequelize would throw): %1 Fix it first; the database was not touched.</source>
            <translation>Der Entwurf hat einen Fehler (Sequelize würde abbrechen): %1 Beheben Sie ihn zuerst; die Datenbank wurde nicht angerührt.</translation>
        </message>
        <message>
            <source>The design has no models yet: there is nothing to sync.</source>
            <translation>Der Entwurf hat noch keine Modelle: es gibt nichts zu synchronisieren.</translation>
        </message>
        <message>
            <source>Cannot read the schema of %1: %2</source>
            <translation>Das Schema von %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 already matches the design: nothing to do.</source>
            <translation>%1 entspricht bereits dem Entwurf: nichts zu tun.</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) for %1</source>
            <translation>
                <numerusform>%n Schritt für %1</numerusform>
                <numerusform>%n Schritte für %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lose(s) data</source>
            <translation>
                <numerusform>%n verliert Daten</numerusform>
                <numerusform>%n verlieren Daten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot run on the data as it is</source>
            <translation>
                <numerusform>%n kann auf den jetzigen Daten nicht laufen</numerusform>
                <numerusform>%n können auf den jetzigen Daten nicht laufen</numerusform>
            </translation>
        </message>
        <message>
            <source>applied in one transaction</source>
            <translation>in einer Transaktion angewendet</translation>
        </message>
        <message>
            <source>MySQL/MariaDB: each step commits on its own</source>
            <translation>MySQL/MariaDB: jeder Schritt wird einzeln festgeschrieben</translation>
        </message>
        <message>
            <source>In sync.</source>
            <translation>Synchron.</translation>
        </message>
        <message>
            <source>Review the plan, then Apply.</source>
            <translation>Prüfen Sie den Plan, dann „Anwenden“.</translation>
        </message>
        <message>
            <source>Force drops every table of %1 and recreates the design: all rows are lost. Continue?</source>
            <translation>force löscht alle Tabellen von %1 und legt den Entwurf neu an: alle Zeilen gehen verloren. Fortfahren?</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) of this plan lose data. Continue?</source>
            <translation>
                <numerusform>%n Schritt dieses Plans verliert Daten. Fortfahren?</numerusform>
                <numerusform>%n Schritte dieses Plans verlieren Daten. Fortfahren?</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply Plan</source>
            <translation>Plan anwenden</translation>
        </message>
        <message>
            <source>Checked: the database now matches the design.</source>
            <translation>Geprüft: die Datenbank entspricht jetzt dem Entwurf.</translation>
        </message>
        <message numerus="yes">
            <source>Note: a new comparison still finds %n step(s).</source>
            <translation>
                <numerusform>Hinweis: ein neuer Vergleich findet noch %n Schritt.</numerusform>
                <numerusform>Hinweis: ein neuer Vergleich findet noch %n Schritte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %n step(s).</source>
            <translation>
                <numerusform>%n Schritt angewendet.</numerusform>
                <numerusform>%n Schritte angewendet.</numerusform>
            </translation>
        </message>
        <message>
            <source>The plan failed at step %1: %2</source>
            <translation>Der Plan ist bei Schritt %1 gescheitert: %2</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Schritt %1 von %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n step(s) applied</source>
            <translation>
                <numerusform>%1 von %n Schritt angewendet</numerusform>
                <numerusform>%1 von %n Schritten angewendet</numerusform>
            </translation>
        </message>
        <message>
            <source>Step %1 of %2 failed</source>
            <translation>Schritt %1 von %2 gescheitert</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) of this plan would lose data (marked "data loss"): check "Allow data loss" to apply them.</source>
            <translation>
                <numerusform>%n Schritt dieses Plans würde Daten verlieren (als „Datenverlust“ markiert): „Datenverlust erlauben“ anhaken, um ihn anzuwenden.</numerusform>
                <numerusform>%n Schritte dieses Plans würden Daten verlieren (als „Datenverlust“ markiert): „Datenverlust erlauben“ anhaken, um sie anzuwenden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Einzelheiten</translation>
        </message>
    </context>
</TS>
