"""The page header: research area, venue and year, as the notes website prints them."""
from __future__ import annotations

import re
from dataclasses import dataclass

VENUE_LINE = re.compile(r"(?P<venue>[A-Za-z][A-Za-z-]*\s?(?P<year>(?:19|20)\d\d))\s*·\s*\d+\s+paper notes?", re.I)
NOISE_PREFIXES = ("📌", "🔥", "Skip to content")
LEADING_SYMBOLS = re.compile(r"^[^\w(\[\"'“]+")


@dataclass
class Header:
    area: str | None = None
    venue: str | None = None
    year: int | None = None
    lines: int = 0  # lines the header takes up


def clean(line: str) -> str:
    """A header line without its leading emoji and trailing pilcrow."""
    return LEADING_SYMBOLS.sub("", line).rstrip("¶ \t").strip()


def is_header_noise(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith(NOISE_PREFIXES)


def venue_year(text: str) -> tuple[str | None, int | None]:
    match = re.search(r"(?:19|20)\d\d", text)
    return text.strip() or None, int(match.group()) if match else None


def read_header(lines: list[str]) -> Header:
    """Find the venue line near the top; the area is the titled line before it."""
    header = Header()
    for index, line in enumerate(lines[:12]):
        match = VENUE_LINE.search(line)
        if not match:
            continue
        header.venue = match.group("venue").replace(" ", "")
        header.year = int(match.group("year"))
        before = [clean(l) for l in lines[:index] if l.strip() and not is_header_noise(l)]
        header.area = before[-1] if before else None
        end = index + 1
        while end < len(lines) and (not lines[end].strip() or is_header_noise(lines[end])):
            end += 1
        header.lines = end
        return header
    return header
