"""Each rule family on sentences written for these tests: what it must find and what it must not."""
from __future__ import annotations

import json

import pytest

from extract.definitions import find_definitions
from extract.extractor import Extractor
from extract.figures import find_figures
from extract.latex import plain
from extract.pipeline import PatternFileError
from extract.shapes import find_candidates
from kg.records import Note


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def extract(extractor, title: str, summary: str):
    note = Note(title=title, summary=summary, venue="TEST2026", year=2026, area="Tests", source="test", line=1)
    return next(extractor.extract([note]))


def names(extraction) -> dict[str, str]:
    return {m.name: m.type for m in extraction.mentions}


def roles(extraction, relation: str) -> set[str]:
    by_key = {m.key: m.name for m in extraction.mentions}
    return {by_key.get(r.key, r.key) for r in extraction.roles if r.relation == relation}


@pytest.mark.parametrize("text", ["It runs on Vicuna-33B. It beats H2O.", "It scores 80% on GSM8K. It runs at 4K.",
                                  "It serves Mixtral-8x7B. It is fast."])
def test_a_full_stop_after_a_size_or_a_name_ends_its_sentence(extractor, text):
    assert len(list(extractor.nlp(text).sents)) == 2


@pytest.mark.parametrize("text, short, long", [
    ("We propose Sliding Anchor Attention (SAA) for long inputs.", "SAA", "Sliding Anchor Attention"),
    ("It uses GRPO (Group Relative Policy Optimization) for training.", "GRPO", "Group Relative Policy Optimization"),
    ("a Mixture-of-Depth Router (MoDR) decides", "MoDR", "Mixture-of-Depth Router"),
    # every word's initial spells it: all four words, not the shortest stretch holding the letters
    ("it introduces Position Persistent Sparse Attention (PPSA): a few", "PPSA", "Position Persistent Sparse Attention"),
    ("Chain of Draft (CoD) prompts", "CoD", "Chain of Draft"),
    # a capitalised word before the shortest long form, with the acronym's first letter, belongs to it
    ("Nearest Neighbor Speculative Decoding (NEST) retrieves tokens", "NEST", "Nearest Neighbor Speculative Decoding"),
    ("Using Sliding Window Attention (SWA) helps", "SWA", "Sliding Window Attention"),
    # capitals inside words mark the letters an acronym takes
    ("It proposes DAPO (Decoupled Clip and Dynamic sAmpling Policy Optimization), a system", "DAPO",
     "Decoupled Clip and Dynamic sAmpling Policy Optimization"),
    ("SCBench (SharedContextBench) is a benchmark", "SCBench", "SharedContextBench"),  # a long form in one word
])
def test_definitions_link_short_and_long_forms(text, short, long):
    found = find_definitions(text)
    assert [(d.short, d.long) for d in found] == [(short, long)]


@pytest.mark.parametrize("text", ["small models (<2B) win", "the cache (see Section 3) grows", "a result (p < 0.05) holds",
                                  "allocation is performed across layers (Alloc-L)"])  # a clause is no long form
def test_definitions_ignore_parentheses_that_define_nothing(text):
    assert find_definitions(text) == []


def test_names_read_through_latex_and_titles_lose_their_punctuation(extractor):
    found = extract(extractor, "Small Data, Big Noise: Robust Tuning", r"On LooGLE-v2 and \(\infty\)Bench, SDBN wins.")
    assert "∞Bench" in names(found)
    assert [m.aliases for m in found.mentions if m.name == "SDBN"] == [["Small Data, Big Noise"]]


@pytest.mark.parametrize("name", ["CLaSp", "HC-SMoE", "Alloc-L", "Qwen2.5-72B-Instruct", "LLaMA3", "M-RoPE++", "vLLM",
                                  "GPT-4o", "Pass@1", "Mamba-Llama3", "GShard 2.9B", "Mixtral 8×7B", "Codestral-Mamba",
                                  "Wanda-sp", "MobileVLM V2 1.7B", "MoE-LLaVA-2.7B×4",  # a variant tag; a V version; experts
                                  "DéjàVuLib", "MRD³", "τ-bench",  # accents, superscripts, a Greek letter
                                  "Transformer++",  # an improved version under its base's name
                                  "Mixtral 8x7B – Instruct", "Llama 2 70B - chat"])  # a variant after a spaced dash
def test_shapes_find_coined_names(name):
    assert name in [c.text for c in find_candidates(f"We compare {name} here.")]


@pytest.mark.parametrize("text", ["Long-Context", "Mixture-of-Experts", "16K", "7B", "14B-70B", "8-GPU", "LCLMs",
                                  "W4A16", "L1", "Self-Rewarding", "kHz", "GiB", "TFLOPs", "100K+", "Top-p", "C++"])
def test_shapes_skip_ordinary_words_numbers_and_generic_acronyms(text):
    assert text not in [c.text for c in find_candidates(f"We compare {text} here.")]


def test_a_short_form_of_the_title_name_is_the_same_contribution(extractor):
    found = extract(extractor, "Int4 Everywhere: Quantization on Phones", "This paper presents Int4E, a quantization scheme.")
    assert roles(found, "proposes") == {"Int4E"} and [m.aliases for m in found.mentions] == [["Int4 Everywhere"]]


def test_a_tagged_variant_of_a_name_is_a_thing_of_its_kind(extractor):
    found = extract(extractor, "ZetaEval: A Benchmark for Code Reasoning", "ZetaEval tests two tasks: input prediction "
                    "(ZetaEval-I) and output prediction (ZetaEval-O). The ZetaEval-7B model and MHA-XXL are baselines.")
    assert {name: type_ for name, type_ in names(found).items() if name.startswith(("ZetaEval", "MHA"))} == {
        "ZetaEval": "Benchmark", "ZetaEval-I": "Benchmark", "ZetaEval-O": "Benchmark", "ZetaEval-7B": "Model",
        "MHA-XXL": "Model"}


def test_a_known_acronym_spelled_out_as_something_else_is_that_other_thing(extractor):
    other = extract(extractor, "Fair Judges", "They propose Balanced Position Calibration (BPC), which averages votes.")
    known = extract(extractor, "A Study", "It lowers bits per character (BPC) on enwik8 and Massive Multitask Language "
                    "Understanding (MMLU) rises.")
    assert names(other) == {"BPC": "Method"} and names(known) == {"BPC": "Metric", "enwik8": "Benchmark", "MMLU": "Benchmark"}


def test_the_plural_of_a_known_name_is_that_name(extractor):
    found = extract(extractor, "A Study", "It trains on 8 A100s and two RTX 4090s, and GPTQs differ.")
    assert names(found) == {"A100": "Hardware", "RTX 4090": "Hardware", "GPTQ": "Method"}


def test_shapes_skip_notation():
    assert find_candidates("the equivalence WINDOW[s(n)] = SPACE[s(n)] holds") == []


def test_shapes_keep_accented_words_whole():
    assert "α-S" not in [c.text for c in find_candidates("It uses α-Séance here.")]


@pytest.mark.parametrize("text, expected", [
    ("Gemma2/3", ["Gemma2", "Gemma3"]),
    ("A100/A40 GPUs", ["A100", "A40"]),
    ("BERT/RoBERTa/DeBERTaV3", ["BERT", "RoBERTa", "DeBERTaV3"]),
    ("ViT-B/16", ["ViT-B/16"]),
    ("LLaMA-2 70B and OPT 66B", ["LLaMA-2 70B", "OPT 66B"]),
    ("Medusa-1 and Medusa-2 heads", ["Medusa-1", "Medusa-2"]),
    ("BERT-base's heads and the Qwen2.5-32B base model", ["BERT-base", "Qwen2.5-32B"]),
    ("a single 8-A100 node", ["A100"]),
    ("LLaMA-2-Chat-7B/13B", ["LLaMA-2-Chat-7B", "LLaMA-2-Chat-13B"]),  # sizes after a slash share the stem
])
def test_shapes_split_slash_lists(text, expected):
    found = {c.text for c in find_candidates(f"on {text} today")}
    assert set(expected) <= found


@pytest.mark.parametrize("text, value, low, high, unit, qualifier", [
    ("achieves a 1.34× speedup", "1.34", None, None, "x", None),
    ("up to 2.5x faster", "2.5", None, None, "x", "up to"),
    (r"a \(1.3-1.7\times\) speedup", None, "1.3", "1.7", "x", None),
    ("reduces latency by 10–16%", None, "10", "16", "%", None),
    ("from 30%–80% of the cost", None, "30", "80", "%", None),
    (r"only \(50\% \sim 90\%\) of heads", None, "50", "90", "%", None),
    ("an average of 3.2 times faster", "3.2", None, None, "x", "average"),
    ("a 2.1-fold gain", "2.1", None, None, "x", None),
    ("approximately 68% lower TTFT", "68", None, None, "%", "approximately"),
    ("over 4x throughput", "4", None, None, "x", "over"),
    ("reaching 124 tok/s", "124", None, None, "tok/s", None),
    ("generates $24.4$ tokens/s", "24.4", None, None, "tokens/s", None),  # LaTeX delimiters leave two spaces
    ("up to 740 TFLOPs/s", "740", None, None, "TFLOPs/s", "up to"),
    ("54 ms decoding latency", "54", None, None, "ms", None),
    ("at 0.56 s/token", "0.56", None, None, "s/token", None),
    ("down to ∼9 ms per token", "9", None, None, "ms", "approximately"),
    ("streams video at 9.4 FPS", "9.4", None, None, "FPS", None),
    ("answers in $120$ ms", "120", None, None, "ms", None),
])
def test_figures_read_values_ranges_units_and_qualifiers(text, value, low, high, unit, qualifier):
    [figure] = find_figures(plain(text))
    assert (figure.value, figure.min_value, figure.max_value, figure.unit, figure.qualifier) == (
        value, low, high, unit, qualifier)


def test_results_quote_the_figure_as_written(extractor):
    [figure] = extract(extractor, "A Test Paper", r"It decodes $1.8\times$ faster and \(2.1\times\) cheaper.").figures[:1]
    assert figure.quote == r"$1.8\times$"


def test_results_tie_the_model_of_their_own_clause(extractor):
    found = extract(extractor, "A Test Paper", "GPT-4o reaches 71.5% accuracy while Qwen2-72B reaches 58.0%.")
    assert [(f.value, f.models, f.aspect) for f in found.figures] == [("71.5", ["GPT-4o"], "accuracy"),
                                                                      ("58.0", ["Qwen2-72B"], "accuracy")]


def test_results_read_figures_in_formatting_commands_and_quote_whole_formulas(extractor):
    found = extract(extractor, "A Test Paper", r"GPT-4 scores $\approx 40\%$ while it reaches $\mathbf{35.2}\%$ accuracy.")
    assert [(f.value, f.quote) for f in found.figures] == [("40", r"40\%"), ("35.2", r"$\mathbf{35.2}\%$")]


def test_figures_read_from_x_to_y_as_two_values():
    assert [(f.value, f.unit) for f in find_figures("success rises from 61% to 66% overall")] == [("61", "%"), ("66", "%")]


@pytest.mark.parametrize("text", ["contexts of 16k-128k tokens", "a 7B model", "at 512 x 512 resolution", "in 2024",
                                  "695 samples and 20+ LLMs", "the 3.5D chiplet", "since the 1990s",
                                  "on 2× A800-80GB GPUs", "on 8x NVIDIA H100", "across 4× GPUs"])
def test_figures_ignore_numbers_that_are_not_outcomes(text):
    assert find_figures(plain(text)) == []


