# SPDX-License-Identifier: MIT
# acta: convenience wrapper around CMake.  The user entry points:
#
#   make demo      install build deps, build (Release), code examples/demo.jsonl
#                  into out/demo.jsonl and out/demo.tsv
#   make check     Release build, then ASan+UBSan debug build in build-check/
#                  and every test (what CI runs)
#   make bench     Release build, bench/run.sh (acta beside TABARI on the
#                  shared corpus, throughput, peak RSS) and bench/startup.sh
#                  (start-up with and without the dictionary image)
#   make eval      Release build, bench/eval_dev.c on the shared dev sets and
#                  bench/eval_tagger.c on the shared PETRARCH2 parses
#   make fuzz      clang + libFuzzer build in build-fuzz/, each target for
#                  FUZZ_SECONDS (60) seconds
#   make install   build and install under PREFIX (/usr/local), with the
#                  dictionary image; DESTDIR works
#   make clean     remove build trees and outputs (distclean: fuzz corpora too)
#
# Variables: PREFIX, JOBS, FUZZ_SECONDS, PGO (ON, with GCC: a profile-guided
# Release build, cmake/ActaPgo.cmake; OFF: a plain one), DATA_DIR
# (dictionaries used by demo, bench, eval and fuzz), CMAKE_FLAGS (extra -D
# options for every configure step), EVAL_FLAGS (e.g. --misses).  bench and
# eval find the shared data folder with bench/find_shared.sh (or ACTA_SHARED=DIR).
#
# Every target first runs scripts/bootstrap.sh, which installs missing Debian
# packages (quietly does nothing when all are present).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
MAKEFLAGS += --no-print-directory

PREFIX       ?= /usr/local
JOBS         ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE        ?= cmake
CTEST        ?= ctest
FUZZ_SECONDS ?= 60
CMAKE_FLAGS  ?=
PGO          ?= ON

BUILD_DIR  := build
CHECK_DIR  := build-check
FUZZ_DIR   := build-fuzz
OUT_DIR    := out
DATA_DIR   ?= $(CURDIR)/data

.PHONY: eval all build bootstrap demo check test bench fuzz install clean distclean help

all: build

help:
	@sed -n '3,25p' Makefile | sed 's/^# \{0,1\}//'

bootstrap:
	@bash scripts/bootstrap.sh

# Release build in build/ (the install prefix is compiled in as the default
# data directory of the installed acta; build/acta itself reads the
# checkout's data/ whatever the prefix).  Quiet: the configure and compile
# output goes to build/build.log, shown when something fails.  Profile-
# guided (PGO=ON, GCC): an instrumented acta in build/pgo/train-build first
# codes the spec examples and the demo articles, and its profile guides
# the real build; after a source edit both run again.  The last line says
# whether the profile was used (build/pgo/status).
build: bootstrap
	@mkdir -p $(BUILD_DIR)
	@echo "build: compiling into $(BUILD_DIR)/ (log: $(BUILD_DIR)/build.log)"
	@{ $(CMAKE) -S . -B $(BUILD_DIR) --log-level=WARNING \
	    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) \
	    -DACTA_PGO=$(PGO) $(CMAKE_FLAGS) && \
	  $(CMAKE) --build $(BUILD_DIR) -j $(JOBS); } > $(BUILD_DIR)/build.log 2>&1 || \
	  { tail -n 40 $(BUILD_DIR)/build.log >&2; \
	    echo "build: failed (the whole log: $(BUILD_DIR)/build.log)" >&2; exit 1; }
	@if [ "$(PGO)" = ON ]; then \
	  if [ -f $(BUILD_DIR)/pgo/status ]; then echo "build: $$(cat $(BUILD_DIR)/pgo/status)"; \
	  else echo "build: plain Release build (no PGO: see the warning in $(BUILD_DIR)/build.log)"; fi; fi

