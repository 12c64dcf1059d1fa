"""One paper as the rules see it: its title and summary Docs, plain text, and the entities found so far."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.records import Evidence, Mention, Note

from .latex import plain


@dataclass
class Found:
    """An entity occurrence in one field: where, its name, type votes and the rule."""

    field: str
    start: int
    end: int
    name: str
    key: str
    rule: str
    anchor: int  # where its noun phrase starts (the long form, for 'Long Form (LF)')


@dataclass
class Paper:
    note: Note
    title: Doc
    summary: Doc
    mentions: dict[str, Mention] = field(default_factory=dict)  # key -> mention
    strength: dict[str, int] = field(default_factory=dict)  # key -> how sure the type is
    found: list[Found] = field(default_factory=list)
    alias_keys: dict[str, str] = field(default_factory=dict)  # alias key -> mention key
    title_key: str | None = None  # the entity the title names

    def doc(self, field_name: str) -> Doc:
        return self.title if field_name == "title" else self.summary

    def text(self, field_name: str) -> str:
        return plain(self.doc(field_name).text)

    def sentence(self, field_name: str, start: int) -> tuple[int, str]:
        doc = self.doc(field_name)
        for sent in doc.sents:
            if sent.start_char <= start < sent.end_char:
                return sent.start_char, sent.text
        return 0, doc.text

    def evidence(self, field_name: str, start: int, end: int, rule: str) -> Evidence:
        return Evidence(field=field_name, sentence=self.sentence(field_name, start)[1], start=start, end=end, rule=rule)

    def resolve(self, key: str) -> str:
        return self.alias_keys.get(key, key)

    def found_in(self, field_name: str) -> list[Found]:
        return sorted((f for f in self.found if f.field == field_name), key=lambda f: f.start)
