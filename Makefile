# The two commands of the README: `make demo` (set-up + main job) and `make test` (set-up + tests).
PYTHON ?= python3
DB ?= polgraph.db
STAMP := .setup-done

.PHONY: setup demo test quality bench clean

$(STAMP): setup.cfg pyproject.toml
	bash scripts/setup
	@touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	rm -rf $(DB)
	polgraph ingest examples/ --db $(DB)
	polgraph query statements-about --param name="Labour Party" --db $(DB)
	polgraph viz --db $(DB) --out graph.html

test: $(STAMP)
	bash scripts/test

quality: $(STAMP)
	bench/quality

clean:
	rm -rf $(STAMP) $(DB) build *.egg-info
