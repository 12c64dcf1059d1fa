"""Names by shape (acronyms, versioned models, *Bench, GPUs): Candidate records kept on the Doc."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..shapes import Candidate, find_candidates
from .char_spans import keep_found, plain_text


def best_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per character range; a typed shape beats a bare name."""
    best: dict[tuple[int, int], Candidate] = {}
    for candidate in candidates:
        kept = best.get((candidate.start, candidate.end))
        if kept is None or (kept.type == "Name" and candidate.type != "Name"):
            best[(candidate.start, candidate.end)] = candidate
    return list(best.values())


@Language.component("paperkg_shapes")
def name_shapes(doc: Doc) -> Doc:
    keep_found(doc, "shapes", best_candidates(find_candidates(plain_text(doc))), "start", "end", "type")
    return doc
