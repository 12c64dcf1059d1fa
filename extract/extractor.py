"""Run the pipeline over notes and turn each paper's Docs into an Extraction record."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.records import Extraction, Note

from .context import Paper
from .entities import EntityFinder
from .pipeline import make_nlp
from .results import find_results
from .roles import find_roles


class Extractor:
    """Holds one spaCy pipeline; call extract() on a stream of notes."""

    def __init__(self, user_patterns: Iterable[Path] = ()):
        self.nlp = make_nlp(list(user_patterns))

    def extract(self, notes: Iterable[Note], batch_size: int = 64) -> Iterator[Extraction]:
        notes = list(notes)
        texts = (text for note in notes for text in (note.title, note.summary))
        docs = iter(self.nlp.pipe(texts, batch_size=batch_size))
        for note in notes:
            yield extract_paper(Paper(note=note, title=next(docs), summary=next(docs)))


def extract_paper(paper: Paper) -> Extraction:
    finder = EntityFinder(paper)
    finder.run()
    roles = find_roles(paper, finder)
    figures = find_results(paper, roles)
    mentions = sorted(paper.mentions.values(), key=lambda m: m.key)
    for mention in mentions:
        mention.types = sorted({mention.type, *mention.types})
    return Extraction(note=paper.note, mentions=mentions, roles=roles, figures=figures)
