"""PhraseMatcher over the shipped lexicons: doc.spans["lexicon"], labelled by type."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..lexicons import TYPED_FILES, load_lexicon

# A name listed under two types matches twice; the lexicon's file order decides which comes first.
TYPE_RANK = {type_: rank for rank, type_ in enumerate(TYPED_FILES.values())}


class LexiconMatcher:
    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        for type_, names in sorted(load_lexicon().surfaces.items()):
            unique = sorted(set(names))
            self.matcher.add(type_, list(nlp.tokenizer.pipe(unique)))
            if type_ == "Metric":
                self.lower.add(type_, list(nlp.tokenizer.pipe([n for n in unique if n.islower() or " " in n])))

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc, as_spans=True) + self.lower(doc, as_spans=True)
        unique = {(s.start, s.end, s.label): s for s in matches}.values()  # a set of Spans has no stable order
        doc.spans["lexicon"] = sorted(unique, key=lambda s: (s.start, -s.end, TYPE_RANK.get(s.label_, len(TYPE_RANK))))
        return doc


@Language.factory("paperkg_lexicon")
def make_lexicon_matcher(nlp: Language, name: str) -> LexiconMatcher:
    return LexiconMatcher(nlp)
