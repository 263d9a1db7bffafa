# cmake -P script: build the Debian packages (counterdesk and, with
# -DEXPECT_GATEWAY=1, counterdesk-gateway) from a build tree and check them.
# Run by the ctest test packaging_deb (see CMakeLists.txt for the -D inputs).
# Leaves the packages in OUTPUT_DIR and their files unpacked into one tree,
# OUTPUT_DIR/root, for the tests that follow.
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

# --- 1. Build the packages, in a directory of their own ----------------------
# One cpack run makes counterdesk and, when the gateway is built,
# counterdesk-gateway (one CPack component each, packaging/CMakeLists.txt).
file(REMOVE_RECURSE "${OUTPUT_DIR}")
file(MAKE_DIRECTORY "${OUTPUT_DIR}")
run_checked("cpack -G DEB" COMMAND "${CPACK_COMMAND}" --config "${CPACK_CONFIG}" -G DEB -B "${OUTPUT_DIR}")

set(packages counterdesk)
if(EXPECT_GATEWAY)
    list(APPEND packages counterdesk-gateway)
endif()
file(GLOB debs "${OUTPUT_DIR}/*.deb")
list(LENGTH debs deb_count)
list(LENGTH packages package_count)
if(NOT deb_count EQUAL package_count)
    message(FATAL_ERROR "expected ${package_count} .deb (${packages}) in ${OUTPUT_DIR}, found ${deb_count}: ${debs}")
endif()
foreach(package IN LISTS packages)
    # DEB_VERSION is <version>-<revision>, the revision from the Debian changelog.
    file(GLOB deb "${OUTPUT_DIR}/${package}_${DEB_VERSION}_*.deb")
    get_filename_component(deb_name "${deb}" NAME)
    if(NOT deb_name MATCHES "^${package}_${DEB_VERSION}_[a-z0-9]+\\.deb$")
        message(FATAL_ERROR "no package file ${package}_${DEB_VERSION}_<arch>.deb in ${OUTPUT_DIR}: ${debs}")
    endif()
    set(deb_${package} "${deb}")
    message(STATUS "package: ${deb_name}")
endforeach()

