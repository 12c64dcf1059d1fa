"""Names recognised by their shape: coined acronyms, versioned model names, *Bench, GPU names."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.names import fold, singular_acronym

from .alternation import alternation
from .lexicons import load_lexicon

# A word that may hold a coined name: the lookahead skips words with no capital and no '@' (most of a text).
# superscript digits and accented letters belong to a name: 'S²-Attn', 'MRD³', 'DéjàVuLib'
CAPITALISED_TOKEN = re.compile(r"(?<![\w@∞.+/-])(?:∞\s*-?\s*|[α-ω]-)?(?=[A-Za-zÀ-ÖØ-öø-ÿ0-9_.+@∞/²³¹⁰⁴-⁹-]*[A-Z@])"  # ∞-Bench, α-UMi
                               r"[A-Za-z0-9](?:[A-Za-zÀ-ÖØ-öø-ÿ0-9_.+@∞/²³¹⁰⁴-⁹-]|×(?=\d))*"  # 'MoE-LLaVA-2.7B×4'
                               r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ0-9+∞²³¹⁰⁴-⁹])")
FIGURE_LIKE = re.compile(r"^[\d.,]+(?:[A-Za-z]{0,2}|[xX×])(?:[-–/][\d.,]+[A-Za-z]{0,2})*\+?$")  # 100K+ too
NUMBER_PREFIX = re.compile(r"^\d+-")
PREFIX_WORDS = {"multi", "cross", "non", "semi", "post", "pre", "sub", "super", "hyper", "inter", "intra", "co", "self",
                "anti", "all", "full", "half", "mini", "micro", "macro", "meta", "single", "dual", "bi", "tri", "uni",
                "end", "to", "on", "off", "long", "short", "low", "high", "large", "small", "based", "level", "aware"}
# A lower-case tail is description ('DGA-enhanced'), unless it names a model variant ('Llama2-chat', 'Qwen-7b-instruct')
VARIANT_WORDS = "chat|instruct|base|coder|code|math|vision|mini|nano|tiny|small|medium|large|turbo|preview|distill|python"
LOWER_TAIL = re.compile(rf"(?<=[A-Z0-9])(?:-(?!(?:{VARIANT_WORDS})(?![a-z]))[a-z]{{3,}})+$")
GENERIC_LM = re.compile(r"^[A-Z]*L{1,2}Ms?$|^[a-z]LLMs$|^W\d+A\d+(?:KV\d+)?$|^(?:FP|INT|BF|NF|MX|E\d?M)\d+$")
SUFFIXES = re.compile(r"-(?:based|style|like|level|aware|free|only|specific|wise|guided|driven|enabled|friendly|"
                      r"centric|oriented|heavy|intensive|bound|compatible|native|scale|sized|size|class|matched)$", re.I)
LOWER_DIGIT_NAME = re.compile(r"(?<![\w@.+/-])[a-z]{2,}\d[a-z]{2,}(?![\w-])")  # 'long2short', 'word2vec'
SIZE = re.compile(r"\d+(?:\.\d+)?[BM]")
RESEMBLANCE = re.compile(r"-(?:style|like)$", re.IGNORECASE)
VERSION_AFTER = re.compile(r"\s([vV]?\d+(?:\.\d+)?[a-z]?)\b(?!\.\d)(?!\s*(?:%|×|x\b|times|-?fold|[KkMBG]\b|tokens|layers|bits?|"
                           r"samples|tasks|models|GPUs|and\s+\d))")
MODEL_PART = (r"(?:\d+[x×]\d+(?:\.\d+)?[BM]|\d+(?:\.\d+)*[a-zA-Z]?|\d+(?:\.\d+)?[BMKT]|[A-Z]\d+(?:\.\d+)?[A-Z]?|[x×]\d+[BM]?|"
              r"Instruct|instruct|Chat|chat|Base|base|Coder|coder|Code|Math|math|Vision|VL|Pro|Flash|Ultra|Mini|mini|Nano|nano|Turbo|turbo|Lite|"
              r"Plus|Max|Large|large|Small|small|Medium|medium|Tiny|tiny|XL|xl|XXL|xxl|Sonnet|Opus|Haiku|Preview|"
              r"preview|Exp|it|hf|HF|Distill|R\d|V\d+(?:\.\d+)?|v\d+(?:\.\d+)?|b\d+\.\d+|FP8|INT[48]|Int[48]|AWQ|GPTQ|GGUF)")
SPACE_PART = r"\s(?!it\b|hf\b|base\b)(?!\d+(?:\.\d+)?\s?[x×%](?![A-Za-z0-9]))(?!\d+(?:\.\d+)?[Kk]\b)(?!\d+\s*(?:tokens|layers|steps|samples|GPUs)\b)"  # 'LLaMA-2 70B', not '32K'
# 'Mixtral 8x7B – Instruct', 'Llama 2 70B - chat': a variant after a spaced dash
DASH_VARIANT = r"\s[–-]\s(?=(?:Instruct|instruct|Chat|chat)(?![\w-]))"
# 'DeepSeek-R1-Distill-LLaMA 8B', 'ZetaMoE 2B'; not a count ('on CorpusX 2B tokens')
SIZE_AFTER = re.compile(r"\s\d+(?:\.\d+)?[BM](?![\w-])(?!\s+(?:tokens|parameters|params|words|samples|examples|images)\b)")
KNOWN_VERSION = re.compile(r"([A-Za-z][A-Za-z]+)-v?\d+(?:\.\d+)?")
# 'Wanda-sp', 'ARC-e': a known name and a short lower-case variant tag (not 'Mixture-of'; 'Top-p' is unknown anyway)
KNOWN_VARIANT = re.compile(r"([A-Za-z][\w.]*[A-Za-z0-9])-(?!(?:of|in|on|to|the|and|or|by|for|bit|law|hop)$)[a-z]{1,3}")
COUNT_TIMES = re.compile(r"[x×-](?<=\d.)(?=[A-Z]\d)")  # '8×A100': the count is no part of the GPU's name
COUNT_PREFIX = re.compile(r"^\d+\s?[x×-]\s?(?=[A-Z]\d)")  # '8×A100', '8-A100' -> 'A100'
HARDWARE = re.compile(r"(?=[A-Zi])\b(?:NVIDIA\s+|AMD\s+|Nvidia\s+)?(?:"
                      r"(?:Intel\s+)?(?:Core\s+)?i[3579]-\d{4,5}[A-Z]{0,2}(?![\w-])|Ryzen\s+(?:AI\s+)?\d\s+\d{3,4}[A-Z]{0,2}(?:3D)?|"
                      r"(?:Qualcomm\s+)?Snapdragon\s+(?:8\s+Gen\s+\d|8\s+Elite|\d{3}\+?)|(?:MediaTek\s+)?Dimensity\s+\d{4}\+?|"
                      r"(?:GeForce\s+)?(?:RTX|GTX)\s?(?:A?\d{3,4}(?:\s?Ti)?|A\d{4})(?:\s(?:Laptop|Mobile))?|"
                      r"(?:Instinct\s+)?MI\d{2,3}X?|(?:Cloud\s+)?TPU\s?v\d[a-z]?|"
                      r"(?:(?:Jetson\s+)?(?:AGX\s+)?(?:Orin|Xavier)(?:\s+(?:Nano|NX))?|Jetson\s+(?:Nano|TX2))(?:\s\d{1,2}\s?GB?(?![\w-]))?|"
                      r"Alveo\s+U\d{2,3}C?|Versal\s+[A-Z]{2,3}\d{2,4}|Raspberry\s+Pi\s?\d|Gaudi\s?\d?|Apple\s+M\d(?:\s(?:Pro|Max|Ultra))?|"
                      r"(?:Samsung\s+)?Galaxy\s+S\d{1,2}(?:\s?(?:Ultra|\+))?|(?:Google\s+)?Pixel\s+\d{1,2}(?:a|\s(?:Pro|XL))?|"
                      r"(?:Xiaomi\s+)?Redmi\s+(?:K|Note\s?)\d{2,3}(?:\s(?:Pro|Ultra))?|Xiaomi\s+\d{1,2}(?:\s(?:Pro|Ultra))?|"
                      r"OnePlus\s+\d{1,2}(?:\s?(?:Pro|T|R))?|iPhone\s+\d{1,2}(?:\s(?:Pro\s+Max|Pro|Plus|mini))?|"
                      r"(?<![\w-])[ABHLV]\d{2,3}[SX]?(?![\w-]))")
VENDOR = re.compile(r"^(?:NVIDIA|Nvidia|AMD|Apple|Intel|Qualcomm|Google|Samsung|Xiaomi|MediaTek|Jetson)\s+")  # 'Apple M4' is M4 too
BENCH = re.compile(r"(?=[∞A-Z0-9α-ω])(?:∞\s*-?\s*|(?<![\w-])[A-Z0-9α-ω][\w-]*?-?)[Bb]ench\b(?!mark)(?:[-\s]v?\d+(?:\.\d+)?\b|-[A-Z][a-z]+\b)?")
INFINITY_GAP = re.compile(r"(?<=∞)\s+")  # '\(\infty\)Bench' reads as '∞' and padding: the name is '∞Bench'
BENCH_WORD = re.compile(r"[Bb]ench\b(?!mark)")  # a cheap scan first: most texts name no *Bench
# a translation task by its campaign and language pair: 'WMT EN-DE', "WMT'14 En-De", 'IWSLT14 German-English'
TRANSLATION = re.compile(r"\b(?:WMT|IWSLT)(?:'?\d{2,4})?\s+(?:[A-Z][A-Za-z]|[A-Z][a-z]+)[-–→](?:[A-Z][A-Za-z]|[A-Z][a-z]+)(?![\w-])")
AT_K = re.compile(r"\b[A-Za-z][A-Za-z0-9-]*@(?:\d+|k)\b")  # pass@k, Recall@10
# 'P99 latency', 'p95 tail latency', 'P99.9 TTFT'; 'P' first: a fast literal scan
PERCENTILE = re.compile(r"[Pp](?<!\w[Pp])(?:50|90|95|99|99\.9|999)\s+(?:(?:tail|end-to-end|E2E|request|token|first-token)\s+)?"
                        r"(?:latency|TTFT|TPOT|TBT|ITL|response\s+time)\b")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    type: str  # a type, or "Name" when only the shape speaks
    rule: str


@lru_cache(maxsize=1 << 16)  # called on every word of every text
def is_coined(token: str) -> bool:
    """Acronyms, CamelCase, letter-digit mixes: the shapes of coined names (per hyphen part)."""
    if FIGURE_LIKE.match(token) or GENERIC_LM.match(token) or "_" in token:
        return False
    parts = [p for p in re.split(r"[-–]", token) if p]
    if len(parts) > 1 and parts[0].isalpha() and parts[0].islower() and len(parts[0]) > 1:
        return False  # a descriptive compound: mixture-of-SWA, non-OOD-generalizing
    if re.fullmatch(r"[A-Z]\d", token):
        return False  # L1, L2: layer or cache names unless a lexicon knows them (T4, T5)
    if token.endswith("++") and token[:1].isupper() and len(token) > 4:  # not C++
        return True  # 'Transformer++', 'Retrieval++': an improved version under its base's name
    if len(parts) > 1 and parts[0][:1].isalpha() and any(len(p) == 1 and p.isupper() for p in parts[1:]):
        return True  # Alloc-L, Alloc-T
    if len(parts) == 2 and len(parts[0]) == 1 and parts[0].isupper() and parts[1][:1].isupper():
        return True  # C-Abstractor, Q-Former
    return any(is_coined_part(p, len(parts) > 1) for p in parts) or ("@" in token and any(c.isalpha() for c in token))


def is_coined_part(part: str, compound: bool) -> bool:
    letters = [c for c in part if c.isalpha()]
    if not letters:
        return False
    upper = sum(c.isupper() for c in letters)
    camel = any(a.islower() and b.isupper() for a, b in zip(part, part[1:]))
    digit = any(c.isdigit() for c in part)
    if compound and part[:1].isupper() and part[1:].isalpha() and part[1:].islower():
        return False  # 'Mixture-of-Experts'; but 'Mamba-Llama3' is coined
    return upper >= 2 or camel or (upper >= 1 and digit) or (compound and len(part) > 1 and part.isupper())


@lru_cache(maxsize=1 << 16)
def is_generic(name: str) -> bool:
    """Generic acronyms and compounds made only of them and prefixes (CPU-GPU, Multi-LLM, 8-GPU, LCLMs)."""
    lexicon = load_lexicon()
    key = fold(name)
    if key in lexicon.types:
        return False
    if key in lexicon.generic or GENERIC_LM.match(name) or fold(NUMBER_PREFIX.sub("", name)) in lexicon.generic:
        return True
    if (single := singular_acronym(name)) and fold(single) in lexicon.generic and fold(single) not in lexicon.types:
        return True  # 'RNAs', as 'RNA'
    parts = [p for p in re.split(r"[-–/]", name) if p]
    return len(parts) > 1 and all(fold(p) in lexicon.generic or GENERIC_LM.match(p) or p.lower() in PREFIX_WORDS
                                  or p.isdigit() for p in parts)


@lru_cache(maxsize=1)
def family_pattern() -> re.Pattern:
    families = load_lexicon().families
    plain = [name for name, needs_version in families.items() if not needs_version]
    versioned = [name for name, needs_version in families.items() if needs_version]
    part = MODEL_PART
    return re.compile(
        rf"(?=[A-Z0-9o])(?<![\w-])(?:{alternation(plain)}(?:(?:[-.]?|{SPACE_PART}|{DASH_VARIANT}){part}(?![\w]))*|"
        rf"(?i:{alternation(plain, ignore_case=True)}|{alternation(versioned, ignore_case=True)})"
        rf"(?:(?:[-.]?|{SPACE_PART}|{DASH_VARIANT}){part}(?![\w]))+)(?![\w-])")


@lru_cache(maxsize=1)
def family_inside_pattern() -> re.Pattern:
    """A known family ending a coined name, or before its suffix: MobileCLIP, OpenCLIP-G, QLLaMA, ModernBERT; a
    capitalised family after a hyphen too: SWE-Llama, Chinese-Alpaca-7B; a version may follow it: Mamba-Llama3."""
    lexicon = load_lexicon()
    plain = [n for n in lexicon.families if len(n) >= 3 and not lexicon.families[n] and n[:1].isupper()]
    inside = [n for n in plain if sum(c.isupper() for c in n) >= 2]
    after_hyphen = [n for n in plain if len(n) >= 4]
    return re.compile(rf"^[A-Za-z](?:[\w-]*?{alternation(inside)}|[\w-]*-(?i:{alternation(after_hyphen, ignore_case=True)}))"
                      rf"(?:\d+(?:\.\d+)?)?(?:-[\w.]+)*$")  # families match in any case, as the lexicon says; 'Mamba-Llama3'


@lru_cache(maxsize=1 << 16)
def is_model_shape(name: str) -> bool:
    """A family name alone or with a version, or a coined name built on a family (MobileCLIP)."""
    lexicon = load_lexicon()
    return bool(family_pattern().fullmatch(name) or (name in lexicon.families and is_coined(name))
                or (is_coined(name) and family_inside_pattern().match(name)))


def split_list(text: str, start: int) -> list[tuple[int, int, str]]:
    """'Gemma2/3' -> Gemma2, Gemma3; 'A100/A40' -> A100, A40; as (start, end, name)."""
    parts = text.split("/")
    if len(parts) < 2:
        return [(start, start + len(text), text)]
    out, offset = [], start
    stem = re.match(r"^(.*?[A-Za-z-])(\d+(?:\.\d+)?)$", parts[0])
    sized = re.match(r"^(.*-)\d+(?:\.\d+)?[BM]$", parts[0])  # 'LLaMA2-7B/13B' -> LLaMA2-7B, LLaMA2-13B
    if len(parts) == 2 and parts[1].isdigit() and not stem:
        return [(start, start + len(text), text)]  # ViT-B/16: one name with a patch size
    for part in parts:
        if part.isdigit() and stem:
            out.append((offset, offset + len(part), stem.group(1) + part))
        elif sized and part is not parts[0] and SIZE.fullmatch(part):
            out.append((offset, offset + len(part), sized.group(1) + part))
        elif part:
            out.append((offset, offset + len(part), part))
        offset += len(part) + 1
    return out


@lru_cache(maxsize=1 << 16)
def bare_name(token: str) -> str:
    """A token without descriptive suffixes: 'FlashAttention-based' -> 'FlashAttention'."""
    return LOWER_TAIL.sub("", SUFFIXES.sub("", token))


def find_candidates(text: str) -> list[Candidate]:
    """All shape-based name candidates in a text, longest first at each position."""
    lexicon = load_lexicon()
    found: list[Candidate] = []
    for match in HARDWARE.finditer(COUNT_TIMES.sub(" ", text)):
        found.append(Candidate(match.start(), match.end(), match.group().strip(), "Hardware", "shape:hardware"))
    for match in (BENCH.finditer(text) if BENCH_WORD.search(text) else ()):
        found.append(Candidate(match.start(), match.end(), INFINITY_GAP.sub("", match.group().strip()), "Benchmark", "shape:bench"))
    for match in TRANSLATION.finditer(text) if "WMT" in text or "IWSLT" in text else ():
        found.append(Candidate(match.start(), match.end(), match.group(), "Benchmark", "shape:bench"))
    for match in [*(AT_K.finditer(text) if "@" in text else ()), *PERCENTILE.finditer(text)]:
        found.append(Candidate(match.start(), match.end(), match.group(), "Metric", "shape:metric"))
    for match in LOWER_DIGIT_NAME.finditer(text):
        if not is_generic(match.group()):
            found.append(Candidate(match.start(), match.end(), match.group(), "Name", "shape:coined"))
    for match in family_pattern().finditer(text):
        found.append(Candidate(match.start(), match.end(), match.group().strip(), "Model", "shape:model-family"))
    for match in CAPITALISED_TOKEN.finditer(text):
        if text.startswith("[", match.end()):
            continue  # 'WINDOW[s(n)] = SPACE[s(n)]': notation, not names
        token_start = match.start()
        for start, end, name, known_version in names_in_token(match.group()):
            start, end = token_start + start, token_start + end
            if known_version:
                found.append(Candidate(start, end, name, "Name", "shape:known-version"))  # Medusa-1, Medusa-2
                continue
            version = VERSION_AFTER.match(text, end)
            if version and (version.group(1).startswith(("v", "V"))
                            or (known := lexicon.type_of(name)) and "Metric" not in known):  # 'gFID 2.74' is a value
                name, end = name + text[end:version.end()], version.end()
            if size := SIZE_AFTER.match(text, end):  # 'GShard 2.9B', 'MobileVLM V2 1.7B'
                name, end = name + text[end:size.end()], size.end()
            found.append(Candidate(start, end, name, "Name", "shape:coined"))
    return found


def known_parts(name: str) -> bool:
    """'Codestral-Mamba': names a lexicon knows, joined by a hyphen into one name."""
    parts = name.split("-")
    return len(parts) > 1 and all(len(p) > 2 and load_lexicon().type_of(p) for p in parts)


@lru_cache(maxsize=1 << 16)  # a name recurs across a corpus: judge each token text once
def names_in_token(token: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The coined names in one token as (start, end, name, is a known name's version), offsets within the token."""
    if "@" not in token and token == token.lower():
        return ()  # no capital and no '@': nothing in it is coined (most words of a text)
    lexicon = load_lexicon()
    count = COUNT_PREFIX.match(token)
    offset = count.end() if count else 0
    names = []
    for start, end, part in split_list(token[offset:], offset):
        if RESEMBLANCE.search(part):
            continue  # 'GPT-style transformers', 'LLaMA-like models': a kind of thing, not the thing
        bare = bare_name(part)
        if (bare.endswith("s") and len(bare) > 3 and (lexicon.type_of(bare[:-1]) or HARDWARE.fullmatch(bare[:-1]))
                and not lexicon.type_of(bare)):  # but 'L40s' is the L40S
            bare = bare[:-1]  # '8 A100s', 'two H100s': the plural of a known name is that name
        end -= len(part) - len(bare)
        known_version = KNOWN_VERSION.fullmatch(bare) or KNOWN_VARIANT.fullmatch(bare)
        if known_version and lexicon.type_of(known_version.group(1)):
            names.append((start, end, bare, True))
        elif bare and (is_coined(bare) or known_parts(bare)) and not is_generic(bare):
            names.append((start, end, bare, False))
    return tuple(names)
