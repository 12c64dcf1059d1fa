"""How readers report trouble: PageError stops a page, Warn notes something and goes on."""
from __future__ import annotations

import re
from typing import Protocol

from kg.wording import plural

# C0 controls but tab and newline, DEL, C1 controls, lone surrogates and the two non-characters:
# XML 1.0 forbids most of them, terminals obey some of them, no page means them as text.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Bidirectional overrides and isolates reorder what a terminal shows ("Trojan Source"): shown as escapes in messages.
BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
BINARY_SHARE = 0.02  # a page whose first 8 KiB is more than this share control characters is binary
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Entities and results are read from this much of a title or summary (the rules are not linear in length);
# the graph keeps the whole text. Real summaries are under 3,000 characters.
MAX_FIELD_CHARS = 20_000


class Warn(Protocol):
    def __call__(self, source: str, line: int | None, message: str) -> None: ...


class PageError(Exception):
    """A page that cannot be read at all."""

    def __init__(self, source: str, line: int | None, message: str):
        self.source, self.line, self.message = source, line, message
        super().__init__(f"{source}{f':{line}' if line else ''}: {message}")


def decode(data: bytes, source: str, warn: Warn) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252 line by line with a warning; binary is an error."""
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise PageError(source, None, "starts like UTF-16 text but does not decode as UTF-16") from err
    if b"\x00" in data[:8192]:
        raise PageError(source, None, "looks like a binary file (NUL bytes), not a text page")
    try:
        text, odd = data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        text, odd = _decode_mixed(data, source)
    _refuse_binary(text, source)
    if odd:
        more = f" (and {plural(len(odd) - 1, 'more line')})" if len(odd) > 1 else ""
        warn(source, odd[0], f"not valid UTF-8; this line{more} read as Windows-1252 (cp1252)")
    return text


def _decode_mixed(data: bytes, source: str) -> tuple[str, list[int]]:
    """Each line as UTF-8 if it is, else as cp1252 (one pasted Windows line does not garble a UTF-8 page); the text
    and the numbers of the lines read as cp1252."""
    lines, odd = [], []
    for number, line in enumerate(data.removeprefix(b"\xef\xbb\xbf").split(b"\n"), start=1):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp1252"))
            except UnicodeDecodeError as err:
                raise PageError(source, number, "not UTF-8 and not cp1252 text; is it a binary file?") from err
            odd.append(number)
    return "\n".join(lines), odd


def _refuse_binary(text: str, source: str) -> None:
    sample = text[:8192].replace("\r", "").replace("\f", "")
    if sample and len(CONTROL.findall(sample)) > BINARY_SHARE * len(sample):
        raise PageError(source, None, "looks like a binary file (many control characters), not a text page")


def strip_controls(text: str, source: str, warn: Warn) -> str:
    """Drop control characters (keeping tab and newline), once warning with the first line that had one."""
    first = CONTROL.search(text)
    if first is None:
        return text
    line = text.count("\n", 0, first.start()) + 1
    count = len(CONTROL.findall(text))
    warn(source, line, f"{plural(count, 'control character')} such as U+{ord(first.group()):04X} removed (first on this line)")
    return CONTROL.sub("", text)


def clean_value(value: str) -> str:
    """A record field without control characters (JSON escapes can carry any of them)."""
    return CONTROL.sub("", value)


def check_lengths(note_fields: list[tuple[int, str, str]], source: str, warn: Warn) -> None:
    """Warn, by line, about each title or summary longer than the extractor reads."""
    for line, field, text in note_fields:
        if len(text) > MAX_FIELD_CHARS:
            warn(source, line, f"{field} is {len(text):,} characters; entities and results are read from its first "
                               f"{MAX_FIELD_CHARS:,} only (the graph keeps all of it)")


def quoted(text: str, limit: int = 60) -> str:
    """Page text for a message: cut short (with …), quoted, bidirectional controls shown as escapes."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return "'" + BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", shown) + "'"
