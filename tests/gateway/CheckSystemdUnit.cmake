# systemd-analyze verify on counterdesk-gateway's unit: any complaint fails,
# including the ones systemd only warns about and then ignores (a mistyped
# hardening value would otherwise silently leave the service unprotected).
if(NOT SYSTEMD_ANALYZE)
    message(FATAL_ERROR "systemd-analyze not found (Debian systemd): the gateway's unit cannot be checked")
endif()
execute_process(COMMAND "${SYSTEMD_ANALYZE}" verify "${UNIT}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "systemd-analyze verify ${UNIT} (exit ${rc}):\n${out}${err}")
endif()
