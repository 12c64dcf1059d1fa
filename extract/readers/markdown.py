"""The notes website's Markdown source: front matter, headings, **[Title](note.md)** then ':   summary'."""
from __future__ import annotations

import re

from kg.records import Note

from .header import Header, clean, read_header, venue_year
from .problems import Warn, quoted

TITLE = re.compile(r"^\s*(?:[-*+]\s+)?\*\*\s*(?:\[(?P<linked>.+?)\]\([^)]*\)|(?P<plain>[^*].*?))\s*\*\*\s*$")
SUMMARY = re.compile(r"^\s*:\s+(?P<text>.*)$")
FRONT_KEYS = {"venue": "venue", "conference": "venue", "year": "year", "area": "area",
              "category": "area", "title": "area"}


def looks_like_markdown(text: str) -> bool:
    return bool(re.search(r"^\s*(?:[-*+]\s+)?\*\*\[.+?\]\(.+?\)\*\*\s*$", text, re.M)) or text.startswith("---\n")


def read(text: str, source: str, warn: Warn) -> list[Note]:
    lines = text.split("\n")
    header, body_start = _front_matter(lines)
    page_header = read_header(lines[body_start:])
    header.venue = header.venue or page_header.venue
    header.year = header.year or page_header.year
    header.area = header.area or page_header.area or _first_heading(lines[body_start:])
    if header.venue is None:
        warn(source, None, "no venue in front matter or page header; papers get none")
    notes: list[Note] = []
    title, number, summary = None, 0, []
    for index in range(body_start, len(lines)):
        line = lines[index]
        title_match, summary_match = TITLE.match(line), SUMMARY.match(line)
        if title_match:
            _flush(notes, title, summary, number, header, source, warn)
            title = (title_match.group("linked") or title_match.group("plain")).strip()
            number, summary = index + 1, []
        elif summary_match and title is not None:
            summary.append(summary_match.group("text").strip())
        elif title is not None and summary and line.startswith((" ", "\t")) and line.strip():
            summary.append(line.strip())
    _flush(notes, title, summary, number, header, source, warn)
    return notes


def _flush(notes, title, summary, number, header, source, warn):
    if title is None:
        return
    text = " ".join(summary).strip()
    if not text:
        warn(source, number, f"paper {quoted(title)} has no summary; kept with its title only")
    notes.append(Note(title=title, summary=text, venue=header.venue, year=header.year,
                      area=header.area, source=source, line=number))


def _front_matter(lines: list[str]) -> tuple[Header, int]:
    header = Header()
    if not lines or lines[0].strip() != "---":
        return header, 0
    for index in range(1, len(lines)):
        line = lines[index]
        if line.strip() == "---":
            return header, index + 1
        key, _, value = line.partition(":")
        field = FRONT_KEYS.get(key.strip().lower())
        value = value.strip().strip("'\"")
        if not field or not value:
            continue
        if field == "venue":
            header.venue, year = venue_year(value)
            header.year = header.year or year
        elif field == "year" and re.fullmatch(r"[0-9]{4}", value):
            header.year = int(value)
        elif field == "area" and header.area is None:
            header.area = clean(value)
    return Header(), 0


def _first_heading(lines: list[str]) -> str | None:
    for line in lines:
        if line.startswith("#"):
            return clean(line.lstrip("#"))
    return None
