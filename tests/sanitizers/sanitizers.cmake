# The environment of every test in a sanitizer build (QVIRT_SANITIZE): a
# report fails the test that caused it. Included at the end of
# tests/CMakeLists.txt, after every test is added.
if(NOT QVIRT_SANITIZE)
    return()
endif()

set(supp ${CMAKE_CURRENT_LIST_DIR})
if(QVIRT_SANITIZE MATCHES "address")
    set(sanitizer_env
        "ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1"
        "LSAN_OPTIONS=suppressions=${supp}/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
elseif(QVIRT_SANITIZE MATCHES "thread")
    # history_size=7: the longest history of earlier accesses TSan keeps. A
    # suppression (tsan.supp) that names the earlier access's stack cannot
    # match when that stack was lost, and the default lost it now and then.
    set(tsan_options "halt_on_error=1:second_deadlock_stack=1:history_size=7:suppressions=${supp}/tsan.supp:print_suppressions=0")
    set(sanitizer_env "TSAN_OPTIONS=${tsan_options}")
endif()

get_property(all_tests DIRECTORY PROPERTY TESTS)
foreach(t IN LISTS all_tests)
    set_property(TEST ${t} APPEND PROPERTY ENVIRONMENT ${sanitizer_env})
    # Instrumented code runs a few times slower.
    get_test_property(${t} TIMEOUT timeout)
    if(timeout)
        math(EXPR timeout "${timeout} * 3")
        set_tests_properties(${t} PROPERTIES TIMEOUT ${timeout})
    endif()
endforeach()

# The reconnect test starts its private libvirtd again (a process) while its
# connection's threads run, and TSan's default then stops the test: "starting
# new threads after multi-threaded fork is not supported".
if(QVIRT_SANITIZE MATCHES "thread" AND TEST tst_integration_reconnect)
    set_property(TEST tst_integration_reconnect APPEND PROPERTY ENVIRONMENT "TSAN_OPTIONS=${tsan_options}:die_after_fork=0")
endif()
