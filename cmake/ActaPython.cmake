# SPDX-License-Identifier: MIT
# ActaPython.cmake: the Python package (python/acta, over libacta.so with
# Debian's python3-cffi in ABI mode): which python3 runs it and its tests,
# and where `make install` puts it.
#
#   ACTA_PYTHON3     Debian's /usr/bin/python3 when there is one (another
#                    python3 earlier on PATH, pyenv's say, lacks Debian's
#                    python3-cffi, python3-pytest and python3-distributed)
#   ACTA_PYTHON_DIR  the package's install directory relative to the prefix:
#                    the one Debian's python3 reads for that prefix,
#                    lib/python3.X/dist-packages under /usr/local,
#                    lib/python3/dist-packages elsewhere (under a prefix of
#                    your own, add PREFIX/lib/python3/dist-packages to
#                    PYTHONPATH)
#
# The installed package gets _installed.py (from python/acta/_installed.py.in):
# the library and data relative to the package, so a moved tree still works.

find_program(ACTA_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH)
find_program(ACTA_PYTHON3 python3 REQUIRED)

if(NOT DEFINED ACTA_PYTHON_DIR)
  string(REGEX REPLACE "/+$" "" _acta_prefix "${CMAKE_INSTALL_PREFIX}")
  if(_acta_prefix STREQUAL "/usr/local")
    execute_process(
      COMMAND "${ACTA_PYTHON3}" -c "import sys; print('%d.%d' % sys.version_info[:2])"
      OUTPUT_VARIABLE _acta_pyver OUTPUT_STRIP_TRAILING_WHITESPACE
      RESULT_VARIABLE _acta_rc)
    if(NOT _acta_rc EQUAL 0)
      message(FATAL_ERROR "acta: ${ACTA_PYTHON3} does not run")
    endif()
    set(_acta_pydir "lib/python${_acta_pyver}/dist-packages")
  else()
    set(_acta_pydir "lib/python3/dist-packages")
  endif()
  set(ACTA_PYTHON_DIR "${_acta_pydir}" CACHE STRING
      "Install directory of the Python package, relative to the prefix")
endif()

set(_acta_py_pkg "${CMAKE_INSTALL_PREFIX}/${ACTA_PYTHON_DIR}/acta")
file(RELATIVE_PATH ACTA_PY_TO_LIBRARY "${_acta_py_pkg}"
     "${CMAKE_INSTALL_FULL_LIBDIR}/libacta.so.${_acta_soversion}")
file(RELATIVE_PATH ACTA_PY_TO_DATA "${_acta_py_pkg}" "${ACTA_DEFAULT_DATA_DIR}")
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/python/acta/_installed.py.in"
               "${CMAKE_CURRENT_BINARY_DIR}/python/_installed.py" @ONLY)

install(DIRECTORY python/acta DESTINATION "${ACTA_PYTHON_DIR}"
        FILES_MATCHING PATTERN "*.py" PATTERN "__pycache__" EXCLUDE)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/python/_installed.py"
        DESTINATION "${ACTA_PYTHON_DIR}/acta")
