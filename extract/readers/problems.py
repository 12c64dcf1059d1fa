"""How readers report trouble: PageError stops a page, Warn notes something and goes on."""
from __future__ import annotations

from typing import Protocol


class Warn(Protocol):
    def __call__(self, source: str, line: int | None, message: str) -> None: ...


class PageError(Exception):
    """A page that cannot be read at all."""

    def __init__(self, source: str, line: int | None, message: str):
        self.source, self.line, self.message = source, line, message
        super().__init__(f"{source}{f':{line}' if line else ''}: {message}")


def decode(data: bytes, source: str, warn: Warn) -> str:
    """UTF-8 (with or without BOM), else cp1252 with a warning; binary is an error."""
    if b"\x00" in data[:8192]:
        raise PageError(source, None, "looks like a binary file (NUL bytes), not a text page")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise PageError(source, line, "not UTF-8 and not cp1252 text") from err
        warn(source, line, "not valid UTF-8; read as Windows-1252 (cp1252)")
        return text
