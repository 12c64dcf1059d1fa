"""Canonical keys and IRI-safe identifiers for papers, entities, venues and areas."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_SYMBOLS = {"∞": "inf", "\\infty": "inf", "+": "plus", "&": "and", "@": "at", "#": "sharp"}  # QuIP# is not QuIP
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_SAFE_LOCAL = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # a Turtle prefixed name and an IRI alike, no escapes
# RFC 3987 leaves these out of IRIs; Turtle's IRIREF refuses them too.
_IRI_FORBIDDEN = re.compile(r"[\x00-\x20<>\"{}|^`\\\x7f-\x9f]")


PLURAL_ACRONYM = re.compile(r"^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z])s$")  # 'LCMs', 'BD3-LMs' (not 'dMoEs': no capital first)
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold a name to lowercase ASCII letters and digits: LLaMA-3, Llama 3 and LLaMA3 agree."""
    text = unicodedata.normalize("NFKC", text)
    for symbol, word in _SYMBOLS.items():
        text = text.replace(symbol, word)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = _DECIMAL_POINT.sub("p", text)  # OPT-1.3B and OPT-13B are two models; Llama-3.1 and Llama 3.1 one
    return _NOT_ALNUM.sub("", text.lower())


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def singular_acronym(name: str) -> str | None:
    """'BD3-LMs' -> 'BD3-LM': the one a plural acronym names, or None for any other name."""
    plural = PLURAL_ACRONYM.match(name)
    return plural.group(1) if plural else None


def entity_key(name: str) -> str:
    """The identity of an entity name ('LCMs' is the plural of 'LCM'); names that fold to nothing get a hash."""
    return fold(singular_acronym(name) or name) or "x" + short_hash(name)


@lru_cache(maxsize=1 << 12)  # venues and areas repeat on every paper
def slug(text: str, limit: int = 60) -> str:
    """A readable, flat, IRI-safe slug (no slashes)."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = text.encode("ascii", "ignore").decode().lower()
    text = _NOT_ALNUM.sub("-", text).strip("-")
    return text[:limit].rstrip("-")


@lru_cache(maxsize=1 << 16)  # asked for each paper by the merge and again by the graph
def paper_id(title: str) -> str:
    """Same title (folded), same paper: a readable slug plus a hash of the folded title."""
    folded = fold(title) or title
    return f"paper-{slug(title, 48) or 'untitled'}-{short_hash(folded)}"


def venue_id(label: str) -> str:
    return f"venue-{slug(label) or short_hash(label)}"


def area_id(label: str) -> str:
    return f"area-{slug(label) or short_hash(label)}"


def entity_id(key: str) -> str:
    """Keys from entity_key are safe as they are; anything else gets a slug and a hash."""
    if safe_local(key):
        return f"e-{key}"
    return f"e-{slug(key, 40) or 'x'}-{short_hash(key)}"


def safe_local(local: str) -> bool:
    """True for a local name usable under any base IRI and as a Turtle prefixed name."""
    return bool(_SAFE_LOCAL.fullmatch(local)) and not local.endswith(".")


def check_base(base: str) -> str:
    """A base IRI for instances, or ValueError saying what is wrong with it."""
    bad = _IRI_FORBIDDEN.search(base)
    if bad:
        raise ValueError(f"base IRI {base!r} holds {bad.group()!r}, which an IRI cannot")
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", base):
        raise ValueError(f"base IRI {base!r} has no scheme (e.g. https://)")
    return base
