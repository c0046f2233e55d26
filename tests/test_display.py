import io
import re

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.display import COLUMNS, WIDE, comparison_blocks, console_for, sort_rows, table

runner = CliRunner()


def render(renderable, width=80):
    out = io.StringIO()
    console = console_for(out, to_file=True)
    console.width = width
    console.print(renderable)
    return out.getvalue()


def test_display_sorts_events_by_date_undated_last_and_actors_by_mentions():
    events = [{"date": None}, {"date": "2019-02-01"}, {"date": "2019-01-01"}]
    assert [e["date"] for e in sort_rows("events", events)] == ["2019-01-01", "2019-02-01", None]
    actors = [{"name": "a", "n_mentions": 1}, {"name": "b", "n_mentions": 9}]
    assert [a["name"] for a in sort_rows("actors", actors)] == ["b", "a"]


@pytest.mark.parametrize("view", sorted(COLUMNS))
def test_display_headers_stay_whole_at_80_columns(view):
    row = {field: "word " * 12 if field in WIDE else "SUPPORT" for field, _ in COLUMNS[view]}
    text = render(table(view, [row]))
    assert max(len(line) for line in text.splitlines()) <= 80
    lines = [line.rstrip() for line in text.splitlines()[1:] if line.strip()]  # title aside
    assert all(line[-1] in "┓┃┩│┘" for line in lines), (view, lines)  # not cropped
    for _, header in COLUMNS[view]:
        for word in header.split():
            assert re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text), (view, header)


def test_display_quotes_are_wrapped_never_cut():
    quote = ("We will keep talking in Oslo and in Barbados until every Venezuelan can vote "
             "in a free and fair presidential election, whatever the government says.")
    text = render(table("quotes", [{"speaker_name": "Guaidó", "text": quote, "kind": "direct",
                                    "outlet": "DW"}]))
    assert " ".join(re.findall(r"[\w,.]+", text)).count("whatever the government says.") == 1


def test_display_compare_shows_each_outlet_with_every_label_and_event_summaries():
    rows = [{"outlet": "DW", "n_articles": 3, "labels": [
        {"actor_id": "m", "name": "Maduro", "label": f"label {i}", "count": 1}
        for i in range(5)], "quoted": [], "exclusive_events": ["ev1"], "omitted_events": []},
        {"outlet": "RT", "n_articles": 7, "labels": [], "quoted": [],
         "exclusive_events": [], "omitted_events": ["ev1"]}]
    text = render(comparison_blocks(rows, {"ev1": "Russia supports Maduro"})[0], width=100)
    assert "RT · 7 articles" in text  # most articles first
    text = render(comparison_blocks(rows, {"ev1": "Russia supports Maduro"})[1], width=100)
    assert all(f"label {i}" in text for i in range(5))
    assert "Russia supports Maduro" in text and "ev1" not in text


def test_display_compare_shows_an_outlets_own_words_overall_and_per_actor():
    rows = [{"outlet": "RT", "n_articles": 7, "labels": [], "quoted": [],
             "exclusive_events": [], "omitted_events": [],
             "voice": [{"word": "imperialist", "z": 2.5, "articles": 3}],
             "framing": [{"actor_id": "g", "name": "Guaidó", "word": "puppet", "z": 2.0,
                          "articles": 2}]}]
    text = render(comparison_blocks(rows, {})[0], width=100)
    assert "Its own words" in text and "imperialist" in text
    assert re.search(r"Guaidó\s+puppet", text)


def test_cli_actor_with_a_typo_takes_the_closest_actor_and_says_so(db):
    result = runner.invoke(app, ["events", "--db", db, "--actor", "Madura", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "no actor named 'Madura'" in result.stderr and "closest" in result.stderr
    assert result.stdout.count("\n") == 2


def test_cli_actor_matching_nothing_exits_2_naming_the_closest(db):
    result = runner.invoke(app, ["events", "--db", db, "--actor", "Qqqzx", "-f", "jsonl"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "invalid value 'Qqqzx' for --actor: an actor's name, alias or id" in result.stderr


def test_cli_says_what_was_written_where(db, tmp_path):
    out = tmp_path / "a.csv"
    result = runner.invoke(app, ["actors", "--db", db, "-f", "csv", "--out", str(out)])
    assert f"wrote 2 rows (csv) to {out}" in result.stderr
    result = runner.invoke(app, ["export", "--db", db, "-f", "polecat", "--out", str(out)])
    assert f"wrote 2 rows (polecat) to {out}" in result.stderr


def test_cli_refuses_an_unknown_out_extension(db, tmp_path):
    result = runner.invoke(app, ["export", "--db", db, "-f", "gdelt",
                                 "--out", str(tmp_path / "e.xlsx")])
    assert result.exit_code == 2 and "unknown extension '.xlsx'" in result.stderr
