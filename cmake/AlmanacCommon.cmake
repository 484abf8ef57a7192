# One INTERFACE target carries the language level, warnings and Qt's strictness
# defines for every library and executable of the project.
add_library(almanac_common INTERFACE)
target_compile_features(almanac_common INTERFACE cxx_std_20)
target_compile_options(almanac_common INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(almanac_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ALMANAC_VERSION="${PROJECT_VERSION}")
set(CMAKE_CXX_EXTENSIONS OFF)

# libFuzzer comes with clang only.
set(ALMANAC_HAS_LIBFUZZER OFF)
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    include(CheckCXXSourceCompiles)
    set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer")
    check_cxx_source_compiles("
        #include <cstddef>
        #include <cstdint>
        extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }" ALMANAC_LIBFUZZER_LINKS)
    unset(CMAKE_REQUIRED_FLAGS)
    if(ALMANAC_LIBFUZZER_LINKS)
        set(ALMANAC_HAS_LIBFUZZER ON)
    endif()
endif()
