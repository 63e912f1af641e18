"""File names from people's names that every file system accepts, Windows included."""

from __future__ import annotations

import re
import unicodedata

FORBIDDEN = set('<>:"/\\|?*')
RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in "123456789¹²³"),
    *(f"LPT{n}" for n in "123456789¹²³"),
}
# A name may be 255 characters on Windows and 255 bytes on Linux and macOS, where an
# accented letter takes two bytes and a Chinese one three: leave room for " (12)", the
# suffix and " - groeiplan 2026".
MAX_STEM = 150
MAX_STEM_BYTES = 180
_SPACES = re.compile(r"\s+")


def _allowed(char: str) -> bool:
    return char not in FORBIDDEN and unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp")


def safe_stem(text: str, fallback: str = "medewerker") -> str:
    """Keep letters with their diacritics; drop what Windows refuses; never empty."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(char if _allowed(char) else " " for char in text)
    stem = _fit(_SPACES.sub(" ", kept).strip()[:MAX_STEM])
    # Windows silently drops trailing dots and spaces, which would merge two names.
    stem = stem.rstrip(". ")
    return stem or fallback


def _fit(stem: str) -> str:
    """Cut at a character boundary so the UTF-8 form is at most MAX_STEM_BYTES long."""
    encoded = stem.encode("utf-8")
    if len(encoded) <= MAX_STEM_BYTES:
        return stem
    return encoded[:MAX_STEM_BYTES].decode("utf-8", errors="ignore")


def safe_filename(stem: str, suffix: str = ".pdf", fallback: str = "medewerker") -> str:
    name = safe_stem(stem, fallback) + suffix
    device, dot, rest = name.partition(".")
    # CON, NUL, COM1 … name devices on Windows, with or without an extension.
    if device.rstrip(" ").upper() in RESERVED:
        name = f"{device.rstrip(' ')}_{dot}{rest}"
    return name


class FileNamer:
    """Hands out distinct names: 'Jef Claes.pdf', then 'Jef Claes (2).pdf'.

    Compared case-insensitively, since Windows and macOS treat 'a.pdf' and 'A.pdf' as one.
    """

    def __init__(self) -> None:
        self.used: set[str] = set()

    def name(self, stem: str, suffix: str = ".pdf") -> str:
        candidate = safe_filename(stem, suffix)
        number = 2
        while candidate.casefold() in self.used:
            candidate = safe_filename(f"{safe_stem(stem)} ({number})", suffix)
            number += 1
        self.used.add(candidate.casefold())
        return candidate
