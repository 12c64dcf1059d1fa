"""Reported figures into results: kind and aspect from the words around them, and what they are tied to."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.records import Figure, Role

from .components.char_spans import kept
from .context import Found, Paper
from .alternation import alternation
from .figures import NUMBER, TIME, acceptance_measure, is_memory, is_money, is_rate, is_time, is_token_count
from .lexicons import load_cues, words_pattern
from .phrases import ASIDE, LIST_ITEMS

CLAUSE = re.compile(r";|,\s+(?:while|whereas|but)\b|\s+while\s+|\.\s")
HEAD_STOP = re.compile(r"[,;:()]|\.\s|\s(?:and|or|while|with|without|on|at|for|compared|than|over|against|relative|vs\.?|versus|"
                       r"when|if|where|once|unless)\s")  # 'by up to 30% when the memory limit is relaxed'
PHRASE_STOPS = ("on", "at", "for", "with", ")")  # head stops an 'in'/'of' phrase right after them reaches past
SHARED_HEAD = re.compile(r"^\s*(?:and|or|to|,)\s*(?:(?:up to|about|approximately|around|nearly|over|an average of)\s+)?$")
TRAINING = re.compile(r"\btrain(?:ing|ed|s)?\b(?!-free)", re.I)
LEAD_INS = ("up to", "about", "approximately", "around", "roughly", "nearly", "over", "more than", "an average of", "only")
LEAD_IN = "|".join(LEAD_INS)  # as a regex alternation
OF_HEAD = re.compile(rf"\b((?:[\w-]+\s+){{0,2}}(?!up\s)[\w-]+)\s+(?:of|to)\s+(?:(?:{LEAD_IN})\s+)?$")  # 'an increase of 3.6×'
# (not the 'up' of 'decodes up to 7.2% faster')
BY_BEFORE = re.compile(rf"\bby\s+(?:(?:{LEAD_IN}|on average)\s+)?$")
# The last word each of them can end with: a text that ends otherwise needs no regex search.
OF_HEAD_ENDS = ("of", "to", *(lead_in.split()[-1] for lead_in in LEAD_INS))
BY_ENDS = ("by", "average", *(lead_in.split()[-1] for lead_in in LEAD_INS))
IN_PHRASE = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:in|of)\s+")
NEAR_HEAD = re.compile(r"^\s*(?:\S+\s*){0,6}")  # '× speedup in decode', '× reduction in the KV budget'
COMPARATIVE = re.compile(r"^\s*(?:less|fewer|lower|smaller|shorter|higher|larger|greater|more)\s+")
# '... by 3.5× and the total delay of fetching contexts by 3.2×': the verb's next object
AND_OBJECT_BY = re.compile(rf"\band\s+(?P<object>(?:[\w-]+\s+){{1,8}}?)by\s+(?:(?:{LEAD_IN})\s+)?$")
OBJECT = re.compile(r"^\s*(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+)?((?:[A-Za-z][\w-]*\s+){0,2}[a-z][a-z-]*)\s*$")  # 'GPU hours'
# Between two figures of one list: 'by 1.2× on A100 and 1.4× on L40S, and of Qwen by 2.4×', '6.5× at 1M tokens and by 16×'
FEW_WORDS = r"(?:(?!\.\s)[^,;()]){1,40}?"  # a short stretch of one clause: 'A100', 'Qwen1.5-72B', '1M tokens'
# ... and what the shared verb does to next: 'reduces peak token usage by 70% and inference time by 26%'
LIST_CONTINUATION = re.compile(rf"^\s*(?:(?:on|at|for|with|in|over)\s+{FEW_WORDS}\s*)?(?:,\s*|,?\s+and\s+)"
                               rf"(?:(?:of|for|on|at|with)\s+{FEW_WORDS}\s+|(?P<object>(?:(?!(?:and|or)\s)[a-z][\w-]*\s+){{1,3}})(?=by\s))?"
                               rf"(?:by\s+)?(?:(?:{LEAD_IN})\s+)?$")
# '9× speedup over standard decoding': what it is faster than names what is faster
OVER_OBJECT = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:over|than|compared (?:to|with)|vs\.?)\s+((?:[\w-]+\s+){0,3}[\w-]+)")
WORD = re.compile(r"[A-Za-z][A-Za-z-]*\s+")  # a word before a setting's head: 'at 80% KV sparsity'
NOT_OUTCOME_BEFORE = re.compile(r"(?:\b(?:instead of|rather than)\s+|[\w)]\s*=\s*)$")
AT_BEFORE = re.compile(r"\b[Aa]t\s+(?:[\d.]+\s?[×x%]\s+(?:and|or)\s+)?$")  # 'at 2.16× and 4.32× the budget'
NEXT_FIGURE = re.compile(r"(?:,|and|or)\s+[\d.]+\s?[×x%]\s+")
WITH_BEFORE = re.compile(r"\b[Ww]ith\s+(?:only\s+)?$")
IN_TIME = re.compile(r"\b(?:in|within)\s+(?:(?:just|only|about|under|less than|roughly|around)\s+|[∼~≈]\s*)?$")
LOWERED_TO = re.compile(rf"\b(?:lower|reduc|cut|decreas|bring|drop)\w*\s+(?P<object>(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?[\w-]+)"
                        rf"\s+(?:down\s+)?to\s+(?:(?:{LEAD_IN})\s+|[∼~≈]\s*)?$")
DOING_LESS = re.compile(rf"\b([a-z]+ing)\s+(?:(?:{LEAD_IN})\s+)?$")  # the work a figure of 'less' measures
LESS = re.compile(r"\s*(?:less|fewer)\b")
RATE_SUBJECT = re.compile(rf"\b([a-z][\w-]*)\s+(?:reaches|achieves|attains|hits|runs\s+at)\s+(?:(?:{LEAD_IN})\s+)?$")
TAKES_TIME = re.compile(r"\b(?:takes?|took|lasts?)\s+(?:(?:only|just|about|around|roughly|under|less than|up to)\s+|[∼~≈]\s*)*$")
GERUND = re.compile(r"\s*([A-Za-z]+ing)\b")  # the work a clause opens with: 'Binarizing a 7B model takes ...'
FROM_TIME = re.compile(r"\bfrom\s+(?:[∼~≈]\s*)?$")  # 'from 219 seconds to 1.3 seconds': the first is the old level
FROM_TIME_LEVEL = re.compile(rf"\bfrom\s+(?:[∼~≈]\s*)?(?P<old>{NUMBER})(?P<unit>{TIME})\s+(?:down\s+)?to\s+(?:[∼~≈]\s*)?$")
SECONDS = (("ms", 0.001), ("milli", 0.001), ("min", 60), ("h", 3600))  # a time unit's first letters, in seconds
FOR_ASPECT = re.compile(r"\s*(?:for|during|in)\s+(?:the\s+)?((?:[\w-]+\s+(?!(?:and|or)\b))?[\w-]+)")  # not 'encoder and
AT_ASPECT = re.compile(r"\s*(?:(?:faster|quicker|speedups?|speed-ups?)\s+)?at\s+(?:the\s+)?([\w-]+)")  # '3× faster at inference'
FOR_ASPECT_ALONE = re.compile(r"\s*(?:for|during|in)\s+(?:the\s+)?([\w-]+)(?=\s*(?:[,.;)]|(?:and|or|while|on|at|with|over|than)\b|$))")
FASTER = re.compile(r"\s*(?:faster|quicker)\b")
# the verb's object, when the verb says nothing of what is faster itself ('trains ... faster' is training)
DONE_FASTER = re.compile(r"\b(?:(?:makes?|runs?|computes?|renders?|executes?|completes?|processes)\s+(?:(?:the|its|their|a|an)\s+)?|"
                         r"(?:making|running|computing|rendering|executing|completing|processing)\s+(?:the|its|their|a|an)\s+)"
                         rf"(?!(?:{LEAD_IN}|at|in|on|by)\b)(?P<object>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)\s+$")
SUBJECT_IS = re.compile(rf"((?:[\w-]+\s+){{0,3}}?[\w-]+)\s+(?:is|are|becomes|become|gets|get|(?:drops?|dropped|falls?|fell|"
                        rf"decreases?|decreased|declines?|declined|shrinks?|shrank)\s+by)\s+(?:(?:{LEAD_IN})\s+)?$")
SUBJECT_IS_ENDS = ("is", "are", "becomes", "become", "gets", "get", "by", *(lead_in.split()[-1] for lead_in in LEAD_INS))
# 'lowers the serving cost by 71% for the same SLO attainment', 'reduces TTFT to 83% of that of speculative decoding':
# what is held equal or compared against is no aspect
NO_ASPECT_AFTER = re.compile(r"\s*(?:(?:for|at|under|with|given)\s+(?:the\s+|a\s+)?(?:same|equal|similar|comparable|matched|"
                             r"fixed)\b|of\s+(?:that|those)\s+of\b)")
# '15.4× acceleration in self-attention': the part of the system a speed-up is in
KIND_IN_PART = re.compile(r"\s*(?:speed-?ups?|acceleration|reductions?|savings?|improvements?|gains?)\s+in\s+(?:the\s+)?"
                          r"((?:[\w-]+\s+)?[\w-]+)")
LEAD_IN_END = re.compile(rf"\b(?:{LEAD_IN})\s+$")
# a list of figures and the list of what each measures, in the same order
RUN_GAP = re.compile(rf"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:(?:{LEAD_IN})\s+)?")
RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b")
RESPECTIVE_OBJECTS = re.compile(r"\b(?:reduc|cut|lower|improv|increas|boost|rais|sav|decreas|accelerat|speed)\w*\s+(?:up\s+)?"
                                rf"(?P<items>[^.;:()]{{3,160}}?)\s+by\s+(?:(?:{LEAD_IN})\s+)?$")
SHARE_OF = r"\s*(?:\([^()]*\)\s*)?of\s+"  # '28.5% (or even 18%) of its ...'
SHARE = re.compile(rf"^{SHARE_OF}(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?")
MULTIPLE = re.compile(r"[×xX]|\btimes\b|fold\b")  # a figure that is a multiple of something
# 'GPT-4o achieves only 50.1%': a level reached, however low, is no saving ('uses only 5% of the data' is one)
LEVEL_REACHED = re.compile(r"\b(?:achiev|reach|scor|attain|obtain)\w*\s+(?:only|just)\s+$")
RETAIN_BEFORE = re.compile(rf"\b(?:retain|retains|retaining|retained|keep|keeps|keeping|kept)\s+(?:(?:{LEAD_IN})\s+)*$")
# what a share is of: '99.9% of the second-moment entries and ...'
SHARE_OBJECT = re.compile(rf"{SHARE_OF}(?:(?:the|its|their)\s+)?((?:[A-Za-z][\w-]*\s+){{0,2}}?[A-Za-z][\w-]*)"
                          r"(?=\s*(?:[,.;)]|$)|\s+(?:and|or|while|with|in|on|at|for|by|compared|than|from)\b)")
COUNT_OF = re.compile(r"^\s*(?:the\s+)?(?:number|amount|count)\s+of\s+")  # 'the number of retrieval steps': the steps
OBJECT_TAIL = re.compile(r"\s+(?:of|for|on|in|with|from|across)(?:\s.*)?$")  # 'the solutions of Marco-o1' -> 'the solutions'
OF_OBJECT = re.compile(r"^\s*of\s+")  # '26 GB of GPU memory'
# ', a 92% reduction': a figure in apposition to the one before it measures the same
APPOSITIVE = re.compile(rf"^\s*,\s*(?:an?\s+)?(?:(?:{LEAD_IN})\s+)?$")
PRONOUNS = {"it", "they", "we", "them", "this", "that", "these", "those", "one", "ones"}  # 'O1-Pruner cuts them by 35%': no aspect
# between a baseline and its figure: 'over FlexGen by up to 3×', 'beats A by 4.1 points'
BY_GAP = re.compile(rf"(?:\s*\([^()]*\))?(?:(?:,\s*|,?\s+(?:and|or)\s+)[A-Z][^,;.]{{0,40}}?)?\s+by\s+(?:(?:{LEAD_IN}|on average)\s+)?$")
# between a figure and its baseline: '2× faster than A', 'by 36% compared with solutions such as A, B and C'
COMPARING = r"\b(?:than|over|against|versus|vs\.?|compared (?:to|with)|relative to)\s"
COMPARED_AFTER = re.compile(rf"[^,;.]{{0,60}}?{COMPARING}[^;.]{{0,100}}$")
COMPARED_NEXT = re.compile(rf"[^,;.]{{0,40}}?{COMPARING}")  # '3× speedup over 16-bit baselines': compared, with no name
QUALITY_SHARE = re.compile(r"\s*of\s+(?:(?:the|its|their)\s+)?(?:\S+\s+){0,3}?(?P<aspect>performance|accuracy|quality)\b")
FASTER_WORK = re.compile(r"\s*(?:faster|quicker)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*(?:ion|ing|ence|ance))\s*$")
OBJECT_PREPOSITIONS = {"over", "than", "against", "versus", "on", "for", "with", "at", "in"}  # no verb's object opens with one
PAIRED_TARGETS = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:in|for|during)\s+(?:the\s+)?(?P<items>[a-zA-Z][\w-]*(?:\s+[a-z][\w-]*)?"
                            r"(?:\s*,\s*[a-zA-Z][\w-]*(?:\s+[a-z][\w-]*)?)*\s*,?\s+and\s+[a-zA-Z][\w-]*(?:\s+[a-z][\w-]*)?)")
KIND_WORD = r"\s+(?:speed-?ups?|reductions?|savings?|improvements?|gains?)$"
PART_KIND = re.compile(rf"(?:^|\s)([a-z]+){KIND_WORD}")
MODIFIED_KIND = re.compile(rf"(?:^|\s)([a-z]+(?:-[a-z]+)+){KIND_WORD}")
TITLE_COMPRESSES = re.compile(r"\b[Cc]ompress(?:ing|es)?\s+(?:the\s+)?([A-Za-z][\w-]*(?:\s[A-Z][\w-]*)?)|"
                              r"\b((?:[A-Za-z][\w-]*\s)?[A-Za-z][\w-]*)\s+[Cc]ompression\b")
TITLE_SMALL_WORDS = {"with", "for", "via", "and", "of", "to", "in", "on", "by", "through", "using", "the", "a", "an",
                     "efficient", "effective", "extreme", "lossless", "lossy", "adaptive", "dynamic", "fast", "joint",
                     "unified", "aggressive", "learned", "universal", "general", "simple", "better", "towards", "toward"}
LONGER_INPUT = re.compile(r"\s*longer\s+(sequence|context|input)")
# the work a clause names by its verb: 'quantizes', 'Calibrated', 'generates' (stem, then 'iz' or 'at')
WORK_VERB = re.compile(r"\b([A-Za-z]{3,}?)(iz|at)(?:es|ed|e)\b")
# not 'updates', 'states', 'demonstrates' ...; and generating in 0.3 s is latency
NOT_WORK = {"upd", "st", "cre", "rel", "indic", "demonstr", "illustr", "gener"}
SHORT_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]+)\)")
SHORTEN = re.compile(r"shorten", re.IGNORECASE)  # what a verb shortens, it shortens in length


@lru_cache(maxsize=1)
def cue_patterns() -> dict:
    cues = load_cues()
    return {
        "heads": {kind: words_pattern(words) for kind, words in cues["figure_heads"].items()},
        "verbs": {kind: words_pattern(words) for kind, words in cues["figure_verbs"].items()},
        "kinds": [(words_pattern(words), kind) for kind, words in cues["kinds"].items()],
        "aspects": words_pattern([*cues["aspects"], *hyphenated(cues["aspects"])], plural=True),
        "speed": words_pattern(cues["speed_aspects"]),
        "efficiency": words_pattern(cues["efficiency_aspects"]),
        "reduced": words_pattern(cues["reduced_aspects"]),
        "share": words_pattern(cues["share_aspects"]),
        "settings": words_pattern(cues["setting_heads"]),
        "time after": re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?{words_pattern(cues['time_heads']).pattern}", re.IGNORECASE),
        "time before": re.compile(rf"{words_pattern(cues['time_heads']).pattern}\s+(?:\S+\s+){{0,4}}?(?:[∼~≈]\s*)?$",
                                  re.IGNORECASE),  # 'latency of ∼150 ms'
        # a verb that says what is faster ('generating images 410× faster'), or what a rate (after 'at') measures
        "speed verb": re.compile(rf"\b({alternation(cues['speed_verbs'])})\w*\s+(?:[a-z][\w-]*\s+){{0,2}}$", re.IGNORECASE),
        "rate verb": re.compile(rf"\b((?:{alternation(cues['speed_verbs'])})\w*)\s+(?:(?:[^\s,;.]+\s+){{0,4}}?at\s+)?"
                                rf"(?:(?:{LEAD_IN})\s+)?[∼~≈]?\s*$", re.IGNORECASE),  # 'generates 21.5 tokens/s'
        "time setting": re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?{words_pattern(cues['time_settings']).pattern}", re.IGNORECASE),
    }


def time_reported(text: str, start: int, end: int, left: int, unit: str) -> str | None:
    """What a time level measures ('54 ms decoding latency', 'TTFT of 1.2 s', 'prefills 1M tokens in 77 s'), or None
    for a time that is no outcome ('a 200 ms SLO', '5 minutes of audio', 'for 3 hours')."""
    patterns = cue_patterns()
    if patterns["time setting"].match(text, end) or FROM_TIME.search(text, max(0, start - 8), start):
        return None
    after = patterns["time after"].match(text, end)
    if after:
        return after.group().strip()
    if "token" in unit:
        return "latency"
    before = patterns["time before"].search(text, left, start)
    if before:
        return before.group().split()[0]
    changed = FROM_TIME_LEVEL.search(text, left, start)  # 'latency ... from 1.6 s down to 1.1 s', not 'from 10 s to 60 s'
    if changed and in_seconds(text[start:end], unit) < in_seconds(changed.group("old"), changed.group("unit")):
        named = patterns["time before"].search(text, left, changed.start())
        return named.group().split()[0] if named else aspect_in(text[left:changed.start()]) or "latency"
    taken = TAKES_TIME.search(text, left, start)
    if taken:  # 'Binarizing a 7B model takes about 0.5 hours': how long the work it names takes
        work = GERUND.match(text, left)
        return f"{nominal(work.group(1))} time" if work else "time"
    if not IN_TIME.search(text, left, start):
        return None
    if TRAINING.search(text, left, start):
        return "training time"  # 'trains ... within 24 hours'
    work = [m for m in WORK_VERB.finditer(text, left, start) if m.group(1).lower() not in NOT_WORK]
    return f"{nominal(work[-1].group(1) + work[-1].group(2) + 'ing')} time" if work else "latency"  # 'quantizes ...
    # in under 60 seconds': quantization time


def nominal(gerund: str) -> str:
    """'binarizing' -> 'binarization', 'calibrating' -> 'calibration'; other gerunds stay ('training')."""
    lower = gerund.lower()
    for ending, noun in (("izing", "ization"), ("ating", "ation")):
        if lower.endswith(ending):
            return lower[:-len(ending)] + noun
    return lower


def in_seconds(number: str, unit: str) -> float:
    """'1.6' and ' s' -> 1.6; '150' and 'ms' -> 0.15 (the number may be followed by its unit, as in a quote)."""
    value = float(re.match(NUMBER, number.lstrip("∼~≈ ")).group().replace(",", ""))
    unit = unit.strip().lower()
    return value * next((scale for prefix, scale in SECONDS if unit.startswith(prefix)), 1)


def clause_around(text: str, start: int, end: int, sent_start: int, sent_end: int) -> tuple[int, int]:
    left, right = sent_start, sent_end
    for match in CLAUSE.finditer(text, sent_start, sent_end):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


def head_window(text: str, end: int, right: int) -> str:
    """The words right after a figure that say what it measures: '× speedup in decode', '% KV cache compression'."""
    after = text[end:right]
    stop = HEAD_STOP.search(after)
    in_phrase = IN_PHRASE.match(after)
    if stop and in_phrase and stop.start() <= in_phrase.end() and stop.group().strip() in PHRASE_STOPS:
        stop = HEAD_STOP.search(after, in_phrase.end())  # '× speedup on average in decode', not '× without loss of ...'
    return after[:stop.start() if stop else len(after)][:60]


def gain_kind(aspect: str) -> str:
    """An 'improvement' or 'gain' is a speedup, an efficiency improvement, a reduction (of a time, a cost, memory: 'improves
    job completion time by 47%') or a quality gain, by what it is in."""
    patterns = cue_patterns()
    if patterns["speed"].search(aspect):
        return "speedup"
    if patterns["efficiency"].search(aspect):
        return "improvement"
    if patterns["reduced"].search(aspect):
        return "reduction"
    return "quality"


def part_sped_up(head: str) -> str:
    """'15.4× acceleration in self-attention', 'a 3× speedup in the MLP blocks': the part of the system named."""
    part = KIND_IN_PART.match(head)
    if not part:
        return ""
    words = object_words(part.group(1))
    return words if names_part(words.split("-")[-1]) else ""  # (a hyphen too: 'cross-attention')


def names_part(phrase: str) -> bool:
    """Whether a phrase ends in a part of a system ('the linear layers', 'decoder operations', 'encoder')."""
    words = phrase.split()
    return bool(words) and words[-1] in load_cues()["component_heads"]


def first_match(patterns: dict, text: str) -> tuple[str, re.Match] | None:
    hits = [(m.start(), kind, m) for kind, pattern in patterns.items() for m in [pattern.search(text)] if m]
    return (min(hits)[1], min(hits)[2]) if hits else None


def aspect_in(text: str) -> str:
    """The first aspect named in text, spelled as the cue list spells it ('KV Cache' -> 'KV cache'), with the aspect
    words right after it that make one compound with it ('inference throughput', 'decoding latency')."""
    pattern = cue_patterns()["aspects"]
    match = pattern.search(text)
    if not match:
        return ""
    short = SHORT_AFTER.match(text, match.end())
    if short and pattern.fullmatch(short.group(1)):  # 'time-to-first-token (TTFT)': both forms, as the text has them
        long = canonical_aspects().get(match.group().lower(), match.group())
        return f"{long} ({canonical_aspects().get(short.group(1).lower(), short.group(1))})"
    words = [match.group()]
    while (match := pattern.match(text, match.end() + 1)) and text[match.start() - 1] in " -":
        words.append(match.group())
    return " ".join(canonical_aspects().get(w.lower(), canonical_aspects().get(w.lower()[:-1], w)) for w in words)


def last_aspect_in(text: str) -> str:
    """The aspect named last in text, the one nearest what follows ('99.3% of its performance, and fine-tuning memory
    falls from 780GB to 48GB': fine-tuning memory, the whole compound)."""
    matches = list(cue_patterns()["aspects"].finditer(text))
    first = len(matches) - 1
    while first > 0 and text[matches[first - 1].end():matches[first].start()] in (" ", "-"):
        first -= 1
    return aspect_in(text[matches[first].start():]) if matches else ""


@lru_cache(maxsize=1)
def canonical_aspects() -> dict[str, str]:
    aspects = load_cues()["aspects"]
    return {**{written.lower(): aspect for aspect, written in zip(aspects, hyphenated(aspects))},
            **{aspect.lower(): aspect for aspect in aspects}}


def hyphenated(phrases: list[str]) -> list[str]:
    """Each phrase with hyphens for spaces ('time-to-first-token' for 'time to first token'); one word stays itself."""
    return [phrase.replace(" ", "-") for phrase in phrases]


def kind_of(text: str, start: int, end: int, left: int, right: int, others: list[tuple[int, int]],
            named: str, speed_before: str = "") -> tuple[str, str]:
    """Kind from the head words after the figure, else the noun before 'of' ('an increase of 3.6×'), else the verb
    before it ('reduces X by'), else the nearest cue; aspect from the same words, else a default for speed-ups.
    `text` has its names blanked out; `named` is the same text with them ('faster than Lookahead Decoding')."""
    patterns = cue_patterns()
    figures = sorted([(start, end), *others])
    first, last = shared_head_chain(text, figures, figures.index((start, end)), left, right)
    next_figure = figures[last + 1][0] if last + 1 < len(figures) and figures[last + 1][0] < right else right
    head = head_window(text, figures[last][1], min(right, next_figure))
    before = text_before(text, figures, first, left)
    of_head = of_head_in(before)
    verb = None
    for kind, pattern in patterns["verbs"].items() if ends_with_word(before, BY_ENDS) else ():
        for match in pattern.finditer(before):
            if BY_BEFORE.search(before[match.end():]) and (verb is None or match.start() > verb[1].start()):
                verb = (kind, match)
    held_equal = NO_ASPECT_AFTER.match(text, end, right)
    aspect = ((aspect_in(NEAR_HEAD.match(head).group()) or aspect_for(text, end, right) if not held_equal else "")
              or part_sped_up(head)
              or (aspect_in(of_head.group(1)) or kind_modifier(of_head.group(1)) if of_head else "")
              or (aspect_in(before[verb[1].end():]) if verb else "") or faster_object(head) or object_made_faster(before, head)
              or subject_aspect(before) or speed_aspect_compared(named[end:right])
              or (next_object(before) if not verb else "")
              or earlier_aspect(before, head))
    if last > first:  # '1.3× and 3× speed-ups in the prefilling and generation stages': one each, in order
        aspect = paired_aspect(text[figures[last][1]:right], figures.index((start, end)) - first, last - first + 1) or aspect
    found = first_match(patterns["heads"], head) or (first_match(patterns["heads"], of_head.group(1)) if of_head else None)
    if found:
        kind = found[0]
    elif verb:
        kind = verb[0]
    elif quality_share := QUALITY_SHARE.match(text, end, right):  # '99.3% of ChatGPT's performance': a level of quality
        kind, aspect = "quality", aspect or quality_share.group("aspect")
    elif SHARE.match(text[end:right]) and patterns["share"].search(text[end:end + 50]):  # what a method keeps is compressed
        kind = "compression" if RETAIN_BEFORE.search(before) else "reduction"  # 'retaining only 12% of the KV cache'
        aspect = aspect or aspect_in(text[end:end + 50])
    elif of_head and patterns["efficiency"].search(of_head.group(1)):
        kind = "improvement"  # 'raises the cache hit ratio to over 90%': a level of an efficiency aspect
    elif LEVEL_REACHED.search(before):
        kind = "quality"
    else:
        kind = nearest_kind(text, start, end, left, right)
        if kind == "quality" and speed_before and MULTIPLE.search(text, start, end):
            kind = "speedup"  # '2× speed-up in generation, and combined with Medusa it reaches up to 4×'
    if kind == "gain":
        improved = before[verb[1].end():] if verb else ""  # 'improves the incremental benefit per cost by 89%'
        kind = gain_kind(f"{head} {aspect} {improved}") if aspect or "%" in text[start:end] else "speedup"
        if kind == "quality" and names_part(aspect):
            kind = "speedup"  # 'outperforms them by up to 7.5× for encoder': a part of the system runs faster
    if not aspect and (longer := LONGER_INPUT.match(head)):  # '4× longer sequences': the length it handles
        aspect = f"{longer.group(1)} length"
    if not aspect:  # '3× smaller recurrent state', '3.3× higher query rates': what the comparative is said of
        comparative = COMPARATIVE.match(head)
        aspect = object_words(head[comparative.end():]) if comparative else ""
    if not aspect:  # '2.8× smaller': the comparative says what
        aspect = load_cues()["comparative_aspects"].get(head.split()[0].lower().strip(".,;:)") if head.split() else "", "")
    if not aspect and kind in ("reduction", "compression", "improvement"):  # 'compress the representation by 40%',
        # 'extends the usable context by 16×': the verb's object
        share = SHARE_OBJECT.match(text, end, right)
        aspect = (object_words(BY_BEFORE.sub("", before[verb[1].end():])) if verb else "") or (
            share.group(1) if share else "")
        if aspect and verb and SHORTEN.match(verb[1].group()) and "length" not in aspect:
            aspect = f"{singular(aspect)} length"  # 'shortens responses by 40%': response length
        lowered = LOWERED_TO.search(before)  # 'lowers the CoT triggering rate to 3.18%': what it brings down
        doing = DOING_LESS.search(before) if LESS.match(head) else None  # 'communicating 500 times less'
        aspect = aspect or (object_words(lowered.group("object")) if lowered else "") or (
            nominal(doing.group(1)) if doing else "")
    if kind == "speedup" and not aspect:  # training when the clause up to the figure and its head says so (not a later
        # clause), else the sentence's speed-up before it ('raises throughput by 91%, and it beats Medusa by 37%')
        aspect = "training" if TRAINING.search(text[left:end] + head) else speed_before or "inference"
    return kind, aspect


def compressed_in_title(title: str) -> str:
    """What a title says is compressed: 'Compressing Prompts' (prompt), 'Paged KV-Cache Compression' (KV cache)."""
    named = TITLE_COMPRESSES.search(title)
    if not named:
        return ""
    words = (named.group(1) or named.group(2)).replace("-", " ").split()
    while words and words[0].lower() in TITLE_SMALL_WORDS:
        words = words[1:]
    if not words or words[-1].lower() in TITLE_SMALL_WORDS:
        return ""  # 'Improving ... LMs with Compression': nothing said compressed
    phrase = " ".join(words)
    return aspect_in(phrase) or singular(phrase.lower())


def earlier_aspect(before: str, head: str) -> str:
    """The last resort: an aspect the clause names before the figure; none before a comparative, which says what it
    is of ('1.36× fewer hardware resources'), and only a speed before 'faster' ('zero-shot accuracy, and the models
    run 1.35× faster' is no faster accuracy)."""
    if COMPARATIVE.match(head):
        return ""
    aspect = aspect_in(before[-60:])
    return "" if aspect and FASTER.match(head) and not cue_patterns()["speed"].search(aspect) else aspect


def paired_aspect(after: str, index: int, count: int) -> str:
    """The index-th of as many things as there are figures, listed after them: 'in the cloud (A100) and PC scenarios'."""
    listed = PAIRED_TARGETS.match(ASIDE.sub("", after))
    items = [item.strip() for item in LIST_ITEMS.split(listed.group("items"))] if listed else []
    if len(items) != count or not all(items):
        return ""
    return aspect_in(items[index]) or items[index]


def kind_modifier(phrase: str) -> str:
    """'layer-wise speedups (of up to 4.3×)': the compound that says which speed-up, unless it only says how big."""
    modified = MODIFIED_KIND.search(phrase)
    if modified and modified.group(1).lower() not in load_cues()["vague_modifiers"]:
        return modified.group(1)
    part = PART_KIND.search(phrase)  # 'a kernel speedup of 3.87×': the part of the system sped up
    return part.group(1) if part and names_part(part.group(1)) else ""


def text_before(text: str, figures: list[tuple[int, int]], index: int, left: int) -> str:
    """The clause's words before a figure, from the previous figure's head on ('46% GPU memory and runs 1.6× faster':
    'GPU memory' is the other figure's head)."""
    start = figures[index][0]
    previous = max((e for _, e in figures[:index] if e > left), default=left)
    if previous > left:
        previous += len(head_window(text, previous, start))
    return text[previous:start]


def of_head_in(before: str) -> re.Match | None:
    return OF_HEAD.search(before) if ends_with_word(before, OF_HEAD_ENDS) else None


def shared_head_chain(text: str, figures: list[tuple[int, int]], index: int, left: int, right: int) -> tuple[int, int]:
    """The first and last of the figures joined to figures[index] by 'and', 'or', 'to' or a comma alone: they share
    the head after the last and the verb before the first ('outperform X by about 2.1× and 2.7× in operations per
    second'). A figure with its own 'X of' head joins no later one ('an increase of 3.6× and 8.2× lower memory')."""
    def joined(a: int, b: int) -> bool:
        return (left < figures[a][0] and figures[b][1] <= right and SHARED_HEAD.match(text[figures[a][1]:figures[b][0]])
                and not of_head_in(text_before(text, figures, a, left)))
    first = last = index
    while first > 0 and joined(first - 1, first):
        first -= 1
    while last + 1 < len(figures) and joined(last, last + 1):
        last += 1
    return first, last


def ends_with_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether text ends in one of the words and then whitespace: what OF_HEAD and BY_BEFORE need to match at all."""
    return text[-1:].isspace() and text.rstrip().endswith(words)


def aspect_for(text: str, end: int, right: int, alone: bool = False) -> str:
    """'1.41× for training', '2× during decoding': the aspect a preposition right after the figure names (`alone`: a
    single word, not a setting such as 'for offloading-based inference')."""
    named = (FOR_ASPECT_ALONE if alone else FOR_ASPECT).match(text, end, right)
    if alone and not named and (phrase := FOR_ASPECT.match(text, end, right)):  # '... and 3.7× for decoder operations'
        named = phrase if names_part(phrase.group(1)) else None
    if named:  # or the part of the system it names: '1.6× for the linear layers'
        return aspect_in(named.group(1)) or (object_words(named.group(1)) if names_part(named.group(1)) else "")
    at = AT_ASPECT.match(text, end, right)
    return aspect if at and (aspect := aspect_in(at.group(1))) and cue_patterns()["speed"].search(aspect) else ""


def faster_object(head: str) -> str:
    """'up to 2.1× faster execution': the work a 'faster' right before it describes."""
    described = FASTER_WORK.match(head)
    return described.group(1) if described else ""


def object_made_faster(before: str, head: str) -> str:
    """'run their linear layers 1.6× faster', 'make generation 2x-3x faster': what the verb makes faster; or what
    the verb does ('generating images 410× faster', 'converges 2-4 times faster')."""
    if not FASTER.match(head):
        return ""
    before = LEAD_IN_END.sub("", before)
    done = DONE_FASTER.search(before)
    if done:
        return done.group("object")
    verb = cue_patterns()["speed verb"].search(before)  # 'generating images 410× faster', 'converges 2-4 times faster'
    return load_cues()["speed_verbs"][verb.group(1).lower()] if verb else ""


def rate_aspect(text: str, start: int, end: int, left: int, right: int) -> str:
    """The speed a rate measures when the words by it name one ('1,000 tokens/s prefill', 'a training speed of 225
    TFLOPs/s', 'decodes at 50 tokens/s'), else throughput."""
    before = text[max(left, start - 60):start]
    of_head = of_head_in(before)
    rate_verb = cue_patterns()["rate verb"].search(before)
    subject = RATE_SUBJECT.search(before)  # 'decoding reaches 8.2 tokens/s'
    named = [aspect_in(NEAR_HEAD.match(head_window(text, end, right)).group()),
             aspect_in(of_head.group(1)) if of_head else "", rate_verb and f"{verb_aspect(rate_verb.group(1))} throughput",
             subject and cue_patterns()["speed"].fullmatch(subject.group(1)) and f"{subject.group(1)} throughput"]
    return next((aspect for aspect in named if aspect and cue_patterns()["speed"].search(aspect)), "throughput")


def verb_aspect(verb: str) -> str:
    """'decodes' -> decoding, 'generates' -> generation: the aspect a speed verb names."""
    return next((aspect for stem, aspect in load_cues()["speed_verbs"].items() if verb.lower().startswith(stem)), "")


def memory_aspect(text: str, start: int, end: int, left: int, right: int, previous_end: int) -> str:
    """What a memory level measures: the words after it ('26 GB of GPU memory') or before it, from the previous figure
    on ('and total GPU memory use from 207 GB to 17 GB'); else memory."""
    head = head_window(text, end, right)
    of = OF_OBJECT.match(head)
    after = (object_words(head[of.end():]) if of else "") or aspect_in(NEAR_HEAD.match(head).group())
    return after or last_aspect_in(text[max(left, previous_end):start]) or "memory"


def appositive_aspect(text: str, previous: tuple | None, start: int, left: int) -> str:
    """'from 207 GB to 17 GB, a 92% reduction': the aspect of the figure this one restates."""
    if not previous or previous[0].end <= left:
        return ""
    restated_end = previous[0].end + len(head_window(text, previous[0].end, start))
    return previous[2] if APPOSITIVE.match(text[restated_end:start]) else ""


def next_object(before: str) -> str:
    """'cuts X by 3.5× and the total delay of fetching contexts by 3.2×': the verb's next object (total delay)."""
    following = AND_OBJECT_BY.search(before) if ends_with_word(before, BY_ENDS) else None
    if not following or following.group("object").split()[0].lower() in PRONOUNS | OBJECT_PREPOSITIONS:
        return ""  # 'and it beats Medusa by 37%': a clause of its own; 'and over FlexGen by 3×': the same object
    return object_words(following.group("object"))


def subject_aspect(before: str) -> str:
    """'the 4-bit KV cache is 4× smaller', 'its backward pass is about 2× faster': the aspect the subject names."""
    subject = SUBJECT_IS.search(before) if before.rstrip().endswith(SUBJECT_IS_ENDS) else None
    if not subject:
        return ""
    words = object_words(subject.group(1))  # 'its self-attention kernel is 3.2× faster': a part of the system, named whole
    return aspect_in(subject.group(1)) or (words if names_part(words) else "")


def speed_aspect_compared(after: str) -> str:
    """The speed aspect of what a figure is compared against: 'speedup over vanilla autoregressive decoding'."""
    compared = OVER_OBJECT.match(after)
    return aspect_in(compared.group(1)) if compared and cue_patterns()["speed"].search(compared.group(1)) else ""


def is_setting(text: str, start: int, end: int, right: int) -> bool:
    """A figure that sets up a measurement, not an outcome: after 'at', a sparsity or budget ('1.53× at 40% KV sparsity');
    after 'with', anything no cue word makes an outcome ('With 20% heavy hitters', not 'with 43% fewer steps')."""
    if NOT_OUTCOME_BEFORE.search(text, max(0, start - 14), start):
        return True  # 'compresses images 32x instead of 8x', 'perturbs q = 10% of the characters'
    if AT_BEFORE.search(text, max(0, start - 24), start):  # a modifier or two may come between
        after = text[end:right].lstrip()
        after = after[next_figure.end():] if (next_figure := NEXT_FIGURE.match(after)) else after
        settings = cue_patterns()["settings"]
        return any(settings.match(after, offset) for offset in word_offsets(after, 2))
    return bool(WITH_BEFORE.search(text, max(0, start - 12), start)) and not says_what_it_measures(text, end, right)


def word_offsets(text: str, most: int) -> list[int]:
    """Where text starts, and where it goes on after each of its first `most` words ('unstructured ', 'KV ')."""
    offsets = [0]
    while len(offsets) <= most and (word := WORD.match(text, offsets[-1])):
        offsets.append(word.end())
    return offsets


def continues_list(text: str, previous_end: int, start: int, end: int, right: int) -> re.Match | None:
    """A figure that only continues the list the previous one opened (no head of its own): it measures the same."""
    previous_end += len(head_window(text, previous_end, start))  # '7.5× higher throughput on T4, 26% on A10G'
    continuation = LIST_CONTINUATION.match(text[previous_end:start])
    if not continuation or says_what_it_measures(text, end, right):
        return None
    obj = (continuation.group("object") or "").rstrip()  # an aspect alone, no verb of its own ('latency falls by')
    if obj and (any(verb.search(obj) for verb in cue_patterns()["verbs"].values())
                or not any(m.end() == len(obj) for m in cue_patterns()["aspects"].finditer(obj))):
        return None
    return continuation


def says_what_it_measures(text: str, end: int, right: int) -> bool:
    """Whether the words right after a figure hold a kind or an aspect cue ('× speedup', '% of the KV cache')."""
    head = NEAR_HEAD.match(head_window(text, end, right)).group()
    return bool(first_match(cue_patterns()["heads"], head) or aspect_in(head))


def respective_aspects(text: str, figures: list) -> dict[int, str]:
    """'reduces energy, carbon emissions and cost by 53%, 38% and 61%, respectively': the i-th figure of a list
    measures the i-th object of its verb; {figure start: aspect}."""
    runs: list[list] = []
    for figure in figures:
        if runs and RUN_GAP.fullmatch(text, runs[-1][-1].end, figure.start):
            runs[-1].append(figure)
        else:
            runs.append([figure])
    aspects = {}
    for run in runs:
        if len(run) < 2 or not RESPECTIVELY.match(text, run[-1].end):
            continue
        objects = RESPECTIVE_OBJECTS.search(text, max(0, run[0].start - 200), run[0].start)
        items = [item for item in LIST_ITEMS.split(objects.group("items")) if item] if objects else []
        if len(items) == len(run):
            aspects.update({f.start: aspect_in(item) if " " not in item.strip() else object_words(item) or aspect_in(item)
                            for f, item in zip(run, items)})
    return aspects


def object_words(text: str) -> str:
    """A plain lowercase noun phrase of up to three words ('the obtained representation' -> 'obtained representation'),
    without what it is of ('the solutions of Marco-o1' -> 'solutions')."""
    match = OBJECT.match(OBJECT_TAIL.sub("", COUNT_OF.sub("", text.rstrip(" .,;:"))))
    return match.group(1) if match and match.group(1) not in PRONOUNS else ""


def singular(phrase: str) -> str:
    """The phrase with its last word in the singular, as an aspect names it ('generated responses' -> 'generated response')."""
    if phrase.endswith("ies"):
        return phrase[:-3] + "y"
    return phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase


def nearest_kind(text: str, start: int, end: int, left: int, right: int) -> str:
    best = None
    for pattern, kind in cue_patterns()["kinds"]:
        for match in pattern.finditer(text, left, right):
            if start <= match.start() < end:
                continue
            score = match.start() - end if match.start() >= end else start - match.end() + 2
            if best is None or score < best[0]:
                best = (score, kind)
    return best[1] if best else "quality"


def raw_quote(raw: str, plain: str, start: int, end: int) -> str:
    """The figure as written, LaTeX included: '\\(1.3-1.7\\times\\)' rather than '1.3-1.7\\'."""
    while start > 0 and plain[start - 1] == " " and raw[start - 1] != " ":
        start -= 1
    while end < len(raw) and plain[end] == " " and raw[end] != " ":
        end += 1
    quote = raw[start:end]
    if quote.count("$") % 2:  # '$\approx 40\%$' quotes '40\%', not '40\%$': a formula opened outside the quote
        quote = quote[:-1] if quote.endswith("$") else quote.removeprefix("$")
    if quote.endswith("\\)") and "\\(" not in quote:
        quote = quote[:-2]
    return quote


def baseline_ties(text: str, in_sentence: list[Found], figures: list, compared: set[str]) -> tuple[dict, set[str]]:
    """A sentence's baselines: those each figure's own words tie to it (by the figure's start: '38% less memory than
    ZeRO-3 and 1.2× faster than FSDP'), and all of them, for a figure with none of its own ('Compared to vLLM, ...');
    a figure compared with something unnamed ('3× speedup over 16-bit baselines') takes none (the caller checks)."""
    own: dict[int, set[str]] = {}
    starts = [f.start for f in figures]  # (in text order)
    every = set()
    for baseline in (f for f in in_sentence if f.key in compared):
        every.add(baseline.key)
        figure = tied_figure(text, baseline, figures, bisect_left(starts, baseline.end))
        if figure is not None:
            own.setdefault(figure.start, set()).add(baseline.key)
    return own, every


def tied_figure(text: str, baseline: Found, figures: list, next_index: int):
    """The figure a baseline's words tie it to: the next one (figures[next_index]) when a 'by' leads to it ('over
    FlexGen by 3×'), the one before when a comparison follows that one ('2× faster than A'); else None."""
    after = figures[next_index] if next_index < len(figures) else None
    before = figures[next_index - 1] if next_index > 0 and figures[next_index - 1].end <= baseline.start else None
    if after and BY_GAP.match(text, baseline.end, after.start):
        return after
    if before and COMPARED_AFTER.match(text, before.end, baseline.start):
        return before
    return None


def tied(paper: Paper, in_sentence: list[Found], type_: str) -> list[str]:
    """The names of the given type found in a sentence (in_sentence: its names, in text order), each once."""
    names = []
    for occurrence in in_sentence:
        mention = paper.mention(occurrence.key)
        if mention and mention.type == type_ and mention.name not in names:
            names.append(mention.name)
    return names


def without_names(paper: Paper, text: str, found: list[Found]) -> str:
    """The text with entity names blanked out (offsets kept), so cue words inside names ('Hugging Face Accelerate',
    'Zero-Inference') are no verbs or aspects; names that are aspects themselves (TTFT, KV cache) stay."""
    aspects = cue_patterns()["aspects"]
    parts, done = [], 0
    for occurrence in found:
        if occurrence.name.lower() == occurrence.name or occurrence.end <= done or aspects.fullmatch(occurrence.name):
            continue
        mention = paper.mention(occurrence.key)
        if mention and mention.type != "Metric":
            start = max(occurrence.start, done)
            parts += [text[done:start], " " * (occurrence.end - start)]
            done = occurrence.end
    return "".join(parts) + text[done:] if parts else text


def find_results(paper: Paper, roles: list[Role]) -> list[Figure]:
    text = paper.text("summary")
    figures_found = kept(paper.summary, "figures")
    found = paper.found_in("summary")
    cues_text = without_names(paper, text, found) if figures_found else text
    compared = {r.key for r in roles if r.relation == "comparedWith"}
    figures, previous = [], None
    last_aspects: dict[tuple[str, int], str] = {}  # (kind, sentence start): the aspect of its last figure there
    paper_aspects: dict[str, str] = {}  # kind: the aspect of its last figure in the summary so far
    respective = respective_aspects(cues_text, figures_found) if "respectively" in text else {}
    ties: dict[int, tuple[dict[int, set[str]], set[str]]] = {}  # sentence start: each figure's own baselines, and all
    for match in figures_found:
        sent_start, sent_end = paper.sentence_bounds("summary", match.start)
        left, right = clause_around(text, match.start, match.end, sent_start, sent_end)
        if is_setting(cues_text, match.start, match.end, right):
            continue
        time_aspect, previous_end = None, previous[0].end if previous else 0
        if is_time(match.unit):
            time_aspect = time_reported(cues_text, match.start, match.end, left, match.unit)
            if time_aspect is None:
                continue  # 'a 200 ms SLO': a time that is no outcome
        if previous and previous[0].end > left and (
                continuation := continues_list(cues_text, previous[0].end, match.start, match.end, right)):
            kind, aspect = previous[1], (aspect_for(cues_text, match.end, right, alone=True)  # '... and 1.41× for training'
                                         or aspect_in(continuation.group("object") or "") or previous[2])
            if cue_patterns()["efficiency"].search(aspect):  # '... by 47% and performance per dollar by 2.4×'
                kind = "improvement"
        else:
            others = [(f.start, f.end) for f in figures_found if f is not match]
            speed_before = last_aspects.get(("speedup", sent_start), "")
            kind, aspect = kind_of(cues_text, match.start, match.end, left, right, others, text, speed_before)
            if not aspect and kind in ("compression", "reduction", "quality"):  # 'compresses the KV cache by 50% ... and
                aspect = last_aspects.get((kind, sent_start), "")  # reaches up to 93.75% compression
        aspect = respective.get(match.start) or aspect or appositive_aspect(cues_text, previous, match.start, left)
        if not aspect and kind in ("compression", "reduction"):  # '... cuts the serving cost by 71%. The saving is 40%'
            aspect = paper_aspects.get(kind, "")
        if not aspect and kind == "compression":  # 'up to 20× compression' in 'LLMLingua: Compressing Prompts ...'
            aspect = compressed_in_title(paper.text("title"))
        if is_memory(match.unit):  # a memory level such as 17 GB measures how much memory something needs
            kind, aspect = "reduction", memory_aspect(cues_text, match.start, match.end, left, right, previous_end)
        previous = (match, kind, aspect)
        if is_rate(match.unit):  # a rate such as tok/s measures throughput, or the speed named by it
            kind, aspect = "speedup", rate_aspect(cues_text, match.start, match.end, left, right)
        elif is_money(match.unit):  # '$0.70 per issue': what a run costs
            kind, aspect = "reduction", "cost"
        elif is_token_count(match.unit) and (measure := acceptance_measure(text, match.start, match.end)):
            kind, aspect = "improvement", measure[0].lower()  # '3.2 tokens' of an acceptance length: a gain, no speed
        elif is_token_count(match.unit):  # 'from 3,790 to 2,125 tokens': a token count brought down
            kind, aspect = "reduction", aspect if aspect and "token" in aspect else "tokens"
        elif time_aspect:  # a time such as 54 ms measures how long something takes
            kind, aspect = "reduction", time_aspect
        if aspect and not is_rate(match.unit) and (kind != "speedup" or cue_patterns()["speed"].search(aspect)):
            last_aspects[(kind, sent_start)] = paper_aspects[kind] = aspect  # (a rate's default, throughput, says
            # little of the next figure)
        in_sentence = [f for f in found if sent_start <= f.start < sent_end]
        runs = [f for f in in_sentence if f.key not in compared]  # '53.2%, above InstructBLIP': a baseline runs no figure
        if sent_start not in ties:
            ties[sent_start] = baseline_ties(text, in_sentence, [f for f in figures_found if sent_start <= f.start < sent_end],
                                             compared)
        own, every = ties[sent_start]
        keys = own.get(match.start) or (set() if COMPARED_NEXT.match(text, match.end) else every)
        baselines = [paper.mentions[k].name for k in sorted(keys) if k in paper.mentions]
        figures.append(Figure(
            quote=raw_quote(paper.raw("summary"), text, match.start, match.end), unit=match.unit, kind=kind, aspect=aspect,
            value=match.value, min_value=match.min_value, max_value=match.max_value, qualifier=match.qualifier,
            models=tied(paper, [f for f in runs if left <= f.start < right], "Model") or tied(paper, runs, "Model"),
            benchmarks=tied(paper, in_sentence, "Benchmark"),
            hardware=tied(paper, in_sentence, "Hardware"),
            baselines=baselines,
            evidence=paper.evidence("summary", match.start, match.end, "figure:" + kind)))
    return figures
