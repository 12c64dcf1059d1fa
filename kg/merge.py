"""The same thing across papers is one node: merge mentions by folded name, aliases and acronym long forms."""
from __future__ import annotations

from collections import Counter, defaultdict

from .names import entity_id, entity_key
from .records import Extraction, Mention


class UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=lambda k: (len(k), k))
            self.parent[drop] = keep


def is_long_form(name: str) -> bool:
    return " " in name.strip() or name.count("-") >= 2


class EntityIndex:
    """Maps each paper's mention keys to one global key; an acronym with two long forms stays two things."""

    def __init__(self, papers: list[tuple[str, Extraction]]):
        """papers: (paper id, extraction) pairs, as kg.graph.merge_papers made them."""
        self.mentions: list[tuple[str, Mention]] = [(pid, m) for pid, extraction in papers for m in extraction.mentions]
        self.local: dict[tuple[str, str], str] = {}
        self._disambiguate()
        self.sets = UnionFind()
        for (pid, key), local in sorted(self.local.items()):
            self.sets.find(local)
        for pid, mention in self.mentions:
            local = self.local[(pid, mention.key)]
            for alias in mention.aliases:
                alias_key = entity_key(alias)
                if alias_key not in self.ambiguous:
                    self.sets.union(local, alias_key)

    def _disambiguate(self) -> None:
        long_forms: dict[str, set[str]] = defaultdict(set)
        for _, mention in self.mentions:
            for alias in mention.aliases:
                if is_long_form(alias):
                    long_forms[mention.key].add(entity_key(alias))
        self.ambiguous = {key for key, forms in long_forms.items() if len(forms) > 1}
        for pid, mention in self.mentions:
            local = mention.key
            if mention.key in self.ambiguous:
                forms = sorted(entity_key(a) for a in mention.aliases if is_long_form(a))
                if forms:
                    local = f"{mention.key}-{forms[0]}"
            self.local[(pid, mention.key)] = local

    def root(self, key: str, pid: str) -> str:
        return self.sets.find(self.local.get((pid, key), key))

    def nodes(self) -> list[tuple[str, dict]]:
        names: dict[str, Counter] = defaultdict(Counter)
        aliases: dict[str, set[str]] = defaultdict(set)
        types: dict[str, Counter] = defaultdict(Counter)
        for pid, mention in self.mentions:
            root = self.root(mention.key, pid)
            names[root][mention.name] += 1
            aliases[root].update(mention.aliases)
            types[root][mention.type] += 1
            types[root].update({t: 0 for t in mention.types})
        nodes = []
        for root in sorted(names):
            label = sorted(names[root].items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
            others = sorted((set(names[root]) | aliases[root]) - {label})
            ranked = sorted(types[root].items(), key=lambda kv: (-kv[1], kv[0]))
            nodes.append((entity_id(root), {
                "type": ranked[0][0], "types": " | ".join(sorted(types[root])), "label": label,
                "aliases": " | ".join(others), "key": root}))
        return nodes
