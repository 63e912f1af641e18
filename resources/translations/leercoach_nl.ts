<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ActionDeletion</name>
    <message>
        <source>Action deleted.</source>
        <translation>Afspraak verwijderd.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Afspraak bewerken</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>What will be done, as concretely as possible</source>
        <translation>Wat er gaat gebeuren, zo concreet mogelijk</translation>
    </message>
    <message>
        <source>and a name if you like: Pieter, de buddy</source>
        <translation>en eventueel een naam: Pieter, de buddy</translation>
    </message>
    <message>
        <source>Name of who does it</source>
        <translation>Naam van wie het doet</translation>
    </message>
    <message>
        <source>What will we see or hear when it has worked?</source>
        <translation>Wat zien of horen we als het gelukt is?</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>Wi&amp;e</translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation>&amp;Tegen wanneer</translation>
    </message>
    <message>
        <source>How will we &amp;know</source>
        <translation>Hoe weten we dat het ge&amp;lukt is</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>How it is &amp;learned</source>
        <translation>&amp;Leervorm</translation>
    </message>
    <message>
        <source>Describe what will be done.</source>
        <translation>Beschrijf wat er gaat gebeuren.</translation>
    </message>
</context>
<context>
    <name>ActionReviewRow</name>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · tegen %2</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · te laat</translation>
    </message>
    <message>
        <source>How we will know: %1</source>
        <translation>Hoe weten we dat het gelukt is: %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status van %1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notitie bij %1</translation>
    </message>
    <message>
        <source>Note (optional): what happened?</source>
        <translation>Notitie (optioneel): wat is er gebeurd?</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation>Hoe weten we het</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
</context>
<context>
    <name>AddPointDialog</name>
    <message>
        <source>Add a talking point</source>
        <translation>Gespreksonderwerp toevoegen</translation>
    </message>
    <message>
        <source>e.g. working from home</source>
        <translation>bv. thuiswerk</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Who wants to discuss it:</source>
        <translation>&amp;Wie wil het bespreken:</translation>
    </message>
    <message>
        <source>It comes back as the first step of the next conversation with %1.</source>
        <translation>Het komt terug als eerste stap van het volgende gesprek met %1.</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Other, namely:</source>
        <translation>Anders, namelijk:</translation>
    </message>
</context>
<context>
    <name>AnswerNote</name>
    <message>
        <source>What lies behind this answer, in a few words (optional)</source>
        <translation>Wat zit er achter dit antwoord, in een paar woorden (optioneel)</translation>
    </message>
    <message>
        <source>N&amp;ote (optional)</source>
        <translation>Toelichtin&amp;g (optioneel)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>leercoach cannot open %1:

%2</source>
        <translation>leercoach kan %1 niet openen:

%2</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive employee</source>
        <translation>Medewerker archiveren</translation>
    </message>
    <message>
        <source>Archive %1? Their history is kept; archived people are hidden from the list unless you tick “Show archived employees”.</source>
        <translation>%1 archiveren? De geschiedenis blijft bewaard; gearchiveerde medewerkers staan niet meer in de lijst, tenzij je “Gearchiveerde medewerkers tonen” aanvinkt.</translation>
    </message>
    <message>
        <source>In service &amp;until</source>
        <translation>In dienst &amp;tot</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>Type the last day in service.</source>
        <translation>Vul de laatste dag in dienst in.</translation>
    </message>
    <message>
        <source>The end date lies before the start date (%1): check the date.</source>
        <translation>De einddatum ligt voor de startdatum (%1): kijk de datum na.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The automatic backup failed: %1 Your work itself is saved; leercoach tries again later.</source>
        <translation>De automatische back-up is mislukt: %1 Je werk zelf is opgeslagen; leercoach probeert het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export growth plans</source>
        <translation>Groeiplannen exporteren</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>One PDF per employee, in a folder</source>
        <translation>Eén pdf per medewerker, in een map</translation>
    </message>
    <message>
        <source>One combined PDF with a bookmark per employee</source>
        <translation>Eén gebundelde pdf met een bladwijzer per medewerker</translation>
    </message>
    <message>
        <source>Also print the managers&apos; private notes</source>
        <translation>Ook de privénotities van de leidinggevenden afdrukken</translation>
    </message>
    <message>
        <source>Left out unless you ask for them here</source>
        <translation>Weggelaten, tenzij je er hier om vraagt</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>&amp;Cycle year</source>
        <translation>&amp;Cyclusjaar</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>growth plans %1.pdf</source>
        <translation>groeiplannen %1.pdf</translation>
    </message>
    <message>
        <source>Save combined PDF</source>
        <translation>Gebundelde pdf opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Map voor de pdf&apos;s</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export geannuleerd.</translation>
    </message>
</context>
<context>
    <name>BatchTexts</name>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n bestand geschreven naar %1.</numerusform>
            <numerusform>%n bestanden geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) could not be exported.</source>
        <translation>
            <numerusform>%n medewerker kon niet geëxporteerd worden.</numerusform>
            <numerusform>%n medewerkers konden niet geëxporteerd worden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Leave the text of actions and goals out of the titles</source>
        <translation>De tekst van afspraken en doelen weglaten uit de titels</translation>
    </message>
    <message>
        <source>The titles then only say whose action or goal is due, for a shared calendar</source>
        <translation>De titels zeggen dan alleen van wie een afspraak of doel vervalt, voor een gedeelde agenda</translation>
    </message>
    <message>
        <source>The planned talks, the next talks the rhythm gives and the due dates of actions and goals, as a file to import in your calendar. Nothing is sent.</source>
        <translation>De geplande gesprekken, de volgende gesprekken volgens het ritme en de vervaldagen van afspraken en doelen, als bestand om in je agenda te importeren. Er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>leercoach calendar</source>
        <translation>leercoach-agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>De agenda wordt geschreven…</translation>
    </message>
    <message>
        <source>%n event(s) written to %1.

Import the file in your calendar; a later export updates the same events.</source>
        <translation>%n item geschreven naar %1.

Importeer het bestand in je agenda; een latere export werkt dezelfde items bij.||%n items geschreven naar %1.

Importeer het bestand in je agenda; een latere export werkt dezelfde items bij.</translation>
    </message>
