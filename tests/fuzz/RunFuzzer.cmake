# Runs one fuzzer for a fixed number of inputs on a scratch copy of its seed corpus, so that the
# checked-in corpus is never modified by a test run.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
if(EXISTS ${SEEDS})
    file(GLOB seedFiles ${SEEDS}/*)
    if(seedFiles)
        file(COPY ${seedFiles} DESTINATION ${WORK})
    endif()
endif()
execute_process(
    COMMAND ${FUZZER} -runs=${RUNS} -seed=1 -max_len=16384 -timeout=10 -rss_limit_mb=2048
            -artifact_prefix=${WORK}/ ${WORK}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "fuzzer ${FUZZER} failed (${result}); crashing input is in ${WORK}")
endif()