@pytest.mark.parametrize("summary, expected", [
    ("It reaches 54 ms decoding latency.", [("54 ms", "reduction", "decoding latency")]),
    ("It prefills a 1M-token context in 77 s.", [("77 s", "reduction", "latency")]),
    ("It trains a 50M draft model on one node within 24 hours.", [("24 hours", "reduction", "training time")]),
    ("It cuts TTFT to 1.1 s on A100.", [("1.1 s", "reduction", "TTFT")]),
    ("It serves Llama2-70B at 0.56 s/token.", [("0.56 s/token", "reduction", "latency")]),
    ("Binarizing a 7B model takes about 0.5 hours on a single GPU.", [("0.5 hours", "reduction", "binarization time")]),
    ("FlashAttention-3 reaches up to 740 TFLOPs/s.", [("740 TFLOPs/s", "speedup", "throughput")]),
    ("It generates an image in ∼207 ms on an A100.", [("207 ms", "reduction", "latency")]),
    # the work the clause's verb names, timed ('quantizes ... in under 60 seconds': quantization time)
    ("It quantizes Qwen3-32B in under 60 seconds.", [("60 seconds", "reduction", "quantization time")]),
    ("Calibrated in one shot in 1-6 hours on a single GPU, it is ready.", [("1-6 hours", "reduction", "calibration time")]),
    ("It cuts the initial latency from 219 seconds to 1.3 seconds.", [("1.3 seconds", "reduction", "latency")]),
    ("It keeps a near-zero downtime of ∼20 ms.", [("20 ms", "reduction", "downtime")]),
    # memory a method needs, or brings memory down to; a device's memory is no outcome
    ("It cuts the KV cache footprint from 128 GB to 1 GB and total GPU memory use from 207 GB to 17 GB, a 92% "
     "reduction.", [("1 GB", "reduction", "KV cache"), ("17 GB", "reduction", "memory"), ("92%", "reduction", "memory")]),
    ("At 128K tokens it needs only about 26 GB of GPU memory.", [("26 GB", "reduction", "GPU memory")]),
    ("It runs on one RTX 4090 with 24 GB of memory, or an A100-80GB (80GB).", []),
    ("Its footprint grows from 2 GB to 8 GB.", []),
    # an alternative's figure and a hyper-parameter are no outcomes
    ("It compresses images by 32× instead of 8×.", [("32×", "compression", "images")]),
    ("It randomly perturbs $q = 10\\%$ of the characters.", []),
    ("At 80% KV sparsity on one A6000 it raises throughput by up to 3×.", [("3×", "speedup", "throughput")]),
    ("It gains 4.1% accuracy at 2.16× and 4.32× the inference budget of the base model.",
     [("4.1%", "quality", "accuracy")]),  # the budgets are settings
    ("It brings the end-to-end latency from 1.6 s down to 1.1 s.", [("1.1 s", "reduction", "latency")]),
    ("It handles videos from 10 minutes to 2 hours long.", []),
    # times that are no outcome: a target, an amount of input, a duration of work
    ("It meets a 200 ms SLO on 5 minutes of audio.", []),
    ("The model was trained for 3 hours.", []),
])
def test_results_read_absolute_levels_of_time_and_throughput(extractor, summary, expected):
    found = extract(extractor, "A Test Paper", summary).figures
    assert [(f.quote, f.kind, f.aspect) for f in found] == expected


@pytest.mark.parametrize("summary, kind, aspect", [
    ("It achieves a 2.4× training speedup.", "speedup", "training"),
    ("It reduces prefill latency by 35%.", "reduction", "prefill latency"),
    ("It compresses the KV cache by 8×.", "compression", "KV cache"),
    ("It delivers 3× higher throughput.", "speedup", "throughput"),
    ("It uses 40% less memory.", "reduction", "memory"),
    ("It gives a 2× improvement in P99 latency.", "speedup", "P99 latency"),
    ("It improves accuracy by 3.1%.", "quality", "accuracy"),
    ("The acceptance length grows, giving 25% higher efficiency.", "improvement", "efficiency"),
    ("It brings a decoding speed increase of 3.6×.", "speedup", "decoding"),
    ("This training-free method runs 2.7× faster.", "speedup", "inference"),
    ("It trains the policy 1.6× faster.", "speedup", "training"),
    ("It removes 60% of the attention heads.", "reduction", "attention heads"),
    ("It gives 10–45% higher acceptance rates.", "improvement", "acceptance rate"),
    ("It increases inference throughput by 2.8×.", "speedup", "inference throughput"),  # aspect words in one compound
    # what a verb makes faster, unless the verb says it ('trains ... faster' is training)
    ("Its kernels run their linear layers 1.6× faster.", "speedup", "linear layers"),
    ("It keeps quality while computing its pruning metric about 300× faster.", "speedup", "pruning metric"),
    # what a verb shortens, it shortens in length; what it is of is no part of it
    ("It shortens the generated chains by more than 50%.", "reduction", "generated chain length"),
    ("It shortens the solutions of Marco-o1 by 40.5% on average.", "reduction", "solution length"),
    # a share names its whole; a comparative at the end of a text still says what
    ("It removes over 99.9% of the second-moment entries.", "reduction", "second-moment entries"),
    ("It matches full accuracy while retaining only 12% of the KV cache.", "compression", "KV cache"),  # what it keeps
    ("It keeps 20% of the cache.", "compression", "cache"),
    ("It uses only 28.5% of its computations.", "reduction", "computation"),
    ("On the benchmark, GPT-4o achieves only 50.1%.", "quality", ""),  # a low level reached saves nothing
    ("It is faster while being 5× smaller.", "reduction", "size"),
    # the subject of 'is' names what is faster or smaller
    ("It loses 0.3 points of accuracy, and the 4-bit KV cache is 4× smaller than in FP16.", "reduction", "KV cache"),
    ("Its backward pass is about 2× faster than LoRA's.", "speedup", "backward pass"),
    ("Its self-attention kernel is 3.2–4.8× faster than FlashAttention.", "speedup", "self-attention kernel"),
    ("The method is 2× faster.", "speedup", "inference"),  # no part named: the default
    # what a verb brings down to a level; the work a 'less' measures; the speed a rate's subject names
    ("AdaCoT lowers the CoT triggering rate to 3.18% on production traffic.", "reduction", "triggering rate"),
    ("It matches synchronous training while communicating 500 times less.", "reduction", "communication"),
    ("On the phone decoding reaches 8.2 tokens/s.", "speedup", "decoding throughput"),
    ("The model reaches 50 tokens/s.", "speedup", "throughput"),
    ("It needs about 16× fewer GPU hours.", "reduction", "GPU hours"),
    ("It reaches a lossless wall-time speedup ratio of 2.9×.", "speedup", "wall-time"),
    ("It improves serving capacity by 2.6×.", "speedup", "serving capacity"),
    ("It improves MFU by 1.34×.", "improvement", "MFU"),
    ("It is 15× more parameter-efficient than full fine-tuning.", "improvement", "parameter-efficient"),
    ("It matches the dense model with only about 40% of its computations.", "reduction", "computation"),
    # a rate measures throughput, or the speed the words by it name
    ("It reaches 124 tok/s on an RTX 4090.", "speedup", "throughput"),
    ("It reaches over 1,000 tokens/s prefill.", "speedup", "prefill"),
    ("It has a training speed of up to 225 TFLOPs/s per A100 GPU.", "speedup", "training speed"),
    ("Its kernels decode 2-bit Llama 2-7B at over 180 tokens/s.", "speedup", "decoding throughput"),
    # 'at' names a speed, not a setting; a baseline's name may say what is faster
    ("It is up to 3× faster at decoding.", "speedup", "decoding"),
    ("It is 2× faster at batch size 1.", "speedup", "inference"),
    ("It runs 2.8× faster than Lookahead Decoding.", "speedup", "decoding"),
    # the verb says what is faster; 'falls by' is a reduction
    ("It generates images 410× faster.", "speedup", "generation"),
    ("It converges 2–4 times faster than vanilla LoRA.", "speedup", "convergence"),
    ("End-to-end latency falls by 1.4x–2.6x.", "reduction", "end-to-end latency"),
    ("It speeds up decoding by 1.8–3.1× without loss of generation quality.", "speedup", "decoding"),
    ("It keeps its speed, whereas FlashAttention-2 is up to 2.5× slower.", "speedup", "inference"),  # the baseline's slowness
    # 'versus' ends what a figure is of, as 'than' does
    ("It reduces memory by up to 12× versus full fine-tuning.", "reduction", "memory"),
    ("It cuts the GFLOPs by 80%.", "reduction", "GFLOPs"),
    # the work a 'faster' describes; what a number counts; the part a speed-up is of
    ("It gives up to 2.1× faster execution for agents.", "speedup", "execution"),
    (r"Its kernels reach a kernel speedup of \(3.87\times\).", "speedup", "kernel"),
    # a comparative says what a figure is of, before any aspect earlier in the clause
    ("It stays within 0.5 perplexity of FP16 and uses 1.36× fewer hardware resources.", "reduction", "hardware resources"),
    # what is faster is no quality the clause named before
    ("It beats Wanda in zero-shot accuracy, and the resulting models run 1.35× faster end to end.", "speedup", "inference"),
])
def test_results_kind_and_aspect_come_from_the_words_around_a_figure(extractor, summary, kind, aspect):
    [figure] = extract(extractor, "A Test Paper", summary).figures
    assert (figure.kind, figure.aspect) == (kind, aspect)


def test_results_a_memory_level_brought_down_from_over_to_under(extractor):
    found = extract(extractor, "A Test Paper", "The models reach 99.3% of ChatGPT's performance, and fine-tuning "
                    "memory falls from over 780GB to under 48GB.")
    assert [(f.value, f.unit, f.kind, f.aspect) for f in found.figures] == [
        ("99.3", "%", "quality", "performance"), ("48", "GB", "reduction", "fine-tuning memory")]


def test_results_a_part_of_the_system_after_for_is_what_is_faster(extractor):
    found = extract(extractor, "A Test Paper", "It runs 1.35× faster end to end (up to 1.6× for the linear layers).")
    assert [(f.quote, f.aspect) for f in found.figures] == [("1.35×", "inference"), ("1.6×", "linear layers")]


def test_results_a_second_baseline_after_and_keeps_the_verb_s_object(extractor):
    found = extract(extractor, "A Test Paper", "It improves throughput over DeepSpeed by up to 29× and over FlexGen by "
                    "up to 3× on OPT-6.7B.")
    assert [(f.quote, f.aspect) for f in found.figures] == [("29×", "throughput"), ("3×", "throughput")]


def test_results_what_a_number_counts_is_the_aspect(extractor):
    found = extract(extractor, "A Test Paper", r"It cuts time per query by about 42% and the number of retrieval steps "
                    r"by \(3.1\times\).")
    assert [(f.value, f.aspect) for f in found.figures] == [("42", "time per query"), ("3.1", "retrieval steps")]


def test_results_a_clause_about_training_is_a_training_speed_up_after_a_decoding_one(extractor):
    found = extract(extractor, "A Test Paper", "It decodes 8.4× faster than a Transformer; its training uses 25% less "
                    "memory and runs 7× faster than a standard Transformer.").figures
    assert [(f.quote, f.aspect) for f in found if f.kind == "speedup"] == [("8.4×", "decoding"), ("7×", "training")]


def test_results_share_one_head_across_a_pair_of_figures(extractor):
    found = extract(extractor, "A Test Paper", "It gives an average 1.5× and up to 2× improvement in P99 latency.")
    assert [(f.value, f.kind, f.aspect, f.qualifier) for f in found.figures] == [
        ("1.5", "speedup", "P99 latency", "average"), ("2", "speedup", "P99 latency", "up to")]


