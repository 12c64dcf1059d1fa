"""Run the pipeline over notes and turn each paper's Docs into an Extraction record."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from spacy.tokens import Doc

from kg.records import Extraction, Note

from .components.char_spans import TEXT_KEY
from .context import Paper
from .entities import EntityFinder
from .pipeline import make_nlp
from .readers.problems import MAX_FIELD_CHARS
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
            paper = Paper(note=pending.popleft(), title=title, summary=next(processed))
            try:
                extraction = extract_paper(paper)
            except Exception as err:  # a rule bug costs this paper its entities, not the build its other papers
                extraction = Extraction(note=paper.note, failure=f"{type(err).__name__}: {err}"[:300])
            yield extraction

    def make_doc(self, text: str) -> Doc:
        text = text[:MAX_FIELD_CHARS]  # the readers warn about longer fields; the note keeps all of it
        doc = self.nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text  # Doc.text rebuilds the string from every token
        return doc


_worker: Extractor | None = None


def _start_worker(patterns: list[Path]) -> None:
    global _worker
    _worker = Extractor(patterns)


def _extract_batch(notes: list[Note]) -> list[Extraction]:
    """A worker's extractions without their notes: the parent has the notes, so only what was found travels back."""
    extractions = list(_worker.extract(notes))
    for extraction in extractions:
        extraction.note = None
    return extractions


def _with_notes(batch: list[Note], future: Future) -> list[Extraction]:
    extractions = future.result()
    for note, extraction in zip(batch, extractions, strict=True):
        extraction.note = note
    return extractions


def extract_batches(batches: Iterable[list[Note]], patterns: Iterable[Path] = (), jobs: int = 1) -> Iterator[list[Extraction]]:
    """Each batch of notes as its extractions, in batch order; jobs > 1 spreads batches over that many processes.

    Workers return plain records, never Docs; at most 2 x jobs batches are in flight, so the input streams.
    """
    patterns = [Path(p) for p in patterns]
    if jobs <= 1:
        extractor = Extractor(patterns)
        for batch in batches:
            yield list(extractor.extract(batch))
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(patterns,)) as pool:
        in_flight: deque[tuple[list[Note], Future]] = deque()
        for batch in batches:
            in_flight.append((batch, pool.submit(_extract_batch, batch)))
            if len(in_flight) >= 2 * jobs:
                yield _with_notes(*in_flight.popleft())
        while in_flight:
            yield _with_notes(*in_flight.popleft())


def extract_paper(paper: Paper) -> Extraction:
    finder = EntityFinder(paper)
    finder.run()
    roles = find_roles(paper, finder)
    figures = find_results(paper, roles)
    mentions = sorted(paper.mentions.values(), key=lambda m: m.key)
    for mention in mentions:
        mention.types = sorted({mention.type, *mention.types})
    return Extraction(note=paper.note, mentions=mentions, roles=roles, figures=figures)
