"""Build the frozen Kasir app with PyInstaller, then smoke-test what was built.

    python packaging/build_frozen.py                 # translations, PyInstaller, smoke test
    python packaging/build_frozen.py --skip-build    # only smoke-test an existing dist/
    python packaging/build_frozen.py --bundle PATH   # smoke-test an installed copy

The frozen executable runs ``--smoke-test`` under ``QT_QPA_PLATFORM=offscreen``: it prints
what it found for receipts (``printsupport:``, ``serial:``, ``usb:``, ``escpos:``), builds the
real app through its composition root, starts the training server, creates an order, renders
its QR and prints ``qt:``, ``platform:``, ``keyring:`` and ``smoke test: ok``. This script
fails (non-zero) when the build fails, when the frozen app exits non-zero or hangs, or when
its output lacks one of those lines.

``--bundle`` points at an installed copy instead of ``dist/``: the folder holding
``Kasir.exe`` (Windows, after the installer ran) or a ``Kasir.app`` (macOS, inside the mounted
DMG). The release workflow uses it to run the app that users get.

Used by ``.ci/run`` on Linux and by the GitHub workflows on Windows and macOS.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from bundle_layout import APP_NAME, executable

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pos_app.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
# Lines the smoke test must print (the keyring line is checked more closely below).
REQUIRED_PREFIXES = ("printsupport:", "serial:", "escpos:", "qt:", "platform:", "keyring:")

# Backends that mean "no credential store found": on Windows and macOS the frozen app must
# have found the OS store, or the keyring hidden imports/metadata are broken.
NO_STORE_MARKERS = ("fail", "null")


def log(message: str) -> None:
    print(f"[build_frozen] {message}", flush=True)


def default_bundle(dist: Path) -> Path:
    """What a build made: the .app on macOS (what ships), the onedir folder elsewhere."""
    return dist / f"{APP_NAME}.app" if sys.platform == "darwin" else dist / APP_NAME


def executables(bundle: Path) -> tuple[Path, list[Path]]:
    """(binary whose output we read, other shipped binaries that must also pass)."""
    if sys.platform == "win32":
        # Kasir.exe is a windowed exe and may get no stdout; kasir-cli.exe is its console
        # twin from the same bundle. Kasir.exe still has to exit 0.
        return executable(bundle, console=True), [executable(bundle)]
    return executable(bundle), []


def run_step(cmd: list[str]) -> None:
    log("$ " + " ".join(cmd))
    result = subprocess.run(cmd, cwd=ROOT, check=False)
    if result.returncode != 0:
        log(f"failed with exit code {result.returncode}: {cmd[1:3]}")
        raise SystemExit(result.returncode)


def build(clean: bool) -> float:
    run_step([sys.executable, str(ROOT / "packaging" / "build_translations.py")])
    if not (ROOT / "resources" / "icons" / "icon.ico").exists():
        run_step([sys.executable, str(ROOT / "packaging" / "make_icons.py")])
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
    ]
    if clean:
        cmd.append("--clean")
    started = time.monotonic()
    run_step([*cmd, str(SPEC)])
    return time.monotonic() - started


def smoke_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Let the frozen app discover its keyring backend itself (that is what we test), and
    # keep a developer's Python settings out of the frozen interpreter.
    for name in ("PYTHON_KEYRING_BACKEND", "PYTHONPATH", "PYTHONHOME", "QT_PLUGIN_PATH"):
        env.pop(name, None)
    return env


def run_frozen(exe: Path, timeout: float) -> tuple[int, str]:
    log(f"$ QT_QPA_PLATFORM=offscreen {exe} --smoke-test")
    try:
        result = subprocess.run(
            [str(exe), "--smoke-test"],
            cwd=exe.parent,
            env=smoke_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        output = exc.output.decode("utf-8", "replace") if exc.output else ""
        return -1, output + f"\n[build_frozen] timed out after {timeout:.0f} s"
    return result.returncode, result.stdout.decode("utf-8", "replace")


def check_output(returncode: int, output: str, expect_keyring: str | None) -> list[str]:
    """Problems with a smoke-test run; empty when it passed."""
    problems = []
    lines = [line.strip() for line in output.splitlines()]
    if returncode != 0:
        problems.append(f"frozen app exited with {returncode}")
    for prefix in REQUIRED_PREFIXES:
        if not any(line.startswith(prefix) for line in lines):
            problems.append(f"no '{prefix}' line in the output")
    keyring_lines = [line for line in lines if line.startswith("keyring:")]
    if keyring_lines and sys.platform in ("win32", "darwin") and any(
        marker in keyring_lines[-1].lower() for marker in NO_STORE_MARKERS
    ):
        problems.append(f"no OS credential store was found: {keyring_lines[-1]!r}")
    if keyring_lines and expect_keyring and expect_keyring not in keyring_lines[-1]:
        problems.append(f"expected {expect_keyring!r} in {keyring_lines[-1]!r}")
    if "smoke test: ok" not in lines:
        problems.append("no 'smoke test: ok' line in the output")
    return problems


def dist_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build and smoke-test the frozen Kasir app.")
    parser.add_argument(
        "--skip-build", action="store_true", help="only smoke-test the existing dist/ build"
    )
    parser.add_argument(
        "--no-clean", action="store_true", help="reuse PyInstaller's cache in build/"
    )
    parser.add_argument(
        "--timeout", type=float, default=180.0, help="seconds the smoke test may take"
    )
    parser.add_argument(
        "--bundle",
        type=Path,
        metavar="PATH",
        help="smoke-test this installed copy (folder with Kasir.exe, or a Kasir.app); implies --skip-build",
    )
    parser.add_argument(
        "--expect-keyring",
        metavar="TEXT",
        help="fail unless the 'keyring:' line contains TEXT (e.g. WinVaultKeyring)",
    )
    args = parser.parse_args(argv)

    if not (args.skip_build or args.bundle):
        seconds = build(clean=not args.no_clean)
        log(f"PyInstaller took {seconds:.0f} s")

    bundle = args.bundle.resolve() if args.bundle else default_bundle(DIST)
    exe, others = executables(bundle)
    if not exe.is_file():
        log(f"no frozen executable at {exe}; build first (without --skip-build)")
        return 1
    log(f"bundle {bundle}: {dist_size(bundle) / 2**20:.1f} MiB")

    returncode, output = run_frozen(exe, args.timeout)
    print(output.rstrip(), flush=True)
    problems = check_output(returncode, output, args.expect_keyring)
    for other in others:
        other_code, other_output = run_frozen(other, args.timeout)
        if other_code != 0:
            print(other_output.rstrip(), flush=True)
            problems.append(f"{other.name} --smoke-test exited with {other_code}")
    if problems:
        for problem in problems:
            log(f"FAILED: {problem}")
        return 1
    log("frozen smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
