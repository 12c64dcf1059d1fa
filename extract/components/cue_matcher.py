"""One PhraseMatcher pass for the cue words rules scan a whole summary for (proposes, termed, outperforms, datasets).

Token matching is cheap where a regex over every character is not. The rules confirm each start with their own
pattern (scan_at), so they see what the pattern's finditer finds wherever a cue word is a token of its own; symbols
glued to one without a space ('vs×', ')than') make a token that is no cue word.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..entity_types import list_noun_types
from ..lexicons import load_cues
from .pattern_docs import pattern_tokenizer

CUES_KEY = ("paperkg", "cues")


def cue_lists() -> dict[str, list[str]]:
    """The cue lists scanned for, by name: the list names of cues.json, and 'type_nouns' for every type noun."""
    cues = load_cues()
    return {"propose_verbs": cues["propose_verbs"], "making_verbs": cues["making_verbs"], "naming_cues": cues["naming_cues"],
            "compare_cues": cues["compare_cues"], "type_nouns": sorted(list_noun_types(cues))}


class CueMatcher:
    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for name, words in cue_lists().items():
            self.matcher.add(name, list(pattern_tokenizer().pipe(words)))

    def __call__(self, doc: Doc) -> Doc:
        starts: dict[str, set[int]] = {}
        strings = doc.vocab.strings
        for match_id, start, _ in self.matcher(doc):
            starts.setdefault(strings[match_id], set()).add(doc[start].idx)
        doc.user_data[CUES_KEY] = {name: sorted(found) for name, found in starts.items()}
        return doc


def cue_starts(doc: Doc, name: str) -> list[int]:
    """Where the cue matcher saw a word of the named list begin, in text order."""
    return doc.user_data.get(CUES_KEY, {}).get(name, [])


def scan_at(pattern: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """What pattern.finditer(text) finds, trying the pattern only at the given starts (ascending)."""
    found, done = [], 0
    for start in starts:
        if start >= done and (match := pattern.match(text, start)):
            found.append(match)
            done = match.end()
    return found


@Language.factory("paperkg_cues")
def make_cue_matcher(nlp: Language, name: str) -> CueMatcher:
    return CueMatcher(nlp)
