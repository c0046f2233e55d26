"""Accuracy scorers: one module per capability, each against its development set.

Every scorer exposes ``score() -> dict[str, float]``; ``eval/floors/<name>.json`` pins the
lowest acceptable value of each metric, and ``tests/eval`` fails when a score drops below
its floor. Run one by hand with ``python -m eval.<name>``.
"""
