"""The grammar of reported figures: 1.34×, 2x, 68%, 1.3-1.7×, 14–25%, 3-fold, 2 times, with qualifiers."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .alternation import alternation
from .lexicons import load_cues

NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
MULTIPLIER = r"(?:\s?[×xX](?![A-Za-z0-9])(?!\s*\d)|\s?-?\s?fold\b|\s+times\b(?!\s+(?:the|as|that|of|per|more)\b(?!.{0,20}(?:faster|speedup))))"
PERCENT = r"(?:\s?%|\s+percent\b)"
# throughput as a rate: '124 tok/s', '740 TFLOPs/s', '$24.4$ tokens/s' (LaTeX delimiters leave two spaces)
RATE = (r"(?:\s{0,2}(?:tokens?|tok|images?|img|frames?|it|samples?|req)/s(?:ec)?\b|\s+(?:tokens|images|frames)\s+per\s+"
        r"second\b|\s{0,2}[GTPE]?FLOPs?/s\b|\s{0,2}[GTPE]FLOPS\b|\s{0,2}(?:FPS|fps)\b)")
# time as a level: '54 ms', 'in 77 s', '0.56 s/token' (a bare 's' only after a space: '1990s' is a decade)
TIME = r"(?:(?:\s{0,2}(?:ms|milliseconds?)|\s{1,2}(?:s|sec|seconds?|minutes?|mins?|hours?))(?:/token|\s+per\s+token)?(?![\w/]))"
TIME_UNIT = re.compile(TIME)
PER_TOKEN_WORDS = re.compile(r"\s+per\s+token$")
UNIT = rf"(?P<unit>{MULTIPLIER}|{PERCENT}|{RATE}|{TIME})"
DASH = r"\s*(?:-|–|—|~|to)\s*"
FIGURE = re.compile(
    rf"(?=\d)(?<![\w.@/-])(?:(?P<low>{NUMBER})(?P<lowunit>{MULTIPLIER}|{PERCENT})?{DASH})?(?P<high>{NUMBER}){UNIT}")


FROM_BEFORE = re.compile(r"\bfrom\s+$")
# memory as a level: '1 GB', '$23.5$ GB' (LaTeX delimiters leave spaces); an outcome only after a verb of needing
MEMORY = re.compile(rf"(?<![\w.@/-])(?P<value>{NUMBER})\s{{0,2}}(?P<unit>[KMGT]B)\b")
MEMORY_UNITS = ("KB", "MB", "GB", "TB")
ABOUT = r"(?:[∼~≈]\s*|(?:over|under|below|about|around|nearly|almost|roughly|approximately|more than|less than)\s+)?"
FROM_MEMORY = re.compile(rf"\bfrom\s+{ABOUT}(?P<value>{NUMBER})\s{{0,2}}(?P<unit>[KMGT]B)\s+to\s+{ABOUT}$")  # 'from over 780GB to under 48GB'
# a token count brought down: 'shortens its reasoning from 3,790 to 2,125 tokens', 'its tokens fall from 14,321 to 10,287'
TOKENS_FROM_TO = re.compile(rf"\bfrom\s+{ABOUT}(?P<old>{NUMBER})\s+(?:tokens\s+)?to\s+{ABOUT}(?P<new>{NUMBER})(?P<unit>\s+tokens)?\b"
                            r"(?![.,]?\d)")
TOKENS_BEFORE = re.compile(r"\btokens\b[^.;\d]{0,30}$")
RESTATED = re.compile(r"\s*[(,]\s*(?:an?\s+)?(?:(?:about|roughly|nearly)\s+)?[\d.]+\s?[%×x]")  # '... to 144 (a 75% reduction)
# a level of speculative decoding's acceptance: 'an average acceptance length of 3.2 tokens', 'accepts 3.5 tokens per step'
ACCEPTED_TOKENS = re.compile(rf"(?<![\w.@/-])(?P<value>{NUMBER})\s+(?:accepted\s+)?(?P<unit>tokens?(?:\s+per\s+(?:(?:decoding|"
                             r"draft(?:ing)?|verification)\s+)?(?:step|forward\s+pass|iteration|round|cycle))?)\b"
                             r"(?!\s*/|\s+per\s+sec)")
ACCEPT_LEAD_IN = r"(?:on\s+average|an\s+average\s+of|about|around|roughly|approximately|nearly|almost|up\s+to|over|only|just)"
# money as a level: '$0.70 per issue', '0.228 dollars'; a '$' that a formula's symbols or its closing '$' follow opens
# math ('$5.5$ GB', '$1.6 \\times$'), and '$2M' is a budget, not a per-use cost
MONEY = re.compile(rf"\$(?P<dollars>{NUMBER})(?![\d.,]*\s*[$\\^_{{}}=])(?![\d.,]*\s*(?:[KMBTk]\b|million|billion|trillion))|"
                   rf"(?<![\w.@/-])(?P<amount>{NUMBER})\s+(?P<word>dollars|USD)\b")
MONEY_UNITS = ("$", "dollars", "USD")
COST_GAP_WORD = (r"(?:of|is|was|are|only|just|merely|about|around|roughly|approximately|nearly|under|below|less|than|to|"
                 r"down|drops|falls|fell|dropped|at|by|per\s+[a-z]+|an?|the)")  # 'cost per query drops to only $0.02'
# what a sum of money is, in the clause before it: 'at an average cost of', 'saves', 'from 0.398 to'
COST_BEFORE = re.compile(r"(?i:\b(?:costs?|costing|price[ds]?|pricing|spend(?:s|ing)?|spent|budget|bills?|expenses?|"
                         r"sav(?:e|es|ed|ing|ings)|pay(?:s|ing)?)\b)"
                         rf"(?:[^.;\d]{{0,40}}?\bfrom\s+{NUMBER}\s+(?:dollars\s+|USD\s+)?to\s+|(?:\s+{COST_GAP_WORD}){{0,4}}\s*)$")
AVERAGE_COST = re.compile(r"\b(?:average|mean)\s+(?:\w+\s+)?cost\s+of\s+$", re.I)  # 'an average cost of $0.70'
# '1.91× on average', 'by 67% on average', '25% fewer experts on average': a qualifier after the figure
ON_AVERAGE_AFTER = re.compile(r"(?:\s+(?!on\b)[A-Za-z][\w-]*){0,3}?\s+on\s+average\b")
# '2× A800-80GB GPUs', '8x NVIDIA H100': a whole number of devices, not a multiplier
DEVICE_COUNT = re.compile(r"\s*(?:NVIDIA\s+|AMD\s+)?(?:[A-Z]{1,3}\d{2,4}|RTX\b|GPUs?\b|TPUs?\b|NPUs?\b|nodes?\b)")


@dataclass(frozen=True)
class FigureMatch:
    start: int
    end: int
    unit: str
    value: str | None
    min_value: str | None
    max_value: str | None
    qualifier: str | None


def unit_of(text: str) -> str:
    """'%' for percentages, 'x' for multipliers, else the rate or time unit as written ('tok/s', 'ms')."""
    if "%" in text or "percent" in text:
        return "%"
    if is_rate(text):
        return text.strip()
    if TIME_UNIT.fullmatch(text):  # '9 ms per token': the unit is ms, 'per token' says what is timed ('0.56 s/token' stays)
        return PER_TOKEN_WORDS.sub("", text).strip()
    return "x"


def is_rate(unit: str) -> bool:
    return "/s" in unit or "per second" in unit or "FLOPS" in unit or unit.strip().lower() == "fps"


def is_time(unit: str) -> bool:
    return bool(TIME_UNIT.fullmatch(" " + unit))


def is_memory(unit: str) -> bool:
    return unit in MEMORY_UNITS


@lru_cache(maxsize=1)
def memory_verb_before() -> re.Pattern:
    """A verb of needing right before a memory level ('needs only about 26 GB', 'fits in under 4 GB')."""
    return re.compile(rf"\b{alternation(load_cues()['memory_verbs'])}\s+(?:(?:only|just|about|around|roughly|approximately|"
                      rf"nearly|over|under|below|less than|more than|at most)\s+|[∼~≈<>≤]\s*)*$")


def in_bytes(value: str, unit: str) -> float:
    return float(value.replace(",", "")) * 1024 ** MEMORY_UNITS.index(unit)


def memory_levels(text: str) -> list[FigureMatch]:
    """Memory a method needs ('uses about 23.5 GB'), or the level it brings memory down to ('from 128 GB to 1 GB'); not
    a device's memory ('an RTX 4090 with 24 GB', 'A100-80GB')."""
    found = []
    for match in MEMORY.finditer(text):
        before = text[max(0, match.start() - 60):match.start()]
        old = FROM_MEMORY.search(before)
        value, unit = match.group("value"), match.group("unit")
        if old and in_bytes(value, unit) >= in_bytes(old.group("value"), old.group("unit")):
            continue  # 'from 2 GB to 8 GB' is no saving
        if old or (memory_verb_before().search(before) and not FROM_BEFORE.search(before)):
            found.append(FigureMatch(match.start(), match.end(), unit, value.replace(",", ""), None, None,
                                     qualifier_before(text, match.start())))
    return found


