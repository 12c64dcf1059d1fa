"""What a paper proposes and what it compares against, from trigger words around its entities."""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.names import fold
from kg.records import Mention, Role

from .components.cue_matcher import cue_starts, scan_at
from .context import Found, Paper
from .entities import CONTEXT, EntityFinder, type_from_context
from .entity_types import noun_types
from .lexicons import load_cues, load_lexicon, words_pattern
from .phrases import ASIDE, LIST_ITEMS, LIST_JOIN
from .shapes import is_generic

STRONG_PROPOSE = re.compile(r"(?i)(?:introduc|propos)e[sd]?$")  # 'introduces RadixAttention': its own, known or not
PASSIVE = re.compile(r"\)?\s*(?:\([^()]*\))?\s*(?:,[^,.;]{0,120},)?\s*(?:[a-z-]+\s+){0,2}?(?:is|are|was|were)\s+(?:first\s+|then\s+|thus\s+)?"
                     r"(?:proposed|introduced|presented|developed|designed|constructed|built|established|released)\b")
CAPITALISED = re.compile(r"\s*((?:[A-Z][\w@+-]*|∞[\w-]*)(?:\s+(?:[A-Z][\w@+-]*|of|for|and|v?\d+(?:\.\d+)?))*)")
ARTICLES = {"The", "This", "A", "An", "These", "It", "Its", "We", "Our", "In", "By", "On", "To", "For", "With"}
MAX_GAP_WORDS = 8
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$")
AUTHOR_SUBJECT = re.compile(r"^\s*(?:It|This (?:paper|work|study)|The (?:paper|authors|work)|We|Our (?:work|method|paper)|Ours)\b")
TOOL_WORDS = r"using|uses|use|(?<!together )with|by|from|based on|borrow\w*|utiliz\w*|employ\w*|leverag\w*|adopt\w*"
TOOL_BEFORE = re.compile(rf"\b(?:{TOOL_WORDS})\s+(?:the\s+|an?\s+)?$")
TOOL_LIST_BEFORE = re.compile(rf"\b(?:{TOOL_WORDS})\s+(?:[\w-]+(?:,\s+|,?\s+(?:or|and)\s+))*$")  # 'with DPO, KTO or 
# between list items: 'A, B and C', 'A (x) / B', 'beats A by 4.1 points and B by 25.0', 'A and retrieval-augmented B',
# 'A and the eviction policy of B',
# 'against 10.42 for A and 11.29 for B'
# 'PLAS (...) for single-threaded programs and ATLAS (...)': an item's short 'for' phrase before the next
LIST_GAP = re.compile(r"\s*(?:\([^()]*\))?\s*(?:by\s+[\d.,]+\s?(?:%|×|x|points?|pp)?\s*|for\s+(?:[\w-]+\s+){0,2}[\w-]+\s+(?=and))?"
                      r"(?:,|/|,?\s*and|,?\s*or)\s*"
                      r"(?:the\s+(?:[a-z][\w-]*\s+){0,2}(?:of\s+)?|[A-Z][\w-]*['’]s\s+|(?:[a-z]+-[a-z][\w-]*\s+){1,2}|[\d.,]+\s?(?:%|×|x|points?|pp)?\s+for\s+)?"
                      r"|\s+(?:combined with|plus)\s+")  # 'over SparseGPT combined with OPTQ'
MAX_GAP_CHARS = 400  # no gap of a few words is longer; checked first so long summaries stay linear-ish
PREPOSITION_WORDS = "into|to|for|on|in|from|with|via|by|over|under|across|between|against|than"
PREPOSITIONS = re.compile(rf"\b(?:{PREPOSITION_WORDS})\b")
NOVEL = re.compile(r"\b(?:(?:novel|new|proposed|resulting)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+,\s+)?|(?:[Ii]ts|[Oo]ur|[Tt]heir)\s+"
                   r"(?:[a-z][\w-]*\s+){0,3})$")  # 'its handcrafted schedules ZB-H1 and ZB-H2'
EVALUATED_ON_LIST = re.compile(r"\b(?:on|across|over)\s+(?:[\w-]+\s+){0,5}\([^()]*$")
INTRODUCED_AS = re.compile(r"\b(?:introduces?|proposes?|defines?|presents?)\s+(?P<name>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
                           r"\s+as\s+an?\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)(?![\w-])")
BASELINE_AFTER = re.compile(r"\s+(?:baselines?|backbones?|teachers?)\b")  # 'its non-retrieval Llama2-70B-32k baseline'
MADE_HERE = re.compile(r"\b(?:novel|proposed|resulting)\s+$")  # right before a name: the paper made it, known or not
NOVEL_WORDS = ("novel", "new", "proposed", "resulting", "its", "Its", "our", "Our", "their", "Their")  # one is in any NOVEL match
# 'TinyChat, an efficient on-device inference framework it introduces': the appositive says the paper made it
# 'MLDR, a new long-document retrieval benchmark built by the authors' too
OWN_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+[^,.;()]{0,80}?\s(?:(?:that\s+|which\s+)?(?:it|we|they|the authors)\s+"
                            r"(?:also\s+)?(?:introduces?|proposes?|presents?|develops?|designs?|builds?|releases?)|"
                            r"(?:built|constructed|created|introduced|proposed|developed|designed|curated|released)\s+"
                            r"by\s+(?:the\s+authors|them|us))\b")
# 'MRD³, a new math reasoning dataset'; 'DVoRA, which combines DoRA with VeRA': what the paper builds from known parts
NEW_APPOSITIVE = re.compile(r"(?:\s*\([^()]*\))?,\s+(?:(?:a|an)\s+(?:novel|new)\s|which\s+(?:combines|extends|integrates|merges)\b)")
VARIANT_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:variant|extension|modification)\s+of\b")
NEW_KINDS = re.compile(r"\bnew\s+(?:[\w-]+\s+){0,2}?(?P<kind>[a-z]{3,}s)\b[^:.;()]{0,40}:\s*")  # 'new datasets for it: A, B
# 'over the FP16 implementation in Hugging Face Transformers': the named system is the baseline
IMPLEMENTATION_IN = re.compile(r"^\s*the\s+(?:[\w-]+\s+){0,3}?(?:implementation|version|baseline|setup|configuration|"
                               r"kernels?|system|stack|pipeline)\s+(?:in|of|from|on)\s+$")
# 'compared with full attention implemented with FlashAttention': the named system is the baseline
# ... or 'than an NVIDIA V100S GPU running vLLM'
IMPLEMENTED_WITH = re.compile(r"^\s*(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:implemented|built|served|trained)\s+(?:with|in|on)|"
                              r"running(?:\s+(?:with|in|on))?)\s+$")
