# cmake -P script: each program in the .debs has its manual page, the page
# reads without a warning from man, and it names every option of the
# program's --help (and, for counterdesk-cli, every command), so a page
# written by hand cannot fall behind the program unnoticed. Run by the ctest
# test packaging_deb_manpages on the tree packaging_deb unpacked, with -DROOT=,
# -DPROGRAMS= (comma-separated), -DSCRATCH=, -DGZIP= and -DMAN=.
# A program is usr/bin/<name> with its page in section 1, or usr/sbin/<name>
# (counterdesk-gateway, an administrator's program) with its page in section 8.
cmake_minimum_required(VERSION 3.25)

foreach(tool IN ITEMS "GZIP;gzip" "MAN;man-db")
    list(GET tool 0 var)
    list(GET tool 1 package)
    if(NOT EXISTS "${${var}}")
        message(FATAL_ERROR "${var} is not installed: install ${package} (lintian, in "
            "scripts/debian-packages.txt, depends on man-db)")
    endif()
endforeach()

# The programs write their logs under the data folder: a scratch home.
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}/home" "${SCRATCH}/data" "${SCRATCH}/config")
set(env HOME=${SCRATCH}/home XDG_DATA_HOME=${SCRATCH}/data XDG_CONFIG_HOME=${SCRATCH}/config
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8)

string(REPLACE "," ";" programs "${PROGRAMS}")
set(failures "")
foreach(program IN LISTS programs)
    if(EXISTS "${ROOT}/usr/sbin/${program}")
        set(exe "${ROOT}/usr/sbin/${program}")
        set(section 8)
    else()
        set(exe "${ROOT}/usr/bin/${program}")
        set(section 1)
    endif()
    set(page "${ROOT}/usr/share/man/man${section}/${program}.${section}.gz")
    if(NOT EXISTS "${page}")
        string(APPEND failures "${program}: no manual page ${page}\n")
        continue()
    endif()

    # man renders it without a warning (groff's or man's own).
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env MANWIDTH=80 LC_ALL=C.UTF-8
            "${MAN}" --warnings -l "${page}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE rendered ERROR_VARIABLE warnings)
    if(NOT rc EQUAL 0 OR NOT warnings STREQUAL "" OR NOT rendered MATCHES "NAME")
        string(APPEND failures "${program}: man -l ${page} (exit ${rc}) warns:\n${warnings}\n")
    endif()

    # The page's source with the escapes of names taken out: \- is "-",
    # \fB...\fP only changes the font.
    execute_process(COMMAND "${GZIP}" -dc "${page}" RESULT_VARIABLE rc OUTPUT_VARIABLE source)
    string(REPLACE "\\-" "-" source "${source}")
    string(REGEX REPLACE "\\\\f[BIRP]" "" source "${source}")

    execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${env} "${exe}" --help
        RESULT_VARIABLE rc OUTPUT_VARIABLE help ERROR_VARIABLE err TIMEOUT 30)
    if(NOT rc EQUAL 0)
        string(APPEND failures "${program} --help failed (${rc}): ${err}\n")
        continue()
    endif()

    string(REGEX MATCHALL "--[a-z][a-z-]*[a-z]" options "${help}")
    list(REMOVE_DUPLICATES options)
    foreach(option IN LISTS options)
        string(FIND "${source}" "${option}" at)
        if(at EQUAL -1)
            string(APPEND failures "${program}: the manual page lacks ${option} (in --help)\n")
        endif()
    endforeach()

    # counterdesk-cli: the lines of "Commands:" start with the command's name
    # ("recipient add" is two words); the page has a paragraph for each.
    set(commands "")
    if(help MATCHES "\nCommands:\n(.*)\n\n")
        string(REGEX MATCHALL "\n  [a-z][a-z-]*( [a-z]+)?" commands "\n${CMAKE_MATCH_1}")
    endif()
    # counterdesk-gateway: each line of its second "Usage:" block names a
    # command of one or two words ("  counterdesk-gateway counter add NAME ...").
    if(help MATCHES "\nUsage:\n(.*)$")
        string(REGEX MATCHALL "\n  ${program} [a-z][a-z-]*( [a-z][a-z-]*)?" usage_lines "\n${CMAKE_MATCH_1}")
        foreach(line IN LISTS usage_lines)
            string(REPLACE "\n  ${program} " "" command "${line}")
            list(APPEND commands "${command}")
        endforeach()
    endif()
    foreach(command IN LISTS commands)
        string(STRIP "${command}" command)
        # a .TP paragraph tagged ".B transfer ..." or ".BI "inquire " REF"; roff
        # writes a hyphen as "\-" ("set\-password")
        string(REPLACE "-" "\\\\?-" pattern "${command}")
        if(NOT source MATCHES "\n\\.TP\n\\.BI? \"?${pattern}[ \"\n]")
            string(APPEND failures "${program}: the manual page has no paragraph for the command '${command}'\n")
        endif()
    endforeach()
    list(LENGTH options option_count)
    list(LENGTH commands command_count)
    message(STATUS "${program}.${section}: checked against the ${option_count} options"
        " and ${command_count} commands of its --help")
endforeach()

if(failures)
    message(FATAL_ERROR "manual pages (packaging/linux/man/) and --help disagree:\n${failures}")
endif()
