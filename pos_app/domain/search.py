"""Catalog search that forgives case and accents: "cafe" finds "Café", "KAG" finds "kag-250".

Texts are folded once when the catalog loads, so a keystroke only does substring tests.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def matching_rows(folded_texts: Sequence[str], query: str) -> list[int]:
    """Rows whose text holds every word of the query; rows starting with it come first."""
    words = fold(query).split()
    if not words:
        return list(range(len(folded_texts)))
    first = words[0]
    rest = words[1:]
    prefix: list[int] = []
    inner: list[int] = []
    for row, text in enumerate(folded_texts):
        if first not in text or any(word not in text for word in rest):
            continue
        if text.startswith(first):
            prefix.append(row)
        else:
            inner.append(row)
    return prefix + inner
