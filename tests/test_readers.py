"""Readers on bad input: each case gets a warning or an error naming the file (and line), never a traceback."""
from __future__ import annotations

import os

import pytest

from extract.readers import PageError, find_pages, read_page, read_text
from extract.readers.problems import MAX_FIELD_CHARS, decode

HEADER = "⚡ LLM Efficiency¶\n💬 ACL2026 · 2 paper notes\n"
GOOD = HEADER + "- FooNet: Fast Decoding\n-\nFooNet reaches a 2.5× speedup over vLLM on an A100.\n"


class Warnings(list):
    def __call__(self, source, line, message):
        self.append((source, line, message))

    def text(self) -> str:
        return "\n".join(f"{s}:{l}: {m}" for s, l, m in self)


def write(path, data: bytes | str):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_readers_empty_file_is_an_error_naming_it(tmp_path):
    page = write(tmp_path / "empty.txt", b"")
    with pytest.raises(PageError, match="empty") as err:
        read_page(page, Warnings())
    assert err.value.source == str(page)


def test_readers_white_space_only_is_an_error(tmp_path):
    with pytest.raises(PageError, match="white space"):
        read_page(write(tmp_path / "blank.txt", " \n\t\r\n"), Warnings())


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    bytes(range(1, 32)) * 40,  # no NUL, valid cp1252, but all control characters
])
def test_readers_binary_file_is_an_error(tmp_path, data):
    page = write(tmp_path / "picture.txt", data)
    with pytest.raises(PageError, match="binary") as err:
        read_page(page, Warnings())
    assert str(page) in str(err.value)


def test_readers_cp1252_page_reads_with_a_warning_and_its_line(tmp_path):
    text = HEADER.replace("⚡ ", "").replace("💬 ", "") + "- FooNet: Fast – Decoding\n-\nFooNet reaches 2.5× speedup.\n"
    page = write(tmp_path / "legacy.txt", text.encode("cp1252"))
    warnings = Warnings()
    notes = read_page(page, warnings)
    assert notes[0].title == "FooNet: Fast – Decoding"
    assert "2.5×" in notes[0].summary
    assert warnings[0][:2] == (str(page), 1) and "cp1252" in warnings[0][2]  # '¶' on line 1 is the first odd byte


def test_readers_one_cp1252_line_leaves_the_utf8_lines_alone(tmp_path):
    text = HEADER + "- FooNet: Fast Decoding\n-\nFooNet reaches 2.5× speedup.\n"
    page = write(tmp_path / "pasted.txt", text.encode("utf-8") + "- BarNet: Caf\xe9 Decoding\n-\nBarNet is fine.\n".encode("cp1252"))
    warnings = Warnings()
    notes = read_page(page, warnings)
    assert [n.title for n in notes] == ["FooNet: Fast Decoding", "BarNet: Café Decoding"]
    assert (notes[0].venue, notes[0].area, "2.5×" in notes[0].summary) == ("ACL2026", "LLM Efficiency", True)
    assert [w[:2] for w in warnings] == [(str(page), text.count("\n") + 1)] and "cp1252" in warnings[0][2]


def test_readers_utf16_with_bom_reads_silently(tmp_path):
    warnings = Warnings()
    notes = read_page(write(tmp_path / "notepad.txt", GOOD.encode("utf-16")), warnings)
    assert [n.title for n in notes] == ["FooNet: Fast Decoding"] and not warnings


def test_readers_crlf_and_cr_pages_read_like_lf(tmp_path):
    expected = read_page(write(tmp_path / "lf.txt", GOOD), Warnings())
    for name, newline in (("crlf.txt", "\r\n"), ("cr.txt", "\r")):
        warnings = Warnings()
        notes = read_page(write(tmp_path / name, GOOD.replace("\n", newline)), warnings)
        assert [(n.title, n.summary, n.line, n.venue) for n in notes] == \
               [(n.title, n.summary, n.line, n.venue) for n in expected]
        assert not warnings


def test_readers_page_without_header_keeps_papers_with_a_warning(tmp_path):
    page = write(tmp_path / "no-header.txt", "- FooNet: Fast\n-\nFooNet is fast.\n")
    warnings = Warnings()
    notes = read_page(page, warnings)
    assert [n.title for n in notes] == ["FooNet: Fast"] and notes[0].venue is None
    assert warnings[0][0] == str(page) and "no page header" in warnings[0][2]


