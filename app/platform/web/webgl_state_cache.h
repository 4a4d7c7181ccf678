// A cache in front of WebGL's state reads for the one context the page draws with. Kept apart
// because it is JavaScript that wraps the context (GLctx), not C++ drawing code.
#pragma once

namespace pe {

// ImGui's OpenGL3 backend saves and restores GL state around every frame with glGetIntegerv.
// In WebGL some of those reads (SCISSOR_BOX, the blend factors and equations, ACTIVE_TEXTURE)
// are synchronous round trips to the GPU process that wait for all queued drawing: measured
// 27 ms of a 30 ms frame in headless Chromium (SwiftShader), whatever the data. Nothing else
// uses this context, so this answers those reads from the values last set through it (the
// first read of each asks WebGL once); every other query goes to WebGL as before.
// Call once, with the context current, before the first frame.
void install_webgl_state_cache();

}  // namespace pe
