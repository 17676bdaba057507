<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BreachesPane</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/breaches_pane.py" line="+251"/>
        <source>Customers linked: %n</source>
        <translation>
            <numerusform>Customers linked: %n</numerusform>
            <numerusform>Customers linked: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>Saved %n letter(s). Print or send them, then record when people were told.</source>
        <translation>
            <numerusform>Saved %n letter. Print or send it, then record when the person was told.</numerusform>
            <numerusform>Saved %n letters. Print or send them, then record when people were told.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/notice/dialogs.py" line="+48"/>
        <source>%n section(s) differ.</source>
        <translation>
            <numerusform>%n section differs.</numerusform>
            <numerusform>%n sections differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/export_dialog.py" line="+300"/>
        <source>%n row(s) were saved to {file}. Identity codes were left out. Keep the file safe: it holds every person in the register.</source>
        <translation>
            <numerusform>%n row was saved to {file}. Identity codes were left out. Keep the file safe: it holds every person in the register.</numerusform>
            <numerusform>%n rows were saved to {file}. Identity codes were left out. Keep the file safe: it holds every person in the register.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticePane</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/notice_pane.py" line="+371"/>
        <source>The notice cannot be published yet: %n error(s) would print a blank or something untrue. Click an error in the check list to go where it is fixed.</source>
        <translation>
            <numerusform>The notice cannot be published yet: %n error would print a blank or something untrue. Click the error in the check list to go where it is fixed.</numerusform>
            <numerusform>The notice cannot be published yet: %n errors would print a blank or something untrue. Click an error in the check list to go where it is fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The notice lacks %n required item(s).</source>
        <translation>
            <numerusform>The notice lacks %n required item.</numerusform>
            <numerusform>The notice lacks %n required items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/person_search.py" line="+112"/>
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n person found.</numerusform>
            <numerusform>%n people found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPane</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/register_pane.py" line="+327"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/request_models.py" line="+57"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Due this week: %n day(s) left</source>
        <translation>
            <numerusform>Due this week: %n day left</numerusform>
            <numerusform>Due this week: %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/requests_pane.py" line="+63"/>
        <source>%n open data-subject request(s)</source>
        <translation>
            <numerusform>%n open data-subject request</numerusform>
            <numerusform>%n open data-subject requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/review_pane.py" line="+62"/>
        <source>%n record(s) are past their retention date. Review them and delete, anonymise or keep each one.</source>
        <translation>
            <numerusform>%n record is past its retention date. Review it and delete, anonymise or keep it.</numerusform>
            <numerusform>%n records are past their retention date. Review them and delete, anonymise or keep each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/settings/security.py" line="+349"/>
        <source>%n backup(s) did not open with the old passphrase and were left as they were.</source>
        <translation>
            <numerusform>%n backup did not open with the old passphrase and was left as it was.</numerusform>
            <numerusform>%n backups did not open with the old passphrase and were left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedRegisterActions</name>
    <message numerus="yes">
        <location filename="../src/rekisteri/ui/shared_menu.py" line="+119"/>
        <location line="+41"/>
        <source>%n row(s) in {tables} tables were copied and verified.</source>
        <translation>
            <numerusform>%n row in {tables} tables was copied and verified.</numerusform>
            <numerusform>%n rows in {tables} tables were copied and verified.</numerusform>
        </translation>
    </message>
</context>
</TS>
