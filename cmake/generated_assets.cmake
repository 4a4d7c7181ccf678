# Generates C++ sources holding the dataset, the UI string table and a font subset made of
# exactly the characters those two can show. Runs Debian's python3 (it has fontTools).
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
  "${_pe_gen}/embedded_dataset.cpp" "${_pe_gen}/embedded_ui_strings.cpp" "${_pe_gen}/embedded_font.cpp")

add_custom_command(
  OUTPUT ${PE_GENERATED_ASSET_SOURCES} "${_pe_gen}/font_chars.txt" "${_pe_gen}/font_subset.otf"
  COMMAND "${PE_PYTHON}" "${CMAKE_SOURCE_DIR}/scripts/generate_assets.py"
          --dataset "${PE_DATASET_JSON}" --strings "${PE_UI_STRINGS_JSON}"
          --font "${PE_CJK_FONT}" --font-index "${PE_CJK_FONT_INDEX}" --out "${_pe_gen}"
          --sources "${CMAKE_SOURCE_DIR}/app/core" "${CMAKE_SOURCE_DIR}/app/ui"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/generate_assets.py" "${PE_DATASET_JSON}" "${PE_UI_STRINGS_JSON}"
          ${PE_TEXT_SOURCES}
  COMMENT "Embedding the dataset, the UI strings and a CJK font subset"
  VERBATIM)
