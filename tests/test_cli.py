import json

from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()


def test_cli_every_command_has_help():
    assert app.registered_commands
    for command in app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")
        assert command.callback.__doc__, f"command {name} has no help text"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, result.output


def test_cli_analyze_seeds_prints_one_json_object_per_article(seed_paths):
    result = runner.invoke(app, ["analyze", "--workers", "1", *map(str, seed_paths)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [p.stem for p in seed_paths]
    for key in ("actors", "events", "quotes", "removed", "warnings", "body"):
        assert key in rows[0]


def test_cli_analyze_missing_file_is_named_and_exit_code_is_one(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Norway hosted talks between the government and the opposition.")
    result = runner.invoke(app, ["analyze", "-w", "1", str(good), str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "nope.txt: no such file" in result.stderr


def test_cli_actor_prints_one_json_actor_per_text():
    result = runner.invoke(app, ["actor", "Chile's Defense Ministry", "a cat"])
    assert result.exit_code == 0, result.output
    first, second = [json.loads(line) for line in result.stdout.splitlines()]
    assert (first["country"], first["sector"]) == ("CHL", "GOV")
    assert second is None


def test_cli_actor_dash_reads_one_text_per_line_from_stdin():
    result = runner.invoke(app, ["actor", "-"], input="Iraqi police\nthe Taliban\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["country"], r["sector"]) for r in rows] == [("IRQ", "COP"), ("AFG", "REB")]


def test_cli_analyze_stage_crash_becomes_a_named_skip_not_a_traceback(tmp_path, monkeypatch):
    from storyline.engines import local
    from storyline.pipeline import assemble, stage

    @stage(reads=("raw",), writes=("body",))
    def explode(article, settings):
        raise RuntimeError("boom")

    monkeypatch.setattr(local, "build_pipeline", lambda settings: assemble([explode]))
    (tmp_path / "a.txt").write_text("Some text.")
    result = runner.invoke(app, ["analyze", "-w", "1", str(tmp_path / "a.txt")])
    assert result.exit_code == 1
    assert "internal error (RuntimeError: boom)" in result.stderr
    assert "Traceback" not in result.stderr
