"""The spaCy pipeline: blank English tokenisation, no downloads, the span group each component writes."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from spacy.pipeline import TrainablePipe

from extract.components.char_spans import kept
from extract.pipeline import PatternFileError, make_nlp
from kg.build import extract_notes
from kg.records import Note

# Sentences copied from ../shared/seeds (page, then the sentence).
ALLOC_MOE = ("This approach halves the activation budget of DeepSeek-V2-Lite while maintaining accuracy, "
             "achieving a 1.15× speedup in prefill and a 1.34× speedup in decode.")  # 000
DGA = ("This paper revisits the attention redundancy issue in sequence modeling from a supervised learning "
       "perspective and proposes the Dynamic Group Attention (DGA) mechanism.")  # 003
PYRAMID = ("The method exploits the natural entropy gradient across model scales within a model family to "
           "hierarchically filter tokens, and employs a fuzzy acceptance criterion to relax the matching "
           "threshold, achieving up to 1.91× speedup (reaching 124 tok/s on an RTX 4090).")  # 004
PPD = "This reduces Turn 2+ TTFT by approximately 68%."  # 002
EDGE_EVAL = ("The Edge-Eval framework is proposed to evaluate the full life cycle of LLMs on traditional T4 GPUs "
             "through five deployment metrics (Economic Break-even, Intelligence-Power Ratio, System Density, "
             "Cold Start Tax, and Quantization Fidelity).")  # 000

SPAN_GROUPS = ("lexicon", "shapes", "definitions", "figures")
COMPONENTS = ("sentencizer", "paperkg_lexicon", "paperkg_cues", "paperkg_shapes", "paperkg_definitions", "paperkg_figures")


def spans(doc, group: str) -> set[str]:
    return {span.text for span in doc.spans[group]}  # keep the Doc alive: a SpanGroup dies with it


@pytest.mark.parametrize("text, tokens", [
    ("3.5x", ["3.5x"]),
    ("3.5×", ["3.5×"]),
    ("A100", ["A100"]),
    ("GPT-4o", ["GPT-4o"]),
    ("FlashAttention-2", ["FlashAttention-2"]),
    ("2.1-fold", ["2.1", "-", "fold"]),
    ("Llama-2-7B", ["Llama-2", "-", "7B"]),
    ("80GB", ["80", "GB"]),
    ("27%", ["27", "%"]),
])
@pytest.mark.parametrize("make", [lambda: spacy.blank("en"), make_nlp], ids=["blank", "paperkg"])
def test_pipeline_tokenisation_facts(make, text, tokens):
    assert [token.text for token in make().tokenizer(text)] == tokens


def test_pipeline_components_in_order(nlp):
    assert tuple(nlp.pipe_names) == COMPONENTS


def test_pipeline_is_blank_english_without_trained_parts(nlp):
    assert nlp.lang == "en"
    assert nlp.vocab.vectors.shape[0] == 0
    assert not [name for name, pipe in nlp.pipeline if isinstance(pipe, TrainablePipe)]


def test_pipeline_runs_with_no_network_and_no_model_packages():
    """make_nlp in a fresh interpreter where sockets and spaCy model packages are refused."""
    script = """
import importlib.abc, socket, sys

class NoModels(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0].startswith(('en_core', 'en_', 'spacy_models')):
            raise ImportError('model package ' + name)
        return None

def refuse(*args, **kwargs):
    raise OSError('network use')

sys.meta_path.insert(0, NoModels())
socket.socket.connect = refuse
socket.create_connection = refuse
from extract.pipeline import make_nlp
doc = make_nlp()('It reaches a 1.34x speedup on an A100.')
print(len(doc.spans['figures']))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"


@pytest.mark.parametrize("text", ["", "No names here.", ALLOC_MOE, DGA])
def test_pipeline_writes_every_span_group(nlp, text):
    doc = nlp(text)
    assert set(SPAN_GROUPS) <= set(doc.spans)


@pytest.mark.parametrize("group", ["figures", "definitions"])
def test_pipeline_span_groups_match_the_records(nlp, group):
    doc = nlp(f"{ALLOC_MOE} {DGA}")
    assert len(doc.spans[group]) == len(kept(doc, group)) > 0


