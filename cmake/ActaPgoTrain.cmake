# SPDX-License-Identifier: MIT
# ActaPgoTrain.cmake (cmake -P, run by ActaPgo.cmake's custom command):
# builds the instrumented acta in PGO_DIR/train-build, trains it with
# scripts/pgo_train.sh and writes PGO_DIR/use.rsp, the flags that compile
# the objects of BINARY_DIR with the profile (empty when a step failed: a
# plain build), and PGO_DIR/status, one line saying which.
set(_train "${PGO_DIR}/train-build")
set(_profile "${PGO_DIR}/profile")
string(TOUPPER "${BUILD_TYPE}" _cfg)
# The profile's file names are the objects' paths below each build tree
# (-fprofile-prefix-path), the same in both trees.
set(_gen "-fprofile-generate=${_profile} -fprofile-prefix-path=${_train} -fprofile-update=prefer-atomic")
# Code size flags (speed48a): acta is bound by instruction-cache misses
# (a record's pass runs more code than the 32 KB L1i holds), and
# -fprofile-use turns on loop unrolling, peeling and tail duplication
# (-ftracer), which grow the hot code; without them and without the
# padding before loops and jump targets the text is 16% smaller,
# cachegrind's I1 misses on the bench sentences 12% fewer and CPU time
# ~5-8% less for 1.5% more instructions (bench/README.md, "Build flags").
set(_lean "-fno-unroll-loops -fno-peel-loops -fno-tracer -falign-loops=1 -falign-jumps=1")
set(_use "-fprofile-use=${_profile} -fprofile-prefix-path=${BINARY_DIR} -fprofile-partial-training -Wno-error=missing-profile ${_lean}")
cmake_host_system_information(RESULT _jobs QUERY NUMBER_OF_LOGICAL_CORES)

file(REMOVE_RECURSE "${_profile}")
file(MAKE_DIRECTORY "${_profile}" "${_train}")
set(_why "")
execute_process(
  COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${_train}" -G "${GENERATOR}"
          "-DCMAKE_C_COMPILER=${C_COMPILER}" "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
          "-DCMAKE_C_FLAGS=${C_FLAGS} ${_gen}"
          "-DCMAKE_C_FLAGS_${_cfg}=${C_FLAGS_CFG}"
          "-DCMAKE_INSTALL_PREFIX=${INSTALL_PREFIX}"
          -DACTA_PGO=OFF -DACTA_WERROR=OFF -DBUILD_TESTING=OFF
  OUTPUT_FILE "${PGO_DIR}/configure.log" ERROR_FILE "${PGO_DIR}/configure.log"
  RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  set(_why "configuring the instrumented build failed; log: ${PGO_DIR}/configure.log")
else()
  execute_process(
    COMMAND ${CMAKE_COMMAND} --build "${_train}" --target acta -j ${_jobs}
    OUTPUT_FILE "${PGO_DIR}/build.log" ERROR_FILE "${PGO_DIR}/build.log"
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    set(_why "the instrumented build failed; log: ${PGO_DIR}/build.log")
  else()
    execute_process(
      COMMAND bash "${SOURCE_DIR}/scripts/pgo_train.sh" "${_train}/acta"
              "${SOURCE_DIR}" "${PGO_DIR}/work"
      OUTPUT_VARIABLE _records OUTPUT_STRIP_TRAILING_WHITESPACE
      ERROR_FILE "${PGO_DIR}/train.log"
      RESULT_VARIABLE _rc)
    file(GLOB _gcda "${_profile}/*.gcda")
    if(NOT _rc EQUAL 0)
      set(_why "the training run failed; log: ${PGO_DIR}/train.log")
    elseif(NOT _gcda)
      set(_why "the training run wrote no profile into ${_profile}")
    endif()
  endif()
endif()

if(_why STREQUAL "")
  file(WRITE "${PGO_DIR}/use.rsp" "${_use}\n")
  file(WRITE "${PGO_DIR}/status" "profile-guided (trained on ${_records})\n")
  message(STATUS "acta PGO: profile-guided build (trained on ${_records})")
else()
  file(WRITE "${PGO_DIR}/use.rsp" "")
  file(WRITE "${PGO_DIR}/status" "plain Release build: no PGO (${_why})\n")
  message(WARNING "acta PGO: ${_why}: building without a profile (a plain Release build)")
endif()
