"""Compile the Qt Linguist sources ``resources/i18n/*.ts`` into ``pos_app/i18n/*.qm``.

Run by ``make install``, by CI and by the installer builds; the ``.qm`` files are build
output and not committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "i18n"
TARGET = ROOT / "pos_app" / "i18n"


def lrelease_command() -> list[str]:
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    import PySide6  # the Essentials wheel ships the Qt tool next to the bindings

    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    return [str(bundled)]


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    sources = sorted(SOURCES.glob("*.ts"))
    for ts in sources:
        qm = TARGET / ts.with_suffix(".qm").name
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
    print(f"compiled {len(sources)} translation(s) into {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
