"""Refresh and check the Qt Linguist sources ``resources/i18n/kasir_*.ts`` from the code.

English is the source language (what ``self.tr("...")`` holds), so only other languages
have a ``.ts`` file. Usual round for a translator:

    python packaging/update_translations.py               # pick up new strings from pos_app/**/*.py
    python packaging/update_translations.py --list        # what still needs a translation
    python packaging/update_translations.py --export todo.json   # the same, as a file to fill in
    python packaging/update_translations.py --import todo.json   # write the filled-in file back
    python packaging/update_translations.py --check       # exit 1 if anything is missing

(or open the ``.ts`` in ``pyside6-linguist``). ``packaging/build_translations.py`` then
compiles them into ``.qm`` files. Existing translations are kept; strings that left the
code are dropped (``-no-obsolete``). Source locations are not stored, so the ``.ts`` only
changes when strings change, not whenever code moves.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "pos_app"
TS_DIR = ROOT / "resources" / "i18n"
DEFAULT_LANGUAGES = ("id",)


@dataclass(frozen=True, order=True)
class Entry:
    context: str
    source: str
    comment: str = ""

    def describe(self) -> str:
        note = f"  [{self.comment}]" if self.comment else ""
        return f"{self.context}: {self.source!r}{note}"


@dataclass(frozen=True)
class Report:
    """How one ``.ts`` file compares with the strings in the code."""

    ts: Path
    missing: tuple[Entry, ...]  # in the code, not in the .ts (run this script)
    untranslated: tuple[Entry, ...]  # in the .ts but unfinished or empty
    stale: tuple[Entry, ...]  # in the .ts, no longer in the code
    mismatched: tuple[str, ...] = ()  # translations that lost a placeholder or shortcut
    # Found without a class: tr() was called through an alias (``tr = self.tr``), so lupdate
    # files it under no context while Qt looks it up under the class name: never translated.
    contextless: tuple[Entry, ...] = ()

    @property
    def ok(self) -> bool:
        return not (self.missing or self.untranslated or self.mismatched or self.contextless)

    def describe(self) -> str:
        lines = [f"{self.ts.name}:"]
        for title, entries in (
            ("in the code but missing from the .ts (run packaging/update_translations.py)", self.missing),
            ("untranslated or unfinished", self.untranslated),
            ("no longer in the code (dropped by the next update)", self.stale),
        ):
            if entries:
                lines.append(f"  {len(entries)} {title}:")
                lines.extend(f"    {entry.describe()}" for entry in entries)
        if self.contextless:
            lines.append(
                f"  {len(self.contextless)} found outside a class context (write self.tr(...) "
                "directly, not through an alias like tr = self.tr):"
            )
            lines.extend(f"    {entry.source!r}" for entry in self.contextless)
        if self.mismatched:
            lines.append(f"  {len(self.mismatched)} translated but not matching the English:")
            lines.extend(f"    {problem}" for problem in self.mismatched)
        if len(lines) == 1:
            lines.append("  complete")
        return "\n".join(lines)


def lupdate_command() -> list[str]:
    found = shutil.which("pyside6-lupdate")
    if found:
        return [found]
    # Next to the running interpreter (a venv not on PATH), then the wheel's own binary.
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    if beside.exists():
        return [str(beside)]
    import PySide6

    bundled = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    return [str(bundled)]


def source_files(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"kasir_{language}.ts"


def existing_languages(directory: Path = TS_DIR) -> list[str]:
    found = sorted(p.stem.removeprefix("kasir_") for p in directory.glob("kasir_*.ts"))
    return found or list(DEFAULT_LANGUAGES)


def run_lupdate(ts_files: Sequence[Path], sources: Sequence[Path] | None = None) -> None:
    """Merge the strings of ``sources`` into ``ts_files`` (created when missing)."""
    files = list(sources if sources is not None else source_files())
    for ts in ts_files:
        ts.parent.mkdir(parents=True, exist_ok=True)
    # A list file keeps the command short enough for Windows with any number of sources.
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
        cmd = [*lupdate_command(), "-silent", "-no-obsolete", "-locations", "none", f"@{listing}"]
        cmd += ["-ts", *(str(ts) for ts in ts_files)]
        subprocess.run(cmd, check=True)


def _message_entry(context: str, message: ET.Element) -> Entry:
    return Entry(context, message.findtext("source") or "", message.findtext("comment") or "")


def _translation_text(translation: ET.Element | None) -> str | None:
    """The translated text, or None while it is unfinished, empty or obsolete."""
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return texts[0] if all(text.strip() for text in texts) else None


def read_translations(ts: Path) -> dict[Entry, str | None]:
    """Every live entry of a ``.ts`` file and its translation (None: not translated yet)."""
    entries: dict[Entry, str | None] = {}
    if not ts.exists():
        return entries
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            entries[_message_entry(name, message)] = _translation_text(translation)
    return entries


def read_ts(ts: Path) -> dict[Entry, bool]:
    """Every entry of a ``.ts`` file, mapped to whether it is translated."""
    return {entry: text is not None for entry, text in read_translations(ts).items()}


# %1, %n and {name}: what the code fills in, so a translation must keep every one.
_PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _mnemonics(text: str) -> int:
    # "&&" is a literal ampersand; a single "&" marks the Alt+letter shortcut.
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def mismatches(ts: Path) -> list[str]:
    """Translations that dropped a placeholder or a keyboard shortcut of their source."""
    problems = []
    for entry, text in sorted(read_translations(ts).items()):
        if text is None:
            continue
        if sorted(_PLACEHOLDER.findall(entry.source)) != sorted(_PLACEHOLDER.findall(text)):
            problems.append(f"{entry.describe()} -> {text!r}: placeholders differ")
        if _mnemonics(entry.source) != _mnemonics(text):
            problems.append(f"{entry.describe()} -> {text!r}: keyboard shortcut (&) differs")
    return problems


def check(ts: Path, sources: Sequence[Path] | None = None) -> Report:
    """Compare a committed ``.ts`` with the code, without touching the committed file."""
    committed = read_ts(ts)
    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = Path(tmp) / ts.name
        if ts.exists():
            shutil.copyfile(ts, fresh_path)
        run_lupdate([fresh_path], sources)
        fresh = read_ts(fresh_path)
    return Report(
        ts=ts,
        missing=tuple(sorted(set(fresh) - set(committed))),
        untranslated=tuple(sorted(e for e, done in committed.items() if not done and e in fresh)),
        stale=tuple(sorted(set(committed) - set(fresh))),
        mismatched=tuple(mismatches(ts)),
        contextless=tuple(sorted(e for e in fresh if not e.context)),
    )


def unfinished(ts: Path) -> list[Entry]:
    return sorted(entry for entry, done in read_ts(ts).items() if not done)


def export_unfinished(ts: Path, out: Path) -> int:
    """Write the unfinished entries as JSON for filling in; returns how many."""
    todo = [
        {
            "context": e.context,
            "source": e.source,
            "comment": e.comment,
            # What the translation must contain too; --check enforces it.
            "keep": _PLACEHOLDER.findall(e.source) + ["&"] * _mnemonics(e.source),
            "translation": "",
        }
        for e in unfinished(ts)
    ]
    out.write_text(json.dumps(todo, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(todo)


def import_translations(
    ts: Path, filled: Path | Iterable[dict[str, str]], sources: Sequence[Path] | None = None
) -> int:
    """Put filled-in translations into the ``.ts``; returns how many were applied.

    Entries with an empty translation are skipped, so a half-done file can be imported.
    """
    items = json.loads(filled.read_text(encoding="utf-8")) if isinstance(filled, Path) else list(filled)
    wanted = {
        Entry(i["context"], i["source"], i.get("comment", "")): i["translation"]
        for i in items
        if i.get("translation", "").strip()
    }
    tree = ET.parse(ts)
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = wanted.get(_message_entry(name, message))
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            forms = translation.findall("numerusform")
            for form in forms or [translation]:
                form.text = text
            applied += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    # lupdate rewrites the file in its own layout, so the diff shows only the new texts.
    run_lupdate([ts], sources)
    return applied


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--lang", action="append", help="language code (default: every kasir_*.ts)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="list untranslated strings")
    action.add_argument("--check", action="store_true", help="exit 1 if a string is missing or untranslated")
    action.add_argument("--export", type=Path, metavar="JSON", help="write untranslated strings to fill in")
    action.add_argument("--import", dest="import_", type=Path, metavar="JSON", help="apply a filled-in file")
    args = parser.parse_args(argv)
    languages = args.lang or existing_languages()
    files = [ts_path(lang) for lang in languages]
    if (args.export or args.import_) and len(files) != 1:
        parser.error("--export/--import work on one language: add --lang CODE")

    if args.check:
        reports = [check(ts) for ts in files]
        print("\n".join(r.describe() for r in reports))
        return 0 if all(r.ok for r in reports) else 1
    if args.list:
        for ts in files:
            todo = unfinished(ts)
            print(f"{ts.name}: {len(todo)} untranslated")
            for entry in todo:
                print(f"  {entry.describe()}")
        return 0
    if args.export:
        count = export_unfinished(files[0], args.export)
        print(f"wrote {count} untranslated string(s) to {args.export}")
        return 0
    if args.import_:
        count = import_translations(files[0], args.import_)
        print(f"applied {count} translation(s) to {files[0].relative_to(ROOT)}")
        return 0

    run_lupdate(files)
    for ts in files:
        print(f"{ts.relative_to(ROOT)}: {len(unfinished(ts))} untranslated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