def test_readers_title_without_summary_is_kept_with_a_warning_on_its_line(tmp_path):
    page = write(tmp_path / "bare.txt", HEADER + "- Lonely Title\n- FooNet: Fast\n-\nFooNet is fast.\n")
    warnings = Warnings()
    notes = read_page(page, warnings)
    assert [(n.title, n.summary) for n in notes] == [("Lonely Title", ""), ("FooNet: Fast", "FooNet is fast.")]
    assert warnings == [(str(page), 3, "paper 'Lonely Title' has no summary; kept with its title only")]


def test_readers_paragraph_title_ending_like_a_sentence_starts_a_paper(tmp_path):
    page = write(tmp_path / "paragraphs.txt", "Skip to content\n\n⚡ Code¶\n\n💬 ICML2024 · 3 paper notes\n\n"
                 "FooNet: Fast Decoding\n\nFooNet reaches a 2.5× speedup over vLLM.\n\n"
                 "BarCoder: may the source be with you!\n\nThe Bar community introduces BarCoder, a code model.\n\n"
                 "BazNet: Small Models\n\nBazNet is small.\n")
    notes = read_page(page, Warnings())
    assert [(n.title, n.summary) for n in notes] == [
        ("FooNet: Fast Decoding", "FooNet reaches a 2.5× speedup over vLLM."),
        ("BarCoder: may the source be with you!", "The Bar community introduces BarCoder, a code model."),
        ("BazNet: Small Models", "BazNet is small.")]


@pytest.mark.parametrize("text, says", [
    ("<html><body><p>hello</p></body></html>\n", "HTML"),
    ('{"title": "FooNet", "summary": "x"}\n', "JSON"),
    ("%PDF-1.4\nstuff\n", "PDF"),
    ("just one line\nanother line\nand a third\n", "no paper has a summary"),
])
def test_readers_unknown_layout_is_an_error(tmp_path, text, says):
    page = write(tmp_path / "odd.txt", text)
    with pytest.raises(PageError, match="unknown layout") as err:
        read_page(page, Warnings())
    assert says in err.value.message and err.value.source == str(page)


def test_readers_megabyte_summary_is_kept_whole_with_a_warning(tmp_path):
    summary = "FooNet reaches a 2.5× speedup over vLLM. " * 25_000
    page = write(tmp_path / "huge.txt", HEADER + "- FooNet: Big\n-\n" + summary + "\n")
    warnings = Warnings()
    notes = read_page(page, warnings)
    assert notes[0].summary == summary.strip() and len(notes[0].summary) > 1_000_000 - 100
    assert warnings == [(str(page), 3, warnings[0][2])]
    assert f"{MAX_FIELD_CHARS:,}" in warnings[0][2]


def test_readers_control_characters_are_dropped_with_the_first_line(tmp_path):
    page = write(tmp_path / "ansi.txt", GOOD.replace("FooNet reaches", "FooNet\x1b[31m reaches\x07"))
    warnings = Warnings()
    notes = read_page(page, warnings)
    assert notes[0].summary.startswith("FooNet[31m reaches a")
    assert warnings == [(str(page), 5, "2 control characters such as U+001B removed (first on this line)")]


def test_readers_folder_with_unreadable_pages_names_each(tmp_path):
    write(tmp_path / "good.txt", GOOD)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "folder.txt").mkdir()  # a folder named like a page is not a page
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block for ever
    locked = write(tmp_path / "locked.txt", GOOD)
    os.chmod(locked, 0)
    warnings = Warnings()
    pages = find_pages([tmp_path, tmp_path / "missing.md"], warnings)
    assert sorted(p.name for p in pages) == ["dangling.txt", "good.txt", "locked.txt", "missing.md", "pipe.txt"]
    errors = {}
    for page in pages:
        try:
            read_page(page, warnings)
        except PageError as err:
            errors[page.name] = str(err)
    assert "broken link" in errors.pop("dangling.txt") and "no such file" in errors.pop("missing.md")
    assert "not a regular file" in errors.pop("pipe.txt")
    if os.geteuid() != 0:  # root reads a chmod 000 file anyway; the broken link stands in for it there
        assert "cannot read" in errors.pop("locked.txt")
    assert not errors


