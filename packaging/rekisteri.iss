; Inno Setup script for Rekisteri on Windows: a per-user install (no administrator rights).
;
; Build the one-folder bundle first (pyinstaller packaging\rekisteri.spec), then from the
; project root:
;     iscc /DAppVersion=0.1.0 packaging\rekisteri.iss
; The installer lands in dist\installer\.
;
; The register and its backups live in the user's data folder (%LOCALAPPDATA%\Rekisteri),
; never in the install folder, so uninstalling removes the program and keeps the data.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z packaging\rekisteri.iss
#endif

#define AppName "Rekisteri"
#define AppExe "rekisteri.exe"

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{1D383060-700B-4D78-9533-E1F5C6A4A366}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Rekisteri developers
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=rekisteri.ico
OutputDir=..\dist\installer
OutputBaseFilename=Rekisteri-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\rekisteri\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Bytecode caches Python may have written beside the migrations inside the install folder.
; Only the install folder is touched: the user's data folder is left as it is.
Type: filesandordirs; Name: "{app}\_internal\rekisteri\core\db\migrations"
