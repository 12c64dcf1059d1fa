"""Acronym definitions: Definition records (short form, long form, offsets) kept on the Doc."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..definitions import find_definitions
from .char_spans import keep_found, plain_text


@Language.component("paperkg_definitions")
def definitions(doc: Doc) -> Doc:
    keep_found(doc, "definitions", find_definitions(plain_text(doc)), "short_start", "short_end", "Definition")
    return doc
