# Build the Windows MSI. Run on Windows 10/11 x64 in a Developer PowerShell with:
#   Python 3.11+, and the WiX Toolset v5 .NET tool:  dotnet tool install --global wix
# Output: dist\cnis-desktop-VERSION-x64.msi
# Not runnable on the project's Linux CI: tested by hand on a Windows build machine.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
python -m venv .venv-win
.\.venv-win\Scripts\python -m pip install --upgrade pip
.\.venv-win\Scripts\python -m pip install -e . "pyinstaller>=6.10" pillow
# The icon: Windows wants .ico; made from the SVG's PNG rendering.
.\.venv-win\Scripts\python -c "from PySide6.QtGui import QGuiApplication, QIcon; import sys; app=QGuiApplication(sys.argv); QIcon('resources/icons/app.svg').pixmap(256,256).save('installer/windows/cnis-desktop.png')"
.\.venv-win\Scripts\python -c "from PIL import Image; Image.open('installer/windows/cnis-desktop.png').save('installer/windows/cnis-desktop.ico', sizes=[(16,16),(32,32),(48,48),(256,256)])"
.\.venv-win\Scripts\python -m PyInstaller --noconfirm --clean --workpath build\pyinstaller --distpath dist installer\cnis_desktop.spec
$version = (.\.venv-win\Scripts\python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])").Trim()
# The .wxs harvests the bundle folder itself (WiX v5 Files element) through this bind path.
wix build installer\windows\cnis-desktop.wxs -d Version=$version -bindpath Source=dist\cnis-desktop -arch x64 -o "dist\cnis-desktop-$version-x64.msi"
Write-Host "Built dist\cnis-desktop-$version-x64.msi"
