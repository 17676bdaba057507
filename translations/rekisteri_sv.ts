<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en_GB">
<context>
    <name>Enums</name>
    <message>
        <location filename="../src/rekisteri/core/enums.py" line="+36"/>
        <source>Organisation</source>
        <translation>Företag eller sammanslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location line="-37"/>
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
        <location line="+17"/>
        <source>The person themselves</source>
        <translation>Personen själv</translation>
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
        <location line="+14"/>
        <source>Business contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+15"/>
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
        <location line="+77"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Purchase</source>
        <translation>Köp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <source>Form</source>
        <translation>Blankett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Allowed</source>
        <translation>Tillåten</translation>
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
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/rekisteri/core/errors.py" line="+28"/>
        <source>Some fields need fixing.</source>
        <translation>Rätta de markerade fälten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The {kind} no longer exists (id {id}).</source>
        <translation>Uppgiften finns inte längre: {kind}, id {id}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This register was saved by a newer version of Rekisteri (schema {rev}). Update Rekisteri to open it. The file was not changed.</source>
        <translation>Registret har sparats med en nyare version av Rekisteri (schema {rev}). Uppdatera Rekisteri för att öppna det. Filen ändrades inte.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../src/rekisteri/core/formats.py" line="+60"/>
        <source>Write the date as day.month.year, e.g. 3.2.2024.</source>
        <translation>Skriv datumet som dag.månad.år, t.ex. 3.2.2024.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/rekisteri/core/forms.py" line="+28"/>
        <location filename="../src/rekisteri/core/register.py" line="+156"/>
        <source>This field is required.</source>
        <translation>Uppgiften är obligatorisk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of the listed values.</source>
        <translation>Välj ett av alternativen i listan.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give at least a first or a last name.</source>
        <translation>Ange åtminstone förnamn eller efternamn.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give the date the customer relationship ended.</source>
        <translation>Ange datum då kundrelationen upphörde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A private-person customer needs their own contact details.</source>
        <translation>En privatperson som kund behöver sina egna kontaktuppgifter.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/register.py" line="+248"/>
        <source>Choose a kind.</source>
        <translation>Välj typ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+114"/>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Say why the ban is lifted: it stays on record.</source>
        <translation>Ange varför förbudet hävs: orsaken sparas.</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+31"/>
        <source>A marketing ban is in force on this channel. Lift the ban first, with its reason.</source>
        <translation>Ett marknadsföringsförbud gäller för den här kanalen. Häv förbudet först och ange orsaken.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no ban on this channel to lift.</source>
        <translation>Det finns inget förbud att häva för den här kanalen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the reason for the restriction.</source>
        <translation>Ange orsaken till begränsningen av behandlingen.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/validation.py" line="+37"/>
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
        <location line="+29"/>
        <source>Not a valid e-mail address (e.g. name@example.fi, no spaces).</source>
        <translation>E-postadressen är inte giltig (t.ex. namn@exempel.fi, utan mellanslag).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a valid personal identity code (henkilötunnus). Check the date and the last character.</source>
        <translation>Personbeteckningen är inte giltig. Kontrollera födelsedatumet och det sista tecknet.</translation>
    </message>
</context>
</TS>
