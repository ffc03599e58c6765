#!/usr/bin/env bash
# Package dist/Kasir.app into a DMG; sign, notarize and staple it when the secrets exist.
#
# Signing needs MACOS_SIGN_IDENTITY ("Developer ID Application: … (TEAMID)"), optionally
# MACOS_KEYCHAIN (the keychain holding it). Notarization also needs MACOS_NOTARY_APPLE_ID,
# MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD (an app-specific password). Without them
# the DMG is built unsigned and the script says so and exits 0, so forks and pull requests
# still get an installable artifact.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ENTITLEMENTS="$HERE/entitlements.plist"
APP_NAME="Kasir"

usage() {
  cat <<EOF
Usage: $(basename "$0") [--app PATH] [--out DIR] [--version V] [--dry-run]

Build a DMG from the PyInstaller app bundle; codesign it (hardened runtime) and notarize
it with xcrun notarytool when the signing and notary secrets are set in the environment.

  --app PATH     the .app to package (default: dist/$APP_NAME.app)
  --out DIR      where the DMG goes (default: dist/installer)
  --version V    version in the DMG name and volume (default: pos_app.__version__)
  --dry-run      print the commands instead of running them (works on any OS)
  -h, --help     show this help

Environment: MACOS_SIGN_IDENTITY, MACOS_KEYCHAIN, MACOS_NOTARY_APPLE_ID,
MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD.
EOF
}

die_usage() {
  echo "error: $1" >&2
  echo "Try '$(basename "$0") --help'." >&2
  exit 2
}

APP="$ROOT/dist/$APP_NAME.app"
OUT="$ROOT/dist/installer"
VERSION=""
DRY_RUN=0

while [ $# -gt 0 ]; do
  case "$1" in
    --app|--out|--version)
      if [ $# -lt 2 ] || [ -z "$2" ] || [ "${2#--}" != "$2" ]; then
        die_usage "$1 needs a value"
      fi
      case "$1" in
        --app) APP="$2" ;;
        --out) OUT="$2" ;;
        --version) VERSION="$2" ;;
      esac
      shift 2
      ;;
    --dry-run) DRY_RUN=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die_usage "unknown argument: $1" ;;
  esac
done

if [ -z "$VERSION" ]; then
  VERSION="$(sed -n 's/^__version__ *= *["'\'']\([^"'\'']*\)["'\''].*/\1/p' "$ROOT/pos_app/__init__.py" | head -n 1)"
  [ -n "$VERSION" ] || { echo "error: no __version__ in pos_app/__init__.py" >&2; exit 1; }
fi
case "$VERSION" in
  *[!0-9A-Za-z.+-]*|"") die_usage "bad version: '$VERSION'" ;;
esac

APP="${APP%/}"
case "$APP" in
  *.app) ;;
  *) die_usage "--app must be a .app bundle: '$APP'" ;;
esac

# Values that are masked whenever a command is printed.
SECRETS=()
if [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
  SECRETS+=("$MACOS_NOTARY_PASSWORD")
fi

# Print (dry run) or run a command; secrets never reach the log.
run() {
  local shown=() arg secret
  for arg in "$@"; do
    for secret in "${SECRETS[@]+"${SECRETS[@]}"}"; do
      [ "$arg" = "$secret" ] && arg="***"
    done
    shown+=("$arg")
  done
  printf '+'
  printf ' %q' "${shown[@]}"
  printf '\n'
  if [ "$DRY_RUN" = 0 ]; then
    "$@"
  fi
}

if [ "$DRY_RUN" = 0 ]; then
  [ "$(uname -s)" = Darwin ] || { echo "error: needs macOS (codesign, hdiutil); use --dry-run elsewhere" >&2; exit 1; }
  [ -d "$APP" ] || { echo "error: no app bundle at $APP (run packaging/build_frozen.py first)" >&2; exit 1; }
elif [ ! -d "$APP" ]; then
  echo "(dry run) note: $APP does not exist yet"
fi

ARCH="$(uname -m)"
DMG="$OUT/$APP_NAME-$VERSION-macos-$ARCH.dmg"
IDENTITY="${MACOS_SIGN_IDENTITY:-}"
KEYCHAIN_ARGS=()
[ -n "${MACOS_KEYCHAIN:-}" ] && KEYCHAIN_ARGS=(--keychain "$MACOS_KEYCHAIN")

echo "Kasir $VERSION: $APP -> $DMG"

# 1. Sign the bundle, inside out (--deep), with the hardened runtime notarization requires.
if [ -n "$IDENTITY" ]; then
  run codesign --force --deep --timestamp --options runtime \
    --entitlements "$ENTITLEMENTS" --sign "$IDENTITY" "${KEYCHAIN_ARGS[@]+"${KEYCHAIN_ARGS[@]}"}" "$APP"
  run codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "MACOS_SIGN_IDENTITY is not set: skipping code signing and notarization (unsigned DMG)."
fi

# 2. The DMG: the app plus an Applications link to drag it onto.
run mkdir -p "$OUT"
if [ "$DRY_RUN" = 0 ]; then
  STAGING="$(mktemp -d)"
  trap 'rm -rf "$STAGING"' EXIT
else
  STAGING="${TMPDIR:-/tmp}/kasir-dmg-staging"
fi
run ditto "$APP" "$STAGING/$APP_NAME.app"
run ln -s /Applications "$STAGING/Applications"
run rm -f "$DMG"
attempt=1
# hdiutil sometimes fails with "Resource busy" on CI machines; a retry fixes it.
until run hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$STAGING" \
    -fs HFS+ -format UDZO -ov "$DMG"; do
  [ "$attempt" -ge 3 ] && { echo "error: hdiutil failed $attempt times" >&2; exit 1; }
  attempt=$((attempt + 1))
  sleep 5
done

# 3. Sign, notarize and staple the DMG (the outermost container is what Gatekeeper checks).
if [ -n "$IDENTITY" ]; then
  run codesign --force --timestamp --sign "$IDENTITY" "${KEYCHAIN_ARGS[@]+"${KEYCHAIN_ARGS[@]}"}" "$DMG"
  if [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
    notary=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD")
    if [ "$DRY_RUN" = 1 ]; then
      run xcrun notarytool submit "$DMG" "${notary[@]}" --wait
    else
      echo "+ xcrun notarytool submit $DMG --wait (credentials hidden)"
      result="$(xcrun notarytool submit "$DMG" "${notary[@]}" --wait 2>&1)" || true
      echo "$result"
      if ! grep -q "status: Accepted" <<<"$result"; then
        submission="$(sed -n 's/^ *id: *//p' <<<"$result" | head -n 1)"
        if [ -n "$submission" ]; then
          xcrun notarytool log "$submission" "${notary[@]}" || true
        fi
        echo "error: notarization was not accepted" >&2
        exit 1
      fi
    fi
    run xcrun stapler staple "$DMG"
    run xcrun stapler validate "$DMG"
  else
    echo "MACOS_NOTARY_APPLE_ID / MACOS_NOTARY_TEAM_ID / MACOS_NOTARY_PASSWORD not all set: skipping notarization (signed, not notarized)."
  fi
fi

echo "DMG: $DMG"
if [ -n "${GITHUB_OUTPUT:-}" ] && [ "$DRY_RUN" = 0 ]; then
  echo "dmg=$DMG" >>"$GITHUB_OUTPUT"
fi