# The demo runs build/acta as a user would, with no environment: it finds
# the checkout's dictionaries by itself.
demo: build
	@test -x $(BUILD_DIR)/acta || { echo "demo: $(BUILD_DIR)/acta was not built (src/main.c missing?)" >&2; exit 1; }
	@test -f examples/demo.jsonl || { echo "demo: examples/demo.jsonl is missing" >&2; exit 1; }
	@mkdir -p $(OUT_DIR)
	@rc=0; $(BUILD_DIR)/acta code examples/demo.jsonl > $(OUT_DIR)/demo.jsonl || rc=$$?; \
	  if [ $$rc -gt 1 ]; then echo "demo: acta code failed (exit $$rc)" >&2; exit $$rc; fi; \
	  if [ $$rc -eq 1 ]; then echo "demo: note: some input records were errors (see \"error\" records)"; fi
	@rc=0; $(BUILD_DIR)/acta code --output tsv examples/demo.jsonl > $(OUT_DIR)/demo.tsv || rc=$$?; \
	  if [ $$rc -gt 1 ]; then echo "demo: acta code --output tsv failed (exit $$rc)" >&2; exit $$rc; fi
	@echo
	@echo "Coded $$(wc -l < examples/demo.jsonl) articles of examples/demo.jsonl into" \
	  "$$(grep -c '^{"type":"event"' $(OUT_DIR)/demo.jsonl) events:"
	@echo "  $(OUT_DIR)/demo.jsonl  JSON lines, one record per event (README: \"A real input and its output\")"
	@echo "  $(OUT_DIR)/demo.tsv    the same events as a table"
	@echo
	@echo "The first two events of each article (source -> target, CAMEO code, date, place):"
	@awk -F '\t' 'NR == 1 { for (i = 1; i <= NF; i++) col[$$i] = i; next } \
	  ++seen[$$col["doc_id"]] <= 2 { \
	    name = $$col["event_name"]; if (length(name) > 34) name = substr(name, 1, 33) "~"; \
	    printf "  %-14s %-8s -> %-8s %-4s %-34s %s  %s\n", \
	      substr($$col["doc_id"], 1, 14), ($$col["source_code"] == "" ? "-" : $$col["source_code"]), \
	      ($$col["target_code"] == "" ? "-" : $$col["target_code"]), $$col["cameo"], name, \
	      $$col["date"], $$col["location_name"] }' $(OUT_DIR)/demo.tsv
	@echo
	@echo "Next:  $(BUILD_DIR)/acta explain \"Police arrested protesters in Tehran.\""
	@echo "       $(BUILD_DIR)/acta code --help"

# Sanitized debug build + all tests.  LeakSanitizer is enabled when it works
# on this machine (it cannot run under some ptrace/seccomp sandboxes).
# The Release build comes first: optimisation brings warnings of its own
# (-Wformat-truncation, -Wmaybe-uninitialized ...) that would break `make demo`.
check: build
	@$(CMAKE) -S . -B $(CHECK_DIR) -DCMAKE_BUILD_TYPE=Debug -DACTA_SANITIZE=ON $(CMAKE_FLAGS)
	@$(CMAKE) --build $(CHECK_DIR) -j $(JOBS)
	@leaks=0; d=$$(mktemp -d); \
	  printf 'int main(void){return 0;}\n' > $$d/p.c; \
	  if cc -fsanitize=address $$d/p.c -o $$d/p 2>/dev/null && \
	     ASAN_OPTIONS=detect_leaks=1 $$d/p >/dev/null 2>&1; then leaks=1; \
	  else echo "check: LeakSanitizer does not work here; leak detection off"; fi; \
	  rm -rf $$d; \
	  cd $(CHECK_DIR) && ASAN_OPTIONS=detect_leaks=$$leaks:strict_string_checks=1:detect_stack_use_after_return=1 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    $(CTEST) --output-on-failure -j $(JOBS)

# Plain (unsanitized) tests of the Release build.
test: build
	@cd $(BUILD_DIR) && $(CTEST) --output-on-failure -j $(JOBS)

bench:
	@bash scripts/bootstrap.sh bench
	@$(MAKE) --no-print-directory build
	@ACTA_DATA_DIR=$(DATA_DIR) bash bench/run.sh $(BUILD_DIR)/acta
	@ACTA_DATA_DIR=$(DATA_DIR) bash bench/startup.sh $(BUILD_DIR)/acta

