"""JSON Lines and CSV/TSV of papers: title, summary, venue, year, area."""
from __future__ import annotations

import csv
import io
import json
import re
import sys

from kg.records import Note
from kg.wording import plural

from .header import venue_year
from .problems import PageError, Warn, clean_value, quoted

YEAR = re.compile(r"(?:19|20)[0-9][0-9]")

ALIASES = {"title": ("title", "name", "paper"), "summary": ("summary", "abstract", "tldr", "note"),
           "venue": ("venue", "conference"), "year": ("year",), "area": ("area", "research_area", "topic")}


def read_jsonl(text: str, source: str, warn: Warn) -> list[Note]:
    notes = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            warn(source, number, f"not a JSON object ({err.msg}); line skipped")
            continue
        except RecursionError:
            warn(source, number, "JSON nested too deeply; line skipped")
            continue
        if not isinstance(record, dict):
            warn(source, number, "not a JSON object; line skipped")
            continue
        note = _note(record, source, number, warn)
        if note:
            notes.append(note)
    return notes


def read_csv(text: str, source: str, warn: Warn, delimiter: str) -> list[Note]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a summary of a megabyte is one field
    lines = _Lines(text if text.endswith("\n") else text + "\n")
    reader = csv.DictReader(lines, delimiter=delimiter)
    kind = "TSV" if delimiter == "\t" else "CSV"
    try:
        fields = {f.strip().lower() for f in reader.fieldnames or []}
        if not fields & set(ALIASES["title"]):
            raise PageError(source, 1, f"no title column; header has {sorted(fields)[:12]}")
        has_summary = bool(fields & set(ALIASES["summary"]))
        if not has_summary:
            warn(source, 1, f"no summary column ({', '.join(ALIASES['summary'])}); every paper is kept with its title only")
        notes, start = [], reader.line_num + 1
        for record in reader:
            if lines.ended:  # csv reads to the end of the page for a quote that never closes, and says nothing
                warn(source, start, f'a quote (") opened in this {kind} record never closes; '
                                    "the rest of the page was read into it")
            surplus = record.get(None)
            if surplus:
                warn(source, reader.line_num, f"{plural(len(surplus), 'more field')} than the "
                                              f"header's {len(reader.fieldnames)} columns; ignored")
            row = {k.strip().lower(): v for k, v in record.items() if isinstance(k, str) and isinstance(v, str)}
            note = _note(row, source, reader.line_num, warn, has_summary)
            if note:
                notes.append(note)
            start = reader.line_num + 1
    except csv.Error as err:
        raise PageError(source, reader.line_num or None, f"not valid {kind}: {err}") from err
    return notes


class _Lines:
    """The page's lines for the csv reader, noting when it has asked past the last one."""

    def __init__(self, text: str) -> None:
        self.lines, self.ended = iter(io.StringIO(text)), False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        try:
            return next(self.lines)
        except StopIteration:
            self.ended = True
            raise


def _pick(record: dict, field: str) -> str:
    for name in ALIASES[field]:
        value = record.get(name)
        if value is None or isinstance(value, (dict, list)):
            continue
        text = clean_value(str(value)).strip()
        if text:
            return text
    return ""


def _note(record: dict, source: str, number: int, warn: Warn, has_summary: bool = True) -> Note | None:
    title = _pick(record, "title")
    if not title:
        warn(source, number, "record has no title; skipped")
        return None
    summary = _pick(record, "summary")
    if not summary and has_summary:  # a page with no summary column says so once
        warn(source, number, f"paper {quoted(title)} has no summary; kept with its title only")
    venue, venue_year_ = venue_year(_pick(record, "venue"))
    year_text = _pick(record, "year")
    year = int(year_text) if YEAR.fullmatch(year_text) else venue_year_
    if year_text and not YEAR.fullmatch(year_text):
        warn(source, number, f"year {quoted(year_text, 20)} is not a year like 2026; ignored")
    return Note(title=title, summary=summary, venue=venue, year=year, area=_pick(record, "area") or None,
                source=source, line=number)
