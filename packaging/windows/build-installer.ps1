<#
.SYNOPSIS
  Build the Kasir Windows installer (Inno Setup) from the PyInstaller onedir in dist\Kasir.

.DESCRIPTION
  Run after packaging\build_frozen.py. Reads the version from pos_app\__init__.py unless
  -Version is given, finds ISCC.exe (Inno Setup 6; the release workflow installs an exact
  version), and writes dist\installer\Kasir-<version>-setup.exe. With -InnoSetupVersion
  (the release workflow passes its pinned one) kasir.iss refuses to compile under any other
  Inno Setup version, so the check is on the ISCC that really runs.

  Code signing is optional and needs no key file: when WINDOWS_SIGNING is set (non-empty),
  ISCC signs the setup and the uninstaller it embeds through sign-file.ps1 (Azure Artifact
  Signing, a cloud HSM; see that script for the AZURE_* variables it needs). The release
  workflow sets WINDOWS_SIGNING once, only when all six Azure secrets are there, so this
  script and the workflow's signing steps always agree; by hand, set WINDOWS_SIGNING=yes
  with the variables. The bundle in dist\Kasir must be signed before this runs: the release
  workflow signs every unsigned PE file in it first (pe_signatures.py lists them). Without
  WINDOWS_SIGNING the installer is built unsigned and the script says so.

.EXAMPLE
  pwsh packaging\windows\build-installer.ps1
  pwsh packaging\windows\build-installer.ps1 -Version 1.2.3 -Iscc "C:\Tools\Inno Setup 6\ISCC.exe"
  pwsh packaging\windows\build-installer.ps1 -InnoSetupVersion 6.7.1
#>
[CmdletBinding()]
param(
  [string]$Version,
  [string]$DistDir,
  [string]$OutputDir,
  [string]$Iscc,
  [string]$InnoSetupVersion
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
if (-not $DistDir) { $DistDir = Join-Path $RepoRoot 'dist\Kasir' }
if (-not $OutputDir) { $OutputDir = Join-Path $RepoRoot 'dist\installer' }
$Script = Join-Path $PSScriptRoot 'kasir.iss'

if (-not $Version) {
  $init = Get-Content -Raw (Join-Path $RepoRoot 'pos_app\__init__.py')
  if ($init -notmatch '__version__\s*=\s*["'']([^"'']+)["'']') {
    throw 'No __version__ in pos_app\__init__.py'
  }
  $Version = $Matches[1]
}
# Windows wants four plain numbers: "1.2.3rc1" -> "1.2.3.0".
$numbers = @($Version.Split('.') | ForEach-Object { if ($_ -match '^\d+') { $Matches[0] } })
while ($numbers.Count -lt 4) { $numbers += '0' }
$NumericVersion = ($numbers[0..3] -join '.')

if (-not (Test-Path (Join-Path $DistDir 'Kasir.exe'))) {
  throw "No Kasir.exe in $DistDir: run 'python packaging\build_frozen.py' first"
}

if (-not $Iscc) {
  $found = Get-Command 'iscc.exe' -ErrorAction SilentlyContinue
  $candidates = @(
    $(if ($found) { $found.Source }),
    (Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe'),
    (Join-Path $env:ProgramFiles 'Inno Setup 6\ISCC.exe'),
    (Join-Path $env:LOCALAPPDATA 'Programs\Inno Setup 6\ISCC.exe')
  ) | Where-Object { $_ -and (Test-Path $_) }
  if (-not $candidates) { throw 'ISCC.exe (Inno Setup 6) not found; pass -Iscc PATH' }
  $Iscc = @($candidates)[0]
}

$isccArgs = @(
  '/Qp',
  "/DAppVersion=$Version",
  "/DAppNumericVersion=$NumericVersion",
  "/DDistDir=$DistDir",
  "/DOutputDir=$OutputDir"
)
if ($InnoSetupVersion) {
  if ($InnoSetupVersion -notmatch '^\d+\.\d+\.\d+$') { throw "-InnoSetupVersion wants X.Y.Z: '$InnoSetupVersion'" }
  $isccArgs += "/DInnoSetupVersion=$InnoSetupVersion"
  Write-Host "Inno Setup must be $InnoSetupVersion (kasir.iss checks the compiler's own version)."
}

if ($env:WINDOWS_SIGNING) {
  $signScript = Join-Path $PSScriptRoot 'sign-file.ps1'
  # ISCC runs this for the setup and for the uninstaller; it puts the quoted file name in
  # place of $f and a quote in place of $q.
  $isccArgs += @('/DUseSignTool', "/Skasirsign=pwsh -NoProfile -NonInteractive -File `$q$signScript`$q `$f")
  Write-Host 'Signing the setup and its uninstaller with Azure Artifact Signing (sign-file.ps1).'
} else {
  Write-Host 'WINDOWS_SIGNING is not set (the Azure signing secrets are not all there): building an unsigned installer.'
}

Write-Host "ISCC: $Iscc"
Write-Host "Kasir $Version ($NumericVersion) from $DistDir"
& $Iscc @isccArgs $Script
if ($LASTEXITCODE -ne 0) { throw "ISCC failed with exit code $LASTEXITCODE" }

$setup = Join-Path $OutputDir "Kasir-$Version-setup.exe"
if (-not (Test-Path $setup)) { throw "ISCC reported success but $setup is missing" }
Write-Host "Installer: $setup"
if ($env:GITHUB_OUTPUT) { "installer=$setup" | Out-File -Append -Encoding utf8 $env:GITHUB_OUTPUT }
