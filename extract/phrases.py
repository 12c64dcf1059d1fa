"""Phrase patterns several rules share: an aside in parentheses, and what separates the items of a list."""
from __future__ import annotations

import re

ASIDE = re.compile(r"\s*\([^()]*\)")  # '(FFT)', '(A100)'
LIST_JOIN = re.compile(r"\s*,\s*|\s*,?\s+(?P<last>and|or)\s+")  # between names of one list: 'A, B and C'
LIST_ITEMS = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")  # to split a list's text into its items