# 'introduces Spec-Bench, a unified benchmark': a known name the paper describes right after making it is its own
# after a short form too: '... (GRPO), a variant of PPO', 'RMU (Representation Misdirection for Unlearning), an ...'
AFTER_NAME = r"\)?(?:\s*\([^()]*\))?,\s+"  # a name's closing bracket or short form, then a comma
DESCRIBED_AFTER = re.compile(rf"{AFTER_NAME}(?:a|an|the\s+first)\s")  # 'ScreenSpot, the first realistic ... benchmark'
# 'outperforms open-source methods and even the closed-source GPT-4o': an unnamed class, then a named baseline
CLASS_THEN_NAME = re.compile(r"^\s*(?:[\w-]+\s+){0,3}(?:methods|baselines|models|systems|approaches|LLMs|works)\s+"
                             r"(?:and|or)\s+(?:even\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$")
# 'outperforms the few-shot prompted 540B PaLM', 'the MCTS-based Math-Shepherd': an article and a few modifiers
MODIFIED = re.compile(r"\s*the\s+(?:(?!(?:and|or|but|on|in|of|for|with|by|at|to|from|than|while|which|that)\s)[\w-]+\s+){1,4}")
# 'over the fp16 baseline for LLaMA-7B': the model a baseline runs, not a baseline
BASELINE_FOR = re.compile(r"\s*(?:for|on|in|at|with)\s")
# 'introduces WikiMIA, a dynamic benchmark ..., and Min-K% Prob, a ... method': items described alike
DESCRIPTION = r"(?:\s*\([^()]*\))?,\s+(?:a|an|which|with)\s[^.;()]{0,200}"  # '..., which asks for explanations, B, ...'
DESCRIBED_ITEMS = re.compile(rf"{DESCRIPTION}?(?:,?\s+and\s+|,\s+)")
IN_DESCRIPTION = re.compile(DESCRIPTION)
ITEM_DESCRIBED_AFTER = re.compile(rf"{AFTER_NAME}(?:a|an|which|with)\s")  # a list item described as the others are
DEFINED_AS = re.compile(r"\)?(?:\s*\([^()]*\))?\s+(?:is|are)\s+(?:a|an)\s")  # 'TeaCache (Timestep ... Cache) is a ...'
# '... BF16 framework (Megatron-LM)'; without an article only before a parenthesis: 'masked diffusion models (MDLM)'
NAMED_BY_KIND = re.compile(r"^\s*(?:the\s+(?:[\w-]+\s+){0,5}?(?:system|model|method|framework|baseline|approach|"
                           r"algorithm|engine|library|toolkit)(?:\s+|\s*\()|(?:[\w-]+\s+){0,5}?(?:system|model|method|"
                           r"framework|baseline|approach|algorithm|engine|library|toolkit)s?\s*\()$")
SIBLING = re.compile(r"(?:,\s*|,?\s+and\s+|,?\s+or\s+)([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)"
                     r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|on|in|by|across|with|at|for)\b)")
# 'HeadKV compresses the KV cache ...': a name as the subject of a present-tense verb
ACTS = re.compile(r"\s+(?:first\s+|also\s+|further\s+)?(?!is\b|has\b|was\b|uses\b|remains\b|seems\b)[a-z]{3,}(?:es|s)\b")
# 'D²-MoE, a training-free compression framework that ...': an appositive whose head is a type noun
DESCRIBED_APPOSITIVE = re.compile(r"(?:\s*\([^()]*\))?,\s+(?:a|an)\s+((?:[\w-]+\s+){0,5}[\w-]+)")
DESCRIPTION_END = re.compile(r"\s(?:that|which|for|on|in|with|to|of|by|using|trained|built|based)\b")
# 'The entropy-bounded sampler (EB-sampler) instead unmasks ...': a defined name acting as its sentence's subject
DEFINED_ACTS = re.compile(r"\)?\s+(?:instead\s+|first\s+|also\s+|further\s+|then\s+)?(?!is\b|has\b|was\b)[a-z]{3,}(?:es|s)\b")
# 'reaches the accuracy of LAMB', 'exceeds the throughput of the autoregressive LLaMA3-8B': a level named by its owner
LEVEL_OF = re.compile(r"\b(?:reach|match|exceed|surpass|rival|approach|beat)\w*\s+(?:or\s+\w+\s+)?the\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:accuracy|throughput|performance|quality|speed|scores?|level|results?)\s+of\s+(?:the\s+)?"
                      r"(?:[a-z][\w-]*\s+){0,2}$")
MADE_PASSIVE = re.compile(r"\s+(?:is|are)\s+(?:simply\s+|first\s+)?(?:trained|built|pre-?trained|designed)\b")  # 'Whisper is trained ...'
# a name after one of these is no subject: 'an implicit PRM built on Llama-3.1-8B outperforms ...'
OBJECT_BEFORE = re.compile(rf"\b(?:{PREPOSITION_WORDS}|of|at|using|and|or)\s+(?:the\s+)?$")
VERB_CUE = re.compile(r"(?:outperform|surpass|beat|exceed|match|rival|trail)\w*")  # cues that are verbs, with a subject
MAKER = re.compile(r"[A-Z][\w-]*['’]s\s+$")  # 'Google's Bard'
WHILE = re.compile(r"\b(?:while|whereas)\s+")
LOWER_COMPOUND = re.compile(r"\s+([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?=[,.;:)]|\s+(?:which|that)\b)")  # 'seed-conditioning'
OWN_REPLACEMENT = re.compile(r"\b(?:[Ii]t|[Ww]e|[Tt]his (?:paper|work|method))\s+(?:also\s+|first\s+)?replaces?\b")  # 'it replaces X with Y'
REPLACED_WITH = re.compile(r"\breplac\w*\s+[^,.;]{1,60}?\s+with\s+$")  # 'replaces next-token training with ...'
NOUN_SOON = re.compile(r"\s+(?:[a-z][\w-]*\s+)?([a-z]+)\b")
RESULT_VERB = re.compile(r"\s+(?:only\s+)?(?:(?:reach|achieve|solve|get|score|attain|retain|keep|obtain|yield|drop|fall|"
                         r"degrade|slow|cut|reduce|shorten|lower|save|need|require|use|lose|recover|bring|give|suffer)(?:e?s)?\b|"
                         r"is\s+(?:(?:up to|about|over|nearly)\s+)?[\d.]+\s?(?:[×%]|x\b))")
