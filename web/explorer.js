// Page glue: checks that the browser can run the program, downloads the WebAssembly with a
// progress bar, starts it, shows a readable message when anything fails, and exposes
// window.explorer (state, select, setLanguage) for tests and embedders.
(function () {
  'use strict';
  var overlay = document.getElementById('overlay');
  var message = document.getElementById('message');
  var progress = document.getElementById('progress');
  var canvas = document.getElementById('canvas');
  var failed = false;

  function fail(text) {
    if (failed) return;
    failed = true;
    overlay.classList.remove('hidden');
    overlay.classList.add('failed');
    message.textContent = text;
    window.explorer.failure = text;
  }

  function api() {
    return {
      failure: null,
      state: function () {
        if (!window.explorer.started) return { ready: false, failure: window.explorer.failure };
        return JSON.parse(Module.UTF8ToString(Module._pe_state_json()));
      },
      select: function (id) { return window.explorer.started && Module.ccall('pe_select', 'number', ['string'], [id || '']) === 1; },
      setLanguage: function (code) { return window.explorer.started && Module.ccall('pe_set_language', 'number', ['string'], [code]) === 1; },
      started: false
    };
  }
  window.explorer = api();

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('This browser cannot run WebAssembly, which Policy Explorer needs.\n此浏览器不支持 WebAssembly，无法运行政策浏览器。');
    return;
  }
  if (!document.createElement('canvas').getContext('webgl2')) {
    fail('This browser or device has no WebGL2 (it may be switched off, or the graphics driver is blocked).\n此浏览器或设备不支持 WebGL2（可能已被禁用或显卡驱动被屏蔽）。');
    return;
  }

  // Streams the .wasm so the bar moves; falls back to the byte count when the size is unknown.
  function fetchWithProgress(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      var total = Number(response.headers.get('Content-Length')) || 0;
      var encoded = response.headers.get('Content-Encoding');
      if (!response.body || !response.body.getReader) return response.arrayBuffer();
      var reader = response.body.getReader();
      var chunks = [];
      var received = 0;
      function pump() {
        return reader.read().then(function (step) {
          if (step.done) {
            var bytes = new Uint8Array(received);
            var offset = 0;
            chunks.forEach(function (chunk) { bytes.set(chunk, offset); offset += chunk.length; });
            return bytes.buffer;
          }
          chunks.push(step.value);
          received += step.value.length;
          var known = total > 0 && !encoded;
          progress.style.width = known ? Math.min(100, (100 * received) / total).toFixed(1) + '%' : '50%';
          message.textContent = 'Loading… 正在加载… ' + (received / 1048576).toFixed(1) + ' MB';
          return pump();
        });
      }
      return pump();
    });
  }

  var params = new URLSearchParams(location.search);
  var language = params.get('lang') || navigator.language || 'en';

  window.Module = {
    canvas: canvas,
    arguments: ['--lang', language],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    instantiateWasm: function (imports, receive) {
      fetchWithProgress('app.wasm')
        .then(function (bytes) { return WebAssembly.instantiate(bytes, imports); })
        .then(function (result) { progress.style.width = '100%'; receive(result.instance, result.module); })
        .catch(function (error) { fail('Policy Explorer could not be downloaded or started: ' + error.message + '\n政策浏览器下载或启动失败。'); });
      return {};
    },
    onRuntimeInitialized: function () { window.explorer.started = true; },
    onExplorerReady: function () {
      overlay.classList.add('hidden');
      canvas.focus();
    },
    onExplorerFailure: function (what) { fail('Policy Explorer could not start: ' + what + '\n政策浏览器无法启动。'); },
    onAbort: function (what) { fail('Policy Explorer stopped with an error: ' + what + '\n政策浏览器遇到错误而停止。'); }
  };
  window.addEventListener('error', function (event) {
    if (!window.explorer.started) fail('Policy Explorer could not start: ' + event.message + '\n政策浏览器无法启动。');
  });

  var script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = function () { fail('app.js could not be loaded.\n无法加载 app.js。'); };
  document.body.appendChild(script);
})();
