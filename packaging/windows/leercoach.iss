; Inno Setup 6 script: leercoach for one user, without administrator rights.
; Built by packaging/windows/build.ps1 (see packaging/README.md); not built or run on
; the Linux machine this project is developed on.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\leercoach.iss
;
; Installs the PyInstaller build (dist\leercoach: leercoach.exe for the command line,
; leercoach-gui.exe for the app) to %LOCALAPPDATA%\Programs\leercoach, with a start-menu
; entry. The user's data (%LOCALAPPDATA%\leercoach) is not touched by installing,
; upgrading or uninstalling.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build.ps1 reads it from leercoach\__init__.py)
#endif

[Setup]
; The AppId keeps upgrades in place: never change it once released.
AppId={{6F1C2E8A-7B3D-4E59-9A10-2C4B8D5E7F31}
AppName=leercoach
AppVersion={#AppVersion}
AppVerName=leercoach {#AppVersion}
AppPublisher=leercoach
; Per user: no UAC prompt, installs under the user's own Programs folder.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\leercoach
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\build\pyinstaller\leercoach.ico
UninstallDisplayIcon={app}\leercoach-gui.exe
UninstallDisplayName=leercoach
OutputDir=..\..\dist
OutputBaseFilename=leercoach-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole build: no stale libraries of the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\leercoach\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The AppUserModelID matches the app's desktop id, so the taskbar groups its windows.
Name: "{autoprograms}\leercoach"; Filename: "{app}\leercoach-gui.exe"; AppUserModelID: "be.leercoach.leercoach"
Name: "{autodesktop}\leercoach"; Filename: "{app}\leercoach-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\leercoach-gui.exe"; Description: "{cm:LaunchProgram,leercoach}"; Flags: nowait postinstall skipifsilent
