"""Pick the reader for a page by its suffix and content, and walk folders of pages."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from kg.records import Note

from . import delimited, markdown, plaintext
from .problems import PageError, Warn, check_lengths, decode, strip_controls

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv"}

__all__ = ["PageError", "find_pages", "read_page", "read_text"]


def find_pages(inputs: Iterable[str | Path], warn: Warn) -> list[Path]:
    """Every supported file named or inside a named folder, sorted, each once; missing ones fail in read_page."""
    pages: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            found = [p for p in found if not p.is_dir()]  # broken links and the like fail in read_page, by name
            if not found:
                warn(str(path), None, "folder holds no supported pages (.txt .md .jsonl .csv .tsv)")
            pages.extend(found)
        else:
            pages.append(path)
    unique: dict[Path, Path] = {}
    for page in pages:
        unique.setdefault(_real(page), _as_named(page))
    return list(unique.values())


def _as_named(path: Path) -> Path:
    """The path a page is reported by: relative to the working folder when inside it, else absolute, so
    'pages/a.txt', './pages/a.txt' and '/abs/.../pages/a.txt' are one name in the outputs and the warnings."""
    absolute = Path(os.path.abspath(path))
    cwd = Path.cwd()
    return absolute.relative_to(cwd) if absolute.is_relative_to(cwd) else absolute


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return path.absolute()


def _not_a_page(path: Path) -> str:
    if path.is_symlink() and not path.exists():
        return f"cannot read: broken link to {path.readlink()}"
    if path.exists():
        return "cannot read: not a regular file (a device, socket or pipe?)"
    return "no such file or folder"


def read_page(path: Path, warn: Warn) -> list[Note]:
    """Read one page file into notes; raises PageError when nothing can be read."""
    if not path.is_file():
        raise PageError(str(path), None, _not_a_page(path))
    try:
        data = path.read_bytes()
    except OSError as err:
        raise PageError(str(path), None, f"cannot read: {err.strerror or err}") from err
    return read_text(decode(data, str(path), warn), str(path), warn, SUFFIXES.get(path.suffix.lower(), "text"))


def read_text(text: str, source: str, warn: Warn, kind: str = "text") -> list[Note]:
    """Parse page text of a given kind (text, markdown, jsonl, csv, tsv)."""
    if not text:
        raise PageError(source, None, "the page is empty")
    text = strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"), source, warn)
    if not text.strip():
        raise PageError(source, None, "the page holds only white space or control characters")
    if kind == "text" and markdown.looks_like_markdown(text):
        kind = "markdown"
    readers: dict[str, Callable[..., list[Note]]] = {
        "text": plaintext.read, "markdown": markdown.read, "jsonl": delimited.read_jsonl,
        "csv": lambda t, s, w: delimited.read_csv(t, s, w, ","),
        "tsv": lambda t, s, w: delimited.read_csv(t, s, w, "\t"),
    }
    notes = readers[kind](text, source, warn)
    if not notes:
        raise PageError(source, None, f"no papers found (read as {kind}); is this a paper-note page?")
    check_lengths([(n.line, f, getattr(n, f)) for n in notes for f in ("title", "summary")], source, warn)
    return notes

