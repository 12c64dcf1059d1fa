"""Names by shape (acronyms, versioned models, *Bench, GPUs): doc.spans["shapes"]."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..shapes import find_candidates
from .char_spans import char_span, plain_text

if not Span.has_extension("candidate"):
    Span.set_extension("candidate", default=None)


def name_shapes(doc: Doc) -> Doc:
    spans = []
    for candidate in find_candidates(plain_text(doc)):
        span = char_span(doc, candidate.start, candidate.end, candidate.type)
        if span is not None:
            span._.candidate = candidate
            spans.append(span)
    doc.spans["shapes"] = spans
    return doc


@Language.component("paperkg_shapes")
def make_name_shapes(doc: Doc) -> Doc:
    return name_shapes(doc)
