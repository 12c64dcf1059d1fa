"""Turn character ranges found by regular expressions into token-aligned spans."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..latex import plain


TEXT_KEY, PLAIN_KEY = "paperkg_text", "paperkg_plain"


def doc_text(doc: Doc) -> str:
    """Doc.text, as the extractor left it in user_data (Doc.text itself walks every token)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def plain_text(doc: Doc) -> str:
    """The Doc's text with LaTeX cleaned up, computed once per Doc."""
    text = doc.user_data.get(PLAIN_KEY)
    if text is None:
        text = doc.user_data[PLAIN_KEY] = plain(doc_text(doc))
    return text


def char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")
