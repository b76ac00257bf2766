# Two commands do everything on a fresh machine (Python 3.10+ with venv):
#   make demo   set up, train the default model on the bundled corpus, tag the sample meetings
#   make test   set up (with test tools) and run the linters and the whole test suite
# Both create .venv/ on first use; nothing is installed outside it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= runs/default

.PHONY: setup setup-test demo train tag test lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/pip install --quiet -e .

setup-test: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"

train: setup
	HF_HUB_OFFLINE=1 $(BIN)/python train.py --config configs/default.yaml --output-dir $(OUT)

tag: setup
	HF_HUB_OFFLINE=1 $(BIN)/python infer.py --model $(OUT) --input data/samples --output $(OUT)/sample-tags.jsonl --overwrite

demo: train tag
	@echo "checkpoint: $(OUT)   tags: $(OUT)/sample-tags.jsonl"

lint: setup-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup-test lint
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) runs .pytest_cache .ruff_cache
