# Two commands for a newcomer:  `make demo` (install + run in training mode)
#                               `make test` (install + run the whole test suite)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Exact versions for Linux, Windows and macOS (see packaging/README.md), so CI and releases
# install what was tested; pip itself included.
CONSTRAINTS := packaging/constraints.txt

.PHONY: demo test install frozen

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -c $(CONSTRAINTS) --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install -c $(CONSTRAINTS) -e '.[test]'
	$(BIN)/python packaging/build_translations.py

demo: install
	$(BIN)/pos-app --demo

test: install
	$(BIN)/python -m ruff check pos_app tests packaging
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The installer bundle for this platform, started once with --smoke-test (CI runs it too).
frozen: install
	$(BIN)/python -m pip install -c $(CONSTRAINTS) -e '.[package]'
	$(BIN)/python packaging/build_frozen.py
