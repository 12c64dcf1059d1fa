"""Docs for PhraseMatcher patterns, made apart from the pipeline.

Thousands of lexicon names tokenized by the pipeline's own tokenizer would stay in its vocab and token cache and slow
every later text down (about a third more tokenizer time with the full lexicons). Matching compares string hashes,
which are the same in any vocab, so the patterns can come from a tokenizer of their own.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokenizer import Tokenizer


@lru_cache(maxsize=1)
def pattern_tokenizer() -> Tokenizer:
    return spacy.blank("en").tokenizer
