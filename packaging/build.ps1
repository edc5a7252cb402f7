# Build Station for Windows: the one-folder bundle (dist\station\), checked by its own self-test,
# and the installer (dist\station-<version>-setup.exe) made with Inno Setup.
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
# Needs: uv (https://docs.astral.sh/uv/), Inno Setup 6.4 or newer (it ships the Simplified Chinese
# messages; with an older one put ChineseSimplified.isl from https://jrsoftware.org/files/istrans/
# into its Languages folder). Windows x64: dlib-bin has wheels for Python 3.12-3.13 there (not 3.11: pyproject.toml says why).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked {
    param([string]$What, [scriptblock]$Block)
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

Invoke-Checked "uv sync" { uv sync --locked --group packaging }
$version = (uv run --group packaging python -c "import station; print(station.__version__)").Trim()

Invoke-Checked "PyInstaller" {
    uv run --group packaging pyinstaller packaging/station.spec --noconfirm --clean `
        --distpath dist --workpath build/pyinstaller --log-level WARN
}

# The bundle checks itself (console program; station-gui.exe is the one the shortcuts start).
$env:STATION_DATA_DIR = Join-Path ([System.IO.Path]::GetTempPath()) "station-selftest-$PID"
Invoke-Checked "self-test" { & dist\station\station.exe --self-test }
Remove-Item Env:STATION_DATA_DIR

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    foreach ($dir in @("${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6",
                       "$env:LOCALAPPDATA\Programs\Inno Setup 6")) {
        if (Test-Path "$dir\ISCC.exe") { $iscc = "$dir\ISCC.exe"; break }
    }
}
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isinfo.php" }
if (-not (Test-Path (Join-Path (Split-Path $iscc) "Languages\ChineseSimplified.isl"))) {
    throw "Inno Setup has no Languages\ChineseSimplified.isl: use Inno Setup 6.4+ or add the file from https://jrsoftware.org/files/istrans/"
}
Invoke-Checked "Inno Setup" { & $iscc "/DAppVersion=$version" packaging\windows\station.iss }
Write-Host "built dist\station\ and dist\station-$version-setup.exe"
