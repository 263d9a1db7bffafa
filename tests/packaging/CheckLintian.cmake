# cmake -P script: lintian, Debian's package checker, finds no error and no
# warning in any .deb that packaging_deb built (counterdesk and
# counterdesk-gateway). Run by the ctest test packaging_deb_lintian with
# -DDEB_DIR= and -DLINTIAN=, and by scripts/check-deb-install.sh with
# -DDEB=<the .deb files, ;-separated> instead of -DDEB_DIR=.
#
# A tag that truly does not apply is overridden in
# packaging/linux/<package>.lintian-overrides, with its reason; lintian then
# leaves it out, which passes.
cmake_minimum_required(VERSION 3.25)

if(NOT EXISTS "${LINTIAN}")
    message(FATAL_ERROR "lintian is not installed: install lintian (scripts/debian-packages.txt)")
endif()
if(DEFINED DEB)
    set(debs "${DEB}")
else()
    file(GLOB debs "${DEB_DIR}/*.deb")
endif()
if(NOT debs)
    message(FATAL_ERROR "no .deb in ${DEB_DIR} (did packaging_deb run?)")
endif()

# --fail-on makes an error or a warning the exit status (not with
# --show-overrides, which counts the overridden ones too); the lines are
# checked as well, so a lintian that reads the option otherwise cannot pass
# one by.
execute_process(COMMAND "${LINTIAN}" --fail-on error,warning ${debs}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(REGEX MATCHALL "(^|\n)[EW]: [^\n]*" complaints "${out}")
if(NOT rc EQUAL 0 OR complaints)
    message(FATAL_ERROR "lintian finds errors or warnings in ${debs} (exit ${rc}); fix them in "
        "packaging/ (or, only for a tag that cannot apply, override it there with the reason):\n${out}\n${err}")
endif()
message(STATUS "lintian: no errors or warnings in ${debs}")
