<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDeletion</name>
    <message>
        <source>Action deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done, as concretely as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and a name if you like: Pieter, de buddy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will we see or hear when it has worked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we &amp;know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is &amp;learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionReviewRow</name>
    <message>
        <source>%1 · by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional): what happened?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPointDialog</name>
    <message>
        <source>Add a talking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. working from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who wants to discuss it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes back as the first step of the next conversation with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Other, namely:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerNote</name>
    <message>
        <source>What lies behind this answer, in a few words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>leercoach cannot open %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? Their history is kept; archived people are hidden from the list unless you tick “Show archived employees”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the last day in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date (%1): check the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The automatic backup failed: %1 Your work itself is saved; leercoach tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export growth plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per employee, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One combined PDF with a bookmark per employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the managers&apos; private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out unless you ask for them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth plans %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save combined PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchTexts</name>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) could not be exported.</source>
        <translation>
            <numerusform>%n employee could not be exported.</numerusform>
            <numerusform>%n employees could not be exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the text of actions and goals out of the titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The titles then only say whose action or goal is due, for a shared calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned talks, the next talks the rhythm gives and the due dates of actions and goals, as a file to import in your calendar. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leercoach calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n event(s) written to %1.

Import the file in your calendar; a later export updates the same events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardStep</name>
    <message>
        <source>Ask further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation by %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>← Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the overview; everything is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous card (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on without an answer; you can come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next card (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening (kept in its history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The disk is full. Free some space and try again; everything saved before this moment is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer could not read or write the leercoach file (an input/output error). The disk or USB stick may be failing or was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leercoach database file is damaged. Do not delete it; restore a backup or ask for help with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leercoach file is read-only, so changes cannot be saved. Check the file&apos;s permissions or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leercoach file is in use by another program. Close the other program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leercoach ran into an unexpected error. Your saved work is safe; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a year from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month %1: type the day, the month and the year, as in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 does not exist: check the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a date: type the day, the month and the year, as in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckPickerDialog</name>
    <message>
        <source>New conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show decks in other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing suggested: %1 already had “%2” today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started less than three months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The growth cycle of %1 has no planning conversation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The growth cycle of %1 ends soon and has no evaluation conversation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular conversation with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>This deck could not be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckTreeModel</name>
    <message>
        <source>Could not be loaded</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <source>You are looking at demo data: fictional people, for trying leercoach out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Edit employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Growth phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly already present: %1 (%2). Check before saving; you can still save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains an invisible or control character (%2); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last conversation held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next conversation: planned, or by the rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeView</name>
    <message>
        <source>&amp;Plan a conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often you talk, the next date and its deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation with this person (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to follow up; right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ac&amp;tion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action agreed outside a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open; right-click a draft to discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prep sheet for you, drawn from this person&apos;s talks, actions and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Growth cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick someone on the left, or add a new employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth phases: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This erases %1 and every conversation, answer, action, goal and note about them, for good, and rewrites the file so the text is gone from the disk. Export their data first if they asked for it.

Type the name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also erase them from the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise earlier backups still hold them until they are thinned out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureTexts</name>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erasing %n person(s) from the database and its copies…</source>
        <translation>
            <numerusform>Erasing %n person from the database and its copies…</numerusform>
            <numerusform>Erasing %n people from the database and its copies…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is erased: from the database file and from %n copy(ies) leercoach made.</source>
        <translation>
            <numerusform>%1 is erased: from the database file and from %n copy leercoach made.</numerusform>
            <numerusform>%1 is erased: from the database file and from %n copies leercoach made.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is NOT erased everywhere. The files below may still hold them; see why for each, then erase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is reading the database, so its old pages are still in the file. Close that program and erase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold them until they are thinned out: erase again with “Also erase them from the backups” to remove them there too.</source>
        <translation>
            <numerusform>%n backup still holds them until it is thinned out: erase again with “Also erase them from the backups” to remove them there too.</numerusform>
            <numerusform>%n backups still hold them until they are thinned out: erase again with “Also erase them from the backups” to remove them there too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies you made yourself (with “backup --to”, or by copying the file) are not changed; erase or delete those yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The leercoach file is open in another leercoach window or program. Close that one first and try again; two windows would overwrite each other&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open the leercoach file. Nothing was changed; try again with the right passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leercoach file is encrypted: give its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be saved as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is completed and kept as a record, so it cannot be changed. Reopen it first if something must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you chose is no longer there: it may have been erased or removed in the meantime. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leercoach file was saved by a newer version of leercoach. Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leercoach file is no longer where it was: it may have been moved, renamed or deleted while leercoach had it open. Put it back, or close leercoach and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted leercoach files need the SQLCipher library, which does not load on this computer. Reinstall leercoach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: it is damaged or not a leercoach backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made or put back. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leercoach file could not be encrypted or decrypted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leercoach could not do this. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTargets</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace and export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the leercoach database. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of the files leercoach keeps beside its database %2. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside the leercoach data folder %2. Choose a place outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read to see what it is, so leercoach does not replace it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %2 does not exist. Create it first, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 is not a folder, so %1 cannot be written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF, so leercoach does not replace it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a personal-data export of leercoach, so leercoach does not replace it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another kind of file than this export, so leercoach does not replace it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraCards</name>
    <message>
        <source>E&amp;xtra questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional cards of this deck: pull one into the talk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedforwardSheet</name>
    <message>
        <source>Prepare fee&amp;dforward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save feedforward preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own notes for %1 are kept in the deck “%2”: a record of yours, not a talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start my own notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why, or a correction of what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed stays as agreed once a conversation has recorded it. Add a note to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by when: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the employee formulate the goal; write it down in their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to be able to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly, where, with whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we see that it worked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does it matter to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Realistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it feasible, with which help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: due after the cycle ends (%1), so not evaluated in this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the goal a short title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learning action(s)</source>
        <translation>
            <numerusform>%n learning action</numerusform>
            <numerusform>%n learning actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrowthView</name>
    <message>
        <source>Cycle </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the growth cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this growth cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase the cycle is in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Learning action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A learning action for the selected goal: a course, job shadowing, coaching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing in this cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations in this cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) open</source>
        <translation>
            <numerusform>%n point open</numerusform>
            <numerusform>%n points open</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing: well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This cycle ends on %1, in %n day(s).</source>
        <translation>
            <numerusform>This cycle ends on %1, in %n day.</numerusform>
            <numerusform>This cycle ends on %1, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the &amp;next cycle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning action for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save growth plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message numerus="yes">
        <source>%n employee(s) imported.</source>
        <translation>
            <numerusform>%n employee imported.</numerusform>
            <numerusform>%n employees imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The background check of the database could not run: %1 leercoach tries again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference date: %1. A dash: nothing to count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Remove demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all demo employees and their conversations? Your own data stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation “%1” with %2, started on %3, is not finished. Continue where you left off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflection “%1”, started on %3, is not finished. Continue where you left off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the leercoach database found damage. Your work of this session is saved, but the file should not be used further. Recover now: leercoach closes this window, sets the damaged file aside (it is not deleted) and offers the newest verified backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerNameDialog</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leercoach prints your name on the growth-cycle summaries, above your signature line. You can change it later under File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Shared summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you both agree on; it is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for you, never printed unless you ask for it when exporting (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note for the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on an action (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide private note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherText</name>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <source>Import employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files or Excel Unicode text (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 (same employee number as %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 (same e-mail address as %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 (same name and start date as %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 (same name as %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already present, so not imported again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than once in the file, imported once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing employees…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message>
        <source>Search by name, team or role (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all answers, summaries, notes and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>&amp;Follow up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPoints</name>
    <message>
        <source>Add a &amp;topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something either of you wants to discuss next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an open topic (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking point removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTalks</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard this draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed conversation is a record; it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the conversation “%1” of %2? Its answers and the actions agreed in it are removed, and status changes made in it are undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseBox</name>
    <message>
        <source>%1; the current phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan a conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the planned date away: the rhythm gives the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a set &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a date, the next conversation follows from the rhythm: the last one held plus the rhythm. A planned date counts until the next conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the conversation, or no set time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanLine</name>
    <message>
        <source>Next conversation: not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointRow</name>
    <message>
        <source>Raised by the %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsStep</name>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 or you wanted to talk about. Tick what you discussed; what you leave open comes back next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepForm</name>
    <message>
        <source>Se&amp;nd a preparation form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;in a preparation form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preparation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in a preparation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form was read in before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in again with other answers: %1&apos;s preparation for %2 was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s preparation for %2 is read in: it shows beside the cards of your next conversation with this deck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparat&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form the employee prepares the talk with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation received for %1: it shows in the next conversation with that deck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about %1, private notes included, is in:
%2
%3

Hand these files over securely; they are personal data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck of this conversation (%1) is no longer available; the answers are shown as they were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on %1. This conversation is a record; reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsModel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about no one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <source>← Back to the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own records: preparations for a talk and reflections on your coaching. They are not part of what an employee or HR receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reflections, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Open actions from earlier conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through them together: mark what is in progress, done or dropped, or leave it open. Open actions come back next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved, retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this conversation is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last changes could not be saved yet. They are still here and are tried again every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation stays a draft: not everything could be saved yet. What you typed is still here; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedMessage</name>
    <message>
        <source>Saved as “%1” in the folder
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>← Back to the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search answers, notes and actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n results: add a word to narrow them down</source>
        <translation>
            <numerusform>The first result: add a word to narrow it down</numerusform>
            <numerusform>The first %n results: add a word to narrow them down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note: only you, the manager, can see this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Preparation form for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fills in the questions of this deck with any PDF reader and sends the file back. When you read it in, their answers show beside the cards of your next conversation with this deck; their topics join the talking points. The form holds no coaching tips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save form…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on growth-cycle summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who left longer ago than this are offered for erasure at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium (5/03/2026, “tegen 12 maart”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Netherlands (05-03-2026, “uiterlijk 12 maart”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Dutch writes dates and a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “This week” at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on whom to talk to this week instead of the list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One desktop notification of the talks and actions due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth cycle &amp;starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep data of people who left for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app and of the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Next card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a card (the list of steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on a new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in the shared summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scale step or an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkippedBand</name>
    <message>
        <source>↷ Skipped: this card was passed over on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-sk&amp;ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the card again, as one not answered yet; answering it does this too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>leercoach is already open for this file (%1) in another window. Continue there; two windows would overwrite each other&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file (%1) was saved by a newer version of leercoach. Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open %1. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leercoach file is in a synced folder (%1). Sync programs can copy it while it is being written, which can damage it. Move it to a folder on this computer only; leercoach makes its own backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leercoach file is on a network share (%1). The database cannot be locked safely there and can be damaged. Move it to this computer&apos;s own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leercoach database is damaged. It was not changed or deleted: it was set aside as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest verified backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usable backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase these people and everything about them for good, from the backups too? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupTexts</name>
    <message numerus="yes">
        <source>%n person(s) left more than %1 months ago. Their conversations may not be kept longer than needed (GDPR). Erase them now?</source>
        <translation>
            <numerusform>%n person left more than %1 months ago. Their conversations may not be kept longer than needed (GDPR). Erase them now?</numerusform>
            <numerusform>%n people left more than %1 months ago. Their conversations may not be kept longer than needed (GDPR). Erase them now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredAnswerStep</name>
    <message>
        <source>Not in this deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not in the deck this conversation is shown with; the question and the answer are shown as they were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the conversation completed; it becomes a read-only record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points discussed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkRecord</name>
    <message>
        <source>&amp;Record for the employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save record for the employee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetTexts</name>
    <message numerus="yes">
        <source>%n file(s) of the same name will be replaced:</source>
        <translation>
            <numerusform>%n file of the same name will be replaced:</numerusform>
            <numerusform>%n files of the same name will be replaced:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamOverviewModel</name>
    <message>
        <source>no growth cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal not yet SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phase without a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conversation not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no learning actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal without actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions past their date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next conversation was due before today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamOverviewPage</name>
    <message>
        <source>← Back to the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team overview, one row per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the overview of %n person(s)…</source>
        <translation>
            <numerusform>Reading the overview of %n person…</numerusform>
            <numerusform>Reading the overview of %n people…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue conversation(s)</source>
        <translation>
            <numerusform>%n overdue conversation</numerusform>
            <numerusform>%n overdue conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Save team report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>Type the answer here…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>%1 and %2 this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leercoach: this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayTexts</name>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n talk</numerusform>
            <numerusform>%n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) past their date</source>
        <translation>
            <numerusform>%n goal past its date</numerusform>
            <numerusform>%n goals past their date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendCard</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>other scale since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each scale card&apos;s answers in talks over time (1 to 5). Hover a point or use the arrow keys for its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick someone on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers on scale cards in talks with %1 yet. A chart appears here after the first talk with a scale question, such as the check-in&apos;s “how are you doing”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>← To the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of people (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting this week: no talks, actions or goals due. Enjoy the calm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter to open the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to leercoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare and hold coaching conversations with your team: question cards, agreed actions and growth cycles. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first &amp;employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a list of employees (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try leercoach with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fictional people, clearly marked; removable in one step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import employees (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport growth plans (HR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive / unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan a conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a talking p&amp;oint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;personal data (GDPR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for &amp;good (GDPR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About leercoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About leercoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leercoach %1: coaching conversations that stay on this computer.

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Writing growth plans…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
