# How the tree builds fast on a two-core machine without dropping a check.
#
# Unity builds: the sources of each library and of each program made of
# several files are compiled a few at a time in one translation unit, so Qt's
# headers (most of a file's compile time) are read once per batch instead of
# once per file. Targets of one file (most tests) gain nothing and stay as
# they are: GCC would read an included .cpp as a header and warn about its
# classes (-Wsubobject-linkage). A file that misses an #include, or calls a
# helper another file of its batch defines, can hide in a batch; the Clang
# check (preset ci-clang) therefore builds without unity, every file on its
# own. COUNTERDESK_UNITY=OFF builds every file on its own here too.
#
# lld links: the tree links about 120 executables, and lld does it about three
# times faster than the default bfd linker. Linux only: MinGW and MSVC keep
# their own linkers.
option(COUNTERDESK_UNITY "Compile the sources of libraries and multi-file programs in batches (unity build)" ON)

# Called by every library and multi-file program of ours. Small batches: a
# changed file recompiles only its batch.
function(counterdesk_unity_build target)
    if(COUNTERDESK_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 6)
    endif()
endfunction()

if(NOT WIN32 AND NOT APPLE)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" COUNTERDESK_HAVE_LLD)
    if(COUNTERDESK_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    else()
        message(WARNING "ld.lld not found (Debian package lld): linking with the default linker, about three times slower")
    endif()
endif()