@pytest.mark.parametrize("text, quote, unit, value", [
    (ALLOC_MOE, "1.15×", "x", "1.15"),
    (ALLOC_MOE, "1.34×", "x", "1.34"),
    (PYRAMID, "1.91×", "x", "1.91"),
    (PPD, "68%", "%", "68"),
])
def test_pipeline_figures_span(nlp, text, quote, unit, value):
    doc = nlp(text)
    figures = {doc.text[f.start:f.end]: f for f in kept(doc, "figures")}
    assert quote in figures
    assert (figures[quote].unit, figures[quote].value) == (unit, value)
    assert quote in {span.text for span in doc.spans["figures"]}


def test_pipeline_figures_range(nlp):
    doc = nlp("It is 1.3-1.7× faster.")
    (figure,) = kept(doc, "figures")
    assert (figure.min_value, figure.max_value, figure.value) == ("1.3", "1.7", None)


@pytest.mark.parametrize("text", ["Every layer has 124 heads.", "We train for 3 epochs on 8 GPUs."])
def test_pipeline_figures_ignore_bare_numbers(nlp, text):
    doc = nlp(text)
    assert not doc.spans["figures"]


def test_pipeline_definitions_span(nlp):
    doc = nlp(DGA)
    (definition,) = [d for d in kept(doc, "definitions") if d.short == "DGA"]
    assert definition.long == "Dynamic Group Attention"
    assert doc.text[definition.long_start:definition.long_end] == definition.long
    assert "DGA" in {span.text for span in doc.spans["definitions"]}


@pytest.mark.parametrize("text, name, label", [
    (ALLOC_MOE, "DeepSeek-V2-Lite", "Model"),
    (PYRAMID, "RTX 4090", "Hardware"),
    (EDGE_EVAL, "T4", "Hardware"),
    (PPD, "TTFT", "Metric"),
])
def test_pipeline_lexicon_span(nlp, text, name, label):
    doc = nlp(text)
    labels = {span.text: span.label_ for span in doc.spans["lexicon"]}
    assert labels.get(name) == label


@pytest.mark.parametrize("text, name", [(ALLOC_MOE, "DeepSeek-V2-Lite"), (DGA, "DGA"), (PYRAMID, "RTX 4090")])
def test_pipeline_shapes_span(nlp, text, name):
    assert name in spans(nlp(text), "shapes")


def test_pipeline_sentences(nlp):
    doc = nlp(f"{ALLOC_MOE} {DGA}")
    assert [sent.text for sent in doc.sents] == [ALLOC_MOE, DGA]


def test_pipeline_user_patterns_span_group(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"label": "Method", "pattern": "ZetaCache", "id": "zetacache"}) + "\n"
                    + json.dumps({"label": "Model", "pattern": [{"LOWER": "quxlm"}], "id": "quxlm"}) + "\n",
                    encoding="utf-8")
    doc = make_nlp([path])("We run ZetaCache on QuxLM.")
    assert {(s.text, s.label_, s.id_) for s in doc.spans["user"]} == {("ZetaCache", "Method", "zetacache"),
                                                                      ("QuxLM", "Model", "quxlm")}


@pytest.mark.parametrize("line", [
    "{not json",
    json.dumps({"label": "Thing", "pattern": "x"}),
    json.dumps({"label": "Method"}),
    json.dumps({"label": "Method", "pattern": [{"LOWR": "x"}]}),
])
def test_pipeline_bad_user_patterns_raise(tmp_path, line):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(PatternFileError):
        make_nlp([path])


def seed_note(title: str, summary: str) -> Note:
    return Note(title=title, summary=summary, venue="ACL2026", year=2026, area="LLM Efficiency",
                source="seed.txt", line=1)


def test_pipeline_extracts_seed_speedups():
    (extraction,) = extract_notes([seed_note(
        "Alloc-MoE: Budget-Aware Expert Activation Allocation for Efficient Mixture-of-Experts Inference", ALLOC_MOE)])
    figures = {(f.value, f.unit, f.kind) for f in extraction.figures}
    assert {("1.15", "x", "speedup"), ("1.34", "x", "speedup")} <= figures
    assert "DeepSeek-V2-Lite" in {m.name for m in extraction.mentions}


def test_pipeline_extracts_seed_definition():
    (extraction,) = extract_notes([seed_note("Rethinking Attention Redundancy", DGA)])
    (dga,) = [m for m in extraction.mentions if m.name == "DGA"]
    assert "Dynamic Group Attention" in dga.aliases
    assert dga.key in {r.key for r in extraction.roles if r.relation == "proposes"}
