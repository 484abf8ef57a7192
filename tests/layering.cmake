# The floors of the code, checked on every run (cmake -P, no other tool):
#  - every quoted include under models/, app/, ui/ and programs/ names its
#    floor ("models/...", "app/...", "ui/..."), so a path means one file;
#  - models/ includes nothing of app/ or ui/; app/ nothing of ui/;
#  - no source file under models/, app/ or ui/ is over 800 lines (a file that
#    grows past it holds more than one job: split it).
# usage: cmake -DSOURCE_DIR=<repo> -P tests/layering.cmake
set(problems "")
foreach(floor models app ui programs)
    file(GLOB_RECURSE sources "${SOURCE_DIR}/${floor}/*.h" "${SOURCE_DIR}/${floor}/*.cpp")
    foreach(source IN LISTS sources)
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
        if(NOT floor STREQUAL "programs")
            # file(STRINGS) skips empty lines: count the newlines instead.
            file(READ "${source}" text)
            string(REGEX MATCHALL "\n" newlines "${text}")
            list(LENGTH newlines count)
            if(count GREATER 800)
                string(APPEND problems "${shown}: ${count} lines; at most 800 (split it by job)\n")
            endif()
        endif()
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[^\"]*\"([^\"]+)\".*$" "\\1" included "${line}")
            if(NOT included MATCHES "^(models|app|ui)/")
                string(APPEND problems "${shown}: \"${included}\" does not name its floor (models/, app/ or ui/)\n")
            elseif(floor STREQUAL "models" AND included MATCHES "^(app|ui)/")
                string(APPEND problems "${shown}: models/ may not include ${included}\n")
            elseif(floor STREQUAL "app" AND included MATCHES "^ui/")
                string(APPEND problems "${shown}: app/ may not include ${included}\n")
            endif()
        endforeach()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "The layering rules are broken:\n${problems}")
endif()
message(STATUS "Every include names its floor; no floor reaches up; no file is over 800 lines.")
