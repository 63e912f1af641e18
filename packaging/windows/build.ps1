# Build leercoach for Windows: the PyInstaller build, its smoke test, the installer.
# Run from the repository root in PowerShell, with Python 3.11+ and Inno Setup 6 installed
# (winget install Python.Python.3.11 JRSoftware.InnoSetup). Not run on the project's
# Linux machine: see packaging/README.md for what has and has not been tested.
$ErrorActionPreference = "Stop"
py -3.11 -m venv .venv
.venv\Scripts\python -m pip install --upgrade pip
.venv\Scripts\python -m pip install -e ".[package]"
Remove-Item -Recurse -Force dist, build\pyinstaller -ErrorAction SilentlyContinue
.venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\leercoach.spec
.venv\Scripts\python packaging\smoke_test.py --frozen dist\leercoach
$version = (.venv\Scripts\python -c "import sys; sys.path.insert(0, 'packaging'); import release; print(release.current_release().version)").Trim()
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { $iscc = Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\leercoach.iss
Get-FileHash dist\*.exe -Algorithm SHA256 | ForEach-Object { "$($_.Hash.ToLower())  $(Split-Path $_.Path -Leaf)" } | Out-File -Encoding ascii dist\SHA256SUMS
