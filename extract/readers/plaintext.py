"""The two plain-text layouts copied from the notes website: bullets, and blank-line paragraphs."""
from __future__ import annotations

import re

from kg.records import Note

from .header import Header, clean, is_header_noise, read_header
from .problems import PageError, Warn, quoted

SENTENCE_END = re.compile(r"[.!。]['\"”’)]*$")
FOREIGN = ((re.compile(r"%PDF"), "PDF"), (re.compile(r"\{\\rtf"), "RTF"),
           (re.compile(r"<(?:[!?]|[A-Za-z][\w:-]*[\s/>])"), "HTML or XML"),
           (re.compile(r"(?:\[\s*)?\{\s*\""), "JSON (name JSON Lines files .jsonl)"))
LAYOUTS = ("the bullet layout ('- Title', a line '-', the summary) or blank-line paragraphs "
           "alternating title and summary")


def looks_like_title(text: str) -> bool:
    """A title is one short line that does not end like a sentence."""
    words = text.split()
    return 0 < len(words) <= 30 and not SENTENCE_END.search(text.strip())


def read(text: str, source: str, warn: Warn) -> list[Note]:
    lines = text.split("\n")
    header = read_header(lines)
    body = list(enumerate(lines))[header.lines:]
    if header.venue is None:
        _refuse_foreign(text, source)
    if any(line.startswith("- ") for _, line in body):
        entries = _bullet_entries(body)
    else:
        entries = _paragraph_entries(body)
    if header.venue is None:
        if entries and not any(summary for _, _, summary in entries):
            raise PageError(source, None, f"unknown layout: no page header and no paper has a summary; expected {LAYOUTS}")
        warn(source, None, "no page header with venue and year (e.g. '💬 ACL2026 · 23 paper notes'); papers get none")
        header.area = _heading_area(lines) or header.area
    return [_note(title, summary, number, header, source, warn) for number, title, summary in entries]


def _refuse_foreign(text: str, source: str) -> None:
    start = text.lstrip()[:200]
    for pattern, kind in FOREIGN:
        if pattern.match(start):
            raise PageError(source, None, f"unknown layout: looks like {kind}, not a paper-note page; expected {LAYOUTS}")


def _heading_area(lines: list[str]) -> str | None:
    for line in lines[:6]:
        if line.rstrip().endswith("¶"):
            return clean(line)
    return None


def _note(title: str, summary: str, number: int, header: Header, source: str, warn: Warn) -> Note:
    if not summary:
        warn(source, number, f"paper {quoted(title)} has no summary; kept with its title only")
    return Note(title=title, summary=summary, venue=header.venue, year=header.year, area=header.area,
                source=source, line=number)


def _heading_or_noise(raw: str) -> bool:
    """Headings ('⚡ Area¶') and banner lines, skipped only before the first paper: a title may end in '¶'."""
    return is_header_noise(raw) or raw.rstrip().endswith("¶")


def _bullet_entries(body: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """'- Title', a lone '-', then the summary line; a bare title line after a summary is a paper without one."""
    entries: list[list] = []
    for index, raw in body:
        line = raw.strip()
        if not line or line == "-" or (not entries and not raw.startswith("- ") and _heading_or_noise(raw)):
            continue
        if raw.startswith("- "):
            entries.append([index + 1, line[2:].strip(), ""])
        elif not entries or (entries[-1][2] and looks_like_title(line)):
            entries.append([index + 1, line, ""])
        else:
            entries[-1][2] = f"{entries[-1][2]} {line}".strip()
    return [tuple(e) for e in entries]


def _paragraph_entries(body: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """Paragraphs alternate title, summary; a title followed by a title has no summary."""
    paragraphs: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for index, raw in body + [(len(body) + 10**6, "")]:
        if raw.strip() and (paragraphs or current or not _heading_or_noise(raw)):
            if not current:
                start = index + 1
            current.append(raw.strip())
        elif current:
            paragraphs.append((start, " ".join(current)))
            current = []
    entries: list[list] = []
    for position, (number, text) in enumerate(paragraphs):
        following = paragraphs[position + 1][1] if position + 1 < len(paragraphs) else None
        if entries and not _starts_paper(text, entries[-1][2], following):
            entries[-1][2] = f"{entries[-1][2]} {text}".strip()
        else:
            entries.append([number, text, ""])
    return [tuple(e) for e in entries]


def _starts_paper(text: str, summary_so_far: str, following: str | None) -> bool:
    """A title-like paragraph starts a paper. So does a short one that ends like a sentence ('StarCoder: may the
    source be with you!') between a summary and another summary: one paper's summary is one paragraph."""
    if looks_like_title(text):
        return True
    return bool(summary_so_far) and following is not None and not looks_like_title(following) \
        and len(text.split()) <= 30
