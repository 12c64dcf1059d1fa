"""Reported figures: doc.spans["figures"], each with ._.figure (value or range, unit, qualifier)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..figures import find_figures
from .char_spans import char_span, plain_text

if not Span.has_extension("figure"):
    Span.set_extension("figure", default=None)


@Language.component("paperkg_figures")
def figures(doc: Doc) -> Doc:
    spans = []
    for found in find_figures(plain_text(doc)):
        span = char_span(doc, found.start, found.end, "Figure")
        if span is not None:
            span._.figure = found
            spans.append(span)
    doc.spans["figures"] = spans
    return doc
