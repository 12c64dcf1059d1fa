"""`kg explain`: paper by paper, every span the rules found, its type and the rule that found it."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .build import BuildReport, extract_notes, read_notes
from .records import Extraction


def explain_lines(extraction: Extraction) -> list[str]:
    note = extraction.note
    lines = [f"== {note.title}", f"   {note.source}:{note.line}  venue={note.venue} year={note.year} area={note.area}"]
    if not note.summary:
        lines.append("   (no summary: only the title was read)")
    for mention in extraction.mentions:
        ev = mention.evidence
        where = f"{ev.field}[{ev.start}:{ev.end}]" if ev else "?"
        aliases = f"  aka {', '.join(mention.aliases)}" if mention.aliases else ""
        lines.append(f"   entity  {'/'.join(mention.types or [mention.type]):<16} {mention.name!r:<32} {where:<18} rule={ev.rule if ev else '?'}{aliases}")
    names = {mention.key: mention.name for mention in extraction.mentions}
    for role in extraction.roles:
        ev = role.evidence
        name = names.get(role.key, role.key)  # a role's entity is one of the paper's mentions; else its key
        lines.append(f"   role    {role.relation:<16} {name!r:<32} {ev.field}[{ev.start}:{ev.end}]  rule={ev.rule}")
    for figure in extraction.figures:
        number = figure.value if figure.value is not None else f"{figure.min_value}-{figure.max_value}"
        ties = ", ".join(f"{k}={'/'.join(v)}" for k, v in (("model", figure.models), ("benchmark", figure.benchmarks),
                                                          ("hardware", figure.hardware), ("baseline", figure.baselines)) if v)
        lines.append(f"   result  {figure.kind:<16} {number}{figure.unit} aspect={figure.aspect!r} "
                     f"qualifier={figure.qualifier!r} quote={figure.quote!r} {ties}")
    return lines


def explain(pages: Iterable[Path], patterns: Iterable[Path] = ()) -> tuple[list[str], BuildReport]:
    """The explanation lines for every paper, and the report of what could not be read."""
    report = BuildReport()
    notes = read_notes(pages, report)
    lines = []
    for extraction in extract_notes(notes, patterns):
        lines.extend(explain_lines(extraction))
    return lines, report
