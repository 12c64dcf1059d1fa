"""One paper as the rules see it: its title and summary Docs, plain text, and the entities found so far."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.records import Evidence, Mention, Note

from .components.char_spans import doc_text, plain_text


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
    # Doc.text and Doc.sents walk every token on each call: computed once per field here.
    _raw: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _plain: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _sents: dict[str, list[tuple[int, int]]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _sentence_texts: dict[tuple[str, int], str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def doc(self, field_name: str) -> Doc:
        return self.title if field_name == "title" else self.summary

    def raw(self, field_name: str) -> str:
        if field_name not in self._raw:
            self._raw[field_name] = doc_text(self.doc(field_name))
        return self._raw[field_name]

    def text(self, field_name: str) -> str:
        if field_name not in self._plain:
            self._plain[field_name] = plain_text(self.doc(field_name))
        return self._plain[field_name]

    def sentences(self, field_name: str) -> list[tuple[int, int]]:
        """(start_char, end_char) of each sentence of a field."""
        if field_name not in self._sents:
            self._sents[field_name] = [(s.start_char, s.end_char) for s in self.doc(field_name).sents]
        return self._sents[field_name]

    def sentence_bounds(self, field_name: str, start: int) -> tuple[int, int]:
        """(start_char, end_char) of the sentence holding a character offset."""
        for sent_start, sent_end in self.sentences(field_name):
            if sent_start <= start < sent_end:
                return sent_start, sent_end
        return 0, len(self.raw(field_name))

    def sentence(self, field_name: str, start: int) -> tuple[int, str]:
        """The sentence holding a character offset: one string object per sentence, shared by all its evidence."""
        sent_start, sent_end = self.sentence_bounds(field_name, start)
        text = self._sentence_texts.get((field_name, sent_start))
        if text is None:
            text = self._sentence_texts[(field_name, sent_start)] = self.raw(field_name)[sent_start:sent_end]
        return sent_start, text

    def evidence(self, field_name: str, start: int, end: int, rule: str) -> Evidence:
        return Evidence(field=field_name, sentence=self.sentence(field_name, start)[1], start=start, end=end, rule=rule)

    def overlaps_found(self, field_name: str, start: int, end: int) -> bool:
        """Whether a character range overlaps something already found in that field."""
        return any(f.field == field_name and f.start < end and start < f.end for f in self.found)

    def found_at(self, field_name: str, start: int, end: int) -> Found | None:
        """What was found at exactly that character range of a field, if anything."""
        return next((f for f in self.found if f.field == field_name and (f.start, f.end) == (start, end)), None)

    def resolve(self, key: str) -> str:
        return self.alias_keys.get(key, key)

    def mention(self, key: str) -> Mention | None:
        """The mention a key (or an alias key) stands for."""
        return self.mentions.get(self.resolve(key))

    def found_in(self, field_name: str) -> list[Found]:
        return sorted((f for f in self.found if f.field == field_name), key=lambda f: f.start)
