# SPDX-License-Identifier: MIT
# ActaPgo.cmake: the profile-guided build (ACTA_PGO, on for `make build`).
#
# One record's pass through every stage runs ~110 KB of code, so acta is
# bound by instruction-cache misses more than by instruction counts; a
# profile lets GCC lay out the hot paths together and keep cold code out of
# them.  At build time (the custom command below): a second tree,
# <build>/pgo/train-build, compiles acta with -fprofile-generate;
# scripts/pgo_train.sh runs it on the project's own text (the spec examples
# and the demo articles); the profile it writes feeds the library's and the
# command's objects here through the response file <build>/pgo/use.rsp.
# Any source edit reruns the instrumented build and the training before the
# objects compile again, so a profile never lags its sources (GCC's
# -Wcoverage-mismatch stays an error); a dictionary edit does not retrain
# (the profile is then older than the data, never wrong for the code).  When the training fails the
# response file is left empty: a plain Release build, said in the build
# output and in <build>/pgo/status.  GCC >= 11 only (-fprofile-prefix-path);
# never with the sanitizers or the fuzz build.
set(_pgo_dir "${CMAKE_CURRENT_BINARY_DIR}/pgo")
set(_pgo_off "")
if(NOT ACTA_PGO)
  set(_pgo_off "ACTA_PGO is OFF")   # (never a bare "off": if() reads it false)
elseif(ACTA_SANITIZE OR ACTA_FUZZ)
  set(_pgo_off "not with ACTA_SANITIZE or ACTA_FUZZ")
elseif(NOT CMAKE_C_COMPILER_ID STREQUAL "GNU"
       OR CMAKE_C_COMPILER_VERSION VERSION_LESS 11)
  set(_pgo_off "needs GCC >= 11, this is ${CMAKE_C_COMPILER_ID} ${CMAKE_C_COMPILER_VERSION}")
elseif(NOT ACTA_HAVE_CLI OR CMAKE_CONFIGURATION_TYPES)
  set(_pgo_off "needs the CLI and a single-configuration generator")
endif()
if(NOT _pgo_off STREQUAL "")
  # no status file: the Makefile then says the build is a plain one; no
  # response file: turned on again, the build trains afresh
  file(REMOVE "${_pgo_dir}/status" "${_pgo_dir}/use.rsp")
  if(ACTA_PGO)
    message(WARNING "acta PGO: ${_pgo_off}: a plain build")
  endif()
  return()
endif()

set(ACTA_PGO_RSP "${_pgo_dir}/use.rsp")
string(TOUPPER "${CMAKE_BUILD_TYPE}" _pgo_cfg)
# What the instrumented build is configured with: a change retrains (the
# file is rewritten only when its content changes).
file(CONFIGURE OUTPUT "${_pgo_dir}/train-config.txt" CONTENT
"${CMAKE_C_COMPILER} ${CMAKE_C_COMPILER_VERSION}
${CMAKE_BUILD_TYPE} ${CMAKE_C_FLAGS} ${CMAKE_C_FLAGS_${_pgo_cfg}}
${CMAKE_INSTALL_PREFIX}
")
file(GLOB _pgo_spec CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/tests/spec/*.txt")
add_custom_command(
  OUTPUT "${ACTA_PGO_RSP}"
  COMMAND ${CMAKE_COMMAND} -E env --unset=MAKEFLAGS --unset=MFLAGS --unset=MAKELEVEL
          ${CMAKE_COMMAND}
          "-DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}"
          "-DBINARY_DIR=${CMAKE_CURRENT_BINARY_DIR}"
          "-DPGO_DIR=${_pgo_dir}"
          "-DGENERATOR=${CMAKE_GENERATOR}"
          "-DC_COMPILER=${CMAKE_C_COMPILER}"
          "-DBUILD_TYPE=${CMAKE_BUILD_TYPE}"
          "-DC_FLAGS=${CMAKE_C_FLAGS}"
          "-DC_FLAGS_CFG=${CMAKE_C_FLAGS_${_pgo_cfg}}"
          "-DINSTALL_PREFIX=${CMAKE_INSTALL_PREFIX}"
          -P "${CMAKE_CURRENT_SOURCE_DIR}/cmake/ActaPgoTrain.cmake"
  DEPENDS ${ACTA_LIB_SOURCES} ${ACTA_LIB_HEADERS} src/main.c ${ACTA_CLI_SOURCES}
          ${_pgo_spec} examples/demo.jsonl scripts/pgo_train.sh
          cmake/ActaPgoTrain.cmake CMakeLists.txt "${_pgo_dir}/train-config.txt"
  COMMENT "acta PGO: instrumented build and training run (pgo/train-build)"
  USES_TERMINAL
  VERBATIM)
add_custom_target(acta_pgo_profile DEPENDS "${ACTA_PGO_RSP}")

# The library's objects and the command's: the profile's flags, and a
# recompile whenever the training reran.
add_dependencies(acta_objects acta_pgo_profile)
add_dependencies(acta acta_pgo_profile)
target_compile_options(acta_objects PRIVATE "@${ACTA_PGO_RSP}")
target_compile_options(acta PRIVATE "@${ACTA_PGO_RSP}")
set_source_files_properties(${ACTA_LIB_SOURCES} src/main.c ${ACTA_CLI_SOURCES}
  PROPERTIES OBJECT_DEPENDS "${ACTA_PGO_RSP}")
