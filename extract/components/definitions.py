"""Acronym definitions: doc.spans["definitions"] holds short forms, each with ._.long_form."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..definitions import find_definitions
from .char_spans import char_span, plain_text

if not Span.has_extension("long_form"):
    Span.set_extension("long_form", default=None)


@Language.component("paperkg_definitions")
def definitions(doc: Doc) -> Doc:
    spans = []
    for found in find_definitions(plain_text(doc)):
        span = char_span(doc, found.short_start, found.short_end, "Definition")
        if span is not None:
            span._.long_form = (found.long, found.long_start, found.long_end)
            spans.append(span)
    doc.spans["definitions"] = spans
    return doc
