<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en_GB">
<context>
    <name>Enums</name>
    <message>
        <location filename="../src/rekisteri/core/enums.py" line="+36"/>
        <source>Organisation</source>
        <translation>Yritys tai yhteisö</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Private person</source>
        <translation>Yksityishenkilö</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Prospect</source>
        <translation>Mahdollinen asiakas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The person themselves</source>
        <translation>Henkilö itse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their employer or organisation</source>
        <translation>Henkilön työnantaja tai yhteisö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public register (e.g. YTJ)</source>
        <translation>Julkinen rekisteri (esim. YTJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business card</source>
        <translation>Käyntikortti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import file</source>
        <translation>Tuontitiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other source</source>
        <translation>Muu lähde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Business contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Purchase</source>
        <translation>Osto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All marketing</source>
        <translation>Kaikki markkinointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail marketing</source>
        <translation>Sähköpostimarkkinointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS marketing</source>
        <translation>Tekstiviestimarkkinointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone marketing</source>
        <translation>Puhelinmarkkinointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post marketing</source>
        <translation>Postimarkkinointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Uutiskirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Markkina- ja mielipidetutkimukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other purpose</source>
        <translation>Muu tarkoitus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Consent given</source>
        <translation>Suostumus annettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruttu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing ban set</source>
        <translation>Markkinointikielto asetettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing ban lifted</source>
        <translation>Markkinointikielto poistettu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe link</source>
        <translation>Peruutuslinkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Allowed</source>
        <translation>Sallittu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly banned</source>
        <translation>Osittain kielletty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banned</source>
        <translation>Kielletty</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/rekisteri/core/errors.py" line="+28"/>
        <source>Some fields need fixing.</source>
        <translation>Korjaa merkityt kentät.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The {kind} no longer exists (id {id}).</source>
        <translation>Tietoa ei enää ole: {kind}, tunniste {id}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This register was saved by a newer version of Rekisteri (schema {rev}). Update Rekisteri to open it. The file was not changed.</source>
        <translation>Rekisteri on tallennettu Rekisterin uudemmalla versiolla (skeema {rev}). Päivitä Rekisteri, niin voit avata sen. Tiedostoa ei muutettu.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../src/rekisteri/core/formats.py" line="+60"/>
        <source>Write the date as day.month.year, e.g. 3.2.2024.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esim. 3.2.2024.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/rekisteri/core/forms.py" line="+28"/>
        <location filename="../src/rekisteri/core/register.py" line="+156"/>
        <source>This field is required.</source>
        <translation>Tämä tieto on pakollinen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of the listed values.</source>
        <translation>Valitse jokin luettelon vaihtoehdoista.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give at least a first or a last name.</source>
        <translation>Anna ainakin etu- tai sukunimi.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give the date the customer relationship ended.</source>
        <translation>Anna asiakassuhteen päättymispäivä.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A private-person customer needs their own contact details.</source>
        <translation>Yksityishenkilöasiakkaalle tarvitaan hänen omat yhteystietonsa.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/register.py" line="+248"/>
        <source>Choose a kind.</source>
        <translation>Valitse laji.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+114"/>
        <source>The date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Say why the ban is lifted: it stays on record.</source>
        <translation>Kerro, miksi kielto poistetaan: syy jää talteen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a channel.</source>
        <translation>Valitse kanava.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an action.</source>
        <translation>Valitse toimenpide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a source.</source>
        <translation>Valitse lähde.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A marketing ban is in force on this channel. Lift the ban first, with its reason.</source>
        <translation>Tällä kanavalla on voimassa markkinointikielto. Poista kielto ensin ja kerro syy.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no ban on this channel to lift.</source>
        <translation>Tällä kanavalla ei ole poistettavaa kieltoa.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the reason for the restriction.</source>
        <translation>Kerro käsittelyn rajoittamisen syy.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/validation.py" line="+37"/>
        <source>Not a valid business ID (Y-tunnus). It has seven digits, a dash and a check digit, e.g. 1572860-0.</source>
        <translation>Y-tunnus ei kelpaa. Siinä on seitsemän numeroa, yhdysmerkki ja tarkistusnumero, esim. 1572860-0.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a phone number.</source>
        <translation>Tämä ei ole puhelinnumero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This phone number is not valid. Check the digits, e.g. 040 500 5634 or +358 40 500 5634.</source>
        <translation>Puhelinnumero ei kelpaa. Tarkista numerot, esim. 040 500 5634 tai +358 40 500 5634.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not a valid e-mail address (e.g. name@example.fi, no spaces).</source>
        <translation>Sähköpostiosoite ei kelpaa (esim. nimi@esimerkki.fi, ei välilyöntejä).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a valid personal identity code (henkilötunnus). Check the date and the last character.</source>
        <translation>Henkilötunnus ei kelpaa. Tarkista syntymäaika ja viimeinen merkki.</translation>
    </message>
</context>
</TS>
