# Warnings are errors-in-waiting: keep them at zero.
add_library(wedlive_warnings INTERFACE)
target_compile_options(wedlive_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Wunused -Woverloaded-virtual -Wnull-dereference -Wformat=2)
# Shadowed locals, spelled per compiler.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    target_compile_options(wedlive_warnings INTERFACE -Wshadow-uncaptured-local
                           -Wno-gnu-zero-variadic-macro-arguments)
else()
    target_compile_options(wedlive_warnings INTERFACE -Wshadow=local)
endif()

if(WEDLIVE_SANITIZE STREQUAL "address")
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
elseif(WEDLIVE_SANITIZE STREQUAL "thread")
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
    add_link_options(-fsanitize=thread)
elseif(NOT WEDLIVE_SANITIZE STREQUAL "")
    message(FATAL_ERROR "WEDLIVE_SANITIZE must be address, thread or empty")
endif()
