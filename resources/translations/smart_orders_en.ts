<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de_DE">
<context>
    <name>AccessibleButtons</name>
    <message>
        <source>Weitere Menüs</source>
        <translation>More menus</translation>
    </message>
    <message>
        <source>Weitere Werkzeuge</source>
        <translation>More tools</translation>
    </message>
    <message>
        <source>Alle Zeilen auswählen</source>
        <translation>Select all rows</translation>
    </message>
    <message>
        <source>Eingabe löschen</source>
        <translation>Clear input</translation>
    </message>
</context>
<context>
    <name>AttachmentDrop</name>
    <message>
        <source>Dateien hierher ziehen, um sie anzuhängen</source>
        <translation>Drag files here to attach them</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <source>Abgelehnte Übertragungen</source>
        <translation>Refused transfers</translation>
    </message>
    <message>
        <source>Smart hat diese Aktionen nicht angenommen. Ein abgelehnter Auftrag ist wieder ein Entwurf: korrigieren Sie ihn und senden Sie erneut.</source>
        <translation>Smart did not accept these actions. A refused order is a draft again: correct it and send it again.</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Erneut &amp;senden</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>BudgetField</name>
    <message>
        <source>%1 (unbekannt)</source>
        <translation>%1 (unknown)</translation>
    </message>
    <message>
        <source>Ihre Budgets erscheinen nach der Anmeldung</source>
        <translation>Your budgets appear after logging in</translation>
    </message>
    <message>
        <source>Budget wählen …</source>
        <translation>Choose budget …</translation>
    </message>
    <message>
        <source>Ihr Konto hat kein Budget</source>
        <translation>Your account has no budget</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Fristen als &amp;Kalender exportieren …</source>
        <translation>Export deadlines as &amp;calendar …</translation>
    </message>
    <message>
        <source>Fristen exportieren</source>
        <translation>Export deadlines</translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Angebot läuft ab: %1</source>
        <translation>Offer expires: %1</translation>
    </message>
    <message>
        <source>Die Kund*in muss bis zum Ende dieses Tages bestätigen.</source>
        <translation>The client must confirm by the end of this day.</translation>
    </message>
    <message>
        <source>Letzter Tag für Änderungen: Rechnung %1</source>
        <translation>Last day for changes: invoice %1</translation>
    </message>
    <message>
        <source>Smart stellt die Rechnung am %1.</source>
        <translation>Smart issues the invoice on %1.</translation>
    </message>
    <message>
        <source>Kalender gespeichert: %1</source>
        <translation>Calendar saved: %1</translation>
    </message>
</context>
<context>
    <name>CalendarFileBox</name>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Kalenderdatei &amp;aktuell halten</source>
        <translation>Keep calendar file &amp;up to date</translation>
    </message>
    <message>
        <source>Speicherort &amp;wählen …</source>
        <translation>C&amp;hoose location …</translation>
    </message>
    <message>
        <source>Die App schreibt die Fristen nach jeder Änderung in diese Datei. Abonnieren Sie sie in Ihrer Kalender-App, dann bleibt der Kalender aktuell.</source>
        <translation>The app writes the deadlines to this file after every change. Subscribe to it in your calendar app and the calendar stays up to date.</translation>
    </message>
    <message>
        <source>Kalenderdatei</source>
        <translation>Calendar file</translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Bitte einen vollständigen Pfad für die Kalenderdatei angeben.</source>
        <translation>Please enter a full path for the calendar file.</translation>
    </message>
</context>
<context>
    <name>CalendarSubscription</name>
    <message>
        <source>Die Kalenderdatei „%1“ lässt sich nicht schreiben (%2). Bitte unter Einstellungen → „Kalenderdatei aktuell halten“ einen anderen Speicherort wählen.</source>
        <translation>The calendar file “%1” cannot be written (%2). Please choose another location under Settings → “Keep calendar file up to date”.</translation>
    </message>
</context>
<context>
    <name>ClientDuplicates</name>
    <message>
        <source>gleiche Kund*in</source>
        <translation>same client</translation>
    </message>
    <message>
        <source>gleiche USt-IdNr.</source>
        <translation>same VAT ID</translation>
    </message>
    <message>
        <source>gleicher Name</source>
        <translation>same name</translation>
    </message>
</context>
<context>
    <name>ClientSearch</name>
    <message>
        <source>In Smart-Kund*innen suchen (mind. 3 Buchstaben) …</source>
        <translation>Search Smart’s clients (at least 3 letters) …</translation>
    </message>
    <message>
        <source>Kund*in suchen</source>
        <translation>Search client</translation>
    </message>
    <message>
        <source>Su&amp;chen:</source>
        <translation>Sear&amp;ch:</translation>
    </message>
    <message>
        <source>Offline: nur bereits gesehene Kund*innen.</source>
        <translation>Offline: only clients seen before.</translation>
    </message>
    <message>
        <source>Neue*n Kund*in anlegen …</source>
        <translation>Create new client …</translation>
    </message>
    <message>
        <source>Keine Kund*in gefunden.</source>
        <translation>No client found.</translation>
    </message>
    <message>
        <source>Übernommen: %1 (aus Smarts Kund*innen-Datenbank).</source>
        <translation>Taken over: %1 (from Smart’s client database).</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Kund*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <source>USt-IdNr.</source>
        <translation>VAT ID</translation>
    </message>
    <message>
        <source>Aufträge</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Netto gesamt</source>
        <translation>Net total</translation>
    </message>
    <message>
        <source>In Smarts Datenbank</source>
        <translation>In Smart’s database</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>noch nicht</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>ClientType</name>
    <message>
        <source>Unternehmen mit EU-USt-IdNr.</source>
        <translation>Business with EU VAT ID</translation>
    </message>
    <message>
        <source>Unternehmen ohne USt-IdNr.</source>
        <translation>Business without VAT ID</translation>
    </message>
    <message>
        <source>Privatperson</source>
        <translation>Private person</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Die Kund*innen Ihrer Aufträge. Doppelklick zeigt ihre Aufträge. Neue Kund*innen entstehen mit dem ersten Auftrag an Smart.</source>
        <translation>The clients of your orders. Double-click shows their orders. New clients are created with the first order sent to Smart.</translation>
    </message>
    <message>
        <source>Kund*innen</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>CockpitModel</name>
    <message>
        <source>Auftrag</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Was ansteht</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>Angebot ist abgelaufen – Kund*in hat nicht bestätigt</source>
        <translation>Offer has expired – the client did not confirm</translation>
    </message>
    <message>
        <source>Angebot läuft heute ab – Kund*in hat noch nicht bestätigt</source>
        <translation>Offer expires today – the client has not confirmed yet</translation>
    </message>
    <message>
        <source>Angebot läuft morgen ab – Kund*in hat noch nicht bestätigt</source>
        <translation>Offer expires tomorrow – the client has not confirmed yet</translation>
    </message>
    <message>
        <source>Angebot läuft in %1 Tagen ab – Kund*in hat noch nicht bestätigt</source>
        <translation>Offer expires in %1 days – the client has not confirmed yet</translation>
    </message>
    <message>
        <source>Rechnungsentwurf: Änderungen nur noch heute möglich (Rechnung am %1)</source>
        <translation>Invoice draft: changes possible today only (invoice on %1)</translation>
    </message>
    <message>
        <source>Rechnungsentwurf: Änderungen noch %1 Tage möglich (Rechnung am %2)</source>
        <translation>Invoice draft: changes possible for %1 more days (invoice on %2)</translation>
    </message>
    <message>
        <source>Seit %1 Std. bei Smart (Ziel: %2 Std. an Werktagen)</source>
        <translation>With Smart for %1 h (target: %2 h on weekdays)</translation>
    </message>
    <message>
        <source>Storno wird geprüft</source>
        <translation>Cancellation under review</translation>
    </message>
    <message>
        <source>Von Smart abgelehnt: %1</source>
        <translation>Refused by Smart: %1</translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>CockpitPage</name>
    <message>
        <source>Nichts zu tun.</source>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <source>Auftrag ö&amp;ffnen</source>
        <translation>&amp;Open order</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Die Datenbank wurde von einer neueren Version von Smart Aufträge angelegt (Schema %1). Bitte installiere die neue Version.</source>
        <translation>The database was created by a newer version of Smart Orders (schema %1). Please install the new version.</translation>
    </message>
    <message>
        <source>Die Datei ist keine Datenbank von Smart Aufträge.</source>
        <translation>The file is not a Smart Orders database.</translation>
    </message>
    <message>
        <source>Die Datenbank ist beschädigt und kann nicht gelesen werden.</source>
        <translation>The database is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>Datenbank nicht nutzbar</source>
        <translation>Database unusable</translation>
    </message>
    <message>
        <source>Datei: %1

