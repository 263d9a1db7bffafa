# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (posix threads).
#
# Used twice: by scripts/build-windows-sdk.sh to build Qt and the other
# libraries, and by scripts/check-windows.sh to build CounterDesk against them
# (there through Qt's qt.toolchain.cmake, which loads this file). The SDK's
# location comes from the environment, not a cache variable, because CMake
# re-reads a toolchain file inside every try_compile() project, which sees the
# environment but not our cache.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_mingw x86_64-w64-mingw32)
# The -posix variants: std::thread and std::mutex need the winpthreads model.
set(CMAKE_C_COMPILER ${_mingw}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_mingw}-g++-posix)
set(CMAKE_RC_COMPILER ${_mingw}-windres)
set(CMAKE_AR ${_mingw}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${_mingw}-gcc-ranlib-posix CACHE FILEPATH "")

# Headers, libraries and CMake packages come only from the mingw sysroot and
# the SDK; programs (moc, rcc, lrelease) only from the Linux host.
set(CMAKE_FIND_ROOT_PATH /usr/${_mingw})
if(DEFINED ENV{COUNTERDESK_WINDOWS_SDK})
    list(PREPEND CMAKE_FIND_ROOT_PATH "$ENV{COUNTERDESK_WINDOWS_SDK}")
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
