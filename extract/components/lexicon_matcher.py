"""PhraseMatcher over the shipped lexicons: doc.spans["lexicon"], labelled by type."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.names import fold

from ..lexicons import TYPED_FILES, load_lexicon
from .pattern_docs import pattern_tokenizer

# A name listed under two types matches twice; the lexicon's file order decides which comes first.
TYPE_RANK = {type_: rank for rank, type_ in enumerate(TYPED_FILES.values())}
DIGIT = re.compile(r"\d")
SMALL_WORD = re.compile(r"(?<=[\s-])(?:a|an|and|at|by|for|in|of|on|or|the|to|with)(?=[\s-])")


def headline_case(name: str) -> str:
    """'Needle In A Haystack' for 'Needle in a Haystack': names with small words are also written in headline case."""
    return SMALL_WORD.sub(lambda word: word.group().capitalize(), name)


def spelled_lower_too(name: str, ambiguous: set[str]) -> bool:
    """Names people also write in lower case (xformers, vllm): those spelled with a lower-case letter and then a
    capital (no English word starts so; 'ZeRO' or 'PaLM' in lower case are words), and no name that is also a word."""
    return name[:1].islower() and name[1:2].isupper() and fold(name) not in ambiguous


def compound_name(name: str, ambiguous: set[str]) -> bool:
    """Names of several words or hyphenated parts ('DeepSpeed ZeRO-Inference'), which people also write in other
    capitals ('DeepSpeed Zero-Inference', and all in lower case when a digit shows it is a name: 'gpt-3.5-turbo');
    no single word ('Zero' is a word, ZeRO a name)."""
    return (" " in name or "-" in name) and fold(name) not in ambiguous


def capitalised_too(name: str, ambiguous: set[str]) -> bool:
    """Names people also write capitalised at the start only ('Winogrande' for WinoGrande, 'Llama.cpp' for llama.cpp):
    one word with a capital inside it or none at its start, long enough to be no English word."""
    return (len(name) >= 6 and " " not in name and fold(name) not in ambiguous
            and (name[:1].islower() or any(a.islower() and b.isupper() for a, b in zip(name, name[1:]))))


def capitalised(text: str) -> bool:
    return text[:1].isupper() and text[1:] == text[1:].lower()


class LexiconMatcher:
    def __init__(self, nlp: Language):
        tokenize = pattern_tokenizer().pipe  # thousands of names, kept out of the pipeline's vocab and token cache
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")  # metrics in any case; other names where written lower
        self.written_lower: dict[str, str] = {}  # label in self.lower -> the type of a name written in lower case
        self.other_case: dict[str, str] = {}  # label in self.lower -> the type of a compound name in another case
        self.capitalised: dict[str, str] = {}  # label in self.lower -> the type of a name written capitalised
        lexicon = load_lexicon()
        for type_, names in sorted(lexicon.surfaces.items()):
            unique = sorted({*names, *(headline_case(n) for n in names if n[:1].isupper())})
            self.matcher.add(type_, list(tokenize(unique)))
            if type_ == "Metric":
                self.lower.add(type_, list(tokenize([n for n in unique if n.islower() or " " in n])))
            else:
                self.written_lower[f"{type_} in lower case"] = type_
                self.lower.add(f"{type_} in lower case", list(tokenize(
                    [n for n in unique if spelled_lower_too(n, lexicon.ambiguous)])))
                self.other_case[f"{type_} in another case"] = type_
                self.lower.add(f"{type_} in another case", list(tokenize(
                    [n for n in unique if compound_name(n, lexicon.ambiguous)])))
                self.capitalised[f"{type_} capitalised"] = type_
                self.lower.add(f"{type_} capitalised", list(tokenize(
                    [n for n in unique if capitalised_too(n, lexicon.ambiguous)])))

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc, as_spans=True)
        for span in self.lower(doc, as_spans=True):
            type_ = self.written_lower.get(span.label_)
            other_case = self.other_case.get(span.label_)
            recased = self.capitalised.get(span.label_)
            if type_ is None and other_case is None and recased is None:
                matches.append(span)
            elif (type_ and span.text.islower() or other_case and (not span.text.islower() or DIGIT.search(span.text))
                  or recased and capitalised(span.text)):
                matches.append(Span(doc, span.start, span.end, label=type_ or other_case or recased))
        unique = {(s.start, s.end, s.label): s for s in matches}.values()  # a set of Spans has no stable order
        doc.spans["lexicon"] = sorted(unique, key=lambda s: (s.start, -s.end, TYPE_RANK.get(s.label_, len(TYPE_RANK))))
        return doc


@Language.factory("paperkg_lexicon")
def make_lexicon_matcher(nlp: Language, name: str) -> LexiconMatcher:
    return LexiconMatcher(nlp)
