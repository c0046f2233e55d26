"""The report of a real DuckDB store (views written by hand, then read back)."""

from typer.testing import CliRunner

from storyline.cli import app
from tests.fake_store import XSS_SCRIPT, hostile_views, write_store


def test_report_command_writes_one_html_file_from_a_store(tmp_path):
    db = write_store(tmp_path / "s.duckdb")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Russia voiced support for Maduro on Sunday." in page
    assert "Sign up for our newsletter" in page  # removed lines come from store.article()
    assert 'class="removed" open' in page


def test_report_command_of_hostile_store_escapes_everything(tmp_path):
    db = write_store(tmp_path / "s.duckdb", hostile_views())
    out = tmp_path / "r.html"
    assert CliRunner().invoke(app, ["report", "--db", str(db), "--out", str(out)]).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert XSS_SCRIPT not in page and "<img src=x" not in page


def test_report_command_names_a_missing_store(tmp_path):
    result = CliRunner().invoke(app, ["report", "--db", str(tmp_path / "none.duckdb"),
                                      "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert "no store at" in result.output
    assert not (tmp_path / "r.html").exists()


def test_report_command_refuses_an_out_file_that_is_not_html(tmp_path):
    db = write_store(tmp_path / "s.duckdb")
    result = CliRunner().invoke(app, ["report", "--db", str(db), "--out", str(tmp_path / "r.csv")])
    assert result.exit_code == 2 and "name it .html" in result.output
    assert not (tmp_path / "r.csv").exists()
