# SPDX-License-Identifier: MIT
# ActaTests.cmake: registers the CTest tests.
#
#   unit_<name>  every tests/unit/test_<name>.c, a Criterion executable
#                linked against libacta.a (new files are picked up by glob)
#   spec         spec_runner tests/spec/*.txt           (if tests/spec_runner.c)
#   spec_image   the same on an image that image_compile (acta compile) wrote
#   demo         spec_runner --demo examples/demo.jsonl tests/demo/expected.txt
#   cli          tests/cli/run.sh <path to acta>         (if src/main.c)
#   cli_data_dir tests/cli/data_dir.sh <path to acta>    (if src/main.c)
#   bench        bench/tests/run.sh <path to acta-eval-dev> (make eval's
#                figures on the project's sentences, bench/find_shared.sh)
#   validation   acta validate tests/validation/validation.xml
#   tabari_validation acta validate tests/tabari/validate.project (with
#                tests/validation's PETRARCH dictionaries given)
#   tabari_match acta validate tests/fixtures/tabari/match.project (TABARI
#                dictionaries: stems, patterns, synsets, connectors)
#   tsv_roundtrip tests/tsv/roundtrip.sh <path to acta>: TSV read back by
#                SQLite's .import and Python's csv
#   store        tests/store/run.sh <path to acta>: acta ingest and query
#   store_pg     tests/store/pg.sh <path to acta>: the same in PostgreSQL (a
#                server of its own), two ingests at once
#                (incidents, idempotence, kill -9, exports)
#   report       tests/report/run.sh <path to acta>: acta report in headless
#                chromium (screenshot: <build>/report.png)
#   install      tests/install/run.sh: an install into a temporary prefix
#   python       pytest python/tests (Debian's python3-pytest): the Python
#                package over this tree's libacta.so, against its acta
#                command; under ACTA_SANITIZE with ASan's runtime preloaded
#
# Every test runs with ACTA_DATA_DIR=<source>/data.

# ACTA_CACHE=off: the tests parse the dictionaries (and leave no image
# beside the temporary data directories they make); the image has tests of
# its own (unit_image, cli_data_dir, spec_image).
set(ACTA_TEST_ENV
  "ACTA_DATA_DIR=${CMAKE_SOURCE_DIR}/data"
  "ACTA_CACHE=off"
  "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")

function(acta_test_env test)
  set_tests_properties(${test} PROPERTIES
    ENVIRONMENT "${ACTA_TEST_ENV}"
    # Criterion runs each test in a worker process whose sanitizer reports
    # (leaks in particular) do not change the exit status: catch them here.
    FAIL_REGULAR_EXPRESSION "ERROR: (Address|Leak)Sanitizer|runtime error:"
    # a hang guard, not a speed test (speed is bench/'s job): the shell
    # suites (cli, store_pg) take 2-5 minutes under ASan on a quiet 2-core
    # machine and ran past 900 s when it was shared with other builds
    TIMEOUT 2400)
endfunction()

# ---- Criterion unit tests ------------------------------------------------
file(GLOB ACTA_UNIT_TESTS CONFIGURE_DEPENDS
     "${CMAKE_SOURCE_DIR}/tests/unit/test_*.c")
list(SORT ACTA_UNIT_TESTS)
if(ACTA_UNIT_TESTS)
  if(NOT TARGET acta::criterion)
    if(PKG_CONFIG_FOUND)
      pkg_check_modules(ACTA_PC_criterion QUIET IMPORTED_TARGET GLOBAL criterion)
    endif()
    if(ACTA_PC_criterion_FOUND)
      add_library(acta::criterion ALIAS PkgConfig::ACTA_PC_criterion)
    else()
      find_path(ACTA_criterion_INCLUDE_DIR criterion/criterion.h)
      find_library(ACTA_criterion_LIBRARY criterion)
      if(NOT ACTA_criterion_INCLUDE_DIR OR NOT ACTA_criterion_LIBRARY)
        message(FATAL_ERROR
          "acta: Criterion not found (needed by tests/unit). Run "
          "scripts/bootstrap.sh, or configure with -DBUILD_TESTING=OFF.")
      endif()
      add_library(acta::criterion UNKNOWN IMPORTED GLOBAL)
      set_target_properties(acta::criterion PROPERTIES
        IMPORTED_LOCATION "${ACTA_criterion_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${ACTA_criterion_INCLUDE_DIR}")
    endif()
  endif()
  foreach(src IN LISTS ACTA_UNIT_TESTS)
    get_filename_component(name "${src}" NAME_WE)   # test_buf
    string(REGEX REPLACE "^test_" "" short "${name}")
    add_executable(${name} "${src}")
    target_link_libraries(${name} PRIVATE acta_static acta::criterion)
    add_test(NAME unit_${short} COMMAND ${name})
    acta_test_env(unit_${short})
  endforeach()
