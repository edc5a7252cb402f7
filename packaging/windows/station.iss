; Inno Setup script: the Windows installer of Station (救助寻亲工作站).
; Built by packaging\build.ps1, which passes /DAppVersion=<version> and has made dist\station\ first.
; Installs for all users into Program Files, with a Start-menu entry and (if chosen) a desktop
; shortcut. The uninstaller removes the program; the station's data (database, photos, backups,
; in %LOCALAPPDATA%\Station) is kept unless the user explicitly asks to delete it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z station.iss
#endif

[Setup]
AppId={{8B5E2C4A-6F1D-4E7B-9A3C-2D7F0E1B5C96}
AppName=救助寻亲工作站 Station
AppVersion={#AppVersion}
AppVerName=救助寻亲工作站 Station {#AppVersion}
AppPublisher=Station developers
DefaultDirName={autopf}\Station
DefaultGroupName=救助寻亲工作站
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=station-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\station.ico
UninstallDisplayIcon={app}\station-gui.exe
UninstallDisplayName=救助寻亲工作站 Station {#AppVersion}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=救助寻亲工作站
english.AppTitle=Station
chinesesimplified.SelfTest=检查安装（自检）
english.SelfTest=Check the installation (self-test)
chinesesimplified.DeleteData=是否同时删除本机保存的 Station 数据？%n%n%1%n%n其中有数据库、照片、打印存档和备份。删除后无法恢复。%n选择“否”则保留数据，重新安装后可以继续使用。
english.DeleteData=Also delete the Station data kept on this computer?%n%n%1%n%nIt holds the database, photos, printed documents and backups, and cannot be recovered once deleted.%nChoose No to keep it for a later installation.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\station\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\station-gui.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k ""{app}\station.exe"" --self-test"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{cm:AppTitle}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\station-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\station-gui.exe"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

[Code]
// The data folder of the user who uninstalls (platformdirs: %LOCALAPPDATA%\Station).
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\Station');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  // Never in a silent uninstall, and only when asked: the default answer keeps the data.
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) and DirExists(DataDir()) then
    if MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataDir()]),
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataDir(), True, True, True);
end;
