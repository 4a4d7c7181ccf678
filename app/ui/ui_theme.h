// The look of the program: colours, spacing, rounding, scaled to the screen's pixel ratio.
#pragma once

namespace pe {

void apply_ui_theme(float pixel_scale);

}  // namespace pe
