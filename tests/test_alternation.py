"""Trie-factored alternations match exactly what the plain longest-first alternation matches."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.alternation import alternation
from extract.definitions import word_before
from extract.figures import qualifier_before

# Few letters, so words share prefixes and extend one another, the case the trie must get right.
WORD = st.text(st.sampled_from("abAB-. 1"), min_size=1, max_size=5)
TEXT = st.text(st.sampled_from("abAB-. 1xé"), max_size=40)


def plain(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text, flags)]


@given(st.lists(WORD, min_size=1, max_size=12), TEXT)
def test_trie_finds_what_the_plain_alternation_finds(words, text):
    assert spans(alternation(words), text) == spans(plain(words), text)


@given(st.lists(WORD, min_size=1, max_size=12), TEXT)
def test_trie_ignoring_case_finds_what_the_plain_alternation_finds(words, text):
    assert spans(alternation(words, ignore_case=True), text, re.I) == spans(plain(words), text, re.I)


def test_longer_word_is_preferred_and_no_words_never_match():
    assert re.match(alternation(["GPT", "GPT-4", "Gem"]), "GPT-4o").group() == "GPT-4"
    assert re.search(alternation([]), "anything") is None


WORD_BEFORE = re.compile(r"([A-Za-z0-9∞][\w.+@∞-]*)\s*$")  # the regex word_before replaced (it scanned all the text)


@given(st.text(st.sampled_from("aZ9_.+@∞- \t(é٣"), max_size=14))
def test_word_before_matches_the_regex_it_replaced(text):
    match = WORD_BEFORE.search(text)
    assert word_before(text, len(text)) == ((match.start(1), match.group(1)) if match else None)


@pytest.mark.parametrize("before, qualifier", [
    ("a speedup of up to ", "up to"), ("achieves on average ", "average"), ("an average of ", "average"),
    ("(approx. ", "approximately"), ("by ~", "approximately"), ("by as much as ", "up to"), ("more than ", "over"),
    ("reduces memory by ", None), ("setup to ", None),
])
def test_qualifier_before_a_figure(before, qualifier):
    assert qualifier_before(before + "2×", len(before)) == qualifier
