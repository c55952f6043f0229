; The Windows installer of EnquiryDesk (Inno Setup 6), made from the folder that
; packaging/enquirydesk.spec builds (dist\EnquiryDesk). From the repository's root:
;
;     pyinstaller --noconfirm packaging\enquirydesk.spec
;     iscc /DAppVersion=0.1.0 packaging\windows\enquirydesk.iss
;
; .github/workflows/package.yml does both, with the version of the package. The result
; is dist\EnquiryDesk-<version>-windows-x64-setup.exe.
;
; For the user alone, without administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\EnquiryDesk. The shop's data is never in that folder — the
; database and settings are in %LOCALAPPDATA%\EnquiryDesk, the backups in
; Documents\EnquiryDesk Backups — so an upgrade or an uninstall leaves them alone.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=x.y.z packaging\windows\enquirydesk.iss
#endif
#define AppName "EnquiryDesk"
#define AppExe "EnquiryDesk.exe"
#define Root "..\.."

[Setup]
; Never change the AppId: Windows knows an installed EnquiryDesk by it, and a newer
; installer with the same id upgrades it in place.
AppId={{4B7E2F1A-9C3D-4E58-A6B1-2D0F8E5C7A93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The EnquiryDesk developers
AppPublisherURL=https://github.com/enquirydesk/enquirydesk
AppSupportURL=https://github.com/enquirydesk/enquirydesk/issues
VersionInfoVersion={#AppVersion}
; Per user: no administrator rights asked, {autopf} is the user's own Programs folder.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A running EnquiryDesk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
SetupIconFile={#Root}\resources\icons\enquirydesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=EnquiryDesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "slovenian"; MessagesFile: "compiler:Languages\Slovenian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's own files whole: a library an older version had and
; this one has not would otherwise stay behind. Only the install folder's _internal.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\EnquiryDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Sales enquiries: log, answer, follow up"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Start EnquiryDesk when you log in" (Settings) writes this value; an uninstalled
; program must not be started at the next login. Nothing is written here at install.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "EnquiryDesk"; Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what it installed and nothing else — the
; database, its backups and the settings stay where they are for a later install.
