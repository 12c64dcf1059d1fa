"""The spaCy pipeline: blank English, sentencizer, lexicon and cue PhraseMatchers, shape, definition and figure rules."""
from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.language import Language

from .components import cue_matcher, definitions, figures, lexicon_matcher, name_shapes  # noqa: F401  (registers factories)

USER_LABELS = {"Method", "Model", "Benchmark", "Hardware", "Metric"}


class PatternFileError(ValueError):
    """A user pattern file that spaCy cannot use, with the file and line."""


def load_user_patterns(path: Path) -> list[dict]:
    """spaCy pattern lines {"label": TYPE, "pattern": "Name" or [token dicts], "id": canonical}."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise PatternFileError(f"{path}: cannot read the pattern file ({getattr(err, 'strerror', None) or err})") from err
    patterns = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            pattern = json.loads(line)
        except json.JSONDecodeError as err:
            raise PatternFileError(f"{path}:{number}: not JSON ({err.msg})") from err
        if not isinstance(pattern, dict) or "pattern" not in pattern or pattern.get("label") not in USER_LABELS:
            raise PatternFileError(f"{path}:{number}: needs \"label\" (one of {sorted(USER_LABELS)}) and \"pattern\"")
        patterns.append(pattern)
    return patterns


# 'on Vicuna-33B.', 'on GSM8K.': a full stop after a digit and a capital ends the sentence (spaCy keeps it, as in 'U.S.')
SIZE_FULL_STOP = r"(?<=[0-9][A-Z])\."


def make_nlp(user_patterns: list[Path] = ()) -> Language:
    nlp = spacy.blank("en")
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex([*nlp.Defaults.suffixes, SIZE_FULL_STOP]).search
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("paperkg_lexicon")
    nlp.add_pipe("paperkg_cues")
    nlp.add_pipe("paperkg_shapes")
    nlp.add_pipe("paperkg_definitions")
    nlp.add_pipe("paperkg_figures")
    patterns = [p for path in user_patterns for p in load_user_patterns(Path(path))]
    if patterns:
        ruler = nlp.add_pipe("span_ruler", name="user_patterns", config={"spans_key": "user", "validate": True})
        try:
            ruler.add_patterns(patterns)
        except (ValueError, KeyError) as err:
            raise PatternFileError(f"invalid pattern: {err}") from err
    return nlp
