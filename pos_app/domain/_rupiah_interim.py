"""A Qt-free rupiah formatter for printed and exported shift reports.

# replace with money.format_rupiah once merged (another branch adds it to domain/money.py;
# this copy exists only so the two branches do not edit the same file).
"""

from __future__ import annotations


def format_rupiah(amount: int) -> str:
    """``Rp 1.234.567``, ``-Rp 5.000``: dot thousands, no decimals, the sign before ``Rp``."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"rupiah amounts are whole int, got {amount!r}")
    digits = f"{abs(amount):,}".replace(",", ".")
    return f"-Rp {digits}" if amount < 0 else f"Rp {digits}"
