"""paperkg: paper-note pages in, a typed knowledge graph out."""
from __future__ import annotations

__all__ = ["load"]


def __getattr__(name: str):
    if name == "load":  # imported on first use, so `import kg` stays light
        from .analysis import load

        return load
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
