<#
.SYNOPSIS
  Sign files with Azure Artifact Signing (formerly Trusted Signing): the key stays in Microsoft's
  cloud HSM, there is no certificate file to export or leak.

.DESCRIPTION
  ISCC runs this for the setup and for the uninstaller it embeds (build-installer.ps1 passes it
  as the "kasirsign" sign tool). It uses the TrustedSigning PowerShell module, the same one
  azure/artifact-signing-action installs to sign the bundle earlier in the release job; by hand:
  Install-Module TrustedSigning.

  Environment:
    AZURE_SIGNING_ENDPOINT  the signing account's regional endpoint, e.g. https://eus.codesigning.azure.net/
    AZURE_SIGNING_ACCOUNT   the signing account name
    AZURE_SIGNING_PROFILE   the certificate profile name
    AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET
                            an app registration with the "Artifact Signing Certificate Profile
                            Signer" role (read by DefaultAzureCredential)

  Fails unless every file ends up with a valid Authenticode signature.

.EXAMPLE
  pwsh packaging\windows\sign-file.ps1 dist\installer\Kasir-1.2.3-setup.exe
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory, ValueFromRemainingArguments)]
  [string[]]$Path
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

foreach ($name in 'AZURE_SIGNING_ENDPOINT', 'AZURE_SIGNING_ACCOUNT', 'AZURE_SIGNING_PROFILE') {
  if (-not [Environment]::GetEnvironmentVariable($name)) { throw "$name is not set" }
}
$files = @($Path | ForEach-Object { (Resolve-Path -LiteralPath $_).Path })

# The same parameters azure/artifact-signing-action passes to the module.
$params = @{
  Endpoint                            = $env:AZURE_SIGNING_ENDPOINT
  CodeSigningAccountName              = $env:AZURE_SIGNING_ACCOUNT
  CertificateProfileName              = $env:AZURE_SIGNING_PROFILE
  Files                               = ($files -join ',')
  FileDigest                          = 'SHA256'
  TimestampRfc3161                    = 'http://timestamp.acs.microsoft.com'
  TimestampDigest                     = 'SHA256'
  ExcludeInteractiveBrowserCredential = $true
}
Invoke-TrustedSigning @params

foreach ($file in $files) {
  $signature = Get-AuthenticodeSignature -LiteralPath $file
  if ($signature.Status -ne 'Valid') {
    throw "$file is not validly signed: $($signature.Status) $($signature.StatusMessage)"
  }
  Write-Host "signed: $file ($($signature.SignerCertificate.Subject))"
}