@pytest.mark.parametrize("summary, expected", [
    ("It reaches an average acceptance length of 3.2 tokens on MT-Bench.",
     [("3.2", "tokens", "acceptance length", "average")]),
    ("ZetaDraft accepts 3.5 tokens per step on average.", [("3.5", "tokens per step", "accepted tokens", "average")]),
    ("It adds about 0.5 tokens to the mean accepted length.", [("0.5", "tokens", "mean accepted length", "approximately")]),
    (r"It raises the block efficiency to about \(2.6\) tokens.", [("2.6", "tokens", "block efficiency", "approximately")]),
    # token counts that no acceptance measure names are no acceptance levels
    ("It accepts prompts of 4096 tokens and drafts 5 tokens per step.", []),
])
def test_results_an_acceptance_level_in_tokens_is_an_improvement(extractor, summary, expected):
    found = extract(extractor, "A Test Paper", summary).figures
    assert [(f.value, f.unit, f.aspect, f.qualifier) for f in found] == expected
    assert {f.kind for f in found} <= {"improvement"}


@pytest.mark.parametrize("summary, expected", [
    ("It resolves issues at an average cost of $0.70 per issue.", [("0.70", "$", "average")]),
    ("It cuts the operational cost from 0.398 to 0.228 dollars.", [("0.228", "dollars", None)]),
    ("It matches them at a cost of only $5.6 instead of $43.7, and saves $28.5 per 1,000 samples.",
     [("5.6", "$", None), ("28.5", "$", None)]),
    # math, a budget and money no cost word speaks of are no cost levels
    ("It uses $5.5$ GB and runs $1.6 \\times$ faster.", [("5.5", "GB", None), ("1.6", "x", None)]),
    ("Its $2M training budget funds a $100 prize.", []),
])
def test_results_a_sum_a_run_costs_is_a_cost_reduction(extractor, summary, expected):
    found = extract(extractor, "A Test Paper", summary).figures
    assert [(f.value, f.unit, f.qualifier) for f in found] == expected
    assert all((f.kind, f.aspect) == ("reduction", "cost") for f in found if f.unit in ("$", "dollars"))


@pytest.mark.parametrize("summary, expected", [
    ("It shortens its reasoning on MATH500 from 3,790 to 2,125 tokens.", ["2125"]),
    ("On AIME25 its tokens fall from 14,321 to 10,287.", ["10287"]),
    # a rise, a count no token word names, and a level restated as a share right after it are no token levels
    ("Context grows from 4K to 32K tokens; layers go from 32 to 16.", []),
    ("The projector cuts the visual tokens from 576 to 144 (a 75% reduction).", ["75"]),
])
def test_results_a_token_count_brought_down_is_a_reduction(extractor, summary, expected):
    found = extract(extractor, "A Test Paper", summary).figures
    assert [f.value for f in found] == expected and {f.kind for f in found} <= {"reduction"}


def test_results_on_average_after_a_figure_qualifies_it(extractor):
    found = extract(extractor, "A Test Paper", "It cuts tokens by 70% on average, runs up to 2× faster on average, and "
                    "beats ZetaKV by 1.9× on average over six tasks, with 25% fewer experts.").figures
    assert [(f.value, f.qualifier) for f in found] == [("70", "average"), ("2", "up to"), ("1.9", "average"),
                                                       ("25", None)]


@pytest.mark.parametrize("summary, expected", [
    # a figure with its own 'X of' head does not take the next figure's head
    ("It gives a decoding speed increase of 3.6× and 8.2× lower memory use.",
     [("3.6", "speedup", "decoding"), ("8.2", "reduction", "memory")]),
    # the words after the previous figure are its head, not context for this one
    ("When training a 7B model, it saves 46% GPU memory and runs 1.6× faster than PPO.",
     [("46", "reduction", "memory"), ("1.6", "speedup", "training")]),
    # a training cue in a later clause does not make an earlier speed-up a training one
    ("It beats the baseline by up to 22.2× speedup, and adding a sink token during pre-training helps.",
     [("22.2", "speedup", "inference")]),
    # a cue word inside a name is no verb or aspect: 'Accelerate' the library, 'Zero-Inference'
    ("It improves throughput over DeepSpeed Zero-Inference and Hugging Face Accelerate by up to 29×.",
     [("29", "speedup", "throughput")]),
    ("It is 2.8× smaller than CLIP ViT-B/16.", [("2.8", "reduction", "size")]),
    # with no aspect cue, the plain words the figure reduces are its aspect
    ("It compresses the obtained representation by up to 40%.", [("40", "compression", "obtained representation")]),
    ("It needs 100 times less labeled data.", [("100", "reduction", "labeled data")]),
    ("It serves 7.4× more requests or meets a 12.6× tighter SLO.",
     [("7.4", "speedup", "requests"), ("12.6", "reduction", "SLO")]),
    # what a comparative is said of, when no aspect word names it
    ("It keeps a 3× smaller recurrent state and 3.3× higher query rates.",
     [("3", "reduction", "recurrent state"), ("3.3", "speedup", "query rates")]),
    # a verb's next object ('and the total delay ... by'), with no verb of its own
    ("It cuts KV cache size by 3.5× and the total delay of fetching contexts by 3.2× compared with quantization.",
     [("3.5", "reduction", "KV cache"), ("3.2", "reduction", "total delay")]),
    ("It cuts computation by about 50% without a KV cache and GPU memory by about 50% with one.",
     [("50", "reduction", "computation"), ("50", "reduction", "GPU memory")]),
    # a speed-up that says nothing of what is faster is faster at what its sentence's last speed-up was
    ("It raises throughput by up to 91% on Baichuan-Small, and it beats Medusa by up to 37%.",
     [("91", "speedup", "throughput"), ("37", "speedup", "throughput")]),
    ("It serves the model at 0.56 s/token, 9.96× faster than offloading.",
     [("0.56", "reduction", "latency"), ("9.96", "speedup", "inference")]),
    # ... and a compression its sentence's last compression's; a condition after a figure is no aspect
    ("On Llama-2-7B it compresses the KV cache by 50% and reaches up to 93.75% compression with 3-bit quantization.",
     [("50", "compression", "KV cache"), ("93.75", "compression", "KV cache")]),
    ("It improves throughput by up to 15% over 1F1B and by up to 30% when the memory limit is relaxed.",
     [("15", "speedup", "throughput"), ("30", "speedup", "throughput")]),
    # the level an efficiency aspect is raised to is an improvement
    ("It saves up to 93% of GPU memory, raises the cache hit ratio to over 90%, and makes inference 2–10× faster.",
     [("93", "reduction", "memory"), ("90", "improvement", "cache hit ratio"), (None, "speedup", "inference")]),
    ("It gives a 14% lower time per output token (TPOT).", [("14", "reduction", "time per output token")]),
    # the compound that says which speed-up; a rate's verb; serving metrics; a share of MACs
    ("Its kernels give layer-wise speedups of up to 4.3× on an RTX 3060 and up to 3.8× on an A100.",
     [("4.3", "speedup", "layer-wise"), ("3.8", "speedup", "layer-wise")]),
    ("It achieves speedups of up to 2.8× over Lookahead Decoding.", [("2.8", "speedup", "decoding")]),
    ("The 3B model generates 21.5 tokens/s on a Jetson Orin.", [("21.5", "speedup", "generation throughput")]),
    ("It cuts TBT (time between tokens) by up to 19%.", [("19", "reduction", "TBT")]),
    ("It uses about 35% of the MACs.", [("35", "reduction", "MACs")]),
    # a pair of figures and a pair of things after them: one each, in order
    ("It delivers 1.3× and 3× speed-ups in the prefilling and generation stages.",
     [("1.3", "speedup", "prefilling"), ("3", "speedup", "generation")]),
    ("It achieves 2.25× and 2.43× speedup in the cloud (A100) and PC (RTX 4060 Laptop) scenarios.",
     [("2.25", "speedup", "cloud"), ("2.43", "speedup", "PC scenarios")]),
    # a pronoun is no aspect: the sentence's last reduction's is
    ("It shortens responses by 8%, whereas O1-Pruner cuts them by 35%.",
     [("8", "reduction", "response length"), ("35", "reduction", "response length")]),
    # what it is measured against is no aspect
    ("It cuts peak memory by 83% against full attention.", [("83", "reduction", "peak memory")]),
    # a bare multiple after a speed-up in its sentence is a speed-up too
    ("It gives up to 2× speed-up in generation, and combined with Medusa it reaches up to 4×.",
     [("2", "speedup", "generation"), ("4", "speedup", "generation")]),
    # improving a time is cutting it; improving performance per dollar is an efficiency gain
    ("It improves time to first token by 97%, job completion time by 47% and performance per dollar by 2.4×.",
     [("97", "reduction", "time to first token"), ("47", "reduction", "job completion time"),
      ("2.4", "improvement", "performance per dollar")]),
    # a longer input handled is an efficiency gain in its length; so is what a verb extends
    (r"It trains with $4\times$ longer sequences, and extends the usable context by $16\times$.",
     [("4", "improvement", "sequence length"), ("16", "improvement", "usable context")]),
    # 'up to' is no 'X to' head; an aspect written with hyphens, and its short form after it
    ("It raises the acceptance length by 3% and decodes up to 7.2% faster.",
     [("3", "improvement", "acceptance length"), ("7.2", "speedup", "decoding")]),
    ("It cuts time-to-first-token (TTFT) by up to 96%.", [("96", "reduction", "time to first token (TTFT)")]),
    # a part of the system a gain is for runs faster ('encoder', not 'encoder and')
    (r"It outperforms offloading frameworks by up to $7.5\times$ for encoder and $3.7\times$ for decoder operations.",
     [("7.5", "speedup", "encoder"), ("3.7", "speedup", "decoder operations")]),
    # what the verb improves decides the kind, even where the aspect found is shorter
    ("It improves the incremental benefit per cost (IBC) by up to 89%.", [("89", "improvement", "cost")]),
    # what is held equal, or what the figure is a share of, names no aspect
    ("It lowers the serving cost by up to 71% for the same SLO attainment.", [("71", "reduction", "cost")]),
    ("It reduces TTFT to 83% of that of conventional speculative decoding.", [("83", "reduction", "TTFT")]),
    # the part of the system a speed-up is in; the subject that falls by a figure
    ("It yields 15.4× acceleration in self-attention.", [("15.4", "speedup", "self-attention")]),
    # a figure that names nothing it reduces, in a sentence of its own, reduces what the last reduction did
    ("It lowers the serving cost by up to 71%. On a production trace, the saving is 40% on average.",
     [("71", "reduction", "cost"), ("40", "reduction", "cost")]),
    ("It keeps nearly unchanged accuracy, and on GSM8K its response length drops by 74.47%.",
     [("74.47", "reduction", "response length")]),
])
def test_results_kind_and_aspect_belong_to_their_own_figure(extractor, summary, expected):
    found = extract(extractor, "A Test Paper", summary)
    assert [(f.value, f.kind, f.aspect) for f in found.figures] == expected