# 'Its recipe, per-source length upsampling, upsamples ...': the paper's own thing, named between commas
OWN_NAMED = re.compile(r"\b(?:[Ii]ts|[Oo]ur|[Tt]heir|[Tt]he\s+(?:proposed|resulting))\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s*,\s+"
                       r"(?!(?:and|or|but|then|so|with|to|in|on|for|by|which|that|while|the|a|an)\s)"
                       r"(?P<name>[^,.;:()]{3,60}?),\s+(?:which\s+|that\s+)?[a-z]{3,}")
# 'Three variants attach the memory as Memory as a Context (MAC), ...': the variants of what the paper proposes
OWN_VARIANTS = re.compile(r"(?i)\s*(?:(?:its|their)\s+(?:(?:two|three|four|five|several)\s+)?|(?:the\s+)?(?:two|three|four|"
                          r"five|several)\s+)(?:[\w-]+\s+)?(?:variants|versions|instantiations|configurations|flavou?rs)\b")
# 'It introduces three components: A, ...; B, ...; and C': the named parts a paper lists after a colon
PART_LIST = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:of\s+)?(?:(?:two|three|four|five|several|multiple|\d)\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?:components|modules|techniques|innovations|contributions|parts|stages|mechanisms|designs|ideas|"
                       r"strategies|elements|instantiations|variants|versions|forms)\s*:\s*")
ITEM_START = re.compile(r";\s*(?:and\s+)?")  # the items of a list after a colon, each with its own description
ARTICLE = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?")
PRONOUN_SUBJECT = re.compile(r"\b(?:[Ii]t|[Ii]ts\s+[a-z]+)\s+[a-z]+")  # 'it keeps ...', 'its kernel runs ...'

NUMBERED = re.compile(r"(.*?[A-Za-z])[-\s]?v?(\d+(?:\.\d+)?)")  # 'EAGLE-2', 'Medusa v1'
# 'Megalodon extends the Mega architecture with a complex exponential moving average (CEMA)': what it adds is its own
EXTENDED_WITH = re.compile(r"\b(?:extends?|extended|extending|augments?|augmented|augmenting|equips?|equipped|equipping)\b"
                           r"[^.;]{0,60}?\bwith\s+$")
INDEFINITE_BEFORE = re.compile(r"(?<![\w-])[Aa]n?\s+(?:[a-z][\w-]*\s+){0,4}$")  # 'a two-stage ', 'an '
EXAMPLES_BEFORE = re.compile(r"\b(?:e\.g\.,?|such as|including|like|than|as)\s+$")
IN_PARENTHESES = re.compile(r"[^()]{0,30}\)")  # a name that a parenthesis closes soon after ...
OPEN_PARENTHESIS = re.compile(r"\([^()]*$")  # ... and opened before it
EXAMPLES = re.compile(r"\s*(?:e\.g\.|such as|including|like|for example|for instance)")
FIRST_ITEM = re.compile(r"\s*([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*),\s*")  # 'outperforms Eagle, Medusa ...'
KIND_AFTER = re.compile(r"\)?(?:\s*\([^()]*\))?\s+([a-z]+)\b")  # the word after a definition: '(ETA) algorithm'
FULL_STOP = re.compile(r"\.(?!\d)")  # not the point of '10.42 for SparseGPT'
SUCH_AS = re.compile(r"\b(?:such as|e\.g\.,?|including|like)\s*$")
UNKNOWN_OPENING = re.compile(r"(?:[A-Z][\w.-]*(?:,\s*|,?\s+and\s+))+$")


def _words(text: str) -> int:
    return len(text.split())


def _hyphenated(name: str) -> str:
    """A name with its spaces written as hyphens, as variants of it often are ('Sheared-LLaMA-1.3B')."""
    return name.replace(" ", "-")


def _reporting(text: str, found: list[Found]) -> list[Found]:
    """The names a figure verb follows ('SnapKV reaches 60%'), and the names listed before them ('LoRA and DoRA
    recover up to 85%')."""
    reporting, next_start = [], None
    for f in sorted(found, key=lambda f: f.start, reverse=True):
        if RESULT_VERB.match(text, f.end) or next_start is not None and LIST_JOIN.fullmatch(text, f.end, next_start):
            reporting.append(f)
            next_start = f.start
        else:
            next_start = None
    return reporting


def _listed_after_name(text: str, start: int, ends: set[int]) -> bool:
    """'with LLaMA-2-7B, Mistral-7B': after another name, a comma joins a list; it opens no appositive."""
    before = text[:start].rstrip()
    return before.endswith(",") and len(before[:-1].rstrip()) in ends


def _variant(name: str, stem: str) -> bool:
    """'Alloc-L' of 'Alloc', 'DeepSeekMoE 2B' (a size after a space), 'Heima Decoder' (a part's word after a space),
    'Sheared-LLaMA-1.3B' of 'Sheared LLaMA' (its spaces hyphenated), and 'QPiSSA' of 'PiSSA' (a capital letter or
    two before it)."""
    hyphenated, stem = _hyphenated(name), _hyphenated(stem)
    if hyphenated.startswith(stem) and hyphenated != stem and hyphenated[len(stem)] in "-@" and (
            name[len(stem)] != " " or name[len(stem) + 1:][:1].isdigit() or _method_part(name[len(stem) + 1:])):
        return True
    return len(stem) >= 4 and name.endswith(stem) and 1 <= len(name) - len(stem) <= 2 and name[:-len(stem)].isupper()


def _method_part(rest: str) -> bool:
    """'Decoder' of 'Heima Decoder': one capitalised word that names a part of a method."""
    return rest[:1].isupper() and " " not in rest and rest.lower() in load_cues()["method_heads"]


def _variant_stems(name: str) -> set[str]:
    """Every stem `name` could be a _variant of: its hyphenated prefixes before a '-' or '@', and itself without a
    letter or two in front."""
    hyphenated = _hyphenated(name)
    return {hyphenated[:index] for index, char in enumerate(hyphenated) if char in "-@"} | {name[1:], name[2:]}


def _earlier_version(name: str, versions: list[re.Match]) -> bool:
    """'EAGLE-1' of 'EAGLE-2', 'Medusa v1' of 'Medusa v2': the same name as one of `versions` (NUMBERED matches of the
    proposed names), with a lower version number."""
    own = NUMBERED.fullmatch(name) if versions else None
    return bool(own) and any(own.group(1).lower() == other.group(1).lower() and float(own.group(2)) < float(other.group(2))
                             for other in versions)


