"""Turn character ranges found by regular expressions into token-aligned spans."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..latex import plain


def plain_text(doc: Doc) -> str:
    """The Doc's text with LaTeX cleaned up, computed once per Doc (Doc.text walks every token)."""
    text = doc.user_data.get("paperkg_plain")
    if text is None:
        text = doc.user_data["paperkg_plain"] = plain(doc.text)
    return text


def char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")
