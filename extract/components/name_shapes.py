"""Names by shape (acronyms, versioned models, *Bench, GPUs): Candidate records kept on the Doc."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..shapes import Candidate, find_candidates
from ..latex import math_ranges
from .char_spans import doc_text, keep_found, plain_text


def best_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per character range; a typed shape beats a bare name."""
    best: dict[tuple[int, int], Candidate] = {}
    for candidate in candidates:
        kept = best.get((candidate.start, candidate.end))
        if kept is None or (kept.type == "Name" and candidate.type != "Name"):
            best[(candidate.start, candidate.end)] = candidate
    return list(best.values())


def outside_math(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Letters in a formula ('\\(LE\\)', '$E^L$') are symbols, not names."""
    formulas = math_ranges(text)
    return [c for c in candidates if not any(s <= c.start and c.end <= e for s, e in formulas)] if formulas else candidates


@Language.component("paperkg_shapes")
def name_shapes(doc: Doc) -> Doc:
    candidates = outside_math(find_candidates(plain_text(doc)), doc_text(doc))
    keep_found(doc, "shapes", best_candidates(candidates), "start", "end", "type")
    return doc
