"""How messages count things."""
from __future__ import annotations


def plural(count: int, noun: str) -> str:
    """`1 page`, `2 pages`; the noun's last word takes the 's' (`2 more fields`)."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