def test_readers_read_error_is_a_page_error(tmp_path, monkeypatch):
    page = write(tmp_path / "page.txt", GOOD)

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(page), "read_bytes", refuse)
    with pytest.raises(PageError, match="cannot read: Permission denied"):
        read_page(page, Warnings())


def test_readers_decode_prefers_utf8_and_drops_the_bom():
    assert decode("\ufeffhé ×".encode("utf-8"), "p", Warnings()) == "hé ×"


@pytest.mark.parametrize("line, says", [
    ('{"title": "A", "year": "²⁰²⁶"}', "not a year"),
    ('[[[[[[[[[[' * 20_000, "nested too deeply"),
    ("not json", "not a JSON object"),
    ('{"summary": "no title"}', "no title"),
])
def test_readers_jsonl_bad_lines_are_skipped_by_line(line, says):
    warnings = Warnings()
    text = line + '\n{"title": "FooNet", "summary": "FooNet is fast.\\u0000\\u001b", "year": 2026}\n'
    notes = read_text(text, "p.jsonl", warnings, "jsonl")
    assert notes[-1].title == "FooNet" and notes[-1].summary == "FooNet is fast." and notes[-1].year == 2026
    assert any(w[:2] == ("p.jsonl", 1) and says in w[2] for w in warnings), warnings


def test_readers_csv_megabyte_field_and_missing_title_column():
    big = "x" * 1_200_000
    notes = read_text(f"title,summary\nFooNet,{big}\n", "p.csv", Warnings(), "csv")
    assert len(notes[0].summary) == len(big)
    with pytest.raises(PageError, match="no title column") as err:
        read_text("name2,summary\nA,b\n", "p.csv", Warnings(), "csv")
    assert (err.value.source, err.value.line) == ("p.csv", 1)


def test_readers_same_file_named_twice_is_read_once(tmp_path):
    page = write(tmp_path / "a.txt", GOOD)
    assert find_pages([page, tmp_path, tmp_path / "." / "a.txt"], Warnings()) == [page]


def test_readers_messages_show_bidi_controls_as_escapes(tmp_path):
    page = write(tmp_path / "rtl.txt", HEADER + "- evil\u202eTitle\n- FooNet: Fast\n-\nFooNet is fast.\n")
    warnings = Warnings()
    notes = read_page(page, warnings)
    assert notes[0].title == "evil\u202eTitle"  # the data keeps it
    assert warnings[0][2] == "paper 'evil\\u202eTitle' has no summary; kept with its title only"


def test_readers_csv_without_summary_column_warns_once_naming_the_file():
    warnings = Warnings()
    notes = read_text("title,venue\nFooNet: Fast,ACL2026\nBarNet: Small,ACL2026\n", "notes.csv", warnings, "csv")
    assert [n.summary for n in notes] == ["", ""]
    assert len(warnings) == 1
    assert warnings[0][:2] == ("notes.csv", 1) and "no summary column" in warnings[0][2]


@pytest.mark.parametrize("kind, text, line, words", [
    ("csv", "title,summary\nFooNet,It is fast,extra,more\nBarNet,ok\n", 2, "2 more fields than the header's 2 columns"),
    ("tsv", "title\tsummary\nFooNet\tIt is fast\textra\n", 2, "1 more field than the header's 2 columns"),
    ("csv", 'title,summary\nFooNet,"It is fast\nBarNet,ok\n', 2, 'a quote (") opened in this CSV record never closes'),
])
def test_readers_csv_surplus_fields_and_unclosed_quotes_warn_with_their_line(kind, text, line, words):
    warnings = Warnings()
    notes = read_text(text, f"notes.{kind}", warnings, kind)
    assert notes[0].title == "FooNet"
    assert any(w[:2] == (f"notes.{kind}", line) and words in w[2] for w in warnings), warnings.text()


def test_readers_csv_quoted_newlines_and_a_missing_last_newline_are_no_problem():
    warnings = Warnings()
    notes = read_text('title,summary\nFooNet,"two\nlines"\nBarNet,last', "notes.csv", warnings, "csv")
    assert [n.title for n in notes] == ["FooNet", "BarNet"] and not warnings


def test_readers_long_titles_in_warnings_end_with_an_ellipsis():
    warnings = Warnings()
    read_text("title,summary\n" + "A" * 80 + ",\n", "notes.csv", warnings, "csv")
    message = warnings[0][2]
    assert "'" + "A" * 59 + "…'" in message

