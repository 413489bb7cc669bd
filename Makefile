# The course's commands. The two that matter: `make book` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BOOK_CONFIG ?= _config.yml
PORT ?= 8000

.PHONY: help setup book test lint serve student data clean

help:
	@echo "make book     set up .venv if needed, build the site into _build/html"
	@echo "make test     set up .venv if needed, lint (ruff), then run the whole test suite"
	@echo "make lint     ruff check and ruff format --check only"
	@echo "make serve    serve _build/html on http://127.0.0.1:$(PORT)"
	@echo "make student  student notebooks (solutions removed, outputs cleared) in _build/student"
	@echo "make data     regenerate the synthetic data sets in exercises/data"
	@echo "make clean    remove _build (the site, the execution cache, student copies)"

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "Python 3.10 or newer is needed; found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m irsocial.course.friendly
	@touch $(STAMP)

setup: $(STAMP)

# The execution cache is keyed on the notebooks' code only: when the toolkit, the quiz banks or the
# data change (compared by content, so a restored CI cache stays valid), clear it and re-read every
# page, so the site never shows outputs of an older toolkit.
COURSE_INPUTS := $(sort $(shell find irsocial -name '*.py' -o -name '*.js' -o -name '*.css' 2>/dev/null) \
	$(wildcard book/quizzes/*.yml) $(wildcard book/content/*.yml) $(wildcard book/teaching/*.yml) $(shell find exercises/data -type f 2>/dev/null))
INPUTS_HASH = $(shell cat $(COURSE_INPUTS) | sha256sum | cut -c1-16)

.PHONY: check-inputs
check-inputs:
	@mkdir -p _build
	@if [ "$$(cat _build/.inputs-hash 2>/dev/null)" != "$(INPUTS_HASH)" ]; then \
	  if [ -d _build/.jupyter_cache ] || [ -d _build/.doctrees ]; then \
	    echo "Toolkit, quizzes or data changed: clearing the execution cache and re-reading every page."; \
	    rm -rf _build/.jupyter_cache _build/.doctrees; fi; \
	  echo "$(INPUTS_HASH)" > _build/.inputs-hash; fi

book: $(STAMP) check-inputs
	$(BIN)/jupyter-book build --warningiserror --keep-going --config $(BOOK_CONFIG) .
	@echo "The site is in _build/html: open _build/html/index.html in a browser, or run 'make serve'."

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

serve: $(STAMP)
	@test -f _build/html/index.html || $(MAKE) book
	@echo "Serving the site on http://127.0.0.1:$(PORT) (Ctrl+C to stop)"
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory _build/html

student: $(STAMP)
	$(BIN)/python -m irsocial.course.student --src exercises --out _build/student

data: $(STAMP)
	$(BIN)/python -m irsocial.course.datasets --out exercises/data

clean:
	rm -rf _build