Die Datei wird nicht verändert. Du kannst sie beiseitelegen (sie bleibt daneben erhalten) und mit einer leeren Datenbank beginnen, oder das Programm beenden.</source>
        <translation>File: %1

The file is not changed. You can move it aside (it is kept next to the new one) and start with an empty database, or quit the program.</translation>
    </message>
    <message>
        <source>Beiseitelegen und neu beginnen</source>
        <translation>Move aside and start afresh</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <source>Demo: Beispieldaten auf einem Testserver in dieser App – nichts geht an Smart. Das Menü „Demo“ spielt Smart und die Kund*in.</source>
        <translation>Demo: sample data on a test server inside this app – nothing goes to Smart. The “Demo” menu plays Smart and the client.</translation>
    </message>
    <message>
        <source> – Demo</source>
        <translation> – Demo</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>Smart: alle prüfenden Aufträge &amp;annehmen</source>
        <translation>Smart: &amp;approve all orders under review</translation>
    </message>
    <message>
        <source>Smart: ausgewählten Auftrag &amp;ablehnen</source>
        <translation>Smart: &amp;reject the selected order</translation>
    </message>
    <message>
        <source>Kund*in: ausgewählten Auftrag &amp;bestätigen</source>
        <translation>Client: &amp;confirm the selected order</translation>
    </message>
    <message>
        <source>Kund*in: ausgewählten Auftrag a&amp;blehnen</source>
        <translation>Client: re&amp;ject the selected order</translation>
    </message>
    <message>
        <source>Zeit: einen &amp;Tag weiter</source>
        <translation>Time: one &amp;day ahead</translation>
    </message>
    <message>
        <source>Zeit: eine &amp;Woche weiter</source>
        <translation>Time: one &amp;week ahead</translation>
    </message>
    <message>
        <source>Demo-Aktion nicht möglich: %1</source>
        <translation>Demo action not possible: %1</translation>
    </message>
    <message>
        <source>Smart hat die Aufträge angenommen.</source>
        <translation>Smart approved the orders.</translation>
    </message>
    <message>
        <source>Demo: Tätigkeit erfordert eine Genehmigung.</source>
        <translation>Demo: the activity needs a licence.</translation>
    </message>
    <message>
        <source>Smart hat den Auftrag abgelehnt.</source>
        <translation>Smart rejected the order.</translation>
    </message>
    <message>
        <source>Die Kund*in hat bestätigt.</source>
        <translation>The client confirmed.</translation>
    </message>
    <message>
        <source>Demo: Das Budget wurde gestrichen.</source>
        <translation>Demo: the budget was cut.</translation>
    </message>
    <message>
        <source>Die Kund*in hat abgelehnt.</source>
        <translation>The client rejected.</translation>
    </message>
    <message>
        <source>Die Serverzeit ist %1 Tag(e) weiter.</source>
        <translation>The server time moved %1 day(s) ahead.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsAction</name>
    <message>
        <source>&amp;Diagnosepaket erstellen …</source>
        <translation>Create &amp;diagnostics bundle …</translation>
    </message>
    <message>
        <source>Diagnosepaket speichern</source>
        <translation>Save diagnostics bundle</translation>
    </message>
    <message>
        <source>ZIP-Archive (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Diagnosepaket wird erstellt …</source>
        <translation>Creating diagnostics bundle …</translation>
    </message>
    <message>
        <source>Diagnosepaket gespeichert: %1</source>
        <translation>Diagnostics bundle saved: %1</translation>
    </message>
    <message>
        <source>Das Diagnosepaket konnte nicht erstellt werden:
%1</source>
        <translation>The diagnostics bundle could not be created:
%1</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Kein Auftrag ausgewählt.</source>
        <translation>No order selected.</translation>
    </message>
    <message>
        <source>(Nachweis der Bestätigung)</source>
        <translation>(proof of confirmation)</translation>
    </message>
    <message>
        <source>Dieser Auftrag ist übermittelt und kann nicht mehr bearbeitet werden.</source>
        <translation>This order has been submitted and can no longer be edited.</translation>
    </message>
    <message>
        <source>Entwurf – für die Übermittlung fehlt noch 1 Angabe.</source>
        <translation>Draft – 1 entry is still missing for submission.</translation>
    </message>
    <message>
        <source>Entwurf – für die Übermittlung fehlen noch %1 Angaben.</source>
        <translation>Draft – %1 entries are still missing for submission.</translation>
    </message>
    <message>
        <source>Entwurf – vollständig, bereit zur Übermittlung.</source>
        <translation>Draft – complete, ready for submission.</translation>
    </message>
    <message>
        <source>1 Hinweis beachten.</source>
        <translation>Mind 1 notice.</translation>
    </message>
    <message>
        <source>%1 Hinweise beachten.</source>
        <translation>Mind %1 notices.</translation>
    </message>
    <message>
        <source>Netto %1 · USt %2 % %3 · Brutto %4&lt;br&gt;Smart-Beitrag %5 % %6 · dein Anteil (geschätzt) %7&lt;br&gt;&lt;i&gt;Vorschau – den Steuersatz legt Smart fest.&lt;/i&gt;</source>
        <translation>Net %1 · VAT %2 % %3 · Gross %4&lt;br&gt;Smart contribution %5 % %6 · your share (estimated) %7&lt;br&gt;&lt;i&gt;Preview – Smart sets the VAT rate.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Nachweis hochladen</source>
        <translation>Upload proof</translation>
    </message>
    <message>
        <source>Datei anhängen</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <source>Dokumente (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>DraftEditorForm</name>
    <message>
        <source>Auftrag</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>Auftrags&amp;beschreibung</source>
        <translation>Order &amp;description</translation>
    </message>
    <message>
        <source>&amp;Leistungsbeschreibung</source>
        <translation>&amp;Service description</translation>
    </message>
    <message>
        <source>Leistung &amp;von</source>
        <translation>Service &amp;from</translation>
    </message>
    <message>
        <source>Leistung b&amp;is</source>
        <translation>Service un&amp;til</translation>
    </message>
    <message>
        <source>Kund*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Art</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Name / Firma</source>
        <translation>&amp;Name / company</translation>
    </message>
    <message>
        <source>&amp;Straße und Nr.</source>
        <translation>St&amp;reet and no.</translation>
    </message>
    <message>
        <source>&amp;PLZ</source>
        <translation>&amp;Postal code</translation>
    </message>
    <message>
        <source>&amp;Ort</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>L&amp;and</source>
        <translation>Countr&amp;y</translation>
    </message>
    <message>
        <source>&amp;USt-IdNr.</source>
        <translation>&amp;VAT ID</translation>
    </message>
    <message>
        <source>&amp;Rechnungs-E-Mail</source>
        <translation>&amp;Invoice e-mail</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;E-Mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Honorar</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Position &amp;hinzufügen</source>
        <translation>&amp;Add line item</translation>
    </message>
    <message>
        <source>Position entfernen</source>
        <translation>Remove line item</translation>
    </message>
    <message>
        <source>&amp;Währung</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <source>Ermäßigter Steuersatz (7 %), z. B. für Nutzungsrechte</source>
        <translation>Reduced VAT rate (7 %), e.g. for rights of use</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Termine</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Geplante Rechnungs&amp;daten</source>
        <translation>Planned invoice &amp;dates</translation>
    </message>
    <message>
        <source>Datum hin&amp;zufügen</source>
        <translation>Add dat&amp;e</translation>
    </message>
    <message>
        <source>Datum entfernen</source>
        <translation>Remove date</translation>
    </message>
    <message>
        <source>Angebot &amp;gültig bis</source>
        <translation>Offer &amp;valid until</translation>
    </message>
    <message>
        <source>Überspringe die Bestätigung von Kund*in</source>
        <translation>Skip client confirmation</translation>
    </message>
    <message>
        <source>Weiteres</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Besondere &amp;Vereinbarung</source>
        <translation>Special a&amp;greement</translation>
    </message>
    <message>
        <source>An&amp;hänge</source>
        <translation>Attac&amp;hments</translation>
    </message>
    <message>
        <source>Datei an&amp;hängen …</source>
        <translation>Attac&amp;h file …</translation>
    </message>
    <message>
        <source>Nachweis hoch&amp;laden …</source>
        <translation>Up&amp;load proof …</translation>
    </message>
    <message>
        <source>Anhang entfernen</source>
        <translation>Remove attachment</translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>Entwurf gespeichert.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Nur PDF-, JPEG- und PNG-Dateien können angehängt werden.</source>
        <translation>Only PDF, JPEG and PNG files can be attached.</translation>
    </message>
    <message>
        <source>Die Datei ist größer als 25 MB.</source>
        <translation>The file is larger than 25 MB.</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht gelesen werden.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Nur Entwürfe können geändert oder gelöscht werden.</source>
        <translation>Only drafts can be changed or deleted.</translation>
    </message>
    <message>
        <source>Das hat nicht geklappt: %1</source>
        <translation>That did not work: %1</translation>
    </message>
</context>
<context>
    <name>InvoicePage</name>
    <message>
        <source>Änderungen &amp;beantragen …</source>
        <translation>Request &amp;changes …</translation>
    </message>
    <message>
        <source>Jetzt &amp;senden …</source>
        <translation>&amp;Send now …</translation>
    </message>
    <message>
        <source>Rechnung &amp;stornieren lassen …</source>
        <translation>Have the invoice &amp;cancelled …</translation>
    </message>
    <message>
        <source>Auftrag ö&amp;ffnen</source>
        <translation>&amp;Open order</translation>
    </message>
    <message>
        <source>Rechnungen</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Rechnungsentwürfe entstehen sieben Tage vor dem Datum.</source>
        <translation>Invoice drafts appear seven days before the invoice date.</translation>
    </message>
    <message>
        <source>Der Auftrag wurde abgelehnt, die Rechnung würde trotzdem gestellt. „Rechnung stornieren lassen“ beantragt bei Smart, sie nicht zu stellen.</source>
        <translation>The order was rejected, yet the invoice would still be issued. “Have the invoice cancelled” asks Smart not to issue it.</translation>
    </message>
    <message>
        <source>Ohne Änderungsantrag stellt Smart die Rechnung am Rechnungsdatum. Änderungen sind bis zum Vortag möglich.</source>
        <translation>Without a change request Smart issues the invoice on its date. Changes can be requested until the day before.</translation>
    </message>
    <message>
        <source>Rechnung jetzt senden</source>
        <translation>Send invoice now</translation>
    </message>
    <message>
        <source>Smart stellt die Rechnung sofort statt am %1 und schickt sie an die Kund*in. Danach sind keine Änderungen mehr möglich. Jetzt senden?</source>
        <translation>Smart issues the invoice now instead of on %1 and sends it to the client. No changes are possible afterwards. Send now?</translation>
    </message>
</context>
<context>
    <name>InvoiceReviewModel</name>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Einzelpreis</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Netto laut Auftrag</source>
        <translation>Net per order</translation>
    </message>
    <message>
        <source>Netto in der Rechnung</source>
        <translation>Net on the invoice</translation>
    </message>
    <message>
        <source>Unterschied</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>gleich</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Teilrechnung: %1 der Position</source>
        <translation>Instalment: %1 of the line</translation>
    </message>
    <message>
        <source>nur in der Rechnung</source>
        <translation>only on the invoice</translation>
    </message>
    <message>
        <source>fehlt in der Rechnung</source>
        <translation>missing from the invoice</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>InvoiceReviewPane</name>
    <message>
        <source>Eine Rechnung auswählen, um sie mit ihrem Auftrag zu vergleichen.</source>
        <translation>Select an invoice to compare it with its order.</translation>
    </message>
    <message>
        <source>Anteil einer Teilrechnung</source>
        <translation>share of an instalment</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>nur auf einer Seite</source>
        <translation>on one side only</translation>
    </message>
    <message>
        <source>Summen</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Auftrag gesamt (Vorschau)</source>
        <translation>Whole order (preview)</translation>
    </message>
    <message>
        <source>Diese Rechnung</source>
        <translation>This invoice</translation>
    </message>
    <message>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>USt.</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Brutto</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Smart-Beitrag</source>
        <translation>Smart contribution</translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Rechnung %1 von %2 zu „%3“</source>
        <translation>Invoice %1 of %2 for “%3”</translation>
    </message>
    <message>
        <source>Rechnung %1 zu „%3“</source>
        <translation>Invoice %1 for “%3”</translation>
    </message>
    <message>
        <source>Rechnungsdatum: %1</source>
        <translation>Invoice date: %1</translation>
    </message>
    <message>
        <source>Entwurf: Änderungen noch %1 Tage möglich</source>
        <translation>Draft: changes possible for %1 more days</translation>
    </message>
    <message>
        <source>Entwurf: Änderungen nur noch heute möglich</source>
        <translation>Draft: changes possible today only</translation>
    </message>
    <message>
        <source>Entwurf: Smart stellt die Rechnung heute</source>
        <translation>Draft: Smart issues the invoice today</translation>
    </message>
    <message>
        <source>Entwurf: das Rechnungsdatum ist überschritten</source>
        <translation>Draft: the invoice date has passed</translation>
    </message>
    <message>
        <source>Ihr Änderungsantrag: %1</source>
        <translation>Your change request: %1</translation>
    </message>
    <message>
        <source>Smart wendet einen anderen Steuersatz an als die Vorschau.</source>
        <translation>Smart applies a different VAT rate from the preview.</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rechnungsdatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Kund*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>USt.</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Brutto</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Smart-Beitrag</source>
        <translation>Smart contribution</translation>
    </message>
    <message>
        <source>noch %1 Tage</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>InvoicesController</name>
    <message>
        <source>Rechnung stornieren lassen</source>
        <translation>Have the invoice cancelled</translation>
    </message>
    <message>
        <source>Der Auftrag wurde abgelehnt, doch sein Rechnungsentwurf würde am Rechnungsdatum gestellt. Smart bietet dafür keinen eigenen Weg: Sie beantragen eine Änderung des Entwurfs mit der Bitte, die Rechnung zu stornieren. Smart stellt sie dann nicht.</source>
        <translation>The order was rejected, but its invoice draft would be issued on the invoice date. Smart has no separate way for this: you request a change of the draft asking for the invoice to be cancelled. Smart then does not issue it.</translation>
    </message>
    <message>
        <source>Stornierung &amp;beantragen</source>
        <translation>&amp;Request cancellation</translation>
    </message>
    <message>
        <source>Bitte diese Rechnung nicht stellen, sondern stornieren: der Auftrag wurde abgelehnt.</source>
        <translation>Please do not issue this invoice but cancel it: the order was rejected.</translation>
    </message>
    <message>
        <source>Änderungen an der Rechnung beantragen</source>
        <translation>Request changes to the invoice</translation>
    </message>
    <message>
        <source>Beschreiben Sie, was Smart am Entwurf ändern soll. Bis Smart ihn überarbeitet hat, wird die Rechnung nicht gestellt.</source>
        <translation>Describe what Smart should change in the draft. Until Smart has revised it, the invoice is not issued.</translation>
    </message>
    <message>
        <source>Änderung &amp;beantragen</source>
        <translation>&amp;Request change</translation>
    </message>
    <message>
        <source>Änderungsantrag wird gesendet.</source>
        <translation>The change request is being sent.</translation>
    </message>
    <message>
        <source>Die Rechnung wird jetzt gesendet.</source>
        <translation>The invoice is being sent now.</translation>
    </message>
</context>
<context>
    <name>LineItemsModel</name>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Einheit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Einzelpreis</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Stunden</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>„%1“ ist keine Zahl. Beispiel: 1.234,50</source>
        <translation>“%1” is not a number. Example: 1,234.50</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Bei Smart anmelden</source>
        <translation>Log in to Smart</translation>
    </message>
    <message>
        <source>Server-&amp;Adresse:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Das Passwort wird nicht gespeichert. Die Anmeldung bleibt im Schlüsselbund des Betriebssystems erhalten.</source>
        <translation>The password is not stored. The login is kept in the operating system’s keyring.</translation>
    </message>
    <message>
        <source>&amp;Anmelden</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Bitte Server-Adresse, E-Mail und Passwort angeben.</source>
        <translation>Please enter the server address, e-mail and password.</translation>
    </message>
    <message>
        <source>Anmelden …</source>
        <translation>Logging in …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Smart Aufträge</source>
        <translation>Smart Orders</translation>
    </message>
    <message>
        <source>&amp;Neuer Entwurf</source>
        <translation>&amp;New draft</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Duplizieren</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Entwurf &amp;löschen …</source>
        <translation>&amp;Delete draft …</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Vollständigkeit &amp;prüfen</source>
        <translation>&amp;Check completeness</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ü&amp;ber Smart Aufträge</source>
        <translation>&amp;About Smart Orders</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>1 Auftrag</source>
        <translation>1 order</translation>
    </message>
    <message>
        <source>%1 Aufträge</source>
        <translation>%1 orders</translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Entwurf löschen</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Den Entwurf „%1“ endgültig löschen?</source>
        <translation>Delete the draft “%1” for good?</translation>
    </message>
    <message>
        <source>Über Smart Aufträge</source>
        <translation>About Smart Orders</translation>
    </message>
    <message>
        <source>Smart Aufträge %1
Aufträge offline vorbereiten und verfolgen.</source>
        <translation>Smart Orders %1
Prepare orders offline and follow them.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Aufträge</source>
        <translation>Orders</translation>
    </message>
</context>
<context>
    <name>NewClientAction</name>
    <message>
        <source>Neue*n Kund*in anlegen …</source>
        <translation>Create new client …</translation>
    </message>
    <message>
        <source>Eine Kund*in, die es in Smarts Datenbank noch nicht gibt, mit dem Auftrag anlegen</source>
        <translation>Create a client who is not yet in Smart's database together with the order</translation>
    </message>
    <message>
        <source>Übernommen: %1 (aus Smarts Kund*innen-Datenbank).</source>
        <translation>Taken over: %1 (from Smart's client database).</translation>
    </message>
    <message>
        <source>Neue Kund*in %1 – wird beim Senden in Smarts Datenbank angelegt.</source>
        <translation>New client %1 – created in Smart's database on submission.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>Neue*n Kund*in anlegen</source>
        <translation>Create new client</translation>
    </message>
    <message>
        <source>Die Kund*in wird mit dem Auftrag an Smart übermittelt und in Smarts gemeinsame Kund*innen-Datenbank aufgenommen. Bitte prüfen Sie vorher, ob es sie schon gibt.</source>
        <translation>The client is sent to Smart with the order and added to Smart's shared client database. Please check first whether the client already exists.</translation>
    </message>
    <message>
        <source>&amp;Kund*in anlegen</source>
        <translation>&amp;Create client</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Diese Kund*in gibt es vielleicht schon:</source>
        <translation>This client may already exist:</translation>
    </message>
    <message>
        <source>Mögliche Dubletten</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Vorhandene &amp;verwenden</source>
        <translation>&amp;Use existing</translation>
    </message>
    <message>
        <source>&amp;Trotzdem neu anlegen</source>
        <translation>Create &amp;anyway</translation>
    </message>
    <message>
        <source>Prüfe, ob es die Kund*in schon gibt …</source>
        <translation>Checking whether the client already exists …</translation>
    </message>
    <message>
        <source>Diese Kund*in gibt es schon – Smart würde den Auftrag beim Senden mit dem vorhandenen Eintrag verknüpfen:</source>
        <translation>This client already exists – on submission Smart would link the order to the existing record:</translation>
    </message>
    <message>
        <source>Offline geprüft: nur bereits gesehene Kund*innen.</source>
        <translation>Checked offline: only clients seen before.</translation>
    </message>
    <message>
        <source>Offline geprüft (nur bereits gesehene Kund*innen): keine ähnliche gefunden.</source>
        <translation>Checked offline (only clients seen before): no similar client found.</translation>
    </message>
    <message>
        <source>Keine ähnliche Kund*in in Smarts Datenbank gefunden.</source>
        <translation>No similar client found in Smart's database.</translation>
    </message>
    <message>
        <source>Die Prüfung auf Dubletten ist fehlgeschlagen – bitte selbst über „Suchen“ prüfen.</source>
        <translation>The duplicate check failed – please check yourself with “Search”.</translation>
    </message>
    <message>
        <source>Eingaben verwerfen?</source>
        <translation>Discard entries?</translation>
    </message>
    <message>
        <source>Die eingegebene Kund*in wird nicht übernommen. Eingaben verwerfen?</source>
        <translation>The client you entered will not be used. Discard the entries?</translation>
    </message>
</context>
<context>
    <name>NewClientForm</name>
    <message>
        <source>z. B. DE123456789 – immer angeben, wenn vorhanden</source>
        <translation>e.g. DE123456789 – always give it when the client has one</translation>
    </message>
    <message>
        <source>optional, für Rechnungen</source>
        <translation>optional, for invoices</translation>
    </message>
    <message>
        <source>A&amp;rt:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Name / Firma:</source>
        <translation>&amp;Name / company:</translation>
    </message>
    <message>
        <source>&amp;Straße und Nr.:</source>
        <translation>&amp;Street and no.:</translation>
    </message>
    <message>
        <source>&amp;PLZ:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Land:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>&amp;USt-IdNr.:</source>
        <translation>&amp;VAT ID:</translation>
    </message>
    <message>
        <source>Rechnungs-&amp;E-Mail:</source>
        <translation>Invoice &amp;e-mail:</translation>
    </message>
    <message>
        <source>Land suchen …</source>
        <translation>Search country …</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <source>Benachrichtigungen: %1 ungelesen</source>
        <translation>Notifications: %1 unread</translation>
    </message>
    <message>
        <source>Benachrichtigungen</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Benachrichtigungen</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Keine Benachrichtigungen in dieser Sitzung.</source>
        <translation>No notifications in this session.</translation>
    </message>
    <message>
        <source>Klicken Sie auf eine Benachrichtigung, um den Auftrag zu öffnen.</source>
        <translation>Click a notification to open its order.</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsBox</name>
    <message>
        <source>Benachrichtigungen</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Nicht stö&amp;ren</source>
        <translation>Do not dis&amp;turb</translation>
    </message>
    <message>
        <source>Keine Meldungen des Systems; die Liste der Benachrichtigungen bleibt.</source>
        <translation>No system pop-ups; the list of notifications is kept.</translation>
    </message>
    <message>
        <source>am letzten Tag</source>
        <translation>on the last day</translation>
    </message>
    <message>
        <source>Ein Angebot ist bis zum Ende seines Gültigkeitstags gültig; Änderungen an einem Rechnungsentwurf sind bis zum Tag vor dem Rechnungsdatum möglich.</source>
        <translation>An offer is valid until the end of its validity day; changes to an invoice draft are possible until the day before the invoice date.</translation>
    </message>
    <message>
        <source>Ablaufende Angebote &amp;melden:</source>
        <translation>Announce e&amp;xpiring offers:</translation>
    </message>
    <message>
        <source>Änderungsfrist für Rechn&amp;ungen melden:</source>
        <translation>Announce invoice change dead&amp;line:</translation>
    </message>
    <message>
        <source> Tag vorher</source>
        <translation> day ahead</translation>
    </message>
    <message>
        <source> Tage vorher</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <source> Tag vor dem Rechnungsdatum (letzter Änderungstag)</source>
        <translation> day before the invoice date (last day for changes)</translation>
    </message>
    <message>
        <source> Tage vor dem Rechnungsdatum</source>
        <translation> days before the invoice date</translation>
    </message>
</context>
<context>
    <name>NotificationSetup</name>
    <message>
        <source>Auftrag öffnen</source>
        <translation>Open order</translation>
    </message>
    <message>
        <source>Benachrichtigungen</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>NotificationTexts</name>
    <message>
        <source>Neuer Rechnungsentwurf</source>
        <translation>New invoice draft</translation>
    </message>
    <message>
        <source>Angebot läuft heute ab</source>
        <translation>Offer expires today</translation>
    </message>
    <message>
        <source>Angebot läuft morgen ab</source>
        <translation>Offer expires tomorrow</translation>
    </message>
    <message>
        <source>Angebot läuft bald ab</source>
        <translation>Offer expires soon</translation>
    </message>
    <message>
        <source>Heute letzter Tag für Rechnungsänderungen</source>
        <translation>Last day for invoice changes today</translation>
    </message>
    <message>
        <source>Frist für Rechnungsänderungen</source>
        <translation>Deadline for invoice changes</translation>
    </message>
    <message>
        <source>Kund*in hat bestätigt</source>
        <translation>Client confirmed</translation>
    </message>
    <message>
        <source>Kund*in hat abgelehnt</source>
        <translation>Client rejected</translation>
    </message>
    <message>
        <source>Smart hat abgelehnt</source>
        <translation>Smart rejected</translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>%1: Änderungen können bis %2 beantragt werden.</source>
        <translation>%1: changes can be requested until %2.</translation>
    </message>
    <message>
        <source>%1: gültig bis %2, die Bestätigung der Kund*in fehlt noch.</source>
        <translation>%1: valid until %2, the client has not confirmed yet.</translation>
    </message>
    <message>
        <source>%1: Änderungen am Rechnungsentwurf nur noch bis %2.</source>
        <translation>%1: changes to the invoice draft only until %2.</translation>
    </message>
    <message>
        <source>%1 ist jetzt aktiv.</source>
        <translation>%1 is now active.</translation>
    </message>
    <message>
        <source>%1 wurde abgelehnt.</source>
        <translation>%1 was rejected.</translation>
    </message>
    <message>
        <source>Grund: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>%1 Neuigkeiten seit dem letzten Start</source>
        <translation>%1 updates since the last start</translation>
    </message>
    <message>
        <source>%1 Neuigkeiten zu Ihren Aufträgen</source>
        <translation>%1 updates on your orders</translation>
    </message>
    <message>
        <source>… und %1 weitere</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>OrderActionsController</name>
    <message>
        <source>Auftrag wird an Smart gesendet.</source>
        <translation>The order is being sent to Smart.</translation>
    </message>
    <message>
        <source>Kommentar an Smart</source>
        <translation>Comment to Smart</translation>
    </message>
    <message>
        <source>Der Kommentar erscheint im Verlauf des Auftrags. Smart wird über neue Kommentare nicht benachrichtigt – Dringendes bitte per E-Mail an members@smartde.coop.</source>
        <translation>The comment appears in the order’s history. Smart is not notified of new comments – please send anything urgent by e-mail to members@smartde.coop.</translation>
    </message>
    <message>
        <source>Kommentar &amp;senden</source>
        <translation>&amp;Send comment</translation>
    </message>
    <message>
        <source>Kommentar wird gesendet.</source>
        <translation>The comment is being sent.</translation>
    </message>
    <message>
        <source>Stornierung beantragen</source>
        <translation>Request cancellation</translation>
    </message>
    <message>
        <source>Ein aktiver Auftrag kann nur mit ausführlicher Begründung storniert werden (mindestens %1 Zeichen). Smart prüft den Antrag und storniert geplante oder bereits gestellte Rechnungen, wo nötig.</source>
        <translation>An active order can only be cancelled with a detailed reason (at least %1 characters). Smart reviews the request and cancels planned or issued invoices where needed.</translation>
    </message>
    <message>
        <source>Stornierung &amp;beantragen</source>
        <translation>&amp;Request cancellation</translation>
    </message>
    <message>
        <source>Stornierung wird beantragt.</source>
        <translation>The cancellation is being requested.</translation>
    </message>
    <message>
        <source>Wird erneut gesendet.</source>
        <translation>Sending again.</translation>
    </message>
    <message>
        <source>Der Auftrag hat noch Fehler und wurde nicht gesendet.</source>
        <translation>The order still has errors and was not sent.</translation>
    </message>
    <message>
        <source>Nur-Lesen: in der Inspektion kann nichts geändert werden.</source>
        <translation>Read-only: nothing can be changed during an inspection.</translation>
    </message>
    <message>
        <source>Im aktuellen Status nicht möglich (%1).</source>
        <translation>Not possible in the current status (%1).</translation>
    </message>
    <message>
        <source>Das hat nicht geklappt: %1</source>
        <translation>That did not work: %1</translation>
    </message>
</context>
<context>
    <name>OrderInvoicesTab</name>
    <message>
        <source>Zu diesem Auftrag gibt es noch keine Rechnung.</source>
        <translation>This order has no invoice yet.</translation>
    </message>
    <message>
        <source>Doppelklick: die Rechnung mit dem Auftrag vergleichen.</source>
        <translation>Double-click: compare the invoice with the order.</translation>
    </message>
    <message>
        <source>&amp;Rechnungen</source>
        <translation>&amp;Invoices</translation>
    </message>
</context>
<context>
    <name>OrderListPage</name>
    <message>
        <source>Suchen: Kund*in, Titel, Betrag … (Strg+F)</source>
        <translation>Search: client, title, amount … (Ctrl+F)</translation>
    </message>
    <message>
        <source>Aufträge durchsuchen</source>
        <translation>Search orders</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kund*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Nächstes Datum</source>
        <translation>Next date</translation>
    </message>
    <message>
        <source>(ohne Kund*in)</source>
        <translation>(no client)</translation>
    </message>
    <message>
        <source>Neuer Auftrag</source>
        <translation>New order</translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Einzelpreis</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Rechnungsdatum %1</source>
        <translation>Invoice date %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Name / Firma der Kund*in</source>
        <translation>Client name / company</translation>
    </message>
    <message>
        <source>Straße und Nr.</source>
        <translation>Street and no.</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>USt-IdNr.</source>
        <translation>VAT ID</translation>
    </message>
    <message>
        <source>Rechnungs-E-Mail</source>
        <translation>Invoice e-mail</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-Mail der Kontaktperson</source>
        <translation>Contact person’s e-mail</translation>
    </message>
    <message>
        <source>Auftragsbeschreibung</source>
        <translation>Order description</translation>
    </message>
    <message>
        <source>Leistungsbeschreibung</source>
        <translation>Service description</translation>
    </message>
    <message>
        <source>Leistung von</source>
        <translation>Service from</translation>
    </message>
    <message>
        <source>Leistung bis</source>
        <translation>Service until</translation>
    </message>
    <message>
        <source>Währung</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Positionen</source>
        <translation>Line items</translation>
    </message>
    <message>
        <source>Rechnungsdaten</source>
        <translation>Invoice dates</translation>
    </message>
    <message>
        <source>Angebot gültig bis</source>
        <translation>Offer valid until</translation>
    </message>
    <message>
        <source>Bestätigung durch Kund*in</source>
        <translation>Client confirmation</translation>
    </message>
    <message>
        <source>Art der Kund*in</source>
        <translation>Client type</translation>
    </message>
    <message>
        <source>Ermäßigter Steuersatz</source>
        <translation>Reduced VAT rate</translation>
    </message>
    <message>
        <source>Besondere Vereinbarung</source>
        <translation>Special agreement</translation>
    </message>
    <message>
        <source>Anhänge</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Pflichtangabe für die Übermittlung.</source>
        <translation>Required for submission.</translation>
    </message>
    <message>
        <source>Das ist keine gültige E-Mail-Adresse.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Die USt-IdNr. hat nicht das Format eines EU-Landes (z. B. DE123456789).</source>
        <translation>The VAT ID does not have the format of an EU country (e.g. DE123456789).</translation>
    </message>
    <message>
        <source>Die USt-IdNr. passt nicht zum Land der Kund*in.</source>
        <translation>The VAT ID does not match the client’s country.</translation>
    </message>
    <message>
        <source>Unbekanntes Land.</source>
        <translation>Unknown country.</translation>
    </message>
    <message>
        <source>Das Ende liegt vor dem Beginn des Leistungszeitraums.</source>
        <translation>The end lies before the start of the service period.</translation>
    </message>
    <message>
        <source>Mindestens eine Position mit Honorar ist nötig.</source>
        <translation>At least one line item with a fee is needed.</translation>
    </message>
    <message>
        <source>Die Menge muss größer als 0 sein.</source>
        <translation>The quantity must be greater than 0.</translation>
    </message>
    <message>
        <source>Der Betrag muss größer als 0 sein.</source>
        <translation>The amount must be greater than 0.</translation>
    </message>
    <message>
        <source>Mindestens ein geplantes Rechnungsdatum ist nötig.</source>
        <translation>At least one planned invoice date is needed.</translation>
    </message>
    <message>
        <source>Dieses Rechnungsdatum steht schon in der Liste.</source>
        <translation>This invoice date is already in the list.</translation>
    </message>
    <message>
        <source>Das Angebot wäre schon abgelaufen.</source>
        <translation>The offer would already have expired.</translation>
    </message>
    <message>
        <source>„Angebot gültig bis“ muss vor dem ersten Rechnungsdatum liegen.</source>
        <translation>“Offer valid until” must be before the first invoice date.</translation>
    </message>
    <message>
        <source>Dieses Budget gibt es in Ihrem Konto nicht. Bitte wählen Sie eines Ihrer Budgets aus der Liste.</source>
        <translation>Your account has no such budget. Please choose one of your budgets from the list.</translation>
    </message>
    <message>
        <source>Nur noch 1 Tag zur Bestätigung – wir empfehlen mindestens eine Woche.</source>
        <translation>Only 1 day left for confirmation – we recommend at least a week.</translation>
    </message>
    <message>
        <source>Das Angebot läuft heute ab – wir empfehlen mindestens eine Woche zur Bestätigung.</source>
        <translation>The offer expires today – we recommend at least a week for confirmation.</translation>
    </message>
    <message>
        <source>Das Rechnungsdatum liegt in der Vergangenheit: der Rechnungsentwurf erscheint sofort nach der Freigabe.</source>
        <translation>The invoice date lies in the past: the invoice draft appears right after approval.</translation>
    </message>
    <message>
        <source>Diese Kund*in gibt es schon: %1. Smart verknüpft den Auftrag beim Senden mit dem vorhandenen Eintrag.</source>
        <translation>This client already exists: %1. On submission Smart links the order to the existing record.</translation>
    </message>
    <message>
        <source>Diese Kund*in gibt es vielleicht schon: %1. Bitte über „Suchen“ die vorhandene übernehmen, statt eine neue anzulegen.</source>
        <translation>This client may already exist: %1. Please take over the existing one with “Search” instead of creating a new one.</translation>
    </message>
    <message>
        <source>Der Stundensatz von %1 liegt unter dem gesetzlichen Mindestlohn (%2 pro Stunde). Smart lehnt solche Aufträge in der Regel ab.</source>
        <translation>The hourly rate of %1 is below the statutory minimum wage (%2 per hour). Smart usually refuses such orders.</translation>
    </message>
    <message>
        <source>Nur noch %1 Tage zur Bestätigung – wir empfehlen mindestens eine Woche.</source>
        <translation>Only %1 days left for confirmation – we recommend at least a week.</translation>
    </message>
    <message>
        <source>Das Rechnungsdatum ist weniger als 7 Tage entfernt: der Rechnungsentwurf erscheint sofort nach der Freigabe.</source>
        <translation>The invoice date is less than 7 days away: the invoice draft appears right after approval.</translation>
    </message>
    <message>
        <source>Ohne Nachweis einer Bestätigung (Vertrag, schriftliche Zusage) erhält der Auftrag keine Zahlungsgarantie.</source>
        <translation>Without proof of a confirmation (contract, written consent) the order gets no payment guarantee.</translation>
    </message>
    <message>
        <source>Kund*innen außerhalb der EU erhalten keine Zahlungsgarantie.</source>
        <translation>Clients outside the EU get no payment guarantee.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyView</name>
    <message>
        <source>Nur-Lesen – Inspektion von %1</source>
        <translation>Read-only – inspecting %1</translation>
    </message>
    <message>
        <source>Nur-Lesen – Inspektionsmodus</source>
        <translation>Read-only – inspection mode</translation>
    </message>
    <message>
        <source>Nur-Lesen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source> – Nur-Lesen</source>
        <translation> – read-only</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Konto</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>E-Mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>nur im Arbeitsspeicher (kein Schlüsselbund verfügbar)</source>
        <translation>in memory only (no keyring available)</translation>
    </message>
    <message>
        <source>im Schlüsselbund des Systems (%1)</source>
        <translation>in the system keyring (%1)</translation>
    </message>
    <message>
        <source>nur im Arbeitsspeicher, bis die App endet</source>
        <translation>in memory only, until the app quits</translation>
    </message>
    <message>
        <source>nicht angemeldet</source>
        <translation>not logged in</translation>
    </message>
    <message>
        <source>Anmeldung gespeichert:</source>
        <translation>Login kept:</translation>
    </message>
    <message>
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <source> Sek.</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Hell</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dunkel</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Allgemein</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Synchronisieren alle:</source>
        <translation>&amp;Synchronise every:</translation>
    </message>
    <message>
        <source>Entwürfe automatisch speichern &amp;nach:</source>
        <translation>Save drafts automatically &amp;after:</translation>
    </message>
    <message>
        <source>S&amp;prache (ab dem nächsten Start):</source>
        <translation>Lan&amp;guage (from the next start):</translation>
    </message>
    <message>
        <source>&amp;Erscheinungsbild:</source>
        <translation>A&amp;ppearance:</translation>
    </message>
    <message>
        <source>Smart-&amp;Beitrag in % (Vorschau):</source>
        <translation>Smart &amp;contribution in % (preview):</translation>
    </message>
    <message>
        <source>Bitte eine Zahl von 0 bis 100 angeben.</source>
        <translation>Please enter a number from 0 to 100.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>Änderung an %1</source>
        <translation>Change to %1</translation>
    </message>
</context>
<context>
    <name>StatusChips</name>
    <message>
        <source>Alle %1</source>
        <translation>All %1</translation>
    </message>
    <message>
        <source>Nur %1 zeigen</source>
        <translation>Show only %1</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Auftrag an Smart senden</source>
        <translation>Send the order to Smart</translation>
    </message>
    <message>
        <source>Der Auftrag kann so nicht gesendet werden. Bitte beheben Sie die Fehler (Doppelklick führt zum Feld).</source>
        <translation>The order cannot be sent like this. Please fix the errors (double-click goes to the field).</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie die Hinweise. Nach dem Senden kann der Auftrag nicht mehr geändert werden.</source>
        <translation>Please check the notes. Once sent, the order can no longer be changed.</translation>
    </message>
    <message>
        <source>Der Auftrag ist vollständig. Nach dem Senden prüft Smart ihn (Ziel: 24 Stunden an Werktagen); ändern können Sie ihn dann nicht mehr.</source>
        <translation>The order is complete. Once sent, Smart reviews it (target: 24 hours on weekdays); you can no longer change it then.</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Senden</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Zurück zum &amp;Formular</source>
        <translation>Back to the &amp;form</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>An Smart &amp;senden …</source>
        <translation>&amp;Send to Smart …</translation>
    </message>
    <message>
        <source>&amp;Kommentar …</source>
        <translation>&amp;Comment …</translation>
    </message>
    <message>
        <source>Stornierung &amp;beantragen …</source>
        <translation>&amp;Request cancellation …</translation>
    </message>
    <message>
        <source>Jetzt &amp;synchronisieren</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <source>Synchronisation &amp;abbrechen</source>
        <translation>&amp;Cancel synchronisation</translation>
    </message>
    <message>
        <source>Abgelehnte Ü&amp;bertragungen …</source>
        <translation>Refused &amp;transfers …</translation>
    </message>
    <message>
        <source>&amp;Anmelden …</source>
        <translation>&amp;Log in …</translation>
    </message>
    <message>
        <source>Ab&amp;melden</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Auftrag</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>S&amp;ynchronisation</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Kein Schlüsselbund</source>
        <translation>No keyring</translation>
    </message>
    <message>
        <source>Auf diesem Rechner gibt es keinen nutzbaren Schlüsselbund. Die Anmeldung gilt deshalb nur bis zum Beenden der App und wird nirgends gespeichert.</source>
        <translation>This computer has no usable keyring. The login therefore lasts only until the app quits and is stored nowhere.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Synchronisation läuft</source>
        <translation>Synchronisation running</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Synchronisation abbrechen</source>
        <translation>Cancel synchronisation</translation>
    </message>
    <message>
        <source>Nicht angemeldet – &lt;a href='login'&gt;Anmelden …&lt;/a&gt;</source>
        <translation>Not logged in – &lt;a href='login'&gt;Log in …&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Anmeldung abgelaufen – &lt;a href='login'&gt;erneut anmelden …&lt;/a&gt;</source>
        <translation>Login expired – &lt;a href='login'&gt;log in again …&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Synchronisiere … %1 Änderungen</source>
        <translation>Synchronising … %1 changes</translation>
    </message>
    <message>
        <source>%1 warten auf Übertragung</source>
        <translation>%1 waiting to be sent</translation>
    </message>
    <message>
        <source>&lt;a href='attention'&gt;%1 abgelehnt&lt;/a&gt;</source>
        <translation>&lt;a href='attention'&gt;%1 refused&lt;/a&gt;</translation>
    </message>
    <message>
        <source>zuletzt %1</source>
        <translation>last %1</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Anmeldung erforderlich</source>
        <translation>Login required</translation>
    </message>
    <message>
        <source>Server gestört</source>
        <translation>Server trouble</translation>
    </message>
    <message>
        <source>Synchronisation abgebrochen</source>
        <translation>Synchronisation cancelled</translation>
    </message>
    <message>
        <source>Noch nicht synchronisiert</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <source>E-Mail-Adresse oder Passwort stimmen nicht.</source>
        <translation>E-mail address or password is wrong.</translation>
    </message>
    <message>
        <source>Die Adresse muss mit https:// beginnen (http:// nur für diesen Rechner).</source>
        <translation>The address must start with https:// (http:// only for this computer).</translation>
    </message>
    <message>
        <source>Der Server ist nicht erreichbar. Stimmt die Adresse, sind Sie online?</source>
        <translation>The server cannot be reached. Is the address right, are you online?</translation>
    </message>
    <message>
        <source>Das Zertifikat des Servers ist nicht vertrauenswürdig.</source>
        <translation>The server’s certificate is not trusted.</translation>
    </message>
    <message>
        <source>Zu viele Versuche. Bitte warten Sie eine Minute.</source>
        <translation>Too many attempts. Please wait a minute.</translation>
    </message>
    <message>
        <source>Für das bisherige Konto warten noch Aktionen auf Übertragung. Melden Sie sich zuerst mit diesem Konto an und synchronisieren Sie.</source>
        <translation>Actions of the previous account are still waiting to be sent. Log in with that account first and synchronise.</translation>
    </message>
    <message>
        <source>Die Antwort des Servers war unlesbar. Ist das der Smart-Server?</source>
        <translation>The server’s answer was unreadable. Is this the Smart server?</translation>
    </message>
    <message>
        <source>Der Server meldet einen Fehler.</source>
        <translation>The server reports an error.</translation>
    </message>
    <message>
        <source>Smart hat den Auftrag als unvollständig abgelehnt.</source>
        <translation>Smart refused the order as incomplete.</translation>
    </message>
    <message>
        <source>Im aktuellen Status des Auftrags nicht mehr möglich.</source>
        <translation>No longer possible in the order’s current status.</translation>
    </message>
    <message>
        <source>Die Begründung ist zu kurz (mindestens 20 Zeichen).</source>
        <translation>The reason is too short (at least 20 characters).</translation>
    </message>
    <message>
        <source>Die Datei fehlt im Profil und kann nicht gesendet werden.</source>
        <translation>The file is missing from the profile and cannot be sent.</translation>
    </message>
    <message>
        <source>Der Server nimmt nur PDF-, JPEG- und PNG-Dateien an.</source>
        <translation>The server accepts only PDF, JPEG and PNG files.</translation>
    </message>
    <message>
        <source>Die Datei ist größer als 25 MB.</source>
        <translation>The file is larger than 25 MB.</translation>
    </message>
    <message>
        <source>Der Server kennt diesen Auftrag nicht.</source>
        <translation>The server does not know this order.</translation>
    </message>
    <message>
        <source>Wartet: das Einreichen des Auftrags wurde abgelehnt. Nach erneutem Einreichen wird es mitgesendet.</source>
        <translation>Waiting: submitting the order was refused. It goes out once the order is submitted again.</translation>
    </message>
    <message>
        <source>Dafür fehlt die Berechtigung.</source>
        <translation>You are not allowed to do that.</translation>
    </message>
    <message>
        <source>Einreichen</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Anhang hochladen</source>
        <translation>Upload attachment</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Stornierung beantragen</source>
        <translation>Request cancellation</translation>
    </message>
    <message>
        <source>Rechnungsänderung beantragen</source>
        <translation>Request invoice change</translation>
    </message>
    <message>
        <source>Rechnung jetzt senden</source>
        <translation>Send invoice now</translation>
    </message>
</context>
<context>
    <name>TextRequestDialog</name>
    <message>
        <source>Noch %1 Zeichen</source>
        <translation>%1 more characters</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ereignis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Grund / Kommentar</source>
        <translation>Reason / comment</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Noch kein Verlauf: der Auftrag ist ein Entwurf.</source>
        <translation>No history yet: the order is a draft.</translation>
    </message>
    <message>
        <source>&amp;Auftrag</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>&amp;Verlauf</source>
        <translation>&amp;History</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>An Smart gesendet</source>
        <translation>Sent to Smart</translation>
    </message>
    <message>
        <source>An Smart senden</source>
        <translation>Send to Smart</translation>
    </message>
    <message>
        <source>Von Smart bestätigt</source>
        <translation>Confirmed by Smart</translation>
    </message>
    <message>
        <source>Von Smart abgelehnt</source>
        <translation>Rejected by Smart</translation>
    </message>
    <message>
        <source>Von der Kund*in bestätigt</source>
        <translation>Confirmed by the client</translation>
    </message>
    <message>
        <source>Von der Kund*in abgelehnt</source>
        <translation>Rejected by the client</translation>
    </message>
    <message>
        <source>Kund*in wünscht Änderungen</source>
        <translation>Client requests changes</translation>
    </message>
    <message>
        <source>Angebot abgelaufen, ohne Bestätigung der Kund*in</source>
        <translation>Offer expired without the client’s confirmation</translation>
    </message>
    <message>
        <source>Stornierung beantragen</source>
        <translation>Request cancellation</translation>
    </message>
    <message>
        <source>Stornierung beantragt</source>
        <translation>Cancellation requested</translation>
    </message>
    <message>
        <source>Stornierung bestätigt</source>
        <translation>Cancellation approved</translation>
    </message>
    <message>
        <source>Stornierung abgelehnt</source>
        <translation>Cancellation declined</translation>
    </message>
    <message>
        <source>Rechnungsentwurf erstellt</source>
        <translation>Invoice draft created</translation>
    </message>
    <message>
        <source>Rechnungsänderung beantragen</source>
        <translation>Request invoice change</translation>
    </message>
    <message>
        <source>Rechnungsänderung beantragt</source>
        <translation>Invoice change requested</translation>
    </message>
    <message>
        <source>Rechnung überarbeitet</source>
        <translation>Invoice revised</translation>
    </message>
    <message>
        <source>Rechnung jetzt senden</source>
        <translation>Send invoice now</translation>
    </message>
    <message>
        <source>Rechnung gestellt</source>
        <translation>Invoice issued</translation>
    </message>
    <message>
        <source>Rechnung bezahlt</source>
        <translation>Invoice paid</translation>
    </message>
    <message>
        <source>Rechnung angefochten</source>
        <translation>Invoice disputed</translation>
    </message>
    <message>
        <source>Rechnung storniert</source>
        <translation>Invoice cancelled</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Anhang hinzugefügt</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <source>Support hat diesen Auftrag eingesehen</source>
        <translation>Support viewed this order</translation>
    </message>
    <message>
        <source>Sie</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Smart</source>
        <translation>Smart</translation>
    </message>
    <message>
        <source>Kund*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>wartet auf Übertragung</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>seit %1 Std. bei Smart (Ziel: %2 Std. an Werktagen)</source>
        <translation>with Smart for %1 h (target: %2 h on weekdays)</translation>
    </message>
</context>
</TS>
