"""The name a title gives its contribution ('Name: subtitle', 'Long Title (Name)') and what type it is."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .alternation import alternation
from .lexicons import Lexicon, load_cues
from .shapes import is_coined

TITLE_NAME = re.compile(r"^\s*(?P<name>[^:]{1,60}?)\s*:\s+\S")
TITLE_PAREN = re.compile(r"^(?P<long>[^()]{3,120}?)\s*\((?P<name>[^()]{2,30})\)\s*$")
TITLE_OPENERS = {"Towards", "Toward", "Beyond", "When", "Why", "How", "What", "On", "Is", "Are", "Do", "Does", "Can",
                 "Not", "All", "From", "Into", "Through", "Revisiting", "Rethinking"}
STUDIED = {"Revisited", "Reconsidered", "Reexamined", "Re-examined", "Demystified", "Explained"}  # 'X Revisited' studies X
ARTICLE = re.compile(r"^(?:The|A|An)\s+")
FAMILY_WORD = re.compile(r"\s+(?:Family|Series)$", re.I)
SHORTISH = re.compile(r"^[A-Za-z0-9∞][\w.+@∞-]{1,24}$")


def title_name(title: str, known: Callable[[str], bool] = lambda name: False) -> tuple[str, int, str | None] | None:
    """The name a title gives its contribution: 'Name: subtitle' or 'Long Title (Name)'; (name, start, long).

    Before the colon, a name is coined ('MoESD'), a capitalised phrase ending in a method or type word, or one
    `known` vouches for ('Code Llama: Open Foundation Models for Code' is the paper that made it)."""
    paren = TITLE_PAREN.match(title)
    if paren and SHORTISH.match(paren.group("name")) and is_coined(paren.group("name")):
        return paren.group("name"), paren.start("name"), paren.group("long").strip()
    match = TITLE_NAME.match(title)
    if not match:
        return None
    paren = TITLE_PAREN.match(match.group("name"))  # 'Quiet Experts (QE): Routing ...'
    if paren and SHORTISH.match(paren.group("name")) and is_coined(paren.group("name")):
        return paren.group("name"), paren.start("name"), paren.group("long").strip()
    name = FAMILY_WORD.sub("", ARTICLE.sub("", match.group("name")))
    words = name.split()
    if len(words) > 1 and (words[0].endswith("ing") or words[0] in TITLE_OPENERS) and not known(name):
        return None  # 'Understanding R1-Zero-Like Training', 'Towards ...': a phrase, not a name ('Lightning Attention-2' is)
    if len(words) > 4 or "," in name:
        return None
    if len(words) > 1 and any(w.isalpha() and w.islower() for w in words[1:]):  # a phrase: its one coined word
        coined = [w for w in words if is_coined(w)]
        if is_coined(words[0]) or len(coined) == 1:  # 'MoESD for ...', 'Get More with LESS'
            name = words[0] if is_coined(words[0]) else coined[0]
            return name, match.start("name") + match.group("name").index(name), None
    cues = load_cues()
    if len(words) == 2 and is_coined(words[0]) and words[1].lower() in cues["type_nouns"]["Benchmark"]:
        return words[0], match.start("name") + match.group("name").index(words[0]), None  # 'The WMDP Benchmark: ...'
    last = words[-1].lower()
    named = (len(words) == 1 or any(is_coined(w) for w in words) or known(name)
             or (all(w[:1].isupper() for w in words) and (last in cues["method_heads"] or last in
                                                          {w for ws in cues["type_nouns"].values() for w in ws})))
    if not named:
        return None
    return name, match.start("name") + match.group("name").index(name), None


def title_type(title: str, lexicon: Lexicon, name: str) -> str:
    known = lexicon.type_of(name)
    if known:
        return known[0]
    lowered = title.lower()
    subtitle = lowered.split(":", 1)[-1].strip()
    model_subtitle, type_cues = title_type_patterns()
    if model_subtitle.match(subtitle):
        return "Model"
    for type_, pattern in type_cues:
        if pattern.search(lowered):
            return type_
    return "Method"


@lru_cache(maxsize=1)
def title_type_patterns() -> tuple[re.Pattern, list[tuple[str, re.Pattern]]]:
    """The model-subtitle pattern, and for each type its title cue words, whole, in the case given."""
    cues = load_cues()
    return (re.compile(cues["title_model_subtitle"]),
            [(type_, re.compile(rf"\b{alternation(words)}\b")) for type_, words in cues["title_type_cues"].items()])
