import json
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.inputs.read import decode, read_inputs
from storyline.model import Article, Notice, Skip
from storyline.settings import Settings

TEXT = "Venezuela's opposition leader Juan Guaidó called for new elections on Sunday."


def read(*paths, **overrides):
    return list(read_inputs([str(p) for p in paths], Settings.load(**overrides)))


def test_read_latin1_and_windows1252_decode_to_the_same_text(tmp_path):
    (tmp_path / "latin1.txt").write_bytes(TEXT.encode("latin-1"))
    (tmp_path / "cp1252.txt").write_bytes(("\u201c" + TEXT + "\u201d").encode("cp1252"))
    a, b = read(tmp_path / "latin1.txt", tmp_path / "cp1252.txt")
    assert a.raw == TEXT
    assert b.raw == "\u201c" + TEXT + "\u201d"


def test_read_utf16_with_and_without_bom(tmp_path):
    (tmp_path / "bom.txt").write_bytes(TEXT.encode("utf-16"))
    (tmp_path / "be.txt").write_bytes(b"\xfe\xff" + TEXT.encode("utf-16-be"))
    (tmp_path / "nobom.txt").write_bytes(TEXT.encode("utf-16-le"))
    assert [a.raw for a in read(tmp_path)] == [TEXT, TEXT, TEXT]


