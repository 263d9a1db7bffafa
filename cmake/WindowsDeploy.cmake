# What a cross-built Windows package carries beside the executables, as
# windeployqt would deploy it (windeployqt itself is a Windows program that
# a Linux host does not have): the Qt DLLs CounterDesk links, the plugins it
# loads at run time, the MinGW runtime and the other libraries' DLLs.
#
# Included from packaging/CMakeLists.txt only when cross-compiling for
# Windows (scripts/check-windows.sh); a native MSVC build uses windeployqt.
# Everything comes from the SDK Qt was found in (QT6_INSTALL_PREFIX) and from
# the mingw-w64 toolchain.

set(_sdk "${QT6_INSTALL_PREFIX}")
set(_bin "${CMAKE_INSTALL_BINDIR}")

foreach(module Core Gui Widgets Network Sql PrintSupport)
    install(FILES "${_sdk}/bin/Qt6${module}.dll" DESTINATION "${_bin}")
endforeach()

# Qt looks for plugins in folders beside the executable. platforms: the
# window system (qwindows) and offscreen (the CLI's receipts, tests);
# styles: the native look; sqldrivers: the journal; tls: HTTPS to Eko
# through Schannel; imageformats: the .ico of the window.
foreach(kind platforms styles sqldrivers tls imageformats)
    if(EXISTS "${_sdk}/plugins/${kind}")
        install(DIRECTORY "${_sdk}/plugins/${kind}" DESTINATION "${_bin}"
            FILES_MATCHING PATTERN "*.dll")
    endif()
endforeach()

# OpenSSL (libcrypto: request signing) and libqrencode, from the SDK.
file(GLOB _sdk_dlls "${_sdk}/bin/libcrypto-*.dll" "${_sdk}/lib/libqrencode.dll" "${_sdk}/bin/libqrencode.dll")
install(FILES ${_sdk_dlls} DESTINATION "${_bin}")

# The MinGW runtime the compiler links every executable against.
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++-6.dll
    OUTPUT_VARIABLE _libstdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libgcc_s_seh-1.dll
    OUTPUT_VARIABLE _libgcc OUTPUT_STRIP_TRAILING_WHITESPACE)
find_file(_winpthread libwinpthread-1.dll
    PATHS /usr/x86_64-w64-mingw32/lib /usr/x86_64-w64-mingw32/bin NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
foreach(dll IN ITEMS "${_libstdcxx}" "${_libgcc}" "${_winpthread}")
    if(NOT EXISTS "${dll}")
        message(FATAL_ERROR "WindowsDeploy: MinGW runtime DLL not found: '${dll}'")
    endif()
    install(FILES "${dll}" DESTINATION "${_bin}")
endforeach()
