# cmake -P script: build the Debian package from a build tree and check it.
# Run by the ctest test packaging_deb (see CMakeLists.txt for the -D inputs).
# Leaves the package in OUTPUT_DIR and its unpacked tree in OUTPUT_DIR/root
# for packaging_deb_version.
cmake_minimum_required(VERSION 3.25)

foreach(var IN ITEMS CPACK_COMMAND CPACK_CONFIG OUTPUT_DIR DEB_VERSION APP_ID DPKG_DEB DPKG_SHLIBDEPS
        DESKTOP_FILE_VALIDATE APPSTREAMCLI)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "CheckDebPackage: -D${var}=... is required")
    endif()
endforeach()

# The tools are listed dependencies (scripts/debian-packages.txt): a missing
# one fails the test by name rather than leaving the package unchecked.
foreach(tool IN ITEMS "DPKG_DEB;dpkg-deb;dpkg" "DPKG_SHLIBDEPS;dpkg-shlibdeps;dpkg-dev"
        "DESKTOP_FILE_VALIDATE;desktop-file-validate;desktop-file-utils" "APPSTREAMCLI;appstreamcli;appstream")
    list(GET tool 0 var)
    list(GET tool 1 program)
    list(GET tool 2 package)
    if(NOT EXISTS "${${var}}")
        message(FATAL_ERROR "${program} is not installed: install ${package} (scripts/debian-packages.txt)")
    endif()
endforeach()

# Runs a command; fails the test with its output unless it exits 0.
# The output is left in <out_var> when given.
function(run_checked what)
    cmake_parse_arguments(R "" "OUTPUT_VARIABLE" "COMMAND" ${ARGN})
    execute_process(COMMAND ${R_COMMAND}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}")
    endif()
    if(R_OUTPUT_VARIABLE)
        set(${R_OUTPUT_VARIABLE} "${out}" PARENT_SCOPE)
    endif()
endfunction()

# --- 1. Build the package, in a directory of its own ------------------------
file(REMOVE_RECURSE "${OUTPUT_DIR}")
file(MAKE_DIRECTORY "${OUTPUT_DIR}")
run_checked("cpack -G DEB" COMMAND "${CPACK_COMMAND}" --config "${CPACK_CONFIG}" -G DEB -B "${OUTPUT_DIR}")

file(GLOB debs "${OUTPUT_DIR}/*.deb")
list(LENGTH debs deb_count)
if(NOT deb_count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUTPUT_DIR}, found ${deb_count}: ${debs}")
endif()
get_filename_component(deb_name "${debs}" NAME)
# DEB_VERSION is <version>-<revision>, the revision from the Debian changelog.
if(NOT deb_name MATCHES "^counterdesk_${DEB_VERSION}_[a-z0-9]+\\.deb$")
    message(FATAL_ERROR "unexpected package file name ${deb_name}")
endif()
message(STATUS "package: ${deb_name}")

# --- 2. Control fields (dpkg-deb -I) ----------------------------------------
run_checked("dpkg-deb -I" COMMAND "${DPKG_DEB}" -I "${debs}" OUTPUT_VARIABLE info)
foreach(field IN ITEMS
        "Package: counterdesk\n"
        "Version: ${DEB_VERSION}\n"
        "Section: misc\n"
        "Maintainer: "
        # dpkg-shlibdeps worked: the Qt libraries the binary links to are there
        "libqt6core6 "
        "libqt6widgets6 "
        # and the run-time plugins it cannot see
        "qt6-qpa-plugins"
        "libqt6sql6-sqlite")
    string(FIND "${info}" "${field}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "control data lacks '${field}':\n${info}")
    endif()
endforeach()

# --- 3. Contents (dpkg-deb -c) -----------------------------------------------
run_checked("dpkg-deb -c" COMMAND "${DPKG_DEB}" -c "${debs}" OUTPUT_VARIABLE listing)
set(expected
    ./usr/bin/counterdesk
    ./usr/share/applications/${APP_ID}.desktop
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/doc/counterdesk/copyright
    ./usr/share/doc/counterdesk/changelog.Debian.gz
    ./usr/share/lintian/overrides/counterdesk
    ./usr/share/man/man1/counterdesk.1.gz)
if(EXPECT_SANDBOX)
    list(APPEND expected ./usr/bin/counterdesk-sandbox ./usr/share/man/man1/counterdesk-sandbox.1.gz)
endif()
if(EXPECT_CLI)
    list(APPEND expected ./usr/bin/counterdesk-cli ./usr/share/man/man1/counterdesk-cli.1.gz)
endif()
foreach(path IN LISTS expected)
    # each line of the listing ends with the path
    string(REGEX MATCH " ${path}\n" found "${listing}\n")
    if(NOT found)
        message(FATAL_ERROR "package lacks ${path}:\n${listing}")
    endif()
endforeach()
# Everything lives under /usr, and no build leftovers (headers, static
# libraries, CMake files) slip in through an install rule meant for developers.
string(REGEX MATCHALL " \\./[^\n]*" paths "${listing}")
foreach(path IN LISTS paths)
    string(STRIP "${path}" path)
    if(NOT path MATCHES "^\\./(usr/?.*)?$")
        message(FATAL_ERROR "package installs outside /usr: ${path}")
    endif()
    if(path MATCHES "/include/|\\.a$|\\.h$|/cmake/|/usr/local/")
        message(FATAL_ERROR "package carries a build leftover: ${path}")
    endif()
endforeach()

# --- 4. Unpack and validate the installed files -----------------------------
set(root "${OUTPUT_DIR}/root")
run_checked("dpkg-deb -x" COMMAND "${DPKG_DEB}" -x "${debs}" "${root}")
run_checked("desktop-file-validate"
    COMMAND "${DESKTOP_FILE_VALIDATE}" "${root}/usr/share/applications/${APP_ID}.desktop")
run_checked("appstreamcli validate"
    COMMAND "${APPSTREAMCLI}" validate --no-net "${root}/usr/share/metainfo/${APP_ID}.metainfo.xml")
# The tree as a whole: metainfo, launchable .desktop file and icon agree.
run_checked("appstreamcli validate-tree"
    COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${root}")

message(STATUS "packaging_deb: ${deb_name} passed all checks")
