"""Acronym definitions, Schwartz-Hearst style: 'Long Form (LF)' and 'LF (Long Form)'."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

PAREN = re.compile(r"\(([^()]{1,80})\)")
SHORT = re.compile(r"^(?=.*[A-Z])[A-Za-z0-9∞][\w.+@∞-]{0,14}$")
BOUNDARY = re.compile(r"[,;:.!?()\[\]\"“”]|\s[-–—]\s|—|–")
WORD = re.compile(r"\S+")
LIST_SEPARATOR = re.compile(r"[,;]\s*")
SPELLED_OUT = re.compile(r"^(?:[A-Z][a-z]+){3,}$")  # a long form written as one word: 'SCBench (SharedContextBench)'
CAPITALISED_BEFORE = re.compile(r"(?:^|\s)([A-Z][a-z]+)\s+$")
CLAUSE = re.compile(r"\s(?:is|are|was|were|has|have|had|be|been)\s")  # 'allocation is performed across layers': no long form
LEADING_FILLER = re.compile(r"^(?:(?:the|a|an|our|this|its|their|novel|new|so-called|proposed)\s+)+", re.I)


@dataclass(frozen=True)
class Definition:
    short: str
    short_start: int
    long: str
    long_start: int

    @property
    def short_end(self) -> int:
        return self.short_start + len(self.short)

    @property
    def long_end(self) -> int:
        return self.long_start + len(self.long)


def long_form_for(short: str, text: str) -> int | None:
    """Where in text the long form of short starts (Schwartz & Hearst 2003), or None."""
    chars = [c.lower() for c in short if c.isalnum()]
    if len(chars) < 2:
        return None
    position = len(text) - 1
    for index in range(len(chars) - 1, -1, -1):
        char = chars[index]
        while position >= 0 and (text[position].lower() != char or
                                 (index == 0 and position > 0 and text[position - 1].isalnum())):
            position -= 1
        if position < 0:
            return None
        position -= 1
    start = position + 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def initials_start(short: str, text: str) -> int | None:
    """Where the last words of text start when their first letters spell short, a pure-letter acronym: Schwartz-Hearst
    alone takes the shortest match and reads 'Position Persistent Sparse Attention (PPSA)' as 'Persistent Sparse ...'."""
    letters = short.lower()
    if not short.isalpha() or len(short) < 2:
        return None
    words = text.split()[-len(letters):]
    if len(words) < len(letters) or any(word[0].lower() != letter for word, letter in zip(words, letters)):
        return None
    return list(WORD.finditer(text))[-len(letters)].start()


def capitals_spell(short: str, long: str) -> bool:
    """'DAPO (Decoupled Clip and Dynamic sAmpling Policy Optimization)': the long form's capitals spell the short one,
    from its first word's initial to a capital in its last word (a capital inside a word marks a letter taken)."""
    letters = [c for c in short.upper() if c.isalpha()]
    words = long.split()
    if len(letters) < 2 or len(words) < 2 or words[0][0] != letters[0]:
        return False
    capitals = [(index, c) for index, word in enumerate(words) for c in word if c.isupper()]
    matched, last_word = 0, -1
    for index, capital in capitals:
        if matched < len(letters) and capital == letters[matched]:
            matched, last_word = matched + 1, index
    return matched == len(letters) and last_word == len(words) - 1


def _window(text: str, end: int, short: str, boundaries: list[int]) -> int:
    """Start of the stretch before a parenthesis that may hold a long form; boundaries: where BOUNDARY matches end
    in text (those before `end` are the ones it has in text[:end]: the parenthesis at `end` is a match of its own)."""
    limit = min(len(short) + 5, 2 * len(short))
    stretch = text[:end]
    before = bisect_right(boundaries, end)
    boundary = boundaries[before - 1] if before else 0
    words = list(WORD.finditer(stretch, boundary))
    return words[-limit].start() if len(words) > limit else (words[0].start() if words else boundary)


def word_before(text: str, end: int) -> tuple[int, str] | None:
    """The name-like word that text[:end] ends with, spaces aside, and where it starts: 'LF' in 'the LF ('."""
    stop = end
    while stop and text[stop - 1].isspace():
        stop -= 1
    start = stop
    while start and (text[start - 1].isalnum() or text[start - 1] in "_.+@∞-"):
        start -= 1
    while start < stop and not (text[start].isascii() and text[start].isalnum() or text[start] == "∞"):
        start += 1  # a name starts with a letter, a digit or ∞
    return (start, text[start:stop]) if start < stop else None


def _capitalised_word_before(stretch: str, start: int, short: str) -> int:
    """'Nearest Neighbor Speculative Decoding (NEST)': Schwartz-Hearst takes the shortest long form ('Neighbor ...');
    a capitalised word right before a capitalised long form, with the short form's first letter, belongs to it."""
    before = CAPITALISED_BEFORE.search(stretch, 0, start)
    if before and stretch[start:start + 1].isupper() and before.group(1)[0] == short[0].upper():
        return before.start(1)
    return start


def find_definitions(text: str) -> list[Definition]:
    found, boundaries = [], None
    for paren in PAREN.finditer(text):
        inner = paren.group(1).strip()
        inner_start = paren.start(1) + paren.group(1).index(inner)
        head = LIST_SEPARATOR.split(inner, 1)[0]
        if SHORT.match(head) and len(head) >= 2:
            if boundaries is None:
                boundaries = [m.end() for m in BOUNDARY.finditer(text)]
            window = _window(text, paren.start(), head, boundaries)
            stretch = text[window:paren.start()].rstrip()
            start = initials_start(head, stretch)
            start = long_form_for(head, stretch) if start is None else start
            if start is not None:
                start = _capitalised_word_before(stretch, start, head)
                long = stretch[start:]
                trimmed = LEADING_FILLER.sub("", long)
                if len(trimmed.split()) >= 1 and trimmed.lower() != head.lower() and not CLAUSE.search(trimmed):
                    found.append(Definition(head, inner_start, trimmed, window + start + len(long) - len(trimmed)))
                    continue
        before = word_before(text, paren.start()) if len(inner.split()) >= 2 or SPELLED_OUT.match(inner) else None
        if before and SHORT.match(before[1]):
            start = long_form_for(before[1], inner)
            if start is not None and start <= len(inner.split()[0]) or capitals_spell(before[1], inner):
                found.append(Definition(before[1], before[0], inner, inner_start))
    return found
