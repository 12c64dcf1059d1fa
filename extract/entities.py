"""Decide which spans name entities, what type each is, and merge them per paper."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from kg.names import entity_key, fold, singular_acronym
from kg.records import Mention

from .alternation import alternation
from .components.char_spans import kept
from .components.cue_matcher import cue_starts, scan_at
from .context import Found, Paper
from .definitions import long_form_for
from .entity_types import (
    CONTEXT,
    DEFAULT,
    LEXICON,
    SHAPE,
    USER,
    name_type,
    list_noun_types,
    named_by_noun_pattern,
    noun_types,
    type_from_context,
)
from .lexicons import load_cues, load_lexicon, words_pattern
from .phrases import LIST_JOIN
from .shapes import VENDOR, is_coined, is_generic
from .titles import STUDIED, title_name, title_type

PRIORITY = {"user": 0, "definition": 1, "lexicon": 2, "shape": 3, "name": 4}
# up to four capitalised words ('Overlong Reward Shaping'), none ending a sentence ('GPT-3.5-Turbo. When')
ITEM = r"[A-Z][\w.+-]*(?<!\.)(?:\s[A-Z][\w.+-]*(?<!\.)){0,3}"
VERSION_WORD = re.compile(r"v?\d+(?:\.\d+)*[a-z]?|[IVX]+")
NETWORKS = re.compile(r"Networks?")  # 'Gated Delta Networks' is written 'Gated DeltaNet' too
FIRST_RELEASE = re.compile(r"v?1(?:\.0)*")
WORD_BEFORE = re.compile(r"(\S+)\s+(?:(?:the|a|an)\s+)?$")  # the word before a phrase, an article aside
MODEL_SERIES = re.compile(r"\bthe\s+([A-Z][a-z]{2,})\s+(?:series|family)\b")  # 'the Samoyed series of open agents'
# 'Overlong Reward Shaping', and one hyphenated word of capitalised parts ('Clip-Higher')
TITLE_CASE = re.compile(r"[A-Z](?<![\w-].)[a-z]+(?:(?:-[A-Za-z]+)*(?:\s+(?:&\s+)?[A-Z][a-z]+(?:-[A-Za-z]+)*)+|(?:-[A-Z][a-z]+)+)(?![\w-])")


TITLE_MEANS = re.compile(r"\b(?:via|with|using|through)\s+(?P<name>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*(?::|$)")
TITLE_OPENING_NAME = re.compile(r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:for|in|with|of|via|on)\s")
# 'From Local to Global: A Graph RAG Approach to ...': a subtitle naming the kind of thing the paper builds
SUBTITLE_KIND = re.compile(r"(?:^|:\s+)(?:An?|The)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
                           r"(?:Approach|Framework|Method|Algorithm|System|Architecture|Technique)\b")
# 'outperform L1 and S1', 'the length-control method S1', 'the length-controlled L1 model': a letter and a digit is a
# layer or cache ('L1 cache') unless a comparison or a method noun names it
SHORT_CODE = re.compile(r"[A-Z]\d(?![\w-])")  # (the character before is checked apart: a fast scan has no lookbehind)
NAMED_BEFORE = re.compile(r"\b(?:than|outperform\w*|beat\w*|over|versus|vs\.?|method|baseline|approach)\s+"
                          r"(?:the\s+(?:[\w-]+\s+){0,2})?$")
LISTED_AFTER = re.compile(r"\s*(?:[,.;)]|(?:and|or|under|at|on|in|by|with|models?|methods?)\b|$)")
KIND_AFTER_CODE = re.compile(r"\s+(?:models?|methods?)\b")  # 'the length-controlled L1 model'
THE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$")
AND_BEFORE = re.compile(r"\s+(?:and|or)\s+$")
VARIANT_TAG = re.compile(r"(.+?)-(?!X*[LS]$)[A-Za-z]{1,3}")  # 'CRUXEval-I', 'Alloc-T'; not a size: 'MHA-XXL'
DEVICE_WORD = re.compile(r"\s+(?:chip|chips|GPU|GPUs|SoC|card)$")  # 'M4 chip' is M4
VERSIONED_NAME = re.compile(r"([A-Z][A-Za-z]{2,}(?:\s[A-Z][A-Za-z]{2,})*)[-\s]?[vV]?(\d+(?:\.\d+)?)")  # 'Quamba2', 'MobileVLM V2', 'Lightning Attention-2'
CAPITALISED_WORD = re.compile(r" ([A-Z][a-z]+)(?![\w-])")  # 'Liger Attention'
# 'Bonsai is a gradient-free structured pruning method', 'Heima (hidden llama) is an ... framework': the noun that says what the opening word names
OPENING_NAME = re.compile(r"(?P<name>[A-Z][a-z]{2,})(?:\s+\([^()]{1,40}\))?\s+is\s+an?\s+(?:[\w-]+\s+){0,6}?(?P<noun>[a-z]+)(?=\s+(?:that|which|for|to|of|"
                          r"with|designed|built|trained)\b|[,.;:])")
COMMON_NOUN_ENDINGS = ("tion", "sion", "ing", "ment", "ness", "ity", "ance", "ence", "ism", "ogy", "ics", "ure", "al")


@lru_cache(maxsize=1)
def list_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A type noun and the names it lists, in parentheses ('metrics (A, B)', 'scores between spans (A → B)') or after
    it ('datasets A and B')."""
    cues = load_cues()
    nouns = [noun for noun in noun_types(cues) if noun.isascii() and noun.isalpha() and noun.islower()]
    nouns += [noun for words in cues["list_nouns"].values() for noun in words]
    plurals = [noun for noun in nouns if noun.endswith("s") and not noun.endswith(("us", "ss", "is"))]  # not 'corpus'
    return (re.compile(rf"\b(?P<noun>{alternation(nouns)})(?:\s+(?:between|over|of|for|on|across)\s+[a-z]+)?\s*\((?P<items>[^()]{{3,200}}?,[^()]*|[A-Z][^(),]{{1,40}})\)"),
            re.compile(rf"\b(?P<noun>{alternation(plurals)})(?:,|:|\s+such\s+as|\s+including|\s+like)?\s+"
                       rf"(?P<items>{ITEM}(?:(?:,\s*{ITEM})+(?:,?\s+and\s+{ITEM})?|,?\s+and\s+{ITEM}))"))  # 'and' ends it


