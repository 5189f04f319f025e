# SPDX-License-Identifier: MIT
# ActaFuzz.cmake: libFuzzer targets (configure with CC=clang -DACTA_FUZZ=ON).
# The library is already compiled with -fsanitize=fuzzer-no-link,address,
# undefined (see CMakeLists.txt); each target adds libFuzzer's main.
#
#   fuzz_text   acta_code_article + renderers on arbitrary bytes
#   fuzz_jsonl  the JSON-lines reader (acta_parse_jsonl_line, src/input.h)
#   fuzz_csv    the CSV reader (acta_csv_*, src/input.h) and its JSON lines
#   fuzz_dict   the dictionary loader: one file of a small fixed base
#               (fuzz/base/) replaced by the input, then sentences coded
#   fuzz_image  the dictionary image reader: the base's image, patched or
#               replaced by the input, read back and used
#   fuzz_treebank  the Treebank parse reader, writer and tag alignment
#               (src/treebank.h) on arbitrary bytes
#   fuzz_petrarch_dict, fuzz_petrarch_xml  the PETRARCH readers
#   fuzz_validate  a validation file coded with the project's PETRARCH
#               dictionaries (tests/validation/): parse, options, coder
#   fuzz_tabari TABARI's text records, .project and .options readers
#               (src/tabari.h), and a validation text run end to end
#   fuzz_tagger_model  the part-of-speech model's YAML reader and the model
#               built from it (src/tagger_model.h)
#
# See fuzz/README.md; `make fuzz` runs each for 60 s.

set(ACTA_FUZZ_TARGETS fuzz_text fuzz_dict fuzz_image fuzz_petrarch_dict
    fuzz_petrarch_xml fuzz_treebank fuzz_validate fuzz_tagger_model fuzz_tabari)
if(EXISTS "${CMAKE_SOURCE_DIR}/src/input.h")
  list(APPEND ACTA_FUZZ_TARGETS fuzz_jsonl fuzz_csv)
else()
  message(STATUS "acta: src/input.h not present yet, fuzz_jsonl and fuzz_csv not built")
endif()

foreach(t IN LISTS ACTA_FUZZ_TARGETS)
  add_executable(${t} fuzz/${t}.c)
  target_compile_definitions(${t} PRIVATE
    ACTA_FUZZ_DATA_DIR="${CMAKE_SOURCE_DIR}/data"
    ACTA_FUZZ_BASE_DIR="${CMAKE_SOURCE_DIR}/fuzz/base")
  target_link_libraries(${t} PRIVATE acta_static)
  target_link_options(${t} PRIVATE -fsanitize=fuzzer)
endforeach()

add_custom_target(fuzz_all DEPENDS ${ACTA_FUZZ_TARGETS})
# Written for the Makefile: the list of targets this configuration builds.
string(REPLACE ";" "\n" _acta_fuzz_list "${ACTA_FUZZ_TARGETS}")
file(WRITE "${CMAKE_BINARY_DIR}/fuzz-targets.txt" "${_acta_fuzz_list}\n")
