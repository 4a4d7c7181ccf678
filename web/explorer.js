// Page glue: checks that the browser can run the program, downloads the WebAssembly (and the
// dataset named by ?data=URL) with a progress bar, starts it, shows a readable message when
// anything fails, and exposes window.explorer (state, select, setLanguage, loadDataset) for
// tests and embedders.
(function () {
  'use strict';
  // Time to first frame counts from here: the first moment this page's code runs.
  var scriptStart = performance.now();
  var overlay = document.getElementById('overlay');
  var message = document.getElementById('message');
  var progress = document.getElementById('progress');
  var canvas = document.getElementById('canvas');
  var failed = false;
  var mainDone = false;       // main() has run: the embedded dataset is in, loads may replace it
  var firstFrameMs = null;    // ms from scriptStart to the first frame with the requested data
  var dataPending = false;    // ?data is given and its frame has not been drawn yet
  var dataLoad = null;        // what happened to ?data: {origin, ok, bytes, downloadMs, loadMs}

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
        var state = JSON.parse(Module.UTF8ToString(Module._pe_state_json()));
        // With ?data the page is ready only once the requested data (or its error) is on screen.
        state.ready = state.ready && !dataPending;
        state.firstFrameMs = firstFrameMs;
        state.dataLoad = dataLoad;
        return state;
      },
      select: function (id) { return window.explorer.started && Module.ccall('pe_select', 'number', ['string'], [id || '']) === 1; },
      setLanguage: function (code) { return window.explorer.started && Module.ccall('pe_set_language', 'number', ['string'], [code]) === 1; },
      // Replaces the dataset with `data` (a string or an ArrayBuffer/typed array of UTF-8 JSON);
      // true when it was valid, else the current dataset stays and state().error says why.
      loadDataset: function (data, originName) {
        if (!mainDone) return false;
        var bytes = typeof data === 'string' ? null : new Uint8Array(data.buffer || data, data.byteOffset || 0, data.byteLength);
        return loadIntoProgram(typeof data === 'string' ? data : [bytes], originName || 'dataset.json') === 1;
      },
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

  // The progress bar covers every download at once (the program and the ?data file run in
  // parallel); the size is known only when the server sends an uncompressed Content-Length.
  var downloads = {};
  function showProgress() {
    var received = 0, total = 0, known = true, parts = [];
    Object.keys(downloads).forEach(function (name) {
      var d = downloads[name];
      received += d.received;
      total += d.total;
      if (!d.total) known = false;
      parts.push(d.label + ' ' + (d.received / 1048576).toFixed(1) + (d.total ? ' / ' + (d.total / 1048576).toFixed(1) : '') + ' MB');
    });
    progress.style.width = known && total > 0 ? Math.min(100, (100 * received) / total).toFixed(1) + '%' : '50%';
    message.textContent = 'Loading… 正在加载…\n' + parts.join('\n');
  }

  // Streams `url` so the bar moves. Resolves to the chunks as they came (no concatenated copy:
  // a big dataset is copied once, straight into the program's memory) and their total length.
  function fetchChunks(url, label) {
    var slot = downloads[url] = { label: label, received: 0, total: 0 };
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status + (response.statusText ? ' ' + response.statusText : ''));
      if (!response.headers.get('Content-Encoding')) slot.total = Number(response.headers.get('Content-Length')) || 0;
      if (!response.body || !response.body.getReader) {
        return response.arrayBuffer().then(function (buffer) { return { chunks: [new Uint8Array(buffer)], length: buffer.byteLength }; });
      }
      var reader = response.body.getReader();
      var chunks = [];
      function pump() {
        return reader.read().then(function (step) {
          if (step.done) return { chunks: chunks, length: slot.received };
          chunks.push(step.value);
          slot.received += step.value.length;
          showProgress();
          return pump();
        });
      }
      return pump();
    });
  }

  function joinChunks(download) {
    var bytes = new Uint8Array(download.length);
    var offset = 0;
    download.chunks.forEach(function (chunk) { bytes.set(chunk, offset); offset += chunk.length; });
    return bytes;
  }

  // Copies the JSON (a string, or byte chunks) into the heap, lets C++ load it, frees the copy.
  // Returns 1 when the dataset was replaced, 0 when it was refused (errors are in the session).
  function loadIntoProgram(data, origin) {
    var length = typeof data === 'string'
      ? Module.lengthBytesUTF8(data)
      : data.reduce(function (sum, chunk) { return sum + chunk.length; }, 0);
    if (Module.ccall('pe_refuse_oversized_dataset', 'number', ['string', 'number'], [origin, length]) === 1) return 0;
    var pointer = Module._malloc(length + 1);
    if (!pointer) {
      reportLoadError(origin, 'too large for the page\'s memory (' + (length / 1048576).toFixed(0) + ' MB)');
      return 0;
    }
    try {
      if (typeof data === 'string') {
        Module.stringToUTF8(data, pointer, length + 1);
      } else {
        var heap = Module.HEAPU8;  // read after _malloc: growing the memory replaces the view
        var offset = pointer;
        data.forEach(function (chunk) { heap.set(chunk, offset); offset += chunk.length; });
      }
      return Module.ccall('pe_load_dataset', 'number', ['number', 'number', 'string'], [pointer, length, origin]);
    } finally {
      Module._free(pointer);
    }
  }

  function reportLoadError(origin, text) {
    Module.ccall('pe_report_load_error', null, ['string', 'string'], [origin, text]);
  }

  function hideOverlay() {
    if (failed) return;
    overlay.classList.add('hidden');
    canvas.focus();
  }

  // A dismissible note over the canvas when ?data could not be used, so the reason is readable
  // (and announced to screen readers) besides the program's own banner.
  function showNotice(text) {
    var note = document.createElement('div');
    note.id = 'data-notice';
    note.setAttribute('role', 'alert');
    note.style.cssText = 'position:fixed;left:50%;bottom:1rem;transform:translateX(-50%);max-width:min(44rem,92vw);' +
      'padding:0.6rem 2.2rem 0.6rem 0.9rem;background:#3a1f22;color:#ffd7d2;border:1px solid #ff8a80;' +
      'border-radius:4px;white-space:pre-wrap;font-size:0.9rem;z-index:10';
    note.textContent = text;
    var close = document.createElement('button');
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close 关闭');
    close.style.cssText = 'position:absolute;top:0.2rem;right:0.3rem;background:none;border:0;color:inherit;font-size:1.2rem;cursor:pointer';
    close.onclick = function () { note.remove(); canvas.focus(); };
    note.appendChild(close);
    document.body.appendChild(note);
  }

  var params = new URLSearchParams(location.search);
  var language = params.get('lang') || navigator.language || 'en';
  var dataUrl = params.get('data');

  // ?data=URL (relative to the page): downloaded while the program downloads and starts, then
  // handed over once main() has loaded the embedded dataset (which stays if this one fails).
  var dataStart = performance.now();
  var dataDownload = null;
  var dataDownloadMs = null;
  var resolveMainDone;
  var whenMainDone = new Promise(function (resolve) { resolveMainDone = resolve; });
  if (dataUrl) {
    dataPending = true;
    dataDownload = fetchChunks(dataUrl, 'Data 数据 (' + dataUrl + ')')
      .catch(function (error) { return { error: error }; })
      .then(function (download) { dataDownloadMs = performance.now() - dataStart; return download; });
    Promise.all([dataDownload, whenMainDone]).then(function (results) {
      var download = results[0];
      dataLoad = { origin: dataUrl, ok: false, bytes: download.length || 0, downloadMs: dataDownloadMs, loadMs: null };
      if (failed) return;
      if (download.error) {
        var reason = /^HTTP /.test(download.error.message) ? download.error.message : 'network error (' + download.error.message + ')';
        reportLoadError(dataUrl, 'could not be downloaded: ' + reason);
        showNotice('Could not download ' + dataUrl + ': ' + reason + '. Showing the built-in dataset.\n' +
          '无法下载 ' + dataUrl + '：' + reason + '。显示内置数据集。');
        return;
      }
      message.textContent = 'Reading data… 正在读取数据… (' + (download.length / 1048576).toFixed(1) + ' MB)';
      // Let the message paint before the (possibly long) synchronous load.
      requestAnimationFrame(function () {
        setTimeout(function () {
          var loadStart = performance.now();
          try {
            dataLoad.ok = loadIntoProgram(download.chunks, dataUrl) === 1;
          } catch (error) {
            fail('Policy Explorer stopped while loading ' + dataUrl + ': ' + error.message + '\n政策浏览器在读取数据时停止。');
            return;
          } finally {
            download.chunks.length = 0;  // let the downloaded copy go
          }
          dataLoad.loadMs = performance.now() - loadStart;
          if (!dataLoad.ok) {
            var error = window.explorer.state().error;
            showNotice(dataUrl + ' is not a usable dataset; showing the built-in one.\n' +
              dataUrl + ' 不是可用的数据集，显示内置数据集。\n' + error);
          }
        }, 0);
      });
    });
  }

  window.Module = {
    canvas: canvas,
    arguments: ['--lang', language],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    instantiateWasm: function (imports, receive) {
      fetchChunks('app.wasm', 'Program 程序')
        .then(function (download) { return WebAssembly.instantiate(joinChunks(download), imports); })
        .then(function (result) { if (!dataUrl) progress.style.width = '100%'; receive(result.instance, result.module); })
        .catch(function (error) { fail('Policy Explorer could not be downloaded or started: app.wasm: ' + error.message + '\n政策浏览器下载或启动失败。'); });
      return {};
    },
    onRuntimeInitialized: function () { window.explorer.started = true; },
    // Runs after main(): from now on a loaded dataset replaces the embedded one.
    postRun: function () {
      mainDone = true;
      resolveMainDone();
    },
    onExplorerReady: function () {
      if (dataPending) return;  // the overlay stays (with the data's progress) until it is in
      firstFrameMs = performance.now() - scriptStart;
      hideOverlay();
    },
    // The first frame drawn after a dataset (or a download error) was handed over.
    onExplorerDataDrawn: function () {
      if (!dataPending || !dataLoad) return;
      dataPending = false;
      firstFrameMs = performance.now() - scriptStart;
      hideOverlay();
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