@pytest.mark.parametrize("summary, expected", [
    ("It raises serving throughput by 1.2× on A100 and 1.4× on L40S, and of a larger model by 2.4× on A100.",
     [("1.2", "speedup", "throughput"), ("1.4", "speedup", "throughput"), ("2.4", "speedup", "throughput")]),
    ("It delivers up to 7.5× higher throughput on T4, 26% on A10G and 14% on H100.",
     [("7.5", "speedup", "throughput"), ("26", "speedup", "throughput"), ("14", "speedup", "throughput")]),
    ("It speeds up prefill by up to 6.5× at 1M tokens and by 16× at 10M tokens.",
     [("6.5", "speedup", "prefill"), ("16", "speedup", "prefill")]),
    # a pair joined by 'and' shares the verb before the first and the head after the last
    ("Its kernels outperform FlashAttention2 and xFormers by about 2.1× and 2.7× in operations per second.",
     [("2.1", "speedup", "operations per second"), ("2.7", "speedup", "operations per second")]),
    # what a speed-up is measured against names what is faster
    ("It achieves a 1.3-1.6× speedup over vanilla autoregressive decoding.", [(None, "speedup", "decoding")]),
    # a sparsity or budget after 'at' is the setting a figure was measured at, no outcome of its own
    ("It gives decoding speedups of up to 1.53× at 40% sparsity and 1.8× at 50% sparsity.",
     [("1.53", "speedup", "decoding"), ("1.8", "speedup", "decoding")]),
    ("At 50% unstructured sparsity it runs 1.6× faster.", [("1.6", "speedup", "inference")]),
    # after 'with', a figure no cue word makes an outcome is the setting ('20% heavy hitters'); a cue word keeps it
    ("With 20% heavy hitters, it improves throughput by up to 29×.", [("29", "speedup", "throughput")]),
    ("It matches the loss with 43% fewer gradient steps.", [("43", "reduction", "gradient steps")]),
    # a figure that continues a list may still say what it measures
    ("The speedup is 1.6× for inference and 1.41× for training.", [("1.6", "speedup", "inference"), ("1.41", "speedup", "training")]),
    # 'respectively' pairs the figures with the objects of their verb, in order
    ("It reduces energy, carbon emissions and customer cost by 53%, 38% and 61%, respectively.",
     [("53", "reduction", "energy"), ("38", "reduction", "carbon emissions"), ("61", "reduction", "customer cost")]),
    # a figure with a head of its own is no continuation
    ("It cuts latency by 30% and gives 2× higher throughput.", [("30", "reduction", "latency"), ("2", "speedup", "throughput")]),
    ("It improves accuracy by 3% and reduces latency by 20%.", [("3", "quality", "accuracy"), ("20", "reduction", "latency")]),
    # the verb carries on to the next object: 'reduces A by x and B by y'; but not across a verb of the next figure's own
    ("It reduces peak token usage by 70% and inference time by 26%.",
     [("70", "reduction", "peak token usage"), ("26", "reduction", "inference time")]),
    ("It reduces forward passes by 2× and accelerates generation by 2.05×.",
     [("2", "reduction", "forward passes"), ("2.05", "speedup", "generation")]),
    ("It uses only 28.5% (possibly even 18.2%) of its computations.",
     [("28.5", "reduction", "computation"), ("18.2", "reduction", "computation")]),
])
def test_results_a_list_of_figures_measures_what_its_first_measures(extractor, summary, expected):
    found = extract(extractor, "A Test Paper", summary)
    assert [(f.value, f.kind, f.aspect) for f in found.figures] == expected


def test_results_tie_models_benchmarks_hardware_and_baselines(extractor):
    found = extract(extractor, "FastPath: Serving Faster",
                    "Compared to vLLM, FastPath achieves a 2× speedup on Llama-3-8B on an H100 on MT-Bench.")
    [figure] = found.figures
    assert (figure.models, figure.hardware, figure.benchmarks, figure.baselines) == (
        ["Llama-3-8B"], ["H100"], ["MT-Bench"], ["vLLM"])


@pytest.mark.parametrize("summary, expected", [
    ("It improves throughput over DeepSpeed and Hugging Face Accelerate by up to 29× and over FlexGen by up to 3×.",
     [["DeepSpeed", "Hugging Face Accelerate"], ["FlexGen"]]),  # each 'by' leads to its own figure
    ("It is 2× faster than Medusa and 3× faster than Lookahead Decoding.", [["Medusa"], ["Lookahead Decoding"]]),
    ("Compared to vLLM, it gives a 2× speedup and 30% lower latency.", [["vLLM"], ["vLLM"]]),  # opening the sentence
    # a figure compared with something unnamed takes no other figure's baseline
    ("It has 33% lower perplexity than QuaRot, and its kernels give a 3× speedup over 16-bit baselines.", [["QuaRot"], []]),
])
def test_results_each_figure_has_the_baselines_it_is_measured_against(extractor, summary, expected):
    assert [f.baselines for f in extract(extractor, "A Test Paper", summary).figures] == expected


def test_results_a_baseline_model_is_no_model_the_figure_runs(extractor):
    found = extract(extractor, "TinyVL: Small Backbones", "On VSR TinyVL-3B scores 53.2%, above InstructBLIP and LLaVA.")
    [figure] = found.figures
    assert (figure.models, figure.baselines) == (["TinyVL-3B"], ["InstructBLIP", "LLaVA"])


@pytest.mark.parametrize("summary, name, type_", [
    # 'is a family of ... models'
    ("ZorbVLM V2 is a family of small vision language models built on ZorbLLaMA.", "ZorbVLM V2", "Model"),
    ("It defines reference-free evaluation metrics (ZPR family). It improves ZPR by 1.7%.", "ZPR", "Metric"),  # no model family
    ("It drafts with a Suffix Automaton (SAM) over the corpus.", "SAM", "Method"),  # not the Segment Anything Model
    # two names and a comma: a list in parentheses or before more items; not after an opening phrase
    ("It helps on hard suites (e.g., MMLU, ZorbQA).", "ZorbQA", "Benchmark"),
    ("It helps on MMLU, ZorbQA and other suites.", "ZorbQA", "Benchmark"),
    ("On MMLU, ZorbNet improves by 5 points.", "ZorbNet", "Method"),  # (a name ending in QA would be a benchmark anyway)
    ("It proposes FEATHER (Fast and Effective Acceleration wiTH Ensemble cRiteria). On LLaVA-1.5 7B, FEATHER improves "
     "RefCOCO by 5×.", "FEATHER", "Method"),
    ("We build the Foo-Bar framework for serving.", "Foo-Bar", "Method"),
    ("GLUON reaches 71% ExactRate on the test split.", "ExactRate", "Metric"),
    ("We release ProLong-8B, a long-context model.", "ProLong-8B", "Model"),
    ("It reaches 62% accuracy on KQBench-Hard and more.", "KQBench-Hard", "Benchmark"),
    ("It renders the HTML page.", "HTML", None),
    ("It reaches 124 tok/s on one GPU.", "tok/s", None),
    ("Experiments run on T4 GPUs.", "T4", "Hardware"),
    ("We introduce ZetaQA, a benchmark of 500 questions.", "ZetaQA", "Benchmark"),
    ("On the traffic datasets BJX4 and PeMQ7, it wins.", "PeMQ7", "Benchmark"),
    ("It distils into TinyCLIP-S, which runs on phones.", "TinyCLIP-S", "Model"),
    ("It transfers knowledge into a reinforced dataset (DataMixQ) for training.", "DataMixQ", "Benchmark"),
    ("It uses a new design (QuadTree-X + hierarchical memory).", "QuadTree-X", "Method"),
    ("It matches full attention on LongChat-7b-v1.5-32k and more.", "LongChat-7b-v1.5-32k", "Model"),  # a size, lower case
    ("It is tested with DeepSeek-R1-Distill-LLaMA 8B on chat.", "DeepSeek-R1-Distill-LLaMA 8B", "Model"),  # size after a space
    # known names written in lower case, where no English word is spelled so ('ZeRO' in lower case is one)
    ("Its kernels beat xformers by 2×.", "xformers", "Method"),
    ("It adds zero overhead on top of vllm.", "vllm", "Method"),
    ("It adds zero overhead on top of vllm.", "zero", None),
    ("It keeps the PV product in FP16.", "PV", None),
    ("It serves image and video models such as Llama2, CogVideoX and Unidiffuser.", "Unidiffuser", "Model"),
    # the short form of a generic concept is as generic, wherever the summary uses it again
    ("It shows that speculative decoding (SD) helps. MoE models gain more from SD.", "SD", None),
    # ... but a field's term whose acronym names a method everybody knows is that method (the guidelines' RAG)
    ("It speeds up retrieval-augmented generation (RAG) with pipelining.", "RAG", "Method"),
    # a coined name ending in QA is a question-answering set (not GQA or MQA, the attention methods)
    ("Its list answers to ZorbSpanQA questions improve.", "ZorbSpanQA", "Benchmark"),
    # names listed in parentheses after a plural noun of their type, a short phrase between
    ("It computes attention dependency scores between spans (ZFS → ZAS → ZDS).", "ZAS", "Metric"),
    ("It computes dependency scores (ZFS, ZAS and ZDS) for each sample.", "ZDS", "Metric"),
    ("It beats the naive upper bound of \\(LE\\) pieces.", "LE", None),  # letters in a formula are symbols
    ("The paper introduces target efficiency as a system-level metric.", "target efficiency", "Metric"),
    ("It beats the retrieval-augmented Llama2-chat on QA.", "Llama2-chat", "Model"),  # a variant in lower case
    ("It fine-tunes SWE-Llama on issues.", "SWE-Llama", "Model"),  # a family after a hyphen, in any case
    ("It distills Mamba2-Llama3 from a teacher.", "Mamba2-Llama3", "Model"),  # ... and with a version after it
    ("It matches GShard 2.9B with fewer experts.", "GShard 2.9B", "Model"),  # a size after a space makes a model
    ("It serves Llama-3.1-405B-Instruct-FP8 on H100s.", "Llama-3.1-405B-Instruct-FP8", "Model"),  # a quantized release
    # CamelCase and lower-case names written capitalised at the start only; no short name that is a word so
    ("It beats Llama.cpp on Winogrande.", "Winogrande", "Benchmark"),
    ("It beats Llama.cpp on Winogrande.", "Llama.cpp", "Method"),
    ("It grows like a Palm tree.", "Palm", None),
    ("It is fine-tuned on Commonsense170K and Mathx10K.", "Mathx10K", "Benchmark"),  # a name that counts examples
    ("It leads three QA tasks (Natural Questions, WebQuestions and CuratedTrec).", "CuratedTrec", "Benchmark"),
    # names listed together are of one kind; the list ends after its 'and' ('On A and B, C outperforms ...')
    ("On ToolBench and ToolQuokka, UMiX outperforms the single-LLM approach.", "ToolQuokka", "Benchmark"),
    ("On ToolBench and ToolQuokka, UMiX outperforms the single-LLM approach.", "UMiX", "Method"),
    ("It is tested on WebShop, InterCodeQL and ALFWorld.", "InterCodeQL", "Benchmark"),
    ("It matches AWQ, GPTQ and SmoothQuant.", "SmoothQuant", "Method"),
    ("It is tested on MT-bench, GSM8K, Alpaca and CNN/DM.", "Alpaca", "Benchmark"),  # a model that is a dataset too
    ("It fine-tunes Vicuna, Alpaca and Koala.", "Alpaca", "Model"),
    ("DSKD beats skew KL on Dolly, Self-Instruct, Vicuna-Eval and UnNI.", "UnNI", "Benchmark"),  # the kind all can be
    ("The authors build two new datasets for it: FineMathZ and SmolTalkZ.", "SmolTalkZ", "Benchmark"),  # the list says
    ("It takes 32 GPU hours, and Latent Fine-tuning (LFT) adapts it to new data.", "LFT", "Method"),  # two clauses
    # what a model is trained on is a dataset; the noun after a defined short form types it
    ("Fine-tuning Llama-2 on TrajBankX yields open agents.", "TrajBankX", "Benchmark"),
    ("It adds a Confidence-Aware KL Divergence (CAKLD) objective to training.", "CAKLD", "Method"),
    ("TrajBankX is a large instruction-tuning collection of trajectories.", "TrajBankX", "Benchmark"),
    # a Greek letter before a coined name; one capitalised word naming a series of models
    ("It proposes α-UMi, a multi-LLM agent framework.", "α-UMi", "Method"),
    ("Fine-tuning yields the Samoyed series of open agents.", "Samoyed", "Model"),
    # a resemblance, a task written out and a plain measure name nothing
    ("It lets GPT-style transformers learn images.", "GPT", None),
    ("It covers medical report generation (MRG) and grounding.", "MRG", None),
    ("It cuts end-to-end latency by 2x.", "end-to-end latency", None),
    ("It needs 16x fewer GPU hours at the same success rate.", "GPU hours", None),
    # 'a X model' types X; an appositive that names something else types that, not the name before it
    ("Combined with Locked-image Tuning, a SigLiT model reaches 84.5% accuracy.", "SigLiT", "Model"),
    ("Combined with Locked-image Tuning, a SigLiT model reaches 84.5% accuracy.", "Locked-image Tuning", "Method"),
    # a measure before '-matched', one hyphenated capitalised word, lower-case names a digit gives away
    ("It compares them at a FLOPs-matched budget.", "FLOPs", "Metric"),
    ("It adds decoupled GAE, Clip-Higher and a token loss.", "Clip-Higher", "Method"),
    ("It calls gpt-3.5-turbo and text-embedding-3-large.", "gpt-3.5-turbo", "Model"),
    ("Its long2short RL shortens answers, unlike seq2seq models.", "long2short", "Method"),
    ("Its long2short RL shortens answers, unlike seq2seq models.", "seq2seq", None),
    ("It approaches OpenAI-o1-1217 on math.", "OpenAI-o1-1217", "Model"),
    ("Samoyed-7B outperforms AgentLMX of similar size on held-out tasks.", "AgentLMX", "Model"),
    # 'corpus' is no plural that lists names; an 'and' ends a list
    ("Pretrained on the OpenWebMath corpus, Rho-1-1B and Rho-1-7B gain 30% accuracy.", "Rho-1-1B", "Model"),
    ("On tasks such as Natural Questions and TriviaQA, ZorbNet improves attribution.", "ZorbNet", "Method"),
    # a translation task by its campaign and language pair
    ("It drafts for T5-XL on XSum, WMT EN-DE and GSM8K.", "WMT EN-DE", "Benchmark"),
    ("It is tested on WMT'14 En-De and IWSLT14 German-English.", "IWSLT14 German-English", "Benchmark"),
    # phones and FPGA boards by shape; a *Bench with a capitalised suffix
    ("It runs on a Galaxy S23 and a Pixel 6a.", "Pixel 6a", "Hardware"),
    ("It maps the model onto a Versal VHK158 board.", "Versal VHK158", "Hardware"),
    ("It decodes on an Intel i7-13700H laptop.", "Intel i7-13700H", "Hardware"),  # CPUs and phone chips by shape
    ("It runs on an RTX 4060 Laptop and an Orin Nano 8G.", "RTX 4060 Laptop", "Hardware"),  # a laptop part, its memory
    ("It runs on an RTX 4060 Laptop and an Orin Nano 8G.", "Orin Nano 8G", "Hardware"),
    ("It runs on Snapdragon 8 Gen 3 and Dimensity 9300 phones.", "Dimensity 9300", "Hardware"),
    ("It scores 84.27 on VBench-Long.", "VBench-Long", "Benchmark"),
    ("It reaches gFID 2.74 with 32 tokens.", "gFID", "Metric"),  # a number after a metric is its value
    ("Its TiToq-L-32 tokenizer beats LCQ-XL here.", "TiToq-L-32", "Model"),  # vision model sizes
    ("Its TiToq-L-32 tokenizer beats LCQ-XL here.", "LCQ-XL", "Model"),
    ("Its parts Alloq-L and Alloq-T split the budget.", "Alloq-L", "Method"),  # a letter alone is a part, not a size
    ("Serving Llama models from 7B to 65B, it is fast.", "Llama", "Model"),
    # an appositive's head noun comes last
    ("This work proposes FastDrafter, an efficient draft model pre-training pipeline.", "FastDrafter", "Method"),
    # organisations, operating systems and special tokens name no entity
    ("It controls macOS apps from Google models, keeping the [BOS] token intact.", "macOS", None),
    ("It controls macOS apps from Google models, keeping the [BOS] token intact.", "Google", None),
    ("It controls macOS apps from Google models, keeping the [BOS] token intact.", "BOS", None),
    ("Served on AWS spot instances, it cuts P99 tail latency by 2×.", "AWS", None),
    ("Served on AWS spot instances, it cuts P99 tail latency by 2×.", "P99 tail latency", "Metric"),
    ("It lowers p95 TTFT by 30%.", "p95 TTFT", "Metric"),
    # a known name ending in 's' is no plural ('L40s' is the L40S); generic plurals of acronyms stay generic
    ("It runs on a single L40s GPU.", "L40s", "Hardware"),
    ("Evo predicts effects on non-coding RNAs.", "RNAs", None),
    ("Large reasoning models (LRMs) think too long.", "LRMs", None),
    ("One forecast takes 8 minutes on a Cloud TPU v5.", "Cloud TPU v5", "Hardware"),
    ("It decodes errors on Google's Sycamore processor.", "Sycamore", "Hardware"),
    # an organisation spelled out names no entity, even with a capitalised long form
    ("It beats ENS, the system of the European Centre for Medium-Range Weather Forecasts (ECMWF).", "ECMWF", None),
    # an opening phrase is no appositive: 'In X, the draft model runs ...'
    ("In ZetaDecoding, the draft model runs on the CPU.", "ZetaDecoding", "Method"),
    # Hugging Face is also the software papers run and compare with
    ("It is 6× faster than the widely used Hugging Face implementation.", "Hugging Face", "Method"),
])
def test_entities_are_typed_by_lexicon_context_and_shape(extractor, summary, name, type_):
    assert names(extract(extractor, "A Test Paper", summary)).get(name) == type_