@lru_cache(maxsize=1)
def method_nouns() -> str:
    """The method type nouns as one alternation, built once."""
    return alternation(load_cues()["type_nouns"]["Method"])


def abbreviates(short: str, words: list[str]) -> bool:
    """Whether short is a prefix of each word in turn, two words or more: 'Int4E' of 'Int4 Everywhere'."""
    if len(words) < 2 or len(short) < len(words):
        return False

    @lru_cache(maxsize=None)
    def rest_from(word: int, at: int) -> bool:  # short[at:] abbreviates words[word:]
        if word == len(words) - 1:
            return words[word].startswith(short[at:])
        return any(words[word].startswith(short[at:end]) and rest_from(word + 1, end)
                   for end in range(at + 1, len(short)))

    return rest_from(0, 0)


class EntityFinder:
    """Collects entity occurrences in a paper and merges them into one Mention per thing."""

    def __init__(self, paper: Paper):
        self.paper = paper
        self.lexicon = load_lexicon()
        self.cues = load_cues()
        self.generic_shorts: set[str] = set()  # 'speculative decoding (SD)': SD names no entity in this paper either
        self.title_long: list[tuple[int, int]] = []  # where the title spells its name out: no other name inside it

    def add(self, field: str, start: int, end: int, name: str, type_: str | None, strength: int, rule: str,
            alias: tuple[str, int] | None = None, anchor: int | None = None, coined: bool = False,
            defined: bool = False) -> str | None:
        """Record a name found at start:end; `coined` when its place names it even if generic words make it up
        ('DB-LLM: Accurate Dual-Binarization ...'); `defined` when a long form makes even a generic acronym a name."""
        name = name.strip()
        key = entity_key(name)
        if not name or key in self.generic_shorts or is_generic(name) and not (
                defined or coined and fold(name) not in self.lexicon.generic):
            return None
        paper = self.paper
        key = paper.resolve(key)
        if alias:
            alias_key = entity_key(alias[0])
            if alias_key in paper.mentions and alias_key != key and alias_key not in paper.alias_keys:
                self._merge(alias_key, key)
            paper.alias_keys.setdefault(alias_key, key)
        mention = paper.mentions.get(key)
        if mention is None:
            mention = Mention(name=name, type=type_ or "Method", key=key,
                              evidence=paper.evidence(field, start, end, rule))
            paper.mentions[key] = mention
            paper.strength[key] = strength if type_ else DEFAULT
        elif type_ and strength > paper.strength[key]:
            mention.type, paper.strength[key] = type_, strength
        elif type_ and strength == paper.strength[key] and type_ not in mention.types and type_ != mention.type:
            mention.types.append(type_)
        if alias and mention.name == alias[0] and rule == "definition":  # 'Chain of Draft' of the title, defined as CoD
            mention.name = name
            mention.aliases = [a for a in mention.aliases if a != name]
        if name != mention.name and name not in mention.aliases:
            mention.aliases.append(name)
        if alias and alias[0] not in mention.aliases and alias[0] != mention.name:
            mention.aliases.append(alias[0])
        single = singular_acronym(name)  # 'BD3-LMs' names BD3-LM too: the key is already the singular's
        if single and single != mention.name and single not in mention.aliases:
            mention.aliases.append(single)
        paper.found.append(Found(field, start, end, name, key, rule, anchor if anchor is not None else start))
        return key

    def _merge(self, old: str, new: str) -> None:
        """An entity first seen by its long form turns out to have a short form: fold it in."""
        paper = self.paper
        mention = paper.mentions.pop(old)
        strength = paper.strength.pop(old, DEFAULT)
        paper.alias_keys[old] = new
        for found in paper.found:
            if found.key == old:
                found.key = new
        target = paper.mentions.get(new)
        if target is None:
            paper.mentions[new] = mention
            paper.strength[new] = strength
            mention.key = new
        else:
            for alias in [mention.name, *mention.aliases]:
                if alias not in target.aliases and alias != target.name:
                    target.aliases.append(alias)

    def type_of(self, field: str, name: str, end: int, long: str | None = None) -> tuple[str | None, int]:
        return name_type(self.paper.text(field), name, end, self.lexicon, self.cues, long)

    def run(self) -> None:
        self._title_name()
        for field in ("title", "summary"):
            self._spans(field)
        self._typed_lists()
        self._named_by_noun()
        self._opening_name()
        self._title_case_phrases()
        self._title_name_variants()
        self._title_name_compounds()
        self._title_predecessor()
        self._short_code_names()
        self._repeats()
        self._list_mates()
        self._variant_types()

    def _short_code_names(self) -> None:
        """'outperform L1 and S1', 'the length-controlled L1 model': a letter and a digit named as a method."""
        text = self.paper.text("summary")
        named_end = -1  # where the last one so named ends: 'L1 and S1' names both
        for match in SHORT_CODE.finditer(text):
            start, end = match.span()
            if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
                continue
            before = text[max(0, start - 60):start]
            listed = LISTED_AFTER.match(text, end)
            if (listed and (NAMED_BEFORE.search(before) or named_end >= 0 and AND_BEFORE.fullmatch(text, named_end, start))
                    or THE_BEFORE.search(before) and KIND_AFTER_CODE.match(text, end)):
                named_end = end
                if not self.paper.overlaps_found("summary", start, end):
                    self.add("summary", start, end, match.group(), "Method", CONTEXT, "short-code")

    def _typed_lists(self) -> None:
        """'five deployment metrics (Economic Break-even, ..., and Quantization Fidelity)': typed by the noun."""
        text = self.paper.text("summary")
        nouns = list_noun_types(self.cues)
        parenthesised, inline_list = list_patterns()
        nouns_at = cue_starts(self.paper.summary, "type_nouns")
        for match in [*(scan_at(parenthesised, text, nouns_at) if "(" in text else ()), *scan_at(inline_list, text, nouns_at)]:
            type_ = nouns.get(match.group("noun").lower())
            if not type_:
                continue
            offset = match.start("items")
            inline = match.re is inline_list  # 'datasets BJER4 and PeMSD7', 'techniques, A, B and C D'
            for item in re.finditer(r"(?:(?!,|;|\sand\s|\sor\s).)+" if inline else r"(?:(?![,;+→]|\sand\s|\sor\s).)+",
                                    match.group("items")):
                name = re.sub(r"^\s*(?:and|or)\s+", "", item.group()).strip()
                name = re.sub(r"\s+(?:family|series|variants)$", "", name).rstrip(".")
                if name and name[0].isupper() and len(name.split()) <= 5:
                    start = offset + item.start() + item.group().index(name)
                    self.add("summary", start, start + len(name), name, type_, CONTEXT, "typed-list")

    def _named_by_noun(self) -> None:
        """'the Edge-Eval framework': a capitalised compound right before a type noun is a name; 'the Samoyed series':
        one capitalised word is enough before the words for a family of models."""
        text = self.paper.text("summary")
        if " series" in text or " family" in text:
            for match in MODEL_SERIES.finditer(text):
                if not is_generic(match.group(1)) and not self.paper.overlaps_found("summary", *match.span(1)):
                    self.add("summary", *match.span(1), match.group(1), "Model", CONTEXT, "named-by-noun")
        for match in named_by_noun_pattern(self.cues).finditer(text):
            name = match.group(1)
            if not is_generic(name):
                type_, strength = self.type_of("summary", name, match.end(1))
                self.add("summary", match.start(1), match.end(1), name, type_ or "Method", strength, "named-by-noun")

    def _opening_name(self) -> None:
        """'Bonsai is a gradient-free structured pruning method ...': a plain capitalised word that opens the summary
        and is said to be a method, model or benchmark names it, unless it is a word of the field ('Quantization is a
        technique ...', 'Retrieval ... retrieval')."""
        text = self.paper.text("summary")
        opening = OPENING_NAME.match(text)
        if not opening or self.paper.overlaps_found("summary", *opening.span("name")):
            return
        name, type_ = opening.group("name"), noun_types(self.cues).get(opening.group("noun").lower())
        if (not type_ or type_ == "Hardware" or name.lower().endswith(COMMON_NOUN_ENDINGS) or is_generic(name)
                or fold(name) in self.lexicon.generic or name.lower() in STOP_WORDS
                or any(whole_word_matches(name.lower(), text[opening.end("name"):] + " " + self.paper.text("title")))):
            return
        self.add("summary", 0, len(name), name, type_, CONTEXT, "opening-name")

    def _title_case_phrases(self) -> None:
        """Mid-sentence Title Case phrases ('using Block Divergence as a reward') name things."""
        text = self.paper.text("summary")
        long_forms = self._long_form_ranges()
        for sent_start, sent_end in self.paper.sentences("summary"):
            for match in TITLE_CASE.finditer(text, sent_start, sent_end):
                start, end = match.span()
                if start == sent_start or self.paper.overlaps_found("summary", start, end):
                    continue
                if any(s <= start < e for s, e in long_forms):
                    continue
                name = match.group()
                if is_generic(name) or self.lexicon.type_of(name) == [] and all(
                        fold(w) in self.lexicon.generic for w in name.split()):
                    continue
                type_, strength = self.type_of("summary", name, end)
                self.add("summary", start, end, name, type_ or "Method", strength, "title-case-phrase")

    def _title_spelled_acronym(self) -> None:
        """'Tensor Product Attention Is All You Need' and 'TPA ...' in the summary: the title spells the acronym."""
        title = self.paper.text("title")
        words = title.split()
        for mention in list(self.paper.mentions.values()):
            name = mention.name
            if not (name.isupper() and 2 <= len(name) <= 6) or len(words) < len(name):
                continue
            head = " ".join(words[:len(name)]).rstrip(":;,.")  # 'Small Data, Big Noise: ...' is spelled 'Small Data, Big Noise'
            studied = len(words) > len(name) and words[len(name)].rstrip(":") in STUDIED  # 'Critical Batch Size Revisited'
            if [w[0].upper() for w in words[:len(name)]] == list(name) and all(w[0].isupper() for w in words[:len(name)]) \
                    and not studied:
                self.add("title", 0, len(head), name, mention.type, self.paper.strength.get(mention.key, 0),
                         "title:spelled-acronym", alias=(head, 0))
                self.paper.title_key = mention.key
                return

    def _long_form_ranges(self) -> list[tuple[int, int]]:
        return [(d.long_start, d.long_end) for d in kept(self.paper.summary, "definitions")]

    def _title_mention(self) -> Mention | None:
        """The mention of the name the title gives its contribution, if it gives one."""
        return self.paper.mention(self.paper.title_key) if self.paper.title_key else None

    def _title_name_variants(self) -> None:
        """An acronym of the title's name (TDA for Threshold Differential Attention), a short form of its words (Int4E
        for Int4 Everywhere), or its first word alone."""
        mention = self._title_mention()
        if mention is None:
            self._title_spelled_acronym()
            return
        words = mention.name.split()
        # 'FastSpeech 2' is not 'FastSpeech', but 'MInference 1.0' is the first and only 'MInference'
        versioned = len(words) == 2 and VERSION_WORD.fullmatch(words[1]) and not FIRST_RELEASE.fullmatch(words[1])
        first = entity_key(words[0]) if len(words) > 1 and not versioned else None
        for other in list(self.paper.mentions.values()):
            if other is mention:
                continue
            defined_otherwise = any(" " in alias for alias in other.aliases)
            acronym = (other.name.isupper() and " " in mention.name and other.name not in mention.name.split()
                       and long_form_for(other.name, mention.name) == 0) or abbreviates(other.name, mention.name.split())
            if not defined_otherwise and (acronym or (first and other.key == first)):
                self._merge(mention.key, other.key)
                self.paper.title_key = other.key
                return
        self._net_name(mention)

    def _title_name_compounds(self) -> None:
        """'Liger Attention, an intra-layer hybrid ...' in the Liger paper: the title's one-word name (or the one the
        summary opens with: 'Heima ... The Heima Encoder') and a capitalised method word after it name a part of it."""
        mention = self._title_mention() or next((self.paper.mentions[f.key] for f in self.paper.found
                                                 if f.rule == "opening-name"), None)
        if mention is None or " " in mention.name:
            return
        text = self.paper.text("summary")
        heads = self.cues["method_heads"]
        for start, end in whole_word_matches(mention.name, text):
            head = CAPITALISED_WORD.match(text, end)
            if head and head.group(1).lower() in heads and not self.paper.overlaps_found("summary", end + 1, head.end()):
                self.add("summary", start, head.end(), text[start:head.end()], "Method", CONTEXT, "title-name-compound")

    def _title_predecessor(self) -> None:
        """'it outperforms Quamba' in the Quamba2 paper: the title's name without its version is the version before;
        so is the name with a lower version ('Lightning Attention-1' in the Lightning Attention-2 paper)."""
        mention = self._title_mention()
        version = VERSIONED_NAME.fullmatch(mention.name) if mention else None
        if not version or float(version.group(2)) < 2:
            return
        stem, text = version.group(1), self.paper.text("summary")
        earlier = re.compile(rf"(?<![\w-]){re.escape(stem)}[-\s]?[vV]?(\d+(?:\.\d+)?)(?![\w.-])")
        spans = [(m.start(), m.end()) for m in earlier.finditer(text) if float(m.group(1)) < float(version.group(2))]
        for start, end in [*spans, *whole_word_matches(stem, text)]:
            if not self.paper.overlaps_found("summary", start, end):
                self.add("summary", start, end, text[start:end], mention.type, CONTEXT, "title-predecessor")

    def _net_name(self, mention: Mention) -> None:
        """'Gated Delta Networks' in the title is 'Gated DeltaNet' in the summary: one thing, by its short name."""
        words = mention.name.split()
        if len(words) < 2 or not NETWORKS.fullmatch(words[-1]):
            return
        net = " ".join([*words[:-2], words[-2] + "Net"])
        spans = list(whole_word_matches(net, self.paper.text("summary")))
        if not spans:
            return
        found_at = {(f.start, f.end) for f in self.paper.found if f.field == "summary"}
        for start, end in spans:
            if (start, end) not in found_at:
                self.add("summary", start, end, net, mention.type, self.paper.strength.get(mention.key, DEFAULT),
                         "title:net-name")
        net_key = self.paper.resolve(entity_key(net))
        for other in list(self.paper.mentions.values()):  # 'DeltaNet' found only inside 'Gated DeltaNet' is part of it
            own = [f for f in self.paper.found if f.key == other.key]
            if other.key not in (mention.key, net_key) and own and all(
                    f.field == "summary" and any(s <= f.start and f.end <= e for s, e in spans) for f in own):
                self._merge(other.key, net_key)
        self._merge(mention.key, net_key)
        self.paper.title_key = net_key

    def _title_name(self) -> None:
        title = self.paper.text("title")
        summary = self.paper.text("summary")
        # a lexicon lists it, or the summary names it as the title writes it ('Diffusion Forcing trains ...'), or in
        # lower case right after a method noun ('This training-free framework, speculative thinking, hands ...')
        found = title_name(title, known=lambda name: bool(self.lexicon.type_of(name)) or any(
            whole_word_matches(name, summary)) or self._named_by_method_noun(name.lower(), summary)
        ) or self._whole_title_name(title) or self._means_name(title, summary) or self._subtitle_name(title) or (
            self._opening_title_name(title, summary))
        if not found:
            return
        name, start, long = found
        type_ = title_type(title, self.lexicon, name)
        known = self.lexicon.type_of(name)
        strength = LEXICON if known else SHAPE
        alias = (long, 0) if long else None
        spelled = [long] if long else []
        spelled += [d.long for d in kept(self.paper.summary, "definitions") if d.short == name]  # the summary defines it
        self.title_long = [(title.index(s), title.index(s) + len(s)) for s in spelled if s in title]
        if " " in name:  # 'Positional Contrastive Decoding': no name nested in the title's own is one of its own
            self.title_long.append((start, start + len(name)))
        self.add("title", start, start + len(name), name, type_, strength, "title:name", alias=alias, coined="-" in name)
        self.paper.title_key = entity_key(name)

    def _named_by_method_noun(self, name: str, summary: str) -> bool:
        if name not in summary:
            return False
        return bool(re.search(rf"\b(?:{method_nouns()}),\s+{re.escape(name)}\s*,", summary))

    def _means_name(self, title: str, summary: str) -> tuple[str, int, None] | None:
        """'Fast Best-of-N Decoding via Speculative Rejection': the means a title ends with, named as the summary
        names it, when no lexicon knows it (then it is a tool: '... with LoRA')."""
        means = TITLE_MEANS.search(title)
        if not means:
            return None
        name = means.group("name")
        if (self.lexicon.type_of(name) or is_generic(name) or " " not in name and not is_coined(name)
                or not any(whole_word_matches(name, summary))):
            return None
        return name, means.start("name"), None

    def _opening_title_name(self, title: str, summary: str) -> tuple[str, int, None] | None:
        """'Dense Connector for MLLMs' / 'Dense Connector is a plug-and-play ...': the capitalised words a title opens
        with before a preposition ('for', 'in', 'with', ...), when the summary opens with them and a verb."""
        opening = TITLE_OPENING_NAME.match(title)
        name = opening.group("name") if opening else ""
        if not name or ":" in title or not summary.startswith(name + " ") or not summary[len(name) + 1:][:1].islower():
            return None  # 'Mixtral of Experts' / 'Mixtral 8x7B is ...': the summary names a model of it
        return name, 0, None

    def _subtitle_name(self, title: str) -> tuple[str, int, None] | None:
        """'From Local to Global: A Graph RAG Approach to ...': the name a subtitle gives the kind of thing the paper
        builds, when a lexicon knows it (the paper made it known; 'A Unified Framework' names nothing)."""
        subtitle = SUBTITLE_KIND.search(title)
        if not subtitle or not self.lexicon.type_of(subtitle.group("name")):
            return None
        return subtitle.group("name"), subtitle.start("name"), None

    def _whole_title_name(self, title: str) -> tuple[str, int, None] | None:
        """'Humanity's Last Exam': a title that is a name, as a lexicon lists it or the summary defines it."""
        name = title.strip()
        defined = any(d.long.lower() == name.lower() for d in kept(self.paper.summary, "definitions"))
        return (name, title.index(name), None) if name and (defined or self.lexicon.type_of(name)) else None

    def _spans(self, field: str) -> None:
        doc = self.paper.doc(field)
        candidates = []
        for span in doc.spans.get("user", []):
            candidates.append(("user", span.start_char, span.end_char, span.text, span.label_, span.id_ or None))
        for definition in kept(doc, "definitions"):
            candidates.append(("definition", definition.short_start, definition.short_end, definition.short, None,
                               (definition.long, definition.long_start, definition.long_end)))
        for span in doc.spans.get("lexicon", []):
            if fold(span.text) in self.lexicon.ambiguous and span.start == span.sent.start:
                continue
            if field == "title" and span.text.istitle() and span.text.isalpha():
                continue  # every title word is capitalised: 'Accelerate' there is a verb, not the library
            candidates.append(("lexicon", span.start_char, span.end_char, span.text, span.label_, None))
        for shape in kept(doc, "shapes"):
            label = None if shape.type == "Name" else shape.type
            candidates.append(("shape", shape.start, shape.end, shape.text, label, None))
        long_ranges = [(c[5][1], c[5][2]) for c in candidates if c[0] == "definition"]
        if field == "title":
            long_ranges += self.title_long  # 'Re-ReST: Reflection-Reinforced Self-Training ...' names Re-ReST only
        taken = [(f.start, f.end) for f in kept(doc, "figures")]  # a unit ('124 tok/s') names no entity
        for kind, start, end, name, label, extra in sorted(candidates, key=lambda c: (c[1] - c[2], PRIORITY[c[0]], c[4] is None, c[1])):
            if any(start < e and s < end for s, e in taken):
                continue
            if kind != "definition" and any(s <= start and end <= e and (start, end) != (s, e) for s, e in long_ranges):
                continue
            taken.append((start, end))
            self._candidate(field, kind, start, end, name, label, extra)

    def _candidate(self, field, kind, start, end, name, label, extra) -> None:
        if kind == "user":
            self.add(field, start, end, extra or name, label, USER, "user-pattern")
        elif kind == "definition":
            long, long_start, _ = extra
            if (long.islower() and (is_generic(long) or self._names_a_task(name, long)) and not self._introduced_at(field, long_start)
                    and not self.lexicon.type_of(name) or self._names_an_organisation(long)):
                self.generic_shorts.add(entity_key(name))
                return
            type_, strength = self.type_of(field, name, end, long)
            self.add(field, start, end, name, type_ or "Method", strength, "definition", alias=(long, long_start),
                     anchor=min(start, long_start), defined=self._names_its_own(long))
        elif kind == "lexicon":
            canonical = self.lexicon.canonical.get(fold(name), name)
            type_, _ = self.type_of(field, name, end)
            self._without_vendor(self.add(field, start, end, name, type_ or label, LEXICON, "lexicon",
                                          alias=(canonical, start) if canonical != name else None), name)
        else:
            type_, strength = self.type_of(field, name, end)
            if label and strength <= SHAPE:  # a model-family or GPU shape beats guesses from position
                type_, strength = label, SHAPE
            elif label and strength < LEXICON:
                type_ = type_ or label
            self._without_vendor(self.add(field, start, end, name, type_ or "Method", strength, "shape"), name)

    def _without_vendor(self, key: str | None, name: str) -> None:
        """'Apple M4', 'NVIDIA A100', 'M4 chip': a device is named without its vendor or the word for a device too."""
        mention = self.paper.mentions.get(key) if key else None
        if not mention or mention.type != "Hardware":
            return
        plain = DEVICE_WORD.sub("", VENDOR.sub("", name))
        if plain[:1].isalpha() and plain != name and plain not in (mention.name, *mention.aliases):  # not '14 Pro'
            mention.aliases.append(plain)

    def _names_its_own(self, long: str) -> bool:
        """'Causal Diffusion Forcing (CDF)': a capitalised long form that is no generic term makes even a generic
        acronym (CDF, cumulative distribution function) a name here."""
        words = long.split()
        return (len(words) > 1 and all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3)
                and not is_generic(long) and not is_generic(words[-1]))  # not 'State Space Models (SSM)'

    def _names_an_organisation(self, long: str) -> bool:
        """'European Centre for Medium-Range Weather Forecasts (ECMWF)': who made or runs a thing is no entity."""
        return any(word in self.cues["organisation_words"] for word in long.split())

    def _names_a_task(self, short: str, long: str) -> bool:
        """'medical report generation (MRG)': a task written out in lower case is no named thing (unless listed)."""
        return long.split()[-1] in self.cues["task_heads"] and not self.lexicon.type_of(short)

    def _introduced_at(self, field: str, start: int) -> bool:
        """'This paper introduces retrieval-augmented generation (RAG) models': what a paper introduces is its own
        contribution, even where the field has since made it a generic term."""
        before = WORD_BEFORE.search(self.paper.text(field), max(0, start - 40), start)
        return bool(before and words_pattern(self.cues["propose_verbs"]).fullmatch(before.group(1)))

    def _repeats(self) -> None:
        """Later plain mentions of names this paper uses (e.g. 'Lizard' in its own summary)."""
        text = self.paper.text("summary")
        seen = {(f.field, f.start) for f in self.paper.found}
        for mention in list(self.paper.mentions.values()):
            for name in [mention.name, *mention.aliases]:
                if len(name) < 3:
                    continue
                for start, end in whole_word_matches(name, text):
                    if ("summary", start) in seen:
                        continue
                    if any(f.field == "summary" and f.start <= start < f.end for f in self.paper.found):
                        continue
                    seen.add(("summary", start))
                    self.paper.found.append(Found("summary", start, end, name, mention.key, "repeat", start))
                    if self.paper.strength.get(mention.key, 0) < CONTEXT:
                        context = type_from_context(text, end, self.cues)
                        if context:
                            mention.type, self.paper.strength[mention.key] = context, CONTEXT


    def _list_mates(self) -> None:
        """'On ToolBench and ToolAlpaca': names listed together are things of one kind, so a name only a guess typed
        takes the type every listed name the lexicon (or a user) knows agrees on; so does a name the lexicon knows as
        things of several kinds, that one among them."""
        text, paper = self.paper.text("summary"), self.paper
        for names in self._coordinated(text, paper.found_in("summary")):
            known = [set(self.lexicon.type_of(paper.mention(f.key).name) or (paper.mention(f.key).type,)) for f in names
                     if paper.strength.get(paper.resolve(f.key), 0) >= LEXICON]
            strong = {next(iter(types)) for types in known if len(types) == 1}
            if not strong and len(known) > 1:  # 'Dolly, Self-Instruct and S-NI': the kind every known one can be
                strong = set.intersection(*known)
            if len(strong) != 1:
                continue
            type_ = strong.pop()
            for f in names:
                key = paper.resolve(f.key)
                mention = paper.mentions[key]
                if paper.strength.get(key, 0) < SHAPE and key != paper.title_key:
                    mention.type, paper.strength[key] = type_, CONTEXT
                elif type_ in (self.lexicon.type_of(mention.name) or ()):  # 'GSM8K, Alpaca and CNN/DM': the dataset
                    mention.type = type_

    def _variant_types(self) -> None:
        """'input prediction (CRUXEval-I)' in the CRUXEval paper: a name made of another's and a hyphenated tag is a
        thing of that one's kind when nothing better typed it."""
        paper = self.paper
        for key, mention in paper.mentions.items():
            tagged = VARIANT_TAG.fullmatch(mention.name)  # not a size: 'TinyAgent-7B' is a model of the TinyAgent method
            stem = paper.mentions.get(entity_key(tagged.group(1))) if tagged else None
            if (stem and stem is not mention and paper.strength.get(key, 0) < min(CONTEXT, paper.strength.get(stem.key, 0))
                    and stem.type != mention.type):
                mention.type = stem.type

    @staticmethod
    def _coordinated(text: str, found: list[Found]) -> Iterator[list[Found]]:
        """Runs of names joined only by commas and one closing 'and'/'or' ('A, B and C'); 'On A and B, C ...' ends
        the list at B. Two names and a comma alone are a list only in parentheses or before more items ('(e.g., A, B)',
        'A, B and other models'; not 'On A, B improves ...')."""
        def listed(run: list[Found]) -> bool:
            return len(run) > 2 or len(run) == 2 and bool(LIST_GOES_ON.match(text, run[-1].end))

        run: list[Found] = []
        for f in found:
            if run and f.start < run[-1].end:
                continue  # the same name found twice
            join = LIST_JOIN.fullmatch(text, run[-1].end, f.start) if run and run[-1].end <= f.start else None
            if join and join.group("last") and len(run) == 1 and "," in join.group():
                join = None  # 'A, and B adapts ...' joins two clauses, not a list of two
            if join:
                run.append(f)
                if join.group("last"):
                    yield run
                    run = []
                continue
            if listed(run):
                yield run
            run = [f]
        if listed(run):
            yield run


LIST_GOES_ON = re.compile(r"\s*\)|,?\s+(?:and|or)\s")  # '(e.g., A, B)', 'A, B and other models'


def whole_word_matches(name: str, text: str) -> Iterator[tuple[int, int]]:
    """Where name stands alone (no word character or hyphen on either side), left to right, never overlapping.

    The same spans as a regex (?<![\\w-])NAME(?![\\w-]) would give, without compiling one per name.
    """
    position, size = 0, len(name)
    while (start := text.find(name, position)) >= 0:
        before = text[start - 1] if start else " "
        after = text[start + size] if start + size < len(text) else " "
        if before.isalnum() or before in "_-" or after.isalnum() or after in "_-":
            position = start + 1
            continue
        yield start, start + size
        position = start + size

