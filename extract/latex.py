"""Length-preserving clean-up of inline LaTeX so offsets still point into the original text."""
from __future__ import annotations

import re

# Each command becomes its symbol, padded with spaces to the same length.
SYMBOLS = {r"\times": "×", r"\infty": "∞", r"\sim": "~", r"\approx": "≈", r"\%": "%", r"\cdot": "·",
           r"\leq": "≤", r"\geq": "≥", r"\le": "≤", r"\ge": "≥", r"\to": "→", r"\rightarrow": "→",
           r"\pm": "±", r"\mu": "μ", r"\gamma": "γ", r"\lambda": "λ", r"\alpha": "α", r"\beta": "β"}
DELIMITERS = re.compile(r"\\[()\[\]]|\$|\\[,;! ]|\\text\{|\\mathrm\{|\\mathbf\{")
BRACED = re.compile(r"\\(?:text|mathrm|mathbf|mathit|textbf|textit|bm)\{([^{}]*)\}")  # the command and its braces go
COMMAND = re.compile("|".join(re.escape(c) + r"(?![A-Za-z])" for c in sorted(SYMBOLS, key=len, reverse=True)))


INLINE_MATH = re.compile(r"\\\((.*?)\\\)|\$([^$]*)\$")


def math_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of each inline formula, \\( ... \\) or $ ... $."""
    if "\\(" not in text and "$" not in text:
        return []
    return [match.span(1) if match.group(1) is not None else match.span(2) for match in INLINE_MATH.finditer(text)]


def plain(text: str) -> str:
    """Replace LaTeX commands and math delimiters by symbols and spaces; same length as the input."""
    if "\\" not in text and "$" not in text:
        return text
    text = BRACED.sub(lambda m: " " * (m.start(1) - m.start()) + m.group(1) + " ", text)  # '\mathbf{35.2}' -> '35.2'
    text = COMMAND.sub(lambda m: SYMBOLS[m.group()].ljust(len(m.group())), text)
    return DELIMITERS.sub(lambda m: " " * len(m.group()), text)
