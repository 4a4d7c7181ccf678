# nlohmann/json (header-only, Debian's) and Dear ImGui 1.90.1 (Debian's source package,
# unpacked by scripts/setup.sh into third_party/imgui; FetchContent elsewhere).

# Emscripten must not see /usr/include whole: point it at a folder holding only a link.
add_library(pe_nlohmann_json INTERFACE)
if(EMSCRIPTEN)
  set(_pe_json_dir "${CMAKE_BINARY_DIR}/json_include")
  file(MAKE_DIRECTORY "${_pe_json_dir}")
  if(NOT EXISTS "${_pe_json_dir}/nlohmann")
    file(CREATE_LINK /usr/include/nlohmann "${_pe_json_dir}/nlohmann" SYMBOLIC)
  endif()
  target_include_directories(pe_nlohmann_json SYSTEM INTERFACE "${_pe_json_dir}")
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  target_link_libraries(pe_nlohmann_json INTERFACE nlohmann_json::nlohmann_json)
endif()

set(PE_IMGUI_DIR "${CMAKE_SOURCE_DIR}/third_party/imgui" CACHE PATH "Dear ImGui 1.90.1 sources")
if(NOT EXISTS "${PE_IMGUI_DIR}/imgui.cpp")
  message(STATUS "Dear ImGui not in ${PE_IMGUI_DIR}: fetching upstream v1.90.1")
  include(FetchContent)
  FetchContent_Declare(imgui GIT_REPOSITORY https://github.com/ocornut/imgui.git GIT_TAG v1.90.1)
  FetchContent_MakeAvailable(imgui)
  set(PE_IMGUI_DIR "${imgui_SOURCE_DIR}")
endif()

# item_registry.cpp defines the hooks imgui.cpp calls: it lives in the same archive so the
# linker always finds them, whatever the link order.
add_library(pe_imgui STATIC
  ${PE_IMGUI_DIR}/imgui.cpp ${PE_IMGUI_DIR}/imgui_draw.cpp
  ${PE_IMGUI_DIR}/imgui_tables.cpp ${PE_IMGUI_DIR}/imgui_widgets.cpp
  ${CMAKE_SOURCE_DIR}/app/ui/item_registry.cpp)
target_include_directories(pe_imgui PRIVATE ${CMAKE_SOURCE_DIR}/app/ui)
target_include_directories(pe_imgui SYSTEM PUBLIC ${PE_IMGUI_DIR})
# IMGUI_ENABLE_TEST_ENGINE compiles item hooks in (off until enabled: see app/ui/item_registry.h).
target_compile_definitions(pe_imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS IMGUI_ENABLE_TEST_ENGINE)
# 32-bit indices: WebGL 2 has no base vertex (no ImGuiBackendFlags_RendererHasVtxOffset), so a
# draw list past 64k vertices (the network at 10k entities) would wrap 16-bit indices.
target_compile_definitions(pe_imgui PUBLIC "ImDrawIdx=unsigned int")

add_library(pe_imgui_glfw_gl3 STATIC
  ${PE_IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${PE_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(pe_imgui_glfw_gl3 SYSTEM PUBLIC ${PE_IMGUI_DIR}/backends)
target_link_libraries(pe_imgui_glfw_gl3 PUBLIC pe_imgui)
if(EMSCRIPTEN)
  target_link_options(pe_imgui_glfw_gl3 PUBLIC -sUSE_GLFW=3)  # GLFW in JS: headers are built in
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(GLFW3 REQUIRED IMPORTED_TARGET glfw3)
  find_package(OpenGL REQUIRED)
  target_link_libraries(pe_imgui_glfw_gl3 PUBLIC PkgConfig::GLFW3 OpenGL::GL ${CMAKE_DL_LIBS})
endif()
