"""Make a large corpus of paper-note pages from the seed pages, with varied names and numbers.

Each synthetic paper is a seed paper whose coined names (CoMeT, Alloc-MoE, PPD, ...) are renamed
consistently (title and summary alike) and whose figures are perturbed, so no cache keyed on text
makes a big corpus trivial. Known names (Llama, GSM8K, A100) stay: real corpora share them.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

from extract.readers import read_page
from extract.shapes import is_coined
from kg.names import fold
from kg.records import Note

VENUES = ["ACL", "EMNLP", "NAACL", "ICLR", "ICML", "NeurIPS", "AAAI", "CVPR", "ICCV", "COLM", "MLSys", "KDD"]
AREAS = ["LLM Efficiency", "Model Compression", "Long Context", "Speculative Decoding", "Serving Systems",
         "Reasoning", "Multimodal Models", "Retrieval", "Alignment", "Diffusion Models"]
SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "zu", "pex", "qua", "ri", "sol", "tar", "ux", "ven", "wy", "xi"]
WORD = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
FIGURE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?=\s?(?:×|x\b|%|\\times|\\%| times|-fold))")
PAPERS_PER_PAGE = 100


def seed_notes(seeds: Path) -> list[Note]:
    notes = []
    for page in sorted(seeds.glob("*.txt")):
        notes.extend(n for n in read_page(page, lambda *a: None) if n.summary)
    return notes


def coined_names(note: Note, known: set[str]) -> list[str]:
    """Names worth renaming: coined shapes that are not in the shipped lexicon."""
    names = {m.group() for m in WORD.finditer(f"{note.title} {note.summary}")}
    return sorted((n for n in names if is_coined(n) and fold(n) not in known and len(n) >= 3
                   and not all(p.istitle() or p.islower() for p in n.split("-"))), key=len, reverse=True)


def rename(name: str, variant: int) -> str:
    """A new coined name of the same shape, unique per variant: CoMeT -> CoMeTRaki."""
    suffix, n = "", variant
    while True:
        suffix += SYLLABLES[n % len(SYLLABLES)]
        n //= len(SYLLABLES)
        if not n:
            break
    return name + suffix[0].upper() + suffix[1:]


def vary(note: Note, variant: int, rng: random.Random, known: set[str]) -> tuple[str, str]:
    title, summary = note.title, note.summary
    for name in coined_names(note, known):
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        new = rename(name, variant)
        title, summary = pattern.sub(new, title), pattern.sub(new, summary)

    def figure(match: re.Match) -> str:
        text = match.group(1)
        places = len(text.split(".")[1]) if "." in text else 0
        value = float(text) * rng.uniform(0.7, 1.4)
        return f"{value:.{max(places, 1) if value < 10 else places}f}"

    summary = FIGURE.sub(figure, summary)
    if title == note.title:  # nothing coined in it: keep titles distinct so papers stay distinct
        title = f"{title} ({rename('V', variant)})"
    return title, summary


def known_names() -> set[str]:
    from extract.lexicons import load_lexicon

    lexicon = load_lexicon()
    return set(lexicon.types) | {fold(n) for n in lexicon.families} | lexicon.generic


def page_text(venue: str, year: int, area: str, papers: list[tuple[str, str]]) -> str:
    lines = [f"⚡ {area}¶", f"💬 {venue}{year} · {len(papers)} paper notes"]
    for title, summary in papers:
        lines += [f"- {title}", "-", summary]
    return "\n".join(lines) + "\n"


def make_corpus(seeds: Path, out: Path, papers: int, seed: int = 6) -> list[Path]:
    """Write `papers` synthetic papers as pages of PAPERS_PER_PAGE into out/; returns the pages."""
    rng = random.Random(seed)
    notes, known = seed_notes(seeds), known_names()
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for page_number, first in enumerate(range(0, papers, PAPERS_PER_PAGE)):
        batch = []
        for index in range(first, min(papers, first + PAPERS_PER_PAGE)):
            note = notes[index % len(notes)]
            batch.append(vary(note, index // len(notes), rng, known))
        venue, area = rng.choice(VENUES), rng.choice(AREAS)
        path = out / f"page-{page_number:05d}.txt"
        path.write_text(page_text(venue, rng.choice((2024, 2025, 2026)), area, batch), encoding="utf-8")
        pages.append(path)
    return pages
