# systemd-analyze verify on counterdesk-gateway's unit: any complaint fails,
# including the ones systemd only warns about and then ignores (a mistyped
# hardening value would otherwise silently leave the service unprotected).
#
# -DSYSTEMD_ANALYZE= -DUNIT=: the unit to verify (gateway_systemd_unit: the
# source with the built program in ExecStart=).
# With -DROOT=<an unpacked package> -DSCRATCH=<folder> (packaging_deb_gateway_unit),
# UNIT is the packaged file, naming the installed paths: each program of an
# Exec...= line and each file: or man: page of Documentation= must be in ROOT,
# and a copy whose programs point into ROOT is what gets verified. With
# -DSYSTEMD_SYSUSERS= -DSYSUSERS=<name>.conf as well, the call the package's
# postinst makes ("systemd-sysusers <name>.conf", dry run, on ROOT) must create
# the unit's User=.
if(NOT SYSTEMD_ANALYZE)
    message(FATAL_ERROR "systemd-analyze not found (Debian systemd): the gateway's unit cannot be checked")
endif()

set(unit "${UNIT}")
if(DEFINED ROOT)
    if(NOT EXISTS "${UNIT}")
        message(FATAL_ERROR "${UNIT} is missing: did packaging_deb run?")
    endif()
    file(READ "${UNIT}" text)
    set(missing "")
    set(text "\n${text}")
    string(REGEX MATCHALL "\nExec[A-Za-z]+=[-@:+!]*/[^ \n]+" exec_lines "${text}")
    if(NOT exec_lines)
        message(FATAL_ERROR "${UNIT} has no Exec...= line with an absolute program")
    endif()
    foreach(line IN LISTS exec_lines)
        string(REGEX MATCH "/[^ \n]+$" program "${line}")
        if(NOT EXISTS "${ROOT}${program}")
            string(STRIP "${line}" shown)
            string(APPEND missing "  ${program} (${shown})\n")
        endif()
        string(REGEX REPLACE "/[^ \n]+$" "${ROOT}${program}" copy_line "${line}")
        string(REPLACE "${line}" "${copy_line}" text "${text}")
    endforeach()
    string(REGEX MATCHALL "\nDocumentation=[^\n]*" doc_lines "${text}")
    foreach(line IN LISTS doc_lines)
        string(REGEX REPLACE "^\nDocumentation=" "" uris "${line}")
        string(REPLACE " " ";" uris "${uris}")
        foreach(uri IN LISTS uris)
            if(uri MATCHES "^file:(/.*)$")
                set(path "${CMAKE_MATCH_1}")
            elseif(uri MATCHES "^man:([^()]+)\\(([0-9])\\)$")
                set(path "/usr/share/man/man${CMAKE_MATCH_2}/${CMAKE_MATCH_1}.${CMAKE_MATCH_2}.gz")
            else()
                continue()
            endif()
            if(NOT EXISTS "${ROOT}${path}")
                string(APPEND missing "  ${path} (Documentation=${uri})\n")
            endif()
        endforeach()
    endforeach()
    if(missing)
        message(FATAL_ERROR "${UNIT} names what the package does not hold:\n${missing}")
    endif()
    get_filename_component(unit_name "${UNIT}" NAME)
    set(unit "${SCRATCH}/${unit_name}")
    file(REMOVE_RECURSE "${SCRATCH}")
    file(WRITE "${unit}" "${text}")

    if(DEFINED SYSUSERS)
        if(NOT SYSTEMD_SYSUSERS)
            message(FATAL_ERROR "systemd-sysusers not found (Debian systemd): the package's user cannot be checked")
        endif()
        if(NOT text MATCHES "\nUser=([^\n]+)")
            message(FATAL_ERROR "${UNIT} names no User=")
        endif()
        set(user "${CMAKE_MATCH_1}")
        execute_process(COMMAND "${SYSTEMD_SYSUSERS}" --dry-run "--root=${ROOT}" "${SYSUSERS}"
            RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
        if(NOT rc EQUAL 0 OR NOT "${out}${err}" MATCHES "Creating user '${user}'")
            message(FATAL_ERROR "systemd-sysusers ${SYSUSERS} (as the package's postinst calls it) does not "
                "create the unit's User=${user} (exit ${rc}):\n${out}${err}")
        endif()
    endif()
endif()

# verify runs man(1) on each man: page of Documentation=: the package's own
# pages with ROOT; without it the page is not installed anywhere, so that
# check is left to packaging_deb_gateway_unit.
if(DEFINED ROOT)
    set(verify "${CMAKE_COMMAND}" -E env "MANPATH=${ROOT}/usr/share/man" "${SYSTEMD_ANALYZE}" verify)
else()
    set(verify "${SYSTEMD_ANALYZE}" verify --man=no)
endif()
execute_process(COMMAND ${verify} "${unit}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "systemd-analyze verify ${unit} (exit ${rc}):\n${out}${err}")
endif()
