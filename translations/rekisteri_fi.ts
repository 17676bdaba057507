<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en_GB">
<context>
    <name>ActivitiesEditor</name>
    <message>
        <location filename="../src/rekisteri/ui/record_activities.py" line="+48"/>
        <source>Add activity</source>
        <extracomment>Something was typed, added or removed.</extracomment>
        <translation>Lisää käsittelytoimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Employees&apos; pay and records</source>
        <translation>esim. Työntekijöiden palkat ja henkilöstötiedot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purposes and legal basis:</source>
        <translation>Tarkoitukset ja oikeusperuste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose data:</source>
        <translation>Keiden tietoja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What data:</source>
        <translation>Mitä tietoja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients:</source>
        <translation>Vastaanottajat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers outside the EU/EEA:</source>
        <translation>Siirrot EU:n/ETA:n ulkopuolelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long kept:</source>
        <translation>Säilytysaika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Further security measures:</source>
        <translation>Muut suojaustoimet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Paper files are kept in a locked cabinet.</source>
        <translation>esim. Paperiasiakirjat säilytetään lukitussa kaapissa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The register is the first activity of the record and is written from Settings. Add here what else you process, such as employees&apos; pay or your own bookkeeping. One entry a line.</source>
        <translation>Asiakasrekisteri on selosteen ensimmäinen käsittelytoimi, ja se kirjoitetaan asetuksista. Lisää tähän, mitä muita henkilötietoja käsittelet, esimerkiksi työntekijöiden palkat tai oma kirjanpito. Yksi kohta riville.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your own security measures (for the whole record):</source>
        <translation>Omat suojaustoimesi (koko selosteeseen):</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New activity</source>
        <translation>Uusi käsittelytoimi</translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <location filename="../src/rekisteri/ui/shared_dialogs.py" line="+43"/>
        <source>e.g. rekisteri.example.fi</source>
        <translation>esim. rekisteri.example.fi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Muista salasana tämän tietokoneen avainnipussa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify the server (recommended)</source>
        <translation>Varmenna palvelin (suositus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt only, without verifying the server</source>
        <translation>Vain salaus, palvelinta ei varmenneta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s certificates</source>
        <translation>Järjestelmän varmenteet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection is encrypted, but nothing checks that the server is the one you meant: someone on the network could pose as it and read the register.</source>
        <translation>Yhteys salataan, mutta mikään ei tarkista, että palvelin on se, jota tarkoitit: joku verkossa voisi esiintyä palvelimena ja lukea rekisterin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server</source>
        <translation>&amp;Palvelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port</source>
        <translation>P&amp;ortti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database</source>
        <translation>&amp;Tietokanta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Security</source>
        <translation>Tieto&amp;turva</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Server&apos;s CA certificate</source>
        <translation>Palvelimen CA-varmenne</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server&apos;s CA certificate</source>
        <translation>Palvelimen CA-varmenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Varmenteet (*.crt *.pem *.cer);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../src/rekisteri/ui/application.py" line="+86"/>
        <source>The register could not be opened because of an unexpected fault ({kind}). Nothing was changed.

{path}</source>
        <translation>Rekisteriä ei voitu avata odottamattoman vian ({kind}) vuoksi. Mitään ei muutettu.

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
        <translation>Rekisteri on jo auki toisessa ikkunassa.

Siirry siihen ikkunaan tai sulje se ennen kuin avaat rekisterin uudelleen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A Rekisteri command (an import, a restore or an encryption) is working on this register.

Try again when it has finished.</source>
        <translation>Rekisteri-komento (tuonti, palautus tai salaus) käsittelee tätä rekisteriä.

Yritä uudelleen, kun se on valmis.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../src/rekisteri/ui/background.py" line="+76"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>BackupReason</name>
    <message>
        <location filename="../src/rekisteri/core/db/backup_policy.py" line="+34"/>
        <source>Daily</source>
        <translation>Päivittäinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Käsin otettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an update</source>
        <translation>Ennen päivitystä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a review</source>
        <translation>Ennen läpikäyntiä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Ennen tuontia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Ennen palautusta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside as damaged</source>
        <translation>Vioittuneena sivuun siirretty</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/security.py" line="+62"/>
        <source>Taken</source>
        <translation>Otettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Asiakkaita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact persons</source>
        <translation>Yhteyshenkilöitä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation>Salattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>BanActions</name>
    <message>
        <location filename="../src/rekisteri/ui/ban_actions.py" line="+36"/>
        <source>Mark marketing ban</source>
        <translation>Merkitse markkinointikielto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new was recorded: the customer has no contact persons, or the ban was already in force.</source>
        <translation>Mitään uutta ei kirjattu: asiakkaalla ei ole yhteyshenkilöitä tai kielto oli jo voimassa.</translation>
    </message>
</context>
<context>
    <name>BannerWidget</name>
    <message>
        <location filename="../src/rekisteri/ui/banners.py" line="+112"/>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <location line="-60"/>
        <source>Your business details are missing. The privacy notice and the letters to customers need them.</source>
        <translation>Yrityksesi tiedot puuttuvat. Tietosuojaseloste ja asiakkaille lähtevät kirjeet tarvitsevat ne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill in</source>
        <translation>Täytä tiedot</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <location filename="../src/rekisteri/ui/breach_models.py" line="+32"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aware</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>72-hour deadline</source>
        <translation>72 tunnin määräaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Aikaa jäljellä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Riski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min jäljellä</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue by %1 h %2 min</source>
        <translation>Myöhässä %1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notified in time</source>
        <translation>Ilmoitettu ajoissa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notified late</source>
        <translation>Ilmoitettu myöhässä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notification needed</source>
        <translation>Ilmoitusta ei tarvita</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Breach: the 72 hours ran out %1 h %2 min ago</source>
        <translation>Tietoturvaloukkaus: 72 tuntia kului umpeen %1 h %2 min sitten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Breach: %1 h %2 min left to notify</source>
        <translation>Tietoturvaloukkaus: ilmoitusaikaa %1 h %2 min</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A breach is notified to the supervisory authority without undue delay and within 72 hours of becoming aware of it, unless it is unlikely to result in a risk to people&apos;s rights and freedoms (GDPR Art. 33). Helsinki time.</source>
        <translation>Loukkauksesta ilmoitetaan valvontaviranomaiselle ilman aiheetonta viivytystä ja 72 tunnin kuluessa siitä, kun se tuli tietoon, paitsi jos siitä ei todennäköisesti aiheudu riskiä henkilöiden oikeuksille ja vapauksille (tietosuoja-asetuksen 33 artikla). Helsingin aikaa.</translation>
    </message>
</context>
<context>
    <name>Breaches</name>
    <message>
        <location filename="../src/rekisteri/core/breaches/checks.py" line="+38"/>
        <source>Describe what happened (no names of people).</source>
        <translation>Kuvaile, mitä tapahtui (älä mainitse ihmisten nimiä).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the moment you became aware of the breach.</source>
        <translation>Anna hetki, jolloin sait tiedon loukkauksesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+47"/>
        <location filename="../src/rekisteri/core/breaches/service.py" line="+288"/>
        <source>The moment cannot be in the future.</source>
        <translation>Ajankohta ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The breach cannot have happened after you learnt of it.</source>
        <translation>Loukkaus ei voi olla tapahtunut vasta sen jälkeen, kun sait siitä tiedon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end of the span must follow its start.</source>
        <translation>Aikavälin lopun on oltava sen alun jälkeen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what kind of breach it was.</source>
        <translation>Valitse loukkauksen tyyppi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A number cannot be negative.</source>
        <translation>Luku ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the level of risk.</source>
        <translation>Valitse riskin taso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A decision not to notify must give its reasons: why the breach is unlikely to put anyone at risk.</source>
        <translation>Päätökselle olla ilmoittamatta on kirjattava perustelut: miksi loukkaus ei todennäköisesti aiheuta riskiä kenellekään.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decide first that the breach puts people at risk.</source>
        <translation>Päätä ensin, että loukkaus aiheuttaa riskin ihmisille.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The notification cannot predate the breach&apos;s discovery.</source>
        <translation>Ilmoitus ei voi olla aiempi kuin loukkauksen havaitseminen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notification came after 72 hours: give the reasons for the delay.</source>
        <translation>Ilmoitus tehtiin yli 72 tunnin kuluttua: kerro syyt viivästykseen.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/breaches/service.py" line="-11"/>
        <source>Only a high risk requires telling the people.</source>
        <translation>Asianosaisille on ilmoitettava vain korkeasta riskistä.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Decide on the risk and make the notifications it requires before closing.</source>
        <translation>Arvioi riski ja tee sen edellyttämät ilmoitukset ennen sulkemista.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The breach is already closed.</source>
        <translation>Tietoturvaloukkaus on jo suljettu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An assessed or notified breach stays in the log as it was decided (GDPR Art. 33(5)). Add what you learn later to the description or the measures.</source>
        <translation>Arvioitu tai ilmoitettu loukkaus säilyy kirjanpidossa sellaisena kuin siitä päätettiin (tietosuoja-asetuksen 33 artiklan 5 kohta). Lisää myöhemmin selviävät asiat kuvaukseen tai toimenpiteisiin.</translation>
    </message>
</context>
<context>
    <name>BreachesBanner</name>
    <message>
        <location filename="../src/rekisteri/ui/breaches_pane.py" line="+61"/>
        <source>Breaches awaiting a decision or notification: %n</source>
        <translation>Päätöstä tai ilmoitusta odottavia tietoturvaloukkauksia: %n</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>High-risk breaches with people still to tell: %n</source>
        <translation>Korkean riskin loukkauksia, joista asianosaisille ei ole vielä ilmoitettu: %n</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show breaches</source>
        <translation>Näytä tietoturvaloukkaukset</translation>
    </message>
</context>
<context>
    <name>BreachesPane</name>
    <message>
        <location line="+32"/>
        <source>Log a breach…</source>
        <extracomment>The log changed: the window updates the status bar&apos;s clock and the banners.</extracomment>
        <translation>Kirjaa tietoturvaloukkaus…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a breach as soon as you know of it: the 72 hours run from then</source>
        <translation>Kirjaa loukkaus heti, kun saat siitä tiedon: 72 tuntia lasketaan siitä hetkestä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show closed breaches too</source>
        <translation>Näytä myös suljetut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Breaches</source>
        <translation>Tietoturvaloukkaukset</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assess the risk…</source>
        <translation>Arvioi riski…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer a few questions and record the decision with its reasons</source>
        <translation>Vastaa muutamaan kysymykseen ja kirjaa päätös perusteluineen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Language of the notification</source>
        <translation>Ilmoituksen kieli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the notification</source>
        <translation>Kopioi ilmoitus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the answers to the Data Protection Ombudsman&apos;s notification form</source>
        <translation>Kopioi vastaukset tietosuojavaltuutetun ilmoituslomakkeelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authority notified…</source>
        <translation>Viranomaiselle ilmoitettu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters to the people…</source>
        <translation>Kirjeet asianosaisille…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a letter (PDF) to each contact of the customers affected</source>
        <translation>Tallenna kirje (PDF) jokaiselle loukkauksen koskemien asiakkaiden yhteyshenkilölle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People told…</source>
        <translation>Asianosaisille ilmoitettu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close a decided breach; its record stays</source>
        <translation>Sulje ratkaistu loukkaus; sen tiedot säilyvät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove an entry made by mistake</source>
        <translation>Poista vahingossa tehty kirjaus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Breach</source>
        <translation>Tietoturvaloukkaus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Aware %1 · deadline %2 · %3</source>
        <translation>Havaittu %1 · määräaika %2 · %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision: %1 (%2, %3)</source>
        <translation>Päätös: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reasons: %1</source>
        <translation>Perustelut: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authority notified %1 %2</source>
        <translation>Viranomaiselle ilmoitettu %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People told %1</source>
        <translation>Asianosaisille ilmoitettu %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Customers linked: %n</source>
        <translation>
            <numerusform>Linkitettyjä asiakkaita: %n</numerusform>
            <numerusform>Linkitettyjä asiakkaita: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a breach from the list, or log a new one.</source>
        <translation>Valitse loukkaus luettelosta tai kirjaa uusi.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Notification copied</source>
        <translation>Ilmoitus kopioitu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notification is on the clipboard. Paste it into the Data Protection Ombudsman&apos;s breach notification form (tietosuoja.fi) and note the reference you get with “Authority notified…”.</source>
        <translation>Ilmoitus on leikepöydällä. Liitä se tietosuojavaltuutetun tietoturvaloukkauslomakkeelle (tietosuoja.fi) ja kirjaa saamasi tunnus kohdassa ”Viranomaiselle ilmoitettu…”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the folder for the letters</source>
        <translation>Valitse kansio kirjeille</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Letters saved</source>
        <translation>Kirjeet tallennettu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n letter(s). Print or send them, then record when people were told.</source>
        <translation>
            <numerusform>Tallennettiin %n kirje. Tulosta tai lähetä se ja kirjaa sitten, milloin asianosaisille ilmoitettiin.</numerusform>
            <numerusform>Tallennettiin %n kirjettä. Tulosta tai lähetä ne ja kirjaa sitten, milloin asianosaisille ilmoitettiin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete breach</source>
        <translation>Poista tietoturvaloukkaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this entry? Do this only for an entry made by mistake: a real breach must stay documented, even when nobody was notified.</source>
        <translation>Poistetaanko tämä kirjaus? Tee näin vain vahingossa tehdylle kirjaukselle: todellinen loukkaus on dokumentoitava, vaikka kenellekään ei ilmoitettaisi.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file could not be written. Check the folder and try again.</source>
        <translation>Tiedostoa ei voitu kirjoittaa. Tarkista kansio ja yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not complete</source>
        <translation>Toiminto ei onnistunut</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/rekisteri/cli.py" line="+52"/>
        <source>Register now holds {customers} customers, {contacts} contacts.</source>
        <translation>Rekisterissä on nyt {customers} asiakasta ja {contacts} yhteyshenkilöä.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Database:</source>
        <translation>Tietokanta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups:</source>
        <translation>Varmuuskopiot:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>Skeeman versio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers:</source>
        <translation>Asiakkaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts:</source>
        <translation>Yhteyshenkilöt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing bans:</source>
        <translation>Markkinointikiellot:</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Another Rekisteri command is working on this register; waiting…</source>
        <translation>Toinen Rekisteri-komento käsittelee tätä rekisteriä; odotetaan…</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/outcome.py" line="+68"/>
        <source>Interrupted; nothing more was done.</source>
        <translation>Keskeytetty; mitään muuta ei tehty.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An unexpected fault ({kind}) stopped the command. The register is unchanged unless a message above said otherwise. Run again with --debug to see the details for a bug report.</source>
        <translation>Odottamaton vika ({kind}) keskeytti komennon. Rekisteri on ennallaan, ellei yllä oleva viesti kerro muuta. Aja komento uudelleen valitsimella --debug, niin näet virheraporttia varten tarvittavat tiedot.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run `rekisteri recover` to restore a backup.</source>
        <translation>Palauta varmuuskopio komennolla `rekisteri recover`.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/security.py" line="+49"/>
        <source>Passphrase: </source>
        <translation>Salasana: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the new passphrase in a file (--new-passphrase-file) or in REKISTERI_NEW_PASSPHRASE. REKISTERI_PASSPHRASE is only for the current passphrase of a register that is already encrypted.</source>
        <translation>Anna uusi salasana tiedostossa (--new-passphrase-file) tai muuttujassa REKISTERI_NEW_PASSPHRASE. REKISTERI_PASSPHRASE on vain jo salatun rekisterin nykyiselle salasanalle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase: </source>
        <translation>Uusi salasana: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again: </source>
        <translation>Uusi salasana uudelleen: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add --yes to confirm without a terminal.</source>
        <translation>Lisää --yes, jos vahvistat ilman pääteikkunaa.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No backups yet.</source>
        <translation>Varmuuskopioita ei vielä ole.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backup written: {path} ({customers} customers, {contacts} contacts)</source>
        <translation>Varmuuskopio tallennettu: {path} ({customers} asiakasta, {contacts} yhteyshenkilöä)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No such backup: {path}</source>
        <translation>Varmuuskopiota ei löydy: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the register with this backup? The present state is backed up first.</source>
        <translation>Korvataanko rekisteri tällä varmuuskopiolla? Nykyisestä tilasta otetaan ensin varmuuskopio.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The previous state was saved as {path}</source>
        <translation>Edellinen tila tallennettiin nimellä {path}</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+34"/>
        <source>Restored: {customers} customers, {contacts} contacts.</source>
        <translation>Palautettu: {customers} asiakasta, {contacts} yhteyshenkilöä.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run `rekisteri recover` to restore the newest good backup.</source>
        <translation>Palauta uusin ehjä varmuuskopio komennolla `rekisteri recover`.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The register is healthy; nothing to recover (use --force to restore anyway).</source>
        <translation>Rekisteri on kunnossa; palautettavaa ei ole (--force palauttaa silti).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No good backup was found.</source>
        <translation>Ehjää varmuuskopiota ei löytynyt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Newest good backup: {name} ({customers} customers)</source>
        <translation>Uusin ehjä varmuuskopio: {name} ({customers} asiakasta)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the damaged file aside and restore this backup?</source>
        <translation>Siirretäänkö vioittunut tiedosto sivuun ja palautetaan tämä varmuuskopio?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The damaged file was kept as {path}</source>
        <translation>Vioittunut tiedosto säilytettiin nimellä {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored from {name}.</source>
        <translation>Palautettu varmuuskopiosta {name}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The register is now encrypted ({n} backups encrypted too).</source>
        <translation>Rekisteri on nyt salattu (myös {n} varmuuskopiota salattiin).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The register is no longer encrypted ({n} backups too).</source>
        <translation>Rekisteri ei ole enää salattu (ei myöskään {n} varmuuskopiota).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passphrase changed ({n} backups re-keyed).</source>
        <translation>Salasana vaihdettu ({n} varmuuskopion salaus uusittu).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} backups did not open with the old key and were left unchanged.</source>
        <translation>{n} varmuuskopiota ei auennut vanhalla salasanalla, joten ne jätettiin ennalleen.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/marketing.py" line="+30"/>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contacts to add:</source>
        <translation>Lisättäviä uusia yhteyshenkilöitä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the register:</source>
        <translation>Jo rekisterissä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with errors:</source>
        <translation>Virheellisiä rivejä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the suppression list:</source>
        <translation>Kieltolistalla:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line {n}</source>
        <translation>rivi {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file states marketing consent for some rows.</source>
        <translation>Tiedostossa on markkinointisuostumus joillekin riveille.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[y/N]</source>
        <translation>[k/E]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dry run: nothing was written.</source>
        <translation>Koeajo: mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was written. Confirm with --yes (or run on a terminal to be asked).</source>
        <translation>mitään ei kirjoitettu. Vahvista valitsimella --yes (tai aja päätteessä, niin sinulta kysytään).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write these contacts to the register?</source>
        <translation>Kirjoitetaanko nämä yhteyshenkilöt rekisteriin?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation>Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the marketing consent the file states? Only if the people really gave it.</source>
        <translation>Kirjataanko tiedoston ilmoittama markkinointisuostumus? Vain jos henkilöt todella antoivat sen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported: {customers} customers, {added} contacts added, {updated} updated, {skipped} skipped; {consents} consents and {bans} bans recorded.</source>
        <translation>Tuotu: asiakkaita {customers}, yhteyshenkilöitä lisätty {added}, päivitetty {updated}, ohitettu {skipped}; suostumuksia kirjattu {consents} ja kieltoja {bans}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Wrote {rows} recipients of {purpose} to {file}.</source>
        <translation>Kirjoitettu {rows} vastaanottajaa ({purpose}) tiedostoon {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out: {n}</source>
        <translation>Pois jätetty: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The left-out list is in {file}.</source>
        <translation>Pois jätettyjen lista on tiedostossa {file}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported {rows} rows to {files}.</source>
        <translation>Viety {rows} riviä: {files}.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/notice.py" line="+40"/>
        <location filename="../src/rekisteri/commands/record.py" line="+27"/>
        <source>Wrote {file}</source>
        <translation>Kirjoitettu {file}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>error: </source>
        <translation>virhe: </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>warning: </source>
        <translation>varoitus: </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>recommended: </source>
        <translation>suositus: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notice covers every required item.</source>
        <translation>Seloste kattaa kaikki pakolliset tiedot.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NOT PLACED</source>
        <translation>EI SIJOITETTU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing: {items}</source>
        <translation>Puuttuu: {items}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as the {language} draft.</source>
        <translation>Tallennettu luonnokseksi ({language}).</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/requests.py" line="+40"/>
        <source>No requests.</source>
        <translation>Ei pyyntöjä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open requests.</source>
        <translation>Ei avoimia pyyntöjä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OVERDUE</source>
        <translation>MYÖHÄSSÄ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DUE SOON</source>
        <translation>PIAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due {date}</source>
        <translation>määräpäivä {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received {date}</source>
        <translation>saapunut {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{open} open, {overdue} overdue, {soon} due within a week.</source>
        <translation>Avoimia {open}, myöhässä {overdue}, viikon sisällä erääntyviä {soon}.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/review.py" line="+68"/>
        <source>The decisions file {file} is not valid (entry {n}): each entry needs an id, an action (&quot;delete&quot;, &quot;anonymise&quot; or &quot;keep&quot;) and, to keep, a date as YYYY-MM-DD.</source>
        <translation>Päätöstiedosto {file} ei kelpaa (kohta {n}): jokaisessa kohdassa on oltava id, toimenpide (&quot;delete&quot;, &quot;anonymise&quot; tai &quot;keep&quot;) ja säilytettävälle päivämäärä muodossa VVVV-KK-PP.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Records past their retention date: {n}</source>
        <translation>Säilytysajan ylittäneitä tietueita: {n}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The backup taken before the erasure is deleted on {date}.</source>
        <translation>Ennen poistoa otettu varmuuskopio poistetaan {date}.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/breaches.py" line="+25"/>
        <source>No breaches logged.</source>
        <translation>Tietoturvaloukkauksia ei ole kirjattu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open breaches.</source>
        <translation>Ei avoimia tietoturvaloukkauksia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OVERDUE {h} h {m} min</source>
        <translation>MYÖHÄSSÄ {h} h {m} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h {m} min left</source>
        <translation>{h} h {m} min jäljellä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aware {moment}</source>
        <translation>havaittu {moment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline {moment}</source>
        <translation>määräaika {moment}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/record.py" line="+12"/>
        <source>Published the record as version {n} ({language}).</source>
        <translation>Seloste julkaistiin versiona {n} ({language}).</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/server.py" line="+31"/>
        <source>Password for {who}: </source>
        <translation>Salasana käyttäjälle {who}: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shared register needs a password: set REKISTERI_DB_PASSWORD, keep it in the keyring (connect once from the app), or run on a terminal.</source>
        <translation>Yhteinen rekisteri tarvitsee salasanan: aseta REKISTERI_DB_PASSWORD, tallenna se avainnippuun (yhdistä kerran sovelluksesta) tai aja komento päätteessä.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New password for {who}: </source>
        <translation>Uusi salasana käyttäjälle {who}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again: </source>
        <translation>Sama salasana uudelleen: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the shared register&apos;s database as the administrator: --db postgresql://ADMIN@HOST/DATABASE</source>
        <translation>Anna yhteisen rekisterin tietokanta ylläpitäjänä: --db postgresql://YLLÄPITÄJÄ@PALVELIN/TIETOKANTA</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A new login needs its password typed twice on a terminal; nothing was created for it. Run the command on a terminal.</source>
        <translation>Uuden käyttäjätunnuksen salasana kirjoitetaan kahdesti päätteessä; tunnusta ei luotu. Aja komento päätteessä.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{login}: created as {role}</source>
        <translation>{login}: luotu, rooli {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{login}: now {role}</source>
        <translation>{login}: nyt rooli {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{login}: already {role}</source>
        <translation>{login}: jo valmiiksi rooli {role}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>owner</source>
        <translation>omistaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assistant</source>
        <translation>avustaja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rights of the owner and the assistants are set on {n} tables.</source>
        <translation>Omistajan ja avustajien oikeudet on asetettu {n} tauluun.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/commands/calendar.py" line="+51"/>
        <source>Reminders in the calendar file: {count}.</source>
        <translation>Muistutuksia kalenteritiedostossa: {count}.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_dialogs.py" line="+283"/>
        <source>Refuse the request</source>
        <translation>Hylkää pyyntö</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark done</source>
        <translation>Merkitse valmiiksi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reasons for refusing (they go into the letter)</source>
        <translation>Hylkäämisen perustelut (tulevat kirjeeseen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done (it goes into the letter)</source>
        <translation>Mitä tehtiin (tulee kirjeeseen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on</source>
        <translation>Vastattu</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/notice/dialogs.py" line="+41"/>
        <source>Compare versions</source>
        <translation>Vertaa versioita</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n section(s) differ.</source>
        <translation>
            <numerusform>%n osio eroaa.</numerusform>
            <numerusform>%n osiota eroaa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the sections that differ</source>
        <translation>Näytä vain eroavat osiot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differences between the versions</source>
        <translation>Versioiden erot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number} ({date})</source>
        <translation>Versio {number} ({date})</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="+267"/>
        <source>Ready to import</source>
        <translation>Valmis tuotavaksi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prospects (not yet customers)</source>
        <translation>Mahdollisina asiakkaina (eivät vielä asiakkaita)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customers</source>
        <translation>Asiakkaina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the new people as:</source>
        <translation>Lisää uudet henkilöt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recorded</source>
        <translation>kirjataan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>ei kirjata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{new} new contacts will be added, {update} existing contacts updated and {add} matching rows added as new. {skip} rows are left out.

Everything is saved in one go; the data source of each record will say “import: {file}”. Marketing consent from the file: {consent}.</source>
        <translation>Uusia yhteyshenkilöitä lisätään {new}, olemassa olevia päivitetään {update} ja täsmääviä rivejä lisätään uusina {add}. Rivejä jätetään pois {skip}.

Kaikki tallennetaan kerralla; jokaisen tietueen tietolähteeksi merkitään ”tuonti: {file}”. Tiedoston markkinointisuostumukset: {consent}.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/conflict_dialog.py" line="+35"/>
        <source>Changed meanwhile</source>
        <translation>Muutettu välillä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your changes were not saved, so theirs are not lost either. Reload shows their version; Copy my edits first puts what you typed on the clipboard.</source>
        <translation>Muutoksiasi ei tallennettu, joten toisenkaan muutokset eivät kadonneet. Lataa uudelleen näyttää hänen versionsa; Kopioi muutokseni vie ensin kirjoittamasi leikepöydälle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>&amp;Lataa uudelleen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy my edits and reload</source>
        <translation>&amp;Kopioi muutokseni ja lataa uudelleen</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../src/rekisteri/ui/contact_editor.py" line="+83"/>
        <source>Add e-mail</source>
        <translation>Lisää sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add phone</source>
        <translation>Lisää puhelinnumero</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Told how to opt out of marketing</source>
        <translation>Kerrottu, miten markkinoinnin voi kieltää</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or role</source>
        <translation>Titteli tai rooli</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postcode and city</source>
        <translation>Postinumero ja -toimipaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source</source>
        <translation>Tietolähde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only if truly needed, e.g. for a contract</source>
        <translation>Vain jos todella tarpeen, esim. sopimusta varten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to keep the stored code.</source>
        <translation>Jätä tyhjäksi, niin tallennettu tunnus säilyy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the full code. The viewing is logged.</source>
        <translation>Näytä koko tunnus. Katselu kirjataan lokiin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Marketing: consents and bans</source>
        <translation>Markkinointi: suostumukset ja kiellot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark marketing ban…</source>
        <translation>Merkitse markkinointikielto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lift ban…</source>
        <translation>Poista kielto…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restriction of processing (GDPR Art. 18)</source>
        <translation>Käsittelyn rajoittaminen (tietosuoja-asetuksen 18 art.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted: keep the data but do not use it</source>
        <translation>Rajoitettu: tiedot säilytetään, mutta niitä ei käytetä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason (required)</source>
        <translation>Syy (pakollinen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the restriction</source>
        <translation>Käsittelyn rajoittamisen syy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aseta</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>New contact</source>
        <translation>Uusi yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity code: {code}</source>
        <translation>Henkilötunnus: {code}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No marketing ban in force.</source>
        <translation>Ei voimassa olevaa markkinointikieltoa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marketing ban in force: {channels}</source>
        <translation>Markkinointikielto voimassa: {channels}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restricted since {d}</source>
        <translation>Käsittelyä rajoitettu {d} alkaen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove contact person</source>
        <translation>Poista yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {name} from this customer when you save? Their consent and ban history is removed with them.</source>
        <translation>Poistetaanko {name} tältä asiakkaalta tallennettaessa? Hänen suostumus- ja kieltohistoriansa poistetaan samalla.</translation>
    </message>
</context>
<context>
    <name>ControllerForm</name>
    <message>
        <location filename="../src/rekisteri/ui/controller_form.py" line="+19"/>
        <source>Business name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y-tunnus</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s e-mail</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s phone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register name</source>
        <translation>Rekisterin nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register name in Swedish</source>
        <translation>Rekisterin nimi ruotsiksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register name in English</source>
        <translation>Rekisterin nimi englanniksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handler name (shown in the log)</source>
        <translation>Käsittelijän nimi (näkyy lokissa)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. Valokuvaamo Virtanen Tmi</source>
        <translation>esim. Valokuvaamo Virtanen Tmi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1572860-0</source>
        <translation>esim. 1572860-0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Customer and marketing register</source>
        <translation>esim. Asiakas- ja markkinointirekisteri</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/crash.py" line="+34"/>
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong; your data is safe.</source>
        <translation>Jokin meni vikaan; tietosi ovat tallessa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you were doing was stopped, and nothing was saved half-way. If it happens again, copy the report and send it to your support. It names no customer or other personal data.</source>
        <translation>Tekemäsi toiminto keskeytettiin, eikä mitään tallennettu puolittain. Jos näin käy uudelleen, kopioi raportti ja lähetä se tukeesi. Raportissa ei ole asiakkaiden tai muita henkilötietoja.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy report</source>
        <translation>Kopioi raportti</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <location filename="../src/rekisteri/ui/customer_detail.py" line="+61"/>
        <source>Select a customer in the list, or add a new one with Ctrl+N.</source>
        <translation>Valitse asiakas luettelosta tai lisää uusi painamalla Ctrl+N.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Mark marketing ban…</source>
        <translation>Merkitse markkinointikielto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban marketing to every contact of this customer</source>
        <translation>Kiellä markkinointi asiakkaan kaikille yhteyshenkilöille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention…</source>
        <translation>Säilytys…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this record is due, and its legal holds</source>
        <translation>Milloin tämän tietueen säilytysaika päättyy, ja sen säilytysvelvoitteet</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add contact person</source>
        <translation>Lisää yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this contact person</source>
        <translation>Poista tämä yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No contact persons yet.</source>
        <translation>Ei vielä yhteyshenkilöitä.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Add contact event…</source>
        <translation>Lisää yhteydenotto…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Contact log</source>
        <translation>Yhteydenpito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marketing banned for every contact.</source>
        <translation>Markkinointi kielletty kaikilta yhteyshenkilöiltä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some contacts or channels have a marketing ban.</source>
        <translation>Osalla yhteyshenkilöistä tai kanavista on markkinointikielto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No marketing ban recorded.</source>
        <translation>Markkinointikieltoa ei ole kirjattu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact persons ({n})</source>
        <translation>Yhteyshenkilöt ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact log ({n})</source>
        <translation>Yhteydenpito ({n})</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has unsaved changes. Save them?</source>
        <translation>Asiakkaan tiedoissa on tallentamattomia muutoksia. Tallennetaanko ne?</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not saved: fix the fields marked in red. A warning sign marks their tabs.</source>
        <translation>Ei tallennettu: korjaa punaisella merkityt kentät. Varoitusmerkki näyttää, millä välilehdillä ne ovat.</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <location filename="../src/rekisteri/ui/customer_filters.py" line="+28"/>
        <location line="+8"/>
        <source>Search customers</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search</source>
        <translation>Tyhjennä haku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search name, contact, e-mail, phone or Y-tunnus (Ctrl+F)</source>
        <translation>Hae nimellä, yhteyshenkilöllä, sähköpostilla, puhelinnumerolla tai Y-tunnuksella (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show customers by status</source>
        <translation>Näytä asiakkaat tilan mukaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any marketing</source>
        <translation>Markkinointi: kaikki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing allowed</source>
        <translation>Markkinointi sallittu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing banned</source>
        <translation>Markkinointi kielletty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show customers by marketing ban</source>
        <translation>Näytä asiakkaat markkinointikiellon mukaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted</source>
        <translation>Rajoitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers whose processing is restricted</source>
        <translation>Vain asiakkaat, joiden tietojen käsittelyä on rajoitettu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due for deletion</source>
        <translation>Poistettava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers whose retention period has ended</source>
        <translation>Vain asiakkaat, joiden säilytysaika on päättynyt</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../src/rekisteri/ui/customer_form.py" line="+57"/>
        <source>Decides the marketing rule for the contact persons: those of a company or organisation may be sent marketing about their work unless they refuse (917/2014 § 201); a sole trader is a private person, who needs to consent (§ 200).</source>
        <translation>Ratkaisee yhteyshenkilöiden markkinointisäännön: yrityksen tai yhteisön yhteyshenkilölle saa markkinoida hänen työtään koskevaa, ellei hän kiellä (917/2014 201 §); toiminimi on luonnollinen henkilö, jolta tarvitaan suostumus (200 §).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only what the business needs. The person may ask to see everything here.</source>
        <translation>Vain se, mitä liiketoiminta tarvitsee. Henkilö voi pyytää nähtäväkseen kaiken tähän kirjatun.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y-tunnus</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal form</source>
        <translation>Yritysmuoto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing address</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postcode and city</source>
        <translation>Postinumero ja -toimipaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data source</source>
        <translation>Tietolähde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source details</source>
        <translation>Lähteen tarkennus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not known (the name suggests: {form})</source>
        <translation>Ei tiedossa (nimen perusteella: {form})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Customer since {d}</source>
        <translation>Asiakkaana {d} alkaen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last contact {d}</source>
        <translation>viimeisin yhteys {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due for deletion {d}</source>
        <translation>poistettava {d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added by {who}</source>
        <translation>lisännyt {who}</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../src/rekisteri/ui/customer_model.py" line="+50"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y-tunnus</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main contact</source>
        <translation>Pääyhteyshenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Viimeisin yhteys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Markkinointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for deletion</source>
        <translation>Poistettava</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>{status}, restricted</source>
        <translation>{status}, rajoitettu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Red date: the retention period has ended. Decide in Review whether to delete, anonymise or keep the record.</source>
        <translation>Punainen päivä: säilytysaika on päättynyt. Päätä läpikäynnissä, poistetaanko tietue, anonymisoidaanko se vai säilytetäänkö se.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grey row: the customer relationship has ended. The record is kept until its retention period ends.</source>
        <translation>Harmaa rivi: asiakassuhde on päättynyt. Tietue säilytetään, kunnes sen säilytysaika päättyy.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No marketing ban recorded. E-mail and SMS may still need consent: see the contact persons.</source>
        <translation>Markkinointikieltoa ei ole kirjattu. Sähköposti ja tekstiviesti voivat silti vaatia suostumuksen: katso yhteyshenkilöt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some contacts or channels have a marketing ban</source>
        <translation>Osalla yhteyshenkilöistä tai kanavista on markkinointikielto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing banned: do not send marketing</source>
        <translation>Markkinointi kielletty: älä lähetä markkinointia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Processing restricted (GDPR Art. 18): keep, do not use</source>
        <translation>Käsittelyä rajoitettu (tietosuoja-asetuksen 18 art.): säilytä, älä käytä</translation>
    </message>
</context>
<context>
    <name>DeleteCustomer</name>
    <message>
        <location filename="../src/rekisteri/ui/delete_customer.py" line="+23"/>
        <source>Delete {names}?</source>
        <translation>Poistetaanko {names}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {n} customers?</source>
        <translation>Poistetaanko {n} asiakasta?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer, their contact persons, the contact log and the consent and ban history are erased. This cannot be undone. The log records that a deletion was made, without the person&apos;s details.</source>
        <translation>Asiakas, sen yhteyshenkilöt, yhteydenpitohistoria sekä suostumus- ja kieltohistoria poistetaan. Poistoa ei voi perua. Lokiin kirjataan, että poisto tehtiin, mutta ei henkilön tietoja.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because the law requires it:</source>
        <translation>Säilytetään, koska laki sitä edellyttää:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(until {date})</source>
        <translation>({date} asti)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>DemoTask</name>
    <message>
        <location filename="../src/rekisteri/ui/demo_task.py" line="+55"/>
        <source>Creating the demo register…</source>
        <translation>Luodaan esittelyrekisteriä…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo register</source>
        <translation>Esittelyrekisteri</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <location filename="../src/rekisteri/core/enums.py" line="+38"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Private person</source>
        <translation>Yksityishenkilö</translation>
    </message>
    <message>
        <location line="-39"/>
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
        <location line="+18"/>
        <source>The person themselves</source>
        <translation>Henkilö itse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person, in a purchase</source>
        <translation>Henkilö itse, ostoksen yhteydessä</translation>
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
        <location line="+66"/>
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
        <location line="+19"/>
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
        <location line="+85"/>
        <location filename="../src/rekisteri/core/requests/kinds.py" line="+71"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Purchase</source>
        <translation>Osto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Contact person in their work role</source>
        <translation>Yhteyshenkilö työroolissaan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not known</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited company (Oy, Oyj)</source>
        <translation>Osakeyhtiö (Oy, Oyj)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited partnership (Ky)</source>
        <translation>Kommandiittiyhtiö (Ky)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General partnership (Ay)</source>
        <translation>Avoin yhtiö (Ay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-operative (Osk)</source>
        <translation>Osuuskunta (Osk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association (ry)</source>
        <translation>Yhdistys (ry)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foundation (sr)</source>
        <translation>Säätiö (sr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public body</source>
        <translation>Julkisyhteisö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other legal person</source>
        <translation>Muu oikeushenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sole trader (Tmi, a natural person)</source>
        <translation>Toiminimi (Tmi, luonnollinen henkilö)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Internal note (not a contact)</source>
        <translation>Sisäinen muistiinpano (ei yhteydenotto)</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../src/rekisteri/core/requests/kinds.py" line="+4"/>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/rekisteri/core/requests/kinds.py" line="-2"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/rekisteri/core/requests/kinds.py" line="+1"/>
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
        <location filename="../src/rekisteri/core/requests/kinds.py" line="-2"/>
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
        <source>No ban</source>
        <translation>Ei kieltoa</translation>
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
    <message>
        <location filename="../src/rekisteri/core/requests/kinds.py" line="-48"/>
        <source>Access to data</source>
        <translation>Tietojen tarkastus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification</source>
        <translation>Tietojen oikaisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure</source>
        <translation>Tietojen poisto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction of processing</source>
        <translation>Käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection</source>
        <translation>Vastustaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data portability</source>
        <translation>Tietojen siirto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawal</source>
        <translation>Suostumuksen peruminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other request</source>
        <translation>Muu pyyntö</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>Jatkettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/breaches/kinds.py" line="+20"/>
        <source>Not assessed yet</source>
        <translation>Ei vielä arvioitu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A risk to people&apos;s rights is unlikely</source>
        <translation>Riski henkilöiden oikeuksille on epätodennäköinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A risk to people&apos;s rights</source>
        <translation>Riski henkilöiden oikeuksille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A high risk to people&apos;s rights</source>
        <translation>Korkea riski henkilöiden oikeuksille</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Disclosed or seen by someone without a right to it</source>
        <translation>Tietoja paljastui tai ne näki joku, jolla ei ollut siihen oikeutta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Altered or corrupted</source>
        <translation>Tietoja muuttui tai vioittui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost, destroyed or out of reach</source>
        <translation>Tietoja katosi, tuhoutui tai ne eivät olleet käytettävissä</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Assess the risk</source>
        <translation>Arvioi riski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify the authority</source>
        <translation>Ilmoita viranomaiselle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the people affected</source>
        <translation>Ilmoita asianosaisille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
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
        <location line="+9"/>
        <source>This customer no longer exists (id {id}).</source>
        <translation>Tätä asiakasta ei enää ole (tunniste {id}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact person no longer exists (id {id}).</source>
        <translation>Tätä yhteyshenkilöä ei enää ole (tunniste {id}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This log entry no longer exists (id {id}).</source>
        <translation>Tätä tapahtumaa ei enää ole (tunniste {id}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Peruutettu. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {kind} no longer exists (id {id}).</source>
        <translation>Tietoa ei enää ole ({kind}, tunniste {id}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This register was saved by a newer version of Rekisteri (schema {rev}). Update Rekisteri to open it. The file was not changed.</source>
        <translation>Rekisteri on tallennettu Rekisterin uudemmalla versiolla (skeema {rev}). Päivitä Rekisteri, niin voit avata sen. Tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The passphrase is wrong. The register was not opened; try again.</source>
        <translation>Salasana on väärä. Rekisteriä ei avattu; yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This register is encrypted. Enter its passphrase.</source>
        <translation>Tämä rekisteri on salattu. Anna sen salasana.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register file is damaged and cannot be opened safely. It can be restored from a backup; the damaged file is kept aside.</source>
        <translation>Rekisteritiedosto on vioittunut, eikä sitä voi avata turvallisesti. Sen voi palauttaa varmuuskopiosta; vioittunut tiedosto säilytetään erillään.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Encryption is not available: the sqlcipher3 package is not installed.</source>
        <translation>Salaus ei ole käytettävissä: sqlcipher3-pakettia ei ole asennettu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The register is locked. Unlock it.</source>
        <translation>Rekisteri on lukittu. Avaa lukitus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The shared register&apos;s server cannot be reached. Check the network connection and the server&apos;s address, then try again. Nothing was lost: an unfinished change was not saved.</source>
        <translation>Yhteisen rekisterin palvelimeen ei saada yhteyttä. Tarkista verkkoyhteys ja palvelimen osoite ja yritä uudelleen. Mitään ei menetetty: keskeneräistä muutosta ei tallennettu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server refused the user name or the password.</source>
        <translation>Palvelin ei hyväksynyt käyttäjätunnusta tai salasanaa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection to the server could not be secured: its certificate was not verified or it does not offer TLS. Ask the server&apos;s administrator for its CA certificate.</source>
        <translation>Yhteyttä palvelimeen ei voitu suojata: sen varmennetta ei voitu todentaa tai se ei tarjoa TLS-salausta. Pyydä palvelimen ylläpitäjältä sen CA-varmenne.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only the register&apos;s owner can do this: your user name has an assistant&apos;s rights on this shared register. Nothing was changed.</source>
        <translation>Vain rekisterin omistaja voi tehdä tämän: käyttäjätunnuksellasi on avustajan oikeudet tähän yhteiseen rekisteriin. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This version of Rekisteri needs to upgrade the shared register first. Ask the register&apos;s owner to open it with this version; then try again.</source>
        <translation>Tämä Rekisterin versio päivittää ensin yhteisen rekisterin. Pyydä rekisterin omistajaa avaamaan se tällä versiolla ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection to the shared register was lost, and the last change was not saved. Check the network, then reconnect and try again.</source>
        <translation>Yhteys yhteiseen rekisteriin katkesi, eikä viimeisintä muutosta tallennettu. Tarkista verkkoyhteys, yhdistä uudelleen ja yritä uudestaan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changed by {name} at {time} — reload or copy your edits.</source>
        <translation>Muuttanut {name} {time} — lataa uudelleen tai kopioi muutoksesi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This works on a register file on this computer; a shared register is kept by its server.</source>
        <translation>Tämä toimii vain tämän tietokoneen rekisteritiedostolle; yhteistä rekisteriä ylläpitää sen palvelin.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/backup.py" line="+166"/>
        <source>The new copy of the register did not match the original, so it was discarded. Nothing was changed.</source>
        <translation>Rekisterin uusi kopio ei vastannut alkuperäistä, joten se hylättiin. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/security.py" line="+127"/>
        <source>The register is already encrypted.</source>
        <translation>Rekisteri on jo salattu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>The register is not encrypted.</source>
        <translation>Rekisteriä ei ole salattu.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The conversion failed and was undone. The register is unchanged.</source>
        <translation>Muunnos epäonnistui ja peruttiin. Rekisteri on ennallaan.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/faults.py" line="+28"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Levy on täynnä; mitään ei muutettu. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder {folder} cannot be written to; nothing was changed. Check that the disk is not read-only and that you may write there.</source>
        <translation>Kansioon {folder} ei voi kirjoittaa; mitään ei muutettu. Tarkista, ettei levy ole kirjoitussuojattu ja että sinulla on kirjoitusoikeus kansioon.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is a folder, not a register file. Choose the register file itself.</source>
        <translation>{path} on kansio eikä rekisteritiedosto. Valitse itse rekisteritiedosto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} does not exist, or a folder on its way does not; nothing was done.</source>
        <translation>{path} ei ole olemassa, tai jokin sen kansioista puuttuu; mitään ei tehty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a folder; give a file name. Nothing was done.</source>
        <translation>{path} on kansio; anna tiedoston nimi. Mitään ei tehty.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The register is busy with another job. Nothing was changed; try again when it has finished.</source>
        <translation>Rekisteri on toisen työn käytössä. Mitään ei muutettu; yritä uudelleen, kun se on valmis.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/writer_lock.py" line="+34"/>
        <source>The register is open in the Rekisteri window; close it first. Nothing was changed.</source>
        <translation>Rekisteri on auki Rekisteri-ikkunassa; sulje ikkuna ensin. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another Rekisteri command is working on this register; try again when it has finished. Nothing was changed.</source>
        <translation>Toinen Rekisteri-komento käsittelee tätä rekisteriä; yritä uudelleen, kun se on valmis. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/logical.py" line="+188"/>
        <source>The two registers are at different versions; update the app first.</source>
        <translation>Rekisterit ovat eri versioissa; päivitä sovellus ensin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+104"/>
        <source>The target already holds a register; choose an empty one.</source>
        <translation>Kohteessa on jo rekisteri; valitse tyhjä kohde.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>The copy of “{table}” does not match the original; nothing was kept.</source>
        <translation>Taulun ”{table}” kopio ei vastaa alkuperäistä; mitään ei tallennettu.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The file is not a Rekisteri backup.</source>
        <translation>Tiedosto ei ole Rekisterin varmuuskopio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup was made by another version of Rekisteri; restore it with that version or update the app.</source>
        <translation>Varmuuskopio on tehty Rekisterin toisella versiolla; palauta se sillä versiolla tai päivitä sovellus.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/server.py" line="+72"/>
        <source>A shared register&apos;s address starts postgresql://.</source>
        <translation>Yhteisen rekisterin osoite alkaa postgresql://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the password out of the address: it would stay in the shell&apos;s history. Rekisteri asks for it, reads REKISTERI_DB_PASSWORD or uses the keyring.</source>
        <translation>Jätä salasana pois osoitteesta: se jäisi komentohistoriaan. Rekisteri kysyy sen, lukee sen muuttujasta REKISTERI_DB_PASSWORD tai käyttää avainnippua.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the server, the database and the user name.</source>
        <translation>Anna palvelin, tietokanta ja käyttäjätunnus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS must be verify-full, require or disable.</source>
        <translation>TLS-asetuksen on oltava verify-full, require tai disable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA certificate file does not exist.</source>
        <translation>CA-varmennetiedostoa ei ole.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/shared_lock.py" line="+31"/>
        <source>{name} is running the review (since {time}). Try again when it has finished.</source>
        <translation>{name} tekee parhaillaan läpikäyntiä (alkaen {time}). Yritä uudelleen, kun se on valmis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is importing customers (since {time}). Try again when it has finished.</source>
        <translation>{name} tuo parhaillaan asiakkaita (alkaen {time}). Yritä uudelleen, kun tuonti on valmis.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../src/rekisteri/core/io/service.py" line="+284"/>
        <source>Choose a file name ending in .json, .zip or .csv.</source>
        <translation>Valitse tiedostonimi, jonka pääte on .json, .zip tai .csv.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/export_dialog.py" line="+89"/>
        <source>Export mailing list</source>
        <translation>Vie postituslista</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>It markets my own products or services, like those the customer bought</source>
        <translation>Markkinoin omia, asiakkaan ostamia vastaavia tuotteitani tai palveluitani</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A customer who gave the address in a purchase and may refuse at any time can be sent such marketing without consent (917/2014 § 200(2)); anything else needs consent. Every message must tell how to refuse.</source>
        <translation>Asiakkaalle, joka antoi osoitteensa ostoksen yhteydessä ja voi milloin tahansa kieltää, saa lähettää tällaista markkinointia ilman suostumusta (917/2014 200 § 2 mom.); kaikkeen muuhun tarvitaan suostumus. Jokaisessa viestissä on kerrottava, miten markkinoinnin voi kieltää.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It concerns the recipients&apos; work</source>
        <translation>Viesti koskee vastaanottajien työtä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact persons of companies and organisations may be sent marketing that concerns their work unless they refuse (917/2014 § 201). Sole traders are private persons in this respect.</source>
        <translation>Yritysten ja yhteisöjen yhteyshenkilöille saa lähettää heidän työtään koskevaa markkinointia, elleivät he kiellä sitä (917/2014 201 §). Toiminimiyrittäjä on tässä yksityishenkilö.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>CSV for newsletter services (UTF-8, commas)</source>
        <translation>CSV uutiskirjepalveluihin (UTF-8, pilkut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel (semicolons)</source>
        <translation>CSV Exceliin (puolipisteet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to save the list</source>
        <translation>Listan tallennuspaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mailing:</source>
        <translation>Postitus:</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>{included} people may receive this mailing ({purpose}). {excluded} are left out:</source>
        <translation>{included} henkilölle saa lähettää tämän postituksen ({purpose}). Pois jätetään {excluded}:</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Also save who was left out and why (to fix records, never to mail them)</source>
        <translation>Tallenna myös pois jätetyt ja syyt (tietojen korjaamista varten, ei koskaan postitusta varten)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Save the mailing list</source>
        <translation>Tallenna postituslista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mailing-list-{date}.csv</source>
        <translation>postituslista-{date}.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the mailing list…</source>
        <translation>Postituslistaa tallennetaan…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rows} people were saved to {file}.</source>
        <translation>Tiedostoon {file} tallennettiin {rows} henkilöä.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Those left out are listed in {file}.</source>
        <translation>Pois jätetyt on lueteltu tiedostossa {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The list was not saved: {reason}</source>
        <translation>Listaa ei tallennettu: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mailing list saved</source>
        <translation>Postituslista tallennettu</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n row(s) were saved to {file}. Identity codes were left out. Keep the file safe: it holds every person in the register.</source>
        <translation>
            <numerusform>Tiedostoon {file} tallennettiin %n rivi. Henkilötunnukset jätettiin pois. Säilytä tiedosto turvallisesti: siinä ovat kaikki rekisterin henkilöt.</numerusform>
            <numerusform>Tiedostoon {file} tallennettiin %n riviä. Henkilötunnukset jätettiin pois. Säilytä tiedosto turvallisesti: siinä ovat kaikki rekisterin henkilöt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_dialogs.py" line="-67"/>
        <source>Extend the deadline</source>
        <translation>Pidennä määräaikaa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The law allows two more months when the request is complex or there are many. The person must be told, with the reasons, by %1.</source>
        <translation>Laki sallii kaksi kuukautta lisäaikaa, jos pyyntö on monimutkainen tai pyyntöjä on paljon. Henkilölle on ilmoitettava pidennyksestä perusteluineen viimeistään %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person told on</source>
        <translation>Henkilölle ilmoitettu</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../src/rekisteri/ui/file_dialogs.py" line="+96"/>
        <source>Saved to {path}</source>
        <translation>Tallennettu: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the folder the file was saved in</source>
        <translation>Avaa kansio, johon tiedosto tallennettiin</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="-218"/>
        <source>Choose the file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV from Outlook, Google Contacts or a spreadsheet, or vCards (.vcf) from a phone. Nothing is saved until you confirm.</source>
        <translation>CSV Outlookista, Google-yhteystiedoista tai taulukkolaskennasta tai vCard-kortit (.vcf) puhelimesta. Mitään ei tallenneta ennen kuin vahvistat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File to import</source>
        <translation>Tuotava tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Tiedostonimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import contacts</source>
        <translation>Tuo yhteystietoja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard)</source>
        <translation>Yhteystiedot (*.csv *.txt *.vcf *.vcard);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../src/rekisteri/ui/notice/models.py" line="+110"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended</source>
        <translation>Suositus</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../src/rekisteri/core/formats.py" line="+64"/>
        <source>Write the date as day.month.year, e.g. 3.2.2024.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esim. 3.2.2024.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../src/rekisteri/ui/settings_pane.py" line="+46"/>
        <source>Controller (the business that keeps this register)</source>
        <translation>Rekisterinpitäjä (yritys, joka pitää tätä rekisteriä)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the register is kept</source>
        <translation>Rekisterin sijainti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared register</source>
        <translation>Yhteinen rekisteri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>Tietokansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file</source>
        <translation>Tietokantatiedosto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../src/rekisteri/ui/guide.py" line="+142"/>
        <source>Screenshot</source>
        <translation>Kuvakaappaus</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rekisteri user guide</source>
        <translation>Rekisterin käyttöopas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chapters</source>
        <translation>Luvut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chapter text</source>
        <translation>Luvun teksti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Eteenpäin</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Find in chapter</source>
        <translation>Etsi luvusta</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Not found</source>
        <translation>Ei löytynyt</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/notice/dialogs.py" line="+23"/>
        <source>Published versions</source>
        <translation>Julkaistut versiot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare side by side</source>
        <translation>Vertaa rinnakkain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>Vie PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select two versions to compare, or one to compare with the one before it.</source>
        <translation>Valitse kaksi versiota verrattavaksi tai yksi, jota verrataan edelliseen versioon.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export PDF</source>
        <translation>Vie PDF</translation>
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
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Tarkastaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation>Anonymisoitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Säilytetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Seuraava läpikäynti</translation>
    </message>
</context>
<context>
    <name>HoldsDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/holds_dialog.py" line="+67"/>
        <source>Retention and legal holds</source>
        <translation>Säilytys ja säilytysvelvoitteet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove hold</source>
        <translation>Poista säilytysvelvoite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a legal hold</source>
        <translation>Lisää säilytysvelvoite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. complaint 4/2026, invoice 2021-014</source>
        <translation>esim. reklamaatio 4/2026, lasku 2021-014</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep until</source>
        <translation>Säilytä asti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add hold</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No retention rule applies to this record.</source>
        <translation>Tähän tietueeseen ei sovelleta mitään säilytyssääntöä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention: {reason}</source>
        <translation>Säilytys: {reason}</translation>
    </message>
</context>
<context>
    <name>HoldsModel</name>
    <message>
        <location line="-77"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept until</source>
        <translation>Säilytetään asti</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../src/rekisteri/core/io/csv_import.py" line="+217"/>
        <source>A value on line {line} is longer than {limit} characters, more than any contact detail; the file is not a contact list. Nothing was imported.</source>
        <translation>Rivin {line} arvo on yli {limit} merkkiä pitkä, pidempi kuin mikään yhteystieto; tiedosto ei ole yhteystietoluettelo. Mitään ei tuotu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is not valid CSV (a quoted value is never closed).</source>
        <translation>Tiedosto ei ole kelvollinen CSV-tiedosto (lainausmerkeissä olevaa arvoa ei ole suljettu).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/rekisteri/core/io/source.py" line="+119"/>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first row holds contact details, not column names. Add a header row naming the columns (e.g. First name; Last name; E-mail) and import again.</source>
        <translation>Ensimmäisellä rivillä on yhteystietoja eikä sarakkeiden nimiä. Lisää otsikkorivi, joka nimeää sarakkeet (esim. Etunimi; Sukunimi; Sähköposti), ja tuo tiedosto uudelleen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only one column was found. Columns must be separated by commas or semicolons.</source>
        <translation>Löytyi vain yksi sarake. Sarakkeet on erotettava pilkuilla tai puolipisteillä.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/io/preview.py" line="+39"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the register</source>
        <translation>On jo rekisterissä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased, banned marketing</source>
        <translation>Poistettu, markkinointi kielletty</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the existing contact</source>
        <translation>Päivitä olemassa oleva yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add anyway</source>
        <translation>Lisää silti</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Same e-mail as a contact of {name}</source>
        <translation>Sama sähköposti kuin asiakkaan {name} yhteyshenkilöllä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same phone as a contact of {name}</source>
        <translation>Sama puhelinnumero kuin asiakkaan {name} yhteyshenkilöllä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same business ID as {name}</source>
        <translation>Sama Y-tunnus kuin asiakkaalla {name}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Same e-mail or phone as an earlier row in this file.</source>
        <translation>Sama sähköposti tai puhelinnumero kuin tiedoston aiemmalla rivillä.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/io/records.py" line="+63"/>
        <source>(do not import)</source>
        <translation>(älä tuo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing consent (yes/no)</source>
        <translation>Markkinointisuostumus (kyllä/ei)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>No person&apos;s name: give a first or last name (a company alone is not a contact).</source>
        <translation>Henkilön nimi puuttuu: anna etu- tai sukunimi (pelkkä yritys ei ole yhteyshenkilö).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An e-mail address is not valid.</source>
        <translation>Sähköpostiosoite ei kelpaa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A phone number is not valid.</source>
        <translation>Puhelinnumero ei kelpaa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The business ID is not valid.</source>
        <translation>Y-tunnus ei kelpaa.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The country is not recognised; use a code such as FI or SE.</source>
        <translation>Maata ei tunnistettu; käytä maatunnusta, kuten FI tai SE.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The marketing consent column must say yes or no.</source>
        <translation>Markkinointisuostumus-sarakkeessa on oltava kyllä tai ei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first name is longer than {limit} characters.</source>
        <translation>Etunimi on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name is longer than {limit} characters.</source>
        <translation>Sukunimi on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company is longer than {limit} characters.</source>
        <translation>Yrityksen nimi on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is longer than {limit} characters.</source>
        <translation>Titteli on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The street address is longer than {limit} characters.</source>
        <translation>Katuosoite on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The postcode is longer than {limit} characters.</source>
        <translation>Postinumero on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The city is longer than {limit} characters.</source>
        <translation>Postitoimipaikka on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes are longer than {limit} characters.</source>
        <translation>Muistiinpanot ovat yli {limit} merkkiä pitkät.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/io/service.py" line="-183"/>
        <source>No column could be recognised as a name, e-mail or phone. Choose the columns in the mapping step.</source>
        <translation>Mitään saraketta ei tunnistettu nimeksi, sähköpostiksi tai puhelinnumeroksi. Valitse sarakkeet kohdistusvaiheessa.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/io/source.py" line="-77"/>
        <source>The file is too large to import ({size} MB; the limit is {limit} MB). Split it into smaller files.</source>
        <translation>Tiedosto on liian suuri tuotavaksi ({size} Mt; raja on {limit} Mt). Jaa se pienempiin tiedostoihin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file cannot be opened.</source>
        <translation>Tiedostoa ei voi avata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read.</source>
        <translation>Tiedostoa ei voi lukea.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a text file (it looks like a program, picture or spreadsheet file). Save contacts as CSV or vCard (.vcf) and import that file.</source>
        <translation>Tämä ei ole tekstitiedosto (se näyttää ohjelma-, kuva- tai taulukkotiedostolta). Tallenna yhteystiedot CSV- tai vCard-muodossa (.vcf) ja tuo se tiedosto.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file&apos;s character encoding is not recognised (letters such as ä and ö would come out wrong). Save it again as UTF-8 (in Excel: CSV UTF-8) and import that.</source>
        <translation>Tiedoston merkistöä ei tunnistettu (ä- ja ö-kirjaimet näkyisivät väärin). Tallenna se uudelleen UTF-8-muodossa (Excelissä: CSV UTF-8) ja tuo se.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/io/vcard_import.py" line="+143"/>
        <source>Line {line} of this card could not be read (it is not NAME:value).</source>
        <translation>Tämän kortin riviä {line} ei voitu lukea (se ei ole muotoa NIMI:arvo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The contact card that starts on line {line} has no END:VCARD; the file may be cut short. Nothing was imported.</source>
        <translation>Riviltä {line} alkavalta yhteystietokortilta puuttuu END:VCARD; tiedosto voi olla katkennut. Mitään ei tuotu.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No contact cards were found in the file (BEGIN:VCARD is missing).</source>
        <translation>Tiedostosta ei löytynyt yhteystietokortteja (BEGIN:VCARD puuttuu).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/notice/dialogs.py" line="+15"/>
        <source>Import an existing notice</source>
        <translation>Tuo olemassa oleva seloste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice to import</source>
        <translation>Tuotava seloste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the notice here (plain text, Markdown or HTML), or open a file.</source>
        <translation>Liitä seloste tähän (pelkkä teksti, Markdown tai HTML) tai avaa tiedosto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found</source>
        <translation>Mitä löytyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open file…</source>
        <translation>Avaa tiedosto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyse</source>
        <translation>Analysoi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the draft</source>
        <translation>Korvaa luonnos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open notice</source>
        <translation>Avaa seloste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notices (*.txt *.md *.html *.htm)</source>
        <translation>Selosteet (*.txt *.md *.html *.htm)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not placed; kept as an own section</source>
        <translation>ei sijoitettu; säilytetään omana osionaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text before the first heading, not imported (copy into a section what should stay):</source>
        <translation>Ensimmäistä otsikkoa edeltävä teksti, jota ei tuotu (kopioi osioon se, minkä haluat säilyttää):</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="+320"/>
        <source>Import contacts</source>
        <translation>Tuo yhteystietoja</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../src/rekisteri/core/db/check.py" line="+37"/>
        <source>The register file is healthy.</source>
        <translation>Rekisteritiedosto on kunnossa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no register file yet.</source>
        <translation>Rekisteritiedostoa ei ole vielä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register is encrypted.</source>
        <translation>Rekisteri on salattu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is wrong.</source>
        <translation>Salasana on väärä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register is encrypted, but encryption support is not installed.</source>
        <translation>Rekisteri on salattu, mutta salauksen tukea ei ole asennettu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register file is damaged. It can be restored from a backup.</source>
        <translation>Rekisteritiedosto on vioittunut. Sen voi palauttaa varmuuskopiosta.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/interaction_dialog.py" line="+31"/>
        <source>Add contact event</source>
        <translation>Lisää yhteydenotto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(the customer in general)</source>
        <translation>(asiakas yleisesti)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was it about? Keep it short and factual.</source>
        <translation>Mistä oli kyse? Kirjaa lyhyesti ja asiallisesti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Kenen kanssa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <location filename="../src/rekisteri/ui/record_models.py" line="+38"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/review_dialogs.py" line="+33"/>
        <source>Keep records</source>
        <translation>Säilytä tietueet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records to keep: {n}.</source>
        <translation>Säilytettäviä tietueita: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. open warranty, ongoing assignment</source>
        <translation>esim. voimassa oleva takuu, kesken oleva toimeksianto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep until</source>
        <translation>Säilytä asti</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/language.py" line="+39"/>
        <location line="+37"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Language of the program:</source>
        <translation>Ohjelman kieli:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates and amounts:</source>
        <translation>Päivämäärät ja summat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents such as privacy notices and letters have their own language, chosen for each document.</source>
        <translation>Asiakirjoilla, kuten tietosuojaselosteilla ja kirjeillä, on oma kielensä, joka valitaan asiakirjakohtaisesti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restart now</source>
        <translation>Käynnistä uudelleen nyt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Rekisteri and open it again in the chosen language</source>
        <translation>Sulje Rekisteri ja avaa se uudelleen valitulla kielellä</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Same as the computer ({language})</source>
        <translation>Sama kuin tietokoneessa ({language})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A new language choice takes effect when Rekisteri restarts.</source>
        <translation>Uusi kielivalinta tulee voimaan, kun Rekisteri käynnistetään uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart Rekisteri to switch to the chosen language.</source>
        <translation>Käynnistä Rekisteri uudelleen, niin valittu kieli otetaan käyttöön.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../src/rekisteri/ui/record_models.py" line="+21"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note or reason</source>
        <translation>Muistiinpano tai syy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recorded by {who} on {on}</source>
        <translation>Kirjannut {who} {on}</translation>
    </message>
</context>
<context>
    <name>LeftOutModel</name>
    <message>
        <location filename="../src/rekisteri/ui/export_dialog.py" line="-243"/>
        <source>Why left out</source>
        <translation>Syy pois jättämiseen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Henkilöitä</translation>
    </message>
</context>
<context>
    <name>LetterFile</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_pane.py" line="+81"/>
        <source>confirmation-letter</source>
        <translation>vahvistuskirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension-letter</source>
        <translation>jatkoaikakirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer-letter</source>
        <translation>vastauskirje</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/breaches/letters.py" line="+21"/>
        <source>breach-letter</source>
        <extracomment>The stem of a saved letter&apos;s file name, in the letter&apos;s own language (no person&apos;s name).</extracomment>
        <translation>tietoturvaloukkaus-kirje</translation>
    </message>
</context>
<context>
    <name>LiftBanDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/ban_dialog.py" line="+122"/>
        <source>Lift marketing ban</source>
        <translation>Poista markkinointikielto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lift a marketing ban of &lt;b&gt;{subject}&lt;/b&gt; only when the person asks for it. Say why: the reason is kept with the ban.</source>
        <translation>Poista kohteen &lt;b&gt;{subject}&lt;/b&gt; markkinointikielto vain, jos henkilö itse sitä pyytää. Kerro syy: se säilytetään kiellon yhteydessä.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Required, e.g. “asked by e-mail to get offers”</source>
        <translation>Pakollinen, esim. ”pyysi sähköpostilla saada tarjouksia”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request came by</source>
        <translation>Miten pyyntö tuli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lift ban</source>
        <translation>Poista kielto</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_dialogs.py" line="-56"/>
        <source>Find the person in the register</source>
        <translation>Etsi henkilö rekisteristä</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../src/rekisteri/ui/autolock.py" line="+56"/>
        <source>Rekisteri is locked</source>
        <translation>Rekisteri on lukittu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the passphrase to continue.</source>
        <translation>Jatka antamalla salasana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register was locked after a while without use. Set a passphrase in Settings › Security to require it here.</source>
        <translation>Rekisteri lukittiin, koska sitä ei käytetty hetkeen. Aseta salasana kohdassa Asetukset › Tietoturva, niin se kysytään tässä.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
</context>
<context>
    <name>LogBreachDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/breach_dialogs.py" line="+90"/>
        <source>Log a breach</source>
        <translation>Kirjaa tietoturvaloukkaus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit breach</source>
        <translation>Muokkaa tietoturvaloukkausta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>People and data</source>
        <translation>Ihmiset ja tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <location line="+19"/>
        <source>Customers affected</source>
        <translation>Asianosaiset asiakkaat</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>When you learnt of the breach: the 72 hours run from this moment.</source>
        <translation>Milloin sait tiedon loukkauksesta: 72 tuntia lasketaan tästä hetkestä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known</source>
        <translation>Tiedossa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Lasted until</source>
        <translation>Jatkui asti</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. a customer called about a strange e-mail</source>
        <translation>esim. asiakas soitti oudosta sähköpostista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened, in plain words. Do not name the people affected.</source>
        <translation>Mitä tapahtui, selkein sanoin. Älä mainitse asianosaisten nimiä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Became aware</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Happened</source>
        <translation>Tapahtui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it came to light</source>
        <translation>Miten se havaittiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of breach</source>
        <translation>Loukkauksen tyyppi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. names, e-mail addresses, notes</source>
        <translation>esim. nimet, sähköpostiosoitteet, muistiinpanot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. customers, contact persons</source>
        <translation>esim. asiakkaat, yhteyshenkilöt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The numbers are estimates</source>
        <translation>Luvut ovat arvioita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. phishing in our name, embarrassment, financial loss</source>
        <translation>esim. tietojenkalastelu nimissämme, nolous, taloudellinen menetys</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data concerned</source>
        <translation>Mitkä tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups of people</source>
        <translation>Ihmisryhmät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of people</source>
        <translation>Ihmisten määrä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of records</source>
        <translation>Tietueiden määrä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likely consequences</source>
        <translation>Todennäköiset seuraukset</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. passwords changed, the device locked remotely</source>
        <translation>esim. salasanat vaihdettu, laite lukittu etänä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. encrypt every laptop&apos;s disk</source>
        <translation>esim. kaikkien kannettavien levyt salataan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measures taken</source>
        <translation>Toteutetut toimenpiteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures proposed</source>
        <translation>Suunnitellut toimenpiteet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, e-mail or business ID</source>
        <translation>Nimi, sähköposti tai Y-tunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a customer</source>
        <translation>Etsi asiakas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Etsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers found</source>
        <translation>Löytyneet asiakkaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add ↓</source>
        <translation>Lisää ↓</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the customers known to be affected. Their contact persons get the letter when the risk is high, and their access packs list the breach.</source>
        <translation>Lisää asiakkaat, joita loukkauksen tiedetään koskevan. Heidän yhteyshenkilönsä saavat kirjeen, jos riski on korkea, ja loukkaus näkyy heidän tarkastuspaketissaan.</translation>
    </message>
</context>
<context>
    <name>LogRequestDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_dialogs.py" line="-91"/>
        <source>Log a request</source>
        <translation>Kirjaa pyyntö</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. came from the e-mail address we hold; ID card shown</source>
        <translation>esim. tuli meillä olevasta sähköpostiosoitteesta; henkilökortti näytetty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person&apos;s name</source>
        <translation>Henkilön nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived by</source>
        <translation>Saapumistapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter language</source>
        <translation>Kirjeen kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity verified how</source>
        <translation>Miten henkilöllisyys varmistettiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked</source>
        <translation>Mitä pyydettiin</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/rekisteri/ui/mainwindow.py" line="+40"/>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy notice</source>
        <translation>Tietosuojaseloste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Läpikäynti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaches</source>
        <translation>Tietoturvaloukkaukset</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rekisteri</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;New customer</source>
        <translation>&amp;Uusi asiakas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete customer…</source>
        <translation>&amp;Poista asiakas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark marketing &amp;ban…</source>
        <translation>Merkitse markkinointi&amp;kielto…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark a marketing ban for the selected customers</source>
        <translation>Merkitse markkinointikielto valituille asiakkaille</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Record of processing</source>
        <translation>Seloste käsittelytoimista</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rekisteri</source>
        <translation>&amp;Tietoja Rekisteristä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read the list and the counts again</source>
        <translation>Lue luettelo ja lukumäärät uudelleen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user guide, at this view&apos;s chapter</source>
        <translation>Käyttöopas, avattuna tämän näkymän lukuun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation>Siirtyminen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>Tu&amp;o…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export mailing list…</source>
        <translation>&amp;Vie postituslista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the whole &amp;register…</source>
        <translation>Vie koko &amp;rekisteri…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Ulkoasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Same as the &amp;system</source>
        <translation>Sama kuin &amp;järjestelmässä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Vaalea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Tumma</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Customers: {customers} · Contact persons: {contacts} · Marketing bans: {bans}</source>
        <translation>Asiakkaita: {customers} · Yhteyshenkilöitä: {contacts} · Markkinointikieltoja: {bans}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/about.py" line="+14"/>
        <source>About Rekisteri</source>
        <translation>Tietoja Rekisteristä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Rekisteri&lt;/b&gt; {version}&lt;br&gt;A sole trader&apos;s customer and marketing register, kept the way Finnish and EU data-protection law expects.&lt;br&gt;&lt;br&gt;Register: {path}</source>
        <translation>&lt;b&gt;Rekisteri&lt;/b&gt; {version}&lt;br&gt;Yksinyrittäjän asiakas- ja markkinointirekisteri, jota pidetään niin kuin Suomen ja EU:n tietosuojalainsäädäntö edellyttää.&lt;br&gt;&lt;br&gt;Rekisteri: {path}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../src/rekisteri/ui/import_models.py" line="+34"/>
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example values</source>
        <translation>Esimerkkiarvot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as</source>
        <translation>Tuo kenttään</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="-290"/>
        <source>Which column holds what?</source>
        <translation>Mitä kukin sarake sisältää?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns were guessed from the file&apos;s first row. Correct any guess; columns marked “(do not import)” are left out.</source>
        <translation>Sarakkeet on päätelty tiedoston ensimmäisestä rivistä. Korjaa tarvittaessa; sarakkeet, joissa lukee ”(älä tuo)”, jätetään pois.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{rows} rows, separated by “{sep}”, encoding {enc}.</source>
        <translation>Rivejä {rows}, erottimena ”{sep}”, merkistö {enc}.</translation>
    </message>
</context>
<context>
    <name>MarkBanDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/ban_dialog.py" line="-75"/>
        <source>Mark marketing ban</source>
        <translation>Merkitse markkinointikielto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more marketing to: &lt;b&gt;{subject}&lt;/b&gt;</source>
        <translation>Ei enää markkinointia: &lt;b&gt;{subject}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optional, e.g. “replied to the newsletter”</source>
        <translation>Vapaaehtoinen, esim. ”vastasi uutiskirjeeseen”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request came by</source>
        <translation>Miten pyyntö tuli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark ban</source>
        <translation>Merkitse kielto</translation>
    </message>
</context>
<context>
    <name>Marketing</name>
    <message>
        <location filename="../src/rekisteri/core/marketing_law.py" line="+59"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>Tekstiviesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Newsletter</source>
        <translation>Uutiskirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other e-mail marketing</source>
        <translation>Muu sähköpostimarkkinointi</translation>
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
        <source>Marketing by post</source>
        <translation>Postimarkkinointi</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Phone and post marketing is allowed unless the person has refused. If any of these people come from a bought or rented list, check the list against the direct marketing association&apos;s ban register (ASML&apos;s Robinson service) before you call or post.</source>
        <translation>Puhelin- ja postimarkkinointi on sallittua, ellei henkilö ole kieltänyt sitä. Jos joku näistä henkilöistä on peräisin ostetulta tai vuokratulta listalta, tarkista lista ASML:n suoramarkkinoinnin kieltorekisteristä (Robinson-palvelu) ennen kuin soitat tai postitat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Private person: e-mail and SMS marketing need consent, or a soft opt-in as a customer (917/2014 § 200).</source>
        <translation>Yksityishenkilö: sähköposti- ja tekstiviestimarkkinointiin tarvitaan suostumus tai asiakassuhteeseen perustuva oikeus (917/2014 200 §).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact person of a company or organisation: marketing that concerns their work is allowed unless they refuse (917/2014 § 201).</source>
        <translation>Yrityksen tai yhteisön yhteyshenkilö: hänen työtään koskeva markkinointi on sallittua, ellei hän kiellä sitä (917/2014 201 §).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact person of a sole trader, or the customer&apos;s legal form is not known: treated as a private person (917/2014 § 200). Set the legal form on the Customer tab.</source>
        <translation>Toiminimen yhteyshenkilö tai asiakkaan yritysmuoto ei ole tiedossa: käsitellään yksityishenkilönä (917/2014 200 §). Aseta yritysmuoto Asiakas-välilehdellä.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/marketing_reasons.py" line="+41"/>
        <source>Processing is restricted (GDPR Art. 18): no marketing.</source>
        <translation>Käsittelyä on rajoitettu (tietosuoja-asetuksen 18 art.): ei markkinointia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objected to all direct marketing (ban on all marketing).</source>
        <translation>On kieltänyt kaiken suoramarkkinoinnin (kaikki markkinointi kielletty).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A marketing ban is in force.</source>
        <translation>Markkinointikielto on voimassa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s latest word was a withdrawal or an opt-out.</source>
        <translation>Henkilö on viimeksi perunut suostumuksensa tai kieltänyt markkinoinnin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact person of a company or organisation: allowed about their work role unless they opt out (917/2014 § 201).</source>
        <translation>Yrityksen tai yhteisön yhteyshenkilö: sallittu hänen työtehtäväänsä koskien, ellei hän kiellä (917/2014 201 §).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact person of a company, but this mailing is not about their work role; that needs their consent.</source>
        <translation>Yrityksen yhteyshenkilö, mutta tämä postitus ei koske hänen työtään; siihen tarvitaan hänen suostumuksensa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer who gave the address in a purchase and was told how to refuse: allowed for your own similar products (917/2014 § 200(2)).</source>
        <translation>Asiakas, joka antoi osoitteensa ostoksen yhteydessä ja jolle kerrottiin kielto-oikeudesta: sallittu omille vastaaville tuotteille (917/2014 200 § 2 mom.).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A customer without consent may only be told of your own products similar to what they bought.</source>
        <translation>Asiakkaalle ilman suostumusta saa markkinoida vain omia, hänen ostamiaan vastaavia tuotteita.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer never told how to refuse marketing when the address was collected; consent is needed.</source>
        <translation>Asiakkaalle ei kerrottu osoitetta kerättäessä, miten markkinoinnin voi kieltää; tarvitaan suostumus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address was not recorded as given in a purchase; consent is needed.</source>
        <translation>Osoitetta ei ole merkitty ostoksen yhteydessä saaduksi; tarvitaan suostumus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer relationship ended longer ago than the soft opt-in lasts; consent is needed.</source>
        <translation>Asiakassuhde päättyi kauemmin sitten kuin asiakkuuteen perustuva oikeus kestää; tarvitaan suostumus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person of a sole trader or of a customer whose legal form is not known: a natural person, so consent or a soft opt-in is needed (917/2014 § 200).</source>
        <translation>Toiminimen tai tuntemattoman yritysmuodon asiakkaan yhteyshenkilö: luonnollinen henkilö, joten tarvitaan suostumus tai asiakkuuteen perustuva oikeus (917/2014 200 §).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private person without consent; e-mail and SMS marketing need consent.</source>
        <translation>Yksityishenkilö ilman suostumusta; sähköposti- ja tekstiviestimarkkinointiin tarvitaan suostumus.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/marketing.py" line="+310"/>
        <source>Give the soft opt-in period as 0 to 60 months.</source>
        <translation>Anna asiakkuuteen perustuvan oikeuden kesto 0–60 kuukautena.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/marketing_reasons.py" line="-42"/>
        <source>No address or number on file for this channel.</source>
        <translation>Tälle kanavalle ei ole tallennettu osoitetta tai numeroa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent on record.</source>
        <translation>Suostumus kirjattu.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Allowed unless the person refuses.</source>
        <translation>Sallittu, ellei henkilö kiellä.</translation>
    </message>
</context>
<context>
    <name>MarketingStatus</name>
    <message>
        <location filename="../src/rekisteri/ui/marketing_status.py" line="+38"/>
        <source>allowed</source>
        <translation>sallittu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not allowed</source>
        <translation>ei sallittu</translation>
    </message>
</context>
<context>
    <name>MultiValueEdit</name>
    <message>
        <location filename="../src/rekisteri/ui/multi_value_edit.py" line="+42"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>NoticeCheck</name>
    <message>
        <location filename="../src/rekisteri/core/notice/check_words.py" line="+44"/>
        <source>access to the data</source>
        <extracomment>Each right of Art. 15-21 and words that show a text mentions it (fi, sv, en).</extracomment>
        <translation>oikeus saada pääsy tietoihin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rectification</source>
        <translation>oikeus tietojen oikaisemiseen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>erasure</source>
        <translation>oikeus tietojen poistamiseen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restriction of processing</source>
        <translation>oikeus käsittelyn rajoittamiseen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>objection to processing</source>
        <translation>oikeus vastustaa käsittelyä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>data portability</source>
        <translation>oikeus siirtää tiedot järjestelmästä toiseen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>objection to direct marketing</source>
        <translation>oikeus kieltää suoramarkkinointi</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/notice/check.py" line="+71"/>
        <source>Recommended, not required by law: {item}.</source>
        <translation>Suositeltava, ei lakisääteinen: {item}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Missing: {item}.</source>
        <translation>Puuttuu: {item}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Empty: {item}.</source>
        <translation>Tyhjä: {item}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{title}” cites the Personal Data Act 523/1999, repealed on 1.1.2019. Refer to the GDPR and the Data Protection Act 1050/2018.</source>
        <translation>”{title}” viittaa henkilötietolakiin 523/1999, joka kumottiin 1.1.2019. Viittaa tietosuoja-asetukseen ja tietosuojalakiin 1050/2018.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{title}” relies on Privacy Shield, which the EU Court of Justice invalidated in 2020. Name a valid safeguard.</source>
        <translation>”{title}” nojaa Privacy Shield -järjestelyyn, jonka EU-tuomioistuin mitätöi vuonna 2020. Nimeä voimassa oleva suojatoimi.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The rights section does not mention {right}.</source>
        <translation>Oikeuksista kertovasta osiosta puuttuu {right}.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/notice/check_register.py" line="+65"/>
        <source>The retention section does not state the period of the rule “{rule}” that the review enforces.</source>
        <translation>Säilytysaikaosio ei kerro säännön ”{rule}” aikaa, jota läpikäynti noudattaa.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The retention section states a period (“{period}”) that no retention rule has.</source>
        <translation>Säilytysaikaosiossa on aika (”{period}”), jota millään säilytyssäännöllä ei ole.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} processes data outside the EU/EEA but no safeguard is named for it in Settings.</source>
        <translation>{name} käsittelee tietoja EU:n/ETA:n ulkopuolella, mutta asetuksissa sille ei ole nimetty suojatoimea.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} processes data outside the EU/EEA but the transfers section does not name it.</source>
        <translation>{name} käsittelee tietoja EU:n/ETA:n ulkopuolella, mutta tietojen siirrosta kertova osio ei mainitse sitä.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The transfers section allows transfers outside the EU/EEA but names no safeguard (standard contractual clauses, an adequacy decision).</source>
        <translation>Tietojen siirrosta kertova osio sallii siirrot EU:n/ETA:n ulkopuolelle mutta ei nimeä suojatoimea (vakiosopimuslausekkeet, komission tietosuojan riittävyyttä koskeva päätös).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The processor {name} is listed in Settings but not named in the notice.</source>
        <translation>Käsittelijä {name} on asetuksissa, mutta selosteessa sitä ei mainita.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The register holds “{field}” but the data section does not name it.</source>
        <translation>Rekisterissä on tieto ”{field}”, mutta tietosisällöstä kertova osio ei mainitse sitä.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/notice/check_law.py" line="+38"/>
        <source>the business name</source>
        <translation>yrityksen nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the business e-mail address</source>
        <translation>yrityksen sähköpostiosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the business street address</source>
        <translation>yrityksen katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the business postcode</source>
        <translation>yrityksen postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the business town or city</source>
        <translation>yrityksen postitoimipaikka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the business phone number</source>
        <translation>yrityksen puhelinnumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contact person&apos;s name</source>
        <translation>yhteyshenkilön nimi</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Empty: {what}. The notice prints it, so fill it in Settings → General.</source>
        <translation>Tyhjä: {what}. Seloste näyttää sen, joten täytä se kohdassa Asetukset → Yleiset.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A service provider has no name. Name it in Settings → Processors.</source>
        <translation>Palveluntarjoajalta puuttuu nimi. Anna nimi kohdassa Asetukset → Käsittelijät.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{title}” has a blank where a name, address or other detail should be: “…{text}”.</source>
        <translation>Kohdassa ”{title}” on tyhjä kohta nimen, osoitteen tai muun tiedon paikalla: ”…{text}”.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The purpose “{purpose}” names no legal basis (GDPR Art. 13(1)(c)): add contract, legal obligation, legitimate interest or consent.</source>
        <translation>Käyttötarkoitukselle ”{purpose}” ei ole kerrottu oikeusperustetta (tietosuoja-asetuksen 13 art. 1 c): lisää sopimus, lakisääteinen velvoite, oikeutettu etu tai suostumus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The purposes name no legal basis (GDPR Art. 13(1)(c)).</source>
        <translation>Käyttötarkoituksille ei ole kerrottu oikeusperustetta (tietosuoja-asetuksen 13 art. 1 c).</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>“{title}” gives “asiallinen yhteys” as a basis: that was the repealed Personal Data Act&apos;s. Name a basis of GDPR Art. 6.</source>
        <translation>Kohta ”{title}” käyttää perusteena ”asiallista yhteyttä”, joka oli kumotun henkilötietolain peruste. Kerro tietosuoja-asetuksen 6 artiklan mukainen peruste.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The notice says how long the do-not-contact check values are kept, but Settings keeps them {years} years. Update the retention section from the register.</source>
        <translation>Seloste kertoo, kuinka kauan kieltolistan tarkisteita säilytetään, mutta asetusten mukaan niitä säilytetään {years} vuotta. Päivitä säilytysaikaosio rekisterin tiedoista.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The notice promises encrypted backups, but encryption is off. Turn it on in Settings → Security or change the sentence.</source>
        <translation>Seloste lupaa salatut varmuuskopiot, mutta salaus ei ole käytössä. Ota se käyttöön kohdassa Asetukset → Tietoturva tai muuta lausetta.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/notice/service.py" line="+277"/>
        <source>The notice cannot be published yet: {first}</source>
        <extracomment>Fields the register always holds by design; listed whether or not filled in yet.</extracomment>
        <translation>Selostetta ei voi vielä julkaista: {first}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/notice/check_processors.py" line="+29"/>
        <source>No processing agreement is recorded for {name} (GDPR Art. 28). Add the date it was signed and where the document is in Settings → Processors.</source>
        <translation>Käsittelijän {name} kanssa tehtyä käsittelysopimusta ei ole kirjattu (tietosuoja-asetuksen 28 artikla). Lisää allekirjoituspäivä ja sopimuksen säilytyspaikka kohdassa Asetukset → Käsittelijät.</translation>
    </message>
</context>
<context>
    <name>NoticePane</name>
    <message>
        <location filename="../src/rekisteri/ui/notice_pane.py" line="+81"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice/toolbar.py" line="+73"/>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add section</source>
        <translation>Lisää osio</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rewrite controller, retention, data and processor sections from Settings</source>
        <translation>Kirjoita rekisterinpitäjä-, säilytysaika-, tietosisältö- ja käsittelijäosiot uudelleen asetusten pohjalta</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice/panels.py" line="+55"/>
        <source>Check: {errors} errors, {missing} missing, {warnings} warnings, {recommended} recommended</source>
        <translation>Tarkistus: virheitä {errors}, puuttuu {missing}, varoituksia {warnings}, suosituksia {recommended}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice_pane.py" line="+287"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>Publish</source>
        <translation>Julkaise</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice/toolbar.py" line="-20"/>
        <source>Remove section</source>
        <translation>Poista osio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update from register</source>
        <translation>&amp;Päivitä rekisterin tiedoista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PDF…</source>
        <translation>Vie P&amp;DF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export H&amp;TML…</source>
        <translation>Vie HT&amp;ML…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rint…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Document</source>
        <translation>&amp;Asiakirja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import, update from the register, history, export and print</source>
        <translation>Tuonti, päivitys rekisteristä, historia, vienti ja tulostus</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&amp;Publish</source>
        <translation>&amp;Julkaise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish the draft as a new dated version</source>
        <translation>Julkaise luonnos uutena päivättynä versiona</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice_pane.py" line="-268"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Sections</source>
        <translation>O&amp;siot</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice/panels.py" line="+23"/>
        <location line="+3"/>
        <source>Section heading</source>
        <translation>Osion otsikko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section text</source>
        <translation>Osion teksti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank line: new paragraph. “- ” at line start: bullet. **text**: bold.</source>
        <translation>Tyhjä rivi: uusi kappale. ”- ” rivin alussa: luettelomerkki. **teksti**: lihavointi.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice_pane.py" line="-36"/>
        <source>Preview of the notice</source>
        <translation>Selosteen esikatselu</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Latest published version: {n}, {date}.</source>
        <translation>Viimeisin julkaistu versio: {n}, {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not published yet.</source>
        <translation>Ei vielä julkaistu.</translation>
    </message>
    <message numerus="yes">
        <location line="+159"/>
        <source>The notice cannot be published yet: %n error(s) would print a blank or something untrue. Click an error in the check list to go where it is fixed.</source>
        <translation>
            <numerusform>Selostetta ei voi vielä julkaista: %n virhe jättäisi tekstiin tyhjän kohdan tai virheellisen tiedon. Napsauta virhettä tarkistusluettelossa, niin pääset korjaamaan sen.</numerusform>
            <numerusform>Selostetta ei voi vielä julkaista: %n virhettä jättäisi tekstiin tyhjiä kohtia tai virheellisiä tietoja. Napsauta virhettä tarkistusluettelossa, niin pääset korjaamaan sen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publish this notice as version {n}, dated today? The published version is the one you show people, and it stays in the history.</source>
        <translation>Julkaistaanko seloste versiona {n} tämän päivän päiväyksellä? Julkaistu versio on se, jonka näytät ihmisille, ja se jää historiaan.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The notice lacks %n required item(s).</source>
        <translation>
            <numerusform>Selosteesta puuttuu %n pakollinen tieto.</numerusform>
            <numerusform>Selosteesta puuttuu %n pakollista tietoa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice/panels.py" line="-22"/>
        <source>Check: every required item is covered.</source>
        <translation>Tarkistus: kaikki pakolliset tiedot ovat mukana.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Covers: {item}</source>
        <translation>Kattaa: {item}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/ui/notice_pane.py" line="-101"/>
        <source>New section</source>
        <translation>Uusi osio</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Published version {n} on {date}.</source>
        <translation>Versio {n} julkaistu {date}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web page (*.html)</source>
        <translation>Verkkosivu (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Vie seloste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path}.</source>
        <translation>Tallennettu: {path}.</translation>
    </message>
</context>
<context>
    <name>NoticeSection</name>
    <message>
        <location filename="../src/rekisteri/core/notice/document.py" line="+60"/>
        <source>Controller and contact details</source>
        <translation>Rekisterinpitäjä ja yhteystiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Tietosuojavastaava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the register</source>
        <translation>Rekisterin nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal basis</source>
        <translation>Käsittelyn tarkoitukset ja oikeusperuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interests</source>
        <translation>Oikeutettu etu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of data</source>
        <translation>Käsiteltävät tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources of data</source>
        <translation>Tietolähteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients and processors</source>
        <translation>Tietojen vastaanottajat ja käsittelijät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Tietojen siirto EU:n tai ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Säilytysaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Tietoturva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights of the data subject</source>
        <translation>Rekisteröidyn oikeudet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to object to direct marketing</source>
        <translation>Oikeus kieltää suoramarkkinointi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawing consent</source>
        <translation>Suostumuksen peruminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint to the supervisory authority</source>
        <translation>Valitusoikeus valvontaviranomaiselle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required by law or contract</source>
        <translation>Lakisääteinen tai sopimukseen perustuva vaatimus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automated decision-making and profiling</source>
        <translation>Automaattinen päätöksenteko ja profilointi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the last update</source>
        <translation>Viimeksi päivitetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own section</source>
        <translation>Oma osio</translation>
    </message>
</context>
<context>
    <name>NotifiedDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/breach_decision.py" line="+205"/>
        <source>Authority notified</source>
        <translation>Viranomaiselle ilmoitettu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People affected told</source>
        <translation>Asianosaisille ilmoitettu</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Reasons for the delay</source>
        <translation>Syyt viivästykseen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Tunnus</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/review_dialogs.py" line="+33"/>
        <source>Outcome of the review</source>
        <translation>Läpikäynnin tulos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No decisions.</source>
        <translation>Ei päätöksiä.</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../src/rekisteri/ui/review_models.py" line="+15"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation>Anonymisoitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted, bookkeeping kept</source>
        <translation>Poistettu, kirjanpitoaineisto säilytetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept by a legal hold</source>
        <translation>Säilytetty säilytysvelvoitteen vuoksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Kept</source>
        <translation>Säilytetty</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+11"/>
        <source>Already gone</source>
        <translation>Jo poistettu</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Would delete</source>
        <translation>Poistettaisiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would anonymise</source>
        <translation>Anonymisoitaisiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would delete, bookkeeping kept</source>
        <translation>Poistettaisiin, kirjanpito säilyisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would be kept by a legal hold</source>
        <translation>Säilyisi säilytysvelvoitteen vuoksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would keep</source>
        <translation>Säilytettäisiin</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Removed</source>
        <translation>Poistetaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Would be removed</source>
        <translation>Poistettaisiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would be kept</source>
        <translation>Säilytettäisiin</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/security.py" line="+26"/>
        <source>Current passphrase</source>
        <translation>Nykyinen salasana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Uusi salasana uudelleen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the passphrase safe: without it neither the register nor its backups can be opened, by you or anyone.</source>
        <translation>Säilytä salasana huolella: ilman sitä rekisteriä tai sen varmuuskopioita ei voi avata kukaan, et sinäkään.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/shared_dialogs.py" line="+101"/>
        <source>Shared register</source>
        <translation>Yhteinen rekisteri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of {user} on {server}:</source>
        <translation>Käyttäjän {user} salasana palvelimella {server}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Muista salasana tämän tietokoneen avainnipussa</translation>
    </message>
</context>
<context>
    <name>PersonHitModel</name>
    <message>
        <location filename="../src/rekisteri/ui/request_models.py" line="+190"/>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../src/rekisteri/ui/person_search.py" line="+36"/>
        <source>Find the person</source>
        <translation>Etsi henkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, e-mail, phone or company</source>
        <translation>Nimi, sähköposti, puhelin tai yritys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Hae</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Find the person, or write the name below if not found.</source>
        <translation>Etsi henkilö tai kirjoita nimi alle, jos häntä ei löydy.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n henkilö löytyi.</numerusform>
            <numerusform>%n henkilöä löytyi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one found: write the person&apos;s name below.</source>
        <translation>Ketään ei löytynyt: kirjoita henkilön nimi alle.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../src/rekisteri/ui/import_models.py" line="+5"/>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail / phone</source>
        <translation>Sähköposti / puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Erased earlier after banning marketing: never imported again.</source>
        <translation>Poistettu aiemmin markkinointikiellon jälkeen: ei tuoda enää koskaan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported</source>
        <translation>Ei tuoda</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="+21"/>
        <source>Preview: nothing has been saved yet</source>
        <translation>Esikatselu: mitään ei ole vielä tallennettu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For every row already in the register:</source>
        <translation>Jokaiselle rekisterissä jo olevalle riville:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record the marketing consent the file states. Tick only if these people really gave it; otherwise they are imported without consent.</source>
        <translation>Kirjaa tiedostossa ilmoitettu markkinointisuostumus. Valitse vain, jos henkilöt todella ovat antaneet sen; muuten heidät tuodaan ilman suostumusta.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{new} to add, {match} already in the register, {error} with errors (not imported), {supp} on the suppression list (not imported).</source>
        <translation>Lisättäviä {new}, jo rekisterissä {match}, virheellisiä {error} (ei tuoda), estolistalla {supp} (ei tuoda).</translation>
    </message>
</context>
<context>
    <name>ProcessorDetail</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/processor_detail.py" line="+44"/>
        <source>e.g. names and e-mail addresses</source>
        <extracomment>The edited provider, each time a field changes.</extracomment>
        <translation>esim. nimet ja sähköpostiosoitteet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Finland</source>
        <translation>esim. Suomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Signed on</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>e.g. the contracts binder, or the e-mail of 3.2.2024</source>
        <translation>esim. sopimuskansio tai sähköposti 3.2.2024</translation>
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
        <translation>Tarkistetaan</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Attach a copy…</source>
        <translation>Liitä kopio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a copy of the signed agreement in the register&apos;s folder</source>
        <translation>Säilytä kopio allekirjoitetusta sopimuksesta rekisterin kansiossa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>Show copy</source>
        <translation>Näytä kopio</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Data it handles:</source>
        <translation>Käsittelemät tiedot:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the data is processed:</source>
        <translation>Käsittelymaa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing agreement:</source>
        <translation>Käsittelysopimus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the agreement is kept:</source>
        <translation>Sopimuksen säilytyspaikka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy:</source>
        <translation>Kopio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link:</source>
        <translation>Linkki:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review:</source>
        <translation>Seuraava tarkistus:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No copy attached.</source>
        <translation>Kopiota ei ole liitetty.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Attach a copy of the agreement</source>
        <translation>Liitä kopio sopimuksesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.odt *.docx *.doc *.jpg *.png);;All files (*)</source>
        <translation>Asiakirjat (*.pdf *.odt *.docx *.doc *.jpg *.png);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attach a copy</source>
        <translation>Liitä kopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be copied. Is it readable, and smaller than 50 MB?</source>
        <translation>Tiedostoa ei voitu kopioida. Onko se luettavissa ja alle 50 Mt?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The copy is no longer in the register&apos;s folder.</source>
        <translation>Kopio ei ole enää rekisterin kansiossa.</translation>
    </message>
</context>
<context>
    <name>ProcessorsModel</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/processors.py" line="+50"/>
        <source>Service provider</source>
        <translation>Palveluntarjoaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it does with the data</source>
        <translation>Mitä se tekee tiedoilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside EU/EEA</source>
        <translation>EU:n/ETA:n ulkopuolella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguard for the transfer</source>
        <translation>Siirron suojatoimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Signed {date}</source>
        <translation>Allekirjoitettu {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
</context>
<context>
    <name>ProcessorsPage</name>
    <message>
        <location line="+63"/>
        <source>Service providers that handle the register&apos;s data for you, such as the accounting firm, the newsletter service or a cloud backup. The privacy notice lists them. For one outside the EU/EEA, name the safeguard (e.g. the EU standard contractual clauses). Each needs a written processing agreement (GDPR Art. 28): record below when it was signed and where it is.</source>
        <translation>Palveluntarjoajat, jotka käsittelevät rekisterin tietoja puolestasi, kuten tilitoimisto, uutiskirjepalvelu tai pilvivarmuuskopio. Tietosuojaseloste luettelee ne. Jos palvelu toimii EU:n/ETA:n ulkopuolella, nimeä suojatoimi (esim. EU:n vakiosopimuslausekkeet). Jokaisen kanssa tarvitaan kirjallinen käsittelysopimus (tietosuoja-asetuksen 28 artikla): kirjaa alle, milloin se allekirjoitettiin ja missä se on.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Processors</source>
        <translation>Käsittelijät</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="+101"/>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/rekisteri/ui/translations.py" line="+43"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation>Älä tallenna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Sulje tallentamatta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../src/rekisteri/core/record/build.py" line="+55"/>
        <source>Customers who are private persons</source>
        <translation>Asiakkaat, jotka ovat yksityishenkilöitä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sole traders, and contact persons of business and organisation customers</source>
        <translation>Yksityiset elinkeinonharjoittajat sekä yritys- ja yhteisöasiakkaiden yhteyshenkilöt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prospective customers and people who asked for marketing or a newsletter</source>
        <translation>Mahdolliset asiakkaat sekä henkilöt, jotka ovat pyytäneet markkinointia tai uutiskirjettä</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>agreement signed {date}</source>
        <translation>sopimus allekirjoitettu {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kept: {where}</source>
        <translation>säilytyspaikka: {where}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copy: {file}</source>
        <translation>kopio: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no processing agreement recorded</source>
        <translation>käsittelysopimusta ei ole kirjattu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next review {date}</source>
        <translation>seuraava tarkistus {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>data: {data}</source>
        <translation>tiedot: {data}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>location: {country}</source>
        <translation>sijainti: {country}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Authorities, only when the law requires it</source>
        <translation>Viranomaiset, vain kun laki sitä edellyttää</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+133"/>
        <source>None: the data is not transferred outside the EU or the EEA.</source>
        <translation>Ei siirretä: tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>no safeguard named</source>
        <translation>suojatoimea ei ole nimetty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}, safeguard: {safeguard}</source>
        <translation>{where}, suojatoimi: {safeguard}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register is reviewed regularly; two reviews are at most {interval} apart. Data whose period has ended is then deleted or anonymised.</source>
        <translation>Rekisteri käydään läpi säännöllisesti; kahden läpikäynnin väli on enintään {interval}. Tiedot, joiden säilytysaika on päättynyt, poistetaan tai anonymisoidaan silloin.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The register is kept on the business&apos;s PostgreSQL server. Each user logs in with a user name of their own; the server itself limits an assistant&apos;s rights (no deletion, no identity codes, no exports) and records who made each change.</source>
        <translation>Rekisteriä säilytetään yrityksen PostgreSQL-palvelimella. Jokainen käyttäjä kirjautuu omalla tunnuksellaan; palvelin itse rajaa avustajan oikeudet (ei poistoja, ei henkilötunnuksia, ei tiedostoon vientejä) ja kirjaa, kuka teki kunkin muutoksen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The protection of the server, its disks and its own backups is the responsibility of its administrator.</source>
        <translation>Palvelimen, sen levyjen ja sen omien varmuuskopioiden suojaamisesta vastaa palvelimen ylläpitäjä.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every change, export and deletion of personal data is written to an audit trail.</source>
        <translation>Jokainen henkilötietojen muutos, vienti ja poisto kirjataan lokiin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The register is kept on the controller&apos;s own computer, behind its user account&apos;s password; it is not on a shared network drive.</source>
        <translation>Rekisteri on rekisterinpitäjän omalla tietokoneella käyttäjätilin salasanan takana; se ei ole yhteisellä verkkolevyllä.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The register file and its backups are encrypted with a passphrase.</source>
        <translation>Rekisteritiedosto ja sen varmuuskopiot on salattu salasanalla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register file is not encrypted; the computer&apos;s own protection guards it and its backups.</source>
        <translation>Rekisteritiedostoa ei ole salattu; sitä ja sen varmuuskopioita suojaa tietokoneen oma suojaus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every change, export and deletion of personal data is written to an audit trail, and deleted data is overwritten in the file.</source>
        <translation>Jokainen henkilötietojen muutos, vienti ja poisto kirjataan lokiin, ja poistetut tiedot ylikirjoitetaan tiedostossa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backups are taken automatically and expire within {days} days.</source>
        <translation>Varmuuskopiot otetaan automaattisesti, ja ne vanhenevat {days} päivässä.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>None designated: the controller&apos;s core activities do not call for a data protection officer (GDPR Article 37).</source>
        <translation>Ei nimetty: rekisterinpitäjän ydintoiminta ei edellytä tietosuojavastaavaa (tietosuoja-asetuksen 37 artikla).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Record of processing activities</source>
        <translation>Seloste käsittelytoimista</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/record/labels.py" line="+8"/>
        <source>Purposes and legal basis</source>
        <translation>Käsittelyn tarkoitukset ja oikeusperuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of data subjects</source>
        <translation>Rekisteröityjen ryhmät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of personal data</source>
        <translation>Henkilötietoryhmät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients and processors</source>
        <translation>Tietojen vastaanottajat ja käsittelijät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers outside the EU/EEA and safeguards</source>
        <translation>Siirrot EU:n/ETA:n ulkopuolelle ja suojatoimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limits for erasure</source>
        <translation>Poistamisen määräajat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Further security measures</source>
        <translation>Muut suojaustoimet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GDPR Article 30(1)</source>
        <translation>Tietosuoja-asetuksen 30 artiklan 1 kohta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Tietosuojavastaava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing activities</source>
        <translation>Käsittelytoimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General description of security measures</source>
        <translation>Yleiskuvaus teknisistä ja organisatorisista suojaustoimista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated.</source>
        <translation>Ei ilmoitettu.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/record/service.py" line="+152"/>
        <source>Fill in the business name in Settings → General before publishing the record.</source>
        <translation>Täytä yrityksen nimi kohdassa Asetukset → Yleiset ennen selosteen julkaisemista.</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <location filename="../src/rekisteri/ui/record_pane.py" line="+53"/>
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
        <location line="+6"/>
        <source>Show the record as it is now, or a published version</source>
        <translation>Näytä seloste sellaisena kuin se on nyt tai julkaistu versio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;PDF…</source>
        <translation>Tallenna &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save H&amp;TML…</source>
        <translation>Tallenna H&amp;TML…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish</source>
        <translation>&amp;Julkaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep today&apos;s record as a new dated version</source>
        <translation>Tallenna tämänpäiväinen seloste uutena päivättynä versiona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versio:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The record as it will print</source>
        <translation>Seloste sellaisena kuin se tulostuu</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Current record</source>
        <translation>Nykyinen seloste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {n}, {date}</source>
        <translation>Versio {n}, {date}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A published version: it cannot be changed.</source>
        <translation>Julkaistu versio: sitä ei voi muuttaa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not published yet.</source>
        <translation>Ei vielä julkaistu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest published version: {n}, {date}.</source>
        <translation>Viimeisin julkaistu versio: {n}, {date}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: {reason}</source>
        <translation>Ei tallennettu: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Publish</source>
        <translation>Julkaise</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Keep today&apos;s record as version {n}? Published versions stay in the history, so you can show what the record said on a given day.</source>
        <translation>Tallennetaanko tämänpäiväinen seloste versioksi {n}? Julkaistut versiot säilyvät historiassa, joten voit näyttää, mitä selosteessa luki tiettynä päivänä.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published version {n} on {date}.</source>
        <translation>Versio {n} julkaistu {date}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web page (*.html)</source>
        <translation>Verkkosivu (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record</source>
        <translation>Tallenna seloste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}.</source>
        <translation>Tallennettu: {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/recovery.py" line="+51"/>
        <source>The register file is damaged</source>
        <translation>Rekisteritiedosto on vioittunut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rekisteri cannot open the register file safely: it is damaged or is not a register at all.

{path}

The damaged file will be kept aside, renamed with today&apos;s date, and never overwritten.</source>
        <translation>Rekisteri ei voi avata rekisteritiedostoa turvallisesti: se on vioittunut tai se ei ole rekisteri lainkaan.

{path}

Vioittunut tiedosto säilytetään erillään tämän päivän päiväyksellä nimettynä, eikä sen päälle koskaan kirjoiteta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase of the encrypted backups</source>
        <translation>Salattujen varmuuskopioiden salasana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this backup</source>
        <translation>Palauta tämä varmuuskopio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No backup could be read without the passphrase. Enter it and press Enter.</source>
        <translation>Yhtäkään varmuuskopiota ei voitu lukea ilman salasanaa. Kirjoita se ja paina Enter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No usable backup was found in {folder}.</source>
        <translation>Kansiosta {folder} ei löytynyt käyttökelpoista varmuuskopiota.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Newest good backup: {when} ({reason}), {customers} customers and {contacts} contact persons. Changes made after it are not in it.</source>
        <translation>Uusin ehjä varmuuskopio: {when} ({reason}), {customers} asiakasta ja {contacts} yhteyshenkilöä. Sen jälkeen tehdyt muutokset eivät ole siinä.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The backup could not be restored because of an unexpected fault ({kind}). The damaged file was left where it was.</source>
        <translation>Varmuuskopiota ei voitu palauttaa odottamattoman vian ({kind}) vuoksi. Vioittunut tiedosto jätettiin paikalleen.</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../src/rekisteri/ui/export_dialog.py" line="+219"/>
        <source>Export the whole register</source>
        <translation>Vie koko rekisteri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register-{date}.json</source>
        <translation>rekisteri-{date}.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json);;Zip of CSV tables (*.zip)</source>
        <translation>JSON (*.json);;CSV-taulukot zip-pakettina (*.zip)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register was not exported: {reason}</source>
        <translation>Rekisteriä ei viety: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Register exported</source>
        <translation>Rekisteri viety</translation>
    </message>
</context>
<context>
    <name>RegisterPane</name>
    <message>
        <location filename="../src/rekisteri/ui/register_pane.py" line="+179"/>
        <source>Grey row: customer relationship ended</source>
        <translation>Harmaa rivi: asiakassuhde päättynyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red date: due for deletion</source>
        <translation>Punainen päivä: poistettava</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic name: processing restricted</source>
        <translation>Kursivoitu nimi: käsittelyä rajoitettu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{loaded} loaded, scroll for more</source>
        <translation>{loaded} ladattu, vieritä nähdäksesi lisää</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Mark marketing ban…</source>
        <translation>Merkitse markkinointikielto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../src/rekisteri/core/reminders/service.py" line="+81"/>
        <source>Choose a language.</source>
        <extracomment>The type of the last automatic rewrite&apos;s failure, &quot;&quot; after a good one.</extracomment>
        <translation>Valitse kieli.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rekisteri reminders</source>
        <translation>Rekisterin muistutukset</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/reminders/sources.py" line="+57"/>
        <source>The last review was held on {date}.</source>
        <extracomment>Alarms of a date-only reminder, as time before the start of its day (00:00): 6 days 15 hours before is 9 o&apos;clock a week ahead, 15 hours before is 9 o&apos;clock the day before, so the owner is reminded in working hours rather than at midnight.</extracomment>
        <translation>Edellinen läpikäynti tehtiin {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No review has been held yet.</source>
        <translation>Läpikäyntiä ei ole vielä tehty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scheduled review of the register: go through the records whose retention period has ended and delete or anonymise them. Rekisteri lists them under Review and writes the minutes.</source>
        <translation>Rekisterin määräaikainen läpikäynti: käy läpi tiedot, joiden säilytysaika on päättynyt, ja poista tai anonymisoi ne. Rekisteri näyttää ne Läpikäynti-näkymässä ja laatii pöytäkirjan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention review due</source>
        <translation>Säilytysaikojen läpikäynti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answer data-subject request no. {number}</source>
        <translation>Vastaa rekisteröidyn pyyntöön nro {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request no. {number} ({kind}), received on {received}, must be answered by {due} at the latest (GDPR Art. 12(3)). The details are in Rekisteri under Requests.</source>
        <translation>Pyyntöön nro {number} ({kind}), joka saapui {received}, on vastattava viimeistään {due} (tietosuoja-asetuksen 12 artiklan 3 kohta). Tiedot löytyvät Rekisterin Pyynnöt-näkymästä.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The deadline has been extended by two months.</source>
        <translation>Määräaikaa on jatkettu kahdella kuukaudella.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>72-hour deadline of personal-data breach no. {number}</source>
        <extracomment>A breach&apos;s deadline is to the hour: the calendar rings a day and two hours before it.</extracomment>
        <translation>Tietoturvaloukkauksen nro {number} 72 tunnin määräaika</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breach no. {number} must be assessed and, unless a risk to people&apos;s rights is unlikely, notified to the Office of the Data Protection Ombudsman without undue delay and within 72 hours of becoming aware of it (GDPR Art. 33). The details are in Rekisteri under Breaches.</source>
        <translation>Tietoturvaloukkaus nro {number} on arvioitava, ja siitä on ilmoitettava tietosuojavaltuutetun toimistolle ilman aiheetonta viivytystä ja 72 tunnin kuluessa siitä, kun se tuli tietoon, paitsi jos riski henkilöiden oikeuksille on epätodennäköinen (tietosuoja-asetuksen 33 artikla). Tiedot ovat Rekisterissä kohdassa Tietoturvaloukkaukset.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/reminders.py" line="+42"/>
        <source>Rekisteri can keep a calendar file (.ics) with the date of the next retention review and the due date of every open data-subject request, so that your calendar reminds you a week and a day before, even when Rekisteri is closed. The file is updated whenever one of these dates changes. It names requests by their number only, never the person.</source>
        <translation>Rekisteri voi pitää kalenteritiedostoa (.ics), jossa on seuraavan säilytysaikojen läpikäynnin päivä ja jokaisen avoimen rekisteröidyn pyynnön määräpäivä. Kalenterisi muistuttaa niistä viikkoa ja päivää ennen, vaikka Rekisteri olisi kiinni. Tiedosto päivittyy aina, kun jokin näistä päivistä muuttuu. Pyynnöt mainitaan siinä vain numerolla, ei koskaan henkilön nimellä.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+166"/>
        <location line="+9"/>
        <source>Calendar file</source>
        <translation>Kalenteritiedosto</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the reminders:</source>
        <translation>Muistutusten kieli:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where the calendar file is kept</source>
        <translation>Valitse, mihin kalenteritiedosto tallennetaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update now</source>
        <translation>Päivitä nyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the calendar file again now</source>
        <translation>Kirjoita kalenteritiedosto uudelleen nyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop updating</source>
        <translation>Lopeta päivittäminen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop keeping the calendar file (the file already written stays)</source>
        <translation>Lopeta kalenteritiedoston ylläpito (jo kirjoitettu tiedosto jää paikalleen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding the reminders to your calendar</source>
        <translation>Muistutukset omaan kalenteriin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Import&lt;/b&gt; the file when it lives only on this computer: your calendar then holds the dates of that day. Import it again after changes; the events are updated, not doubled.</source>
        <translation>&lt;b&gt;Tuo&lt;/b&gt; tiedosto kalenteriin, jos se on vain tällä tietokoneella: kalenterissa ovat silloin tuontipäivän tiedot. Tuo se uudelleen muutosten jälkeen; tapahtumat päivittyvät eivätkä monistu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Subscribe&lt;/b&gt; when the file is in a folder that OneDrive, Dropbox, iCloud Drive or Google Drive keeps in sync: share the file and give your calendar the link that downloads the file itself. The calendar then follows every change on its own, within some hours.</source>
        <translation>&lt;b&gt;Tilaa&lt;/b&gt; tiedosto, jos se on kansiossa, jonka OneDrive, Dropbox, iCloud Drive tai Google Drive synkronoi: jaa tiedosto ja anna kalenterille linkki, josta tiedosto itse latautuu. Kalenteri seuraa silloin muutoksia itse, muutaman tunnin viiveellä.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Outlook:&lt;/b&gt; File › Open &amp;amp; Export › Import/Export › Import an iCalendar (.ics) or vCalendar file. In Outlook on the web and the new Outlook: Add calendar › Upload from file, or Subscribe from web for a link.</source>
        <translation>&lt;b&gt;Outlook:&lt;/b&gt; Tiedosto › Avaa ja vie › Tuo tai vie › Tuo iCalendar (.ics)- tai vCalendar-tiedosto. Outlookin verkkoversiossa ja uudessa Outlookissa: Lisää kalenteri › Lataa tiedostosta, tai linkille Tilaa verkosta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Google Calendar&lt;/b&gt; (calendar.google.com): Settings › Import &amp;amp; export › Import, or Other calendars › + › From URL for a link. Google does not use the file&apos;s alarms for a subscribed calendar: set that calendar&apos;s notifications in Google Calendar.</source>
        <translation>&lt;b&gt;Google Kalenteri&lt;/b&gt; (calendar.google.com): Asetukset › Tuonti ja vienti › Tuo, tai linkille Muut kalenterit › + › URL-osoitteesta. Google ei käytä tilatun kalenterin tiedoston hälytyksiä: aseta kalenterin ilmoitukset Google Kalenterin asetuksista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Apple Calendar:&lt;/b&gt; File › Import…, or File › New Calendar Subscription… for a link.</source>
        <translation>&lt;b&gt;Applen Kalenteri:&lt;/b&gt; Arkisto › Tuo…, tai linkille Arkisto › Uusi kalenteritilaus…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No calendar file is kept.</source>
        <translation>Kalenteritiedosto ei ole käytössä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file to start the reminders.</source>
        <translation>Valitse tiedosto, niin muistutukset alkavat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last update of the calendar file failed. Check that its folder is still there, then press Update now.</source>
        <translation>Kalenteritiedoston edellinen päivitys epäonnistui. Tarkista, että sen kansio on yhä olemassa, ja paina sitten Päivitä nyt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is updated whenever a date in it changes.</source>
        <translation>Tiedosto päivittyy aina, kun jokin sen päivistä muuttuu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rekisteri-reminders</source>
        <translation>rekisteri-muistutukset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the calendar file in</source>
        <translation>Kalenteritiedoston paikka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-tiedostot (*.ics)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reminders written to the calendar file: {count}.</source>
        <translation>Muistutuksia kirjoitettiin kalenteritiedostoon: {count}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The calendar file could not be written there ({kind}). Choose a folder you can save files in.</source>
        <translation>Kalenteritiedostoa ei voitu kirjoittaa sinne ({kind}). Valitse kansio, johon voit tallentaa tiedostoja.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../src/rekisteri/ui/request_models.py" line="-155"/>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n päivä myöhässä</numerusform>
            <numerusform>%n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Erääntyy tänään</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due this week: %n day(s) left</source>
        <translation>
            <numerusform>Erääntyy tällä viikolla, %n päivä jäljellä</numerusform>
            <numerusform>Erääntyy tällä viikolla, %n päivää jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left: %n</source>
        <translation>Päiviä jäljellä: %n</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aim for %1 (one calendar month). The legal due date moves to the next working day, %2, because %1 is a weekend day or a public holiday.</source>
        <translation>Tavoite %1 (yksi kalenterikuukausi). Lakisääteinen määräpäivä siirtyy seuraavaan arkipäivään, %2, koska %1 on lauantai, sunnuntai tai pyhä- tai aattopäivä.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extended: %1</source>
        <translation>Pidennetty: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Time left to answer within the legal month. Empty once the request is answered or refused.</source>
        <translation>Aikaa vastata lain mukaisen kuukauden kuluessa. Tyhjä, kun pyyntöön on vastattu tai se on hylätty.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(anonymised)</source>
        <translation>(anonymisoitu)</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../src/rekisteri/core/requests/service.py" line="+451"/>
        <source>Choose a request type.</source>
        <translation>Valitse pyynnön laji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose how the request arrived.</source>
        <translation>Valitse, miten pyyntö saapui.</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+54"/>
        <location line="+156"/>
        <source>The date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the person from the register or give a name.</source>
        <translation>Valitse henkilö rekisteristä tai anna nimi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a language.</source>
        <translation>Valitse kieli.</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Only an open request can be extended, once.</source>
        <extracomment>Years a closed request is kept after its answer, to show the answer was given: the general limitation period for claims (Vanhentumislaki 728/2003, 4 §) is three years.</extracomment>
        <translation>Vain avoimen pyynnön määräaikaa voi pidentää, ja vain kerran.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the reason for the extension.</source>
        <translation>Kerro määräajan pidentämisen syy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The person must be told of the extension within the first month ({first} – {due}).</source>
        <translation>Henkilölle on ilmoitettava pidennyksestä ensimmäisen kuukauden aikana ({first}–{due}).</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/requests/actions.py" line="+58"/>
        <location filename="../src/rekisteri/core/requests/service.py" line="+34"/>
        <source>The request is already closed.</source>
        <extracomment>Where a ban or withdrawal came from, as the consent ledger names it.</extracomment>
        <translation>Pyyntö on jo suljettu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link the request to the person in the register first.</source>
        <translation>Yhdistä pyyntö ensin rekisterissä olevaan henkilöön.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No consent is in force; choose the channels to withdraw.</source>
        <translation>Voimassa olevaa suostumusta ei ole; valitse kanavat, joilta suostumus perutaan.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/requests/service.py" line="+4"/>
        <source>Choose done or refused.</source>
        <translation>Valitse valmis tai hylätty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write down the answer given (for a refusal, its reasons).</source>
        <translation>Kirjaa annettu vastaus (hylkäyksessä sen perustelut).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer cannot predate the request.</source>
        <translation>Vastaus ei voi olla päivätty ennen pyyntöä.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/requests/letters.py" line="+89"/>
        <source>This letter does not fit the request yet.</source>
        <translation>Tämä kirje ei vielä sovi pyyntöön.</translation>
    </message>
</context>
<context>
    <name>RequestsBanner</name>
    <message>
        <location filename="../src/rekisteri/ui/requests_pane.py" line="-17"/>
        <source>%n overdue</source>
        <translation>myöhässä %n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n due this week</source>
        <translation>erääntyy tällä viikolla %n</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show requests</source>
        <translation>Näytä pyynnöt</translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message>
        <location line="+38"/>
        <source>Log a request…</source>
        <extracomment>The register itself changed (a ban, a restriction, an erasure): the window&apos;s counts.</extracomment>
        <translation>Kirjaa pyyntö…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show answered requests too</source>
        <translation>Näytä myös vastatut pyynnöt</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+135"/>
        <source>Open the record</source>
        <translation>Avaa tiedot</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Find in the register…</source>
        <translation>Etsi rekisteristä…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make access pack…</source>
        <translation>Kokoa tietopaketti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrict processing…</source>
        <translation>Rajoita käsittelyä…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop all marketing</source>
        <translation>Lopeta kaikki markkinointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw consent</source>
        <translation>Peru suostumus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Poista tiedot…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend…</source>
        <translation>Pidennä…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done…</source>
        <translation>Merkitse valmiiksi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse…</source>
        <translation>Hylkää…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open: %1 · overdue: %2 · due this week: %3</source>
        <translation>Avoinna: %1 · myöhässä: %2 · erääntyy tällä viikolla: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a request from the list.</source>
        <translation>Valitse pyyntö luettelosta.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Received %1 by %2; due %3.</source>
        <translation>Vastaanotettu %1, saapumistapa %2; määräaika %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aim for %1: the month ends then, but on a weekend day or a public holiday, so the legal due date moves to the next working day, %2.</source>
        <translation>Tavoite %1: kuukausi päättyy silloin, mutta se on lauantai, sunnuntai tai pyhä- tai aattopäivä, joten lakisääteinen määräpäivä siirtyy seuraavaan arkipäivään, %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identity: %1</source>
        <translation>Henkilöllisyys: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked: %1</source>
        <translation>Pyydetty: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extended (told %1): %2</source>
        <translation>Pidennetty (ilmoitettu %1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not linked to anyone in the register.</source>
        <translation>Ei yhdistetty keneenkään rekisterissä.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct in the register</source>
        <translation>Korjaa rekisterissä</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Confirmation of receipt</source>
        <translation>Vastaanottokuittaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of extension</source>
        <translation>Ilmoitus määräajan pidentämisestä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the folder for the access pack</source>
        <translation>Valitse kansio tietopaketille</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark the request answered now?</source>
        <translation>Merkitäänkö pyyntö nyt vastatuksi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Access pack saved</source>
        <translation>Tietopaketti tallennettu</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Saved %1 files (PDF, JSON, CSV) in %2. Send them to the person securely.</source>
        <translation>Tallennettu %1 tiedostoa (PDF, JSON, CSV) kansioon %2. Lähetä ne henkilölle turvallisesti.</translation>
    </message>
    <message numerus="yes">
        <location line="-279"/>
        <source>%n open data-subject request(s)</source>
        <translation>
            <numerusform>%n avoin rekisteröidyn pyyntö</numerusform>
            <numerusform>%n avointa rekisteröidyn pyyntöä</numerusform>
        </translation>
    </message>
    <message>
        <location line="+297"/>
        <source>Save the letter</source>
        <translation>Tallenna kirje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restrict processing</source>
        <translation>Rajoita käsittelyä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a ban on all marketing for this person? An objection is absolute.</source>
        <translation>Kirjataanko henkilölle kielto kaikkeen markkinointiin? Vastustamisoikeus on ehdoton.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record the withdrawal of every consent in force for this person?</source>
        <translation>Kirjataanko kaikkien henkilön voimassa olevien suostumusten peruminen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erasing: %1.</source>
        <translation>Poistetaan: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept by law: %1.</source>
        <translation>Säilytetään lain nojalla: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone. Erase now?</source>
        <translation>Tätä ei voi perua. Poistetaanko nyt?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Confirm</source>
        <translation>Vahvista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be written. Check the folder and try again.</source>
        <translation>Tiedostoa ei voitu kirjoittaa. Tarkista kansio ja yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not complete</source>
        <translation>Toimintoa ei voitu suorittaa</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../src/rekisteri/ui/import_wizard.py" line="+43"/>
        <location line="+10"/>
        <source>Import finished</source>
        <translation>Tuonti valmis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{customers} customers and {contacts} contacts added, {updated} contacts updated, {skipped} rows left out. {consents} consents and {bans} marketing bans recorded from the file.</source>
        <translation>Lisätty asiakkaita {customers} ja yhteyshenkilöitä {contacts}, päivitetty yhteyshenkilöitä {updated}, jätetty pois rivejä {skipped}. Tiedostosta kirjattu suostumuksia {consents} ja markkinointikieltoja {bans}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported</source>
        <translation>Mitään ei tuotu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import failed and nothing was saved: {reason}</source>
        <translation>Tuonti epäonnistui eikä mitään tallennettu: {reason}</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../src/rekisteri/core/retention/due.py" line="+60"/>
        <source>customer since</source>
        <translation>asiakkaana alkaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to the register</source>
        <translation>lisätty rekisteriin</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{start} {on} + {period} = {due}</source>
        <translation>{start} {on} + {period} = {due}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/erase.py" line="+74"/>
        <source>nothing is removed</source>
        <translation>mitään ei poisteta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contact&apos;s name, addresses and numbers are removed</source>
        <translation>yhteyshenkilön nimi, osoitteet ja numerot poistetaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the contact is removed</source>
        <translation>yhteyshenkilö poistetaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{contacts}, {interactions} and the notes are removed</source>
        <translation>{contacts}, {interactions} ja muistiinpanot poistetaan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the customer, {contacts} and {interactions} are removed; statistics are kept</source>
        <translation>asiakas, {contacts} ja {interactions} poistetaan; tilastot säilytetään</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the customer, {contacts} and {interactions} are removed</source>
        <translation>asiakas, {contacts} ja {interactions} poistetaan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{invoices} and the customer&apos;s identifying data are {hold}</source>
        <translation>{invoices} ja asiakkaan tunnistetiedot: {hold}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>kept until {until}: {reason}</source>
        <translation>säilytetään {until} asti: {reason}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/holds.py" line="+36"/>
        <source>bookkeeping</source>
        <translation>kirjanpito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute</source>
        <translation>riita-asia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in review</source>
        <translation>säilytetty läpikäynnissä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal duty</source>
        <translation>lakisääteinen velvoite</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>kept until {until}: {what}</source>
        <translation>säilytetään {until} asti: {what}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>invoices</source>
        <translation>laskut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice {ref}</source>
        <translation>lasku {ref}</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/review.py" line="+336"/>
        <source>Unknown record kind.</source>
        <translation>Tuntematon tietuelaji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a decision.</source>
        <translation>Valitse päätös.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Old interactions are deleted or anonymised; leave them undecided to keep them for now.</source>
        <translation>Vanhat yhteydenotot poistetaan tai anonymisoidaan; jätä ne päättämättä, jos haluat vielä säilyttää ne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keeping needs a reason and a new date.</source>
        <translation>Säilyttämiselle tarvitaan syy ja uusi päivämäärä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new date must be in the future.</source>
        <translation>Uuden päivämäärän on oltava tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/rules.py" line="+38"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects and marketing-only records</source>
        <translation>Mahdolliset asiakkaat ja pelkät markkinointitiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Yhteydenotot</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>last contact</source>
        <translation>viimeisin yhteydenotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the customer relationship</source>
        <translation>asiakassuhteen päättyminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent withdrawn or ban set</source>
        <translation>suostumus peruttu tai kielto asetettu</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Invoices and other vouchers (bookkeeping)</source>
        <translation>Laskut ja muut tositteet (kirjanpito)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>end of the last invoice&apos;s financial year (for vouchers, the end of that calendar year)</source>
        <translation>viimeisen laskun tilikauden päättyminen (tositteilla sen kalenterivuoden loppu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the interaction&apos;s date</source>
        <translation>yhteydenoton päivämäärä</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise</source>
        <translation>Anonymisoi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{start} + {period}</source>
        <translation>{start} + {period}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} years</source>
        <translation>{n} vuotta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 year</source>
        <translation>1 vuosi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} months</source>
        <translation>{n} kuukautta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 month</source>
        <translation>1 kuukausi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} days</source>
        <translation>{n} päivää</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 päivä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 days</source>
        <translation>0 päivää</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Customer relationship</source>
        <translation>Asiakassuhde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prospect or marketing-only record</source>
        <translation>Mahdollinen asiakas tai pelkkä markkinointitieto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marketing consent withdrawn</source>
        <translation>Markkinointisuostumus peruttu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookkeeping</source>
        <translation>Kirjanpito</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Give the rule a name.</source>
        <translation>Anna säännölle nimi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what the rule applies to.</source>
        <translation>Valitse, mihin sääntöä sovelletaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the event the period counts from.</source>
        <translation>Valitse tapahtuma, josta säilytysaika lasketaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an action.</source>
        <translation>Valitse toimenpide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period must be between 0 and 100 years.</source>
        <translation>Ajan on oltava 0–100 vuotta.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/service.py" line="+102"/>
        <source>Review at least every five years (1 to 60 months).</source>
        <translation>Tarkasta vähintään viiden vuoden välein (1–60 kuukautta).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep backups 1 to 365 days.</source>
        <translation>Säilytä varmuuskopioita 1–365 päivää.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose 6 or 10 years.</source>
        <translation>Valitse 6 tai 10 vuotta.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose a kind.</source>
        <translation>Valitse laji.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the reason for the hold.</source>
        <translation>Kerro säilyttämisen syy.</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Choose 1 to 10 years.</source>
        <translation>Valitse 1–10 vuotta.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/counts.py" line="+21"/>
        <source>{n} contact person</source>
        <translation>{n} yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} contact persons</source>
        <translation>{n} yhteyshenkilöä</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} interaction</source>
        <translation>{n} yhteydenotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} interactions</source>
        <translation>{n} yhteydenottoa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} other interaction</source>
        <translation>{n} muu yhteydenotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} other interactions</source>
        <translation>{n} muuta yhteydenottoa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} invoice</source>
        <translation>{n} lasku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} invoices</source>
        <translation>{n} laskua</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the notes of {n} interaction are removed</source>
        <translation>{n} yhteydenoton muistiinpanot poistetaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the notes of {n} interactions are removed</source>
        <translation>{n} yhteydenoton muistiinpanot poistetaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} interaction is removed</source>
        <translation>{n} yhteydenotto poistetaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} interactions are removed</source>
        <translation>{n} yhteydenottoa poistetaan</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/retention/interactions.py" line="+46"/>
        <source>{n} interaction past {period} (from {oldest})</source>
        <translation>{n} yhteydenotto yli {period} vanha ({oldest})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} interactions past {period} (the oldest from {oldest})</source>
        <translation>{n} yhteydenottoa yli {period} vanhoja (vanhin {oldest})</translation>
    </message>
</context>
<context>
    <name>RetentionSettingsPage</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/retention.py" line="+43"/>
        <source>Retention rules</source>
        <translation>Säilytyssäännöt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long each kind of record is kept, and what happens when the time is up. The earliest rule that applies sets a record&apos;s date; a legal hold (such as bookkeeping) can only make it later.</source>
        <translation>Kuinka kauan kutakin tietoa säilytetään ja mitä sille tehdään ajan päätyttyä. Aikaisin soveltuva sääntö määrää tietueen päivämäärän; säilytysvelvoite (kuten kirjanpito) voi vain siirtää sitä myöhemmäksi.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add rule…</source>
        <translation>Lisää sääntö…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review and backups</source>
        <translation>Läpikäynti ja varmuuskopiot</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source> months</source>
        <translation> kk</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Review at least every five years (60 months).</source>
        <translation>Tarkasta vähintään viiden vuoden (60 kuukauden) välein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review every</source>
        <translation>Läpikäyntiväli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 years: invoices and other vouchers (the law)</source>
        <translation>6 vuotta: laskut ja muut tositteet (laki)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 years: also the books and financial statements are kept here</source>
        <translation>10 vuotta: myös kirjanpito ja tilinpäätökset säilytetään täällä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kirjanpitolaki 2:10 §: vouchers are kept 6 years and the books and financial statements 10 years, both from the end of the calendar year in which the financial year ended. A customer register holds invoices at most.</source>
        <translation>Kirjanpitolaki 2:10 §: tositteet säilytetään 6 vuotta ja kirjanpito ja tilinpäätös 10 vuotta tilikauden päättymisvuoden lopusta. Asiakasrekisterissä on enintään laskuja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bookkeeping period</source>
        <translation>Kirjanpidon säilytysaika</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>917/2014 § 200(2): a customer who gave their address in a purchase may get e-mail about your own similar products unless they refuse. This is how long that lasts after the customer relationship ended; the privacy notice states it.</source>
        <translation>917/2014 200 § 2 mom.: asiakas, joka antoi osoitteensa ostoksen yhteydessä, voi saada sähköpostia omista vastaavista tuotteistasi, ellei hän kiellä. Tämä on oikeuden kesto asiakassuhteen päättymisestä; tietosuojaseloste kertoo sen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soft opt-in lasts after a customer leaves</source>
        <translation>Asiakkuuteen perustuva oikeus kestää asiakkuuden päätyttyä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> years</source>
        <translation> vuotta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When someone who refused marketing is erased, a check value of their address stops an import from adding them again. It is kept this long; the privacy notice states it.</source>
        <translation>Kun markkinoinnin kieltäneen henkilön tiedot poistetaan, hänen osoitteestaan muodostettu tarkiste estää tuontia lisäämästä häntä uudelleen. Tarkistetta säilytetään näin kauan; tietosuojaseloste kertoo sen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the do-not-contact list for</source>
        <translation>Kieltolistaa säilytetään</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Financial year ends (day.month)</source>
        <translation>Tilikausi päättyy (päivä.kuukausi)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Retention</source>
        <translation>Säilytys</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete rule</source>
        <translation>Poista sääntö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the rule “{name}”? Due dates are recomputed.</source>
        <translation>Poistetaanko sääntö ”{name}”? Säilytysajat lasketaan uudelleen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That day does not exist in that month.</source>
        <translation>Kuukaudessa ei ole sellaista päivää.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../src/rekisteri/ui/review_models.py" line="-186"/>
        <source>Undecided</source>
        <translation>Ei päätetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise</source>
        <translation>Anonymisoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Säilytysaika päättyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal hold</source>
        <translation>Säilytysvelvoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The rule suggests: {what}</source>
        <translation>Sääntö ehdottaa: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule: {rule}</source>
        <translation>Sääntö: {rule}</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/review_pane.py" line="+62"/>
        <source>%n record(s) are past their retention date. Review them and delete, anonymise or keep each one.</source>
        <translation>
            <numerusform>%n tietueen säilytysaika on päättynyt. Käy se läpi ja poista, anonymisoi tai säilytä se.</numerusform>
            <numerusform>%n tietueen säilytysaika on päättynyt. Käy ne läpi ja poista, anonymisoi tai säilytä kukin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The retention review is due (it was due on {date}).</source>
        <translation>Säilytysaikojen läpikäynti on ajankohtainen (se erääntyi {date}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the review</source>
        <translation>Avaa läpikäynti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next review: {date}</source>
        <translation>Seuraava läpikäynti: {date}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Selected rows:</source>
        <translation>Valitut rivit:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dry run</source>
        <translation>Koeajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show exactly what would happen; nothing changes</source>
        <translation>Näytä tarkalleen, mitä tapahtuisi; mitään ei muuteta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Execute review…</source>
        <translation>Toteuta läpikäynti…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Past reviews</source>
        <translation>Aiemmat läpikäynnit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save minutes as PDF…</source>
        <translation>Tallenna pöytäkirja PDF:nä…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last review {date}.</source>
        <translation>Edellinen läpikäynti {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review by {date}.</source>
        <translation>Seuraava läpikäynti viimeistään {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records past their retention date: {n}.</source>
        <translation>Säilytysajan ylittäneitä tietueita: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup holding erased data is deleted on {date}.</source>
        <translation>Poistetut tiedot sisältävä varmuuskopio poistetaan {date}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Dry run: what would happen</source>
        <translation>Koeajo: mitä tapahtuisi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undecided records: {n}. They stay in the register for the next review.</source>
        <translation>Päättämättömiä tietueita: {n}. Ne jäävät rekisteriin seuraavaan läpikäyntiin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Execute review</source>
        <translation>Toteuta läpikäynti</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Execute the review now? {counts}.

A backup is taken first. Deleted data cannot be brought back from the register afterwards.</source>
        <translation>Toteutetaanko tarkastus nyt? {counts}.

Ensin otetaan varmuuskopio. Poistettuja tietoja ei voi jälkikäteen palauttaa rekisteriin.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Delete all selected</source>
        <translation>Poista kaikki valitut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise all selected</source>
        <translation>Anonymisoi kaikki valitut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep all selected…</source>
        <translation>Säilytä kaikki valitut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave undecided</source>
        <translation>Jätä päättämättä</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Execute</source>
        <translation>Toteuta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save review minutes</source>
        <translation>Tallenna läpikäynnin pöytäkirja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Executing the review…</source>
        <translation>Läpikäyntiä toteutetaan…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>review-minutes-{date}.pdf</source>
        <translation>lapikaynnin-poytakirja-{date}.pdf</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review</source>
        <translation>Läpikäynti</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/breach_decision.py" line="-172"/>
        <source>Assess the risk</source>
        <translation>Arvioi riski</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Reasons</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>I have assessed the breach and confirm the decision</source>
        <translation>Olen arvioinut loukkauksen ja vahvistan päätöksen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided by</source>
        <translation>Päättäjä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record the decision</source>
        <translation>Kirjaa päätös</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The data cannot be read by others (strong encryption, the key safe).</source>
        <translation>Muut eivät pysty lukemaan tietoja (vahva salaus, avain tallessa).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data is back, or it is certain that no one saw or used it.</source>
        <translation>Tiedot on saatu takaisin, tai on varmaa, ettei kukaan nähnyt tai käyttänyt niitä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone could suffer from it: fraud, identity theft, money lost, reputation, distress.</source>
        <translation>Joku voi kärsiä siitä: huijaus, identiteettivarkaus, rahanmenetys, maineen menetys, mielipaha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It includes health or other special data, identity codes, bank details or passwords.</source>
        <translation>Mukana on terveystietoja tai muita erityisiä tietoja, henkilötunnuksia, pankkitietoja tai salasanoja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Many people are affected, or children or people in a weak position.</source>
        <translation>Loukkaus koskee monia ihmisiä tai lapsia tai heikommassa asemassa olevia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer what is true (leave the rest unticked)</source>
        <translation>Rastita paikkansapitävät (jätä muut tyhjiksi)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Suggested: %1</source>
        <translation>Ehdotus: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody is notified. The breach and the reasons stay in the log (GDPR Art. 33(5)); the reasons are required.</source>
        <translation>Kenellekään ei ilmoiteta. Loukkaus ja perustelut jäävät lokiin (tietosuoja-asetuksen 33 artiklan 5 kohta); perustelut ovat pakollisia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notify the Office of the Data Protection Ombudsman without undue delay, at the latest 72 hours after becoming aware.</source>
        <translation>Ilmoita tietosuojavaltuutetun toimistolle ilman aiheetonta viivytystä, viimeistään 72 tunnin kuluttua siitä, kun loukkaus tuli tietoosi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notify the Office of the Data Protection Ombudsman without undue delay, at the latest 72 hours after becoming aware, and tell the people affected without undue delay (a letter to each).</source>
        <translation>Ilmoita tietosuojavaltuutetun toimistolle ilman aiheetonta viivytystä, viimeistään 72 tunnin kuluttua siitä, kun loukkaus tuli tietoosi, ja kerro loukkauksesta rekisteröidyille ilman aiheetonta viivytystä (kirje kullekin).</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../src/rekisteri/ui/role_gate.py" line="+49"/>
        <source>Only the register&apos;s owner can do this; you are signed in as an assistant.</source>
        <translation>Vain rekisterin omistaja voi tehdä tämän; olet kirjautunut avustajana.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>assistant</source>
        <translation>avustaja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner</source>
        <translation>omistaja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{login} ({role}) on {server}</source>
        <translation>{login} ({role}) palvelimella {server}</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/retention_rules.py" line="+82"/>
        <source>Retention rule</source>
        <translation>Säilytyssääntö</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applies to</source>
        <translation>Koskee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only</source>
        <translation>Vain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted from</source>
        <translation>Lasketaan alkaen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> years</source>
        <translation> vuotta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> kuukautta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Säilytysaika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When due</source>
        <translation>Kun aika päättyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(all)</source>
        <translation>(kaikki)</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location line="-106"/>
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>Koskee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for</source>
        <translation>Säilytysaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then</source>
        <translation>Sen jälkeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../src/rekisteri/ui/settings/security.py" line="+50"/>
        <source>Where the data is</source>
        <translation>Missä tiedot ovat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register file</source>
        <translation>Rekisteritiedosto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Encryption</source>
        <translation>Salaus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypt with a passphrase…</source>
        <translation>Salaa salasanalla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the passphrase…</source>
        <translation>Vaihda salasana…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the encryption…</source>
        <translation>Poista salaus…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic lock</source>
        <translation>Automaattinen lukitus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Ei koskaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after this long without use</source>
        <translation>Lukitse, kun ohjelmaa ei ole käytetty näin pitkään</translation>
    </message>
    <message>
        <location line="+39"/>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep at least the newest</source>
        <translation>Säilytä ainakin uusimmat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and every backup from the last</source>
        <translation>ja jokainen varmuuskopio viimeisiltä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups older than that are removed even if they are among the newest: the privacy notice promises that erased data leaves the backups within this time.</source>
        <translation>Tätä vanhemmat varmuuskopiot poistetaan, vaikka ne olisivat uusimpien joukossa: tietosuojaseloste lupaa, että poistetut tiedot häviävät varmuuskopioista tämän ajan kuluessa.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Back up now</source>
        <translation>Varmuuskopioi nyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the selected backup…</source>
        <translation>Palauta valittu varmuuskopio…</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+79"/>
        <location line="+9"/>
        <source>Security</source>
        <translation>Tietoturva</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Shared register</source>
        <translation>Yhteinen rekisteri</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server keeps the shared register: how its disks are encrypted and who may reach it is for the server&apos;s administrator. The backups below are snapshots kept on this computer; restore one with the command rekisteri restore into an empty database.</source>
        <translation>Yhteistä rekisteriä säilyttää palvelin: sen levyjen salauksesta ja siitä, kuka siihen pääsee, vastaa palvelimen ylläpitäjä. Alla olevat varmuuskopiot ovat tälle tietokoneelle tallennettuja tilannevedoksia; palauta sellainen tyhjään tietokantaan komennolla rekisteri restore.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encryption is not available on this computer: the sqlcipher3 package is not installed. The register file is not encrypted.</source>
        <translation>Salaus ei ole käytettävissä tällä tietokoneella: sqlcipher3-pakettia ei ole asennettu. Rekisteritiedostoa ei ole salattu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register and its backups are encrypted. Without the passphrase the file is unreadable, also on a lost or stolen laptop.</source>
        <translation>Rekisteri ja sen varmuuskopiot on salattu. Ilman salasanaa tiedostoa ei voi lukea, ei myöskään kadonneelta tai varastetulta kannettavalta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register is not encrypted: anyone who gets the file can read it. Encrypting it is recommended on a laptop.</source>
        <translation>Rekisteriä ei ole salattu: kuka tahansa tiedoston saava voi lukea sen. Salaamista suositellaan kannettavalla tietokoneella.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Working on the register file…</source>
        <translation>Rekisteritiedostoa käsitellään…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n backup(s) did not open with the old passphrase and were left as they were.</source>
        <translation>
            <numerusform>%n varmuuskopio ei auennut vanhalla salasanalla, joten se jätettiin ennalleen.</numerusform>
            <numerusform>%n varmuuskopiota ei auennut vanhalla salasanalla, joten ne jätettiin ennalleen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypt the register</source>
        <translation>Salaa rekisteri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register is now encrypted, and so are its backups.</source>
        <translation>Rekisteri on nyt salattu, samoin sen varmuuskopiot.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the passphrase</source>
        <translation>Vaihda salasana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase was changed, also for the backups.</source>
        <translation>Salasana vaihdettiin, myös varmuuskopioille.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the encryption</source>
        <translation>Poista salaus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register and its backups are no longer encrypted.</source>
        <translation>Rekisteri ja sen varmuuskopiot eivät ole enää salattuja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A backup was taken.</source>
        <translation>Varmuuskopio otettiin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a backup first.</source>
        <translation>Valitse ensin varmuuskopio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the register with the backup taken {when} ({customers} customers)?

Changes made after it will not be in the register. The present state is backed up first, so this can be undone.</source>
        <translation>Korvataanko rekisteri varmuuskopiolla, joka otettiin {when} ({customers} asiakasta)?

Sen jälkeen tehdyt muutokset eivät ole rekisterissä. Nykyinen tila varmuuskopioidaan ensin, joten tämän voi perua.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup was restored.</source>
        <translation>Varmuuskopio palautettiin.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/shared_dialogs.py" line="-64"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Kokeile yhteyttä</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting to the server…</source>
        <translation>Yhdistetään palvelimeen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server answered and accepted the user name.</source>
        <translation>Palvelin vastasi ja hyväksyi käyttäjätunnuksen.</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <location filename="../src/rekisteri/ui/settings_pane.py" line="+49"/>
        <source>Save the settings of every page (Ctrl+S)</source>
        <translation>Tallenna kaikkien sivujen asetukset (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo changes</source>
        <translation>Kumoa muutokset</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Changed meanwhile</source>
        <translation>Muutettu välillä</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings saved.</source>
        <translation>Asetukset tallennettu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings have unsaved changes. Save them?</source>
        <translation>Asetuksissa on tallentamattomia muutoksia. Tallennetaanko ne?</translation>
    </message>
</context>
<context>
    <name>SharedRegisterActions</name>
    <message>
        <location filename="../src/rekisteri/ui/shared_menu.py" line="+32"/>
        <source>&amp;Connect to a shared register…</source>
        <translation>&amp;Yhdistä yhteiseen rekisteriin…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move this register to the shared server…</source>
        <translation>&amp;Siirrä tämä rekisteri yhteiselle palvelimelle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move this register to a &amp;laptop file…</source>
        <translation>Siirrä tämä rekisteri &amp;kannettavan tiedostoon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;laptop register</source>
        <translation>Käytä &amp;kannettavan rekisteriä</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rekisteri</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to a shared register</source>
        <translation>Yhdistä yhteiseen rekisteriin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a register kept on your office&apos;s PostgreSQL server. The register on this laptop stays as it is; File › Use the laptop register goes back to it.</source>
        <translation>Avaa rekisteri, jota säilytetään toimistosi PostgreSQL-palvelimella. Tämän kannettavan rekisteri pysyy ennallaan; Tiedosto › Käytä kannettavan rekisteriä palaa siihen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rekisteri starts again and opens the shared register.</source>
        <translation>Rekisteri käynnistyy uudelleen ja avaa yhteisen rekisterin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer offers no keyring, so the password is asked at each start. </source>
        <translation>Tässä tietokoneessa ei ole avainnippua, joten salasana kysytään joka käynnistyksellä. </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Move the register to the shared server</source>
        <translation>Siirrä rekisteri yhteiselle palvelimelle</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Every customer, contact, consent, request and setting is copied into an empty database on the server and checked table by table. Then Rekisteri starts again on the server.

The file on this laptop is kept, read-only, until you remove it. Continue?</source>
        <translation>Jokainen asiakas, yhteyshenkilö, suostumus, pyyntö ja asetus kopioidaan palvelimen tyhjään tietokantaan ja tarkistetaan taulu taululta. Sitten Rekisteri käynnistyy uudelleen palvelimella.

Tämän kannettavan tiedosto säilytetään vain luku -tilassa, kunnes poistat sen. Jatketaanko?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s database must be empty: the copy never overwrites a register.</source>
        <translation>Palvelimen tietokannan on oltava tyhjä: kopio ei koskaan korvaa rekisteriä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copying the register to the server…</source>
        <translation>Kopioidaan rekisteriä palvelimelle…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+13"/>
        <source>The register was not moved</source>
        <translation>Rekisteriä ei siirretty</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <location line="+41"/>
        <source>%n row(s) in {tables} tables were copied and verified.</source>
        <translation>
            <numerusform>%n rivi {tables} taulussa kopioitiin ja tarkistettiin.</numerusform>
            <numerusform>%n riviä {tables} taulussa kopioitiin ja tarkistettiin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The laptop file is kept read-only at {path}. Remove it once you trust the server. Rekisteri starts again on the shared register.</source>
        <translation>Kannettavan tiedosto säilytetään vain luku -tilassa: {path}. Poista se, kun luotat palvelimeen. Rekisteri käynnistyy uudelleen yhteisellä rekisterillä.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move the register to a laptop file</source>
        <translation>Siirrä rekisteri kannettavan tiedostoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registers (*.sqlite)</source>
        <translation>Rekisterit (*.sqlite)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a new file name: the copy never overwrites a file.</source>
        <translation>Valitse uusi tiedostonimi: kopio ei koskaan korvaa tiedostoa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copying the register to this laptop…</source>
        <translation>Kopioidaan rekisteriä tälle kannettavalle…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server&apos;s database is left as it was; remove it there when you no longer need it. Rekisteri starts again on the laptop file.</source>
        <translation>Palvelimen tietokanta jätetään ennalleen; poista se sieltä, kun et enää tarvitse sitä. Rekisteri käynnistyy uudelleen kannettavan tiedostolla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rekisteri starts again and opens the register on this laptop.</source>
        <translation>Rekisteri käynnistyy uudelleen ja avaa tämän kannettavan rekisterin.</translation>
    </message>
</context>
<context>
    <name>SharedStart</name>
    <message>
        <location filename="../src/rekisteri/ui/shared_start.py" line="+56"/>
        <location line="+40"/>
        <location line="+16"/>
        <source>Shared register</source>
        <translation>Yhteinen rekisteri</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Shared register: {where}</source>
        <translation>Yhteinen rekisteri: {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the laptop register instead</source>
        <translation>Avaa sen sijaan kannettavan rekisteri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The shared register is already open in another Rekisteri window on this computer. Switch to that window.</source>
        <translation>Yhteinen rekisteri on jo auki toisessa Rekisteri-ikkunassa tällä tietokoneella. Siirry siihen ikkunaan.</translation>
    </message>
</context>
<context>
    <name>TableState</name>
    <message>
        <location filename="../src/rekisteri/ui/table_state.py" line="+141"/>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset columns</source>
        <translation>Palauta sarakkeet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every column again at its original width and place</source>
        <translation>Näytä kaikki sarakkeet taas alkuperäisen levyisinä ja alkuperäisillä paikoillaan</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../src/rekisteri/ui/unlock.py" line="+42"/>
        <source>Unlock the register</source>
        <translation>Avaa rekisterin lukitus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This register is encrypted. Enter its passphrase to open it.
{path}</source>
        <translation>Tämä rekisteri on salattu. Avaa se antamalla sen salasana.
{path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from a backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the passphrase.</source>
        <translation>Anna salasana.</translation>
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
        <translation>Yhdistä uudelleen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shared register answers again. Repeat what you were doing.</source>
        <translation>Yhteinen rekisteri vastaa taas. Tee äskeinen toiminto uudelleen.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/rekisteri/core/forms.py" line="+31"/>
        <location filename="../src/rekisteri/core/settings.py" line="+65"/>
        <source>This field is required.</source>
        <translation>Tämä tieto on pakollinen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of the listed values.</source>
        <translation>Valitse jokin luettelon vaihtoehdoista.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Give at least a first or a last name.</source>
        <translation>Anna ainakin etu- tai sukunimi.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Give the date the customer relationship ended.</source>
        <translation>Anna asiakassuhteen päättymispäivä.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A private-person customer needs their own contact details.</source>
        <translation>Yksityishenkilöasiakkaalle tarvitaan hänen omat yhteystietonsa.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/customer_records.py" line="+141"/>
        <source>Choose a kind.</source>
        <translation>Valitse laji.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/consent_events.py" line="+39"/>
        <location filename="../src/rekisteri/core/customer_records.py" line="+6"/>
        <source>The date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Say why the ban is lifted: it stays on record.</source>
        <translation>Kerro, miksi kielto poistetaan: syy jää talteen.</translation>
    </message>
    <message>
        <location line="-98"/>
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
        <location line="+21"/>
        <source>A marketing ban is in force on this channel. Lift the ban first, with its reason.</source>
        <translation>Tällä kanavalla on voimassa markkinointikielto. Poista kielto ensin ja kerro syy.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no ban on this channel to lift.</source>
        <translation>Tällä kanavalla ei ole poistettavaa kieltoa.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/customer_records.py" line="+44"/>
        <source>Give the reason for the restriction.</source>
        <translation>Kerro käsittelyn rajoittamisen syy.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/validation.py" line="+102"/>
        <source>Remove the invisible control characters (such as NUL or a line break) from this field.</source>
        <translation>Poista kentästä näkymättömät ohjausmerkit (kuten NUL tai rivinvaihto).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At most {limit} characters (now {n}).</source>
        <translation>Enintään {limit} merkkiä (nyt {n}).</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+31"/>
        <source>Not a valid e-mail address (e.g. name@example.fi, no spaces).</source>
        <translation>Sähköpostiosoite ei kelpaa (esim. nimi@esimerkki.fi, ei välilyöntejä).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a valid personal identity code (henkilötunnus). Check the date and the last character.</source>
        <translation>Henkilötunnus ei kelpaa. Tarkista syntymäaika ja viimeinen merkki.</translation>
    </message>
    <message>
        <location filename="../src/rekisteri/core/db/security.py" line="-207"/>
        <source>Use at least {n} characters.</source>
        <translation>Käytä vähintään {n} merkkiä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase has a NUL character.</source>
        <translation>Salasanassa on NUL-merkki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Salasanat eroavat toisistaan.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../src/rekisteri/ui/notice/models.py" line="+22"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Julkaisija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content hash</source>
        <translation>Sisällön tiiviste</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../src/rekisteri/ui/first_start.py" line="+40"/>
        <source>Welcome to Rekisteri</source>
        <translation>Tervetuloa Rekisteriin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register is empty. Start by telling whose register this is, then add your first customer. To look around first, create a demo register with made-up customers.</source>
        <translation>Rekisteri on tyhjä. Kerro ensin, kenen rekisteri tämä on, ja lisää sitten ensimmäinen asiakkaasi. Jos haluat ensin tutustua ohjelmaan, luo esittelyrekisteri keksityillä asiakkailla.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your business</source>
        <translation>Yrityksesi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The privacy notice and every letter print these details: people send their requests to this e-mail address and post.</source>
        <translation>Tietosuojaseloste ja jokainen kirje näyttävät nämä tiedot: ihmiset lähettävät pyyntönsä tähän sähköpostiosoitteeseen ja postiosoitteeseen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save details</source>
        <translation>Tallenna tiedot</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Add the first customer</source>
        <translation>Lisää ensimmäinen asiakas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create demo register</source>
        <translation>Luo esittelyrekisteri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds {n} made-up customers to try the app with.</source>
        <translation>Lisää {n} keksittyä asiakasta, joilla voit kokeilla ohjelmaa.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo register</source>
        <translation>Esittelyrekisteri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo register could not be created.</source>
        <translation>Esittelyrekisteriä ei voitu luoda.</translation>
    </message>
</context>
</TS>