@pytest.mark.parametrize("summary, name, aliases", [("It runs on an Apple M4 laptop.", "Apple M4", ["M4"]),
                                                     ("It runs on a MacBook with an M4 chip.", "M4 chip", ["Apple M4", "M4"]),
                                                     ("It runs on a Xiaomi 14 Pro phone.", "Xiaomi 14 Pro", [])])  # not '14 Pro'
def test_a_device_is_also_named_without_its_vendor_or_the_word_chip(extractor, summary, name, aliases):
    [mention] = [m for m in extract(extractor, "A Test Paper", summary).mentions if m.type == "Hardware"]
    assert (mention.name, mention.aliases) == (name, aliases)


@pytest.mark.parametrize("title, type_", [("Qwen2.5-Coder: Open Code Language Models for Everyone", "Model"),
                                          ("ResQ: Mixed-Precision Quantization of Large Language Models", "Method"),
                                          ("SPARTA Alignment: Collectively Aligning Multiple Language Models", "Method"),
                                          ("ZiJang: Efficient Large Language Models through Compact Kernels", "Method")])
def test_a_title_s_subtitle_types_its_name(extractor, title, type_):
    assert names(extract(extractor, title, "It keeps a low-rank subspace in 8 bits."))[title.split(":")[0]] == type_