@lru_cache(maxsize=1)
def acceptance_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What names an acceptance level: a measure before it ('acceptance length of', 'block efficiency to about'), a
    verb a few words before it ('accepts on average'), or a measure after it ('0.5 tokens to the mean accepted length')."""
    cues = load_cues()
    measures = alternation(cues["acceptance_measures"], ignore_case=True)
    return (re.compile(rf"(?:\b(?P<average>average|mean)\s+)?\b(?P<measure>(?i:{measures}))\b[^.;\d]{{0,40}}$"),
            re.compile(rf"\b(?i:{alternation(cues['accepting_verbs'], ignore_case=True)})\s+(?:{ACCEPT_LEAD_IN}\s+)*$"),
            re.compile(rf"\s+(?:to|of|in|on)\s+(?:the\s+)?(?P<measure>(?:(?:average|mean)\s+)?(?i:{measures}))\b"))


def acceptance_measure(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """The acceptance measure a token count at start:end is a level of, and whether it is an average; None if none."""
    before = text[max(0, start - 80):start]
    measure_before, verb_before, measure_after = acceptance_patterns()
    if found := measure_before.search(before):
        return found.group("measure"), bool(found.group("average"))
    if verb_before.search(before):
        return "accepted tokens", False
    if found := measure_after.match(text, end):
        return found.group("measure"), False
    return None


def acceptance_levels(text: str) -> list[FigureMatch]:
    found = []
    for match in ACCEPTED_TOKENS.finditer(text):
        if measure := acceptance_measure(text, match.start(), match.end()):
            qualifier = qualifier_before(text, match.start()) or ("average" if measure[1] else None)
            found.append(FigureMatch(match.start(), match.end(), " ".join(match.group("unit").split()),
                                     match.group("value").replace(",", ""), None, None, qualifier))
    return found


def money_levels(text: str, raw: str) -> list[FigureMatch]:
    """What a run costs or saves: '$0.70 per issue' (raw text: plain text has no '$'), 'to 0.228 dollars'; not the old
    level of 'from 0.398 to 0.228 dollars'."""
    found = []
    for match in MONEY.finditer(raw):
        start = match.start("dollars") if match.group("dollars") else match.start()
        before = text[max(0, start - 80):start]
        if COST_BEFORE.search(before) and not FROM_BEFORE.search(before):
            unit = match.group("word") or "$"
            value = match.group("dollars") or match.group("amount")
            found.append(FigureMatch(start, match.end(), unit, value.replace(",", ""), None, None,
                                     qualifier_before(text, start) or average_cost(before)))
    return found


def average_cost(before: str) -> str | None:
    return "average" if AVERAGE_COST.search(before) else None


def is_money(unit: str) -> bool:
    return unit in MONEY_UNITS


def token_levels(text: str) -> list[FigureMatch]:
    """The level a token count is brought down to (not the old one, nor a rise, nor one restated as a share)."""
    found = []
    for match in TOKENS_FROM_TO.finditer(text):
        old, new = (match.group(name).replace(",", "") for name in ("old", "new"))
        named = match.group("unit") or TOKENS_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if named and float(new) < float(old) and not RESTATED.match(text, match.end()):
            found.append(FigureMatch(match.start("new"), match.end(), "tokens", new, None, None,
                                     qualifier_before(text, match.start("new"))))
    return found


def is_token_count(unit: str) -> bool:
    """An acceptance level or a token count brought down: 'tokens', 'tokens per step'."""
    return unit.startswith("token")


@lru_cache(maxsize=1)
def qualifier_patterns() -> tuple[re.Pattern, ...]:
    """Qualifier phrases anchored at the end of the text before a figure: words (after a space, '(' or the start,
    with articles allowed after them) and symbols."""
    phrases = load_cues()["qualifiers"]
    words = [p for p in phrases if p[0].isalpha()]
    symbols = [p for p in phrases if not p[0].isalpha()]
    return (re.compile(rf"(?:^|[\s(])(?P<phrase>{alternation(words)})(?:\s+(?:an?|the|of))*\s*$"),
            re.compile(rf"(?P<phrase>{alternation(symbols)})\s*$"))


def qualifier_before(text: str, start: int) -> str | None:
    """'up to', 'average', 'approximately', 'over' ... right before a figure (the longest phrase wins)."""
    before = text[max(0, start - 28):start].lower()
    matches = [match for pattern in qualifier_patterns() if (match := pattern.search(before))]
    if not matches:
        return None
    return load_cues()["qualifiers"][min(matches, key=lambda m: m.start()).group("phrase")]


def find_figures(text: str, raw: str | None = None) -> list[FigureMatch]:
    """The figures in a text with its LaTeX made plain; raw, the text as written, tells a '$' of money from math."""
    found = []
    for match in FIGURE.finditer(text):
        unit = unit_of(match.group("unit"))
        low, high = match.group("low"), match.group("high").replace(",", "")
        if match.group("lowunit") and unit_of(match.group("lowunit")) != unit:
            low = None
        if low is not None:
            low = low.replace(",", "")
            if float(low) >= float(high):
                low = None
        start = match.start() if low is not None else match.start("high")
        qualifier = qualifier_before(text, start)
        separator = text[match.end("lowunit") if match.group("lowunit") else match.end("low"):match.start("high")] if low else ""
        if low is not None and separator.strip() == "to" and FROM_BEFORE.search(text, 0, start):  # 'from 61% to 66%': two values, not a range
            low_end = match.end("lowunit") if match.group("lowunit") else match.end("low")
            found.append(FigureMatch(start, low_end, unit, low, None, None, qualifier))
            found.append(FigureMatch(match.start("high"), match.end(), unit, high, None, None, None))
            continue
        if unit == "x" and low is None and high.isdigit() and DEVICE_COUNT.match(text, match.end()):
            continue
        if low is None:
            found.append(FigureMatch(start, match.end(), unit, high, None, None, qualifier))
        else:
            found.append(FigureMatch(start, match.end(), unit, None, low, high, qualifier))
    if any(unit in text for unit in MEMORY_UNITS):  # a cheap test first: most texts give no memory size
        found = [*found, *memory_levels(text)]
    if "$" in (raw or text) or "dollars" in text or "USD" in text:
        found = [*found, *money_levels(text, raw or text)]
    if "ccept" in text or "block efficiency" in text:
        found = [*found, *acceptance_levels(text)]
    if "tokens" in text and "from" in text:
        found = [*found, *token_levels(text)]
    return sorted(with_average_after(text, found), key=lambda figure: figure.start)


def with_average_after(text: str, found: list[FigureMatch]) -> list[FigureMatch]:
    """Figures qualified after them ('cuts tokens by 70% on average'), where nothing before qualifies them."""
    if "on average" not in text:
        return found
    return [replace(figure, qualifier="average") if figure.qualifier is None and ON_AVERAGE_AFTER.match(text, figure.end)
            else figure for figure in found]
