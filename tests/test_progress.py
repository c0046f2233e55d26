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