def _any_in(positions: list[int], start: int, end: int) -> bool:
    """Whether sorted positions hold one in [start, end)."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def _clause_break(text: str) -> bool:
    return any(b in text for b in load_cues()["clause_breaks"]) or ", " in text or bool(FULL_STOP.search(text))


class RoleFinder:
    def __init__(self, paper: Paper, finder: EntityFinder):
        self.paper, self.finder = paper, finder
        self.cues = load_cues()
        self.lexicon = load_lexicon()
        self.roles: dict[tuple[str, str], Role] = {}

    def add(self, relation: str, found: Found, rule: str) -> None:
        key = self.paper.resolve(found.key)
        if (relation, key) not in self.roles:
            evidence = self.paper.evidence(found.field, found.start, found.end, rule)
            self.roles[(relation, key)] = Role(relation, key, evidence)

    def _cues(self, text: str, name: str) -> list[re.Match]:
        """The words of a cue list in the summary, as words_pattern(...).finditer(text) would find them."""
        return scan_at(words_pattern(self.cues[name]), text, cue_starts(self.paper.summary, name))

    def _known(self, found: Found) -> bool:
        """Listed in a lexicon: an existing thing, not this paper's contribution."""
        mention = self.paper.mention(found.key)
        return bool(mention and self.lexicon.type_of(mention.name)) and found.key != self.paper.title_key

    def _typed(self, found: Found, type_: str) -> bool:
        mention = self.paper.mention(found.key)
        return bool(mention and mention.type == type_)

    def proposed(self) -> set[str]:
        return {k for (r, k) in self.roles if r == "proposes"}

    def run(self) -> list[Role]:
        title_key = self.paper.title_key and self.paper.resolve(self.paper.title_key)
        for found in self.paper.found:
            if found.key == title_key and found.field == "title":
                self.add("proposes", found, "proposes:title-name")
        text = self.paper.text("summary")
        summary_found = self.paper.found_in("summary")
        self._propose_verbs(text, summary_found)
        self._passive(text, summary_found)
        self._own_appositive(text, summary_found)
        self._new_list(text, summary_found)
        self._naming(text, summary_found)
        self._introduced_as(text)
        self._subject(text, summary_found)
        self._opening_subject(text, summary_found)
        self._novel(text, summary_found)
        self._in_proposal_sentences(text, summary_found)
        self._introduced_with_article(text, summary_found)
        self._part_list(text, summary_found)
        self._own_named(text)
        self._defined_subjects(text, summary_found)
        self._sole_described(text, summary_found)
        for f in summary_found:
            if f.rule == "title-name-compound":  # 'Liger Attention' in the Liger paper
                self.add("proposes", f, "proposes:title-name-compound")
        self._families()
        self._compared(text, self.paper.found_in("summary"))
        self._compared_in_passing(text, self.paper.found_in("summary"))
        self._level_of(text, self.paper.found_in("summary"))
        return sorted(self.roles.values(), key=lambda r: (r.relation, r.evidence.field, r.evidence.start, r.key))

    def _propose_verbs(self, text: str, found: list[Found]) -> None:
        """'proposes X'; and 'yields the Samoyed series', 'trains X': verbs of making, which make only new names."""
        by_anchor = sorted(found, key=lambda f: f.anchor)
        for cues, making in (("propose_verbs", False), ("making_verbs", True)):
            for verb in self._cues(text, cues):
                after = verb.end()
                if text.startswith(",", after) and PASSIVE_BEFORE.search(text, 0, verb.start()):
                    after += 1  # 'Two projectors are introduced, the ... C-Abstractor and the ... D-Abstractor'
                first = self._verb_object(text, verb, after, by_anchor, making)
                if first:
                    self.add("proposes", first, "proposes:verb-object")
                    self._list_after(text, first, found, "proposes", "proposes:verb-object")
                elif not making:
                    self._new_name_after(text, verb.end(), "proposes:verb-object")

    def _verb_object(self, text: str, verb: re.Match, after: int, by_anchor: list[Found], making: bool = False) -> Found | None:
        """The nearest name after a verb with only a few plain words between (no clause break, no preposition); a
        known one only where the summary describes it right away, or after a verb of proposing that opens it."""
        for f in by_anchor:
            if f.anchor < after:
                continue
            gap = text[after:f.anchor]
            if f.anchor - after > MAX_GAP_CHARS or _clause_break(gap) or _words(gap) > MAX_GAP_WORDS:
                return None  # a longer gap holds this one: no later name qualifies either
            if not PREPOSITIONS.search(gap) and (not self._known(f) or not making and self._opening_object(verb, f)
                                                 or not gap.strip() and DESCRIBED_AFTER.match(text, f.end)
                                                 or not making and STRONG_PROPOSE.match(verb.group()) and not gap.strip()):
                return f
        return None

    def _opening_object(self, verb: re.Match, found: Found) -> bool:
        """'This paper presents LLaVA-1.5': a known name right after the first sentence's verb is the paper's; so is
        one it defines there after an article ('introduces the Retrieval-Enhanced Transformer (RETRO)')."""
        sentences = self.paper.sentences("summary")
        gap = self.paper.text("summary")[verb.end():found.anchor].strip()
        return bool(sentences) and verb.start() < sentences[0][1] and (
            not gap or (found.rule == "definition" and gap.lower() in ("the", "a", "an")))

    def _new_name_after(self, text: str, position: int, rule: str) -> None:
        """'proposes Lion, a ...': a capitalised name no other rule caught."""
        match = CAPITALISED.match(text, position)
        if not match or not match.group(1):
            return
        if self.paper.overlaps_found("summary", match.start(1), match.end(1)):
            return
        name = re.sub(r"\s+(?:of|for|and)$", "", match.group(1)).strip()
        if not name or name.split()[0] in ARTICLES or _words(name) > 4 or is_generic(name.split()[-1]):
            return  # 'all other open-source Code LLMs': a class of things, not a name
        start = match.start(1)
        type_ = type_from_context(text, start + len(name), self.cues)
        key = self.finder.add("summary", start, start + len(name), name, type_ or "Method", CONTEXT if type_ else 0,
                              "proposes:new-name")
        if key:
            self.add("proposes", self.paper.found[-1], rule)

    def _novel(self, text: str, found: list[Found]) -> None:
        """'a novel JetBlock design': what a paper calls new is its own; 'the resulting s1-32B' even when it is known
        since ('its LLaMA backbone' is not)."""
        compare_ends = None
        for f in found:
            before = text[max(0, f.anchor - 40):f.anchor]
            novel = NOVEL.search(before) if any(word in before for word in NOVEL_WORDS) else None
            if novel and compare_ends is None:
                compare_ends = sorted(cue.end() for cue in self._cues(text, "compare_cues"))
            if novel and _any_in(compare_ends, f.anchor - len(before) + novel.start() + 1, f.anchor + 1):
                continue  # 'its perplexity matches Transformer++': what its figure is held against
            if novel and (not self._known(f) or MADE_HERE.search(before)) and not BASELINE_AFTER.match(text, f.end):
                self.add("proposes", f, "proposes:novel")
                self._list_after(text, f, found, "proposes", "proposes:novel")

    def _in_proposal_sentences(self, text: str, found: list[Found]) -> None:
        """Names a paper defines or lists in the sentence where it states its proposal are part of it."""
        proposing = {(r.evidence.sentence) for (rel, _), r in self.roles.items()
                     if rel == "proposes" and r.evidence.field == "summary"}
        proposed, verbs = self.proposed(), words_pattern(self.cues["propose_verbs"])
        for sent_start, sent_end in self.paper.sentences("summary"):
            sentence = self.paper.raw("summary")[sent_start:sent_end]
            has_verb = bool(verbs.search(sentence))
            names_proposal = any(sent_start <= f.start < sent_end and self.paper.resolve(f.key) in proposed
                                 and (f.anchor == sent_start or has_verb) for f in found)
            if (names_proposal or (AUTHOR_SUBJECT.match(sentence) and has_verb) or OWN_REPLACEMENT.search(sentence)
                    or proposed and OWN_VARIANTS.match(sentence)):
                proposing.add(sentence)  # 'This paper introduces OmniQuant ... two components: LWC and LET'

        compare_cues = self._cues(text, "compare_cues")
        for f in found:
            in_parentheses = IN_PARENTHESES.match(text, f.end) and OPEN_PARENTHESIS.search(text, max(0, f.start - 60), f.start)
            if f.rule not in ("definition", "typed-list") and not (f.rule == "shape" and in_parentheses):
                continue  # '... codes that need no stored codebook (1MAD and 3INST)': names it gives what it describes
            if self._known(f) or in_parentheses and EXAMPLES.match(text, in_parentheses.start() + 1):
                continue  # '(e.g., LLaMA-2 and ZetaLM)': examples of what exists
            if in_parentheses and f.rule == "shape" and self._described_options(text, in_parentheses.start() + 1):
                continue  # 'the divergence (forward KL, reverse KL, JSD or TVD)': a choice among known things
            if self._field_term(text, f):
                continue  # 'life cycle assessment (LCA)': a field's own term, not a contribution
            if (TOOL_BEFORE.search(text, 0, f.anchor) and not REPLACED_WITH.search(text, max(0, f.anchor - 90), f.anchor)
                    and not (f.rule == "definition" and self._opens_with_proposal(f))):
                continue  # 'via Interquartile Range (IQR) outlier detection': a tool it uses ('replaces X with' is no tool,
                # nor what the proposal itself works with: 'VideoChat-Flash handles long videos with ... Compression (HiCo)')
            if f.rule == "typed-list" and EVALUATED_ON_LIST.search(text, max(0, f.anchor - 200), f.anchor):
                continue  # 'the state of the art on three QA tasks (Natural Questions, ...)': what it is tested on
            if any(0 <= f.anchor - cue.end() <= 60 for cue in compare_cues):
                continue  # 'competitive with LLaMA-architecture Transformers (Transformer++)': a baseline
            if self.paper.sentence("summary", f.start)[1] in proposing:
                self.add("proposes", f, "proposes:in-proposal-sentence")

    def _part_list(self, text: str, found: list[Found]) -> None:
        """'It introduces three components: 4-bit NormalFloat (NF4), a data type ...; Double Quantization, which ...; and
        Paged Optimizers': the parts the paper or its proposal lists after a colon are its own (known ones only after a
        verb of proposing: 'It has two components: a LLaMA backbone and ...' names parts it reuses)."""
        if ":" not in text:
            return
        proposed, verbs = self.proposed(), words_pattern(self.cues["propose_verbs"])
        by_anchor = sorted(found, key=lambda f: f.anchor)
        for sent_start, sent_end in self.paper.sentences("summary"):
            parts = PART_LIST.search(text, sent_start, sent_end)
            if not parts or not (AUTHOR_SUBJECT.match(text[sent_start:parts.start()]) or any(
                    f.anchor == sent_start and self.paper.resolve(f.key) in proposed for f in found)):
                continue
            own_verb = bool(verbs.fullmatch(parts.group("verb")))
            starts = [parts.end(), *(m.end() for m in ITEM_START.finditer(text, parts.end(), sent_end))]
            for start in starts:
                article = ARTICLE.match(text, start).end()
                first = next((f for f in by_anchor if f.anchor == article), None)
                if not first:
                    continue
                items = [first] if len(starts) > 1 else [first, *self._list_items(text, first, found)]
                for f in items:
                    if own_verb or not self._known(f):
                        self.add("proposes", f, "proposes:part-list")

    def _own_named(self, text: str) -> None:
        """'Its recipe, per-source length upsampling, upsamples ...', 'Its chat model, Mixtral 8x7B – Instruct,
        surpasses ...': what the paper calls its own kind of thing, named between commas, is a proposal of that type."""
        if "," not in text:
            return
        nouns = noun_types(self.cues)
        for match in OWN_NAMED.finditer(text):
            type_ = nouns.get(match.group("noun"))
            start, end = match.span("name")
            if not type_ or _words(match.group("name")) > 5:
                continue
            found = self.paper.found_at("summary", start, end)
            if found is None and not self.paper.overlaps_found("summary", start, end):
                if self.finder.add("summary", start, end, match.group("name"), type_, CONTEXT, "proposes:own-named"):
                    found = self.paper.found[-1]
            if found:
                self.add("proposes", found, "proposes:own-named")

    def _opens_with_proposal(self, found: Found) -> bool:
        """Whether the sentence holding `found` opens with a name the paper proposes."""
        sent_start = self.paper.sentence_bounds("summary", found.start)[0]
        proposed = self.proposed()
        return any(f.anchor == sent_start and f.field == "summary" and self.paper.resolve(f.key) in proposed
                   for f in self.paper.found)

    def _introduced_with_article(self, text: str, found: list[Found]) -> None:
        """'an Attention Decoder merges ...', 'A two-stage global-to-local progressive fine-tuning (GLPFT) strategy':
        a name no lexicon knows, spelled out or defined after 'a' or 'an', is one the paper introduces."""
        for f in found:
            if self._known(f) or f.rule not in ("definition", "title-case-phrase") and not (
                    f.rule == "shape" and self._method_noun_after(text, f)):  # 'A high-performance M2N ... library'
                continue
            article = INDEFINITE_BEFORE.search(text, max(0, f.anchor - 50), f.anchor)
            extended = article and EXTENDED_WITH.search(text, max(0, article.start() - 80), article.start())
            if (not article or PREPOSITIONS.search(article.group())
                    or TOOL_LIST_BEFORE.search(text, 0, article.start()) and not extended
                    or EXAMPLES_BEFORE.search(text, 0, article.start())):
                continue  # 'a town inspired by The Sims'; 'trained with DPO or a cross-entropy (CE) loss', 'such as a ...'
            if self._field_term(text, f) and not extended:
                continue  # 'a life cycle assessment (LCA)': a field's term
            self.add("proposes", f, "proposes:indefinite-article")

    def _described_options(self, text: str, start: int) -> bool:
        """Whether a parenthesis opened at `start` lists an item in plain words ('forward KL, ...'), not only names, or
        offers a choice ('the best kernel implementation (GroupGemm or DenseGemm)')."""
        inner = text[start:text.find(")", start)]
        return " or " in inner or any(item[:1].islower() for item in LIST_ITEMS.split(inner.strip()))

    def _method_noun_after(self, text: str, found: Found) -> bool:
        """'M2N communication library': a method noun within two words after the name."""
        after = NOUN_SOON.match(text, found.end)
        return bool(after and after.group(1).lower() in self.cues["type_nouns"]["Method"])

    def _field_term(self, text: str, found: Found) -> bool:
        """'life cycle assessment (LCA)': a name defined by a lower-case long form is a field's own term, unless a
        method noun follows ('an exact token alignment (ETA) algorithm' names a contribution)."""
        mention = self.paper.mention(found.key)
        long_forms = [a for a in mention.aliases if " " in a and a[:1].islower()] if mention else []
        return bool(found.rule == "definition" and long_forms and not self._named_kind_after(text, found)
                    and not any(self._shares_own_word(long) for long in long_forms))

    def _shares_own_word(self, long: str) -> bool:
        """'Anchor-based LLMs (AnLLMs) ... an anchor-based self-attention network (AnSAN)': a long form that opens
        with a word of a name the paper proposes names one of its parts (no generic word counts)."""
        first = long.split()[0].lower()
        if len(first) < 5 or is_generic(first):
            return False
        own = [self.paper.mention(key) for key in self.proposed()]
        return any(first in name.lower().split() for m in own if m for name in (m.name, *m.aliases))

    def _named_kind_after(self, text: str, found: Found) -> bool:
        """'(ETA) algorithm', 'ETA (exact token alignment) framework': a method noun right after the definition."""
        noun = KIND_AFTER.match(text, found.end)
        return bool(noun and noun.group(1).lower() in self.cues["type_nouns"]["Method"])

    def _passive(self, text: str, found: list[Found]) -> None:
        opening = {start for start, _ in self.paper.sentences("summary")}
        for f in found:
            if PASSIVE.match(text, f.end) and (not self._known(f) or f.start in opening):  # 'ModernBERT is proposed'
                self.add("proposes", f, "proposes:passive")

    def _own_appositive(self, text: str, found: list[Found]) -> None:
        """'TinyChat, an ... framework it introduces'; 'SnapKV++, a variant of SnapKV' and 'PathPiece, a new
        tokenizer' when no lexicon knows it."""
        for f in found:
            if OWN_APPOSITIVE.match(text, f.end) or (VARIANT_APPOSITIVE.match(text, f.end) or NEW_APPOSITIVE.match(
                    text, f.end)) and not self._known(f):
                self.add("proposes", f, "proposes:own-appositive")

    def _new_list(self, text: str, found: list[Found]) -> None:
        """'three new datasets for it: FineMath, Stack-Edu and the instruction-tuning set SmolTalk'."""
        if "new " not in text:
            return
        by_anchor = sorted(found, key=lambda f: f.anchor)
        nouns = noun_types(self.cues)
        for match in NEW_KINDS.finditer(text):
            first = next((f for f in by_anchor if f.anchor >= match.end()), None)
            if not first or text[match.end():first.anchor].strip():
                continue  # (what a paper calls new is its own, even if a lexicon knows it since)
            type_ = nouns.get(match.group("kind")) or ("Model" if match.group("kind") == "models" else None)
            for f in [first, *self._list_items(text, first, found)]:
                self.add("proposes", f, "proposes:new-list")
                mention = self.paper.mention(f.key)
                if type_ and mention and not self._known(f):
                    mention.type = type_  # what the list says they are

    def _naming(self, text: str, found: list[Found]) -> None:
        for cue in self._cues(text, "naming_cues"):
            following = [f for f in found if 0 <= f.anchor - cue.end() <= 6]
            if following:
                self.add("proposes", min(following, key=lambda f: f.anchor), "proposes:naming")
            elif lower := LOWER_COMPOUND.match(text, cue.end()):  # 'injecting noise at the input, called seed-conditioning,'
                if not self.paper.overlaps_found("summary", *lower.span(1)) and not is_generic(lower.group(1)):
                    if self.finder.add("summary", *lower.span(1), lower.group(1), "Method", CONTEXT, "proposes:new-name"):
                        self.add("proposes", self.paper.found[-1], "proposes:naming")
            else:
                self._new_name_after(text, cue.end(), "proposes:naming")

    def _introduced_as(self, text: str) -> None:
        """'introduces target efficiency as a system-level metric': a plain phrase a paper introduces as a kind of
        thing is a name of that type, and its own."""
        if " as a" not in text:
            return
        nouns = noun_types(self.cues)
        for match in INTRODUCED_AS.finditer(text):
            type_ = nouns.get(match.group("noun").lower())
            name, start = match.group("name"), match.start("name")
            if type_ and not is_generic(name) and not self.paper.overlaps_found("summary", start, match.end("name")):
                if self.finder.add("summary", start, match.end("name"), name, type_, CONTEXT, "proposes:introduced-as"):
                    self.add("proposes", self.paper.found[-1], "proposes:introduced-as")

    def _subject(self, text: str, found: list[Found]) -> None:
        """'CLaSp proposes ...' at the start of a sentence: the subject is the contribution."""
        verbs = words_pattern(self.cues["propose_verbs"] + ["is a novel", "is a new", "is an efficient"])
        for sent_start, _ in self.paper.sentences("summary"):
            # 'DeepSeek proposes NSA': a model family opening a sentence is its maker, not its contribution
            subjects = [f for f in found if sent_start <= f.start <= sent_start + 4 and not self._typed(f, "Model")]
            for f in subjects:
                verb = verbs.search(text, f.end, min(len(text), f.end + 40))
                if verb and _words(text[f.end:verb.start()]) <= 3 and not _clause_break(text[f.end:verb.start()]):
                    self.add("proposes", f, "proposes:subject")

    def _opening_subject(self, text: str, found: list[Found]) -> None:
        """'SpecReason lets a small model draft ...': with nothing proposed in the title or the first sentence, a new
        name opening the summary is it ('Chain of Draft (CoD) prompts ...' too); so is a known one the summary opens
        by defining ('MusicGen is a ...')."""
        sentences = self.paper.sentences("summary")
        first_end = sentences[0][1] if sentences else 0
        if any(r.evidence.field == "title" or r.evidence.start < first_end
               for (relation, _), r in self.roles.items() if relation == "proposes"):
            return
        later = bool(self.proposed())  # then only a name that acts opens it ('CoT-Influx fits ...', not 'MLIPs are ...')
        first_word = ARTICLE.match(text).end()  # 'The memory-efficient zeroth-order optimizer (MeZO) adapts ...' defines
        opening = [f for f in found if (f.anchor == 0 or f.anchor == first_word and f.rule == "definition") and (
            f.rule in ("shape", "definition") and not self._known(f) or DEFINED_AS.match(text, f.end)
            or self.paper.title_key is None and (self._typed(f, "Method") and ACTS.match(text, f.end)
                                                 or self._comparable(f) and MADE_PASSIVE.match(text, f.end)))
            and (not later or ACTS.match(text, f.end))]
        if opening:
            self.add("proposes", opening[0], "proposes:opening-subject")

    def _defined_subjects(self, text: str, found: list[Found]) -> None:
        """A new name defined as the subject of its own sentence is the paper's ('Multi-scale retention (MSR) assigns
        ...', 'The entropy-bounded sampler (EB-sampler) instead unmasks ...')."""
        openings = {ARTICLE.match(text, start).end() for start, _ in self.paper.sentences("summary")}
        for f in found:
            if f.rule == "definition" and f.anchor in openings and not self._known(f) and DEFINED_ACTS.match(text, f.end):
                self.add("proposes", f, "proposes:defined-subject")

    def _sole_described(self, text: str, found: list[Found]) -> None:
        """With nothing proposed so far, the first new name the summary describes by an appositive is the paper's own
        ('which this paper exploits with D²-MoE, a training-free compression framework')."""
        if self.proposed():
            return
        nouns = noun_types(self.cues)
        for f in sorted(found, key=lambda f: f.anchor):
            if self._known(f) or f.rule not in ("shape", "definition"):
                continue
            described = DESCRIBED_APPOSITIVE.match(text, f.end)
            if described and nouns.get(DESCRIPTION_END.split(described.group(1), 1)[0].split()[-1].lower()):
                self.add("proposes", f, "proposes:sole-described")
                return

    def _families(self) -> None:
        """Parts named after a proposed name: Alloc-L and Alloc-T beside Alloc-MoE; DeepSeek-R1-Zero beside DeepSeek-R1;
        QPiSSA beside PiSSA (but not DeepSeek-V3-Base: a known family's name is no stem of its own)."""
        proposed = [self.paper.mentions[k].name for k in self.proposed() if k in self.paper.mentions]
        title_key = self.paper.title_key
        title = self.paper.mention(title_key) if title_key else None
        # a generic stem is no stem: the whole name is (MoE-LLaVA-2.7B×4 beside MoE-LLaVA; MoE-Lightning is no MoE-Lens part)
        stems = {name if is_generic(stem := self._stem(name)) else stem for name in proposed}
        stems = {s for s in stems if len(s) >= 3 or title and s == title.name}  # 's1' and 's1-32B' of 's1: ...'
        if not stems:
            return
        versions = [version for name in proposed if (version := NUMBERED.fullmatch(name))]
        stems = {_hyphenated(stem) for stem in stems}
        members: dict[str, bool] = {}  # judged once per name, however often it is found
        for f in self.paper.found:
            if f.key not in members:
                mention = self.paper.mentions.get(f.key)
                members[f.key] = bool(mention) and not _earlier_version(mention.name, versions) and self._family_member(
                    mention, stems, title_key, title)
            if members[f.key]:
                self.add("proposes", f, "proposes:name-family")

    def _family_member(self, mention: Mention, stems: set[str], title_key: str | None, title: Mention | None) -> bool:
        """A variant of a proposed name that no lexicon knows, or one named after the title's name, known or not."""
        name = _hyphenated(mention.name)
        own = title_key and (name.split("-")[0].lower() == (title or mention).name.lower()
                             or title is not None and name.startswith(_hyphenated(title.name) + "-"))
        candidates = _variant_stems(mention.name) & stems  # (not every stem: a paper may propose hundreds of names)
        return bool(own or not self.lexicon.types.get(fold(mention.name))) and any(_variant(mention.name, s) for s in candidates)

    def _comparable(self, found: Found) -> bool:
        """A method or model: what a paper can be compared against."""
        mention = self.paper.mention(found.key)
        return bool(mention and {mention.type, *mention.types} & {"Method", "Model"})

    def _stem(self, name: str) -> str:
        first = re.split(r"[-@]", name)[0]
        return name if first in self.lexicon.families else first

    def _compared(self, text: str, found: list[Found]) -> None:
        proposed = self.proposed()
        by_anchor = sorted(found, key=lambda f: f.anchor)
        ends = {f.end for f in found}
        for cue in self._cues(text, "compare_cues"):
            if cue.group().lower().startswith("baseline") and BASELINE_FOR.match(text, cue.end()):
                continue
            if self._others_compared(text, cue, by_anchor, proposed):
                continue
            first = next((f for f in by_anchor if 0 <= f.anchor - cue.end() <= MAX_GAP_CHARS
                          and not text.startswith("-", f.end)  # 'the MCTS-based Math-Shepherd': a modifier
                          and self._comparable(f)  # 'than an NVIDIA V100S GPU running vLLM': not the GPU
                          and self._baseline_gap(text[cue.end():f.anchor])
                          and not _listed_after_name(text, f.anchor, ends)), None)
            if first is None:
                continue
            items = [*self._unnamed_first(text, cue.end(), first), first, *self._list_items(text, first, found)]
            for f in [*items, *self._unnamed_siblings(text, items[-1])]:
                if f.key in proposed and self._only_in_passing(f.key):
                    del self.roles[("proposes", self.paper.resolve(f.key))]  # 'makes Self-Consistency (SC) cheaper ...
                    proposed = self.proposed()  # ... compared with SC': named where the proposal is, but its baseline
                if f.key not in proposed and self._comparable(f):
                    self.add("comparedWith", f, "compared:" + cue.group().lower())

    def _others_compared(self, text: str, cue: re.Match, by_anchor: list[Found], proposed: set[str]) -> bool:
        """'swapping the two responses lets Vicuna-13B beat ChatGPT': a verb of comparing right after another known
        system compares two others, not the paper's own with a baseline."""
        if not cue.group()[:1].islower() or not VERB_CUE.fullmatch(cue.group()):
            return False
        subject = next((f for f in reversed(by_anchor) if f.end <= cue.start()), None)
        return bool(subject and not text[subject.end:cue.start()].strip() and self._known(subject)
                    and self.paper.resolve(subject.key) not in proposed and self._comparable(subject)
                    and not OBJECT_BEFORE.search(text, max(0, subject.start - 20), subject.start))

    def _only_in_passing(self, key: str) -> bool:
        """Proposed only for being named in a sentence that states the proposal: the weakest reason to call it its own."""
        role = self.roles.get(("proposes", self.paper.resolve(key)))
        return bool(role) and role.evidence.rule == "proposes:in-proposal-sentence"

    def _compared_in_passing(self, text: str, found: list[Found]) -> None:
        """'R-KV keeps 100% of the accuracy, while SnapKV reaches only 60%': after what the paper proposes, a system
        whose own figure a 'while' clause reports is a baseline."""
        if "while" not in text and "whereas" not in text:
            return
        proposed = self.proposed()
        own_starts = sorted(f.start for f in found if self.paper.resolve(f.key) in proposed)
        reported = {id(f) for f in _reporting(text, found)}
        reporting = sorted((f.anchor, order, f) for order, f in enumerate(found) if id(f) in reported)
        anchors = [anchor for anchor, _, _ in reporting]  # (sorted, so a summary of many sentences stays linear)
        for sent_start, sent_end in self.paper.sentences("summary"):
            contrast = WHILE.search(text, sent_start, sent_end)
            if not contrast or not (_any_in(own_starts, sent_start, contrast.start())
                                    or proposed and PRONOUN_SUBJECT.search(text, sent_start, contrast.start())):
                continue  # '..., it keeps only 9.8% of the tokens, while FastV reaches only 61%': 'it' is the proposal
            semicolon = text.find(";", contrast.end(), sent_end)  # a semicolon ends the clause
            clause_end = semicolon if semicolon >= 0 else sent_end
            in_clause = reporting[bisect_left(anchors, contrast.end()):bisect_left(anchors, clause_end)]
            for _, _, f in sorted(in_clause, key=lambda item: item[1]):  # in the order they were found
                if self.paper.resolve(f.key) not in proposed and self._comparable(f):
                    self.add("comparedWith", f, "compared:while")

    def _level_of(self, text: str, found: list[Found]) -> None:
        """'CAME reaches the accuracy of LAMB': whose level the paper's reaches or exceeds is a baseline."""
        if " of " not in text:
            return
        proposed = self.proposed()
        for f in found:
            if (self.paper.resolve(f.key) not in proposed and self._comparable(f)
                    and LEVEL_OF.search(text, max(0, f.anchor - 120), f.anchor)):
                self.add("comparedWith", f, "compared:level-of")

    def _unnamed_first(self, text: str, cue_end: int, first: Found) -> list[Found]:
        """'outperforms Eagle, Medusa and SPS': a capitalised word that opens a list of baselines is a name of the same
        type as the next, even when no other rule knows it."""
        opening = FIRST_ITEM.fullmatch(text, cue_end, first.anchor)
        mention = self.paper.mention(first.key)
        if not opening or not mention:
            return []
        sibling = self._list_sibling(opening, mention.type)
        return [sibling] if sibling else []

    def _list_sibling(self, match: re.Match, type_: str) -> Found | None:
        """The capitalised word a match's first group holds, found as a name of the given type, unless it is an
        article, a generic word or part of a name found already."""
        start, end, name = match.start(1), match.end(1), match.group(1)
        if name in ARTICLES or is_generic(name) or self.paper.overlaps_found("summary", start, end):
            return None
        if not self.finder.add("summary", start, end, name, type_, CONTEXT, "compared:list-sibling"):
            return None
        return self.paper.found[-1]

    def _unnamed_siblings(self, text: str, last: Found) -> list[Found]:
        """'baselines such as MusicLM, Riffusion and Mousai': capitalised words that close a list of baselines are
        names of the same type, even when no other rule knows them."""
        mention = self.paper.mention(last.key)
        siblings, position = [], last.end
        while mention and (match := SIBLING.match(text, position)):
            start, end = match.start(1), match.end(1)
            known = self.paper.found_at("summary", start, end)
            if known:  # 'than vLLM, Guidance and LMQL': a name found already still belongs to the list
                siblings.append(known)
                position = end
                continue
            sibling = self._list_sibling(match, mention.type)
            if not sibling:
                break
            siblings.append(sibling)
            position = end
        return siblings

    @staticmethod
    def _baseline_gap(gap: str) -> bool:
        """Words between a comparison cue and a name: a few, an appositive ('method, Quest'), 'such as', or a
        noun phrase ending in what the name is ('the state-of-the-art zero-shot TTS system YourTTS'). An aside in
        parentheses does not count ('beats full-parameter fine-tuning (FFT) and LoRA')."""
        gap = MAKER.sub("", ASIDE.sub("", gap))  # 'the largest closed LLMs, Anthropic's Claude': its maker is no gap
        opening = UNKNOWN_OPENING.search(gap)  # '..., such as Yarn and LongLoRA': a name no rule knows opens the list
        if opening and SUCH_AS.search(gap, 0, opening.start()):
            gap = gap[:opening.start()]
        if _words(gap) <= 3 and not _clause_break(gap) or IMPLEMENTATION_IN.match(gap) or IMPLEMENTED_WITH.match(gap) or NAMED_BY_KIND.match(gap):
            return True
        if CLASS_THEN_NAME.match(gap) or MODIFIED.fullmatch(gap):
            return True
        if _words(gap) <= 10 and not FULL_STOP.search(gap) and ";" not in gap:
            if gap.rstrip().endswith(","):
                return gap.count(",") == 1
            such_as = SUCH_AS.search(gap.replace("(", " "))  # '... on long sequences, such as Yarn': one comma before it
            return bool(such_as) and gap.count(",") <= (1 if gap[:such_as.start()].rstrip().endswith(",") else 0)
        return False

    def _list_items(self, text: str, first: Found, found: list[Found]) -> list[Found]:
        items, last = [], first
        for f in found:
            if f.anchor <= last.end:
                continue
            gap = text[last.end:f.anchor]
            if LIST_GAP.fullmatch(gap) or DESCRIBED_ITEMS.fullmatch(gap) and ITEM_DESCRIBED_AFTER.match(text, f.end):
                items.append(f)
                last = f
            elif not IN_DESCRIPTION.fullmatch(gap):
                break  # names inside an item's description ('a benchmark that uses Wikipedia') are passed over
        return items

    def _list_after(self, text, first, found, relation, rule):
        for f in self._list_items(text, first, found):
            self.add(relation, f, rule)


def find_roles(paper: Paper, finder: EntityFinder) -> list[Role]:
    return RoleFinder(paper, finder).run()
