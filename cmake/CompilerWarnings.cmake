# One place for the warning policy: every target of ours calls this, so the
# same flags (and -Werror) hold in every build, GCC and Clang alike.
function(counterdesk_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(COUNTERDESK_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
            -Wcast-align -Woverloaded-virtual -Wconversion
            -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
        if(COUNTERDESK_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    # QT_NO_KEYWORDS: no bare signals/slots/emit macros clashing with other code.
    # Deprecated Qt API is an error so newer Qt 6 releases keep building.
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS
        QT_NO_URL_CAST_FROM_STRING
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()
