"""Run the pipeline over notes and turn each paper's Docs into an Extraction record."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc

from kg.records import Extraction, Note

from .components.char_spans import TEXT_KEY
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
        """A stream: only a batch of notes and their Docs is held at a time."""
        pending: deque[Note] = deque()

        def docs() -> Iterator[Doc]:
            for note in notes:
                pending.append(note)
                yield self.make_doc(note.title)
                yield self.make_doc(note.summary)

        processed = iter(self.nlp.pipe(docs(), batch_size=batch_size))
        for title in processed:
            yield extract_paper(Paper(note=pending.popleft(), title=title, summary=next(processed)))

    def make_doc(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text  # Doc.text rebuilds the string from every token
        return doc


def extract_paper(paper: Paper) -> Extraction:
    finder = EntityFinder(paper)
    finder.run()
    roles = find_roles(paper, finder)
    figures = find_results(paper, roles)
    mentions = sorted(paper.mentions.values(), key=lambda m: m.key)
    for mention in mentions:
        mention.types = sorted({mention.type, *mention.types})
    return Extraction(note=paper.note, mentions=mentions, roles=roles, figures=figures)
