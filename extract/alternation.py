"""Regex alternations of many literal words, factored into a trie so a search tries a few branches, not all."""
from __future__ import annotations

import re
from collections.abc import Iterable

END = ""


def alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """A non-capturing group matching any of the words; where one word extends another, the longer is tried first.

    The same matches, in the same order of preference, as the words sorted longest first and joined with '|';
    with ignore_case the pattern must be compiled case-insensitively. No words gives a group that never matches.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word.lower() if ignore_case else word:
            node = node.setdefault(char, {})
        node[END] = {}
    return f"(?:{_branches(trie)})" if trie else "(?!)"


def _branches(node: dict) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char != END]
    if not branches:
        return ""
    if END in node:
        return f"(?:{'|'.join(branches)})?"  # greedy: the longer word first, then the word ending here
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