</context>
<context>
    <name>CardStep</name>
    <message>
        <source>Ask further</source>
        <translation>Doorvragen</translation>
    </message>
    <message>
        <source>Coaching tip</source>
        <translation>Coachingtip</translation>
    </message>
    <message>
        <source>Last time (%1):</source>
        <translation>Vorige keer (%1):</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Antwoord wissen</translation>
    </message>
    <message>
        <source>Preparation by %1:</source>
        <translation>Voorbereiding van %1:</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>← Overview</source>
        <translation>← Overzicht</translation>
    </message>
    <message>
        <source>Back to the overview; everything is already saved</source>
        <translation>Terug naar het overzicht; alles is al opgeslagen</translation>
    </message>
    <message>
        <source>Steps of the conversation</source>
        <translation>Stappen van het gesprek</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <source>Previous card (Ctrl+Shift+Enter)</source>
        <translation>Vorige kaart (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Over&amp;slaan</translation>
    </message>
    <message>
        <source>Go on without an answer; you can come back</source>
        <translation>Verder zonder antwoord; je kunt later terugkomen</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Vo&amp;lgende ▶</translation>
    </message>
    <message>
        <source>Next card (Ctrl+Enter)</source>
        <translation>Volgende kaart (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 met %2</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Earlier actions</source>
        <translation>Eerdere afspraken</translation>
    </message>
    <message>
        <source>Summary and finish</source>
        <translation>Samenvatting en afronden</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>Kaart %1 van %2</translation>
    </message>
    <message>
        <source>Answer cleared.</source>
        <translation>Antwoord gewist.</translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation>Gesprek heropenen</translation>
    </message>
    <message>
        <source>Reason for reopening (kept in its history)</source>
        <translation>Reden van heropenen (blijft bewaard in de geschiedenis)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The disk is full. Free some space and try again; everything saved before this moment is safe.</source>
        <translation>De schijf is vol. Maak wat ruimte vrij en probeer opnieuw; alles wat tot nu toe opgeslagen werd, is veilig.</translation>
    </message>
    <message>
        <source>The computer could not read or write the leercoach file (an input/output error). The disk or USB stick may be failing or was removed.</source>
        <translation>De computer kon het leercoach-bestand niet lezen of schrijven (een invoer-/uitvoerfout). Misschien is de schijf of USB-stick defect of werd ze losgekoppeld.</translation>
    </message>
    <message>
        <source>The leercoach database file is damaged. Do not delete it; restore a backup or ask for help with the file.</source>
        <translation>Het databasebestand van leercoach is beschadigd. Verwijder het niet; zet een back-up terug of vraag hulp bij het bestand.</translation>
    </message>
    <message>
        <source>The leercoach file is read-only, so changes cannot be saved. Check the file&apos;s permissions or copy it to a folder you can write to.</source>
        <translation>Het leercoach-bestand is alleen-lezen, dus wijzigingen kunnen niet opgeslagen worden. Controleer de rechten van het bestand of kopieer het naar een map waar je kunt schrijven.</translation>
    </message>
    <message>
        <source>The leercoach file is in use by another program. Close the other program and try again.</source>
        <translation>Het leercoach-bestand wordt door een ander programma gebruikt. Sluit dat programma en probeer opnieuw.</translation>
    </message>
    <message>
        <source>leercoach ran into an unexpected error. Your saved work is safe; the details are in the log file.</source>
        <translation>leercoach liep tegen een onverwachte fout aan. Je opgeslagen werk is veilig; de details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>for example %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Kies de datum op een kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Kies de datum op een kalender</translation>
    </message>
    <message>
        <source>Type a year from %1 to %2.</source>
        <translation>Typ een jaar van %1 tot %2.</translation>
    </message>
    <message>
        <source>There is no month %1: type the day, the month and the year, as in %2.</source>
        <translation>Er is geen maand %1: typ de dag, de maand en het jaar, zoals in %2.</translation>
    </message>
    <message>
        <source>%1 %2 %3 does not exist: check the day.</source>
        <translation>%1 %2 %3 bestaat niet: kijk de dag na.</translation>
    </message>
    <message>
        <source>This is not a date: type the day, the month and the year, as in %1.</source>
        <translation>Dit is geen datum: typ de dag, de maand en het jaar, zoals in %1.</translation>
    </message>
</context>
<context>
    <name>DeckPickerDialog</name>
    <message>
        <source>New conversation with %1</source>
        <translation>Nieuw gesprek met %1</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Nieuwe reflectie</translation>
    </message>
    <message>
        <source>Conversation decks</source>
        <translation>Kaartensets</translation>
    </message>
    <message>
        <source>Also show decks in other languages</source>
        <translation>Ook kaartensets in andere talen tonen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Nothing suggested: %1 already had “%2” today.</source>
        <translation>Geen voorstel: %1 had vandaag al “%2”.</translation>
    </message>
    <message>
        <source>%1 has an end date.</source>
        <translation>%1 heeft een einddatum.</translation>
    </message>
    <message>
        <source>%1 started less than three months ago.</source>
        <translation>%1 is minder dan drie maanden geleden begonnen.</translation>
    </message>
    <message>
        <source>The growth cycle of %1 has no planning conversation yet.</source>
        <translation>In de groeicyclus van %1 is nog geen plangesprek gevoerd.</translation>
    </message>
    <message>
        <source>The growth cycle of %1 ends soon and has no evaluation conversation yet.</source>
        <translation>De groeicyclus van %1 eindigt binnenkort en er is nog geen evaluatiegesprek gevoerd.</translation>
    </message>
    <message>
        <source>A regular conversation with %1.</source>
        <translation>Een periodiek gesprek met %1.</translation>
    </message>
    <message>
        <source>Suggested: %1. %2</source>
        <translation>Voorstel: %1. %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>ongeveer %n minuut</numerusform>
            <numerusform>ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>This deck could not be loaded:</source>
        <translation>Deze kaartenset kon niet geladen worden:</translation>
    </message>
</context>
<context>
    <name>DeckTreeModel</name>
    <message>
        <source>Could not be loaded</source>
        <translation>Kon niet geladen worden</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <source>You are looking at demo data: fictional people, for trying leercoach out.</source>
        <translation>Je bekijkt demogegevens: fictieve personen om leercoach mee uit te proberen.</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Demogegevens verwijderen</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Edit employee</source>
        <translation>Medewerker bewerken</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Employee n&amp;umber</source>
        <translation>&amp;Personeelsnummer</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Startdatum</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>E&amp;inddatum</translation>
    </message>
    <message>
        <source>&amp;Growth phase</source>
        <translation>&amp;Groeifase</translation>
    </message>
    <message>
        <source>Possibly already present: %1 (%2). Check before saving; you can still save.</source>
        <translation>Mogelijk al aanwezig: %1 (%2). Kijk dat na voor je opslaat; opslaan kan nog altijd.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Een naam is verplicht.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <source>%1 contains an invisible or control character (%2); remove it.</source>
        <translation>%1 bevat een onzichtbaar teken of stuurteken (%2); haal het weg.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Het e-mailadres is niet geldig.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
</context>
<context>
    <name>EmployeeListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>The last conversation held</source>
        <translation>Het laatste gevoerde gesprek</translation>
    </message>
    <message>
        <source>The next conversation: planned, or by the rhythm</source>
        <translation>Het volgende gesprek: gepland, of volgens het ritme</translation>
    </message>
    <message>
        <source>No conversation held yet</source>
        <translation>Nog geen gesprek gevoerd</translation>
    </message>
    <message>
        <source>Last conversation: %1</source>
        <translation>Laatste gesprek: %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>%1 (this week)</source>
        <translation>%1 (deze week)</translation>
    </message>
    <message>
        <source>No conversation planned</source>
        <translation>Geen gesprek gepland</translation>
    </message>
    <message>
        <source>Next conversation: %1</source>
        <translation>Volgende gesprek: %1</translation>
    </message>
</context>
<context>
    <name>EmployeeView</name>
    <message>
        <source>&amp;Plan a conversation…</source>
        <translation>Gesprek &amp;plannen…</translation>
    </message>
    <message>
        <source>How often you talk, the next date and its deck</source>
        <translation>Hoe vaak je praat, de volgende datum en de kaartenset</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nieuw gesprek</translation>
    </message>
    <message>
        <source>Start a conversation with this person (Ctrl+N)</source>
        <translation>Begin een gesprek met deze persoon (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>Press Enter or double-click to follow up; right-click for more</source>
        <translation>Druk op Enter of dubbelklik om op te volgen; rechtsklik voor meer</translation>
    </message>
    <message>
        <source>New ac&amp;tion…</source>
        <translation>Nieuwe a&amp;fspraak…</translation>
    </message>
    <message>
        <source>An action agreed outside a conversation</source>
        <translation>Een afspraak buiten een gesprek</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open; right-click a draft to discard it</source>
        <translation>Druk op Enter of dubbelklik om te openen; rechtsklik op een lopend gesprek om het weg te gooien</translation>
    </message>
    <message>
        <source>A prep sheet for you, drawn from this person&apos;s talks, actions and goals</source>
        <translation>Een voorbereidingsblad voor jou, uit de gesprekken, afspraken en doelen van deze persoon</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Growth cycle</source>
        <translation>&amp;Groeicyclus</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>Ve&amp;rloop</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>Niemand geselecteerd</translation>
    </message>
    <message>
        <source>Pick someone on the left, or add a new employee.</source>
        <translation>Kies links iemand, of voeg een nieuwe medewerker toe.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Openstaande afspraken</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>growth phase: %1</source>
        <translation>groeifase: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>leaves on %1</source>
        <translation>vertrekt op %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Uit &amp;archief halen</translation>
    </message>
    <message>
        <source>Open actions (%1)</source>
        <translation>Openstaande afspraken (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Gesprekken (%1)</translation>
    </message>
    <message>
        <source>Growth phases: %1</source>
        <translation>Groeifasen: %1</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>%1 wissen</translation>
    </message>
    <message>
        <source>This erases %1 and every conversation, answer, action, goal and note about them, for good, and rewrites the file so the text is gone from the disk. Export their data first if they asked for it.

Type the name to confirm:</source>
        <translation>Hiermee wis je %1 en elk gesprek, antwoord, elke afspraak, elk doel en elke notitie over deze persoon, definitief. Het bestand wordt herschreven zodat de tekst ook van de schijf verdwijnt. Exporteer eerst de gegevens als de persoon erom vroeg.

Typ de naam om te bevestigen:</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Naam ter bevestiging</translation>
    </message>
    <message>
        <source>Also erase them from the backups</source>
        <translation>Ook uit de back-ups wissen</translation>
    </message>
    <message>
        <source>Otherwise earlier backups still hold them until they are thinned out</source>
        <translation>Anders bevatten eerdere back-ups deze persoon nog tot ze opgeruimd worden</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
</context>
<context>
    <name>ErasureTexts</name>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message numerus="yes">
        <source>Erasing %n person(s) from the database and its copies…</source>
        <translation>
            <numerusform>%n persoon wissen uit de database en haar kopieën…</numerusform>
            <numerusform>%n personen wissen uit de database en haar kopieën…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is erased: from the database file and from %n copy(ies) leercoach made.</source>
        <translation>
            <numerusform>%1 is gewist: uit het databasebestand en uit %n kopie die leercoach maakte.</numerusform>
            <numerusform>%1 is gewist: uit het databasebestand en uit %n kopieën die leercoach maakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is NOT erased everywhere. The files below may still hold them; see why for each, then erase again.</source>
        <translation>%1 is NIET overal gewist. De bestanden hieronder kunnen de gegevens nog bevatten; lees bij elk waarom en wis daarna opnieuw.</translation>
    </message>
    <message>
        <source>Another program is reading the database, so its old pages are still in the file. Close that program and erase again.</source>
        <translation>Een ander programma leest de database, dus de oude pagina&apos;s staan nog in het bestand. Sluit dat programma en wis opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold them until they are thinned out: erase again with “Also erase them from the backups” to remove them there too.</source>
        <translation>
            <numerusform>%n back-up bevat de gegevens nog tot hij wordt opgeruimd: wis opnieuw met “Ook uit de back-ups wissen” om ze ook daar te verwijderen.</numerusform>
            <numerusform>%n back-ups bevatten de gegevens nog tot ze worden opgeruimd: wis opnieuw met “Ook uit de back-ups wissen” om ze ook daar te verwijderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies you made yourself (with “backup --to”, or by copying the file) are not changed; erase or delete those yourself.</source>
        <translation>Kopieën die je zelf maakte (met “backup --to” of door het bestand te kopiëren) zijn niet gewijzigd; wis of verwijder die zelf.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The leercoach file is open in another leercoach window or program. Close that one first and try again; two windows would overwrite each other&apos;s work.</source>
        <translation>Het leercoach-bestand is open in een ander leercoach-venster of programma. Sluit dat eerst en probeer opnieuw; twee vensters zouden elkaars werk overschrijven.</translation>
    </message>
    <message>
        <source>That passphrase does not open the leercoach file. Nothing was changed; try again with the right passphrase.</source>
        <translation>Die wachtwoordzin opent het leercoach-bestand niet. Er is niets veranderd; probeer opnieuw met de juiste wachtwoordzin.</translation>
    </message>
    <message>
        <source>The leercoach file is encrypted: give its passphrase to open it.</source>
        <translation>Het leercoach-bestand is versleuteld: geef de wachtwoordzin om het te openen.</translation>
    </message>
    <message>
        <source>This cannot be saved as it is: %1</source>
        <translation>Dit kan zo niet opgeslagen worden: %1</translation>
    </message>
    <message>
        <source>This conversation is completed and kept as a record, so it cannot be changed. Reopen it first if something must change.</source>
        <translation>Dit gesprek is afgerond en wordt bewaard als verslag; het kan niet meer veranderd worden. Heropen het eerst als er iets moet veranderen.</translation>
    </message>
    <message>
        <source>What you chose is no longer there: it may have been erased or removed in the meantime. Nothing was changed.</source>
        <translation>Wat je koos, bestaat niet meer: misschien werd het intussen gewist of verwijderd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The leercoach file was saved by a newer version of leercoach. Install the newer version to open it; nothing was changed.</source>
        <translation>Het leercoach-bestand werd opgeslagen door een nieuwere versie van leercoach. Installeer die nieuwere versie om het te openen; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The leercoach file is no longer where it was: it may have been moved, renamed or deleted while leercoach had it open. Put it back, or close leercoach and start it again.</source>
        <translation>Het leercoach-bestand staat niet meer waar het stond: misschien werd het verplaatst, hernoemd of verwijderd terwijl leercoach het open had. Zet het terug, of sluit leercoach en start het opnieuw.</translation>
    </message>
    <message>
        <source>Encrypted leercoach files need the SQLCipher library, which does not load on this computer. Reinstall leercoach.</source>
        <translation>Versleutelde leercoach-bestanden hebben de SQLCipher-bibliotheek nodig, en die laadt niet op deze computer. Installeer leercoach opnieuw.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: it is damaged or not a leercoach backup. Nothing was changed.</source>
        <translation>Deze back-up kan niet teruggezet worden: ze is beschadigd of geen back-up van leercoach. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup could not be made or put back. Nothing was changed.</source>
        <translation>De back-up kon niet gemaakt of teruggezet worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The leercoach file could not be encrypted or decrypted. Nothing was changed.</source>
        <translation>Het leercoach-bestand kon niet versleuteld of ontsleuteld worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>leercoach could not do this. Nothing was changed.</source>
        <translation>leercoach kon dit niet doen. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>ExportTargets</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Replace and export?</source>
        <translation>Vervangen en exporteren?</translation>
    </message>
    <message>
        <source>%1 is the leercoach database. Choose another file name.</source>
        <translation>%1 is de leercoach-database. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is one of the files leercoach keeps beside its database %2. Choose another file name.</source>
        <translation>%1 is een van de bestanden die leercoach naast zijn database %2 bewaart. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is inside the leercoach data folder %2. Choose a place outside it.</source>
        <translation>%1 staat in de gegevensmap van leercoach, %2. Kies een plaats buiten die map.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name.</source>
        <translation>%1 is een map. Kies een bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is not a regular file. Choose another file name.</source>
        <translation>%1 is geen gewoon bestand. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 cannot be read to see what it is, so leercoach does not replace it. Choose another file name.</source>
        <translation>%1 kan niet gelezen worden om te zien wat het is, dus leercoach vervangt het niet. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>The folder %2 does not exist. Create it first, or choose another.</source>
        <translation>De map %2 bestaat niet. Maak die eerst aan, of kies een andere.</translation>
    </message>
    <message>
        <source>%2 is not a folder, so %1 cannot be written there.</source>
        <translation>%2 is geen map, dus %1 kan daar niet geschreven worden.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, so leercoach does not replace it. Choose another file name.</source>
        <translation>%1 is geen pdf, dus leercoach vervangt het niet. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is not a personal-data export of leercoach, so leercoach does not replace it. Choose another file name.</source>
        <translation>%1 is geen export van persoonsgegevens uit leercoach, dus leercoach vervangt het niet. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is another kind of file than this export, so leercoach does not replace it. Choose another file name.</source>
        <translation>%1 is een ander soort bestand dan deze export, dus leercoach vervangt het niet. Kies een andere bestandsnaam.</translation>
    </message>
</context>
<context>
    <name>ExtraCards</name>
    <message>
        <source>E&amp;xtra questions</source>
        <translation>E&amp;xtra vragen</translation>
    </message>
    <message>
        <source>Optional cards of this deck: pull one into the talk</source>
        <translation>Kaarten van deze set die niet vanzelf aan bod komen: haal er een bij in het gesprek</translation>
    </message>
</context>
<context>
    <name>FeedforwardSheet</name>
    <message>
        <source>Prepare fee&amp;dforward…</source>
        <translation>Feedforward &amp;voorbereiden…</translation>
    </message>
    <message>
        <source>Save feedforward preparation</source>
        <translation>Feedforwardvoorbereiding opslaan</translation>
    </message>
    <message>
        <source>Your own notes for %1 are kept in the deck “%2”: a record of yours, not a talk.</source>
        <translation>Je eigen notities over %1 hou je bij in de kaartenset “%2”: een verslag van jezelf, geen gesprek.</translation>
    </message>
    <message>
        <source>&amp;Start my own notes</source>
        <translation>Eigen notities &amp;starten</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up an action</source>
        <translation>Afspraak opvolgen</translation>
    </message>
    <message>
        <source>Optional: why, or a correction of what was agreed</source>
        <translation>Optioneel: waarom, of een correctie op wat afgesproken is</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>What was agreed stays as agreed once a conversation has recorded it. Add a note to correct it.</source>
        <translation>Wat afgesproken is, blijft zoals afgesproken zodra een gesprek het heeft vastgelegd. Voeg een notitie toe om het te corrigeren.</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>afgesproken</translation>
    </message>
    <message>
        <source>status: %1 → %2</source>
        <translation>status: %1 → %2</translation>
    </message>
    <message>
        <source>by when: %1 → %2</source>
        <translation>tegen wanneer: %1 → %2</translation>
    </message>
    <message>
        <source>who: %1 → %2</source>
        <translation>wie: %1 → %2</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>Let the employee formulate the goal; write it down in their words.</source>
        <translation>Laat de medewerker het doel zelf formuleren en noteer het in zijn of haar eigen woorden.</translation>
    </message>
    <message>
        <source>What do you want to be able to do?</source>
        <translation>Wat wil je kunnen?</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>&amp;Specific</source>
        <translation>&amp;Specifiek</translation>
    </message>
    <message>
        <source>What exactly, where, with whom?</source>
        <translation>Wat precies, waar, met wie?</translation>
    </message>
    <message>
        <source>&amp;Measurable</source>
        <translation>&amp;Meetbaar</translation>
    </message>
    <message>
        <source>How will we see that it worked?</source>
        <translation>Waaraan zien we dat het gelukt is?</translation>
    </message>
    <message>
        <source>&amp;Acceptable</source>
        <translation>&amp;Acceptabel</translation>
    </message>
    <message>
        <source>Why does it matter to you?</source>
        <translation>Wat maakt dat het voor jou belangrijk is?</translation>
    </message>
    <message>
        <source>&amp;Realistic</source>
        <translation>&amp;Realistisch</translation>
    </message>
    <message>
        <source>Is it feasible, with which help?</source>
        <translation>Is het haalbaar, met welke hulp?</translation>
    </message>
    <message>
        <source>&amp;Time-bound</source>
        <translation>&amp;Tijdgebonden</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>Tegen wanneer?</translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation>Str&amp;eefdatum</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Note: due after the cycle ends (%1), so not evaluated in this cycle.</source>
        <translation>Let op: deze datum valt na het einde van de cyclus (%1); het doel wordt dan niet in deze cyclus geëvalueerd.</translation>
    </message>
    <message>
        <source>Give the goal a short title.</source>
        <translation>Geef het doel een korte titel.</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Learning actions</source>
        <translation>Leeracties</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message numerus="yes">
        <source>%n learning action(s)</source>
        <translation>
            <numerusform>%n leeractie</numerusform>
            <numerusform>%n leeracties</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>Nog in te vullen: %1</translation>
    </message>
</context>
<context>
    <name>GrowthView</name>
    <message>
        <source>Cycle </source>
        <translation>Cyclus </translation>
    </message>
    <message>
        <source>Year of the growth cycle</source>
        <translation>Jaar van de groeicyclus</translation>
    </message>
    <message>
        <source>Start this growth cycle</source>
        <translation>Deze groeicyclus starten</translation>
    </message>
    <message>
        <source>The phase the cycle is in now</source>
        <translation>De fase waarin de cyclus nu zit</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>+ &amp;Goal…</source>
        <translation>+ Do&amp;el…</translation>
    </message>
    <message>
        <source>+ &amp;Learning action…</source>
        <translation>+ &amp;Leeractie…</translation>
    </message>
    <message>
        <source>A learning action for the selected goal: a course, job shadowing, coaching…</source>
        <translation>Een leeractie voor het gekozen doel: een opleiding, meelopen, coaching…</translation>
    </message>
    <message>
        <source>Still missing in this cycle</source>
        <translation>Wat nog ontbreekt in deze cyclus</translation>
    </message>
    <message>
        <source>Conversations in this cycle</source>
        <translation>Gesprekken in deze cyclus</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message>
        <source>in order</source>
        <translation>in orde</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) open</source>
        <translation>
            <numerusform>%n punt open</numerusform>
            <numerusform>%n punten open</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing: well done.</source>
        <translation>Niets: goed bezig.</translation>
    </message>
    <message numerus="yes">
        <source>This cycle ends on %1, in %n day(s).</source>
        <translation>
            <numerusform>Deze cyclus eindigt op %1, over %n dag.</numerusform>
            <numerusform>Deze cyclus eindigt op %1, over %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the &amp;next cycle (%1)</source>
        <translation>Plan de &amp;volgende cyclus (%1)</translation>
    </message>
    <message>
        <source>Learning action for “%1”</source>
        <translation>Leeractie voor “%1”</translation>
    </message>
    <message>
        <source>growth plan %1</source>
        <translation>groeiplan %1</translation>
    </message>
    <message>
        <source>Save growth plan</source>
        <translation>Groeiplan opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message numerus="yes">
        <source>%n employee(s) imported.</source>
        <translation>
            <numerusform>%n medewerker geïmporteerd.</numerusform>
            <numerusform>%n medewerkers geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The background check of the database could not run: %1 leercoach tries again at the next start.</source>
        <translation>De database kon niet op de achtergrond gecontroleerd worden: %1 leercoach probeert het opnieuw bij de volgende start.</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>Development KPIs</source>
        <translation>Kerncijfers ontwikkeling</translation>
    </message>
    <message>
        <source>Reference date: %1. A dash: nothing to count.</source>
        <translation>Peildatum: %1. Een streepje: niets te tellen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Remove demo data</source>
        <translation>Demogegevens verwijderen</translation>
    </message>
    <message>
        <source>Remove all demo employees and their conversations? Your own data stays.</source>
        <translation>Alle demomedewerkers en hun gesprekken verwijderen? Je eigen gegevens blijven bewaard.</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 werd gewist.</translation>
    </message>
    <message>
        <source>Continue conversation?</source>
        <translation>Gesprek voortzetten?</translation>
    </message>
    <message>
        <source>The conversation “%1” with %2, started on %3, is not finished. Continue where you left off?</source>
        <translation>Het gesprek “%1” met %2, begonnen op %3, is nog bezig. Verdergaan waar je gebleven was?</translation>
    </message>
    <message>
        <source>Your reflection “%1”, started on %3, is not finished. Continue where you left off?</source>
        <translation>Je reflectie “%1”, begonnen op %3, is nog bezig. Verdergaan waar je gebleven was?</translation>
    </message>
    <message>
        <source>The check of the leercoach database found damage. Your work of this session is saved, but the file should not be used further. Recover now: leercoach closes this window, sets the damaged file aside (it is not deleted) and offers the newest verified backup.</source>
        <translation>Bij de controle van de leercoach-database is schade vastgesteld. Je werk van deze sessie is opgeslagen, maar het bestand kun je beter niet verder gebruiken. Nu herstellen: leercoach sluit dit venster, zet het beschadigde bestand opzij (het wordt niet verwijderd) en biedt de nieuwste gecontroleerde back-up aan.</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Nu herstellen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Add demo data</source>
        <translation>Demogegevens toevoegen</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Demogegevens toevoegen…</translation>
    </message>
    <message>
        <source>Removing demo data…</source>
        <translation>Demogegevens verwijderen…</translation>
    </message>
</context>
<context>
    <name>ManagerNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>leercoach prints your name on the growth-cycle summaries, above your signature line. You can change it later under File → Settings.</source>
        <translation>leercoach zet je naam op de groeiplannen, boven je handtekeningregel. Je kunt hem later wijzigen via Bestand → Instellingen.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Je naam</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Over&amp;slaan</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Shared summary</source>
        <translation>Gedeelde samenvatting</translation>
    </message>
    <message>
        <source>What you both agree on; it is printed.</source>
        <translation>Waar jullie het samen over eens zijn; dit wordt afgedrukt.</translation>
    </message>
    <message>
        <source>Show private note</source>
        <translation>Privénotitie tonen</translation>
    </message>
    <message>
        <source>Only for you, never printed unless you ask for it when exporting (Ctrl+Shift+P)</source>
        <translation>Alleen voor jou; wordt nooit afgedrukt, tenzij je daar bij het exporteren om vraagt (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Private note for the manager</source>
        <translation>Privénotitie voor de leidinggevende</translation>
    </message>
    <message>
        <source>Actions agreed in this conversation</source>
        <translation>Afspraken uit dit gesprek</translation>
    </message>
    <message>
        <source>+ &amp;Action</source>
        <translation>+ &amp;Afspraak</translation>
    </message>
    <message>
        <source>Agree on an action (Ctrl+Shift+A)</source>
        <translation>Maak een afspraak (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Hide private note</source>
        <translation>Privénotitie verbergen</translation>
    </message>
</context>
<context>
    <name>OtherText</name>
    <message>
        <source>In your own words</source>
        <translation>In je eigen woorden</translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <source>Import employees</source>
        <translation>Medewerkers importeren</translation>
    </message>
    <message>
        <source>CSV files or Excel Unicode text (*.csv *.txt)</source>
        <translation>CSV-bestanden of Excel Unicode-tekst (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message>
        <source>The file has problems; nothing was imported.</source>
        <translation>Het bestand bevat fouten; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importeren gelukt</translation>
    </message>
    <message>
        <source>line %1: %2 (same employee number as %3)</source>
        <translation>regel %1: %2 (zelfde personeelsnummer als %3)</translation>
    </message>
    <message>
        <source>line %1: %2 (same e-mail address as %3)</source>
        <translation>regel %1: %2 (zelfde e-mailadres als %3)</translation>
    </message>
    <message>
        <source>line %1: %2 (same name and start date as %3)</source>
        <translation>regel %1: %2 (zelfde naam en startdatum als %3)</translation>
    </message>
    <message>
        <source>line %1: %2 (same name as %3)</source>
        <translation>regel %1: %2 (zelfde naam als %3)</translation>
    </message>
    <message>
        <source>Already present, so not imported again:</source>
        <translation>Al aanwezig, dus niet opnieuw geïmporteerd:</translation>
    </message>
    <message>
        <source>More than once in the file, imported once:</source>
        <translation>Meer dan eens in het bestand, één keer geïmporteerd:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>Importing employees…</source>
        <translation>Medewerkers importeren…</translation>
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message>
        <source>Search by name, team or role (Ctrl+F)</source>
        <translation>Zoek op naam, team of functie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Mensen zoeken</translation>
    </message>
    <message>
        <source>Show archived employees</source>
        <translation>Gearchiveerde medewerkers tonen</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle gesprekken</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Op naam</translation>
    </message>
    <message>
        <source>By next conversation</source>
        <translation>Op volgende gesprek</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>+ &amp;Employee</source>
        <translation>+ M&amp;edewerker</translation>
    </message>
    <message>
        <source>Search conversations…</source>
        <translation>Gesprekken doorzoeken…</translation>
    </message>
    <message>
        <source>Search all answers, summaries, notes and actions</source>
        <translation>Doorzoek alle antwoorden, samenvattingen, notities en afspraken</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>&amp;Follow up…</source>
        <translation>&amp;Opvolgen…</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Als &amp;klaar markeren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nieuwe afspraak…</translation>
    </message>
</context>
<context>
    <name>PersonPoints</name>
    <message>
        <source>Add a &amp;topic…</source>
        <translation>Onderwerp &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Something either of you wants to discuss next time</source>
        <translation>Iets wat een van jullie de volgende keer wil bespreken</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove an open topic (Delete)</source>
        <translation>Een open onderwerp verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Talking points (%1 open)</source>
        <translation>Gespreksonderwerpen (%1 open)</translation>
    </message>
    <message>
        <source>Talking point removed.</source>
        <translation>Onderwerp verwijderd.</translation>
    </message>
</context>
<context>
    <name>PersonTalks</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Discard this draft…</source>
        <translation>Dit lopende gesprek &amp;weggooien…</translation>
    </message>
    <message>
        <source>A completed conversation is a record; it stays.</source>
        <translation>Een afgerond gesprek is een verslag; het blijft bewaard.</translation>
    </message>
    <message>
        <source>Finish the conversation first.</source>
        <translation>Rond het gesprek eerst af.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Lopend gesprek weggooien</translation>
    </message>
    <message>
        <source>Discard the conversation “%1” of %2? Its answers and the actions agreed in it are removed, and status changes made in it are undone.</source>
        <translation>Het gesprek “%1” van %2 weggooien? De antwoorden en de afspraken uit dit gesprek worden verwijderd, en de statuswijzigingen die erin gemaakt zijn, worden teruggedraaid.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Gesprek weggegooid.</translation>
    </message>
</context>
<context>
    <name>PhaseBox</name>
    <message>
        <source>%1; the current phase</source>
        <translation>%1; de huidige fase</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan a conversation with %1</source>
        <translation>Gesprek plannen met %1</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1 (nu: %2)</translation>
    </message>
    <message>
        <source>N&amp;o date</source>
        <translation>&amp;Geen datum</translation>
    </message>
    <message>
        <source>Take the planned date away: the rhythm gives the next</source>
        <translation>De geplande datum wissen: het ritme bepaalt het volgende gesprek</translation>
    </message>
    <message>
        <source>At a set &amp;time</source>
        <translation>Op een vast &amp;uur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Without a date, the next conversation follows from the rhythm: the last one held plus the rhythm. A planned date counts until the next conversation.</source>
        <translation>Zonder datum volgt het volgende gesprek uit het ritme: het laatste gesprek plus het ritme. Een geplande datum geldt tot het volgende gesprek.</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation>&amp;Ritme</translation>
    </message>
    <message>
        <source>Next &amp;date</source>
        <translation>Volgende &amp;datum</translation>
    </message>
    <message>
        <source>&amp;Deck</source>
        <translation>&amp;Kaartenset</translation>
    </message>
    <message>
        <source>Choose the date of the conversation, or no set time.</source>
        <translation>Kies de datum van het gesprek, of geen vast uur.</translation>
    </message>
</context>
<context>
    <name>PlanLine</name>
    <message>
        <source>Next conversation: not planned</source>
        <translation>Volgende gesprek: niet gepland</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, te laat</translation>
    </message>
    <message>
        <source>%1, this week</source>
        <translation>%1, deze week</translation>
    </message>
    <message>
        <source>Next conversation: %1</source>
        <translation>Volgende gesprek: %1</translation>
    </message>
    <message>
        <source>Next conversation: %1 (%2)</source>
        <translation>Volgende gesprek: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PointRow</name>
    <message>
        <source>Raised by the %1 on %2</source>
        <translation>Ingebracht door de %1 op %2</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Discussed: %1</source>
        <translation>Besproken: %1</translation>
    </message>
</context>
<context>
    <name>PointsStep</name>
    <message>
        <source>Talking points</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Discussed in this conversation.</source>
        <translation>Besproken in dit gesprek.</translation>
    </message>
    <message>
        <source>What %1 or you wanted to talk about. Tick what you discussed; what you leave open comes back next time.</source>
        <translation>Wat %1 of jij wilde bespreken. Vink aan wat jullie besproken hebben; wat open blijft, komt de volgende keer terug.</translation>
    </message>
</context>
<context>
    <name>PrepForm</name>
    <message>
        <source>Se&amp;nd a preparation form…</source>
        <translation>Voorbereiding &amp;sturen…</translation>
    </message>
    <message>
        <source>Read &amp;in a preparation form…</source>
        <translation>Voorbereiding &amp;inlezen…</translation>
    </message>
    <message>
        <source>Save preparation form</source>
        <translation>Voorbereidingsformulier opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Read in a preparation form</source>
        <translation>Voorbereidingsformulier inlezen</translation>
    </message>
    <message>
        <source>This form was read in before; nothing changed.</source>
        <translation>Dit formulier werd al eerder ingelezen; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Read in again with other answers: %1&apos;s preparation for %2 was replaced.</source>
        <translation>Opnieuw ingelezen met andere antwoorden: de voorbereiding van %1 voor %2 werd vervangen.</translation>
    </message>
    <message>
        <source>%1&apos;s preparation for %2 is read in: it shows beside the cards of your next conversation with this deck.</source>
        <translation>De voorbereiding van %1 voor %2 is ingelezen: ze verschijnt naast de kaarten van je volgende gesprek met deze kaartenset.</translation>
    </message>
    <message>
        <source>Preparation form</source>
        <translation>Voorbereidingsformulier</translation>
    </message>
    <message>
        <source>Preparat&amp;ion</source>
        <translation>Voor&amp;bereiding</translation>
    </message>
    <message>
        <source>A form the employee prepares the talk with</source>
        <translation>Een formulier waarmee de medewerker het gesprek voorbereidt</translation>
    </message>
    <message>
        <source>Preparation received for %1: it shows in the next conversation with that deck</source>
        <translation>Voorbereiding ontvangen voor %1: ze verschijnt in het volgende gesprek met die kaartenset</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>personal data</source>
        <translation>persoonsgegevens</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Everything stored about %1, private notes included, is in:
%2
%3

Hand these files over securely; they are personal data.</source>
        <translation>Alles wat over %1 bewaard wordt, privénotities inbegrepen, staat in:
%2
%3

Bezorg deze bestanden op een veilige manier: het zijn persoonsgegevens.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message>
        <source>&amp;Reopen…</source>
        <translation>He&amp;ropenen…</translation>
    </message>
    <message>
        <source>The deck of this conversation (%1) is no longer available; the answers are shown as they were recorded.</source>
        <translation>De kaartenset van dit gesprek (%1) is niet meer beschikbaar; de antwoorden staan hier zoals ze genoteerd zijn.</translation>
    </message>
    <message>
        <source>Completed on %1. This conversation is a record; reopen it to change it.</source>
        <translation>Afgerond op %1. Dit gesprek is vastgelegd; heropen het om iets te wijzigen.</translation>
    </message>
</context>
<context>
    <name>ReflectionsModel</name>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Kaartenset</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>about no one</source>
        <translation>over niemand</translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <source>← Back to the people</source>
        <translation>← Terug naar de medewerkers</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Mijn reflecties</translation>
    </message>
    <message>
        <source>New reflection…</source>
        <translation>Nieuwe reflectie…</translation>
    </message>
    <message>
        <source>Your own records: preparations for a talk and reflections on your coaching. They are not part of what an employee or HR receives.</source>
        <translation>Je eigen notities: voorbereidingen op een gesprek en reflecties op je coachend leidinggeven. Ze horen niet bij wat een medewerker of HR krijgt.</translation>
    </message>
    <message>
        <source>My reflections, newest first</source>
        <translation>Mijn reflecties, nieuwste eerst</translation>
    </message>
    <message>
        <source>No reflections yet.</source>
        <translation>Nog geen reflecties.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Open actions from earlier conversations</source>
        <translation>Openstaande afspraken uit eerdere gesprekken</translation>
    </message>
    <message>
        <source>Go through them together: mark what is in progress, done or dropped, or leave it open. Open actions come back next time.</source>
        <translation>Bespreek ze samen: geef aan wat bezig, klaar of geschrapt is, of laat het open. Openstaande afspraken komen de volgende keer terug.</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Not saved, retrying…</source>
        <translation>Niet opgeslagen; nieuwe poging…</translation>
    </message>
    <message>
        <source>Not saved: this conversation is completed</source>
        <translation>Niet opgeslagen: dit gesprek is afgerond</translation>
    </message>
    <message>
        <source>Reopen it to change it.</source>
        <translation>Heropen het om iets te wijzigen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Your last changes could not be saved yet. They are still here and are tried again every few seconds.</source>
        <translation>Je laatste wijzigingen konden nog niet worden opgeslagen. Ze staan er nog en worden om de paar seconden opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Blijven</translation>
    </message>
    <message>
        <source>Leave without these changes</source>
        <translation>Verlaten zonder deze wijzigingen</translation>
    </message>
    <message>
        <source>The conversation stays a draft: not everything could be saved yet. What you typed is still here; try again in a moment.</source>
        <translation>Het gesprek is niet afgerond: nog niet alles kon worden opgeslagen. Wat je typte staat er nog; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Niet afgerond</translation>
    </message>
</context>
<context>
    <name>SavedMessage</name>
    <message>
        <source>Saved as “%1” in the folder
%2</source>
        <translation>Opgeslagen als “%1” in de map
%2</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>← Back to the people</source>
        <translation>← Terug naar de medewerkers</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Gesprekken doorzoeken</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search answers, notes and actions…</source>
        <translation>Zoek in antwoorden, notities en afspraken…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation>Privénotities meezoeken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>Geen resultaten voor “%1”</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results: add a word to narrow them down</source>
        <translation>
            <numerusform>Het eerste resultaat: voeg een woord toe om verder te verfijnen</numerusform>
            <numerusform>De eerste %n resultaten: voeg een woord toe om verder te verfijnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Person</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gevonden in</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Private note: only you, the manager, can see this.</source>
        <translation>Privénotitie: alleen jij als leidinggevende ziet dit.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Preparation form for %1</source>
        <translation>Voorbereidingsformulier voor %1</translation>
    </message>
    <message>
        <source>%1 fills in the questions of this deck with any PDF reader and sends the file back. When you read it in, their answers show beside the cards of your next conversation with this deck; their topics join the talking points. The form holds no coaching tips.</source>
        <translation>%1 vult de vragen van deze kaartenset in met om het even welke PDF-lezer en bezorgt het bestand terug. Lees je het in, dan verschijnen de antwoorden naast de kaarten van je volgende gesprek met deze set, en komen de onderwerpen bij de gespreksonderwerpen. Het formulier bevat geen coachingstips.</translation>
    </message>
    <message>
        <source>&amp;Deck</source>
        <translation>&amp;Kaartenset</translation>
    </message>
    <message>
        <source>&amp;Language of the form</source>
        <translation>&amp;Taal van het formulier</translation>
    </message>
    <message>
        <source>&amp;Save form…</source>
        <translation>Formulier &amp;opslaan…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Printed on growth-cycle summaries</source>
        <translation>Komt op de groeiplannen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>People who left longer ago than this are offered for erasure at start</source>
        <translation>Wie langer geleden vertrok, wordt bij het starten voorgesteld om te wissen</translation>
    </message>
    <message>
        <source>Belgium (5/03/2026, “tegen 12 maart”)</source>
        <translation>België (5/03/2026, ‘tegen 12 maart’)</translation>
    </message>
    <message>
        <source>The Netherlands (05-03-2026, “uiterlijk 12 maart”)</source>
        <translation>Nederland (05-03-2026, ‘uiterlijk 12 maart’)</translation>
    </message>
    <message>
        <source>How Dutch writes dates and a few words</source>
        <translation>Hoe het Nederlands datums en enkele woorden schrijft</translation>
    </message>
    <message>
        <source>Show “This week” at start-up</source>
        <translation>Toon ‘Deze week’ bij het starten</translation>
    </message>
    <message>
        <source>Open on whom to talk to this week instead of the list of people</source>
        <translation>Open met wie je deze week spreekt, in plaats van met de lijst van medewerkers</translation>
    </message>
    <message>
        <source>Notification at start-up</source>
        <translation>Melding bij het starten</translation>
    </message>
    <message>
        <source>One desktop notification of the talks and actions due this week</source>
        <translation>Eén melding op het bureaublad met de gesprekken en afspraken van deze week</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s name</source>
        <translation>Naam van de &amp;leidinggevende</translation>
    </message>
    <message>
        <source>Growth cycle &amp;starts in</source>
        <translation>Groeicyclus &amp;begint in</translation>
    </message>
    <message>
        <source>&amp;Keep data of people who left for</source>
        <translation>Gegevens van vertrokken medewerkers &amp;bewaren</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>At start-up</source>
        <translation>Bij het starten</translation>
    </message>
    <message>
        <source>The language of the app and of the command line</source>
        <translation>De taal van de app en van de opdrachtregel</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Next card</source>
        <translation>Volgende kaart</translation>
    </message>
    <message>
        <source>Previous card</source>
        <translation>Vorige kaart</translation>
    </message>
    <message>
        <source>Jump to a card (the list of steps)</source>
        <translation>Naar een kaart springen (de lijst met stappen)</translation>
    </message>
    <message>
        <source>Agree on a new action</source>
        <translation>Nieuwe afspraak maken</translation>
    </message>
    <message>
        <source>Write in the shared summary</source>
        <translation>In de gedeelde samenvatting schrijven</translation>
    </message>
    <message>
        <source>Show or hide the private note</source>
        <translation>Privénotitie tonen of verbergen</translation>
    </message>
    <message>
        <source>Choose a scale step or an option</source>
        <translation>Een waarde op de schaal of een optie kiezen</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source>Find an employee</source>
        <translation>Een medewerker zoeken</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Gesprekken doorzoeken</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Team overview</source>
        <translation>Teamoverzicht</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Mijn reflecties</translation>
    </message>
</context>
<context>
    <name>SkippedBand</name>
    <message>
        <source>↷ Skipped: this card was passed over on purpose.</source>
        <translation>↷ Overgeslagen: deze kaart werd bewust niet beantwoord.</translation>
    </message>
    <message>
        <source>Un-sk&amp;ip</source>
        <translation>&amp;Toch niet overslaan</translation>
    </message>
    <message>
        <source>Open the card again, as one not answered yet; answering it does this too</source>
        <translation>Open de kaart opnieuw, als nog niet beantwoord; een antwoord geven doet dat ook</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>leercoach is already open for this file (%1) in another window. Continue there; two windows would overwrite each other&apos;s work.</source>
        <translation>leercoach is voor dit bestand (%1) al open in een ander venster. Werk daar verder: twee vensters zouden elkaars werk overschrijven.</translation>
    </message>
    <message>
        <source>This file (%1) was saved by a newer version of leercoach. Install the newer version to open it; nothing was changed.</source>
        <translation>Dit bestand (%1) werd opgeslagen door een nieuwere versie van leercoach. Installeer die nieuwere versie om het te openen; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Wachtwoordzin voor %1:</translation>
    </message>
    <message>
        <source>That passphrase does not open %1. Try again:</source>
        <translation>Die wachtwoordzin opent %1 niet. Probeer opnieuw:</translation>
    </message>
    <message>
        <source>The leercoach file is in a synced folder (%1). Sync programs can copy it while it is being written, which can damage it. Move it to a folder on this computer only; leercoach makes its own backups.</source>
        <translation>Het leercoach-bestand staat in een gesynchroniseerde map (%1). Een synchronisatieprogramma kan het kopiëren terwijl er net in geschreven wordt, en het zo beschadigen. Zet het in een map die alleen op deze computer staat; leercoach maakt zelf back-ups.</translation>
    </message>
    <message>
        <source>The leercoach file is on a network share (%1). The database cannot be locked safely there and can be damaged. Move it to this computer&apos;s own disk.</source>
        <translation>Het leercoach-bestand staat op een netwerkschijf (%1). Daar kan de database niet veilig vergrendeld worden en kan ze beschadigd raken. Zet het bestand op de eigen schijf van deze computer.</translation>
    </message>
    <message>
        <source>The leercoach database is damaged. It was not changed or deleted: it was set aside as %1.</source>
        <translation>De leercoach-database is beschadigd. Ze werd niet gewijzigd of verwijderd, maar opzijgezet als %1.</translation>
    </message>
    <message>
        <source>Restore the newest verified backup?</source>
        <translation>De meest recente gecontroleerde back-up terugzetten?</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Herstellen naar de back-up van %1</translation>
    </message>
    <message>
        <source>There is no usable backup to restore.</source>
        <translation>Er is geen bruikbare back-up om terug te zetten.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Beginnen met een lege database</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Retention period passed</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Erase these people and everything about them for good, from the backups too? This cannot be undone.</source>
        <translation>Deze mensen en alles over hen definitief wissen, ook uit de back-ups? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up terugzetten…</translation>
    </message>
</context>
<context>
    <name>StartupTexts</name>
    <message numerus="yes">
        <source>%n person(s) left more than %1 months ago. Their conversations may not be kept longer than needed (GDPR). Erase them now?</source>
        <translation>
            <numerusform>%n persoon is meer dan %1 maanden geleden vertrokken. Gesprekken mogen niet langer bewaard worden dan nodig (AVG/GDPR). Nu wissen?</numerusform>
            <numerusform>%n personen zijn meer dan %1 maanden geleden vertrokken. Gesprekken mogen niet langer bewaard worden dan nodig (AVG/GDPR). Nu wissen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>nog niet beantwoord</translation>
    </message>
</context>
<context>
    <name>StoredAnswerStep</name>
    <message>
        <source>Not in this deck</source>
        <translation>Niet in deze kaartenset</translation>
    </message>
    <message>
        <source>This card is not in the deck this conversation is shown with; the question and the answer are shown as they were recorded.</source>
        <translation>Deze kaart zit niet in de kaartenset waarmee dit gesprek getoond wordt; de vraag en het antwoord staan hier zoals ze genoteerd zijn.</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>&amp;Finish conversation</source>
        <translation>&amp;Gesprek afronden</translation>
    </message>
    <message>
        <source>Marks the conversation completed; it becomes a read-only record</source>
        <translation>Rondt het gesprek af; daarna kun je het alleen nog inkijken</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Gemaakte afspraken</translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation>Hoe weten we dat het gelukt is</translation>
    </message>
    <message>
        <source>No actions agreed.</source>
        <translation>Geen afspraken gemaakt.</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Gedeelde samenvatting</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Nog niet geschreven.</translation>
    </message>
    <message>
        <source>Talking points discussed</source>
        <translation>Besproken onderwerpen</translation>
    </message>
</context>
<context>
    <name>TalkRecord</name>
    <message>
        <source>&amp;Record for the employee…</source>
        <translation>&amp;Verslag voor medewerker…</translation>
    </message>
    <message>
        <source>Save record for the employee</source>
        <translation>Verslag voor medewerker opslaan</translation>
    </message>
</context>
<context>
    <name>TargetTexts</name>
    <message numerus="yes">
        <source>%n file(s) of the same name will be replaced:</source>
        <translation>
            <numerusform>%n bestand met dezelfde naam wordt vervangen:</numerusform>
            <numerusform>%n bestanden met dezelfde naam worden vervangen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamOverviewModel</name>
    <message>
        <source>no growth cycle</source>
        <translation>geen groeicyclus</translation>
    </message>
    <message>
        <source>no goals</source>
        <translation>geen doelen</translation>
    </message>
    <message>
        <source>a goal not yet SMART</source>
        <translation>een doel dat nog niet SMART is</translation>
    </message>
    <message>
        <source>a phase without a conversation</source>
        <translation>een fase zonder gesprek</translation>
    </message>
    <message>
        <source>a conversation not completed</source>
        <translation>een gesprek dat nog bezig is</translation>
    </message>
    <message>
        <source>no learning actions</source>
        <translation>geen leeracties</translation>
    </message>
    <message>
        <source>a goal without actions</source>
        <translation>een doel zonder leeracties</translation>
    </message>
    <message>
        <source>actions past their date</source>
        <translation>te late afspraken</translation>
    </message>
    <message>
        <source>goals still open</source>
        <translation>doelen die nog open staan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation>Laatste gesprek</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Volgend gesprek</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open afspraken</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Cycle phase</source>
        <translation>Cyclusfase</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Growth phase</source>
        <translation>Groeifase</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Welzijn</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>no cycle</source>
        <translation>geen cyclus</translation>
    </message>
    <message>
        <source>The next conversation was due before today.</source>
        <translation>Het volgende gesprek stond voor vandaag gepland en is nog niet gevoerd.</translation>
    </message>
</context>
<context>
    <name>TeamOverviewPage</name>
    <message>
        <source>← Back to the people</source>
        <translation>← Terug naar de medewerkers</translation>
    </message>
    <message>
        <source>Team overview</source>
        <translation>Teamoverzicht</translation>
    </message>
    <message>
        <source>Team report as PDF…</source>
        <translation>Teamrapport als PDF…</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Team overview, one row per person</source>
        <translation>Teamoverzicht, één rij per medewerker</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message numerus="yes">
        <source>Reading the overview of %n person(s)…</source>
        <translation>
            <numerusform>Het overzicht van %n medewerker wordt gelezen…</numerusform>
            <numerusform>Het overzicht van %n medewerkers wordt gelezen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n medewerker</numerusform>
            <numerusform>%n medewerkers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue conversation(s)</source>
        <translation>
            <numerusform>%n gesprek te laat</numerusform>
            <numerusform>%n gesprekken te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Save team report</source>
        <translation>Teamrapport opslaan</translation>
    </message>
    <message>
        <source>team report</source>
        <translation>teamrapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>Type the answer here…</source>
        <translation>Typ hier het antwoord…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>%1 and %2 this week</source>
        <translation>%1 en %2 deze week</translation>
    </message>
    <message>
        <source>leercoach: this week</source>
        <translation>leercoach: deze week</translation>
    </message>
</context>
<context>
    <name>TrayTexts</name>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) past their date</source>
        <translation>
            <numerusform>%n doel waarvan de datum voorbij is</numerusform>
            <numerusform>%n doelen waarvan de datum voorbij is</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendCard</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n antwoord</numerusform>
            <numerusform>%n antwoorden</numerusform>
        </translation>
    </message>
    <message>
        <source>other scale since %1</source>
        <translation>andere schaal sinds %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend: %1</source>
        <translation>Verloop: %1</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Trends</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>Each scale card&apos;s answers in talks over time (1 to 5). Hover a point or use the arrow keys for its value.</source>
        <translation>De antwoorden op elke schaalkaart in de gesprekken, door de tijd (1 tot 5). Wijs een punt aan of gebruik de pijltjestoetsen om de waarde te zien.</translation>
    </message>
    <message>
        <source>Pick someone on the left.</source>
        <translation>Kies links een medewerker.</translation>
    </message>
    <message>
        <source>No answers on scale cards in talks with %1 yet. A chart appears here after the first talk with a scale question, such as the check-in&apos;s “how are you doing”.</source>
        <translation>Nog geen antwoorden op schaalkaarten in gesprekken met %1. Na het eerste gesprek met een schaalvraag, zoals “hoe gaat het met je” van de check-in, staat hier een grafiek.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>← To the people</source>
        <translation>← Naar de medewerkers</translation>
    </message>
    <message>
        <source>The list of people (Escape)</source>
        <translation>De lijst van medewerkers (Escape)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Nothing waiting this week: no talks, actions or goals due. Enjoy the calm.</source>
        <translation>Deze week wacht er niets: geen gesprekken, afspraken of doelen. Geniet van de rust.</translation>
    </message>
    <message>
        <source>Reading this week…</source>
        <translation>Even geduld: deze week wordt geladen…</translation>
    </message>
    <message>
        <source>Click or press Enter to open the person</source>
        <translation>Klik of druk op Enter om de medewerker te openen</translation>
    </message>
    <message>
        <source>Talks (%1)</source>
        <translation>Gesprekken (%1)</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>Afspraken (%1)</translation>
    </message>
    <message>
        <source>Goals (%1)</source>
        <translation>Doelen (%1)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gesprek</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to leercoach</source>
        <translation>Welkom bij leercoach</translation>
    </message>
    <message>
        <source>Prepare and hold coaching conversations with your team: question cards, agreed actions and growth cycles. Everything stays on this computer.</source>
        <translation>Bereid coachingsgesprekken met je team voor en voer ze: gesprekskaarten, afspraken en groeicycli. Alles blijft op deze computer.</translation>
    </message>
    <message>
        <source>Add your first &amp;employee</source>
        <translation>Je eerste medewerker &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Import a list of employees (CSV)…</source>
        <translation>Een lijst met medewerkers &amp;importeren (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Try leercoach with demo data</source>
        <translation>leercoach &amp;uitproberen met demogegevens</translation>
    </message>
    <message>
        <source>Fictional people, clearly marked; removable in one step</source>
        <translation>Fictieve personen, duidelijk herkenbaar; in één stap te verwijderen</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nieuw gesprek…</translation>
    </message>
    <message>
        <source>&amp;Import employees (CSV)…</source>
        <translation>Medewerkers &amp;importeren (CSV)…</translation>
    </message>
    <message>
        <source>E&amp;xport growth plans (HR)…</source>
        <translation>Groeiplannen e&amp;xporteren (HR)…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>A&amp;genda exporteren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Add &amp;demo data</source>
        <translation>&amp;Demogegevens toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove demo data</source>
        <translation>Demogegevens &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Employee</source>
        <translation>&amp;Medewerker</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>A&amp;rchive / unarchive</source>
        <translation>A&amp;rchiveren / uit archief halen</translation>
    </message>
    <message>
        <source>P&amp;lan a conversation…</source>
        <translation>Gesprek p&amp;lannen…</translation>
    </message>
    <message>
        <source>Add a talking p&amp;oint…</source>
        <translation>&amp;Onderwerp toevoegen…</translation>
    </message>
    <message>
        <source>Export &amp;personal data (GDPR)…</source>
        <translation>&amp;Persoonsgegevens exporteren (AVG/GDPR)…</translation>
    </message>
    <message>
        <source>Erase for &amp;good (GDPR)…</source>
        <translation>&amp;Definitief wissen (AVG/GDPR)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Search conversations…</source>
        <translation>Gesprekken &amp;doorzoeken…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Deze week</translation>
    </message>
    <message>
        <source>Team &amp;overview</source>
        <translation>Team&amp;overzicht</translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation>Mijn &amp;reflecties</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About leercoach</source>
        <translation>&amp;Over leercoach</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>About leercoach</source>
        <translation>Over leercoach</translation>
    </message>
    <message>
        <source>leercoach %1: coaching conversations that stay on this computer.

Database: %2</source>
        <translation>leercoach %1: coachingsgesprekken die op deze computer blijven.

Database: %2</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Writing growth plans…</source>
        <translation>Groeiplannen worden geschreven…</translation>
    </message>
</context>
</TS>