def test_read_utf8_bom_is_stripped(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    assert read(tmp_path / "a.txt")[0].raw == TEXT


def test_read_binary_and_empty_files_are_skipped_with_reason(tmp_path):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    out = read(tmp_path)
    assert all(isinstance(x, Skip) for x in out)
    reasons = {os.path.basename(x.source): x.reason for x in out}
    assert "binary" in reasons["bin.txt"]
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.txt"] == "empty file"


def test_read_malformed_jsonl_line_is_skipped_and_other_lines_read(tmp_path):
    lines = [json.dumps({"id": "a", "text": TEXT}), '{"id": "b", "text": ', "[1, 2]",
             json.dumps({"id": "c"}), "", json.dumps({"id": "d", "text": TEXT + "\u2028more"})]
    (tmp_path / "in.jsonl").write_text("\r\n".join(lines), encoding="utf-8")
    out = read(tmp_path / "in.jsonl")
    assert [x.id for x in out if isinstance(x, Article)] == ["a", "d"]
    skips = [x for x in out if isinstance(x, Skip)]
    assert [s.line for s in skips] == [2, 3, 4]
    assert str(skips[0]).startswith(f"{tmp_path / 'in.jsonl'}:2: malformed JSON")
    assert out[-1].raw.endswith("\u2028more")


def test_read_csv_records_keep_metadata_and_name_bad_rows(tmp_path):
    (tmp_path / "in.csv").write_text(
        'id,title,text,published\nx1,Talks,"' + TEXT + '",2019-05-05\nx2,Bad,,\n', encoding="utf-8")
    out = read(tmp_path / "in.csv")
    assert isinstance(out[0], Article) and out[0].title == "Talks"
    assert out[0].published == "2019-05-05"
    assert isinstance(out[1], Skip) and out[1].line == 3


def test_read_csv_without_text_column_is_named(tmp_path):
    (tmp_path / "in.csv").write_text("id,body\n1,hello\n")
    (skip,) = read(tmp_path / "in.csv")
    assert "no 'text' column" in skip.reason


def test_read_json_array_of_records(tmp_path):
    (tmp_path / "in.json").write_text(json.dumps([{"text": TEXT, "id": "j1"}, 3]))
    out = read(tmp_path / "in.json")
    assert out[0].id == "j1" and isinstance(out[1], Skip) and out[1].line == 2


def test_read_article_over_max_chars_is_skipped_with_the_setting_named(tmp_path):
    (tmp_path / "big.txt").write_text(TEXT * 100)
    (skip,) = read(tmp_path / "big.txt", max_chars=1000)
    assert "max_chars" in skip.reason


def test_read_symlink_loops_and_missing_paths_are_named(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    os.symlink(tmp_path / "loop1", tmp_path / "loop2")
    os.symlink(tmp_path / "loop2", tmp_path / "loop1")
    os.symlink(tmp_path, tmp_path / "self")  # a folder cycle
    out = read(tmp_path, tmp_path / "missing.txt")
    assert [x.raw for x in out if isinstance(x, Article)] == [TEXT]
    reasons = sorted(x.reason for x in out if isinstance(x, Skip))
    assert any("symlink loop" in r for r in reasons)
    assert "no such file or folder" in reasons


def test_read_unsupported_file_in_folder_is_reported_not_dropped(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    out = read(tmp_path)
    assert isinstance(out[1], Skip) and "unsupported file type '.pdf'" in out[1].reason


def test_read_glob_that_matches_nothing_is_named(tmp_path):
    (skip,) = read(str(tmp_path / "*.txt"))
    assert skip.reason == "no file matches this pattern"


def test_read_html_is_recognised_by_content(tmp_path):
    html = "<!DOCTYPE html><html><body><p>" + TEXT + "</p></body></html>"
    (tmp_path / "page.txt").write_text(html)
    assert read(tmp_path / "page.txt")[0].format == "html"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_read_decode_never_raises_anything_but_binary_error(data):
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        assert "binary" in str(exc)
    else:
        assert isinstance(text, str) and encoding


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=500))
def test_read_any_text_file_yields_an_article_or_a_skip(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("h") / "x.jsonl"
    path.write_text(text, encoding="utf-8")
    for item in read_inputs([str(path)]):
        assert isinstance(item, Article | Skip)


def test_read_refuses_fifos_and_devices_by_type_without_reading(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    out = read(tmp_path, "/dev/zero")
    assert [x.reason.split(";")[0] for x in out] == [
        "not a regular file but a FIFO (named pipe)", "not a regular file but a character device"]


def test_read_csv_open_quote_names_the_lines_and_reads_on(tmp_path):
    (tmp_path / "q.csv").write_text(f'id,text\na,"{TEXT}\nb,"{TEXT}"\nc,"{TEXT}"\n')
    skip, article = read(tmp_path / "q.csv")
    assert isinstance(skip, Skip) and skip.line == 2 and "lines 2-3" in skip.reason
    assert (article.id, article.line) == ("c", 4)


def test_read_csv_header_only_is_reported(tmp_path):
    (tmp_path / "h.csv").write_text("id,text\n")
    (skip,) = read(tmp_path / "h.csv")
    assert skip.reason == "CSV file has a header and no rows"


def test_read_json_nested_too_deep_is_one_skip(tmp_path):
    (tmp_path / "d.jsonl").write_text("[" * 100_000 + "\n" + json.dumps({"text": TEXT}))
    skip, article = read(tmp_path / "d.jsonl")
    assert "nested too deep" in skip.reason and article.raw == TEXT


def test_read_record_dates_are_checked_where_they_enter(tmp_path):
    records = [json.dumps({"id": str(n), "text": TEXT, "published": p})
               for n, p in enumerate(["2019-02-30", "13 May 2019", "2019-05-05T10:00:00Z"])]
    (tmp_path / "d.jsonl").write_text("\n".join(records))
    out = read(tmp_path / "d.jsonl")
    assert [a.published for a in out] == [None, "2019-05-13", "2019-05-05"]
    assert "2019-02-30" in out[0].warnings[0] and not out[1].warnings


def test_read_records_sharing_an_id_are_kept_apart_with_one_notice(tmp_path):
    records = [json.dumps({"id": "x", "text": f"{TEXT} {n}"}) for n in range(3)]
    records.append(records[0])  # repeated whole: the same article
    (tmp_path / "r.jsonl").write_text("\n".join(records))
    out = read(tmp_path / "r.jsonl")
    assert [a.id for a in out if isinstance(a, Article)] == ["x", "x@2", "x@3", "x"]
    (notice,) = [n for n in out if isinstance(n, Notice)]
    assert notice.line == 2 and "2 record(s)" in notice.message
