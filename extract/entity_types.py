"""Which type a name has: the lexicons, the words around it, its long form, then its own shape."""
from __future__ import annotations

import re

from kg.names import fold

from .alternation import alternation
from .lexicons import Lexicon
from .shapes import is_coined, is_model_shape

# How sure a type is: a user pattern or lexicon beats context words, which beat shapes and defaults.
USER, LEXICON, CONTEXT, SHAPE, DEFAULT = 5, 4, 3, 2, 0
SIZE_LETTER = re.compile(r"[A-Za-z0-9]-(?:XX?L(?:[-/]\d+)?|[SBLH][-/]\d+)$")  # vision model sizes: 'LCM-XL', 'TiTok-L-32', 'DiT-XL/2'
DATASET_COUNT = re.compile(r"[a-z]\d+[Kk]$")  # a name that counts its examples: 'Commonsense170K', 'Math10K'
QA_NAME = re.compile(r"^(?=[^a-z]*[a-z])[A-Z][A-Za-z0-9]*V?QA(?:-?v?\d+(?:\.\d+)?)?$")  # 'MultiSpanQA', 'TextVQA'; not GQA, MQA
VERSION_SUFFIX = re.compile(r"[-\s]?v?\d+(?:\.\d+)*$")
SIZE_SUFFIX = re.compile(r"[-\s]\d+(?:\.\d+)?[BbMT](?:-(?:[A-Za-z]+\d*|v\d+(?:\.\d+)*|\d+[kK]))*$")  # LongChat-7b-v1.5-32k, -FP8
# '19% ExAcc on Multi-Hard-24K', 'evaluated on KITTI', 'fine-tuning Llama-2 on AgentBank': what a model is scored or
# trained on is a benchmark or dataset
EVALUATED_ON = re.compile(r"(?:[%×]|\b(?:accuracy|score|results?|evaluat\w*|experiments?|benchmarks?|performance|"
                          r"state-of-the-art|SOTA|outperform\w*|(?:[Pp]re-?)?[Tt]rain\w*|[Ff]ine-?tun\w*|[Dd]istill\w*)\b)[^.;]{0,40}?\b(?:on|across)\s+(?:the\s+)?"
                          r"(?:[\w.+-]+(?:\s+v?\d+(?:\.\d+)?)?(?:,\s*|\s+and\s+|,\s+and\s+))*$")
AFTER_FIGURE = re.compile(r"\d(?:\.\d+)?\s?%\s*$")
APPOSITIVE_END = re.compile(r"\s(?:on|in|with|for|from|by|of|to|using|trained|built|based|that|which)\b")
LEADING_PARENTHESIS = re.compile(r"^\s*(?:\([^()]*\)|\))")  # '(PPL) score', and '(CAKLD) objective' after a short form
IMMEDIATE_WORDS = re.compile(r"^[\s-]*([A-Za-z-]+(?:\s[a-z]+)?)")
# 'CNNSum, a ... benchmark', 'X is a ... model': after a comma or dash an article starts the appositive ('A and B, C
# outperforms the ... approach' is a new clause)
OPENING_PHRASE = re.compile(r"(?:^|[.;]\s+)(?:In|With|For|Unlike|Like|Beyond|Besides|Compared\s+(?:to|with))\s+$")
APPOSITIVE = re.compile(r"^\s*(?:(?:,|—|–|:|\s-\s)\s*(?:a|an|the|one)\s|(?:\s+is\s+|\s+as\s+)(?:(?:a|an|the|one)\s)?)"
                        r"\s*((?:[\w-]+\s+){0,7}[\w-]+)")
OF_SIZE = re.compile(r"\s+(?:of|at)\s+(?:a\s+)?(?:similar|comparable|the\s+same|equal)\s+(?:model\s+)?(?:size|scale)\b")  # 'AgentLM of similar size'
NOT_HEADS = {"models", "language model", "layer", "block", "attention", "decoding", "device", "devices", "score"}
APPOSITIVE_ONLY = {"family"}  # 'X is a family of ... models' types X; 'metrics (the EPR family)' does not


_CUE_TABLES: dict[tuple[int, str], tuple[dict, object]] = {}


def _per_cues(cues: dict, name: str, make):
    """A table derived from a cues dict, built once per cues object (they are loaded once)."""
    cached = _CUE_TABLES.get((id(cues), name))
    if cached is None or cached[0] is not cues:
        cached = _CUE_TABLES[(id(cues), name)] = (cues, make(cues))
    return cached[1]


def noun_types(cues: dict) -> dict[str, str]:
    return _per_cues(cues, "nouns", lambda c: {noun.lower(): type_ for type_, words in c["type_nouns"].items()
                                              for noun in words})


def list_noun_types(cues: dict) -> dict[str, str]:
    """Nouns that type the names they list ('models such as A, B and C'): the type nouns, and plurals too general to
    type a name they follow ('Llama models')."""
    return _per_cues(cues, "list-nouns", lambda c: {**noun_types(c), **{noun.lower(): type_ for type_, words in
                                                                       c["list_nouns"].items() for noun in words}})


