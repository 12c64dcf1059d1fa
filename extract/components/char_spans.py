"""Turn character ranges found by regular expressions into token-aligned spans."""
from __future__ import annotations

from spacy.tokens import Doc, Span


def char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")
