# SPDX-License-Identifier: MIT
# ActaDeps.cmake: finds libacta's dependencies and exposes them as
# imported targets acta::utf8proc, acta::jansson, acta::geonames, acta::sqlite3,
# Threads::Threads.
# pkg-config is used when present; plain find_library/find_path otherwise.
# (scripts/bootstrap.sh installs the Debian packages.)

set(THREADS_PREFER_PTHREAD_FLAG ON)
find_package(Threads REQUIRED)
find_package(PkgConfig QUIET)

# acta_find_dep(<name> <pkg-config module> <header> <library>)
function(acta_find_dep name module header library)
  if(TARGET acta::${name})
    return()
  endif()
  if(PKG_CONFIG_FOUND)
    pkg_check_modules(ACTA_PC_${name} QUIET IMPORTED_TARGET GLOBAL ${module})
    if(ACTA_PC_${name}_FOUND)
      add_library(acta::${name} ALIAS PkgConfig::ACTA_PC_${name})
      message(STATUS "acta: ${module} ${ACTA_PC_${name}_VERSION} (pkg-config)")
      return()
    endif()
  endif()
  find_path(ACTA_${name}_INCLUDE_DIR ${header})
  find_library(ACTA_${name}_LIBRARY ${library})
  if(NOT ACTA_${name}_INCLUDE_DIR OR NOT ACTA_${name}_LIBRARY)
    message(FATAL_ERROR
      "acta: ${module} not found (header ${header}, library ${library}). "
      "Run scripts/bootstrap.sh to install the build dependencies.")
  endif()
  add_library(acta::${name} UNKNOWN IMPORTED GLOBAL)
  set_target_properties(acta::${name} PROPERTIES
    IMPORTED_LOCATION "${ACTA_${name}_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ACTA_${name}_INCLUDE_DIR}")
  message(STATUS "acta: ${module}: ${ACTA_${name}_LIBRARY}")
endfunction()

acta_find_dep(utf8proc libutf8proc utf8proc.h utf8proc)
acta_find_dep(jansson jansson jansson.h jansson)
# the acta command's event store (src/store_sqlite.c); not libacta's
acta_find_dep(sqlite3 sqlite3 sqlite3.h sqlite3)
# the event store in PostgreSQL (src/store_pg.c, acta ingest --db
# postgresql://...): optional; without libpq a postgresql:// location is
# refused with a message
if(NOT TARGET acta::pq AND PKG_CONFIG_FOUND)
  pkg_check_modules(ACTA_PC_pq QUIET IMPORTED_TARGET GLOBAL libpq)
  if(ACTA_PC_pq_FOUND)
    add_library(acta::pq ALIAS PkgConfig::ACTA_PC_pq)
    message(STATUS "acta: libpq ${ACTA_PC_pq_VERSION} (pkg-config)")
  else()
    message(STATUS "acta: libpq not found: no PostgreSQL store")
  endif()
endif()

# libgeonames (the gazetteer's cities) includes GLib's headers, whose paths
# only pkg-config knows: no find_library fallback for it.
if(NOT TARGET acta::geonames)
  if(PKG_CONFIG_FOUND)
    pkg_check_modules(ACTA_PC_geonames QUIET IMPORTED_TARGET GLOBAL geonames)
  endif()
  if(NOT ACTA_PC_geonames_FOUND)
    message(FATAL_ERROR
      "acta: libgeonames not found through pkg-config (module geonames). "
      "Run scripts/bootstrap.sh to install the build dependencies.")
  endif()
  add_library(acta::geonames ALIAS PkgConfig::ACTA_PC_geonames)
  message(STATUS "acta: geonames ${ACTA_PC_geonames_VERSION} (pkg-config)")
endif()