endif()

# ---- spec runner -----------------------------------------------------------
if(EXISTS "${CMAKE_SOURCE_DIR}/tests/spec_runner.c")
  add_executable(spec_runner tests/spec_runner.c)
  target_link_libraries(spec_runner PRIVATE acta_static m)

  file(GLOB ACTA_SPEC_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/spec/*.txt")
  list(SORT ACTA_SPEC_FILES)
  if(ACTA_SPEC_FILES)
    add_test(NAME spec COMMAND spec_runner ${ACTA_SPEC_FILES})
    acta_test_env(spec)
    # the same suite on dictionaries mapped from an image (compiled first
    # by image_compile into the build tree's image-cache/)
    if(ACTA_HAVE_CLI)
      add_test(NAME image_compile COMMAND acta compile)
      add_test(NAME spec_image COMMAND spec_runner --require-image ${ACTA_SPEC_FILES})
      foreach(_t image_compile spec_image)
        acta_test_env(${_t})
        set(_env ${ACTA_TEST_ENV})
        list(TRANSFORM _env REPLACE "^ACTA_CACHE=off$"
             "ACTA_CACHE=${CMAKE_BINARY_DIR}/image-cache")
        set_tests_properties(${_t} PROPERTIES ENVIRONMENT "${_env}")
      endforeach()
      set_tests_properties(image_compile PROPERTIES FIXTURES_SETUP image)
      set_tests_properties(spec_image PROPERTIES FIXTURES_REQUIRED image)
    endif()
  else()
    message(STATUS "acta: no tests/spec/*.txt yet, spec test not registered")
  endif()

  # Globbing literal paths makes a later-added file trigger a re-configure.
  file(GLOB ACTA_DEMO_INPUT CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/examples/demo.jsonl")
  file(GLOB ACTA_DEMO_EXPECTED CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/demo/expected.txt")
  if(ACTA_DEMO_INPUT AND ACTA_DEMO_EXPECTED)
    add_test(NAME demo COMMAND spec_runner --demo ${ACTA_DEMO_INPUT} ${ACTA_DEMO_EXPECTED})
    acta_test_env(demo)
  else()
    message(STATUS "acta: examples/demo.jsonl or tests/demo/expected.txt missing, demo test not registered")
  endif()
else()
  message(STATUS "acta: tests/spec_runner.c not present yet, spec tests not registered")
endif()

# ---- CLI -----------------------------------------------------------------
if(ACTA_HAVE_CLI)
  find_program(ACTA_BASH bash REQUIRED)
  add_test(NAME cli COMMAND ${ACTA_BASH} "${CMAKE_SOURCE_DIR}/tests/cli/run.sh"
                            $<TARGET_FILE:acta>)
  acta_test_env(cli)
  # the data directory: partial loads are errors; the dictionary image
  add_test(NAME cli_data_dir COMMAND ${ACTA_BASH}
           "${CMAKE_SOURCE_DIR}/tests/cli/data_dir.sh" $<TARGET_FILE:acta>)
  acta_test_env(cli_data_dir)
  add_test(NAME tsv_roundtrip COMMAND ${ACTA_BASH}
           "${CMAKE_SOURCE_DIR}/tests/tsv/roundtrip.sh" $<TARGET_FILE:acta>)
  acta_test_env(tsv_roundtrip)
  add_test(NAME store COMMAND ${ACTA_BASH}
           "${CMAKE_SOURCE_DIR}/tests/store/run.sh" $<TARGET_FILE:acta>)
  acta_test_env(store)
  # the same store in PostgreSQL, on a server the test starts itself
  if(TARGET acta::pq)
    add_test(NAME store_pg COMMAND ${ACTA_BASH}
             "${CMAKE_SOURCE_DIR}/tests/store/pg.sh" $<TARGET_FILE:acta>)
    acta_test_env(store_pg)
  endif()
  add_test(NAME report COMMAND ${ACTA_BASH}
           "${CMAKE_SOURCE_DIR}/tests/report/run.sh" $<TARGET_FILE:acta>
           "${CMAKE_BINARY_DIR}/report.png")
  acta_test_env(report)
  # the project's own PETRARCH-format validation suite: every record passes
  add_test(NAME validation COMMAND acta validate
                                   "${CMAKE_SOURCE_DIR}/tests/validation/validation.xml")
  acta_test_env(validation)
  # the project's own TABARI validation project: records, options, OPTION:
  # records; the dictionaries are tests/validation's, in PETRARCH format
  set(_acta_v "${CMAKE_SOURCE_DIR}/tests/validation")
  add_test(NAME tabari_validation COMMAND acta validate --dict-format petrarch
           --verbs "${_acta_v}/verbs.txt" --actors "${_acta_v}/actors.txt"
           --agents "${_acta_v}/agents.txt" --discards "${_acta_v}/discards.txt"
           "${CMAKE_SOURCE_DIR}/tests/tabari/validate.project")
  acta_test_env(tabari_validation)
  # TABARI-format dictionaries and records for TABARI's matching rules
  add_test(NAME tabari_match COMMAND acta validate
                                     "${CMAKE_SOURCE_DIR}/tests/fixtures/tabari/match.project")
  acta_test_env(tabari_match)
  # the installed tree: dictionaries found, pkg-config, a linked program
  set(_acta_install_cflags)
  if(ACTA_SANITIZE)
    set(_acta_install_cflags -fsanitize=address,undefined)
  endif()
  add_test(NAME install COMMAND ${ACTA_BASH} "${CMAKE_SOURCE_DIR}/tests/install/run.sh"
                                "${CMAKE_BINARY_DIR}" "${CMAKE_INSTALL_LIBDIR}"
                                "${CMAKE_C_COMPILER}" ${_acta_install_cflags})
  acta_test_env(install)
endif()

# ---- measurement tools ---------------------------------------------------------
find_program(ACTA_BASH bash REQUIRED)
add_test(NAME bench COMMAND ${ACTA_BASH} "${CMAKE_SOURCE_DIR}/bench/tests/run.sh"
                            $<TARGET_FILE:acta-eval-dev>)
acta_test_env(bench)

# ---- Python package ---------------------------------------------------------
# python_abi_layout prints acta.h's struct layouts for test_abi_layout.py.
# The package loads this tree's libacta.so (ACTA_LIBRARY); a sanitized
# library needs ASan's runtime first in the process (LD_PRELOAD), and
# Python's own allocations at exit are not leaks of acta's.
if(ACTA_HAVE_CLI)
  add_executable(python_abi_layout python/tests/abi_layout.c)
  target_include_directories(python_abi_layout PRIVATE "${CMAKE_SOURCE_DIR}/src")
  add_test(NAME python COMMAND ${ACTA_PYTHON3} -m pytest -q -p no:cacheprovider
                               "${CMAKE_SOURCE_DIR}/python/tests")
  acta_test_env(python)
  set(_env ${ACTA_TEST_ENV}
    "ACTA_LIBRARY=$<TARGET_FILE:acta_shared>"
    "ACTA_CLI=$<TARGET_FILE:acta>"
    "ACTA_ABI_LAYOUT=$<TARGET_FILE:python_abi_layout>"
    "ACTA_BUILD_DIR=${CMAKE_BINARY_DIR}"
    "PYTHONPATH=${CMAKE_SOURCE_DIR}/python"
    "PYTHONDONTWRITEBYTECODE=1")
  if(ACTA_SANITIZE)
    execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=libasan.so
                    OUTPUT_VARIABLE _acta_libasan OUTPUT_STRIP_TRAILING_WHITESPACE)
    list(APPEND _env "LD_PRELOAD=${_acta_libasan}" "ASAN_OPTIONS=detect_leaks=0")
  endif()
  set_tests_properties(python PROPERTIES ENVIRONMENT "${_env}")
endif()