# --- 2. Control fields (dpkg-deb -I) ----------------------------------------
# Each line of <fields> must be found in the package's control data.
function(check_control package)
    run_checked("dpkg-deb -I" COMMAND "${DPKG_DEB}" -I "${deb_${package}}" OUTPUT_VARIABLE info)
    foreach(field IN LISTS ARGN)
        string(FIND "${info}" "${field}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "${package}: control data lacks '${field}':\n${info}")
        endif()
    endforeach()
endfunction()
check_control(counterdesk
    "Package: counterdesk\n"
    "Version: ${DEB_VERSION}\n"
    "Section: misc\n"
    "Maintainer: "
    "Description: Counter console for Eko PPI wallet-to-bank transfers\n"
    # dpkg-shlibdeps worked: the Qt libraries the binary links to are there
    "libqt6core6 "
    "libqt6widgets6 "
    # and the run-time plugins it cannot see
    "qt6-qpa-plugins"
    "libqt6sql6-sqlite")
if(EXPECT_GATEWAY)
    check_control(counterdesk-gateway
        "Package: counterdesk-gateway\n"
        "Source: counterdesk\n"
        "Version: ${DEB_VERSION}\n"
        "Section: net\n"
        "Description: Server that holds an Eko partner's keys for CounterDesk counters\n"
        "libqt6network6 "
        "libqt6sql6 "
        # the PostgreSQL driver, a plugin; the user's creation in postinst
        "libqt6sql6-psql"
        "systemd | systemd-standalone-sysusers"
        "Recommends: postgresql\n"
        "  postinst "
        "  prerm "
        "  postrm ")

    # The service is never enabled or started by the package: it has no
    # configuration yet (an upgrade only try-restarts a running one).
    set(control_dir "${OUTPUT_DIR}/gateway-control")
    run_checked("dpkg-deb -e" COMMAND "${DPKG_DEB}" -e "${deb_counterdesk-gateway}" "${control_dir}")
    foreach(script IN ITEMS postinst prerm postrm)
        file(READ "${control_dir}/${script}" text)
        if(text MATCHES "(deb-systemd-invoke|systemctl)[^\n]*[ \t](start|restart|enable|reenable)([ \t]|$)"
                OR text MATCHES "deb-systemd-helper[^\n]*[ \t](enable|reenable|unmask)")
            message(FATAL_ERROR "counterdesk-gateway's ${script} enables or starts the service:\n${text}")
        endif()
    endforeach()
    if(EXISTS "${control_dir}/conffiles")
        file(READ "${control_dir}/conffiles" conffiles)
        message(FATAL_ERROR "counterdesk-gateway has conffiles (its sample configuration belongs in "
            "/usr/share/doc/counterdesk-gateway/examples):\n${conffiles}")
    endif()
endif()

# --- 3. Contents (dpkg-deb -c) -----------------------------------------------
# Each package holds exactly its files: one package's install rules cannot
# leak into the other (a missing COMPONENT puts a file in counterdesk).
set(files_counterdesk
    ./usr/bin/counterdesk
    ./usr/share/applications/${APP_ID}.desktop
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/doc/counterdesk/copyright
    ./usr/share/doc/counterdesk/changelog.Debian.gz
    ./usr/share/lintian/overrides/counterdesk
    ./usr/share/man/man1/counterdesk.1.gz)
if(EXPECT_SANDBOX)
    list(APPEND files_counterdesk ./usr/bin/counterdesk-sandbox ./usr/share/man/man1/counterdesk-sandbox.1.gz)
endif()
if(EXPECT_CLI)
    list(APPEND files_counterdesk ./usr/bin/counterdesk-cli ./usr/share/man/man1/counterdesk-cli.1.gz)
endif()
set(files_counterdesk-gateway
    ./usr/sbin/counterdesk-gateway
    ./usr/lib/systemd/system/counterdesk-gateway.service
    ./usr/lib/sysusers.d/counterdesk-gateway.conf
    ./usr/share/doc/counterdesk-gateway/examples/gateway.ini
    ./usr/share/doc/counterdesk-gateway/gateway.md
    ./usr/share/doc/counterdesk-gateway/copyright
    ./usr/share/doc/counterdesk-gateway/changelog.Debian.gz
    ./usr/share/lintian/overrides/counterdesk-gateway
    ./usr/share/man/man8/counterdesk-gateway.8.gz)
foreach(package IN LISTS packages)
    run_checked("dpkg-deb -c" COMMAND "${DPKG_DEB}" -c "${deb_${package}}" OUTPUT_VARIABLE listing)
    # Everything lives under /usr, and no build leftovers (headers, static
    # libraries, CMake files) slip in through an install rule meant for developers.
    string(REGEX MATCHALL " \\./[^\n]*" paths "${listing}")
    set(files "")
    foreach(path IN LISTS paths)
        string(STRIP "${path}" path)
        if(NOT path MATCHES "^\\./(usr/?.*)?$")
            message(FATAL_ERROR "${package} installs outside /usr: ${path}")
        endif()
        if(path MATCHES "/include/|\\.a$|\\.h$|/cmake/|/usr/local/")
            message(FATAL_ERROR "${package} carries a build leftover: ${path}")
        endif()
        if(NOT path MATCHES "/$")
            list(APPEND files "${path}")
        endif()
    endforeach()
    set(lacks "${files_${package}}")
    list(REMOVE_ITEM lacks ${files})
    set(stray "${files}")
    list(REMOVE_ITEM stray ${files_${package}})
    if(lacks OR stray)
        list(JOIN lacks "\n  " lacks)
        list(JOIN stray "\n  " stray)
        message(FATAL_ERROR "${package}: the files are not the expected ones.\n"
            "Missing:\n  ${lacks}\nNot expected:\n  ${stray}\nListing:\n${listing}")
    endif()
endforeach()

# --- 4. Unpack and validate the installed files -----------------------------
# Both packages into one tree, as on a machine that has both.
set(root "${OUTPUT_DIR}/root")
foreach(package IN LISTS packages)
    run_checked("dpkg-deb -x" COMMAND "${DPKG_DEB}" -x "${deb_${package}}" "${root}")
endforeach()
run_checked("desktop-file-validate"
    COMMAND "${DESKTOP_FILE_VALIDATE}" "${root}/usr/share/applications/${APP_ID}.desktop")
run_checked("appstreamcli validate"
    COMMAND "${APPSTREAMCLI}" validate --no-net "${root}/usr/share/metainfo/${APP_ID}.metainfo.xml")
# The tree as a whole: metainfo, launchable .desktop file and icon agree.
run_checked("appstreamcli validate-tree"
    COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${root}")

message(STATUS "packaging_deb: ${packages} passed all checks")
