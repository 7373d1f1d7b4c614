<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de_DE">
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
    <name>DraftEditor</name>
    <message>
        <source>z. B. Persönliches Budget</source>
        <translation>e.g. personal budget</translation>
    </message>
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
    <name>OrderListPage</name>
    <message>
        <source>Suchen: Kund*in, Titel, Betrag … (Strg+F)</source>
        <translation>Search: client, title, amount … (Ctrl+F)</translation>
    </message>
    <message>
        <source>Aufträge durchsuchen</source>
        <translation>Search orders</translation>
    </message>
    <message>
        <source>Nach Status filtern</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Alle Status (%1)</source>
        <translation>All statuses (%1)</translation>
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
    <name>SnapshotCommand</name>
    <message>
        <source>Änderung an %1</source>
        <translation>Change to %1</translation>
    </message>
</context>
</TS>
