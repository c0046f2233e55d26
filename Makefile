# Two entry points do all set-up on a fresh machine (Debian, Python 3.11):
#   make demo   installs into .venv and analyses the five seed articles
#   make test   installs into .venv (with test tools, PySpark, Chromium) and runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS ?= ../shared/seeds

.PHONY: demo test lint eval bench train chromium

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,spark]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/storyline analyze $(SEEDS)

chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q chromium; } >/dev/null

test: $(STAMP) chromium
	$(BIN)/python -m pytest -q -n 2

lint: $(STAMP)
	$(BIN)/ruff check src tests eval training scripts

eval: $(STAMP)
	$(BIN)/python -m eval.gate

bench: $(STAMP)
	$(BIN)/python eval/bench.py

train: $(STAMP)
	$(BIN)/python -m training.events
	$(BIN)/python -m training.quotes
