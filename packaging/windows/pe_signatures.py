"""Which Windows executables (exe, dll, pyd: any PE file) in a folder carry no Authenticode signature.

    python packaging/windows/pe_signatures.py dist/Kasir --catalog dist/unsigned-pe.txt
    python packaging/windows/pe_signatures.py dist/Kasir --check

Smart App Control and some antivirus products block unsigned DLLs and .pyd files, not only an
unsigned Kasir.exe, so the release signs every PE file in the bundle that has no signature yet.
Files that already have one (python313.dll from the PSF, Qt's DLLs when The Qt Company signed
them) keep it. ``--catalog`` writes the unsigned files' paths, relative to the catalog's own
folder, one a line: the ``files-catalog`` format of azure/artifact-signing-action. ``--check``
exits 1 while any PE file is still unsigned (run after signing).

Reads the PE headers only (the certificate table, data directory 4), so it runs anywhere.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

SECURITY_DIRECTORY = 4  # IMAGE_DIRECTORY_ENTRY_SECURITY: where Authenticode keeps the signature
PE32, PE32_PLUS = 0x10B, 0x20B


def certificate_table_size(path: Path) -> int | None:
    """Size of the file's Authenticode certificate table (0: unsigned), or None if not a PE file."""
    try:
        with path.open("rb") as f:
            dos = f.read(64)
            if len(dos) < 64 or dos[:2] != b"MZ":
                return None
            (pe_offset,) = struct.unpack_from("<I", dos, 0x3C)
            f.seek(pe_offset)
            header = f.read(24 + 112 + 8 * 16)  # signature, COFF header, optional header
    except OSError:
        return None
    if len(header) < 26 or header[:4] != b"PE\0\0":
        return None
    optional = 24
    (magic,) = struct.unpack_from("<H", header, optional)
    if magic == PE32:
        count_at, directories_at = optional + 92, optional + 96
    elif magic == PE32_PLUS:
        count_at, directories_at = optional + 108, optional + 112
    else:
        return None
    entry = directories_at + 8 * SECURITY_DIRECTORY
    if len(header) < entry + 8:
        return None
    (directory_count,) = struct.unpack_from("<I", header, count_at)
    if directory_count <= SECURITY_DIRECTORY:
        return 0
    address, size = struct.unpack_from("<II", header, entry)
    return size if address else 0


def pe_files(folder: Path) -> list[Path]:
    """Every PE file below ``folder``, found by content (not by name), in a stable order."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink() and certificate_table_size(path) is not None
    )


def unsigned_pe_files(folder: Path) -> list[Path]:
    return [path for path in pe_files(folder) if certificate_table_size(path) == 0]


def write_catalog(files: list[Path], catalog: Path) -> None:
    catalog.parent.mkdir(parents=True, exist_ok=True)
    lines = [os.path.relpath(path, catalog.parent) for path in files]
    catalog.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Find PE files without an Authenticode signature.")
    parser.add_argument("folder", type=Path, help="the bundle, e.g. dist/Kasir")
    parser.add_argument("--catalog", type=Path, help="write the unsigned files here (signing catalog)")
    parser.add_argument("--check", action="store_true", help="exit 1 if any PE file is unsigned")
    args = parser.parse_args(argv)

    if not args.folder.is_dir():
        print(f"pe_signatures: no folder {args.folder}", file=sys.stderr)
        return 2
    every = pe_files(args.folder)
    unsigned = [path for path in every if certificate_table_size(path) == 0]
    print(f"{len(every)} PE files in {args.folder}, {len(unsigned)} without a signature")
    for path in unsigned:
        print(f"  unsigned: {path.relative_to(args.folder)}")
    if args.catalog:
        write_catalog(unsigned, args.catalog)
        print(f"catalog: {args.catalog}")
    if args.check and unsigned:
        return 1
    if not every:
        print("pe_signatures: no PE files at all: is this a Windows build?", file=sys.stderr)
        return 2 if args.check else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