@pytest.mark.parametrize("title, summary, proposed", [
    ("GateKV: Learned Eviction", "It keeps 20% of the cache.", {"GateKV"}),
    # the means a title ends with, as the summary names it; not a known tool
    ("Fast Best-of-N Decoding via Speculative Rejection", "Speculative Rejection early-stops unpromising responses.",
     {"Speculative Rejection"}),
    ("Faster Fine-Tuning with LoRA", "LoRA is applied to every layer.", set()),
    # what its possessive names, a few words on, is its own (a list too), but not its baseline
    ("Zero Bubble Pipeline Parallelism", "Its handcrafted schedules ZB-H1 and ZB-H2 reach near-zero bubbles.",
     {"Zero Bubble Pipeline Parallelism", "ZB-H1", "ZB-H2"}),
    ("A Study", "SwiftServe is much faster than its non-retrieval Llama2-70B-32k baseline.", {"SwiftServe"}),
    ("HeadKV: Head-Level Compression", "HeadKV compresses the KV cache per head. Its variant HeadKV-R2 scores heads.",
     {"HeadKV", "HeadKV-R2"}),
    # the title's one-word name and a capitalised method word after it: a part of the contribution
    ("Liger: Linearizing Large Language Models", "Liger converts a Transformer into a recurrent model. Liger Attention, "
     "an intra-layer hybrid, closes the gap.", {"Liger", "Liger Attention"}),
    # what it replaces something with is its own, not a tool it uses
    ("Rho-1: Not All Tokens Are What You Need", "Rho-1 replaces plain next-token training with Selective Language "
     "Modeling (SLM), which scores each token.", {"Rho-1", "SLM"}),
    # what a paper lists as new things of any kind is its own
    ("xLSTM: Extended Long Short-Term Memory", "xLSTM adds two new cells: sLSTM, with a scalar memory, and more.",
     {"xLSTM", "sLSTM"}),
    ("A Study of Serving", "It studies MoE serving and proposes two techniques: ZorbCache and FlinkRoute.",
     {"ZorbCache", "FlinkRoute"}),
    # what a proposal picks among, in parentheses and plain words, is not its own
    ("DistillSpec: Better Drafts", "DistillSpec picks the divergence (forward KL, reverse KL, JSD or TVD) per task.",
     {"DistillSpec"}),
    ("EPS-MoE: Expert Pipeline Scheduler", "EPS-MoE proposes a scheduler that picks the best kernel implementation "
     "(GroupGemm or DenseGemm) for each expert load.", {"EPS-MoE"}),  # names offered as a choice
    # a plain word that opens the summary and is said to be a method; not a word of the field
    ("Everybody Prune Now: Structured Pruning", "Bonsai is a gradient-free structured pruning method that needs only "
     "forward passes.", {"Bonsai"}),
    ("A Study", "Quantization is a technique that shrinks models.", set()),
    ("A Study", "Retrieval is a key method for QA, and retrieval helps.", set()),
    # a name no lexicon knows, introduced with 'a' or 'an'; not one it uses or one after a preposition
    ("Clover: Speculative Decoding", "Clover extends Medusa: a Regressive Connection lets each head see earlier tokens, "
     "and an Augmenting Block adapts the hidden states.", {"Clover", "Regressive Connection", "Augmenting Block"}),
    ("A Study", "It splits the agent in three. A two-stage global-to-local progressive fine-tuning (GLPFT) strategy "
     "then trains each part.", {"GLPFT"}),
    ("A Study", "The reward model can be trained with DPO, KTO or a plain cross-entropy (CE) loss.", set()),
    ("A Study", "A high-performance M2N communication library replaces NCCL.", {"M2N"}),
    # a lower-case compound after a naming cue
    ("A Study", "Injecting noise at the input layer, called seed-conditioning, beats temperature sampling.",
     {"seed-conditioning"}),
    ("A Study", "Agents live in a sandbox town inspired by The Sims.", set()),
    ("A Study", "This paper proposes Dynamic Anchor Routing (DAR), which skips layers.", {"DAR"}),
    ("A Study", "The QuickTree framework is proposed to speed up drafting.", {"QuickTree"}),
    ("A Study", "We construct ZetaQA, a benchmark of 500 questions.", {"ZetaQA"}),
    ("Sliding Anchor Attention for Long Inputs", "SAA keeps anchors in every head.", {"SAA"}),
    ("A Study", "To route queries, ZRouter, a method using task types, is designed to model costs.", {"ZRouter"}),
    ("A Study", "DeepSeek proposes NSX, a sparse attention kernel for long inputs.", {"NSX"}),
    ("Improved Baselines for Assistants", "This paper presents LLaVA-1.5, a stronger assistant.", {"LLaVA-1.5"}),
    ("Understanding R1-Zero-Like Training: A Critical Look", "We study training recipes.", set()),
    ("FlowKit: RL Training", "FlowKit runs actors. Its 3D-ShardEngine reshards weights.", {"FlowKit", "3D-ShardEngine"}),
    ("GridQuant: Calibrated Quantization", "This paper introduces GridQuant, with two parts: Learnable Range "
     "Clipping (LRC) and Learnable Scale Folding (LSF).", {"GridQuant", "LRC", "LSF"}),
    ("A Study", "The proposed fix, ZeroFix, removes the length bias.", {"ZeroFix"}),
    ("A Study", "It introduces four techniques, Clip-Upper, Dyna Sampling and Long Reward Shaping.",
     {"Clip-Upper", "Dyna Sampling", "Long Reward Shaping"}),
    ("A Study", "Two projectors are introduced, the convolutional K-Abstractor and the deformable Q-Abstractor.",
     {"K-Abstractor", "Q-Abstractor"}),
    ("TimeAlign: Token Alignment", "TimeAlign utilizes Dynamic Time Warping (DTW) to align tokens.", {"TimeAlign"}),
    ("Smarter Encoders", "ModernBERT is proposed, bringing RoPE and GeGLU to encoders.", {"ModernBERT"}),
    ("QZ: Quantization for Phones", "With PocketServe, a small inference engine it introduces, QZ runs 3× faster.",
     {"QZ", "PocketServe"}),
    ("QZ: Quantization for Phones", "With PocketServe, a small inference engine by others, QZ runs 3× faster.", {"QZ"}),
    # a known name before the title's colon is the paper's own (the paper that made it)
    ("Code Llama: Open Foundation Models for Code", "Code Llama is a family of code models.", {"Code Llama"}),
    # a name the opening sentence defines after 'introduces the' is the paper's, even when a lexicon knows it
    ("Improving Language Models", "This paper introduces the Retrieval-Enhanced Transformer (RETRO), a model.",
     {"RETRO"}),
    # a known name the summary opens by defining is the contribution when nothing else is proposed
    ("Simple and Controllable Music Generation", "MusicGen is a single language model over music tokens.",
     {"MusicGen"}),
    ("A Study of Code Models", "GPT-4 solves 67% of HumanEval problems.", set()),
    ("A Study of Code Models", "This paper presents Code LLMs trained on permissive data.", set()),
    ("QServe: Quantization and System Co-design", "QServe co-designs the QoQ quantization algorithm with a serving "
     "system.", {"QServe", "QoQ"}),
    # what a paper introduces is its own, even a term the field has since made generic
    ("Retrieval-Augmented Generation for NLP Tasks", "This paper introduces retrieval-augmented generation (RAG) "
     "models with a dense retriever.", {"RAG"}),
    ("Dense Passage Finding for Open-Domain QA", "It learns embeddings from questions and passages. The resulting "
     "Dense Passage Finder (DPF) outperforms BM25.", {"DPF"}),
    # a plain phrase a paper introduces as a kind of thing is a name of that kind, and its own
    ("MoESD: Speculative Decoding for MoE", "The paper introduces target efficiency as a system-level metric to "
     "quantify bottlenecks.", {"MoESD", "target efficiency"}),
    # what a proposal is tested on is not part of it
    ("SwiftRAG: Retrieval for QA", "SwiftRAG sets the state of the art on three QA tasks (Natural Questions, "
     "WebQuestions and CuratedTrec).", {"SwiftRAG"}),
    # a known method the summary opens with as the subject of its verb, when nothing else is proposed
    ("Not All Heads Matter: Head-Level Compression", "HeadKV compresses the KV cache per head. Its variant HeadKV-R2 "
     "scores heads by retrieval.", {"HeadKV", "HeadKV-R2"}),
    ("Revisiting Attention Kernels", "FlashAttention is widely used, and this study measures it.", set()),
    ("Chain of Draft: Thinking Faster by Writing Less", "Chain of Draft (CoD) prompts LLMs to write short drafts.", {"CoD"}),
    ("Fine-Tuning with Forward Passes", "The memory-efficient zeroth-order optimizer (MeZO) adapts ZO-SGD.", {"MeZO"}),
    # list items each described by a 'which' clause
    ("Fair Judges: Calibrating LLM Evaluators", "The authors propose Multiple Evidence Calibration (MEC), which asks "
     "for explanations, Balanced Position Calibration (BPC), which averages both orders, and Human-in-the-Loop "
     "Calibration (HITLC), which routes hard cases to people.", {"MEC", "BPC", "HITLC"}),
    # what a sentence about the proposal's variants defines is part of it
    ("Titans: Learning to Memorize", "Titans adds a memory. Three variants attach it as Memory as a Context (MAC) and "
     "Memory as a Gate (MAG).", {"Titans", "MAC", "MAG"}),
    # a subtitle naming the kind of thing the paper builds, as a lexicon knows it since; not an unnamed kind
    ("From Local to Global: A Graph RAG Approach to Summarization", "GraphRAG builds a knowledge graph.", {"Graph RAG"}),
    ("From Local to Global: A Unified Framework for Summarization", "It builds a knowledge graph.", set()),
    # the capitalised words a title opens with before 'for', when the summary opens with them too
    ("Zeta Connector for MLLMs", "Zeta Connector is a plug-and-play vision-language connector.", {"Zeta Connector"}),
    ("Efficient Inference for MLLMs", "This paper studies how MLLMs run on phones.", set()),
    # with no name in the title, a known model the summary opens with as made here; not one it only evaluates
    ("Robust Speech Recognition via Weak Supervision", "Whisper is trained to predict transcripts. Zero-shot Whisper "
     "makes fewer errors.", {"Whisper"}),
    ("How Well Do Models Transcribe?", "Whisper is evaluated on noisy audio. Zero-shot Whisper fails often.", set()),
    ("Evidence Retrieval with LLMs", "The ZELiC dataset is adapted into a retrieval benchmark.", set()),  # not defined
    ("DB-LLM: Accurate Dual-Binarization for Efficient LLMs", "", {"DB-LLM"}),  # a title name of generic words
    ("Quiet Experts (QE): Routing Fewer Experts", "It routes fewer experts.", {"QE"}),  # defined before the colon
    ("Timestep Embedding Tells: Caching for Video", "FlowCache (Flow Embedding Aware Cache) is a training-free caching "
     "approach.", {"FlowCache"}),  # the summary opens by defining it
    ("The WMDX Benchmark: Measuring Hazards", "It holds 3,668 questions.", {"WMDX"}),  # the type noun is no part of it
    ("Steady Classifiers: Defending against Attacks", "It trains input and output guards.", {"Steady Classifiers"}),
    # a title that is a name the summary defines; what the paper calls resulting, even when known since
    ("Grand Final Quiz", "Grand Final Quiz (GFQ) is a benchmark of 2,500 questions.", {"GFQ"}),
    ("s1: Simple Test-Time Scaling", "The resulting s1-32B exceeds o1-preview on math.", {"s1", "s1-32B"}),
    # verbs of making make only new names, or known ones the summary describes right away
    ("AgentBank: Trajectories", "Fine-tuning Llama-2 on it yields the Samoyed series of open agents.",
     {"AgentBank", "Samoyed"}),
    ("A Study", "It yields 2x speedups and produces Llama-2-level accuracy.", set()),
    ("A Study", "It trains Llama-2 on code.", set()),
    # variants named after the title's name are the paper's, known or not; a known family's other models are not
    ("DeepSeek-R1: Reasoning via RL", "DeepSeek-R1-Zero applies RL directly to DeepSeek-V3-Base. Distilling it gives "
     "DeepSeek-R1-Distill-Qwen-7B.", {"DeepSeek-R1", "DeepSeek-R1-Zero", "DeepSeek-R1-Distill-Qwen-7B"}),
    # an appositive saying the authors built it
    ("M3: Embeddings", "It leads on MLDRX, a new long-document benchmark built by the authors.", {"M3", "MLDRX"}),
    # a known name the paper describes right after introducing it is its own
    ("A Survey of Speculative Decoding", "It surveys drafters. It also introduces Spec-Bench, a unified benchmark.",
     {"Spec-Bench"}),
    ("DeepSeekMath: Math", "The paper also introduces Group Relative Policy Optimization (GRPO), a variant of PPO.",
     {"DeepSeekMath", "GRPO"}),  # a defined name goes by its short form
    ("The WMDX Benchmark: Hazards", "The paper also proposes RMU (Representation Misdirection for Unlearning), an "
     "unlearning method.", {"WMDX", "RMU"}),  # a title name made of generic words
    # sizes after a space, and variants that hyphenate the title's spaces; but no phrase that starts with it
    ("ZetaMoE: Expert Specialization", "ZetaMoE 2B matches GShard. Scaled up, ZetaMoE 16B rivals LLaMA2 7B.",
     {"ZetaMoE", "ZetaMoE 2B", "ZetaMoE 16B"}),
    ("Sheared ZetaLM: Pruning", "Pruning LLaMA2-7B gives Sheared-ZetaLM-1.3B.", {"Sheared ZetaLM", "Sheared-ZetaLM-1.3B"}),
    ("GLIDE with a CAPE: Faster Drafting", "GLIDE reuses the cache.", {"GLIDE"}),
    ("ZiSSA: Principal Singular Values", "ZiSSA beats LoRA. Its quantized variant QZiSSA beats QLoRA.", {"ZiSSA", "QZiSSA"}),
    # what a paper lists as new is its own, known or not; a variant of a known method the paper names is its own
    ("SmolZ: Small Models", "The authors build three new datasets for it: FineMath, Stack-Edu and the instruction-tuning "
     "set SmolTalk.", {"SmolZ", "FineMath", "Stack-Edu", "SmolTalk"}),
    ("RocketZ: Two-Stage Eviction", "RocketZ evicts tokens with SnapKV++, a variant of SnapKV with adaptive pooling.",
     {"RocketZ", "SnapKV++"}),
    # a title phrase before the colon names its one coined word
    ("Get More with LESS: Recurrence for KV Caches", "It pairs a low-rank cache with eviction.", {"LESS"}),    # a title phrase the summary opens with is a name; a capitalised long form makes even a generic acronym one
    ("Noise Forcing: Next-Token Prediction Meets Diffusion", "Noise Forcing trains a causal model. The resulting "
     "Causal Diffusion Forcing (CDF) model rolls out long videos.", {"Noise Forcing", "CDF"}),
    ("A Study of Long Contexts", "It trains State Space Models (SSM) on books.", set()),
    # a lower-case long form is a field's term, unless a method noun follows it; 'together with' is no tool use
    ("Dual-Space KD", "This paper proposes a dual-space knowledge distillation (DSKD) framework, together with an exact "
     "token alignment (ETA) algorithm.", {"DSKD", "ETA"}),
    ("A Study", "This paper proposes FUELX, which reports life cycle assessment (LCA) impacts.", {"FUELX"}),
    ("Rapid Prefill: Faster TTFT", "A small model reads the prompt first; the resulting method, Rapid Prefill, needs no "
     "training.", {"Rapid Prefill"}),  # a title phrase the summary repeats as written
    # names a proposing sentence gives in parentheses to what it describes are its own; examples are not
    ("QTX: Trellis Codes", "It introduces computed codes that need no stored codebook (1MAD and 3INST).",
     {"QTX", "1MAD", "3INST"}),
    ("A Study", "This paper proposes GridQ, evaluated with popular models (e.g., LLaMA-2 and ZetaLM).", {"GridQ"}),
    ("Anchor-based Large Language Models", "Anchor-based LLMs (AnLLMs) compress a sequence into its last token "
     "through an anchor-based self-attention network (AnSAN).", {"AnLLMs", "AnSAN"}),  # a part named after the whole
    ("A Study", "This paper proposes FUELY, which adopts the life cycle assessment (LCA) method.", {"FUELY"}),
    ("A Study", "It tests that view with PathPiece, a new tokenizer, against BPE.", {"PathPiece"}),
    ("A Study of Serving", "LLM serving wastes KV cache memory. It introduces PagedAttention, which manages the "
     "cache in pages.", {"PagedAttention"}),  # what a paper introduces by name is its own, known since or not
    ("A Study", "It keeps 96.7% of the performance of the open-source ZWL framework.", set()),  # an adjective, no verb
    ("ZoRA: Low-Rank Adaptation", "ZVoRA, which combines ZoRA with VeRA, trains fewer parameters.", {"ZoRA", "ZVoRA"}),
    # what the proposal itself works with, defined where it is named; the items of a list, each with a 'for' phrase
    ("ZorbChat-Flash: Long Videos", "ZorbChat-Flash handles long videos with Hierarchical visual token Compression "
     "(HiCo), which removes redundancy.", {"ZorbChat-Flash", "HiCo"}),
    ("A Study", "Two schedulers are proposed: Program-Level Attained Service (PLAS) for single-threaded programs and "
                "Adaptive Thread-Level Attained Service (ATLAS) for multi-threaded ones.", {"PLAS", "ATLAS"}),
    # a plain word the summary opens with, past an aside, and the parts named after it
    ("Efficient Reasoning with Hidden Thinking", "Zeima (hidden llama) is an efficient reasoning framework. The Zeima "
     "Encoder makes thinking tokens, and the Zeima Decoder turns them back into text.",
     {"Zeima", "Zeima Encoder", "Zeima Decoder"}),
    ("Speculative Thinking: Small Models Reason Better", "This training-free framework, speculative thinking, hands "
     "reflective steps to a larger model.", {"Speculative Thinking"}),  # the title's name, in lower case after a method noun
    ("FooLoRA: Long Contexts", "During fine-tuning it replaces dense attention with shifted sparse attention (S²-Attn).",
     {"FooLoRA", "S²-Attn"}),  # what the paper puts in place of something is its own
    # the opening name that acts is the contribution, though a later sentence proposes a part of it ...
    ("A Study", "CoT-Influx fits more examples into a context window. Its pruner is trained on MRD³, a new dataset.",
     {"CoT-Influx", "MRD³"}),
    # ... but not a field's term the summary opens with
    ("A Study", "Machine learning interatomic potentials (MLIPs) are judged by errors. This paper builds eSEN, a network.",
     {"eSEN"}),
    ("A Study", "It introduces ZorbBench, a benchmark built from Wikipedia events, and Flink-K, a reference-free "
                "detection method.", {"ZorbBench", "Flink-K"}),  # items described alike; no name inside a description
    # a name defined after a comparison cue is a baseline, even in the sentence that names the proposal
    ("GLX: Gated Attention", "GLX Transformers are competitive with LLaMA-architecture Transformers (Transformer++).",
     {"GLX"}),
    # with nothing else proposed, the first new name the summary describes is the paper's own
    ("Delta Decompression for MoE Compression", "Expert weights are redundant, which this paper exploits with ZetaMoE, "
     "a training-free compression framework that splits each expert. ZetaMoE beats NAEE.", {"ZetaMoE"}),
    ("Accelerated Sampling via Entropy Bounded Unmasking", "Masked diffusion models unmask a fixed number of tokens. "
     "The entropy-bounded sampler (EB-sampler) instead unmasks the largest confident set.", {"EB-sampler"}),
    ("Faster Diffusion Sampling", "Samplers such as DPM-Solver, a training-free ODE solver, are slow.", set()),  # known
    # a known name made and called 'the first ...'; list items each described by a 'with' phrase; what a name
    # extends its base with
    ("SeeClick: GUI Grounding", "SeeClick is a GUI agent. They also create ScreenSpot, the first realistic grounding "
     "benchmark.", {"SeeClick", "ScreenSpot"}),
    ("xLSTM: Extended LSTM", "xLSTM revisits the LSTM with two new cells: sLSTM, with a scalar memory, and mLSTM, with a "
     "matrix memory.", {"xLSTM", "sLSTM", "mLSTM"}),
    ("Megalodon: Efficient Pretraining", "Megalodon extends the Mega architecture with a complex exponential moving "
     "average (CEMA) and timestep normalization.", {"Megalodon", "CEMA"}),
    # a generic stem makes no family: a baseline sharing 'MoE' is no part of MoE-Lens (the whole name still is a stem)
    ("MoE-Lens: High-Throughput MoE Serving", "MoE-Lens outperforms MoE-Lightning by 4.6× in throughput, and "
     "MoE-Lens-Pro adds caching.", {"MoE-Lens", "MoE-Lens-Pro"}),
    # a new name defined as the subject of its own sentence, but no known one
    ("Retentive Network: A Successor", "RetNet is fast. Multi-scale retention (MSR) assigns each head its own decay "
     "rate. Direct Preference Optimization (DPO) aligns it.", {"Retentive Network", "MSR"}),
])
def test_roles_find_what_a_paper_proposes(extractor, title, summary, proposed):
    assert roles(extract(extractor, title, summary), "proposes") == proposed


