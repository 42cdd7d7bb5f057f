"""Text keys for matching names the way analysts write them.

"Ségou", "SEGOU" and "Segou" are one place; "Jama'at", "Jama’at" and "Jamaat" one
word; "al-Islam" and "al Islam" one phrase. `fold` turns a name into the key that
every lookup (actors, places, admin names) compares.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Apostrophes and their look-alikes vanish: "N'Goutjina" and "Ngoutjina" both occur.
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼʻ`´′"), None)
# Hyphens, dashes, slashes and other joiners become spaces: "al-Islam" == "al Islam".
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―/_.,;:()\[\]\"“”«»]+")
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l"})


def fold(text: str | None) -> str:
    """Case-, accent-, hyphen- and apostrophe-insensitive key of ``text``."""
    if not text:
        return ""
    lowered = text.casefold().translate(_SPECIAL)
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(ch)
    )
    stripped = stripped.translate(_APOSTROPHES)
    return _SEPARATORS.sub(" ", stripped).strip()


def clean(text: str | None) -> str:
    """Trimmed text with inner runs of white space collapsed; NFC so that keys compare."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.split())  # nothing to compose (fast path)
    return " ".join(unicodedata.normalize("NFC", text).split())


@functools.lru_cache(maxsize=1 << 16)
def fold_cached(text: str) -> str:
    """``fold`` remembered: imports fold the same few thousand names a hundred thousand times."""
    return fold(text)
