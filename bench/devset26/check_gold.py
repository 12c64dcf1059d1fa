#!/usr/bin/env python3
"""Local consistency checks for the devset26 gold files (see README)."""
import json, re, sys, glob, os

def fold(s):
    return re.sub(r"\s+", " ", s).strip()

def split_page(path, titles):
    """Return {title: summary or ''} by locating each title on the page in order."""
    text = open(path, encoding="utf-8").read()
    pos, spans = 0, []
    for t in titles:
        i = text.index(t, pos)
        spans.append((t, i, i + len(t)))
        pos = i + len(t)
    out = {}
    for k, (t, s, e) in enumerate(spans):
        end = spans[k + 1][1] if k + 1 < len(spans) else len(text)
        chunk = text[e:end]
        chunk = re.sub(r"^\]\(notes/[^)]*\)\*\*", "", chunk)
        chunk = chunk.strip()
        chunk = re.sub(r"^-\n?", "", chunk).strip()
        chunk = re.sub(r"^(- |\*\*\[)$", "", chunk).strip()
        chunk = re.sub(r"\n(-|\*\*\[)$", "", chunk).strip()
        chunk = re.sub(r"^:\s+", "", chunk).strip()
        out[t] = chunk
    return out

bad = 0
for g in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold", "*.json"))):
    gold = json.load(open(g, encoding="utf-8"))
    page = os.path.join(os.path.dirname(g), "..", "pages", gold["source"])
    titles = [p["title"] for p in gold["papers"]]
    if titles != sorted(titles):
        print(g, "titles not in ASCII order"); bad += 1
    parts = split_page(page, titles)
    for p in gold["papers"]:
        t, summ = p["title"], parts[p["title"]]
        has = bool(summ)
        if has != p["has_summary"]:
            print(g, t[:40], "has_summary mismatch", repr(summ[:60])); bad += 1
        both = (t + " " + summ).lower()
        ents = {e["name"]: e for e in p["entities"]}
        for e in p["entities"]:
            for n in [e["name"]] + e.get("aliases", []):
                if n.lower() not in both:
                    print(g, t[:40], "entity not in text:", n); bad += 1
        for n in p["compared_with"]:
            if n not in ents: print(g, t[:40], "compared_with not entity", n); bad += 1
            elif ents[n].get("optional"): print(g, t[:40], "compared_with optional", n); bad += 1
        for r in p["results"]:
            if fold(r["quote"]) not in fold(summ):
                print(g, t[:40], "quote not in own summary:", r["quote"]); bad += 1
            for f in ("model", "benchmark", "hardware", "baseline"):
                if f in r and r[f] not in ents:
                    print(g, t[:40], f, "not an entity:", r[f]); bad += 1
            if "baseline" in r and r["baseline"] in ents and ents[r["baseline"]].get("optional"):
                print(g, t[:40], "baseline optional", r["baseline"]); bad += 1
            vals = [r[k] for k in ("value", "min", "max") if k in r]
            for v in vals:
                s = ("%g" % v)
                if s not in r["quote"].replace(",", ""):
                    print(g, t[:40], "note: value", s, "not literally in quote", repr(r["quote"]))
print("problems:", bad)
sys.exit(1 if bad else 0)