def test_roles_do_not_make_a_paper_propose_its_field_s_terms(extractor):
    found = extract(extractor, "A Study", "This paper proposes GreenMeter, borrowing life cycle assessment (LCA) ideas.")
    assert roles(found, "proposes") == {"GreenMeter"}


def test_roles_do_not_make_a_paper_propose_known_work(extractor):
    found = extract(extractor, "A Study", "This paper proposes combining LoRA with FlashAttention-2 for training.")
    assert roles(found, "proposes") == set()


@pytest.mark.parametrize("summary, baselines", [
    ("Compared to vLLM, SwiftServe doubles throughput.", {"vLLM"}),
    ("SwiftServe outperforms H2O and SnapKV on LongBench.", {"H2O", "SnapKV"}),
    ("It is 2x faster than FlashAttention-2.", {"FlashAttention-2"}),
    ("It beats larger models (such as Llama-3.1-70B and GPT-4) on RULER.", {"Llama-3.1-70B", "GPT-4"}),
    ("SwiftServe outperforms QuaRot by 4.1 points and SmoothQuant by 25.0 points.", {"QuaRot", "SmoothQuant"}),
    ("It reaches 88% accuracy, ahead of OpenCLIP-G and EVA-01-CLIP-g.", {"OpenCLIP-G", "EVA-01-CLIP-g"}),
    ("It is 3x faster than the FP16 implementation in Hugging Face Transformers.", {"Hugging Face Transformers"}),
    ("It obtains comparable performance to GPT-3 and PaLM with fewer parameters.", {"GPT-3", "PaLM"}),
    ("It outperforms the state-of-the-art zero-shot TTS system YourTTS in naturalness.", {"YourTTS"}),
    # names no rule knows that close a list of baselines are baselines of the same type
    ("It is superior to baselines such as MusicLM, Riffusion and Mousai.", {"MusicLM", "Riffusion", "Mousai"}),
    ("It outperforms FlashAttention-2 and Hand-tuned kernels.", {"FlashAttention-2"}),
    ("It is 16× faster compared with full attention implemented with FlashAttention.", {"FlashAttention"}),
    ("It outperforms ChatGPT and retrieval-augmented Llama2-chat on QA.", {"ChatGPT", "Llama2-chat"}),
    ("SwiftServe reaches 6x higher throughput than vLLM, Guidance and LMQL.", {"vLLM", "Guidance", "LMQL"}),
    ("SwiftServe outperforms open-source methods and even the closed-source GPT-4o.", {"GPT-4o"}),
    ("Its kernels give 1.7× speedups over the fp16 baseline for LLaMA-7B.", set()),  # the model the baseline runs
    ("SwiftServe outperforms the few-shot prompted 540B PaLM on ANLI.", {"PaLM"}),
    ("SwiftServe outperforms the MCTS-based Math-Shepherd baseline.", {"Math-Shepherd"}),  # MCTS only modifies
    ("It runs 75% faster than the widely adopted BF16 framework (Megatron-LM).", {"Megatron-LM"}),
    ("It is 6x more efficient than an NVIDIA V100S GPU running vLLM and SmoothQuant.", {"vLLM", "SmoothQuant"}),
    ("It scores 51.7% on MATH, approaching the level of Gemini-Ultra and GPT-4.", {"Gemini-Ultra", "GPT-4"}),
    ("In a controlled comparison with Llama 2 at 7B parameters, ZorbLM reaches a lower loss.", {"Llama 2"}),
    # whose level the paper's reaches or exceeds; not a model whose accuracy it improves
    ("In BERT pre-training, CAME reaches the accuracy of LAMB while using less memory.", {"LAMB"}),
    ("The accelerated LLaDA even exceeds the throughput of the autoregressive LLaMA3-8B.", {"LLaMA3-8B"}),
    ("It improves the accuracy of LLaMA-2-7B by 3 points.", set()),
    ("They generate 65× faster than standard masked diffusion models (MDLM).", {"MDLM"}),  # named after its kind
    # a 'while' clause that reports another system's figure after the paper's own
    ("SwiftServe keeps 99% accuracy, while SnapKV reaches only 60% at the same budget.", {"SnapKV"}),
    ("SwiftServe solves 28.8% of the problems, while GPT-3 solves 0% and GPT-J solves 11.4%.", {"GPT-3", "GPT-J"}),
    # ... 'it' stands for the proposal; a baseline that slows down, or is some times slower
    ("On LLaVA-1.5-7B it keeps 9.8% of the tokens and 88% of the accuracy, while FastV reaches only 61%.", {"FastV"}),
    ("SwiftServe holds its throughput, whereas FlashAttention-2 slows down sharply.", {"FlashAttention-2"}),
    ("It shortens responses by only 8%, whereas O1-Pruner cuts them by 35%.", {"O1-Pruner"}),
    # ... up to the clause's end: a semicolon closes it
    ("SwiftServe breaks down, while sparse encoding stays robust; methods such as SnapKV lose 30 points.", set()),
    # a figure that of another system, a level within points of it
    ("Its boundary recall is roughly 2× that of Marigold and Depth Anything v2.", {"Marigold", "Depth Anything v2"}),
    ("SwiftServe stays within 0.5 points of LLaVA-1.5 on VQAv2.", {"LLaVA-1.5"}),
    # a list item may be a thing of a baseline; an unknown name may open a such-as list
    ("SwiftServe outperforms window attention, H₂O and the eviction policy of StreamingLLM.", {"H₂O", "StreamingLLM"}),
    ("It is better than baselines that continually train on long sequences, such as Yarn and LongLoRA.", {"LongLoRA"}),
    # after another name a comma joins a list, it opens no appositive; 'comes close to' compares
    ("SwiftServe beats full-parameter training on GSM8K with LLaMA-2-7B, Mistral-7B and LLaMA-2-70B.", set()),
    ("SwiftServe-350M comes close to LLaMA-v2 7B on API calling.", {"LLaMA-v2 7B"}),
    # names listed before a while clause's figure verb; a baseline combined with another
    ("SwiftServe recovers 96% of it, whereas LoRA and DoRA recover up to 85%.", {"LoRA", "DoRA"}),
    ("It improves accuracy by up to 5.66% over SparseGPT combined with OPTQ.", {"SparseGPT", "OPTQ"}),
    # an aside in parentheses is no part of the words before a baseline
    ("SwiftServe matches or beats full-parameter fine-tuning (FFT) and LoRA.", {"LoRA"}),
    # a figure per baseline; a decimal point is no full stop
    ("It reaches a perplexity of 6.72, against 10.42 for SparseGPT and 11.29 for Wanda.", {"SparseGPT", "Wanda"}),
    ("It scores better than baselines that train on long sequences, such as YaRN and LongLoRA.", {"YaRN", "LongLoRA"}),
    ("The 8B model performs comparably to Mistral 7B and Gemma 7B.", {"Mistral 7B", "Gemma 7B"}),
    # a capitalised word that opens a list of baselines is one of them
    ("It outperforms Eagle, Medusa and PLD.", {"Eagle", "Medusa", "PLD"}),
    ("It reaches MHA quality while being almost as fast as MQA.", {"MQA"}),
    # a name after 'its <figure> matches' is held against, not the paper's own ('its ... ZB-H1' names its own)
    ("SwiftServe decodes 8x faster, while its perplexity matches Transformer++ at 2B.", {"Transformer++"}),
    # a baseline named by what it was trained with; a 'whereas' clause where another system brings little
    ("It trains 2.4× faster than dense models trained with Megatron-LM.", {"Megatron-LM"}),
    ("SwiftServe is 1.26× faster, whereas 2:4 sparsity from SparseGPT or Wanda brings almost no speedup.",
     {"SparseGPT", "Wanda"}),
    # a letter and a digit named as a method by a comparison or a method noun; 'beat' compares as 'beats' does
    ("The resulting models outperform L1 and S1 under the same budgets.", {"L1", "S1"}),
    ("It outperforms the length-controlled L1 model and beat the length-control method S1 by 20%.", {"L1", "S1"}),
    ("Data stays in the L1 cache, and it beats L2 regularization on accuracy.", set()),  # a cache, a technique
    # a known system as the subject of a comparison compares two others; not one the proposal is built on
    ("Swapping the two answers lets Vicuna-13B beat ChatGPT on 66 of 80 questions.", set()),
    ("A reward model built on Llama-3.1-8B outperforms the MCTS-based Math-Shepherd baseline.", {"Math-Shepherd"}),
    # a maker's possessive before a baseline
    ("It even outperforms the largest closed LLMs, Anthropic's Claude and Google's Bard.", {"Claude", "Bard"}),
    # a figure above or below another system's
    ("On VSR it scores 53.2%, above InstructBLIP and LLaVA.", {"InstructBLIP", "LLaVA"}),
    ("Its perplexity on C4 stays close to the dense model and below SliceGPT.", {"SliceGPT"}),
    # improving on a system is doing better than it
    ("It improves on EAGLE-2 by about 5–11% in speedup.", {"EAGLE-2"}),
])
def test_roles_find_baselines(extractor, summary, baselines):
    assert roles(extract(extractor, "SwiftServe: Fast Serving", summary), "comparedWith") == baselines


