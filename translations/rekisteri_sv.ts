<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en_GB">
<context>
    <name>ActivitiesEditor</name>
    <message>
        <location filename="../src/rekisteri/ui/record_activities.py" line="+48"/>
        <source>Add activity</source>
        <extracomment>Something was typed, added or removed.</extracomment>
        <translation>Lägg till behandling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Employees&apos; pay and records</source>
        <translation>t.ex. Anställdas löner och personaluppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purposes and legal basis:</source>
        <translation>Ändamål och rättslig grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose data:</source>
        <translation>Vems uppgifter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What data:</source>
        <translation>Vilka uppgifter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients:</source>
        <translation>Mottagare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers outside the EU/EEA:</source>
        <translation>Överföringar utanför EU/EES:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long kept:</source>
        <translation>Lagringstid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Further security measures:</source>
        <translation>Övriga skyddsåtgärder:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Paper files are kept in a locked cabinet.</source>
        <translation>t.ex. Pappershandlingar förvaras i ett låst skåp.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The register is the first activity of the record and is written from Settings. Add here what else you process, such as employees&apos; pay or your own bookkeeping. One entry a line.</source>
        <translation>Kundregistret är den första behandlingen i registret och skrivs utifrån inställningarna. Lägg här till vad du i övrigt behandlar, till exempel anställdas löner eller den egna bokföringen. En uppgift per rad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your own security measures (for the whole record):</source>
        <translation>Dina egna skyddsåtgärder (för hela registret):</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New activity</source>
        <translation>Ny behandling</translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <location filename="../src/rekisteri/ui/shared_dialogs.py" line="+43"/>
        <source>e.g. rekisteri.example.fi</source>
        <translation>t.ex. rekisteri.example.fi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Kom ihåg lösenordet i den här datorns nyckelring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify the server (recommended)</source>
        <translation>Verifiera servern (rekommenderas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt only, without verifying the server</source>
        <translation>Endast kryptering, servern verifieras inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s certificates</source>
        <translation>Systemets certifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection is encrypted, but nothing checks that the server is the one you meant: someone on the network could pose as it and read the register.</source>
        <translation>Anslutningen krypteras, men inget kontrollerar att servern är den du avsåg: någon i nätverket kunde utge sig för att vara den och läsa registret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database</source>
        <translation>&amp;Databas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Security</source>
        <translation>S&amp;äkerhet</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Server&apos;s CA certificate</source>
        <translation>Serverns CA-certifikat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server&apos;s CA certificate</source>
        <translation>Serverns CA-certifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certifikat (*.crt *.pem *.cer);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../src/rekisteri/ui/application.py" line="+86"/>
        <source>The register could not be opened because of an unexpected fault ({kind}). Nothing was changed.

{path}</source>
        <translation>Registret kunde inte öppnas på grund av ett oväntat fel ({kind}). Ingenting ändrades.

{path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <location line="+27"/>
        <location line="+6"/>
        <source>Rekisteri</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The register is already open in another window.

Switch to that window, or close it before opening the register again.</source>
        <translation>Registret är redan öppet i ett annat fönster.

Gå till det fönstret eller stäng det innan du öppnar registret igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A Rekisteri command (an import, a restore or an encryption) is working on this register.

Try again when it has finished.</source>
        <translation>Ett Rekisteri-kommando (en import, en återställning eller en kryptering) arbetar med det här registret.

Försök igen när det är klart.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../src/rekisteri/ui/background.py" line="+76"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BackupReason</name>
    <message>
        <location filename="../src/rekisteri/core/db/backup_policy.py" line="+34"/>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an update</source>
        <translation>Före en uppdatering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a review</source>
        <translation>Före granskning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside as damaged</source>
        <translation>Flyttad åt sidan som skadad</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/security.py" line="+62"/>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation>Krypterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>BanActions</name>
    <message>
        <location filename="../src/rekisteri/ui/ban_actions.py" line="+36"/>
        <source>Mark marketing ban</source>
        <translation>Markera marknadsföringsförbud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new was recorded: the customer has no contact persons, or the ban was already in force.</source>
        <translation>Ingenting nytt registrerades: kunden har inga kontaktpersoner eller så gällde förbudet redan.</translation>
    </message>
</context>
<context>
    <name>BannerWidget</name>
    <message>
        <location filename="../src/rekisteri/ui/banners.py" line="+112"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <location line="-60"/>
        <source>Your business details are missing. The privacy notice and the letters to customers need them.</source>
        <translation>Företagets uppgifter saknas. Dataskyddsbeskrivningen och breven till kunderna behöver dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill in</source>
        <translation>Fyll i</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <location filename="../src/rekisteri/ui/breach_models.py" line="+32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aware</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>72-hour deadline</source>
        <translation>Frist på 72 timmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min kvar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue by %1 h %2 min</source>
        <translation>Försenad med %1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notified in time</source>
        <translation>Anmäld i tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notified late</source>
        <translation>Anmäld för sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notification needed</source>
        <translation>Ingen anmälan behövs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Breach: the 72 hours ran out %1 h %2 min ago</source>
        <translation>Incident: de 72 timmarna gick ut för %1 h %2 min sedan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Breach: %1 h %2 min left to notify</source>
        <translation>Incident: %1 h %2 min kvar att anmäla</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A breach is notified to the supervisory authority without undue delay and within 72 hours of becoming aware of it, unless it is unlikely to result in a risk to people&apos;s rights and freedoms (GDPR Art. 33). Helsinki time.</source>
        <translation>En incident anmäls till tillsynsmyndigheten utan onödigt dröjsmål och inom 72 timmar efter att man fått kännedom om den, om det inte är osannolikt att den medför en risk för personers rättigheter och friheter (artikel 33 i dataskyddsförordningen). Helsingforstid.</translation>
    </message>
</context>
<context>
    <name>Breaches</name>
    <message>
        <location filename="../src/rekisteri/core/breaches/checks.py" line="+38"/>
        <source>Describe what happened (no names of people).</source>
        <translation>Beskriv vad som hände (utan namn på personer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the moment you became aware of the breach.</source>
        <translation>Ange när du fick kännedom om incidenten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+47"/>
        <location filename="../src/rekisteri/core/breaches/service.py" line="+288"/>
        <source>The moment cannot be in the future.</source>
        <translation>Tidpunkten kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The breach cannot have happened after you learnt of it.</source>
        <translation>Incidenten kan inte ha inträffat efter att du fick veta om den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end of the span must follow its start.</source>
        <translation>Tidsperiodens slut måste komma efter dess början.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what kind of breach it was.</source>
        <translation>Välj vilken typ av incident det var.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A number cannot be negative.</source>
        <translation>Ett antal kan inte vara negativt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the level of risk.</source>
        <translation>Välj risknivå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A decision not to notify must give its reasons: why the breach is unlikely to put anyone at risk.</source>
        <translation>Ett beslut att inte anmäla måste motiveras: varför incidenten sannolikt inte medför en risk för någon.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decide first that the breach puts people at risk.</source>
        <translation>Besluta först att incidenten medför en risk för människor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The notification cannot predate the breach&apos;s discovery.</source>
        <translation>Anmälan kan inte vara äldre än upptäckten av incidenten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notification came after 72 hours: give the reasons for the delay.</source>
        <translation>Anmälan gjordes efter 72 timmar: ange skälen till förseningen.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/breaches/service.py" line="-11"/>
        <source>Only a high risk requires telling the people.</source>
        <translation>Endast en hög risk kräver att de berörda informeras.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Decide on the risk and make the notifications it requires before closing.</source>
        <translation>Bedöm risken och gör de anmälningar den kräver innan du stänger.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The breach is already closed.</source>
        <translation>Incidenten är redan stängd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An assessed or notified breach stays in the log as it was decided (GDPR Art. 33(5)). Add what you learn later to the description or the measures.</source>
        <translation>En bedömd eller anmäld incident står kvar i förteckningen som den beslutades (artikel 33.5 i dataskyddsförordningen). Lägg till det du får veta senare i beskrivningen eller åtgärderna.</translation>
    </message>
</context>
<context>
    <name>BreachesBanner</name>
    <message>
        <location filename="../src/rekisteri/ui/breaches_pane.py" line="+61"/>
        <source>Breaches awaiting a decision or notification: %n</source>
        <translation>Incidenter som väntar på beslut eller anmälan: %n</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>High-risk breaches with people still to tell: %n</source>
        <translation>Incidenter med hög risk där de berörda ännu inte informerats: %n</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show breaches</source>
        <translation>Visa incidenter</translation>
    </message>
</context>
<context>
    <name>BreachesPane</name>
    <message>
        <location line="+32"/>
        <source>Log a breach…</source>
        <extracomment>The log changed: the window updates the status bar&apos;s clock and the banners.</extracomment>
        <translation>Registrera en incident…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a breach as soon as you know of it: the 72 hours run from then</source>
        <translation>Registrera en incident så snart du vet om den: de 72 timmarna räknas därifrån</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show closed breaches too</source>
        <translation>Visa även stängda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Breaches</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assess the risk…</source>
        <translation>Bedöm risken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer a few questions and record the decision with its reasons</source>
        <translation>Svara på några frågor och registrera beslutet med motivering</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Language of the notification</source>
        <translation>Anmälans språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the notification</source>
        <translation>Kopiera anmälan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the answers to the Data Protection Ombudsman&apos;s notification form</source>
        <translation>Kopiera svaren till dataombudsmannens anmälningsblankett</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authority notified…</source>
        <translation>Anmäld till myndigheten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters to the people…</source>
        <translation>Brev till de berörda…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a letter (PDF) to each contact of the customers affected</source>
        <translation>Spara ett brev (PDF) till varje kontaktperson hos de berörda kunderna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People told…</source>
        <translation>De berörda informerade…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close a decided breach; its record stays</source>
        <translation>Stäng en avgjord incident; uppgifterna om den finns kvar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove an entry made by mistake</source>
        <translation>Ta bort en post som gjorts av misstag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Breach</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Aware %1 · deadline %2 · %3</source>
        <translation>Upptäckt %1 · frist %2 · %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision: %1 (%2, %3)</source>
        <translation>Beslut: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reasons: %1</source>
        <translation>Motivering: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authority notified %1 %2</source>
        <translation>Anmäld till myndigheten %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People told %1</source>
        <translation>De berörda informerade %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Customers linked: %n</source>
        <translation>
            <numerusform>Kopplade kunder: %n</numerusform>
            <numerusform>Kopplade kunder: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a breach from the list, or log a new one.</source>
        <translation>Välj en incident i listan eller registrera en ny.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Notification copied</source>
        <translation>Anmälan kopierad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notification is on the clipboard. Paste it into the Data Protection Ombudsman&apos;s breach notification form (tietosuoja.fi) and note the reference you get with “Authority notified…”.</source>
        <translation>Anmälan finns i urklippet. Klistra in den i dataombudsmannens blankett för anmälan av personuppgiftsincidenter (tietosuoja.fi) och anteckna numret du får under ”Anmäld till myndigheten…”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the folder for the letters</source>
        <translation>Välj mapp för breven</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Letters saved</source>
        <translation>Breven sparade</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n letter(s). Print or send them, then record when people were told.</source>
        <translation>
            <numerusform>Sparade %n brev. Skriv ut eller skicka det och anteckna sedan när de berörda informerades.</numerusform>
            <numerusform>Sparade %n brev. Skriv ut eller skicka dem och anteckna sedan när de berörda informerades.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete breach</source>
        <translation>Radera incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this entry? Do this only for an entry made by mistake: a real breach must stay documented, even when nobody was notified.</source>
        <translation>Radera den här posten? Gör det bara för en post som gjorts av misstag: en verklig incident ska finnas dokumenterad även om ingen underrättades.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file could not be written. Check the folder and try again.</source>
        <translation>Filen kunde inte skrivas. Kontrollera mappen och försök igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not complete</source>
        <translation>Det gick inte att slutföra</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/rekisteri/cli.py" line="+52"/>
        <source>Register now holds {customers} customers, {contacts} contacts.</source>
        <translation>Registret har nu {customers} kunder och {contacts} kontaktpersoner.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups:</source>
        <translation>Säkerhetskopior:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers:</source>
        <translation>Kunder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts:</source>
        <translation>Kontaktpersoner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing bans:</source>
        <translation>Marknadsföringsförbud:</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Another Rekisteri command is working on this register; waiting…</source>
        <translation>Ett annat Rekisteri-kommando arbetar med det här registret; väntar…</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/outcome.py" line="+68"/>
        <source>Interrupted; nothing more was done.</source>
        <translation>Avbrutet; inget mer gjordes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An unexpected fault ({kind}) stopped the command. The register is unchanged unless a message above said otherwise. Run again with --debug to see the details for a bug report.</source>
        <translation>Ett oväntat fel ({kind}) stoppade kommandot. Registret är oförändrat om inte ett meddelande ovan säger något annat. Kör igen med --debug för att se detaljerna för en felrapport.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run `rekisteri recover` to restore a backup.</source>
        <translation>Återställ en säkerhetskopia med `rekisteri recover`.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/security.py" line="+49"/>
        <source>Passphrase: </source>
        <translation>Lösenfras: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the new passphrase in a file (--new-passphrase-file) or in REKISTERI_NEW_PASSPHRASE. REKISTERI_PASSPHRASE is only for the current passphrase of a register that is already encrypted.</source>
        <translation>Ange den nya lösenfrasen i en fil (--new-passphrase-file) eller i REKISTERI_NEW_PASSPHRASE. REKISTERI_PASSPHRASE gäller bara den nuvarande lösenfrasen för ett register som redan är krypterat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase: </source>
        <translation>Ny lösenfras: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again: </source>
        <translation>Ny lösenfras igen: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add --yes to confirm without a terminal.</source>
        <translation>Lägg till --yes för att bekräfta utan terminal.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No backups yet.</source>
        <translation>Inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backup written: {path} ({customers} customers, {contacts} contacts)</source>
        <translation>Säkerhetskopian sparad: {path} ({customers} kunder, {contacts} kontaktpersoner)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No such backup: {path}</source>
        <translation>Säkerhetskopian finns inte: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the register with this backup? The present state is backed up first.</source>
        <translation>Ersätta registret med den här säkerhetskopian? Det nuvarande läget säkerhetskopieras först.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The previous state was saved as {path}</source>
        <translation>Det tidigare läget sparades som {path}</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+34"/>
        <source>Restored: {customers} customers, {contacts} contacts.</source>
        <translation>Återställt: {customers} kunder, {contacts} kontaktpersoner.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run `rekisteri recover` to restore the newest good backup.</source>
        <translation>Återställ den nyaste felfria säkerhetskopian med `rekisteri recover`.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The register is healthy; nothing to recover (use --force to restore anyway).</source>
        <translation>Registret är felfritt; inget att återställa (--force återställer ändå).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No good backup was found.</source>
        <translation>Ingen felfri säkerhetskopia hittades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Newest good backup: {name} ({customers} customers)</source>
        <translation>Nyaste felfria säkerhetskopia: {name} ({customers} kunder)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the damaged file aside and restore this backup?</source>
        <translation>Flytta den skadade filen åt sidan och återställa den här säkerhetskopian?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The damaged file was kept as {path}</source>
        <translation>Den skadade filen sparades som {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored from {name}.</source>
        <translation>Återställt från {name}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The register is now encrypted ({n} backups encrypted too).</source>
        <translation>Registret är nu krypterat ({n} säkerhetskopior krypterades också).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The register is no longer encrypted ({n} backups too).</source>
        <translation>Registret är inte längre krypterat (inte heller {n} säkerhetskopior).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passphrase changed ({n} backups re-keyed).</source>
        <translation>Lösenfrasen bytt ({n} säkerhetskopior fick den nya nyckeln).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} backups did not open with the old key and were left unchanged.</source>
        <translation>{n} säkerhetskopior öppnades inte med den gamla nyckeln och lämnades oförändrade.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/marketing.py" line="+30"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contacts to add:</source>
        <translation>Nya kontaktpersoner att lägga till:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the register:</source>
        <translation>Redan i registret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with errors:</source>
        <translation>Rader med fel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the suppression list:</source>
        <translation>På spärrlistan:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line {n}</source>
        <translation>rad {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file states marketing consent for some rows.</source>
        <translation>Filen anger samtycke till marknadsföring för vissa rader.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dry run: nothing was written.</source>
        <translation>Provkörning: inget skrevs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was written. Confirm with --yes (or run on a terminal to be asked).</source>
        <translation>inget skrevs. Bekräfta med --yes (eller kör i en terminal för att bli tillfrågad).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write these contacts to the register?</source>
        <translation>Skriva in dessa kontaktpersoner i registret?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation>Inget skrevs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the marketing consent the file states? Only if the people really gave it.</source>
        <translation>Anteckna det samtycke till marknadsföring som filen anger? Bara om personerna verkligen gav det.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported: {customers} customers, {added} contacts added, {updated} updated, {skipped} skipped; {consents} consents and {bans} bans recorded.</source>
        <translation>Importerat: kunder {customers}, kontaktpersoner tillagda {added}, uppdaterade {updated}, överhoppade {skipped}; samtycken antecknade {consents} och förbud {bans}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Wrote {rows} recipients of {purpose} to {file}.</source>
        <translation>Skrev {rows} mottagare ({purpose}) till {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out: {n}</source>
        <translation>Utelämnade: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The left-out list is in {file}.</source>
        <translation>Listan över utelämnade finns i {file}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported {rows} rows to {files}.</source>
        <translation>Exporterade {rows} rader: {files}.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/notice.py" line="+40"/>
        <location filename="../src/rekisteri/commands/record.py" line="+27"/>
        <source>Wrote {file}</source>
        <translation>Skrev {file}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>error: </source>
        <translation>fel: </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>warning: </source>
        <translation>varning: </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>recommended: </source>
        <translation>rekommendation: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notice covers every required item.</source>
        <translation>Beskrivningen täcker alla obligatoriska uppgifter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NOT PLACED</source>
        <translation>INTE PLACERAD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing: {items}</source>
        <translation>Saknas: {items}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as the {language} draft.</source>
        <translation>Sparat som utkast ({language}).</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/requests.py" line="+40"/>
        <source>No requests.</source>
        <translation>Inga begäranden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open requests.</source>
        <translation>Inga öppna begäranden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OVERDUE</source>
        <translation>FÖRSENAD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DUE SOON</source>
        <translation>SNART</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due {date}</source>
        <translation>förfaller {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received {date}</source>
        <translation>mottagen {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{open} open, {overdue} overdue, {soon} due within a week.</source>
        <translation>Öppna {open}, försenade {overdue}, förfaller inom en vecka {soon}.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/review.py" line="+68"/>
        <source>The decisions file {file} is not valid (entry {n}): each entry needs an id, an action (&quot;delete&quot;, &quot;anonymise&quot; or &quot;keep&quot;) and, to keep, a date as YYYY-MM-DD.</source>
        <translation>Beslutsfilen {file} är inte giltig (post {n}): varje post behöver ett id, en åtgärd (&quot;delete&quot;, &quot;anonymise&quot; eller &quot;keep&quot;) och, för att bevara, ett datum som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Records past their retention date: {n}</source>
        <translation>Poster vars lagringstid har gått ut: {n}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The backup taken before the erasure is deleted on {date}.</source>
        <translation>Säkerhetskopian som togs före raderingen raderas {date}.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/breaches.py" line="+25"/>
        <source>No breaches logged.</source>
        <translation>Inga incidenter har registrerats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open breaches.</source>
        <translation>Inga öppna incidenter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OVERDUE {h} h {m} min</source>
        <translation>FÖRSENAD {h} h {m} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h {m} min left</source>
        <translation>{h} h {m} min kvar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aware {moment}</source>
        <translation>upptäckt {moment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline {moment}</source>
        <translation>frist {moment}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/record.py" line="+12"/>
        <source>Published the record as version {n} ({language}).</source>
        <translation>Registret publicerades som version {n} ({language}).</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/server.py" line="+31"/>
        <source>Password for {who}: </source>
        <translation>Lösenord för {who}: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shared register needs a password: set REKISTERI_DB_PASSWORD, keep it in the keyring (connect once from the app), or run on a terminal.</source>
        <translation>Det gemensamma registret behöver ett lösenord: ange REKISTERI_DB_PASSWORD, spara det i nyckelringen (anslut en gång från programmet) eller kör kommandot i en terminal.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New password for {who}: </source>
        <translation>Nytt lösenord för {who}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again: </source>
        <translation>Samma lösenord igen: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the shared register&apos;s database as the administrator: --db postgresql://ADMIN@HOST/DATABASE</source>
        <translation>Ange det gemensamma registrets databas som administratör: --db postgresql://ADMIN@VÄRD/DATABAS</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A new login needs its password typed twice on a terminal; nothing was created for it. Run the command on a terminal.</source>
        <translation>Ett nytt användarnamn behöver sitt lösenord inskrivet två gånger i en terminal; inget skapades för det. Kör kommandot i en terminal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{login}: created as {role}</source>
        <translation>{login}: skapad som {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{login}: now {role}</source>
        <translation>{login}: nu {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{login}: already {role}</source>
        <translation>{login}: redan {role}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assistant</source>
        <translation>assistent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rights of the owner and the assistants are set on {n} tables.</source>
        <translation>Ägarens och assistenternas rättigheter är satta på {n} tabeller.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/calendar.py" line="+51"/>
        <source>Reminders in the calendar file: {count}.</source>
        <translation>Påminnelser i kalenderfilen: {count}.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_dialogs.py" line="+283"/>
        <source>Refuse the request</source>
        <translation>Avslå begäran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reasons for refusing (they go into the letter)</source>
        <translation>Skälen till avslaget (tas med i brevet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done (it goes into the letter)</source>
        <translation>Vad som gjordes (tas med i brevet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on</source>
        <translation>Besvarad</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/notice/dialogs.py" line="+41"/>
        <source>Compare versions</source>
        <translation>Jämför versioner</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n section(s) differ.</source>
        <translation>
            <numerusform>%n avsnitt skiljer sig.</numerusform>
            <numerusform>%n avsnitt skiljer sig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the sections that differ</source>
        <translation>Visa endast avsnitt som skiljer sig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differences between the versions</source>
        <translation>Skillnader mellan versionerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number} ({date})</source>
        <translation>Version {number} ({date})</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="+267"/>
        <source>Ready to import</source>
        <translation>Klart för import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prospects (not yet customers)</source>
        <translation>Som potentiella kunder (ännu inte kunder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customers</source>
        <translation>Som kunder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the new people as:</source>
        <translation>Lägg till de nya personerna:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recorded</source>
        <translation>registreras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>registreras inte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{new} new contacts will be added, {update} existing contacts updated and {add} matching rows added as new. {skip} rows are left out.

Everything is saved in one go; the data source of each record will say “import: {file}”. Marketing consent from the file: {consent}.</source>
        <translation>{new} nya kontaktpersoner läggs till, {update} befintliga uppdateras och {add} matchande rader läggs till som nya. {skip} rader utelämnas.

Allt sparas på en gång; som uppgiftskälla för varje post anges ”import: {file}”. Samtycken till marknadsföring i filen: {consent}.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/conflict_dialog.py" line="+35"/>
        <source>Changed meanwhile</source>
        <translation>Ändrad under tiden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your changes were not saved, so theirs are not lost either. Reload shows their version; Copy my edits first puts what you typed on the clipboard.</source>
        <translation>Dina ändringar sparades inte, så den andras gick inte heller förlorade. Läs in igen visar den andras version; Kopiera mina ändringar lägger först det du skrev på urklipp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy my edits and reload</source>
        <translation>&amp;Kopiera mina ändringar och läs in igen</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../src/rekisteri/ui/contact_editor.py" line="+83"/>
        <source>Add e-mail</source>
        <translation>Lägg till e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add phone</source>
        <translation>Lägg till telefonnummer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Told how to opt out of marketing</source>
        <translation>Informerad om hur marknadsföring kan avböjas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or role</source>
        <translation>Titel eller roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postcode and city</source>
        <translation>Postnummer och postanstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source</source>
        <translation>Uppgiftskälla</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only if truly needed, e.g. for a contract</source>
        <translation>Endast om det verkligen behövs, t.ex. för ett avtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to keep the stored code.</source>
        <translation>Lämna tomt för att behålla den sparade beteckningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the full code. The viewing is logged.</source>
        <translation>Visa hela beteckningen. Visningen loggas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Marketing: consents and bans</source>
        <translation>Marknadsföring: samtycken och förbud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark marketing ban…</source>
        <translation>Markera marknadsföringsförbud…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lift ban…</source>
        <translation>Häv förbudet…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restriction of processing (GDPR Art. 18)</source>
        <translation>Begränsning av behandling (art. 18 i dataskyddsförordningen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted: keep the data but do not use it</source>
        <translation>Begränsad: uppgifterna sparas men används inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason (required)</source>
        <translation>Orsak (obligatorisk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the restriction</source>
        <translation>Orsak till begränsningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>New contact</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity code: {code}</source>
        <translation>Personbeteckning: {code}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No marketing ban in force.</source>
        <translation>Inget marknadsföringsförbud i kraft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marketing ban in force: {channels}</source>
        <translation>Marknadsföringsförbud gäller: {channels}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restricted since {d}</source>
        <translation>Behandlingen begränsad sedan {d}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove contact person</source>
        <translation>Ta bort kontaktperson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {name} from this customer when you save? Their consent and ban history is removed with them.</source>
        <translation>Ta bort {name} från kunden när du sparar? Personens samtyckes- och förbudshistorik tas bort samtidigt.</translation>
    </message>
</context>
<context>
    <name>ControllerForm</name>
    <message>
        <location filename="../src/rekisteri/ui/controller_form.py" line="+19"/>
        <source>Business name</source>
        <translation>Företagets namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y-tunnus</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s e-mail</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register name</source>
        <translation>Registrets namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register name in Swedish</source>
        <translation>Registrets namn på svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register name in English</source>
        <translation>Registrets namn på engelska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handler name (shown in the log)</source>
        <translation>Handläggarens namn (syns i loggen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. Valokuvaamo Virtanen Tmi</source>
        <translation>t.ex. Fotoateljé Virtanen Fma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1572860-0</source>
        <translation>t.ex. 1572860-0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Customer and marketing register</source>
        <translation>t.ex. Kund- och marknadsföringsregister</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/crash.py" line="+34"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong; your data is safe.</source>
        <translation>Något gick fel; dina uppgifter är i säkerhet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you were doing was stopped, and nothing was saved half-way. If it happens again, copy the report and send it to your support. It names no customer or other personal data.</source>
        <translation>Det du höll på med avbröts, och inget sparades till hälften. Om det händer igen, kopiera rapporten och skicka den till din support. Den innehåller inga kunduppgifter eller andra personuppgifter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy report</source>
        <translation>Kopiera rapporten</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <location filename="../src/rekisteri/ui/customer_detail.py" line="+61"/>
        <source>Select a customer in the list, or add a new one with Ctrl+N.</source>
        <translation>Välj en kund i listan eller lägg till en ny med Ctrl+N.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Mark marketing ban…</source>
        <translation>Markera marknadsföringsförbud…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban marketing to every contact of this customer</source>
        <translation>Förbjud marknadsföring till kundens alla kontaktpersoner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention…</source>
        <translation>Lagring…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this record is due, and its legal holds</source>
        <translation>När den här postens lagringstid går ut, och dess lagringsskyldigheter</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add contact person</source>
        <translation>Lägg till kontaktperson</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this contact person</source>
        <translation>Ta bort den här kontaktpersonen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No contact persons yet.</source>
        <translation>Inga kontaktpersoner ännu.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Add contact event…</source>
        <translation>Lägg till kontakthändelse…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Contact log</source>
        <translation>Kontakthistorik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marketing banned for every contact.</source>
        <translation>Marknadsföring förbjuden för alla kontaktpersoner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some contacts or channels have a marketing ban.</source>
        <translation>Vissa kontaktpersoner eller kanaler har marknadsföringsförbud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No marketing ban recorded.</source>
        <translation>Inget marknadsföringsförbud har registrerats.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact persons ({n})</source>
        <translation>Kontaktpersoner ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact log ({n})</source>
        <translation>Kontakthistorik ({n})</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has unsaved changes. Save them?</source>
        <translation>Kunden har osparade ändringar. Vill du spara dem?</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not saved: fix the fields marked in red. A warning sign marks their tabs.</source>
        <translation>Inte sparat: rätta fälten som är markerade med rött. En varningssymbol visar på vilka flikar de finns.</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <location filename="../src/rekisteri/ui/customer_filters.py" line="+28"/>
        <location line="+8"/>
        <source>Search customers</source>
        <translation>Sök kunder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search</source>
        <translation>Töm sökningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search name, contact, e-mail, phone or Y-tunnus (Ctrl+F)</source>
        <translation>Sök på namn, kontaktperson, e-post, telefon eller FO-nummer (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show customers by status</source>
        <translation>Visa kunder efter status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any marketing</source>
        <translation>Marknadsföring: alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing allowed</source>
        <translation>Marknadsföring tillåten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing banned</source>
        <translation>Marknadsföring förbjuden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show customers by marketing ban</source>
        <translation>Visa kunder efter marknadsföringsförbud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted</source>
        <translation>Begränsad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers whose processing is restricted</source>
        <translation>Endast kunder vars uppgifter har begränsad behandling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due for deletion</source>
        <translation>Ska raderas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers whose retention period has ended</source>
        <translation>Endast kunder vars lagringstid har gått ut</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../src/rekisteri/ui/customer_form.py" line="+57"/>
        <source>Decides the marketing rule for the contact persons: those of a company or organisation may be sent marketing about their work unless they refuse (917/2014 § 201); a sole trader is a private person, who needs to consent (§ 200).</source>
        <translation>Avgör marknadsföringsregeln för kontaktpersonerna: till kontaktpersoner hos ett företag eller en sammanslutning får man marknadsföra det som gäller deras arbete om de inte förbjuder det (917/2014 201 §); en enskild näringsidkare är en fysisk person som måste samtycka (200 §).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only what the business needs. The person may ask to see everything here.</source>
        <translation>Endast det som verksamheten behöver. Personen kan begära att få se allt som står här.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y-tunnus</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal form</source>
        <translation>Företagsform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing address</source>
        <translation>Faktureringsadress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postcode and city</source>
        <translation>Postnummer och postanstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data source</source>
        <translation>Uppgiftskälla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source details</source>
        <translation>Närmare om källan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not known (the name suggests: {form})</source>
        <translation>Okänd (namnet tyder på: {form})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Customer since {d}</source>
        <translation>Kund sedan {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last contact {d}</source>
        <translation>senaste kontakt {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due for deletion {d}</source>
        <translation>ska raderas {d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added by {who}</source>
        <translation>tillagd av {who}</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../src/rekisteri/ui/customer_model.py" line="+50"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y-tunnus</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for deletion</source>
        <translation>Ska raderas</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>{status}, restricted</source>
        <translation>{status}, begränsad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Red date: the retention period has ended. Decide in Review whether to delete, anonymise or keep the record.</source>
        <translation>Rött datum: lagringstiden har gått ut. Bestäm i granskningen om posten ska raderas, anonymiseras eller behållas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grey row: the customer relationship has ended. The record is kept until its retention period ends.</source>
        <translation>Grå rad: kundrelationen har upphört. Posten sparas tills dess lagringstid går ut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No marketing ban recorded. E-mail and SMS may still need consent: see the contact persons.</source>
        <translation>Inget marknadsföringsförbud har registrerats. E-post och sms kan ändå kräva samtycke: se kontaktpersonerna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some contacts or channels have a marketing ban</source>
        <translation>Vissa kontaktpersoner eller kanaler har marknadsföringsförbud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing banned: do not send marketing</source>
        <translation>Marknadsföring förbjuden: skicka ingen marknadsföring</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Processing restricted (GDPR Art. 18): keep, do not use</source>
        <translation>Begränsad behandling (art. 18 i dataskyddsförordningen): bevara, använd inte</translation>
    </message>
</context>
<context>
    <name>DeleteCustomer</name>
    <message>
        <location filename="../src/rekisteri/ui/delete_customer.py" line="+23"/>
        <source>Delete {names}?</source>
        <translation>Radera {names}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {n} customers?</source>
        <translation>Radera {n} kunder?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer, their contact persons, the contact log and the consent and ban history are erased. This cannot be undone. The log records that a deletion was made, without the person&apos;s details.</source>
        <translation>Kunden, kundens kontaktpersoner, kontakthistoriken och samtyckes- och förbudshistoriken raderas. Det kan inte ångras. I loggen antecknas att en radering gjordes, utan personens uppgifter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because the law requires it:</source>
        <translation>Bevaras eftersom lagen kräver det:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(until {date})</source>
        <translation>(till {date})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete customer</source>
        <translation>Radera kund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
</context>
<context>
    <name>DemoTask</name>
    <message>
        <location filename="../src/rekisteri/ui/demo_task.py" line="+55"/>
        <source>Creating the demo register…</source>
        <translation>Demoregistret skapas…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo register</source>
        <translation>Demoregister</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <location filename="../src/rekisteri/core/enums.py" line="+38"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Prospect</source>
        <translation>Potentiell kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The person themselves</source>
        <translation>Personen själv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person, in a purchase</source>
        <translation>Personen själv, i samband med ett köp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their employer or organisation</source>
        <translation>Personens arbetsgivare eller organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public register (e.g. YTJ)</source>
        <translation>Offentligt register (t.ex. FODS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business card</source>
        <translation>Visitkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import file</source>
        <translation>Importfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other source</source>
        <translation>Annan källa</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <location filename="../src/rekisteri/core/requests/kinds.py" line="+71"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Purchase</source>
        <translation>Köp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Contact person in their work role</source>
        <translation>Kontaktperson i sin arbetsroll</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not known</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited company (Oy, Oyj)</source>
        <translation>Aktiebolag (Ab, Abp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited partnership (Ky)</source>
        <translation>Kommanditbolag (Kb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General partnership (Ay)</source>
        <translation>Öppet bolag (Öb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-operative (Osk)</source>
        <translation>Andelslag (Anl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association (ry)</source>
        <translation>Förening (rf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foundation (sr)</source>
        <translation>Stiftelse (sr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public body</source>
        <translation>Offentlig sammanslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other legal person</source>
        <translation>Annan juridisk person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sole trader (Tmi, a natural person)</source>
        <translation>Enskild näringsidkare (fysisk person)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Internal note (not a contact)</source>
        <translation>Intern anteckning (ingen kontakt)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All marketing</source>
        <translation>All marknadsföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail marketing</source>
        <translation>Marknadsföring per e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS marketing</source>
        <translation>Marknadsföring per sms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone marketing</source>
        <translation>Telefonmarknadsföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post marketing</source>
        <translation>Marknadsföring per post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Nyhetsbrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Marknads- och opinionsundersökningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other purpose</source>
        <translation>Annat ändamål</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Consent given</source>
        <translation>Samtycke givet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing ban set</source>
        <translation>Marknadsföringsförbud infört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing ban lifted</source>
        <translation>Marknadsföringsförbud hävt</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/rekisteri/core/requests/kinds.py" line="+4"/>
        <source>Form</source>
        <translation>Blankett</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/rekisteri/core/requests/kinds.py" line="-2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/rekisteri/core/requests/kinds.py" line="+1"/>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe link</source>
        <translation>Avregistreringslänk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/rekisteri/core/requests/kinds.py" line="-2"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No ban</source>
        <translation>Inget förbud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly banned</source>
        <translation>Delvis förbjuden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banned</source>
        <translation>Förbjuden</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/requests/kinds.py" line="-48"/>
        <source>Access to data</source>
        <translation>Rätt till tillgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction of processing</source>
        <translation>Begränsning av behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawal</source>
        <translation>Återkallande av samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other request</source>
        <translation>Annan begäran</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>Förlängd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/breaches/kinds.py" line="+20"/>
        <source>Not assessed yet</source>
        <translation>Ännu inte bedömd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A risk to people&apos;s rights is unlikely</source>
        <translation>En risk för personers rättigheter är osannolik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A risk to people&apos;s rights</source>
        <translation>En risk för personers rättigheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A high risk to people&apos;s rights</source>
        <translation>En hög risk för personers rättigheter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Disclosed or seen by someone without a right to it</source>
        <translation>Uppgifter röjdes eller sågs av någon utan rätt till dem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Altered or corrupted</source>
        <translation>Uppgifter ändrades eller förstördes delvis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost, destroyed or out of reach</source>
        <translation>Uppgifter gick förlorade, förstördes eller var inte tillgängliga</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Assess the risk</source>
        <translation>Bedöm risken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify the authority</source>
        <translation>Anmäl till myndigheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the people affected</source>
        <translation>Informera de berörda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Avgjord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/rekisteri/core/errors.py" line="+28"/>
        <source>Some fields need fixing.</source>
        <translation>Rätta de markerade fälten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This customer no longer exists (id {id}).</source>
        <translation>Kunden finns inte längre (id {id}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact person no longer exists (id {id}).</source>
        <translation>Kontaktpersonen finns inte längre (id {id}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This log entry no longer exists (id {id}).</source>
        <translation>Händelsen finns inte längre (id {id}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Avbrutet. Inget sparades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {kind} no longer exists (id {id}).</source>
        <translation>Uppgiften finns inte längre ({kind}, id {id}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This register was saved by a newer version of Rekisteri (schema {rev}). Update Rekisteri to open it. The file was not changed.</source>
        <translation>Registret har sparats med en nyare version av Rekisteri (schema {rev}). Uppdatera Rekisteri för att öppna det. Filen ändrades inte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The passphrase is wrong. The register was not opened; try again.</source>
        <translation>Lösenfrasen är fel. Registret öppnades inte; försök igen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This register is encrypted. Enter its passphrase.</source>
        <translation>Registret är krypterat. Ange dess lösenfras.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register file is damaged and cannot be opened safely. It can be restored from a backup; the damaged file is kept aside.</source>
        <translation>Registerfilen är skadad och kan inte öppnas säkert. Den kan återställas från en säkerhetskopia; den skadade filen sparas åt sidan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Encryption is not available: the sqlcipher3 package is not installed.</source>
        <translation>Kryptering är inte tillgänglig: paketet sqlcipher3 är inte installerat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The register is locked. Unlock it.</source>
        <translation>Registret är låst. Lås upp det.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The shared register&apos;s server cannot be reached. Check the network connection and the server&apos;s address, then try again. Nothing was lost: an unfinished change was not saved.</source>
        <translation>Det gemensamma registrets server kan inte nås. Kontrollera nätverksanslutningen och serverns adress och försök igen. Ingenting gick förlorat: en oavslutad ändring sparades inte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server refused the user name or the password.</source>
        <translation>Servern godtog inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection to the server could not be secured: its certificate was not verified or it does not offer TLS. Ask the server&apos;s administrator for its CA certificate.</source>
        <translation>Anslutningen till servern kunde inte skyddas: dess certifikat kunde inte verifieras eller så erbjuder den inte TLS. Be serverns administratör om dess CA-certifikat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only the register&apos;s owner can do this: your user name has an assistant&apos;s rights on this shared register. Nothing was changed.</source>
        <translation>Endast registrets ägare kan göra detta: ditt användarnamn har en assistents rättigheter i det här gemensamma registret. Inget ändrades.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This version of Rekisteri needs to upgrade the shared register first. Ask the register&apos;s owner to open it with this version; then try again.</source>
        <translation>Den här versionen av Rekisteri måste först uppgradera det gemensamma registret. Be registrets ägare öppna det med den här versionen och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection to the shared register was lost, and the last change was not saved. Check the network, then reconnect and try again.</source>
        <translation>Anslutningen till det gemensamma registret bröts och den senaste ändringen sparades inte. Kontrollera nätverket, anslut igen och försök på nytt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changed by {name} at {time} — reload or copy your edits.</source>
        <translation>Ändrad av {name} {time} — läs in igen eller kopiera dina ändringar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This works on a register file on this computer; a shared register is kept by its server.</source>
        <translation>Detta fungerar bara för en registerfil på den här datorn; ett gemensamt register sköts av sin server.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/backup.py" line="+166"/>
        <source>The new copy of the register did not match the original, so it was discarded. Nothing was changed.</source>
        <translation>Den nya kopian av registret motsvarade inte originalet och kasserades. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/security.py" line="+127"/>
        <source>The register is already encrypted.</source>
        <translation>Registret är redan krypterat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>The register is not encrypted.</source>
        <translation>Registret är inte krypterat.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The conversion failed and was undone. The register is unchanged.</source>
        <translation>Konverteringen misslyckades och ångrades. Registret är oförändrat.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/faults.py" line="+28"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Disken är full; ingenting ändrades. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder {folder} cannot be written to; nothing was changed. Check that the disk is not read-only and that you may write there.</source>
        <translation>Det går inte att skriva i mappen {folder}; ingenting ändrades. Kontrollera att disken inte är skrivskyddad och att du får skriva där.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is a folder, not a register file. Choose the register file itself.</source>
        <translation>{path} är en mapp, inte en registerfil. Välj själva registerfilen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} does not exist, or a folder on its way does not; nothing was done.</source>
        <translation>{path} finns inte, eller så saknas en mapp på vägen dit; inget gjordes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a folder; give a file name. Nothing was done.</source>
        <translation>{path} är en mapp; ange ett filnamn. Inget gjordes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The register is busy with another job. Nothing was changed; try again when it has finished.</source>
        <translation>Registret används av ett annat jobb. Ingenting ändrades; försök igen när det är klart.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/writer_lock.py" line="+34"/>
        <source>The register is open in the Rekisteri window; close it first. Nothing was changed.</source>
        <translation>Registret är öppet i Rekisteri-fönstret; stäng det först. Ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another Rekisteri command is working on this register; try again when it has finished. Nothing was changed.</source>
        <translation>Ett annat Rekisteri-kommando arbetar med det här registret; försök igen när det är klart. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/logical.py" line="+188"/>
        <source>The two registers are at different versions; update the app first.</source>
        <translation>Registren har olika versioner; uppdatera programmet först.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+104"/>
        <source>The target already holds a register; choose an empty one.</source>
        <translation>Målet innehåller redan ett register; välj ett tomt.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>The copy of “{table}” does not match the original; nothing was kept.</source>
        <translation>Kopian av ”{table}” stämmer inte med originalet; ingenting sparades.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The file is not a Rekisteri backup.</source>
        <translation>Filen är inte en säkerhetskopia av Rekisteri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup was made by another version of Rekisteri; restore it with that version or update the app.</source>
        <translation>Säkerhetskopian gjordes med en annan version av Rekisteri; återställ den med den versionen eller uppdatera programmet.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/server.py" line="+72"/>
        <source>A shared register&apos;s address starts postgresql://.</source>
        <translation>Ett gemensamt registers adress börjar med postgresql://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the password out of the address: it would stay in the shell&apos;s history. Rekisteri asks for it, reads REKISTERI_DB_PASSWORD or uses the keyring.</source>
        <translation>Lämna lösenordet utanför adressen: det skulle bli kvar i kommandohistoriken. Rekisteri frågar efter det, läser REKISTERI_DB_PASSWORD eller använder nyckelringen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the server, the database and the user name.</source>
        <translation>Ange server, databas och användarnamn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS must be verify-full, require or disable.</source>
        <translation>TLS måste vara verify-full, require eller disable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA certificate file does not exist.</source>
        <translation>CA-certifikatfilen finns inte.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/shared_lock.py" line="+31"/>
        <source>{name} is running the review (since {time}). Try again when it has finished.</source>
        <translation>{name} håller på med granskningen (sedan {time}). Försök igen när den är klar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is importing customers (since {time}). Try again when it has finished.</source>
        <translation>{name} importerar kunder (sedan {time}). Försök igen när importen är klar.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../src/rekisteri/core/io/service.py" line="+284"/>
        <source>Choose a file name ending in .json, .zip or .csv.</source>
        <translation>Välj ett filnamn som slutar på .json, .zip eller .csv.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/export_dialog.py" line="+89"/>
        <source>Export mailing list</source>
        <translation>Exportera utskickslista</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>It markets my own products or services, like those the customer bought</source>
        <translation>Jag marknadsför egna produkter eller tjänster som liknar det kunden köpt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A customer who gave the address in a purchase and may refuse at any time can be sent such marketing without consent (917/2014 § 200(2)); anything else needs consent. Every message must tell how to refuse.</source>
        <translation>En kund som gav adressen vid ett köp och när som helst kan förbjuda det får sådan marknadsföring utan samtycke (917/2014 200 § 2 mom.); allt annat kräver samtycke. Varje meddelande ska berätta hur man förbjuder marknadsföringen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It concerns the recipients&apos; work</source>
        <translation>Meddelandet gäller mottagarnas arbete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact persons of companies and organisations may be sent marketing that concerns their work unless they refuse (917/2014 § 201). Sole traders are private persons in this respect.</source>
        <translation>Till kontaktpersoner hos företag och sammanslutningar får man skicka marknadsföring som gäller deras arbete om de inte förbjuder det (917/2014 201 §). En enskild näringsidkare är här en privatperson.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>CSV for newsletter services (UTF-8, commas)</source>
        <translation>CSV för nyhetsbrevstjänster (UTF-8, kommatecken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel (semicolons)</source>
        <translation>CSV för Excel (semikolon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to save the list</source>
        <translation>Var listan sparas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mailing:</source>
        <translation>Utskick:</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>{included} people may receive this mailing ({purpose}). {excluded} are left out:</source>
        <translation>{included} personer får ta emot detta utskick ({purpose}). {excluded} lämnas utanför:</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Also save who was left out and why (to fix records, never to mail them)</source>
        <translation>Spara även vilka som utelämnades och varför (för att rätta uppgifter, aldrig för utskick)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Save the mailing list</source>
        <translation>Spara utskickslistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mailing-list-{date}.csv</source>
        <translation>utskickslista-{date}.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the mailing list…</source>
        <translation>Utskickslistan sparas…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rows} people were saved to {file}.</source>
        <translation>{rows} personer sparades i {file}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Those left out are listed in {file}.</source>
        <translation>De utelämnade finns i {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The list was not saved: {reason}</source>
        <translation>Listan sparades inte: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mailing list saved</source>
        <translation>Utskickslistan sparad</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n row(s) were saved to {file}. Identity codes were left out. Keep the file safe: it holds every person in the register.</source>
        <translation>
            <numerusform>%n rad sparades i {file}. Personbeteckningarna utelämnades. Förvara filen säkert: den innehåller alla personer i registret.</numerusform>
            <numerusform>%n rader sparades i {file}. Personbeteckningarna utelämnades. Förvara filen säkert: den innehåller alla personer i registret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_dialogs.py" line="-67"/>
        <source>Extend the deadline</source>
        <translation>Förläng tidsfristen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The law allows two more months when the request is complex or there are many. The person must be told, with the reasons, by %1.</source>
        <translation>Lagen tillåter två månader till om begäran är komplicerad eller om det finns många begäranden. Personen ska underrättas, med skälen, senast %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person told on</source>
        <translation>Personen underrättad</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../src/rekisteri/ui/file_dialogs.py" line="+96"/>
        <source>Saved to {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the folder the file was saved in</source>
        <translation>Öppna mappen där filen sparades</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="-218"/>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV from Outlook, Google Contacts or a spreadsheet, or vCards (.vcf) from a phone. Nothing is saved until you confirm.</source>
        <translation>CSV från Outlook, Google Kontakter eller ett kalkylark, eller vCard-kort (.vcf) från en telefon. Ingenting sparas förrän du bekräftar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import contacts</source>
        <translation>Importera kontakter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard)</source>
        <translation>Kontakter (*.csv *.txt *.vcf *.vcard);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../src/rekisteri/ui/notice/models.py" line="+110"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended</source>
        <translation>Rekommendation</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../src/rekisteri/core/formats.py" line="+64"/>
        <source>Write the date as day.month.year, e.g. 3.2.2024.</source>
        <translation>Skriv datumet som dag.månad.år, t.ex. 3.2.2024.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../src/rekisteri/ui/settings_pane.py" line="+46"/>
        <source>Controller (the business that keeps this register)</source>
        <translation>Personuppgiftsansvarig (företaget som för registret)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the register is kept</source>
        <translation>Var registret sparas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared register</source>
        <translation>Gemensamt register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../src/rekisteri/ui/guide.py" line="+142"/>
        <source>Screenshot</source>
        <translation>Skärmbild</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rekisteri user guide</source>
        <translation>Användarhandbok för Rekisteri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chapter text</source>
        <translation>Kapitlets text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Find in chapter</source>
        <translation>Sök i kapitlet</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/notice/dialogs.py" line="+23"/>
        <source>Published versions</source>
        <translation>Publicerade versioner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare side by side</source>
        <translation>Jämför sida vid sida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>Exportera pdf…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select two versions to compare, or one to compare with the one before it.</source>
        <translation>Välj två versioner att jämföra, eller en som jämförs med versionen före den.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export PDF</source>
        <translation>Exportera pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../src/rekisteri/ui/review_models.py" line="+156"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Raderade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation>Anonymiserade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Bevarade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Nästa granskning</translation>
    </message>
</context>
<context>
    <name>HoldsDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/holds_dialog.py" line="+67"/>
        <source>Retention and legal holds</source>
        <translation>Lagring och lagringsskyldigheter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove hold</source>
        <translation>Ta bort lagringsskyldigheten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a legal hold</source>
        <translation>Lägg till en lagringsskyldighet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. complaint 4/2026, invoice 2021-014</source>
        <translation>t.ex. reklamation 4/2026, faktura 2021-014</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep until</source>
        <translation>Bevara till</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add hold</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No retention rule applies to this record.</source>
        <translation>Ingen lagringsregel gäller för den här posten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention: {reason}</source>
        <translation>Lagring: {reason}</translation>
    </message>
</context>
<context>
    <name>HoldsModel</name>
    <message>
        <location line="-77"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept until</source>
        <translation>Bevaras till</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../src/rekisteri/core/io/csv_import.py" line="+217"/>
        <source>A value on line {line} is longer than {limit} characters, more than any contact detail; the file is not a contact list. Nothing was imported.</source>
        <translation>Ett värde på rad {line} är längre än {limit} tecken, längre än någon kontaktuppgift; filen är ingen kontaktlista. Ingenting importerades.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is not valid CSV (a quoted value is never closed).</source>
        <translation>Filen är inte giltig CSV (ett värde inom citattecken avslutas aldrig).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/rekisteri/core/io/source.py" line="+119"/>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first row holds contact details, not column names. Add a header row naming the columns (e.g. First name; Last name; E-mail) and import again.</source>
        <translation>Första raden innehåller kontaktuppgifter, inte kolumnnamn. Lägg till en rubrikrad som namnger kolumnerna (t.ex. Förnamn; Efternamn; E-post) och importera igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only one column was found. Columns must be separated by commas or semicolons.</source>
        <translation>Endast en kolumn hittades. Kolumnerna ska avgränsas med kommatecken eller semikolon.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/io/preview.py" line="+39"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the register</source>
        <translation>Finns redan i registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased, banned marketing</source>
        <translation>Raderad, marknadsföring förbjuden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the existing contact</source>
        <translation>Uppdatera den befintliga kontaktpersonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add anyway</source>
        <translation>Lägg till ändå</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Same e-mail as a contact of {name}</source>
        <translation>Samma e-post som en kontaktperson hos {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same phone as a contact of {name}</source>
        <translation>Samma telefon som en kontaktperson hos {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same business ID as {name}</source>
        <translation>Samma FO-nummer som {name}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Same e-mail or phone as an earlier row in this file.</source>
        <translation>Samma e-post eller telefon som på en tidigare rad i filen.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/io/records.py" line="+63"/>
        <source>(do not import)</source>
        <translation>(importera inte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing consent (yes/no)</source>
        <translation>Samtycke till marknadsföring (ja/nej)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>No person&apos;s name: give a first or last name (a company alone is not a contact).</source>
        <translation>Personens namn saknas: ange förnamn eller efternamn (ett företag ensamt är ingen kontaktperson).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An e-mail address is not valid.</source>
        <translation>En e-postadress är inte giltig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A phone number is not valid.</source>
        <translation>Ett telefonnummer är inte giltigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The business ID is not valid.</source>
        <translation>FO-numret är inte giltigt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The country is not recognised; use a code such as FI or SE.</source>
        <translation>Landet känns inte igen; använd en kod som FI eller SE.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The marketing consent column must say yes or no.</source>
        <translation>Kolumnen för samtycke till marknadsföring ska innehålla ja eller nej.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first name is longer than {limit} characters.</source>
        <translation>Förnamnet är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name is longer than {limit} characters.</source>
        <translation>Efternamnet är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company is longer than {limit} characters.</source>
        <translation>Företagets namn är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is longer than {limit} characters.</source>
        <translation>Titeln är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The street address is longer than {limit} characters.</source>
        <translation>Gatuadressen är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The postcode is longer than {limit} characters.</source>
        <translation>Postnumret är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The city is longer than {limit} characters.</source>
        <translation>Postanstalten är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes are longer than {limit} characters.</source>
        <translation>Anteckningarna är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/io/service.py" line="-183"/>
        <source>No column could be recognised as a name, e-mail or phone. Choose the columns in the mapping step.</source>
        <translation>Ingen kolumn kunde kännas igen som namn, e-post eller telefon. Välj kolumnerna i mappningssteget.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/io/source.py" line="-77"/>
        <source>The file is too large to import ({size} MB; the limit is {limit} MB). Split it into smaller files.</source>
        <translation>Filen är för stor för att importeras ({size} MB; gränsen är {limit} MB). Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file cannot be opened.</source>
        <translation>Filen kan inte öppnas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read.</source>
        <translation>Filen kan inte läsas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a text file (it looks like a program, picture or spreadsheet file). Save contacts as CSV or vCard (.vcf) and import that file.</source>
        <translation>Det här är ingen textfil (den ser ut som ett program, en bild eller ett kalkylark). Spara kontakterna som CSV eller vCard (.vcf) och importera den filen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file&apos;s character encoding is not recognised (letters such as ä and ö would come out wrong). Save it again as UTF-8 (in Excel: CSV UTF-8) and import that.</source>
        <translation>Filens teckenkodning känns inte igen (bokstäver som ä och ö skulle bli fel). Spara den på nytt som UTF-8 (i Excel: CSV UTF-8) och importera den.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/io/vcard_import.py" line="+143"/>
        <source>Line {line} of this card could not be read (it is not NAME:value).</source>
        <translation>Rad {line} på det här kortet kunde inte läsas (den har inte formen NAMN:värde).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The contact card that starts on line {line} has no END:VCARD; the file may be cut short. Nothing was imported.</source>
        <translation>Kontaktkortet som börjar på rad {line} saknar END:VCARD; filen kan vara avklippt. Ingenting importerades.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No contact cards were found in the file (BEGIN:VCARD is missing).</source>
        <translation>Inga kontaktkort hittades i filen (BEGIN:VCARD saknas).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/notice/dialogs.py" line="+15"/>
        <source>Import an existing notice</source>
        <translation>Importera en befintlig beskrivning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice to import</source>
        <translation>Beskrivning att importera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the notice here (plain text, Markdown or HTML), or open a file.</source>
        <translation>Klistra in beskrivningen här (vanlig text, Markdown eller HTML) eller öppna en fil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found</source>
        <translation>Vad som hittades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open file…</source>
        <translation>Öppna fil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyse</source>
        <translation>Analysera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the draft</source>
        <translation>Ersätt utkastet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open notice</source>
        <translation>Öppna beskrivning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notices (*.txt *.md *.html *.htm)</source>
        <translation>Beskrivningar (*.txt *.md *.html *.htm)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not placed; kept as an own section</source>
        <translation>inte placerat; behålls som eget avsnitt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text before the first heading, not imported (copy into a section what should stay):</source>
        <translation>Text före den första rubriken, inte importerad (kopiera till ett avsnitt det som ska finnas kvar):</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="+320"/>
        <source>Import contacts</source>
        <translation>Importera kontakter</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../src/rekisteri/core/db/check.py" line="+37"/>
        <source>The register file is healthy.</source>
        <translation>Registerfilen är felfri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no register file yet.</source>
        <translation>Det finns ingen registerfil ännu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register is encrypted.</source>
        <translation>Registret är krypterat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is wrong.</source>
        <translation>Lösenfrasen är fel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register is encrypted, but encryption support is not installed.</source>
        <translation>Registret är krypterat, men stöd för kryptering är inte installerat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register file is damaged. It can be restored from a backup.</source>
        <translation>Registerfilen är skadad. Den kan återställas från en säkerhetskopia.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/interaction_dialog.py" line="+31"/>
        <source>Add contact event</source>
        <translation>Lägg till kontakthändelse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(the customer in general)</source>
        <translation>(kunden allmänt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was it about? Keep it short and factual.</source>
        <translation>Vad gällde det? Skriv kort och sakligt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <location filename="../src/rekisteri/ui/record_models.py" line="+38"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/review_dialogs.py" line="+33"/>
        <source>Keep records</source>
        <translation>Bevara posterna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records to keep: {n}.</source>
        <translation>Poster att bevara: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. open warranty, ongoing assignment</source>
        <translation>t.ex. gällande garanti, pågående uppdrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep until</source>
        <translation>Bevara till</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/language.py" line="+39"/>
        <location line="+37"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Language of the program:</source>
        <translation>Programmets språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates and amounts:</source>
        <translation>Datum och belopp:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents such as privacy notices and letters have their own language, chosen for each document.</source>
        <translation>Dokument som dataskyddsbeskrivningar och brev har ett eget språk som väljs för varje dokument.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restart now</source>
        <translation>Starta om nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Rekisteri and open it again in the chosen language</source>
        <translation>Stäng Rekisteri och öppna det igen på det valda språket</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Same as the computer ({language})</source>
        <translation>Samma som datorn ({language})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A new language choice takes effect when Rekisteri restarts.</source>
        <translation>Ett nytt språkval börjar gälla när Rekisteri startas om.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart Rekisteri to switch to the chosen language.</source>
        <translation>Starta om Rekisteri för att byta till det valda språket.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../src/rekisteri/ui/record_models.py" line="+21"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note or reason</source>
        <translation>Anteckning eller orsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recorded by {who} on {on}</source>
        <translation>Registrerat av {who} den {on}</translation>
    </message>
</context>
<context>
    <name>LeftOutModel</name>
    <message>
        <location filename="../src/rekisteri/ui/export_dialog.py" line="-243"/>
        <source>Why left out</source>
        <translation>Varför utelämnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
</context>
<context>
    <name>LetterFile</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_pane.py" line="+81"/>
        <source>confirmation-letter</source>
        <translation>bekraftelsebrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension-letter</source>
        <translation>forlangningsbrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer-letter</source>
        <translation>svarsbrev</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/breaches/letters.py" line="+21"/>
        <source>breach-letter</source>
        <extracomment>The stem of a saved letter&apos;s file name, in the letter&apos;s own language (no person&apos;s name).</extracomment>
        <translation>incidentbrev</translation>
    </message>
</context>
<context>
    <name>LiftBanDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/ban_dialog.py" line="+122"/>
        <source>Lift marketing ban</source>
        <translation>Häv marknadsföringsförbud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lift a marketing ban of &lt;b&gt;{subject}&lt;/b&gt; only when the person asks for it. Say why: the reason is kept with the ban.</source>
        <translation>Häv marknadsföringsförbudet för &lt;b&gt;{subject}&lt;/b&gt; endast om personen själv ber om det. Ange orsaken: den sparas med förbudet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Required, e.g. “asked by e-mail to get offers”</source>
        <translation>Obligatorisk, t.ex. ”bad per e-post att få erbjudanden”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request came by</source>
        <translation>Begäran kom via</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lift ban</source>
        <translation>Häv förbudet</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_dialogs.py" line="-56"/>
        <source>Find the person in the register</source>
        <translation>Sök personen i registret</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../src/rekisteri/ui/autolock.py" line="+56"/>
        <source>Rekisteri is locked</source>
        <translation>Rekisteri är låst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the passphrase to continue.</source>
        <translation>Ange lösenfrasen för att fortsätta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register was locked after a while without use. Set a passphrase in Settings › Security to require it here.</source>
        <translation>Registret låstes efter en stund utan användning. Ställ in en lösenfras under Inställningar › Säkerhet för att kräva den här.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
</context>
<context>
    <name>LogBreachDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/breach_dialogs.py" line="+90"/>
        <source>Log a breach</source>
        <translation>Registrera en incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit breach</source>
        <translation>Redigera incident</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>People and data</source>
        <translation>Personer och uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <location line="+19"/>
        <source>Customers affected</source>
        <translation>Berörda kunder</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>When you learnt of the breach: the 72 hours run from this moment.</source>
        <translation>När du fick veta om incidenten: de 72 timmarna räknas från denna tidpunkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known</source>
        <translation>Känd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Lasted until</source>
        <translation>Pågick till</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. a customer called about a strange e-mail</source>
        <translation>t.ex. en kund ringde om ett konstigt e-postmeddelande</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened, in plain words. Do not name the people affected.</source>
        <translation>Vad som hände, med enkla ord. Nämn inte de berördas namn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Became aware</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Happened</source>
        <translation>Inträffade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it came to light</source>
        <translation>Hur det upptäcktes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of breach</source>
        <translation>Typ av incident</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not known</source>
        <translation>inte känt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. names, e-mail addresses, notes</source>
        <translation>t.ex. namn, e-postadresser, anteckningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. customers, contact persons</source>
        <translation>t.ex. kunder, kontaktpersoner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The numbers are estimates</source>
        <translation>Antalen är uppskattningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. phishing in our name, embarrassment, financial loss</source>
        <translation>t.ex. nätfiske i vårt namn, förlägenhet, ekonomisk förlust</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data concerned</source>
        <translation>Berörda uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups of people</source>
        <translation>Grupper av personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of people</source>
        <translation>Antal personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of records</source>
        <translation>Antal poster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likely consequences</source>
        <translation>Sannolika följder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. passwords changed, the device locked remotely</source>
        <translation>t.ex. lösenorden bytta, enheten fjärrlåst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. encrypt every laptop&apos;s disk</source>
        <translation>t.ex. kryptera alla bärbara datorers diskar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measures taken</source>
        <translation>Vidtagna åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures proposed</source>
        <translation>Planerade åtgärder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, e-mail or business ID</source>
        <translation>Namn, e-post eller FO-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a customer</source>
        <translation>Sök en kund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers found</source>
        <translation>Hittade kunder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add ↓</source>
        <translation>Lägg till ↓</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the customers known to be affected. Their contact persons get the letter when the risk is high, and their access packs list the breach.</source>
        <translation>Lägg till de kunder som man vet att incidenten berör. Deras kontaktpersoner får brevet om risken är hög, och incidenten syns i deras registerutdrag.</translation>
    </message>
</context>
<context>
    <name>LogRequestDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_dialogs.py" line="-91"/>
        <source>Log a request</source>
        <translation>Registrera en begäran</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. came from the e-mail address we hold; ID card shown</source>
        <translation>t.ex. kom från e-postadressen vi har; id-kort uppvisat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person&apos;s name</source>
        <translation>Personens namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived by</source>
        <translation>Kom in via</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter language</source>
        <translation>Brevets språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity verified how</source>
        <translation>Hur identiteten kontrollerades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked</source>
        <translation>Vad som begärdes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/rekisteri/ui/mainwindow.py" line="+40"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy notice</source>
        <translation>Dataskyddsbeskrivning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaches</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rekisteri</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;New customer</source>
        <translation>&amp;Ny kund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete customer…</source>
        <translation>&amp;Radera kund…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark marketing &amp;ban…</source>
        <translation>Markera marknadsförings&amp;förbud…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark a marketing ban for the selected customers</source>
        <translation>Markera marknadsföringsförbud för de valda kunderna</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Record of processing</source>
        <translation>Register över behandling</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rekisteri</source>
        <translation>&amp;Om Rekisteri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read the list and the counts again</source>
        <translation>Läs in listan och antalen på nytt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user guide, at this view&apos;s chapter</source>
        <translation>Användarhandboken, öppnad vid den här vyns kapitel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export mailing list…</source>
        <translation>&amp;Exportera utskickslista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the whole &amp;register…</source>
        <translation>Exportera hela &amp;registret…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Same as the &amp;system</source>
        <translation>Samma som &amp;systemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Customers: {customers} · Contact persons: {contacts} · Marketing bans: {bans}</source>
        <translation>Kunder: {customers} · Kontaktpersoner: {contacts} · Marknadsföringsförbud: {bans}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/about.py" line="+14"/>
        <source>About Rekisteri</source>
        <translation>Om Rekisteri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Rekisteri&lt;/b&gt; {version}&lt;br&gt;A sole trader&apos;s customer and marketing register, kept the way Finnish and EU data-protection law expects.&lt;br&gt;&lt;br&gt;Register: {path}</source>
        <translation>&lt;b&gt;Rekisteri&lt;/b&gt; {version}&lt;br&gt;En enskild näringsidkares kund- och marknadsföringsregister, fört så som Finlands och EU:s dataskyddslagstiftning kräver.&lt;br&gt;&lt;br&gt;Register: {path}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../src/rekisteri/ui/import_models.py" line="+34"/>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example values</source>
        <translation>Exempelvärden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as</source>
        <translation>Importera som</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="-290"/>
        <source>Which column holds what?</source>
        <translation>Vad innehåller varje kolumn?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns were guessed from the file&apos;s first row. Correct any guess; columns marked “(do not import)” are left out.</source>
        <translation>Kolumnerna har gissats utifrån filens första rad. Rätta vid behov; kolumner markerade ”(importera inte)” utelämnas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{rows} rows, separated by “{sep}”, encoding {enc}.</source>
        <translation>{rows} rader, avgränsade med ”{sep}”, teckenkodning {enc}.</translation>
    </message>
</context>
<context>
    <name>MarkBanDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/ban_dialog.py" line="-75"/>
        <source>Mark marketing ban</source>
        <translation>Markera marknadsföringsförbud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more marketing to: &lt;b&gt;{subject}&lt;/b&gt;</source>
        <translation>Ingen mer marknadsföring till: &lt;b&gt;{subject}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optional, e.g. “replied to the newsletter”</source>
        <translation>Frivillig, t.ex. ”svarade på nyhetsbrevet”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request came by</source>
        <translation>Begäran kom via</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark ban</source>
        <translation>Markera förbud</translation>
    </message>
</context>
<context>
    <name>Marketing</name>
    <message>
        <location filename="../src/rekisteri/core/marketing_law.py" line="+59"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Newsletter</source>
        <translation>Nyhetsbrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other e-mail marketing</source>
        <translation>Annan e-postmarknadsföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS marketing</source>
        <translation>Sms-marknadsföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone marketing</source>
        <translation>Telefonmarknadsföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing by post</source>
        <translation>Marknadsföring per post</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Phone and post marketing is allowed unless the person has refused. If any of these people come from a bought or rented list, check the list against the direct marketing association&apos;s ban register (ASML&apos;s Robinson service) before you call or post.</source>
        <translation>Marknadsföring per telefon och post är tillåten om personen inte har förbjudit den. Om någon av dessa personer kommer från en köpt eller hyrd lista, kontrollera listan mot direktmarknadsföringens spärregister (ASML:s Robinson-tjänst) innan du ringer eller postar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Private person: e-mail and SMS marketing need consent, or a soft opt-in as a customer (917/2014 § 200).</source>
        <translation>Privatperson: e-post- och sms-marknadsföring kräver samtycke eller kundförhållande med rätt att förbjuda (917/2014 200 §).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact person of a company or organisation: marketing that concerns their work is allowed unless they refuse (917/2014 § 201).</source>
        <translation>Kontaktperson hos ett företag eller en sammanslutning: marknadsföring som gäller hens arbete är tillåten om hen inte förbjuder den (917/2014 201 §).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact person of a sole trader, or the customer&apos;s legal form is not known: treated as a private person (917/2014 § 200). Set the legal form on the Customer tab.</source>
        <translation>Kontaktperson hos en enskild näringsidkare, eller kundens företagsform är okänd: behandlas som privatperson (917/2014 200 §). Ange företagsformen på fliken Kund.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/marketing_reasons.py" line="+41"/>
        <source>Processing is restricted (GDPR Art. 18): no marketing.</source>
        <translation>Behandlingen är begränsad (art. 18 i dataskyddsförordningen): ingen marknadsföring.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objected to all direct marketing (ban on all marketing).</source>
        <translation>Har motsatt sig all direktmarknadsföring (förbud mot all marknadsföring).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A marketing ban is in force.</source>
        <translation>Ett marknadsföringsförbud gäller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s latest word was a withdrawal or an opt-out.</source>
        <translation>Personen har senast återkallat sitt samtycke eller förbjudit marknadsföringen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact person of a company or organisation: allowed about their work role unless they opt out (917/2014 § 201).</source>
        <translation>Kontaktperson hos ett företag eller en sammanslutning: tillåtet om det gäller hens arbetsuppgifter, om hen inte förbjuder det (917/2014 201 §).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact person of a company, but this mailing is not about their work role; that needs their consent.</source>
        <translation>Kontaktperson hos ett företag, men detta utskick gäller inte hens arbete; det kräver hens samtycke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer who gave the address in a purchase and was told how to refuse: allowed for your own similar products (917/2014 § 200(2)).</source>
        <translation>Kund som gav adressen vid ett köp och fick veta hur man förbjuder: tillåtet för egna liknande produkter (917/2014 200 § 2 mom.).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A customer without consent may only be told of your own products similar to what they bought.</source>
        <translation>En kund utan samtycke får endast få marknadsföring om egna produkter som liknar det hen köpt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer never told how to refuse marketing when the address was collected; consent is needed.</source>
        <translation>Kunden fick inte veta hur marknadsföringen förbjuds när adressen samlades in; samtycke behövs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address was not recorded as given in a purchase; consent is needed.</source>
        <translation>Adressen är inte antecknad som given vid ett köp; samtycke behövs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer relationship ended longer ago than the soft opt-in lasts; consent is needed.</source>
        <translation>Kundförhållandet upphörde för längre sedan än rätten på grund av kundförhållandet varar; samtycke behövs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person of a sole trader or of a customer whose legal form is not known: a natural person, so consent or a soft opt-in is needed (917/2014 § 200).</source>
        <translation>Kontaktperson hos en enskild näringsidkare eller en kund med okänd företagsform: en fysisk person, så samtycke eller rätt på grund av kundförhållande behövs (917/2014 200 §).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private person without consent; e-mail and SMS marketing need consent.</source>
        <translation>Privatperson utan samtycke; e-post- och sms-marknadsföring kräver samtycke.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/marketing.py" line="+310"/>
        <source>Give the soft opt-in period as 0 to 60 months.</source>
        <translation>Ange tiden för rätten på grund av kundförhållande som 0–60 månader.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/marketing_reasons.py" line="-42"/>
        <source>No address or number on file for this channel.</source>
        <translation>Ingen adress eller inget nummer finns sparat för den här kanalen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent on record.</source>
        <translation>Samtycke registrerat.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Allowed unless the person refuses.</source>
        <translation>Tillåten om personen inte motsätter sig.</translation>
    </message>
</context>
<context>
    <name>MarketingStatus</name>
    <message>
        <location filename="../src/rekisteri/ui/marketing_status.py" line="+38"/>
        <source>allowed</source>
        <translation>tillåten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not allowed</source>
        <translation>inte tillåten</translation>
    </message>
</context>
<context>
    <name>MultiValueEdit</name>
    <message>
        <location filename="../src/rekisteri/ui/multi_value_edit.py" line="+42"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>NoticeCheck</name>
    <message>
        <location filename="../src/rekisteri/core/notice/check_words.py" line="+44"/>
        <source>access to the data</source>
        <extracomment>Each right of Art. 15-21 and words that show a text mentions it (fi, sv, en).</extracomment>
        <translation>rätten till tillgång</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rectification</source>
        <translation>rätten till rättelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>erasure</source>
        <translation>rätten till radering</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restriction of processing</source>
        <translation>rätten till begränsning av behandling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>objection to processing</source>
        <translation>rätten att invända mot behandling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>data portability</source>
        <translation>rätten till dataportabilitet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>objection to direct marketing</source>
        <translation>rätten att invända mot direktmarknadsföring</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/notice/check.py" line="+71"/>
        <source>Recommended, not required by law: {item}.</source>
        <translation>Rekommenderas, krävs inte i lag: {item}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Missing: {item}.</source>
        <translation>Saknas: {item}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Empty: {item}.</source>
        <translation>Tomt: {item}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{title}” cites the Personal Data Act 523/1999, repealed on 1.1.2019. Refer to the GDPR and the Data Protection Act 1050/2018.</source>
        <translation>”{title}” hänvisar till personuppgiftslagen 523/1999, som upphävdes 1.1.2019. Hänvisa till dataskyddsförordningen och dataskyddslagen 1050/2018.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{title}” relies on Privacy Shield, which the EU Court of Justice invalidated in 2020. Name a valid safeguard.</source>
        <translation>”{title}” stöder sig på Privacy Shield, som EU-domstolen ogiltigförklarade 2020. Ange en giltig skyddsåtgärd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The rights section does not mention {right}.</source>
        <translation>Avsnittet om rättigheter nämner inte {right}.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/notice/check_register.py" line="+65"/>
        <source>The retention section does not state the period of the rule “{rule}” that the review enforces.</source>
        <translation>Avsnittet om lagringstid anger inte perioden för regeln ”{rule}” som granskningen tillämpar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The retention section states a period (“{period}”) that no retention rule has.</source>
        <translation>Avsnittet om lagringstid anger en period (”{period}”) som ingen lagringsregel har.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} processes data outside the EU/EEA but no safeguard is named for it in Settings.</source>
        <translation>{name} behandlar uppgifter utanför EU/EES men ingen skyddsåtgärd har angetts för den i inställningarna.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} processes data outside the EU/EEA but the transfers section does not name it.</source>
        <translation>{name} behandlar uppgifter utanför EU/EES men avsnittet om överföringar nämner den inte.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The transfers section allows transfers outside the EU/EEA but names no safeguard (standard contractual clauses, an adequacy decision).</source>
        <translation>Avsnittet om överföringar tillåter överföringar utanför EU/EES men anger ingen skyddsåtgärd (standardavtalsklausuler, ett beslut om adekvat skyddsnivå).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The processor {name} is listed in Settings but not named in the notice.</source>
        <translation>Personuppgiftsbiträdet {name} finns i inställningarna men nämns inte i beskrivningen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The register holds “{field}” but the data section does not name it.</source>
        <translation>Registret innehåller ”{field}” men avsnittet om uppgifter nämner den inte.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/notice/check_law.py" line="+38"/>
        <source>the business name</source>
        <translation>företagets namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the business e-mail address</source>
        <translation>företagets e-postadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the business street address</source>
        <translation>företagets gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the business postcode</source>
        <translation>företagets postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the business town or city</source>
        <translation>företagets postanstalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the business phone number</source>
        <translation>företagets telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contact person&apos;s name</source>
        <translation>kontaktpersonens namn</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Empty: {what}. The notice prints it, so fill it in Settings → General.</source>
        <translation>Tomt: {what}. Beskrivningen visar det, så fyll i det under Inställningar → Allmänt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A service provider has no name. Name it in Settings → Processors.</source>
        <translation>En tjänsteleverantör saknar namn. Ange namnet under Inställningar → Personuppgiftsbiträden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{title}” has a blank where a name, address or other detail should be: “…{text}”.</source>
        <translation>I avsnittet ”{title}” finns en tom plats där ett namn, en adress eller en annan uppgift borde stå: ”…{text}”.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The purpose “{purpose}” names no legal basis (GDPR Art. 13(1)(c)): add contract, legal obligation, legitimate interest or consent.</source>
        <translation>För ändamålet ”{purpose}” anges ingen rättslig grund (artikel 13.1 c i dataskyddsförordningen): lägg till avtal, rättslig förpliktelse, berättigat intresse eller samtycke.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The purposes name no legal basis (GDPR Art. 13(1)(c)).</source>
        <translation>Ändamålen saknar rättslig grund (artikel 13.1 c i dataskyddsförordningen).</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>“{title}” gives “asiallinen yhteys” as a basis: that was the repealed Personal Data Act&apos;s. Name a basis of GDPR Art. 6.</source>
        <translation>Avsnittet ”{title}” anger ”saklig koppling” som grund, vilket var den upphävda personuppgiftslagens grund. Ange en grund enligt artikel 6 i dataskyddsförordningen.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The notice says how long the do-not-contact check values are kept, but Settings keeps them {years} years. Update the retention section from the register.</source>
        <translation>Beskrivningen anger hur länge spärrlistans kontrollvärden sparas, men enligt inställningarna sparas de {years} år. Uppdatera avsnittet om lagringstid från registret.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The notice promises encrypted backups, but encryption is off. Turn it on in Settings → Security or change the sentence.</source>
        <translation>Beskrivningen lovar krypterade säkerhetskopior, men krypteringen är avstängd. Slå på den under Inställningar → Säkerhet eller ändra meningen.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/notice/service.py" line="+277"/>
        <source>The notice cannot be published yet: {first}</source>
        <extracomment>Fields the register always holds by design; listed whether or not filled in yet.</extracomment>
        <translation>Beskrivningen kan inte publiceras ännu: {first}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/notice/check_processors.py" line="+29"/>
        <source>No processing agreement is recorded for {name} (GDPR Art. 28). Add the date it was signed and where the document is in Settings → Processors.</source>
        <translation>Inget personuppgiftsbiträdesavtal med {name} har antecknats (artikel 28 i dataskyddsförordningen). Ange datum för underskriften och var avtalet finns under Inställningar → Personuppgiftsbiträden.</translation>
    </message>
</context>
<context>
    <name>NoticePane</name>
    <message>
        <location filename="../src/rekisteri/ui/notice_pane.py" line="+81"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice/toolbar.py" line="+73"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add section</source>
        <translation>Lägg till avsnitt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rewrite controller, retention, data and processor sections from Settings</source>
        <translation>Skriv om avsnitten om personuppgiftsansvarig, lagringstid, uppgifter och biträden utifrån inställningarna</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice/panels.py" line="+55"/>
        <source>Check: {errors} errors, {missing} missing, {warnings} warnings, {recommended} recommended</source>
        <translation>Kontroll: fel {errors}, saknas {missing}, varningar {warnings}, rekommendationer {recommended}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice_pane.py" line="+287"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice/toolbar.py" line="-20"/>
        <source>Remove section</source>
        <translation>Ta bort avsnitt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update from register</source>
        <translation>&amp;Uppdatera från registret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;pdf…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export H&amp;TML…</source>
        <translation>Exportera h&amp;tml…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rint…</source>
        <translation>S&amp;kriv ut…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import, update from the register, history, export and print</source>
        <translation>Import, uppdatering från registret, historik, export och utskrift</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish the draft as a new dated version</source>
        <translation>Publicera utkastet som en ny daterad version</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice_pane.py" line="-268"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Sections</source>
        <translation>Av&amp;snitt</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice/panels.py" line="+23"/>
        <location line="+3"/>
        <source>Section heading</source>
        <translation>Avsnittets rubrik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>Avsnittets text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank line: new paragraph. “- ” at line start: bullet. **text**: bold.</source>
        <translation>Tom rad: nytt stycke. ”- ” i början av raden: punkt. **text**: fetstil.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice_pane.py" line="-36"/>
        <source>Preview of the notice</source>
        <translation>Förhandsvisning av beskrivningen</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Latest published version: {n}, {date}.</source>
        <translation>Senast publicerade version: {n}, {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not published yet.</source>
        <translation>Inte publicerad ännu.</translation>
    </message>
    <message numerus="yes">
        <location line="+159"/>
        <source>The notice cannot be published yet: %n error(s) would print a blank or something untrue. Click an error in the check list to go where it is fixed.</source>
        <translation>
            <numerusform>Beskrivningen kan inte publiceras ännu: %n fel skulle ge en tom plats eller en felaktig uppgift. Klicka på felet i kontrollistan för att rätta det.</numerusform>
            <numerusform>Beskrivningen kan inte publiceras ännu: %n fel skulle ge tomma platser eller felaktiga uppgifter. Klicka på ett fel i kontrollistan för att rätta det.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publish this notice as version {n}, dated today? The published version is the one you show people, and it stays in the history.</source>
        <translation>Publicera beskrivningen som version {n} med dagens datum? Den publicerade versionen är den du visar för andra, och den sparas i historiken.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The notice lacks %n required item(s).</source>
        <translation>
            <numerusform>Beskrivningen saknar %n obligatorisk uppgift.</numerusform>
            <numerusform>Beskrivningen saknar %n obligatoriska uppgifter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice/panels.py" line="-22"/>
        <source>Check: every required item is covered.</source>
        <translation>Kontroll: alla obligatoriska uppgifter finns med.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Covers: {item}</source>
        <translation>Täcker: {item}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice_pane.py" line="-101"/>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Published version {n} on {date}.</source>
        <translation>Version {n} publicerad {date}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportera beskrivningen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path}.</source>
        <translation>Sparat: {path}.</translation>
    </message>
</context>
<context>
    <name>NoticeSection</name>
    <message>
        <location filename="../src/rekisteri/core/notice/document.py" line="+60"/>
        <source>Controller and contact details</source>
        <translation>Personuppgiftsansvarig och kontaktuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the register</source>
        <translation>Registrets namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal basis</source>
        <translation>Ändamål och rättslig grund för behandlingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interests</source>
        <translation>Berättigat intresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of data</source>
        <translation>Kategorier av uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources of data</source>
        <translation>Uppgiftskällor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients and processors</source>
        <translation>Mottagare och personuppgiftsbiträden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Överföring utanför EU/EES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Säkerhetsåtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights of the data subject</source>
        <translation>Den registrerades rättigheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to object to direct marketing</source>
        <translation>Rätt att förbjuda direktmarknadsföring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawing consent</source>
        <translation>Återkallande av samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint to the supervisory authority</source>
        <translation>Rätt att lämna klagomål till tillsynsmyndigheten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required by law or contract</source>
        <translation>Krav enligt lag eller avtal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automated decision-making and profiling</source>
        <translation>Automatiserat beslutsfattande och profilering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the last update</source>
        <translation>Senast uppdaterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own section</source>
        <translation>Eget avsnitt</translation>
    </message>
</context>
<context>
    <name>NotifiedDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/breach_decision.py" line="+205"/>
        <source>Authority notified</source>
        <translation>Anmäld till myndigheten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People affected told</source>
        <translation>De berörda informerade</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Reasons for the delay</source>
        <translation>Skäl till förseningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/review_dialogs.py" line="+33"/>
        <source>Outcome of the review</source>
        <translation>Granskningens utfall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No decisions.</source>
        <translation>Inga beslut.</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../src/rekisteri/ui/review_models.py" line="+15"/>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation>Anonymiserad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted, bookkeeping kept</source>
        <translation>Raderad, bokföringsmaterialet bevarat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept by a legal hold</source>
        <translation>Bevarad på grund av lagringsskyldighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Kept</source>
        <translation>Bevarad</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+11"/>
        <source>Already gone</source>
        <translation>Redan borta</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Would delete</source>
        <translation>Skulle raderas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would anonymise</source>
        <translation>Skulle anonymiseras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would delete, bookkeeping kept</source>
        <translation>Skulle raderas, bokföringen bevaras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would be kept by a legal hold</source>
        <translation>Skulle bevaras på grund av lagringsskyldighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would keep</source>
        <translation>Skulle bevaras</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Removed</source>
        <translation>Raderas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Would be removed</source>
        <translation>Skulle raderas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would be kept</source>
        <translation>Skulle bevaras</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/security.py" line="+26"/>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Ny lösenfras igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the passphrase safe: without it neither the register nor its backups can be opened, by you or anyone.</source>
        <translation>Förvara lösenfrasen väl: utan den kan varken registret eller dess säkerhetskopior öppnas, av dig eller någon annan.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/shared_dialogs.py" line="+101"/>
        <source>Shared register</source>
        <translation>Gemensamt register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of {user} on {server}:</source>
        <translation>Lösenordet för {user} på {server}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Kom ihåg lösenordet i den här datorns nyckelring</translation>
    </message>
</context>
<context>
    <name>PersonHitModel</name>
    <message>
        <location filename="../src/rekisteri/ui/request_models.py" line="+190"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../src/rekisteri/ui/person_search.py" line="+36"/>
        <source>Find the person</source>
        <translation>Sök personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, e-mail, phone or company</source>
        <translation>Namn, e-post, telefon eller företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Find the person, or write the name below if not found.</source>
        <translation>Sök personen eller skriv namnet nedan om personen inte hittas.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n person hittades.</numerusform>
            <numerusform>%n personer hittades.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one found: write the person&apos;s name below.</source>
        <translation>Ingen hittades: skriv personens namn nedan.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../src/rekisteri/ui/import_models.py" line="+5"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail / phone</source>
        <translation>E-post / telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Erased earlier after banning marketing: never imported again.</source>
        <translation>Raderad tidigare efter marknadsföringsförbud: importeras aldrig igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported</source>
        <translation>Importeras inte</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="+21"/>
        <source>Preview: nothing has been saved yet</source>
        <translation>Förhandsvisning: ingenting har sparats ännu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For every row already in the register:</source>
        <translation>För varje rad som redan finns i registret:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record the marketing consent the file states. Tick only if these people really gave it; otherwise they are imported without consent.</source>
        <translation>Registrera det samtycke till marknadsföring som filen anger. Kryssa bara i om personerna verkligen har gett det; annars importeras de utan samtycke.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{new} to add, {match} already in the register, {error} with errors (not imported), {supp} on the suppression list (not imported).</source>
        <translation>{new} att lägga till, {match} finns redan i registret, {error} med fel (importeras inte), {supp} på spärrlistan (importeras inte).</translation>
    </message>
</context>
<context>
    <name>ProcessorDetail</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/processor_detail.py" line="+44"/>
        <source>e.g. names and e-mail addresses</source>
        <extracomment>The edited provider, each time a field changes.</extracomment>
        <translation>t.ex. namn och e-postadresser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Finland</source>
        <translation>t.ex. Finland</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Signed on</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>e.g. the contracts binder, or the e-mail of 3.2.2024</source>
        <translation>t.ex. avtalspärmen eller e-postmeddelandet 3.2.2024</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Review on</source>
        <translation>Granskas</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Attach a copy…</source>
        <translation>Bifoga en kopia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a copy of the signed agreement in the register&apos;s folder</source>
        <translation>Spara en kopia av det undertecknade avtalet i registrets mapp</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>Show copy</source>
        <translation>Visa kopian</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Data it handles:</source>
        <translation>Uppgifter som behandlas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the data is processed:</source>
        <translation>Behandlas i land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing agreement:</source>
        <translation>Biträdesavtal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the agreement is kept:</source>
        <translation>Avtalet förvaras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy:</source>
        <translation>Kopia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link:</source>
        <translation>Länk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review:</source>
        <translation>Nästa granskning:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No copy attached.</source>
        <translation>Ingen kopia bifogad.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Attach a copy of the agreement</source>
        <translation>Bifoga en kopia av avtalet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.odt *.docx *.doc *.jpg *.png);;All files (*)</source>
        <translation>Dokument (*.pdf *.odt *.docx *.doc *.jpg *.png);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attach a copy</source>
        <translation>Bifoga en kopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be copied. Is it readable, and smaller than 50 MB?</source>
        <translation>Filen kunde inte kopieras. Går den att läsa, och är den mindre än 50 MB?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The copy is no longer in the register&apos;s folder.</source>
        <translation>Kopian finns inte längre i registrets mapp.</translation>
    </message>
</context>
<context>
    <name>ProcessorsModel</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/processors.py" line="+50"/>
        <source>Service provider</source>
        <translation>Tjänsteleverantör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it does with the data</source>
        <translation>Vad den gör med uppgifterna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside EU/EEA</source>
        <translation>Utanför EU/EES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguard for the transfer</source>
        <translation>Skyddsåtgärd för överföringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Signed {date}</source>
        <translation>Undertecknat {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded</source>
        <translation>Antecknat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
</context>
<context>
    <name>ProcessorsPage</name>
    <message>
        <location line="+63"/>
        <source>Service providers that handle the register&apos;s data for you, such as the accounting firm, the newsletter service or a cloud backup. The privacy notice lists them. For one outside the EU/EEA, name the safeguard (e.g. the EU standard contractual clauses). Each needs a written processing agreement (GDPR Art. 28): record below when it was signed and where it is.</source>
        <translation>Tjänsteleverantörer som behandlar registrets uppgifter åt dig, till exempel bokföringsbyrån, nyhetsbrevstjänsten eller en molnsäkerhetskopia. Dataskyddsbeskrivningen räknar upp dem. För en leverantör utanför EU/EES, ange skyddsåtgärden (t.ex. EU:s standardavtalsklausuler). Med var och en behövs ett skriftligt biträdesavtal (artikel 28 i dataskyddsförordningen): anteckna nedan när det undertecknades och var det finns.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Processors</source>
        <translation>Personuppgiftsbiträden</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="+101"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/rekisteri/ui/translations.py" line="+43"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../src/rekisteri/core/record/build.py" line="+55"/>
        <source>Customers who are private persons</source>
        <translation>Kunder som är privatpersoner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sole traders, and contact persons of business and organisation customers</source>
        <translation>Enskilda näringsidkare samt kontaktpersoner hos företags- och organisationskunder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prospective customers and people who asked for marketing or a newsletter</source>
        <translation>Möjliga kunder och personer som har bett om marknadsföring eller ett nyhetsbrev</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>agreement signed {date}</source>
        <translation>avtalet undertecknat {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kept: {where}</source>
        <translation>förvaras: {where}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copy: {file}</source>
        <translation>kopia: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no processing agreement recorded</source>
        <translation>inget biträdesavtal antecknat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next review {date}</source>
        <translation>nästa granskning {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>data: {data}</source>
        <translation>uppgifter: {data}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>location: {country}</source>
        <translation>plats: {country}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Authorities, only when the law requires it</source>
        <translation>Myndigheter, endast när lagen kräver det</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+133"/>
        <source>None: the data is not transferred outside the EU or the EEA.</source>
        <translation>Inga: uppgifterna överförs inte utanför EU eller EES.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>no safeguard named</source>
        <translation>ingen skyddsåtgärd angiven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}, safeguard: {safeguard}</source>
        <translation>{where}, skyddsåtgärd: {safeguard}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register is reviewed regularly; two reviews are at most {interval} apart. Data whose period has ended is then deleted or anonymised.</source>
        <translation>Registret granskas regelbundet; mellan två granskningar går högst {interval}. Uppgifter vars lagringstid har gått ut raderas eller anonymiseras då.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The register is kept on the business&apos;s PostgreSQL server. Each user logs in with a user name of their own; the server itself limits an assistant&apos;s rights (no deletion, no identity codes, no exports) and records who made each change.</source>
        <translation>Registret förvaras på företagets PostgreSQL-server. Varje användare loggar in med ett eget användarnamn; servern själv begränsar en assistents rättigheter (inga raderingar, inga personbeteckningar, inga exporter) och registrerar vem som gjorde varje ändring.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The protection of the server, its disks and its own backups is the responsibility of its administrator.</source>
        <translation>För skyddet av servern, dess diskar och dess egna säkerhetskopior svarar serverns administratör.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every change, export and deletion of personal data is written to an audit trail.</source>
        <translation>Varje ändring, export och radering av personuppgifter skrivs i en logg.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The register is kept on the controller&apos;s own computer, behind its user account&apos;s password; it is not on a shared network drive.</source>
        <translation>Registret finns på den personuppgiftsansvariges egen dator, skyddat av användarkontots lösenord; det ligger inte på en delad nätverksenhet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The register file and its backups are encrypted with a passphrase.</source>
        <translation>Registerfilen och dess säkerhetskopior är krypterade med en lösenfras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register file is not encrypted; the computer&apos;s own protection guards it and its backups.</source>
        <translation>Registerfilen är inte krypterad; datorns eget skydd skyddar den och dess säkerhetskopior.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every change, export and deletion of personal data is written to an audit trail, and deleted data is overwritten in the file.</source>
        <translation>Varje ändring, export och radering av personuppgifter skrivs i en logg, och raderade uppgifter skrivs över i filen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backups are taken automatically and expire within {days} days.</source>
        <translation>Säkerhetskopior tas automatiskt och upphör att gälla inom {days} dagar.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>None designated: the controller&apos;s core activities do not call for a data protection officer (GDPR Article 37).</source>
        <translation>Inget utsett: den personuppgiftsansvariges kärnverksamhet kräver inget dataskyddsombud (artikel 37 i dataskyddsförordningen).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Record of processing activities</source>
        <translation>Register över behandling</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/record/labels.py" line="+8"/>
        <source>Purposes and legal basis</source>
        <translation>Ändamål och rättslig grund för behandlingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of data subjects</source>
        <translation>Kategorier av registrerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of personal data</source>
        <translation>Kategorier av personuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients and processors</source>
        <translation>Mottagare och personuppgiftsbiträden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers outside the EU/EEA and safeguards</source>
        <translation>Överföringar utanför EU/EES och skyddsåtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limits for erasure</source>
        <translation>Tidsfrister för radering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Further security measures</source>
        <translation>Övriga skyddsåtgärder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GDPR Article 30(1)</source>
        <translation>Artikel 30.1 i dataskyddsförordningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing activities</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General description of security measures</source>
        <translation>Allmän beskrivning av tekniska och organisatoriska säkerhetsåtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated.</source>
        <translation>Inte angivet.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/record/service.py" line="+152"/>
        <source>Fill in the business name in Settings → General before publishing the record.</source>
        <translation>Fyll i företagets namn under Inställningar → Allmänt innan registret publiceras.</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <location filename="../src/rekisteri/ui/record_pane.py" line="+53"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the record as it is now, or a published version</source>
        <translation>Visa registret som det är nu eller en publicerad version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;PDF…</source>
        <translation>Spara &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save H&amp;TML…</source>
        <translation>Spara H&amp;TML…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep today&apos;s record as a new dated version</source>
        <translation>Spara dagens register som en ny daterad version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The record as it will print</source>
        <translation>Registret så som det skrivs ut</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Current record</source>
        <translation>Nuvarande register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {n}, {date}</source>
        <translation>Version {n}, {date}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A published version: it cannot be changed.</source>
        <translation>En publicerad version: den kan inte ändras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not published yet.</source>
        <translation>Inte publicerad ännu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest published version: {n}, {date}.</source>
        <translation>Senast publicerade version: {n}, {date}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Keep today&apos;s record as version {n}? Published versions stay in the history, so you can show what the record said on a given day.</source>
        <translation>Spara dagens register som version {n}? Publicerade versioner finns kvar i historiken, så att du kan visa vad registret sade en viss dag.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published version {n} on {date}.</source>
        <translation>Version {n} publicerad {date}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record</source>
        <translation>Spara registret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}.</source>
        <translation>Sparat: {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/recovery.py" line="+51"/>
        <source>The register file is damaged</source>
        <translation>Registerfilen är skadad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rekisteri cannot open the register file safely: it is damaged or is not a register at all.

{path}

The damaged file will be kept aside, renamed with today&apos;s date, and never overwritten.</source>
        <translation>Rekisteri kan inte öppna registerfilen säkert: den är skadad eller är inget register alls.

{path}

Den skadade filen sparas åt sidan, omdöpt med dagens datum, och skrivs aldrig över.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the encrypted backups</source>
        <translation>Lösenfras för de krypterade säkerhetskopiorna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this backup</source>
        <translation>Återställ den här säkerhetskopian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No backup could be read without the passphrase. Enter it and press Enter.</source>
        <translation>Ingen säkerhetskopia kunde läsas utan lösenfrasen. Skriv den och tryck på Enter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No usable backup was found in {folder}.</source>
        <translation>Ingen användbar säkerhetskopia hittades i {folder}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Newest good backup: {when} ({reason}), {customers} customers and {contacts} contact persons. Changes made after it are not in it.</source>
        <translation>Nyaste felfria säkerhetskopia: {when} ({reason}), {customers} kunder och {contacts} kontaktpersoner. Ändringar gjorda efter den finns inte med.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The backup could not be restored because of an unexpected fault ({kind}). The damaged file was left where it was.</source>
        <translation>Säkerhetskopian kunde inte återställas på grund av ett oväntat fel ({kind}). Den skadade filen lämnades kvar där den var.</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../src/rekisteri/ui/export_dialog.py" line="+219"/>
        <source>Export the whole register</source>
        <translation>Exportera hela registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register-{date}.json</source>
        <translation>register-{date}.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json);;Zip of CSV tables (*.zip)</source>
        <translation>JSON (*.json);;CSV-tabeller som zip (*.zip)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register was not exported: {reason}</source>
        <translation>Registret exporterades inte: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Register exported</source>
        <translation>Registret exporterat</translation>
    </message>
</context>
<context>
    <name>RegisterPane</name>
    <message>
        <location filename="../src/rekisteri/ui/register_pane.py" line="+179"/>
        <source>Grey row: customer relationship ended</source>
        <translation>Grå rad: kundrelationen har upphört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red date: due for deletion</source>
        <translation>Rött datum: ska raderas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic name: processing restricted</source>
        <translation>Kursivt namn: behandlingen begränsad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{loaded} loaded, scroll for more</source>
        <translation>{loaded} inlästa, rulla för att se fler</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Mark marketing ban…</source>
        <translation>Markera marknadsföringsförbud…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../src/rekisteri/core/reminders/service.py" line="+81"/>
        <source>Choose a language.</source>
        <extracomment>The type of the last automatic rewrite&apos;s failure, &quot;&quot; after a good one.</extracomment>
        <translation>Välj språk.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rekisteri reminders</source>
        <translation>Påminnelser från Rekisteri</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/reminders/sources.py" line="+57"/>
        <source>The last review was held on {date}.</source>
        <extracomment>Alarms of a date-only reminder, as time before the start of its day (00:00): 6 days 15 hours before is 9 o&apos;clock a week ahead, 15 hours before is 9 o&apos;clock the day before, so the owner is reminded in working hours rather than at midnight.</extracomment>
        <translation>Den senaste granskningen gjordes {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No review has been held yet.</source>
        <translation>Ingen granskning har gjorts ännu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scheduled review of the register: go through the records whose retention period has ended and delete or anonymise them. Rekisteri lists them under Review and writes the minutes.</source>
        <translation>Registrets regelbundna granskning: gå igenom de uppgifter vars lagringstid har gått ut och radera eller anonymisera dem. Rekisteri visar dem under Granskning och skriver protokollet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention review due</source>
        <translation>Dags för granskning av lagringstider</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answer data-subject request no. {number}</source>
        <translation>Besvara den registrerades begäran nr {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request no. {number} ({kind}), received on {received}, must be answered by {due} at the latest (GDPR Art. 12(3)). The details are in Rekisteri under Requests.</source>
        <translation>Begäran nr {number} ({kind}), som kom in {received}, ska besvaras senast {due} (dataskyddsförordningen, artikel 12.3). Uppgifterna finns i Rekisteri under Begäranden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The deadline has been extended by two months.</source>
        <translation>Tidsfristen har förlängts med två månader.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>72-hour deadline of personal-data breach no. {number}</source>
        <extracomment>A breach&apos;s deadline is to the hour: the calendar rings a day and two hours before it.</extracomment>
        <translation>72-timmarsfristen för personuppgiftsincident nr {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breach no. {number} must be assessed and, unless a risk to people&apos;s rights is unlikely, notified to the Office of the Data Protection Ombudsman without undue delay and within 72 hours of becoming aware of it (GDPR Art. 33). The details are in Rekisteri under Breaches.</source>
        <translation>Personuppgiftsincident nr {number} ska bedömas och, om en risk för personers rättigheter inte är osannolik, anmälas till dataombudsmannens byrå utan onödigt dröjsmål och inom 72 timmar efter att man fått kännedom om den (artikel 33 i dataskyddsförordningen). Uppgifterna finns i Rekisteri under Incidenter.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/reminders.py" line="+42"/>
        <source>Rekisteri can keep a calendar file (.ics) with the date of the next retention review and the due date of every open data-subject request, so that your calendar reminds you a week and a day before, even when Rekisteri is closed. The file is updated whenever one of these dates changes. It names requests by their number only, never the person.</source>
        <translation>Rekisteri kan hålla en kalenderfil (.ics) med datumet för nästa granskning av lagringstider och förfallodagen för varje öppen begäran från en registrerad, så att din kalender påminner dig en vecka och en dag innan, också när Rekisteri är stängt. Filen uppdateras när något av datumen ändras. Begäranden anges bara med nummer, aldrig med personens namn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+166"/>
        <location line="+9"/>
        <source>Calendar file</source>
        <translation>Kalenderfil</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the reminders:</source>
        <translation>Påminnelsernas språk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where the calendar file is kept</source>
        <translation>Välj var kalenderfilen sparas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update now</source>
        <translation>Uppdatera nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the calendar file again now</source>
        <translation>Skriv kalenderfilen på nytt nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop updating</source>
        <translation>Sluta uppdatera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop keeping the calendar file (the file already written stays)</source>
        <translation>Sluta hålla kalenderfilen (filen som redan skrivits finns kvar)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding the reminders to your calendar</source>
        <translation>Så får du påminnelserna i din kalender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Import&lt;/b&gt; the file when it lives only on this computer: your calendar then holds the dates of that day. Import it again after changes; the events are updated, not doubled.</source>
        <translation>&lt;b&gt;Importera&lt;/b&gt; filen om den bara finns på den här datorn: kalendern har då uppgifterna från den dagen. Importera den på nytt efter ändringar; händelserna uppdateras och blir inte dubbla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Subscribe&lt;/b&gt; when the file is in a folder that OneDrive, Dropbox, iCloud Drive or Google Drive keeps in sync: share the file and give your calendar the link that downloads the file itself. The calendar then follows every change on its own, within some hours.</source>
        <translation>&lt;b&gt;Prenumerera&lt;/b&gt; på filen om den ligger i en mapp som OneDrive, Dropbox, iCloud Drive eller Google Drive synkroniserar: dela filen och ge kalendern länken som laddar ner själva filen. Kalendern följer då ändringarna av sig själv, inom några timmar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Outlook:&lt;/b&gt; File › Open &amp;amp; Export › Import/Export › Import an iCalendar (.ics) or vCalendar file. In Outlook on the web and the new Outlook: Add calendar › Upload from file, or Subscribe from web for a link.</source>
        <translation>&lt;b&gt;Outlook:&lt;/b&gt; Arkiv › Öppna och exportera › Importera/exportera › Importera en iCalendar-fil (.ics) eller vCalendar-fil. I Outlook på webben och nya Outlook: Lägg till kalender › Ladda upp från fil, eller Prenumerera från webben för en länk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Google Calendar&lt;/b&gt; (calendar.google.com): Settings › Import &amp;amp; export › Import, or Other calendars › + › From URL for a link. Google does not use the file&apos;s alarms for a subscribed calendar: set that calendar&apos;s notifications in Google Calendar.</source>
        <translation>&lt;b&gt;Google Kalender&lt;/b&gt; (calendar.google.com): Inställningar › Importera och exportera › Importera, eller Andra kalendrar › + › Från webbadress för en länk. Google använder inte filens larm för en prenumererad kalender: ställ in kalenderns aviseringar i Google Kalender.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Apple Calendar:&lt;/b&gt; File › Import…, or File › New Calendar Subscription… for a link.</source>
        <translation>&lt;b&gt;Apples Kalender:&lt;/b&gt; Arkiv › Importera…, eller Arkiv › Ny kalenderprenumeration… för en länk.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No calendar file is kept.</source>
        <translation>Ingen kalenderfil används.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file to start the reminders.</source>
        <translation>Välj en fil för att börja med påminnelserna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last update of the calendar file failed. Check that its folder is still there, then press Update now.</source>
        <translation>Den senaste uppdateringen av kalenderfilen misslyckades. Kontrollera att mappen fortfarande finns och tryck sedan på Uppdatera nu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is updated whenever a date in it changes.</source>
        <translation>Filen uppdateras när ett datum i den ändras.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rekisteri-reminders</source>
        <translation>rekisteri-paminnelser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the calendar file in</source>
        <translation>Kalenderfilens plats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reminders written to the calendar file: {count}.</source>
        <translation>Påminnelser som skrevs till kalenderfilen: {count}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The calendar file could not be written there ({kind}). Choose a folder you can save files in.</source>
        <translation>Kalenderfilen kunde inte skrivas där ({kind}). Välj en mapp där du kan spara filer.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../src/rekisteri/ui/request_models.py" line="-155"/>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Försenad med %n dag</numerusform>
            <numerusform>Försenad med %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Förfaller i dag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due this week: %n day(s) left</source>
        <translation>
            <numerusform>Förfaller denna vecka, %n dag kvar</numerusform>
            <numerusform>Förfaller denna vecka, %n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left: %n</source>
        <translation>Dagar kvar: %n</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aim for %1 (one calendar month). The legal due date moves to the next working day, %2, because %1 is a weekend day or a public holiday.</source>
        <translation>Sikta på %1 (en kalendermånad). Den lagstadgade förfallodagen flyttas till nästa vardag, %2, eftersom %1 är en lördag, söndag, helgdag eller helgafton.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extended: %1</source>
        <translation>Förlängd: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Time left to answer within the legal month. Empty once the request is answered or refused.</source>
        <translation>Tid kvar att svara inom den lagstadgade månaden. Tom när begäran har besvarats eller avslagits.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(anonymised)</source>
        <translation>(anonymiserad)</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../src/rekisteri/core/requests/service.py" line="+451"/>
        <source>Choose a request type.</source>
        <translation>Välj typ av begäran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose how the request arrived.</source>
        <translation>Välj hur begäran kom in.</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+54"/>
        <location line="+156"/>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the person from the register or give a name.</source>
        <translation>Välj personen i registret eller ange ett namn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a language.</source>
        <translation>Välj språk.</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Only an open request can be extended, once.</source>
        <extracomment>Years a closed request is kept after its answer, to show the answer was given: the general limitation period for claims (Vanhentumislaki 728/2003, 4 §) is three years.</extracomment>
        <translation>Endast en öppen begäran kan förlängas, och bara en gång.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the reason for the extension.</source>
        <translation>Ange orsaken till förlängningen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The person must be told of the extension within the first month ({first} – {due}).</source>
        <translation>Personen ska underrättas om förlängningen inom den första månaden ({first}–{due}).</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/requests/actions.py" line="+58"/>
        <location filename="../src/rekisteri/core/requests/service.py" line="+34"/>
        <source>The request is already closed.</source>
        <extracomment>Where a ban or withdrawal came from, as the consent ledger names it.</extracomment>
        <translation>Begäran är redan avslutad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link the request to the person in the register first.</source>
        <translation>Koppla först begäran till personen i registret.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No consent is in force; choose the channels to withdraw.</source>
        <translation>Inget samtycke gäller; välj de kanaler där samtycket återkallas.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/requests/service.py" line="+4"/>
        <source>Choose done or refused.</source>
        <translation>Välj klar eller avslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write down the answer given (for a refusal, its reasons).</source>
        <translation>Anteckna svaret som gavs (vid avslag skälen).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer cannot predate the request.</source>
        <translation>Svaret kan inte vara daterat före begäran.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/requests/letters.py" line="+89"/>
        <source>This letter does not fit the request yet.</source>
        <translation>Brevet passar inte begäran ännu.</translation>
    </message>
</context>
<context>
    <name>RequestsBanner</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_pane.py" line="-17"/>
        <source>%n overdue</source>
        <translation>försenade %n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n due this week</source>
        <translation>förfaller denna vecka %n</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show requests</source>
        <translation>Visa begärandena</translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message>
        <location line="+38"/>
        <source>Log a request…</source>
        <extracomment>The register itself changed (a ban, a restriction, an erasure): the window&apos;s counts.</extracomment>
        <translation>Registrera en begäran…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show answered requests too</source>
        <translation>Visa även besvarade begäranden</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+135"/>
        <source>Open the record</source>
        <translation>Öppna uppgifterna</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Find in the register…</source>
        <translation>Sök i registret…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make access pack…</source>
        <translation>Sammanställ registerutdrag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrict processing…</source>
        <translation>Begränsa behandlingen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop all marketing</source>
        <translation>Stoppa all marknadsföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend…</source>
        <translation>Förläng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done…</source>
        <translation>Markera som klar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open: %1 · overdue: %2 · due this week: %3</source>
        <translation>Öppna: %1 · försenade: %2 · förfaller denna vecka: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a request from the list.</source>
        <translation>Välj en begäran i listan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Received %1 by %2; due %3.</source>
        <translation>Mottagen %1 via %2; tidsfrist %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aim for %1: the month ends then, but on a weekend day or a public holiday, so the legal due date moves to the next working day, %2.</source>
        <translation>Sikta på %1: månaden slutar då, men det är en lördag, söndag, helgdag eller helgafton, så den lagstadgade förfallodagen flyttas till nästa vardag, %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identity: %1</source>
        <translation>Identitet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked: %1</source>
        <translation>Begärt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extended (told %1): %2</source>
        <translation>Förlängd (underrättad %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not linked to anyone in the register.</source>
        <translation>Inte kopplad till någon i registret.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct in the register</source>
        <translation>Rätta i registret</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Confirmation of receipt</source>
        <translation>Mottagningsbekräftelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of extension</source>
        <translation>Meddelande om förlängning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the folder for the access pack</source>
        <translation>Välj mapp för registerutdraget</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark the request answered now?</source>
        <translation>Markera begäran som besvarad nu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Access pack saved</source>
        <translation>Registerutdraget sparat</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Saved %1 files (PDF, JSON, CSV) in %2. Send them to the person securely.</source>
        <translation>Sparade %1 filer (PDF, JSON, CSV) i %2. Skicka dem till personen på ett säkert sätt.</translation>
    </message>
    <message numerus="yes">
        <location line="-279"/>
        <source>%n open data-subject request(s)</source>
        <translation>
            <numerusform>%n öppen begäran från en registrerad</numerusform>
            <numerusform>%n öppna begäranden från registrerade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+297"/>
        <source>Save the letter</source>
        <translation>Spara brevet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restrict processing</source>
        <translation>Begränsa behandlingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a ban on all marketing for this person? An objection is absolute.</source>
        <translation>Registrera förbud mot all marknadsföring för personen? En invändning är ovillkorlig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record the withdrawal of every consent in force for this person?</source>
        <translation>Registrera återkallande av alla samtycken som gäller för personen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erasing: %1.</source>
        <translation>Raderas: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept by law: %1.</source>
        <translation>Bevaras enligt lag: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone. Erase now?</source>
        <translation>Det kan inte ångras. Radera nu?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Confirm</source>
        <translation>Bekräfta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be written. Check the folder and try again.</source>
        <translation>Filen kunde inte skrivas. Kontrollera mappen och försök igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not complete</source>
        <translation>Åtgärden kunde inte slutföras</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="+43"/>
        <location line="+10"/>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{customers} customers and {contacts} contacts added, {updated} contacts updated, {skipped} rows left out. {consents} consents and {bans} marketing bans recorded from the file.</source>
        <translation>{customers} kunder och {contacts} kontaktpersoner tillagda, {updated} kontaktpersoner uppdaterade, {skipped} rader utelämnade. {consents} samtycken och {bans} marknadsföringsförbud registrerade från filen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported</source>
        <translation>Ingenting importerades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import failed and nothing was saved: {reason}</source>
        <translation>Importen misslyckades och ingenting sparades: {reason}</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../src/rekisteri/core/retention/due.py" line="+60"/>
        <source>customer since</source>
        <translation>kund sedan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to the register</source>
        <translation>tillagd i registret</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{start} {on} + {period} = {due}</source>
        <translation>{start} {on} + {period} = {due}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/erase.py" line="+74"/>
        <source>nothing is removed</source>
        <translation>ingenting tas bort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contact&apos;s name, addresses and numbers are removed</source>
        <translation>kontaktpersonens namn, adresser och nummer tas bort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the contact is removed</source>
        <translation>kontaktpersonen tas bort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{contacts}, {interactions} and the notes are removed</source>
        <translation>{contacts}, {interactions} och anteckningarna tas bort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the customer, {contacts} and {interactions} are removed; statistics are kept</source>
        <translation>kunden, {contacts} och {interactions} tas bort; statistiken bevaras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the customer, {contacts} and {interactions} are removed</source>
        <translation>kunden, {contacts} och {interactions} tas bort</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{invoices} and the customer&apos;s identifying data are {hold}</source>
        <translation>{invoices} och kundens identifieringsuppgifter: {hold}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>kept until {until}: {reason}</source>
        <translation>bevaras till {until}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/holds.py" line="+36"/>
        <source>bookkeeping</source>
        <translation>bokföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute</source>
        <translation>tvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in review</source>
        <translation>bevarad vid granskning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal duty</source>
        <translation>rättslig förpliktelse</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>kept until {until}: {what}</source>
        <translation>bevaras till {until}: {what}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>invoices</source>
        <translation>fakturor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice {ref}</source>
        <translation>faktura {ref}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/review.py" line="+336"/>
        <source>Unknown record kind.</source>
        <translation>Okänd posttyp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a decision.</source>
        <translation>Välj ett beslut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Old interactions are deleted or anonymised; leave them undecided to keep them for now.</source>
        <translation>Gamla kontakter raderas eller anonymiseras; lämna dem obeslutade om du vill bevara dem tills vidare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keeping needs a reason and a new date.</source>
        <translation>För att bevara behövs en orsak och ett nytt datum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new date must be in the future.</source>
        <translation>Det nya datumet måste ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/rules.py" line="+38"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects and marketing-only records</source>
        <translation>Potentiella kunder och enbart marknadsföringsuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Kontakthändelser</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>last contact</source>
        <translation>senaste kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the customer relationship</source>
        <translation>kundrelationens slut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent withdrawn or ban set</source>
        <translation>samtycke återkallat eller förbud infört</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Invoices and other vouchers (bookkeeping)</source>
        <translation>Fakturor och andra verifikat (bokföring)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>end of the last invoice&apos;s financial year (for vouchers, the end of that calendar year)</source>
        <translation>slutet av den sista fakturans räkenskapsperiod (för verifikat slutet av det kalenderåret)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the interaction&apos;s date</source>
        <translation>kontakthändelsens datum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise</source>
        <translation>Anonymisera</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{start} + {period}</source>
        <translation>{start} + {period}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} years</source>
        <translation>{n} år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 year</source>
        <translation>1 år</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} months</source>
        <translation>{n} månader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 month</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} days</source>
        <translation>{n} dagar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 days</source>
        <translation>0 dagar</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Customer relationship</source>
        <translation>Kundrelation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prospect or marketing-only record</source>
        <translation>Potentiell kund eller enbart marknadsföringsuppgift</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marketing consent withdrawn</source>
        <translation>Samtycke till marknadsföring återkallat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookkeeping</source>
        <translation>Bokföring</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Give the rule a name.</source>
        <translation>Ge regeln ett namn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what the rule applies to.</source>
        <translation>Välj vad regeln gäller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the event the period counts from.</source>
        <translation>Välj händelsen som lagringstiden räknas från.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an action.</source>
        <translation>Välj åtgärd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period must be between 0 and 100 years.</source>
        <translation>Tiden måste vara mellan 0 och 100 år.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/service.py" line="+102"/>
        <source>Review at least every five years (1 to 60 months).</source>
        <translation>Granska minst vart femte år (1–60 månader).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep backups 1 to 365 days.</source>
        <translation>Spara säkerhetskopior i 1–365 dagar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose 6 or 10 years.</source>
        <translation>Välj 6 eller 10 år.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose a kind.</source>
        <translation>Välj typ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the reason for the hold.</source>
        <translation>Ange orsaken till att uppgifterna bevaras.</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Choose 1 to 10 years.</source>
        <translation>Välj 1–10 år.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/counts.py" line="+21"/>
        <source>{n} contact person</source>
        <translation>{n} kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} contact persons</source>
        <translation>{n} kontaktpersoner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} interaction</source>
        <translation>{n} kontakthändelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} interactions</source>
        <translation>{n} kontakthändelser</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} other interaction</source>
        <translation>{n} annan kontakthändelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} other interactions</source>
        <translation>{n} andra kontakthändelser</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} invoice</source>
        <translation>{n} faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} invoices</source>
        <translation>{n} fakturor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the notes of {n} interaction are removed</source>
        <translation>anteckningarna i {n} kontakthändelse raderas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the notes of {n} interactions are removed</source>
        <translation>anteckningarna i {n} kontakthändelser raderas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} interaction is removed</source>
        <translation>{n} kontakthändelse raderas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} interactions are removed</source>
        <translation>{n} kontakthändelser raderas</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/interactions.py" line="+46"/>
        <source>{n} interaction past {period} (from {oldest})</source>
        <translation>{n} kontakthändelse äldre än {period} (från {oldest})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} interactions past {period} (the oldest from {oldest})</source>
        <translation>{n} kontakthändelser äldre än {period} (den äldsta från {oldest})</translation>
    </message>
</context>
<context>
    <name>RetentionSettingsPage</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/retention.py" line="+43"/>
        <source>Retention rules</source>
        <translation>Lagringsregler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long each kind of record is kept, and what happens when the time is up. The earliest rule that applies sets a record&apos;s date; a legal hold (such as bookkeeping) can only make it later.</source>
        <translation>Hur länge varje slags uppgift bevaras och vad som händer när tiden är ute. Den tidigaste regel som gäller bestämmer postens datum; en lagringsskyldighet (till exempel bokföring) kan bara skjuta upp det.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add rule…</source>
        <translation>Lägg till regel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review and backups</source>
        <translation>Granskning och säkerhetskopior</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source> months</source>
        <translation> mån.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Review at least every five years (60 months).</source>
        <translation>Granska minst vart femte år (60 månader).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review every</source>
        <translation>Granskningsintervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 years: invoices and other vouchers (the law)</source>
        <translation>6 år: fakturor och andra verifikat (lagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 years: also the books and financial statements are kept here</source>
        <translation>10 år: även bokföringen och bokslutet förvaras här</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kirjanpitolaki 2:10 §: vouchers are kept 6 years and the books and financial statements 10 years, both from the end of the calendar year in which the financial year ended. A customer register holds invoices at most.</source>
        <translation>Bokföringslagen 2:10 §: verifikat bevaras 6 år och bokföringen och bokslutet 10 år från utgången av det kalenderår då räkenskapsperioden slutade. Ett kundregister innehåller högst fakturor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bookkeeping period</source>
        <translation>Bokföringens lagringstid</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>917/2014 § 200(2): a customer who gave their address in a purchase may get e-mail about your own similar products unless they refuse. This is how long that lasts after the customer relationship ended; the privacy notice states it.</source>
        <translation>917/2014 200 § 2 mom.: en kund som gav sin adress vid ett köp får e-post om dina egna liknande produkter om hen inte förbjuder det. Detta är hur länge rätten varar efter att kundförhållandet upphört; dataskyddsbeskrivningen anger det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soft opt-in lasts after a customer leaves</source>
        <translation>Rätten på grund av kundförhållande varar efter att kunden slutat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When someone who refused marketing is erased, a check value of their address stops an import from adding them again. It is kept this long; the privacy notice states it.</source>
        <translation>När uppgifterna om en person som förbjudit marknadsföring raderas hindrar ett kontrollvärde av adressen att en import lägger till personen igen. Det sparas så här länge; dataskyddsbeskrivningen anger det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the do-not-contact list for</source>
        <translation>Spärrlistan sparas i</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Financial year ends (day.month)</source>
        <translation>Räkenskapsperioden slutar (dag.månad)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete rule</source>
        <translation>Radera regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the rule “{name}”? Due dates are recomputed.</source>
        <translation>Radera regeln ”{name}”? Lagringstiderna räknas om.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That day does not exist in that month.</source>
        <translation>Den dagen finns inte i den månaden.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../src/rekisteri/ui/review_models.py" line="-186"/>
        <source>Undecided</source>
        <translation>Obeslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise</source>
        <translation>Anonymisera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Bevara</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Lagringstiden slutade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal hold</source>
        <translation>Lagringsskyldighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The rule suggests: {what}</source>
        <translation>Regeln föreslår: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule: {rule}</source>
        <translation>Regel: {rule}</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/review_pane.py" line="+62"/>
        <source>%n record(s) are past their retention date. Review them and delete, anonymise or keep each one.</source>
        <translation>
            <numerusform>Lagringstiden har gått ut för %n post. Gå igenom den och radera, anonymisera eller bevara den.</numerusform>
            <numerusform>Lagringstiden har gått ut för %n poster. Gå igenom dem och radera, anonymisera eller bevara var och en.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The retention review is due (it was due on {date}).</source>
        <translation>Granskningen av lagringstiderna ska göras (den förföll {date}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the review</source>
        <translation>Öppna granskningen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next review: {date}</source>
        <translation>Nästa granskning: {date}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Selected rows:</source>
        <translation>Valda rader:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dry run</source>
        <translation>Provkörning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show exactly what would happen; nothing changes</source>
        <translation>Visa exakt vad som skulle hända; inget ändras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Execute review…</source>
        <translation>Genomför granskningen…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Past reviews</source>
        <translation>Tidigare granskningar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save minutes as PDF…</source>
        <translation>Spara protokollet som PDF…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last review {date}.</source>
        <translation>Senaste granskning {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review by {date}.</source>
        <translation>Nästa granskning senast {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records past their retention date: {n}.</source>
        <translation>Poster vars lagringstid har gått ut: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup holding erased data is deleted on {date}.</source>
        <translation>Säkerhetskopian med de raderade uppgifterna raderas {date}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Dry run: what would happen</source>
        <translation>Provkörning: vad som skulle hända</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undecided records: {n}. They stay in the register for the next review.</source>
        <translation>Obeslutade poster: {n}. De stannar i registret till nästa granskning.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Execute review</source>
        <translation>Genomför granskningen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Execute the review now? {counts}.

A backup is taken first. Deleted data cannot be brought back from the register afterwards.</source>
        <translation>Genomföra granskningen nu? {counts}.

Först tas en säkerhetskopia. Raderade uppgifter kan inte återställas i registret efteråt.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Delete all selected</source>
        <translation>Radera alla markerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise all selected</source>
        <translation>Anonymisera alla markerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep all selected…</source>
        <translation>Bevara alla markerade…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave undecided</source>
        <translation>Lämna obeslutad</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Execute</source>
        <translation>Genomför</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save review minutes</source>
        <translation>Spara granskningsprotokollet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Executing the review…</source>
        <translation>Granskningen genomförs…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>review-minutes-{date}.pdf</source>
        <translation>granskningsprotokoll-{date}.pdf</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/breach_decision.py" line="-172"/>
        <source>Assess the risk</source>
        <translation>Bedöm risken</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Reasons</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>I have assessed the breach and confirm the decision</source>
        <translation>Jag har bedömt incidenten och bekräftar beslutet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record the decision</source>
        <translation>Registrera beslutet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The data cannot be read by others (strong encryption, the key safe).</source>
        <translation>Andra kan inte läsa uppgifterna (stark kryptering, nyckeln i säkert förvar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data is back, or it is certain that no one saw or used it.</source>
        <translation>Uppgifterna är tillbaka, eller det är säkert att ingen såg eller använde dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone could suffer from it: fraud, identity theft, money lost, reputation, distress.</source>
        <translation>Någon kan drabbas: bedrägeri, identitetsstöld, förlorade pengar, skadat rykte, oro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It includes health or other special data, identity codes, bank details or passwords.</source>
        <translation>Det gäller hälsouppgifter eller andra särskilda uppgifter, personbeteckningar, bankuppgifter eller lösenord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Many people are affected, or children or people in a weak position.</source>
        <translation>Incidenten berör många personer, eller barn eller personer i en utsatt ställning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer what is true (leave the rest unticked)</source>
        <translation>Kryssa för det som stämmer (lämna resten tomma)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Suggested: %1</source>
        <translation>Förslag: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody is notified. The breach and the reasons stay in the log (GDPR Art. 33(5)); the reasons are required.</source>
        <translation>Ingen underrättas. Incidenten och motiveringen finns kvar i loggen (dataskyddsförordningen artikel 33.5); motiveringen är obligatorisk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notify the Office of the Data Protection Ombudsman without undue delay, at the latest 72 hours after becoming aware.</source>
        <translation>Anmäl till dataombudsmannens byrå utan onödigt dröjsmål, senast 72 timmar efter att du fick kännedom om incidenten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notify the Office of the Data Protection Ombudsman without undue delay, at the latest 72 hours after becoming aware, and tell the people affected without undue delay (a letter to each).</source>
        <translation>Anmäl till dataombudsmannens byrå utan onödigt dröjsmål, senast 72 timmar efter att du fick kännedom om incidenten, och informera de registrerade utan onödigt dröjsmål (ett brev till var och en).</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../src/rekisteri/ui/role_gate.py" line="+49"/>
        <source>Only the register&apos;s owner can do this; you are signed in as an assistant.</source>
        <translation>Endast registrets ägare kan göra detta; du är inloggad som assistent.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>assistant</source>
        <translation>assistent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{login} ({role}) on {server}</source>
        <translation>{login} ({role}) på {server}</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/retention_rules.py" line="+82"/>
        <source>Retention rule</source>
        <translation>Lagringsregel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applies to</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only</source>
        <translation>Endast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted from</source>
        <translation>Räknas från</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When due</source>
        <translation>När tiden är ute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(all)</source>
        <translation>(alla)</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location line="-106"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then</source>
        <translation>Därefter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/security.py" line="+50"/>
        <source>Where the data is</source>
        <translation>Var uppgifterna finns</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register file</source>
        <translation>Registerfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypt with a passphrase…</source>
        <translation>Kryptera med en lösenfras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the passphrase…</source>
        <translation>Byt lösenfras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the encryption…</source>
        <translation>Ta bort krypteringen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic lock</source>
        <translation>Automatisk låsning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after this long without use</source>
        <translation>Lås efter så här lång tid utan användning</translation>
    </message>
    <message>
        <location line="+39"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep at least the newest</source>
        <translation>Behåll åtminstone de nyaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and every backup from the last</source>
        <translation>och varje säkerhetskopia från de senaste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups older than that are removed even if they are among the newest: the privacy notice promises that erased data leaves the backups within this time.</source>
        <translation>Äldre säkerhetskopior tas bort även om de hör till de nyaste: dataskyddsbeskrivningen lovar att raderade uppgifter försvinner ur säkerhetskopiorna inom denna tid.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the selected backup…</source>
        <translation>Återställ den valda säkerhetskopian…</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+79"/>
        <location line="+9"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Shared register</source>
        <translation>Gemensamt register</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server keeps the shared register: how its disks are encrypted and who may reach it is for the server&apos;s administrator. The backups below are snapshots kept on this computer; restore one with the command rekisteri restore into an empty database.</source>
        <translation>Det gemensamma registret förvaras av servern: hur dess diskar krypteras och vem som når den sköter serverns administratör. Säkerhetskopiorna nedan är ögonblicksbilder som sparats på den här datorn; återställ en till en tom databas med kommandot rekisteri restore.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encryption is not available on this computer: the sqlcipher3 package is not installed. The register file is not encrypted.</source>
        <translation>Kryptering är inte tillgänglig på den här datorn: paketet sqlcipher3 är inte installerat. Registerfilen är inte krypterad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register and its backups are encrypted. Without the passphrase the file is unreadable, also on a lost or stolen laptop.</source>
        <translation>Registret och dess säkerhetskopior är krypterade. Utan lösenfrasen går filen inte att läsa, inte heller på en förlorad eller stulen bärbar dator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register is not encrypted: anyone who gets the file can read it. Encrypting it is recommended on a laptop.</source>
        <translation>Registret är inte krypterat: vem som helst som får filen kan läsa den. Kryptering rekommenderas på en bärbar dator.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Working on the register file…</source>
        <translation>Registerfilen bearbetas…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n backup(s) did not open with the old passphrase and were left as they were.</source>
        <translation>
            <numerusform>%n säkerhetskopia öppnades inte med den gamla lösenfrasen och lämnades som den var.</numerusform>
            <numerusform>%n säkerhetskopior öppnades inte med den gamla lösenfrasen och lämnades som de var.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypt the register</source>
        <translation>Kryptera registret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register is now encrypted, and so are its backups.</source>
        <translation>Registret är nu krypterat, liksom dess säkerhetskopior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase was changed, also for the backups.</source>
        <translation>Lösenfrasen byttes, även för säkerhetskopiorna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the encryption</source>
        <translation>Ta bort krypteringen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register and its backups are no longer encrypted.</source>
        <translation>Registret och dess säkerhetskopior är inte längre krypterade.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A backup was taken.</source>
        <translation>En säkerhetskopia togs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a backup first.</source>
        <translation>Välj först en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the register with the backup taken {when} ({customers} customers)?

Changes made after it will not be in the register. The present state is backed up first, so this can be undone.</source>
        <translation>Ersätta registret med säkerhetskopian tagen {when} ({customers} kunder)?

Ändringar gjorda efter den kommer inte att finnas i registret. Nuvarande läge säkerhetskopieras först, så detta kan ångras.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup was restored.</source>
        <translation>Säkerhetskopian återställdes.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/shared_dialogs.py" line="-64"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting to the server…</source>
        <translation>Ansluter till servern…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server answered and accepted the user name.</source>
        <translation>Servern svarade och godkände användarnamnet.</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <location filename="../src/rekisteri/ui/settings_pane.py" line="+49"/>
        <source>Save the settings of every page (Ctrl+S)</source>
        <translation>Spara inställningarna på alla sidor (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo changes</source>
        <translation>Ångra ändringarna</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Changed meanwhile</source>
        <translation>Ändrad under tiden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings have unsaved changes. Save them?</source>
        <translation>Inställningarna har osparade ändringar. Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>SharedRegisterActions</name>
    <message>
        <location filename="../src/rekisteri/ui/shared_menu.py" line="+32"/>
        <source>&amp;Connect to a shared register…</source>
        <translation>&amp;Anslut till ett gemensamt register…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move this register to the shared server…</source>
        <translation>&amp;Flytta det här registret till den gemensamma servern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move this register to a &amp;laptop file…</source>
        <translation>Flytta det här registret till en &amp;fil på datorn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;laptop register</source>
        <translation>Använd &amp;registret på datorn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rekisteri</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to a shared register</source>
        <translation>Anslut till ett gemensamt register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a register kept on your office&apos;s PostgreSQL server. The register on this laptop stays as it is; File › Use the laptop register goes back to it.</source>
        <translation>Öppna ett register som förvaras på kontorets PostgreSQL-server. Registret på den här datorn förblir som det är; Arkiv › Använd registret på datorn går tillbaka till det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rekisteri starts again and opens the shared register.</source>
        <translation>Rekisteri startar om och öppnar det gemensamma registret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer offers no keyring, so the password is asked at each start. </source>
        <translation>Den här datorn har ingen nyckelring, så lösenordet frågas vid varje start. </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Move the register to the shared server</source>
        <translation>Flytta registret till den gemensamma servern</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Every customer, contact, consent, request and setting is copied into an empty database on the server and checked table by table. Then Rekisteri starts again on the server.

The file on this laptop is kept, read-only, until you remove it. Continue?</source>
        <translation>Varje kund, kontaktperson, samtycke, begäran och inställning kopieras till en tom databas på servern och kontrolleras tabell för tabell. Sedan startar Rekisteri om på servern.

Filen på den här datorn behålls skrivskyddad tills du tar bort den. Fortsätta?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s database must be empty: the copy never overwrites a register.</source>
        <translation>Serverns databas måste vara tom: kopian skriver aldrig över ett register.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copying the register to the server…</source>
        <translation>Kopierar registret till servern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+13"/>
        <source>The register was not moved</source>
        <translation>Registret flyttades inte</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <location line="+41"/>
        <source>%n row(s) in {tables} tables were copied and verified.</source>
        <translation>
            <numerusform>%n rad i {tables} tabeller kopierades och kontrollerades.</numerusform>
            <numerusform>%n rader i {tables} tabeller kopierades och kontrollerades.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The laptop file is kept read-only at {path}. Remove it once you trust the server. Rekisteri starts again on the shared register.</source>
        <translation>Filen på datorn behålls skrivskyddad: {path}. Ta bort den när du litar på servern. Rekisteri startar om med det gemensamma registret.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move the register to a laptop file</source>
        <translation>Flytta registret till en fil på datorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registers (*.sqlite)</source>
        <translation>Register (*.sqlite)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a new file name: the copy never overwrites a file.</source>
        <translation>Välj ett nytt filnamn: kopian skriver aldrig över en fil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copying the register to this laptop…</source>
        <translation>Kopierar registret till den här datorn…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server&apos;s database is left as it was; remove it there when you no longer need it. Rekisteri starts again on the laptop file.</source>
        <translation>Serverns databas lämnas som den var; ta bort den där när du inte längre behöver den. Rekisteri startar om med filen på datorn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rekisteri starts again and opens the register on this laptop.</source>
        <translation>Rekisteri startar om och öppnar registret på den här datorn.</translation>
    </message>
</context>
<context>
    <name>SharedStart</name>
    <message>
        <location filename="../src/rekisteri/ui/shared_start.py" line="+56"/>
        <location line="+40"/>
        <location line="+16"/>
        <source>Shared register</source>
        <translation>Gemensamt register</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Shared register: {where}</source>
        <translation>Gemensamt register: {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the laptop register instead</source>
        <translation>Öppna registret på datorn i stället</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The shared register is already open in another Rekisteri window on this computer. Switch to that window.</source>
        <translation>Det gemensamma registret är redan öppet i ett annat Rekisteri-fönster på den här datorn. Byt till det fönstret.</translation>
    </message>
</context>
<context>
    <name>TableState</name>
    <message>
        <location filename="../src/rekisteri/ui/table_state.py" line="+141"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset columns</source>
        <translation>Återställ kolumnerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every column again at its original width and place</source>
        <translation>Visa alla kolumner igen med ursprunglig bredd och plats</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/unlock.py" line="+42"/>
        <source>Unlock the register</source>
        <translation>Lås upp registret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This register is encrypted. Enter its passphrase to open it.
{path}</source>
        <translation>Registret är krypterat. Ange dess lösenfras för att öppna det.
{path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from a backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the passphrase.</source>
        <translation>Ange lösenfrasen.</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../src/rekisteri/ui/user_errors.py" line="+30"/>
        <location line="+19"/>
        <source>Rekisteri</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Reconnect</source>
        <translation>Anslut igen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shared register answers again. Repeat what you were doing.</source>
        <translation>Det gemensamma registret svarar igen. Gör om det du höll på med.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/rekisteri/core/forms.py" line="+31"/>
        <location filename="../src/rekisteri/core/settings.py" line="+65"/>
        <source>This field is required.</source>
        <translation>Uppgiften är obligatorisk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of the listed values.</source>
        <translation>Välj ett av alternativen i listan.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Give at least a first or a last name.</source>
        <translation>Ange åtminstone förnamn eller efternamn.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Give the date the customer relationship ended.</source>
        <translation>Ange datum då kundrelationen upphörde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A private-person customer needs their own contact details.</source>
        <translation>En privatperson som kund behöver sina egna kontaktuppgifter.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/customer_records.py" line="+141"/>
        <source>Choose a kind.</source>
        <translation>Välj typ.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/consent_events.py" line="+39"/>
        <location filename="../src/rekisteri/core/customer_records.py" line="+6"/>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Say why the ban is lifted: it stays on record.</source>
        <translation>Ange varför förbudet hävs: orsaken sparas.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Choose a channel.</source>
        <translation>Välj kanal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an action.</source>
        <translation>Välj åtgärd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a source.</source>
        <translation>Välj källa.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A marketing ban is in force on this channel. Lift the ban first, with its reason.</source>
        <translation>Ett marknadsföringsförbud gäller för den här kanalen. Häv förbudet först och ange orsaken.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no ban on this channel to lift.</source>
        <translation>Det finns inget förbud att häva för den här kanalen.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/customer_records.py" line="+44"/>
        <source>Give the reason for the restriction.</source>
        <translation>Ange orsaken till begränsningen av behandlingen.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/validation.py" line="+102"/>
        <source>Remove the invisible control characters (such as NUL or a line break) from this field.</source>
        <translation>Ta bort de osynliga styrtecknen (till exempel NUL eller en radbrytning) från fältet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At most {limit} characters (now {n}).</source>
        <translation>Högst {limit} tecken (nu {n}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not a valid business ID (Y-tunnus). It has seven digits, a dash and a check digit, e.g. 1572860-0.</source>
        <translation>FO-numret är inte giltigt. Det har sju siffror, ett bindestreck och en kontrollsiffra, t.ex. 1572860-0.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a phone number.</source>
        <translation>Det här är inget telefonnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This phone number is not valid. Check the digits, e.g. 040 500 5634 or +358 40 500 5634.</source>
        <translation>Telefonnumret är inte giltigt. Kontrollera siffrorna, t.ex. 040 500 5634 eller +358 40 500 5634.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not a valid e-mail address (e.g. name@example.fi, no spaces).</source>
        <translation>E-postadressen är inte giltig (t.ex. namn@exempel.fi, utan mellanslag).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a valid personal identity code (henkilötunnus). Check the date and the last character.</source>
        <translation>Personbeteckningen är inte giltig. Kontrollera födelsedatumet och det sista tecknet.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/security.py" line="-207"/>
        <source>Use at least {n} characters.</source>
        <translation>Använd minst {n} tecken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase has a NUL character.</source>
        <translation>Lösenfrasen innehåller ett NUL-tecken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna skiljer sig åt.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../src/rekisteri/ui/notice/models.py" line="+22"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Publicerad av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content hash</source>
        <translation>Innehållets hashvärde</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../src/rekisteri/ui/first_start.py" line="+40"/>
        <source>Welcome to Rekisteri</source>
        <translation>Välkommen till Rekisteri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register is empty. Start by telling whose register this is, then add your first customer. To look around first, create a demo register with made-up customers.</source>
        <translation>Registret är tomt. Börja med att ange vems register det är och lägg sedan till din första kund. Vill du först se dig omkring kan du skapa ett demoregister med påhittade kunder.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your business</source>
        <translation>Ditt företag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The privacy notice and every letter print these details: people send their requests to this e-mail address and post.</source>
        <translation>Dataskyddsbeskrivningen och varje brev visar dessa uppgifter: folk skickar sina begäranden till denna e-postadress och postadress.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save details</source>
        <translation>Spara uppgifterna</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Add the first customer</source>
        <translation>Lägg till den första kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create demo register</source>
        <translation>Skapa demoregister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds {n} made-up customers to try the app with.</source>
        <translation>Lägger till {n} påhittade kunder att prova programmet med.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo register</source>
        <translation>Demoregister</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo register could not be created.</source>
        <translation>Demoregistret kunde inte skapas.</translation>
    </message>
</context>
</TS>
