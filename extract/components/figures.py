"""Reported figures: FigureMatch records (value or range, unit, qualifier) kept on the Doc."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..figures import find_figures
from .char_spans import doc_text, keep_found, plain_text


@Language.component("paperkg_figures")
def figures(doc: Doc) -> Doc:
    keep_found(doc, "figures", find_figures(plain_text(doc), doc_text(doc)), "start", "end", "Figure")
    return doc
