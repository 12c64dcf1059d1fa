# paperkg: `make demo` builds the example graph, `make test` runs the whole suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
OUT ?= out

.PHONY: demo test fuzz bench system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP) $@

demo: $(STAMP)
	$(BIN)/kg build examples/pages -o $(OUT)
	@echo "Open $(CURDIR)/$(OUT)/graph.html in a browser."

system-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "make: installing Debian's chromium for the browser tests (apt-get)"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; \
	fi

test: system-deps $(TEST_STAMP)
	$(BIN)/python -m pytest

fuzz: $(TEST_STAMP)
	HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest tests -k fuzz

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
