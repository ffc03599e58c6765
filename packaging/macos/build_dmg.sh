#!/usr/bin/env bash
# Notarize and staple dist/Kasir.app, package it into a DMG, then sign, notarize and staple the DMG.
#
# The app arrives signed: PyInstaller signs every binary in it (hardened runtime, secure
# timestamp, packaging/macos/entitlements.plist) when MACOS_SIGN_IDENTITY is set during the
# build (see packaging/pos_app.spec). This script checks that signature, never re-signs the app
# (no `codesign --deep`), and staples the notarization ticket to the app itself, so a copy dragged
# to Applications opens without asking Apple's servers first.
#
# Signing the DMG needs MACOS_SIGN_IDENTITY ("Developer ID Application: … (TEAMID)"), optionally
# MACOS_KEYCHAIN (the keychain holding it). Notarization also needs MACOS_NOTARY_APPLE_ID,
# MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD (an app-specific password). Without them the
# DMG is built unsigned and the script says so and exits 0, so branches and forks still get an
# installable artifact; --require-signing (release tags) makes a missing secret an error.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP_NAME="Kasir"

usage() {
  cat <<EOF
Usage: $(basename "$0") [--app PATH] [--out DIR] [--version V] [--require-signing] [--dry-run]

Notarize and staple the PyInstaller app bundle (signed during the build), build a DMG around
it, and sign, notarize and staple the DMG, when the signing and notary secrets are set.

  --app PATH         the .app to package (default: dist/$APP_NAME.app)
  --out DIR          where the DMG goes (default: dist/installer)
  --version V        version in the DMG name and volume (default: pos_app.__version__)
  --require-signing  fail unless the signing and notary secrets are all set (release tags)
  --dry-run          print the commands instead of running them (works on any OS)
  -h, --help         show this help

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
REQUIRE_SIGNING=0

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
    --require-signing) REQUIRE_SIGNING=1; shift ;;
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

IDENTITY="${MACOS_SIGN_IDENTITY:-}"
NOTARIZE=0
if [ -n "$IDENTITY" ] && [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] \
    && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
  NOTARIZE=1
fi
if [ "$REQUIRE_SIGNING" = 1 ] && [ "$NOTARIZE" = 0 ]; then
  echo "error: --require-signing: MACOS_SIGN_IDENTITY, MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD must all be set" >&2
  exit 1
fi

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
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
else
  [ -d "$APP" ] || echo "(dry run) note: $APP does not exist yet"
  WORK="${TMPDIR:-/tmp}/kasir-dmg-work"
fi

ARCH="$(uname -m)"
DMG="$OUT/$APP_NAME-$VERSION-macos-$ARCH.dmg"
KEYCHAIN_ARGS=()
[ -n "${MACOS_KEYCHAIN:-}" ] && KEYCHAIN_ARGS=(--keychain "$MACOS_KEYCHAIN")

echo "Kasir $VERSION: $APP -> $DMG"

# Submit a file to Apple's notary service and wait; print the log and fail unless accepted.
notarize() {
  local file="$1" result submission
  local notary=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD")
  if [ "$DRY_RUN" = 1 ]; then
    run xcrun notarytool submit "$file" "${notary[@]}" --wait
    return
  fi
  echo "+ xcrun notarytool submit $file --wait (credentials hidden)"
  result="$(xcrun notarytool submit "$file" "${notary[@]}" --wait 2>&1)" || true
  echo "$result"
  if ! grep -q "status: Accepted" <<<"$result"; then
    submission="$(sed -n 's/^ *id: *//p' <<<"$result" | head -n 1)"
    if [ -n "$submission" ]; then
      xcrun notarytool log "$submission" "${notary[@]}" || true
    fi
    echo "error: notarization of $file was not accepted" >&2
    exit 1
  fi
}

# 1. The app: PyInstaller signed it; check that signature (hardened runtime, not ad-hoc),
#    then notarize it and staple the ticket to the app itself.
if [ -n "$IDENTITY" ]; then
  run codesign --verify --deep --strict --verbose=2 "$APP"
  if [ "$DRY_RUN" = 0 ]; then
    details="$(codesign --display --verbose=2 "$APP" 2>&1)"
    if grep -q "Signature=adhoc" <<<"$details" || ! grep -q "flags=.*runtime" <<<"$details"; then
      echo "$details"
      echo "error: $APP is not signed with a Developer ID and the hardened runtime; build it with MACOS_SIGN_IDENTITY set" >&2
      exit 1
    fi
  fi
  if [ "$NOTARIZE" = 1 ]; then
    run mkdir -p "$WORK"
    run ditto -c -k --keepParent "$APP" "$WORK/$APP_NAME.zip"
    notarize "$WORK/$APP_NAME.zip"
    run xcrun stapler staple "$APP"
    run xcrun stapler validate "$APP"
  else
    echo "MACOS_NOTARY_APPLE_ID / MACOS_NOTARY_TEAM_ID / MACOS_NOTARY_PASSWORD not all set: skipping notarization (signed, not notarized)."
  fi
else
  echo "MACOS_SIGN_IDENTITY is not set: skipping code signing and notarization (unsigned DMG)."
fi

# 2. The DMG: the (stapled) app plus an Applications link to drag it onto.
run mkdir -p "$OUT"
STAGING="$WORK/staging"
run mkdir -p "$STAGING"
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

# 3. Sign, notarize and staple the DMG too: Gatekeeper checks the container first.
if [ -n "$IDENTITY" ]; then
  run codesign --force --timestamp --sign "$IDENTITY" "${KEYCHAIN_ARGS[@]+"${KEYCHAIN_ARGS[@]}"}" "$DMG"
  if [ "$NOTARIZE" = 1 ]; then
    notarize "$DMG"
    run xcrun stapler staple "$DMG"
    run xcrun stapler validate "$DMG"
  fi
fi

echo "DMG: $DMG"
if [ -n "${GITHUB_OUTPUT:-}" ] && [ "$DRY_RUN" = 0 ]; then
  echo "dmg=$DMG" >>"$GITHUB_OUTPUT"
fi
