<#
.SYNOPSIS
  Install, smoke-test, upgrade and uninstall a Kasir setup silently on this machine, and check
  that the user's data folder survives all of it.

.DESCRIPTION
  Run by the release workflow on a fresh Windows runner, after build-installer.ps1:
    1. a data folder with a marker file stands in for a shop's orders and settings;
    2. silent per-user install (/VERYSILENT /CURRENTUSER): files, Start menu entry, uninstall entry;
    3. the installed app's --smoke-test (packaging\build_frozen.py --bundle);
    4. the same setup again over it (an upgrade in place), and the smoke test again;
    5. silent uninstall: program files, Start menu and uninstall entry gone;
    6. the data folder and its marker are still there, unchanged.

.EXAMPLE
  pwsh packaging\windows\test-installer.ps1 -Installer dist\installer\Kasir-1.2.3-setup.exe
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory)][string]$Installer,
  [string]$Python = 'python',
  [string]$LogDir = $(if ($env:RUNNER_TEMP) { $env:RUNNER_TEMP } else { [IO.Path]::GetTempPath() })
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$Installer = (Resolve-Path -LiteralPath $Installer).Path
# kasir.iss's AppId (written there with Inno's doubled opening brace).
$AppId = '{54A77493-79F5-47DF-A376-463A4C8E91C5}'
$UninstallKey = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\$($AppId)_is1"
# {autopf} and {autoprograms} of a per-user install.
$InstallDir = Join-Path $env:LOCALAPPDATA 'Programs\Kasir'
$StartMenuLink = Join-Path $env:APPDATA 'Microsoft\Windows\Start Menu\Programs\Kasir.lnk'
# platformdirs.user_data_dir("Kasir", appauthor=False): orders, catalog cache, settings.
$DataDir = Join-Path $env:LOCALAPPDATA 'Kasir'
$Marker = Join-Path $DataDir 'installer-test-marker.txt'

$init = Get-Content -Raw (Join-Path $RepoRoot 'pos_app\__init__.py')
if ($init -notmatch '__version__\s*=\s*["'']([^"'']+)["'']') { throw 'No __version__ in pos_app\__init__.py' }
$Version = $Matches[1]

function Invoke-Setup([string]$Step) {
  $log = Join-Path $LogDir "kasir-$Step.log"
  Write-Host "== $Step`: $Installer /VERYSILENT /CURRENTUSER"
  # Start-Process passes the arguments on unquoted: quote the log path ourselves.
  $arguments = @('/VERYSILENT', '/CURRENTUSER', '/SUPPRESSMSGBOXES', '/NORESTART', "/LOG=`"$log`"")
  $process = Start-Process -FilePath $Installer -ArgumentList $arguments -Wait -PassThru
  if ($process.ExitCode -ne 0) {
    if (Test-Path $log) { Get-Content $log | Write-Host }
    throw "$Step`: setup exited with $($process.ExitCode)"
  }
  foreach ($exe in 'Kasir.exe', 'kasir-cli.exe') {
    if (-not (Test-Path (Join-Path $InstallDir $exe))) { throw "$Step`: $exe is not in $InstallDir" }
  }
  if (-not (Test-Path $StartMenuLink)) { throw "$Step`: no Start menu entry at $StartMenuLink" }
  $entry = Get-ItemProperty -Path $UninstallKey
  if ($entry.DisplayVersion -ne $Version) {
    throw "$Step`: the uninstall entry says version $($entry.DisplayVersion), expected $Version"
  }
}

function Invoke-SmokeTest([string]$Step) {
  Write-Host "== $Step`: --smoke-test of the installed app"
  & $Python (Join-Path $RepoRoot 'packaging\build_frozen.py') --bundle $InstallDir
  if ($LASTEXITCODE -ne 0) { throw "$Step`: the installed app failed its smoke test" }
}

function Assert-DataKept([string]$Step, [string]$Expected) {
  if (-not (Test-Path $Marker)) { throw "$Step`: the user's data folder lost $Marker" }
  if ((Get-Content -Raw $Marker) -ne $Expected) { throw "$Step`: $Marker was changed" }
}

if (Test-Path $UninstallKey) { throw "Kasir is already installed on this machine; this test needs a clean one" }
New-Item -ItemType Directory -Force -Path $DataDir | Out-Null
$content = "orders of a shop, written $(Get-Date -Format o)"
Set-Content -NoNewline -Path $Marker -Value $content

Invoke-Setup 'install'
Invoke-SmokeTest 'install'
Assert-DataKept 'install' $content

Invoke-Setup 'upgrade'
Invoke-SmokeTest 'upgrade'
Assert-DataKept 'upgrade' $content

$uninstaller = (Get-ItemProperty -Path $UninstallKey).UninstallString.Trim('"')
Write-Host "== uninstall: $uninstaller /VERYSILENT"
$process = Start-Process -FilePath $uninstaller -ArgumentList @('/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART') -Wait -PassThru
if ($process.ExitCode -ne 0) { throw "uninstall: the uninstaller exited with $($process.ExitCode)" }
# The uninstaller finishes its work in a copy of itself in TEMP, so the exit code can come
# back a moment before the last files are gone (Inno Setup's "Uninstaller Exit Codes").
$deadline = (Get-Date).AddSeconds(120)
while ((Test-Path (Join-Path $InstallDir 'Kasir.exe')) -or (Test-Path $UninstallKey) -or (Test-Path $StartMenuLink)) {
  if ((Get-Date) -gt $deadline) { throw "uninstall: Kasir is still installed after 120 s" }
  Start-Sleep -Seconds 2
}
Assert-DataKept 'uninstall' $content
Write-Host "install, upgrade and uninstall passed; $DataDir survived"
