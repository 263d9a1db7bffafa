# counterdesk_add_windows_resources(TARGET "Description"): the icon and the
# version information (Explorer's Properties > Details) of a Windows
# executable, from packaging/windows/executable.rc.in. Does nothing elsewhere.
function(counterdesk_add_windows_resources target description)
    if(NOT WIN32)
        return()
    endif()
    set(RC_TARGET ${target})
    set(RC_FILE_NAME ${target}.exe)
    set(RC_DESCRIPTION "${description}")
    set(RC_ICON "${PROJECT_SOURCE_DIR}/resources/icons/counterdesk.ico")
    # FILEVERSION wants four numbers: 0.9.0 -> 0,9,0,0
    string(REPLACE "." "," RC_VERSION_COMMAS "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
    set(rc "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc")
    configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/executable.rc.in" "${rc}" @ONLY)
    target_sources(${target} PRIVATE "${rc}")
endfunction()
