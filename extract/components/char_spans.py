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


def keep_found(doc: Doc, key: str, items: list, start: str, end: str, label: str) -> None:
    """Keep what a rule found, exact offsets and all, on the Doc; doc.spans[key] shows it token-aligned.

    Span extensions are keyed by token-aligned offsets, so two finds inside one token ('Gemma2/3') would
    overwrite each other there: the records themselves live in doc.user_data instead.
    """
    doc.user_data[("paperkg", key)] = items
    spans = [char_span(doc, getattr(item, start), getattr(item, end), getattr(item, label, label)) for item in items]
    doc.spans[key] = [span for span in spans if span is not None]


def kept(doc: Doc, key: str) -> list:
    """The records a rule component kept on this Doc (empty when the component did not run)."""
    return doc.user_data.get(("paperkg", key), [])
