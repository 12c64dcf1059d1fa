"""The cue PhraseMatcher plus an anchored pattern finds exactly what the cue pattern's finditer finds."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.components.cue_matcher import cue_lists, cue_starts, scan_at
from extract.entities import list_patterns
from extract.latex import plain
from extract.lexicons import words_pattern
from kg.build import BuildReport, read_pages

from conftest import EXAMPLES, ROOT, SEEDS

PAGES = [SEEDS, EXAMPLES, ROOT / "bench" / "devset" / "pages", ROOT / "bench" / "devset2" / "pages"]
CUE_PATTERNS = [(name, words_pattern(words)) for name, words in cue_lists().items() if name != "type_nouns"]
CUE_PATTERNS += [("type_nouns", pattern) for pattern in list_patterns()]


def spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def summaries() -> list[str]:
    return [note.summary for _, notes in read_pages(PAGES, BuildReport()) for note in notes]


def test_every_cue_every_summary_of_the_shipped_pages(nlp):
    texts = summaries()
    assert len(texts) > 150
    checked = 0
    for text in texts:
        doc = nlp(text)
        for name, pattern in CUE_PATTERNS:
            expected = spans(pattern.finditer(plain(text)))
            assert spans(scan_at(pattern, plain(text), cue_starts(doc, name))) == expected, (name, text)
            checked += len(expected)
    assert checked > 300  # the cues are there to be found: propose, outperform, over, datasets ...


# Words as summaries write them: cue words in any case among other words, LaTeX and symbols, separated by spaces
# and wrapped in ordinary punctuation. (Symbols glued to a cue word, as in 'vs×' or ')than', make one spaCy token
# that is no cue word; such text is not written, and the regex alone would read a cue there.)
WORDS = ["proposes", "Introduces", "compared to", "outperforms", "over", "than", "vs.", "vs", "termed", "known as",
         "datasets", "benchmarks", "metrics", "A", "BERT", "self-proposed", "over-fitting", "\\(2\\times\\)", "×", "—",
         "1.5", "up", "and", "the", "e.g.", "-"]
WRAPPED = st.tuples(st.sampled_from(["", "(", '"', "“"]), st.sampled_from(WORDS),
                    st.sampled_from(["", ",", ".", ")", ":", ";", "”", "'s", " ("])).map("".join)


@given(st.lists(st.tuples(WRAPPED, st.sampled_from([" ", "  ", "\n"])), max_size=14))
def test_cue_scan_on_made_up_text(nlp, words):
    text = "".join(word + gap for word, gap in words)
    doc = nlp(text)
    for name, pattern in CUE_PATTERNS:
        assert spans(scan_at(pattern, plain(text), cue_starts(doc, name))) == spans(pattern.finditer(plain(text)))


@pytest.mark.parametrize("text, name, found", [
    ("It proposes X and is compared to Y.", "propose_verbs", ["proposes"]),
    ("It proposes X and is Compared to Y, and beats it.", "compare_cues", ["Compared to", "beats"]),
    ("a method termed Z", "naming_cues", ["termed"]),
])
def test_cue_scan_returns_the_patterns_matches(nlp, text, name, found):
    matches = scan_at(words_pattern(cue_lists()[name]), text, cue_starts(nlp(text), name))
    assert [match.group() for match in matches] == found
