// Implements the WebGL state cache (webgl_state_cache.h): wraps the setters of the state ImGui's
// backend reads back, and answers getParameter for those from what was last set.
#include "webgl_state_cache.h"

#include <emscripten/emscripten.h>

namespace {

// clang-format off
EM_JS(void, install_gl_state_cache_js, (), {
    var gl = GLctx;
    if (!gl || gl.peStateCache) return;
    var cache = gl.peStateCache = {};
    var SCISSOR_BOX = 0x0C10, ACTIVE_TEXTURE = 0x84E0;
    var BLEND_SRC_RGB = 0x80C9, BLEND_DST_RGB = 0x80C8, BLEND_SRC_ALPHA = 0x80CB, BLEND_DST_ALPHA = 0x80CA;
    var BLEND_EQUATION_RGB = 0x8009, BLEND_EQUATION_ALPHA = 0x883D;
    var cached = [SCISSOR_BOX, ACTIVE_TEXTURE, BLEND_SRC_RGB, BLEND_DST_RGB, BLEND_SRC_ALPHA, BLEND_DST_ALPHA,
                  BLEND_EQUATION_RGB, BLEND_EQUATION_ALPHA];
    function wrap(name, record) {
        var original = gl[name];
        gl[name] = function () { record.apply(null, arguments); return original.apply(gl, arguments); };
    }
    wrap('scissor', function (x, y, w, h) { cache[SCISSOR_BOX] = new Int32Array([x, y, w, h]); });
    wrap('activeTexture', function (unit) { cache[ACTIVE_TEXTURE] = unit; });
    wrap('blendFunc', function (src, dst) {
        cache[BLEND_SRC_RGB] = cache[BLEND_SRC_ALPHA] = src; cache[BLEND_DST_RGB] = cache[BLEND_DST_ALPHA] = dst;
    });
    wrap('blendFuncSeparate', function (srcRgb, dstRgb, srcAlpha, dstAlpha) {
        cache[BLEND_SRC_RGB] = srcRgb; cache[BLEND_DST_RGB] = dstRgb;
        cache[BLEND_SRC_ALPHA] = srcAlpha; cache[BLEND_DST_ALPHA] = dstAlpha;
    });
    wrap('blendEquation', function (mode) { cache[BLEND_EQUATION_RGB] = cache[BLEND_EQUATION_ALPHA] = mode; });
    wrap('blendEquationSeparate', function (rgb, alpha) { cache[BLEND_EQUATION_RGB] = rgb; cache[BLEND_EQUATION_ALPHA] = alpha; });
    var getParameter = gl.getParameter;
    gl.getParameter = function (name) {
        if (cached.indexOf(name) < 0) return getParameter.call(gl, name);
        if (!(name in cache)) cache[name] = getParameter.call(gl, name);
        return cache[name];
    };
    // A lost and restored context starts from defaults again: ask WebGL afresh.
    gl.canvas.addEventListener('webglcontextrestored', function () { cached.forEach(function (n) { delete cache[n]; }); });
});
// clang-format on

}  // namespace

namespace pe {

void install_webgl_state_cache() {
    install_gl_state_cache_js();
}

}  // namespace pe
