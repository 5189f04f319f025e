# acta: convenience wrapper around CMake.  The user entry points:
#
#   make demo      install build deps, build (Release), code examples/demo.jsonl
#                  into out/demo.jsonl and out/demo.tsv
#   make check     Release build, then ASan+UBSan debug build in build-check/
#                  and every test (what CI runs)
#   make bench     Release build, bench/run.sh (throughput, peak RSS) and
#                  bench/startup.sh (start-up time)
#   make fuzz      clang + libFuzzer build in build-fuzz/, each target for
#                  FUZZ_SECONDS (60) seconds
#   make install   build and install under PREFIX (/usr/local), with the
#                  dictionary image; DESTDIR works
#   make clean     remove build trees and outputs (distclean: fuzz corpora too)
#
# Variables: PREFIX, JOBS, FUZZ_SECONDS, DATA_DIR (dictionaries used by demo
# and fuzz), CMAKE_FLAGS (extra -D options for every configure step).
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

BUILD_DIR  := build
CHECK_DIR  := build-check
FUZZ_DIR   := build-fuzz
OUT_DIR    := out
DATA_DIR   ?= $(CURDIR)/data

.PHONY: eval all build bootstrap demo check test bench fuzz install clean distclean help

all: build

help:
	@sed -n '3,19p' Makefile | sed 's/^# \{0,1\}//'

bootstrap:
	@bash scripts/bootstrap.sh

# Release build in build/ (the install prefix is compiled in as the default
# data directory, so it is part of the configuration).
build: bootstrap
	@$(CMAKE) -S . -B $(BUILD_DIR) --log-level=WARNING \
	  -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS)
	@$(CMAKE) --build $(BUILD_DIR) -j $(JOBS)

demo: build
	@test -x $(BUILD_DIR)/acta || { echo "demo: $(BUILD_DIR)/acta was not built (src/main.c missing?)" >&2; exit 1; }
	@test -f examples/demo.jsonl || { echo "demo: examples/demo.jsonl is missing" >&2; exit 1; }
	@mkdir -p $(OUT_DIR)
	@rc=0; ACTA_DATA_DIR=$(DATA_DIR) $(BUILD_DIR)/acta code examples/demo.jsonl \
	    > $(OUT_DIR)/demo.jsonl || rc=$$?; \
	  if [ $$rc -gt 1 ]; then echo "demo: acta code failed (exit $$rc)" >&2; exit $$rc; fi; \
	  if [ $$rc -eq 1 ]; then echo "demo: note: some input records were errors (see \"error\" records)"; fi
	@rc=0; ACTA_DATA_DIR=$(DATA_DIR) $(BUILD_DIR)/acta code --format tsv examples/demo.jsonl \
	    > $(OUT_DIR)/demo.tsv || rc=$$?; \
	  if [ $$rc -gt 1 ]; then echo "demo: acta code --format tsv failed (exit $$rc)" >&2; exit $$rc; fi
	@echo
	@echo "Coded $$(wc -l < examples/demo.jsonl) articles from examples/demo.jsonl:"
	@echo "  $(OUT_DIR)/demo.jsonl  $$(wc -l < $(OUT_DIR)/demo.jsonl) JSON records"
	@echo "  $(OUT_DIR)/demo.tsv    $$(( $$(wc -l < $(OUT_DIR)/demo.tsv) - 1 )) TSV rows + header"
	@echo
	@echo "First records of $(OUT_DIR)/demo.jsonl:"
	@head -n 3 $(OUT_DIR)/demo.jsonl | cut -c1-400
	@echo
	@echo "First rows of $(OUT_DIR)/demo.tsv:"
	@head -n 6 $(OUT_DIR)/demo.tsv | cut -c1-200
	@echo
	@echo "Explain one sentence:  ACTA_DATA_DIR=data $(BUILD_DIR)/acta explain \"Police arrested protesters in Tehran.\""

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

# Dev-set measurement on ../shared/dev (read-only data beside the project).
eval: build
	@if [ -f ../shared/dev/news-pentaclass.jsonl ]; then \
	  ACTA_DATA_DIR=$(DATA_DIR) $(BUILD_DIR)/acta-eval-dev ../shared/dev/news-pentaclass.jsonl; \
	else echo "eval: ../shared/dev/news-pentaclass.jsonl not present, nothing to measure"; fi

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
