"""Reported figures into results: kind and aspect from the words around them, and what they are tied to."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.records import Figure, Role

from .context import Paper
from .lexicons import load_cues

CLAUSE = re.compile(r";|,\s+(?:while|whereas|but)\b|\s+while\s+|\.\s")
EFFICIENCY_ASPECTS = {"latency", "throughput", "ttft", "tpot", "memory", "energy", "cost", "kv", "flops", "time"}


@lru_cache(maxsize=1)
def cue_patterns() -> tuple[list[tuple[re.Pattern, str]], re.Pattern]:
    cues = load_cues()
    kinds = [(re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I), kind)
             for kind, words in cues["kinds"].items() for word in words]
    aspects = "|".join(re.escape(a) for a in sorted(cues["aspects"], key=len, reverse=True))
    return kinds, re.compile(rf"(?<![\w-])(?:{aspects})(?![\w-])", re.I)


def clause_around(text: str, start: int, end: int, sent_start: int, sent_end: int) -> tuple[int, int]:
    left, right = sent_start, sent_end
    for match in CLAUSE.finditer(text, sent_start, sent_end):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


def distance(start: int, end: int, match: re.Match) -> int:
    if match.start() >= end:
        return match.start() - end
    return start - match.end() + 2  # words after a figure ('1.3× speedup') read more directly


def kind_of(text: str, start: int, end: int, left: int, right: int) -> tuple[str, str]:
    kinds, aspects = cue_patterns()
    window = text[left:right]
    best = None
    for pattern, kind in kinds:
        for match in pattern.finditer(text, left, right):
            if start <= match.start() < end:
                continue
            score = distance(start, end, match)
            if best is None or score < best[0]:
                best = (score, kind, match.group())
    aspect_match = min(aspects.finditer(text, left, right), key=lambda m: distance(start, end, m), default=None)
    aspect = aspect_match.group() if aspect_match else ""
    kind = best[1] if best else "quality"
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", aspect)}
    if kind == "quality" and best and best[2].lower().startswith("improv") and words & {"latency", "throughput", "speed"}:
        kind = "speedup"
    if kind == "quality" and "%" not in window[start - left:end - left] and words & EFFICIENCY_ASPECTS:
        kind = "reduction" if re.search(r"\b(?:lower|less|fewer|reduc)", window, re.I) else kind
    return kind, aspect


def tied(paper: Paper, sent_start: int, sent_end: int, types: tuple[str, ...]) -> list[str]:
    names = []
    for found in paper.found_in("summary"):
        mention = paper.mentions.get(paper.resolve(found.key))
        if mention and sent_start <= found.start < sent_end and mention.type in types and mention.name not in names:
            names.append(mention.name)
    return names


def find_results(paper: Paper, roles: list[Role]) -> list[Figure]:
    text = paper.text("summary")
    compared = {r.key for r in roles if r.relation == "comparedWith"}
    figures = []
    for span in paper.summary.spans.get("figures", []):
        match = span._.figure
        sent = span.sent
        left, right = clause_around(text, match.start, match.end, sent.start_char, sent.end_char)
        kind, aspect = kind_of(text, match.start, match.end, left, right)
        baselines = [paper.mentions[k].name for k in sorted(compared) if k in paper.mentions and
                     any(f.key == k and sent.start_char <= f.start < sent.end_char for f in paper.found)]
        figures.append(Figure(
            quote=paper.summary.text[match.start:match.end], unit=match.unit, kind=kind, aspect=aspect,
            value=match.value, min_value=match.min_value, max_value=match.max_value, qualifier=match.qualifier,
            models=tied(paper, sent.start_char, sent.end_char, ("Model",)),
            benchmarks=tied(paper, sent.start_char, sent.end_char, ("Benchmark",)),
            hardware=tied(paper, sent.start_char, sent.end_char, ("Hardware",)),
            baselines=baselines,
            evidence=paper.evidence("summary", match.start, match.end, "figure:" + kind)))
    return figures
