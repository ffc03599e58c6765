; Kasir installer for Windows (Inno Setup 6.3 or newer).
;
; Built by build-installer.ps1 from the PyInstaller onedir (dist\Kasir), e.g.
;   ISCC /DAppVersion=1.2.3 packaging\windows\kasir.iss
;
; Per-user install without admin rights by default (Start menu and %LOCALAPPDATA%\Programs);
; the first page lets an administrator choose "all users" instead. Running a newer setup
; over an installed Kasir upgrades it in place: the AppId below must never change.
;
; User data (settings, order journal, catalog cache) lives outside the install folder, in
; %LOCALAPPDATA%\Kasir (platformdirs). This script neither installs nor removes anything
; there, so upgrades and uninstalls never touch a shop's orders.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=1.2.3 kasir.iss
#endif
#ifdef InnoSetupVersion
  ; The release pins Inno Setup (build-installer.ps1 -InnoSetupVersion): Ver is the version of
  ; the compiler running this script, so a different ISCC found first cannot build the release.
  #if DecodeVer(Ver) != InnoSetupVersion
    #error This ISCC is not the Inno Setup version passed as InnoSetupVersion (build-installer.ps1 -InnoSetupVersion)
  #endif
#endif
#ifndef AppNumericVersion
  ; Windows file versions are four numbers; build-installer.ps1 passes the exact one.
  #define AppNumericVersion "0.0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\Kasir"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\installer"
#endif

#define AppName "Kasir"
#define AppExeName "Kasir.exe"
#define AppPublisher "Kasir"

[Setup]
; Fixed forever: Inno Setup finds the installed copy (and its folder, language and tasks)
; by this id. The doubled brace is Inno's escape for a literal "{".
AppId={{54A77493-79F5-47DF-A376-463A4C8E91C5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install, Program Files for all users.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
UsePreviousAppDir=yes
UsePreviousTasks=yes
UsePreviousLanguage=yes
; Qt 6 supports 64-bit Windows 10 from version 1809 (build 17763) on; older builds would
; install and then fail to start.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running Kasir (Restart Manager) before replacing its files.
CloseApplications=yes
RestartApplications=no
OutputDir={#OutputDir}
OutputBaseFilename=Kasir-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\icon.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto
#ifdef UseSignTool
; build-installer.ps1 defines "kasirsign" with ISCC /S when Azure Artifact Signing is configured
; (sign-file.ps1), so both the setup and the uninstaller it writes get signed.
SignTool=kasirsign
SignedUninstaller=yes
#endif

[Languages]
; Indonesian is not among Inno Setup's bundled translations: Indonesian.isl (next to this
; script) overrides the English defaults.
Name: "id"; MessagesFile: "compiler:Default.isl,Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files that a previous version shipped and this one
; does not (an old Qt plugin, a renamed DLL) must not be loaded by the new exe.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what this setup installed, and the
; user data folder %LOCALAPPDATA%\Kasir stays, so reinstalling finds orders and settings.