# Dev-set measurement (bench/eval_dev.c) on the shared folder's dev/ sets;
# a missing folder or file is an error: nothing measured is not a pass.
# The report goes to stdout, its JSON summary line to bench/work/eval.json.
EVAL_FLAGS ?=
eval: build
	@shared=$$(bash bench/find_shared.sh) || { \
	  echo "eval: FAILED: no shared data folder, so NOTHING WAS MEASURED (set ACTA_SHARED=DIR)" >&2; exit 1; }; \
	  news=$$shared/dev/news-pentaclass.jsonl; acled=$$shared/dev/acled-types.jsonl; \
	  for f in "$$news" "$$acled"; do [ -f "$$f" ] || { \
	    echo "eval: FAILED: $$f is missing, so NOTHING WAS MEASURED" >&2; exit 1; }; done; \
	  echo "eval: measuring $(BUILD_DIR)/acta-eval-dev (acta $$(sed -n 's/^#define ACTA_VERSION "\(.*\)"/\1/p' src/acta.h), dictionaries $(DATA_DIR)) on $$shared/dev"; \
	  echo; \
	  ACTA_DATA_DIR=$(DATA_DIR) $(BUILD_DIR)/acta-eval-dev $(EVAL_FLAGS) --news "$$news" --acled "$$acled"; \
	  echo; echo "== the same news sentences in lower case (--lower)"; \
	  ACTA_DATA_DIR=$(DATA_DIR) $(BUILD_DIR)/acta-eval-dev --lower --news "$$news" | sed -n '2,5p'; \
	  mkdir -p bench/work; \
	  ACTA_DATA_DIR=$(DATA_DIR) $(BUILD_DIR)/acta-eval-dev --json --news "$$news" --acled "$$acled" > bench/work/eval.json; \
	  echo; echo "eval: JSON summary in bench/work/eval.json"; \
	  petr=$$shared/peer/petrarch2; \
	  for f in "$$petr/GigaWord.sample.PETR.xml" "$$petr/PETR.UnitTest.records.xml"; do [ -f "$$f" ] || { \
	    echo "eval: FAILED: $$f is missing, so the tagger was NOT MEASURED" >&2; exit 1; }; done; \
	  echo; echo "eval: the tagger against the Treebank parses of $$petr"; \
	  ACTA_DATA_DIR=$(DATA_DIR) $(BUILD_DIR)/acta-eval-tagger "$$petr/GigaWord.sample.PETR.xml" \
	    "$$petr/PETR.UnitTest.records.xml"

fuzz:
	@bash scripts/bootstrap.sh fuzz
	@$(CMAKE) -S . -B $(FUZZ_DIR) -DCMAKE_C_COMPILER=clang -DACTA_FUZZ=ON \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
	@$(CMAKE) --build $(FUZZ_DIR) -j $(JOBS) --target fuzz_all
	@mkdir -p fuzz/artifacts
	@failed=; for t in $$(cat $(FUZZ_DIR)/fuzz-targets.txt); do \
	  s=$${t#fuzz_}; mkdir -p fuzz/corpus/$$s; \
	  seeds=; [ -d fuzz/seeds/$$s ] && seeds=fuzz/seeds/$$s; \
	  dict=; [ -f fuzz/$$s.dict ] && dict=-dict=fuzz/$$s.dict; \
	  echo "== $$t for $(FUZZ_SECONDS) s"; \
	  ACTA_DATA_DIR=$(DATA_DIR) $(FUZZ_DIR)/$$t -max_total_time=$(FUZZ_SECONDS) \
	    -print_final_stats=1 -artifact_prefix=fuzz/artifacts/$$t- $$dict \
	    fuzz/corpus/$$s $$seeds || failed="$$failed $$t"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: findings from:$$failed (see fuzz/artifacts/)" >&2; exit 1; fi; \
	echo "fuzz: no findings"

install: build
	@$(CMAKE) --install $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(CHECK_DIR) $(FUZZ_DIR) build-bench $(OUT_DIR) bench/work

distclean: clean
	rm -rf fuzz/corpus fuzz/artifacts