def test_roles_a_title_name_with_a_version_is_not_its_predecessor(extractor):
    found = extract(extractor, "FastSpeech 2: Fast Text to Speech", "FastSpeech 2 trains 3x faster than FastSpeech.")
    assert roles(found, "proposes") == {"FastSpeech 2"} and roles(found, "comparedWith") == {"FastSpeech"}


def test_a_name_inside_the_title_s_own_name_is_not_one_of_its_own(extractor):
    found = extract(extractor, "Mitigating Attenuation in LLMs with Positional Contrastive Decoding",
                    "A training-free Positional Contrastive Decoding (PCD) method is proposed.")
    assert names(found) == {"PCD": "Method"}


@pytest.mark.parametrize("summary, proposed", [
    # each item after the colon, its description between semicolons; a known one too after a verb of proposing
    ("It introduces three components: 4-bit NormalFloat (NF4), a data type for weights; Double Quantization, which "
     "quantizes the constants; and Paged Optimizers, which absorb memory spikes.",
     {"ZetaTune", "4-bit NormalFloat", "Double Quantization", "Paged Optimizers"}),
    ("ZetaTune calibrates weights. It has two components: Learnable Weight Clipping and Learnable Equivalent "
     "Transformation, which reduce error.", {"ZetaTune", "Learnable Weight Clipping", "Learnable Equivalent Transformation"}),
    # parts it reuses; a list that is not of its parts
    ("ZetaTune is a vision-language model. It has two components: a LLaMA-2 backbone and a CLIP encoder.", {"ZetaTune"}),
    ("ZetaTune is evaluated on three tasks: GSM8K, MATH and HumanEval.", {"ZetaTune"}),
    ("ZetaTune fuses features. It comes in three instantiations: Sparse Token Integration (STI), which appends "
     "tokens; and Dense Channel Integration (DCI), which fuses all layers.", {"ZetaTune", "STI", "DCI"}),
])
def test_roles_the_parts_listed_after_a_colon_are_proposed(extractor, summary, proposed):
    assert roles(extract(extractor, "ZetaTune: Efficient Tuning", summary), "proposes") == proposed


def test_roles_what_the_paper_calls_its_own_between_commas_is_proposed(extractor):
    found = extract(extractor, "Data Engineering for Long Context", "Its recipe, per-source length upsampling, upsamples "
                    "long sequences. Its chat model, Mixtral 8x7B – Instruct, beats GPT-3.5. A small model reads its "
                    "attention, and pass only those tokens, with their positions, to the main model.")
    assert roles(found, "proposes") == {"per-source length upsampling", "Mixtral 8x7B – Instruct"}
    assert names(found)["per-source length upsampling"] == "Method" and names(found)["Mixtral 8x7B – Instruct"] == "Model"


def test_roles_a_name_beside_the_proposal_that_it_is_compared_with_is_a_baseline(extractor):
    found = extract(extractor, "Reasoning-Aware Sampling", "Reasoning-Aware Sampling (RAS) makes Zeta-Consistency (ZC) "
                    "cheaper by stopping early. RAS cuts samples by 80% compared with ZC.")
    assert (roles(found, "proposes"), roles(found, "comparedWith")) == ({"RAS"}, {"ZC"})


def test_roles_a_title_that_revisits_a_term_does_not_propose_it(extractor):
    found = extract(extractor, "Critical Batch Size Revisited: A Simple Approach",
                    "This paper proposes a branched training method to measure the critical batch size (CBS).")
    assert (roles(found, "proposes"), names(found)) == (set(), {"CBS": "Metric"})


def test_roles_the_title_name_without_its_version_is_the_version_before(extractor):
    found = extract(extractor, "Quamba2: Robust Quantization", "Quamba2 is 3× faster, and it outperforms Quamba on Orin.")
    assert (roles(found, "proposes"), roles(found, "comparedWith")) == ({"Quamba2"}, {"Quamba"})



def test_a_lower_version_of_the_title_name_is_a_baseline_a_while_clause_reports(extractor):
    found = extract(extractor, "Zorb Attention-2: Long Inputs", "Zorb Attention-2 keeps a steady throughput, whereas "
                    "FlashAttention-2 slows down and Zorb Attention-1 is up to 2.5× slower on long sequences.")
    assert roles(found, "comparedWith") == {"FlashAttention-2", "Zorb Attention-1"}


def test_roles_an_earlier_version_of_a_proposed_name_is_no_part_of_it(extractor):
    found = extract(extractor, "EAGLE-2: Dynamic Draft Trees", "EAGLE-2 is 20%–40% faster than EAGLE-1.")
    assert roles(found, "proposes") == {"EAGLE-2"} and roles(found, "comparedWith") == {"EAGLE-1"}


def test_roles_a_title_name_of_networks_is_its_net_name(extractor):
    found = extract(extractor, "Gated Flux Networks: Better Recurrence", "Gated FluxNet mixes gating and flux rules.")
    [mention] = found.mentions
    assert mention.name == "Gated FluxNet" and "Gated Flux Networks" in mention.aliases
    assert roles(found, "proposes") == {"Gated FluxNet"}


def test_roles_a_title_name_in_its_first_release_is_the_bare_name(extractor):
    found = extract(extractor, "PrefillKit 1.0: Accelerating Pre-filling", "PrefillKit speeds up pre-filling 10x.")
    assert [(m.name, m.aliases) for m in found.mentions] == [("PrefillKit", ["PrefillKit 1.0"])]
    assert roles(found, "proposes") == {"PrefillKit"}


def test_roles_ignore_comparisons_with_unnamed_classes(extractor):
    found = extract(extractor, "SwiftServe: Fast Serving", "SwiftServe outperforms existing methods on MT-Bench.")
    assert roles(found, "comparedWith") == set()


def test_roles_a_while_clause_without_the_paper_s_own_compares_nothing(extractor):
    found = extract(extractor, "RetroBench: Measuring Retrieval", "The authors construct RetroBench, a benchmark. "
                    "GPT-4o reaches 71.5% accuracy while Qwen2-72B reaches 58.0%.")
    assert roles(found, "comparedWith") == set()


def test_a_listed_name_ends_with_its_sentence(extractor):
    found = extract(extractor, "A Study", "It tests three LLMs: Gemini-1.5-Pro, GPT-4O and GPT-3.5-Turbo. When it ...")
    assert {"Gemini-1.5-Pro", "GPT-4O", "GPT-3.5-Turbo"} <= set(names(found)) and "GPT-3.5-Turbo. When" not in names(found)


def test_lexicon_names_with_small_words_match_in_headline_case_too(extractor):
    found = extract(extractor, "A Study", "It keeps full accuracy on Needle In A Haystack.")
    assert names(found) == {"Needle In A Haystack": "Benchmark"}


def test_lexicon_names_of_several_parts_match_in_other_capitals_too(extractor):
    found = extract(extractor, "A Study", "It is 29x faster than DeepSpeed Zero-Inference, while Zero overhead stays.")
    assert names(found) == {"DeepSpeed Zero-Inference": "Method"}


def test_a_title_spelling_out_its_name_names_nothing_else(extractor):
    found = extract(extractor, "Re-ReST: Reflection-Reinforced Self-Training for Language Agents",
                    "Reflection-Reinforced Self-Training (Re-ReST) refines samples with a reflector.")
    assert set(names(found)) == {"Re-ReST"}


def test_user_patterns_add_names_without_code(tmp_path):
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text(json.dumps({"label": "Method", "pattern": "warp scheduling", "id": "Warp Scheduling"}) + "\n"
                        + json.dumps({"label": "Hardware", "pattern": [{"LOWER": "orange"}, {"LOWER": "pi"}]}) + "\n")
    found = extract(Extractor([patterns]), "A Study", "We combine warp scheduling with an Orange Pi board.")
    assert {"Warp Scheduling": "Method", "Orange Pi": "Hardware"}.items() <= names(found).items()


def test_user_patterns_report_the_bad_line(tmp_path):
    patterns = tmp_path / "bad.jsonl"
    patterns.write_text('{"label": "Method", "pattern": "ok"}\n{"label": "Gadget", "pattern": "x"}\n')
    with pytest.raises(PatternFileError, match="bad.jsonl:2"):
        Extractor([patterns])


@pytest.mark.parametrize("title, aspect", [("ZetaLingua: Compressing Prompts for Accelerated Inference", "prompt"),
                                           ("Zeta-Compress: Paged KV-Cache Compression", "KV cache"),
                                           ("ZetaComp: Improving Retrieval-Augmented LMs with Compression", "")])
def test_results_a_compression_figure_with_no_aspect_compresses_what_the_title_does(extractor, title, aspect):
    [figure] = extract(extractor, title, "It reaches up to 20× compression with little loss.").figures
    assert (figure.kind, figure.aspect) == ("compression", aspect)
