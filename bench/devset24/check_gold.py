#!/usr/bin/env python3
"""Local consistency checks for the devset24 gold files (run from anywhere)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(path):
    text = open(path, encoding="utf-8").read()
    items = []
    if path.endswith(".md"):
        lines = text.split("\n")
        for i, line in enumerate(lines):
            m = re.match(r"^\*\*\[(.*)\]\((.*)\)\*\*$", line)
            if m:
                nxt = lines[i + 1] if i + 1 < len(lines) else ""
                items.append((m.group(1), nxt[4:] if nxt.startswith(":   ") else None))
    elif text.startswith("Skip to content"):
        paras = [p for p in text.split("\n\n") if p.strip()][4:]
        i = 0
        while i < len(paras):
            title = paras[i]
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            # a summary paragraph is long and ends with a full stop
            if nxt is not None and len(nxt.split()) > 40:
                items.append((title, nxt)); i += 2
            else:
                items.append((title, None)); i += 1
    else:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if line.startswith("- ") and i + 1 < len(lines) and lines[i + 1] == "-":
                nxt = lines[i + 2] if i + 2 < len(lines) else ""
                items.append((line[2:], None if (not nxt or nxt.startswith("- ")) else nxt))
    return items


def num_forms(v):
    s = repr(v) if isinstance(v, float) else str(v)
    if s.endswith(".0"):
        s = s[:-2]
    forms = {s}
    if isinstance(v, int) or float(v).is_integer():
        forms.add(f"{int(v):,}")
    return forms


def main():
    problems, notes = [], []
    for name in sorted(os.listdir(os.path.join(HERE, "gold"))):
        gold = json.load(open(os.path.join(HERE, "gold", name), encoding="utf-8"))
        items = parse(os.path.join(HERE, "pages", gold["source"]))
        papers = gold["papers"]
        if [t for t, _ in items] != [p["title"] for p in papers]:
            problems.append(f"{name}: titles/order differ from the page")
        if [t for t, _ in items] != sorted(t for t, _ in items):
            problems.append(f"{name}: page titles are not in ASCII order")
        for (title, summ), p in zip(items, papers):
            w = f"{name} / {title[:40]}"
            if p["has_summary"] != (summ is not None):
                problems.append(f"{w}: has_summary mismatch")
            text = title + "\n" + (summ or "")
            ents = {e["name"]: e for e in p["entities"]}
            if len(ents) != len(p["entities"]):
                problems.append(f"{w}: duplicate entity names")
            for e in p["entities"]:
                for n in [e["name"]] + e.get("aliases", []):
                    if n not in text:
                        problems.append(f"{w}: entity form {n!r} not in title/summary")
            for c in p["compared_with"]:
                if c not in ents:
                    problems.append(f"{w}: compared_with {c!r} not an entity")
                elif ents[c].get("optional"):
                    problems.append(f"{w}: compared_with {c!r} is optional")
            for r in p["results"]:
                q = r["quote"]
                if not summ or q not in summ:
                    problems.append(f"{w}: quote not in own summary: {q!r}")
                for k in ("model", "benchmark", "hardware", "baseline"):
                    if k in r:
                        if r[k] not in ents:
                            problems.append(f"{w}: {k} {r[k]!r} not an entity")
                        elif k == "baseline" and ents[r[k]].get("optional"):
                            problems.append(f"{w}: baseline {r[k]!r} is optional")
                vals = [r["value"]] if "value" in r else [r["min"], r["max"]]
                for v in vals:
                    if not any(f in q for f in num_forms(v)):
                        notes.append(f"{w}: value {v} not literally in quote {q!r}")
                if r["kind"] == "quality" and not r.get("optional"):
                    problems.append(f"{w}: quality result not optional")
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems, {len(notes)} notes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
