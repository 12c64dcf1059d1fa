"""The shipped name lists (data/lexicon/*.txt) loaded into lookup tables by folded key."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from kg.names import fold

from .alternation import alternation

TYPED_FILES = {"models.txt": "Model", "benchmarks.txt": "Benchmark", "hardware.txt": "Hardware",
               "metrics.txt": "Metric", "methods.txt": "Method"}


@dataclass
class Lexicon:
    """Known names: their types and canonical forms, model families, and words that name nothing."""

    types: dict[str, list[str]] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)
    surfaces: dict[str, list[str]] = field(default_factory=dict)  # type -> every listed surface form
    families: dict[str, bool] = field(default_factory=dict)  # family surface -> needs a version
    generic: set[str] = field(default_factory=set)
    plain_measures: set[str] = field(default_factory=set)
    ambiguous: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)  # keys every listed form of which is upper case

    def type_of(self, name: str) -> list[str]:
        """Types of a known name; an acronym entry (COMET) does not type a CamelCase name (CoMeT), but does Rouge-L."""
        key = fold(name)
        if key in self.acronyms and any(a.islower() and b.isupper() for a, b in zip(name, name[1:])):
            return []
        return self.types.get(key, [])

    def add(self, line: str, type_: str) -> None:
        names = [n.strip() for n in line.split(" | ") if n.strip()]
        if not names:
            return
        for name in names:
            key = fold(name)
            if not key:
                continue
            if key not in self.canonical and name.isupper():
                self.acronyms.add(key)
            elif not name.isupper():
                self.acronyms.discard(key)
            self.canonical.setdefault(key, names[0])
            if type_ not in self.types.setdefault(key, []):
                self.types[key].append(type_)
            self.surfaces.setdefault(type_, []).append(name)


def data_lines(*parts: str) -> list[str]:
    """Non-comment lines of a shipped data file (missing files read as empty)."""
    path = resources.files("extract").joinpath("data", *parts)
    if not path.is_file():
        return []
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    lexicon = Lexicon()
    for filename, type_ in TYPED_FILES.items():
        for line in data_lines("lexicon", filename):
            lexicon.add(line, type_)
    for line in data_lines("lexicon", "model_families.txt"):
        needs_version = line.endswith("!version")
        for name in line.replace("!version", "").split(" | "):
            if name.strip():
                lexicon.families[name.strip()] = needs_version
    lexicon.generic = {fold(n) for line in data_lines("lexicon", "generic.txt") for n in line.split(" | ")}
    lexicon.plain_measures = {line.lower() for line in data_lines("lexicon", "plain_measures.txt")}
    for line in data_lines("lexicon", "ambiguous.txt"):
        name, _, type_ = line.partition("\t")
        lexicon.ambiguous.add(fold(name))
        if type_.strip():
            lexicon.add(name.strip(), type_.strip())
    for key in lexicon.generic & set(lexicon.types):  # a generic concept is no entity, whatever a list says
        del lexicon.types[key]
    return lexicon


@lru_cache(maxsize=1)
def load_cues() -> dict:
    return json.loads(resources.files("extract").joinpath("data", "cues.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=128)
def _words_pattern(words: tuple[str, ...], plural: bool) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){alternation(words, ignore_case=True)}{'s?' if plural else ''}(?![\w-])", re.I)


def words_pattern(words: list[str], plural: bool = False) -> re.Pattern:
    """Any of the words or phrases, whole, in any case, longest first (built once per word list)."""
    return _words_pattern(tuple(words), plural)
