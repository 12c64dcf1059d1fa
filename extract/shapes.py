"""Names recognised by their shape: coined acronyms, versioned model names, *Bench, GPU names."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.names import fold

from .lexicons import Lexicon, load_lexicon

TOKEN = re.compile(r"(?<![\w@∞.+/-])(?:∞\s*-?\s*)?[A-Za-z0-9][A-Za-z0-9_.+@∞/-]*(?<=[A-Za-z0-9+∞])")
FIGURE_LIKE = re.compile(r"^\d[\d.,]*(?:[A-Za-z]{0,2}|[xX×])$")
SUFFIXES = re.compile(r"-(?:based|style|like|level|aware|free|only|specific|wise|guided|driven|enabled|friendly|"
                      r"centric|oriented|heavy|intensive|bound|compatible|native|scale|sized|size|class)$", re.I)
VERSION_AFTER = re.compile(r"\s(v?\d+(?:\.\d+)?[a-z]?)\b(?!\s*(?:%|×|x\b|times|-?fold|[KkMBG]\b|tokens|layers|bits?|"
                           r"samples|tasks|models|GPUs|and\s+\d))")
MODEL_PART = (r"(?:\d+(?:\.\d+)*[a-zA-Z]?|\d+(?:\.\d+)?[BMKT]|[A-Z]\d+(?:\.\d+)?[A-Z]?|x\d+[BM]?|"
              r"Instruct|Chat|Base|Coder|Code|Math|Vision|VL|Pro|Flash|Ultra|Mini|mini|Nano|nano|Turbo|turbo|Lite|"
              r"Plus|Max|Large|large|Small|small|Medium|medium|Tiny|tiny|XL|xl|XXL|xxl|Sonnet|Opus|Haiku|Preview|"
              r"preview|Exp|it|hf|HF|Distill|R\d|V\d+(?:\.\d+)?|v\d+(?:\.\d+)?)")
HARDWARE = re.compile(r"\b(?:NVIDIA\s+|AMD\s+|Nvidia\s+)?(?:(?:GeForce\s+)?(?:RTX|GTX)\s?(?:A?\d{3,4}(?:\s?Ti)?|A\d{4})|"
                      r"(?:Instinct\s+)?MI\d{2,3}X?|TPU\s?v\d[a-z]?|Jetson\s+(?:AGX\s+)?(?:Orin|Xavier|Nano|TX2)(?:\s+Nano)?|"
                      r"Alveo\s+U\d{2,3}C?|Raspberry\s+Pi\s?\d|Gaudi\s?\d?|Apple\s+M\d(?:\s(?:Pro|Max|Ultra))?|"
                      r"(?<![\w-])[ABHLV]\d{2,3}[SX]?(?![\w-]))")
BENCH = re.compile(r"(?:∞|\b[A-Za-z0-9][\w-]*?)\s*-?\s*[Bb]ench(?:mark)?\b(?:[-\s]v?\d+(?:\.\d+)?\b)?|\b[A-Z][\w-]*Bench\b")
METRIC = re.compile(r"\b[A-Za-z][A-Za-z0-9-]*@(?:\d+|k)\b|\bP(?:50|90|95|99|999)\s+(?:latency|TTFT|TPOT)\b")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    type: str  # a type, or "Name" when only the shape speaks
    rule: str


def is_coined(token: str) -> bool:
    """Acronyms, CamelCase, letter-digit mixes: the shapes of coined names."""
    letters = [c for c in token if c.isalpha()]
    if not letters or FIGURE_LIKE.match(token):
        return False
    upper = sum(c.isupper() for c in letters)
    camel = any(a.islower() and b.isupper() for a, b in zip(token, token[1:]))
    digit = any(c.isdigit() for c in token)
    return upper >= 2 or camel or (upper >= 1 and digit) or ("@" in token)


@lru_cache(maxsize=1)
def family_pattern() -> re.Pattern:
    lexicon = load_lexicon()
    names = sorted(lexicon.families, key=len, reverse=True)
    plain = "|".join(re.escape(n) for n in names if not lexicon.families[n]) or "(?!)"
    versioned = "|".join(re.escape(n) for n in names if lexicon.families[n]) or "(?!)"
    part = MODEL_PART
    return re.compile(
        rf"(?<![\w-])(?:(?:{plain})(?:[-.\s]?{part}(?![\w]))*|(?:{versioned})(?:[-.\s]?{part}(?![\w]))+)(?![\w-])")


def split_list(text: str, start: int) -> list[tuple[int, int, str]]:
    """'Gemma2/3' -> Gemma2, Gemma3; 'A100/A40' -> A100, A40; as (start, end, name)."""
    parts = text.split("/")
    if len(parts) < 2:
        return [(start, start + len(text), text)]
    out, offset = [], start
    stem = re.match(r"^(.*?[A-Za-z-])(\d+(?:\.\d+)?)$", parts[0])
    for part in parts:
        if part.isdigit() and stem:
            out.append((offset, offset + len(part), stem.group(1) + part))
        elif part:
            out.append((offset, offset + len(part), part))
        offset += len(part) + 1
    return out


def find_candidates(text: str, lexicon: Lexicon | None = None) -> list[Candidate]:
    """All shape-based name candidates in a text, longest first at each position."""
    lexicon = lexicon or load_lexicon()
    found: list[Candidate] = []
    for match in HARDWARE.finditer(text):
        found.append(Candidate(match.start(), match.end(), match.group().strip(), "Hardware", "shape:hardware"))
    for match in BENCH.finditer(text):
        found.append(Candidate(match.start(), match.end(), match.group().strip(), "Benchmark", "shape:bench"))
    for match in METRIC.finditer(text):
        found.append(Candidate(match.start(), match.end(), match.group(), "Metric", "shape:metric"))
    for match in family_pattern().finditer(text):
        found.append(Candidate(match.start(), match.end(), match.group().strip(), "Model", "shape:model-family"))
    for match in TOKEN.finditer(text):
        for start, end, token in split_list(match.group(), match.start()):
            bare = SUFFIXES.sub("", token)
            end -= len(token) - len(bare)
            if not is_coined(bare) or fold(bare) in lexicon.generic:
                continue
            version = VERSION_AFTER.match(text, end)
            if version and (lexicon.type_of(bare) or version.group(1).startswith("v")):
                bare, end = bare + text[end:version.end()], version.end()
            found.append(Candidate(start, end, bare, "Name", "shape:coined"))
    return found
