from storyline.build import count_records
from storyline.cli import progress_lines


def test_progress_lines_tell_done_total_rate_and_time_left(capsys):
    items = list(progress_lines(range(4), "analysing", lambda: 8, every=0.0))
    assert items == [0, 1, 2, 3]
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("storyline: analysing 1/8 (12%),")
    assert lines[-1].startswith("storyline: analysing 4/8 (50%),") and "s left" in lines[-1]


def test_progress_lines_keep_quiet_between_two_periods(capsys):
    assert list(progress_lines(range(3), "analysing", lambda: 3, every=3600.0)) == [0, 1, 2]
    assert capsys.readouterr().err == ""


def test_count_records_counts_files_and_lines_of_jsonl_and_csv(tmp_path):
    (tmp_path / "a.txt").write_text("One article.")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}\n')
    (tmp_path / "c.csv").write_text("text\nx\ny\n")
    assert count_records([str(tmp_path)]) == 1 + 3 + 2
