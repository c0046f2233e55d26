"""Every option is checked: a typo gives exit 2 and a message naming the option, the bad
value and the valid ones, never an empty result or an internal error."""

import pytest
from typer.testing import CliRunner

from storyline import __version__
from storyline.cli import app

runner = CliRunner()


@pytest.mark.parametrize(("args", "option", "valid"), [
    (["events", "--from", "2019-13-01"], "--from", "a date that exists"),
    (["timeline", "--to", "2019-02-30"], "--to", "a date that exists"),
    (["events", "--type", "FOO"], "--type", "SUPPORT"),
    (["actors", "--type", "martian"], "--type", "person"),
    (["events", "--outlet", "No Such Outlet"], "--outlet", ""),
    (["events", "--limit", "-1"], "--limit", "0 or more"),
])
@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_cli_view_option_typo_exits_2_naming_option_value_and_valid_ones(db, args, option,
                                                                        valid, fmt):
    result = runner.invoke(app, [*args, "--db", db, "--format", fmt])
    assert result.exit_code == 2
    assert option in result.stderr and args[-1] in result.stderr and valid in result.stderr
    assert "internal error" not in result.stderr and result.stdout == ""


def test_cli_outlet_typo_lists_the_outlets_the_views_show(db):
    result = runner.invoke(app, ["events", "--outlet", "Reutres", "--db", db])
    assert result.exit_code == 2 and "one of Sputnik, VOA" in result.stderr


@pytest.mark.parametrize(("args", "refused", "takes"), [
    (["compare", "--actor", "Maduro"], "--actor", "--outlet"),
    (["alliances", "--from", "2019-01-01"], "--from", "--actor, --type"),
    (["articles", "--type", "SUPPORT"], "--type", "--actor, --outlet, --from, --to"),
])
def test_cli_filter_a_view_does_not_hold_exits_2_naming_those_it_takes(db, args, refused,
                                                                       takes):
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 2 and result.stdout == ""
    assert f"{refused} does not apply to {args[0]}" in result.stderr and takes in result.stderr


def test_cli_articles_by_actor_alias_lists_the_articles_naming_it(db):
    result = runner.invoke(app, ["articles", "--actor", "Moscow", "--db", db, "-f", "jsonl"])
    assert result.exit_code == 0
    assert [line.count('"id": "s1"') for line in result.stdout.splitlines()] == [1]


def test_cli_view_valid_type_with_no_rows_is_an_empty_result(db):
    result = runner.invoke(app, ["events", "--type", "ASSAULT", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.parametrize("args", [["analyze", "x.txt", "--published", "yesterday"],
                                  ["analyze", "x.txt", "--published", "2019-02-30"],
                                  ["build", "x.txt", "--db", "s.duckdb",
                                   "--published", "0000-00-00"],
                                  ["actor", "Guaidó", "--date", "2019-13-01"]])
def test_cli_bad_date_option_exits_2_before_any_work(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "a date that exists" in result.stderr and args[-1] in result.stderr


def test_cli_bad_setting_in_config_names_it(tmp_path):
    (tmp_path / "c.toml").write_text("article_seconds = -3\n")
    result = runner.invoke(app, ["analyze", "x.txt", "--config", str(tmp_path / "c.toml")])
    assert result.exit_code == 2 and "article_seconds" in result.stderr


def test_cli_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"storyline {__version__}"
