"""Incremental builds: each page's extractions kept in OUTDIR under a hash of its notes and of the rules."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable
from importlib import metadata, resources
from pathlib import Path

from .records import Extraction, Note, extraction_from_dict, extraction_to_dict

CACHE_NAME = ".kg-cache.sqlite"
RULE_SUFFIXES = {".py", ".json", ".jsonl", ".txt", ".tsv", ".csv"}


def _package_files(package: str) -> list[tuple[str, bytes]]:
    root = resources.files(package)
    found, stack = [], [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        for item in folder.iterdir():
            name = f"{prefix}{item.name}"
            if item.is_dir():
                if not item.name.startswith((".", "__pycache__")):
                    stack.append((item, name + "/"))
            elif Path(item.name).suffix in RULE_SUFFIXES:
                found.append((f"{package}/{name}", item.read_bytes()))
    return sorted(found)


def _read_or_name(path: Path) -> bytes:
    """A pattern file's bytes; an unreadable one is reported by the pipeline, not here."""
    try:
        return path.read_bytes()
    except OSError:
        return f"unreadable:{path}".encode()


def rule_version(patterns: Iterable[Path] = ()) -> str:
    """A hash of everything extraction depends on: extract/ sources and data, records, names, spaCy, user patterns."""
    digest = hashlib.sha256()
    for package in ("paperkg", "spacy"):
        try:
            digest.update(f"{package}={metadata.version(package)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=?\n".encode())
    files = _package_files("extract")
    files += [(f"kg/{name}", resources.files("kg").joinpath(name).read_bytes()) for name in ("records.py", "names.py")]
    files += [(f"patterns/{index}", _read_or_name(Path(path))) for index, path in enumerate(patterns)]
    for name, data in files:
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def notes_key(notes: list[Note], version: str) -> str:
    """Same notes (text, header, source and line) under the same rules: same key."""
    digest = hashlib.sha256(version.encode())
    for note in notes:
        digest.update(repr(dataclasses.astuple(note)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class ExtractionCache:
    """A SQLite file of key -> extractions as compressed JSON (data only: a planted cache file cannot run code);
    entries a build does not use are dropped when it closes."""

    def __init__(self, path: Path, version: str):
        self.path, self.version = Path(path), version
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        self.db.execute("CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def key(self, notes: list[Note]) -> str:
        return notes_key(notes, self.version)

    def get(self, key: str) -> list[Extraction] | None:
        self.used.add(key)
        row = self.db.execute("SELECT data FROM pages WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        try:
            extractions = [extraction_from_dict(item) for item in json.loads(zlib.decompress(row[0]))]
        except (ValueError, TypeError, KeyError, zlib.error):  # an unreadable entry is a miss; it is rewritten
            self.misses += 1
            return None
        self.hits += 1
        return extractions

    def put(self, key: str, extractions: list[Extraction]) -> None:
        self.used.add(key)
        text = json.dumps([extraction_to_dict(e) for e in extractions], separators=(",", ":"))  # ASCII: lone
        data = zlib.compress(text.encode("ascii"), 1)  # surrogates from a JSONL page survive the round trip
        self.db.execute("INSERT OR REPLACE INTO pages (key, data) VALUES (?, ?)", (key, data))

    def close(self) -> None:
        """Commit, and forget pages this build did not read (deleted, changed, or older rules)."""
        stale = [(k,) for (k,) in self.db.execute("SELECT key FROM pages") if k not in self.used]
        self.db.executemany("DELETE FROM pages WHERE key = ?", stale)
        self.db.commit()
        self.db.close()

    def abandon(self) -> None:
        self.db.rollback()
        self.db.close()


def open_cache(outdir: Path, patterns: Iterable[Path] = ()) -> ExtractionCache:
    return ExtractionCache(Path(outdir) / CACHE_NAME, rule_version(patterns))
