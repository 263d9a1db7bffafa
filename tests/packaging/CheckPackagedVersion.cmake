# cmake -P script: the counterdesk binary unpacked from the .deb (by
# packaging_deb, the fixture that runs first) starts and prints its version.
# Run by the ctest test packaging_deb_version with -DROOT= and -DVERSION=.
cmake_minimum_required(VERSION 3.25)

set(exe "${ROOT}/usr/bin/counterdesk")
if(NOT EXISTS "${exe}")
    message(FATAL_ERROR "${exe} is missing: did packaging_deb run?")
endif()

# A GUI app that ignores --version would open its window and never exit
# (offscreen, nobody closes it): the timeout turns that into a clear failure.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen "${exe}" --version
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "counterdesk --version did not exit 0 within 30 s (${rc}); "
        "does the app handle --version (QCommandLineParser::addVersionOption)?\n"
        "stdout: ${out}\nstderr: ${err}")
endif()
string(FIND "${out}" "${VERSION}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "counterdesk --version printed no '${VERSION}':\n${out}")
endif()
string(STRIP "${out}" out)
message(STATUS "packaged counterdesk --version: ${out}")