def named_by_noun_pattern(cues: dict) -> re.Pattern:
    def make(c: dict) -> re.Pattern:
        nouns = alternation(n for ws in c["type_nouns"].values() for n in ws if " " not in n)
        return re.compile(rf"([A-Z](?<![\w-].)[a-z]+(?:-[A-Z][A-Za-z]*)+)\s+{nouns}\b")
    return _per_cues(cues, "named-by-noun", make)


def type_from_context(text: str, end: int, cues: dict, before: str = "") -> str | None:
    """The type a noun right after a name gives it: 'DGA mechanism', 'T4 GPUs', 'CNNSum, a ... benchmark'; no
    appositive after an opening phrase ('In DuoDecoding, the draft model runs ...': the clause's subject)."""
    after = text[end:end + 90]
    after = LEADING_PARENTHESIS.sub("", after)
    nouns = noun_types(cues)
    immediate = IMMEDIATE_WORDS.match(after)
    if immediate:
        words = immediate.group(1).split()
        for candidate in (" ".join(words).lower(), words[0].lower()):
            type_ = nouns.get(candidate)
            if type_ and candidate not in NOT_HEADS - {"score"} and candidate not in APPOSITIVE_ONLY:
                return type_
    appositive = APPOSITIVE.match(after) if not OPENING_PHRASE.search(before) else None
    if appositive:
        phrase = APPOSITIVE_END.split(appositive.group(1), 1)[0]  # 'a SigLiT model trained on ... chips': stop at 'trained'
        words = phrase.split()
        if any(is_coined(word) for word in words):
            return None  # 'Combined with X, a SigLiT model ...': the noun is SigLiT's, not X's
        for word in reversed(words):  # the head comes last: 'a draft model pre-training pipeline' is a pipeline
            type_ = nouns.get(word.lower())
            if type_ and word.lower() not in NOT_HEADS:
                return type_
    return None


def spells_known(long: str, name: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised long form may be what a lexicon knows the short name as: the same entry, or an entry
    that does not spell the name out (BPC is listed as 'bits per character': 'Balanced Position Calibration' is not it)."""
    canonical = lexicon.canonical.get(fold(name))
    return (not canonical or long[:1].islower() or " " not in canonical
            or lexicon.canonical.get(fold(long)) == canonical)


def type_from_long_form(long: str, cues: dict) -> str | None:
    words = re.findall(r"[A-Za-z]+", long.lower())
    if not words:
        return None
    for type_, heads in cues["long_form_heads"].items():
        if words[-1] in heads or any(long.lower().endswith(h) for h in heads if len(h) > 3 and type_ == "Benchmark"):
            return type_
    return None


def name_type(text: str, name: str, end: int, lexicon: Lexicon, cues: dict,
              long: str | None = None) -> tuple[str | None, int]:
    """The type of the name ending at `end` in `text`, and how sure it is."""
    unversioned = VERSION_SUFFIX.sub("", name)
    known = (lexicon.type_of(name) or (lexicon.type_of(long) if long else [])
             or (lexicon.type_of(unversioned) if unversioned != name else []))
    before = text[max(0, end - len(name) - 80):end - len(name)]
    if len(known) > 1:  # GQA the attention method or GQA the dataset: 'on GQA' or 'the Dolly evaluation set' says which
        context = type_from_context(text, end, cues)
        if context in known:
            return context, LEXICON
        if long:  # 'a Suffix Automaton (SAM)' is no Segment Anything Model: what the long form names, else a method
            spelled = (lexicon.type_of(long) or [type_from_long_form(long, cues)])[0]
            return (spelled if spelled in known else "Method" if "Method" in known else known[0]), LEXICON
        evaluated = bool(EVALUATED_ON.search(before))
        return sorted(known, key=lambda t: (t == "Benchmark") != evaluated)[0], LEXICON
    if known and long and not spells_known(long, name, lexicon):
        # 'Balanced Position Calibration (BPC)' is no 'bits per character': a long form of its own names another thing
        return type_from_long_form(long, cues) or "Method", CONTEXT
    if known:
        return known[0], LEXICON
    if AFTER_FIGURE.search(before):
        return "Metric", CONTEXT  # '19% ExAcc', '62.5% accuracy'
    context = type_from_context(text, end, cues, before) or ("Model" if OF_SIZE.match(text, end) else None)
    if context:
        return context, CONTEXT
    head = type_from_long_form(long, cues) if long else None
    if head:
        return head, CONTEXT
    if SIZE_SUFFIX.search(name) or SIZE_LETTER.search(name) or is_model_shape(name):
        return "Model", SHAPE  # ProLong-8B, MegaBeam-Mistral-7B, TiTok-L-32, Gemma3 out of 'Gemma2/3'
    if EVALUATED_ON.search(before) or DATASET_COUNT.search(name) or QA_NAME.match(name):
        return "Benchmark", SHAPE  # '19% ExAcc on Multi-Hard-24K', 'evaluated on KITTI', 'Commonsense170K'
    return None, DEFAULT
