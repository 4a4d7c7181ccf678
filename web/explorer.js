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
      setView: function (name) { return window.explorer.started && Module.ccall('pe_set_view', 'number', ['string'], [name]) === 1; },
      setTheme: function (name) { return window.explorer.started && Module.ccall('pe_set_theme', 'number', ['string'], [name]) === 1; },
      // Replaces the dataset with `data` (a string or an ArrayBuffer/typed array of UTF-8 JSON);
      // true when it was valid, else the current dataset stays and state().error says why.
      loadDataset: function (data, originName) {
        if (!mainDone) return false;
        if (streamBusy) return false;  // a ?data download is being read
        var bytes = typeof data === 'string' ? new TextEncoder().encode(data)
          : new Uint8Array(data.buffer || data, data.byteOffset || 0, data.byteLength);
        return loadBytesNow(bytes, originName || 'dataset.json');
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

  // Streams `url` so the bar moves, handing each chunk to onChunk as it comes. Returns
  // {response: resolves to the announced length (0: unknown) once the headers are in,
  //  done: resolves to the bytes received, cancel()}.
  function fetchStream(url, label, onChunk) {
    var slot = downloads[url] = { label: label, received: 0, total: 0 };
    var reader = null, cancelled = false;
    var response = fetch(url).then(function (answer) {
      if (!answer.ok) throw new Error('HTTP ' + answer.status + (answer.statusText ? ' ' + answer.statusText : ''));
      if (!answer.headers.get('Content-Encoding')) slot.total = Number(answer.headers.get('Content-Length')) || 0;
      return answer;
    });
    var done = response.then(function (answer) {
      if (!answer.body || !answer.body.getReader) {
        return answer.arrayBuffer().then(function (buffer) { onChunk(new Uint8Array(buffer)); return buffer.byteLength; });
      }
      reader = answer.body.getReader();
      if (cancelled) reader.cancel();
      function pump() {
        return reader.read().then(function (step) {
          if (step.done || cancelled) return slot.received;
          slot.received += step.value.length;
          showProgress();
          onChunk(step.value);
          return pump();
        });
      }
      return pump();
    });
    return {
      response: response.then(function () { return slot.total; }),
      done: done,
      cancel: function () { cancelled = true; if (reader) reader.cancel(); }
    };
  }

  // Chunks go into the program's memory through one staging buffer; the dataset loader
  // (DatasetLoadStream in C++) takes them as they come and never needs the text whole.
  var STAGE_BYTES = 1 << 20;
  var stage = 0;
  function feedBytes(bytes) {
    if (!stage) stage = Module._malloc(STAGE_BYTES) >>> 0;  // >>> 0: addresses above 2 GB
    if (!stage) throw new Error('out of memory');
    for (var offset = 0; offset < bytes.length; offset += STAGE_BYTES) {
      var part = bytes.subarray(offset, Math.min(bytes.length, offset + STAGE_BYTES));
      Module.HEAPU8.set(part, stage);  // HEAPU8 read each time: growing the memory replaces it
      Module._pe_stream_feed(stage, part.length);
    }
  }
  function beginStream(origin, length) {
    return Module.ccall('pe_stream_begin', 'number', ['string', 'number'], [origin, length > 0 ? length : -1]) === 1;
  }

  // window.explorer.loadDataset: the whole text is at hand; returns whether it was taken.
  function loadBytesNow(bytes, origin) {
    if (!beginStream(origin, bytes.length)) return false;
    feedBytes(bytes);
    return Module._pe_stream_finish() === 1;
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

  // ?data=URL (relative to the page): downloaded while the program downloads and starts.
  // Once main() has loaded the embedded dataset (which stays if this one fails) and the
  // size is known, chunks go to the loader as they arrive, the early ones first, a slice
  // of work at a time so the page keeps painting its progress.
  var dataStart = performance.now();
  var streamBusy = false;
  var resolveMainDone;
  var whenMainDone = new Promise(function (resolve) { resolveMainDone = resolve; });
  if (dataUrl) {
    dataPending = true;
    streamBusy = true;
    var queue = [];  // chunks not yet handed over
    var fed = 0, loadMs = 0, downloadDone = false, downloadError = null, begun = false, over = false;
    var download = fetchStream(dataUrl, 'Data 数据 (' + dataUrl + ')', function (chunk) {
      if (over) return;
      queue.push(chunk);
      feedSome();
    });
    download.done.then(function (bytes) {
      dataLoad.bytes = bytes;
      dataLoad.downloadMs = performance.now() - dataStart;
    }, function (error) { downloadError = error; }).then(function () { downloadDone = true; feedSome(); });
    dataLoad = { origin: dataUrl, ok: false, bytes: 0, downloadMs: null, loadMs: null };
    var endData = function (ok) {
      over = true;
      streamBusy = false;
      queue.length = 0;
      dataLoad.ok = ok;
      dataLoad.loadMs = loadMs;
      if (!ok && !downloadError) {
        var error = window.explorer.state().error;
        showNotice(dataUrl + ' is not a usable dataset; showing the built-in one.\n' +
          dataUrl + ' 不是可用的数据集，显示内置数据集。\n' + error);
      }
    };
    var reportDownloadError = function () {
      var reason = /^HTTP /.test(downloadError.message) ? downloadError.message : 'network error (' + downloadError.message + ')';
      if (begun) Module._pe_stream_cancel();
      reportLoadError(dataUrl, 'could not be downloaded: ' + reason);
      showNotice('Could not download ' + dataUrl + ': ' + reason + '. Showing the built-in dataset.\n' +
        '无法下载 ' + dataUrl + '：' + reason + '。显示内置数据集。');
      endData(false);
    };
    Promise.all([download.response, whenMainDone]).then(function (results) {
      if (failed || over) return;
      begun = true;
      var timed = performance.now();
      var accepted = beginStream(dataUrl, results[0]);
      loadMs += performance.now() - timed;
      if (!accepted) {  // over the size limit: not read at all
        download.cancel();
        endData(false);
        return;
      }
      feedSome();
    }, function (error) {
      if (over) return;
      downloadError = error;
      whenMainDone.then(function () { if (!failed && !over) reportDownloadError(); });
    });
    var feeding = false;
    var feedSome = function () {
      if (!begun || over || failed || feeding) return;
      feeding = true;
      var sliceStart = performance.now();
      try {
        while (queue.length > 0 && performance.now() - sliceStart < 40) {
          var chunk = queue.shift();
          feedBytes(chunk);
          fed += chunk.length;
        }
        if (queue.length === 0 && downloadDone) {
          if (downloadError) {
            reportDownloadError();
          } else {
            message.textContent = 'Indexing data… 正在建立索引… (' + (fed / 1048576).toFixed(1) + ' MB)';
            var ok = Module._pe_stream_finish() === 1;
            loadMs += performance.now() - sliceStart;
            endData(ok);
            return;
          }
        }
      } catch (error) {
        over = true;
        fail('Policy Explorer stopped while loading ' + dataUrl + ': ' + error.message + '\n政策浏览器在读取数据时停止。');
        return;
      } finally {
        feeding = false;
      }
      loadMs += performance.now() - sliceStart;
      if (over) return;
      message.textContent = 'Reading data… 正在读取数据… ' + (fed / 1048576).toFixed(1) + ' MB';
      if (queue.length > 0) setTimeout(feedSome, 0);  // the rest after the page has had a turn
    };
  }

  window.Module = {
    canvas: canvas,
    arguments: ['--lang', language],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    instantiateWasm: function (imports, receive) {
      var parts = [];
      fetchStream('app.wasm', 'Program 程序', function (chunk) { parts.push(chunk); }).done
        .then(function (length) {
          var bytes = new Uint8Array(length);
          var offset = 0;
          parts.forEach(function (part) { bytes.set(part, offset); offset += part.length; });
          parts.length = 0;
          return WebAssembly.instantiate(bytes, imports);
        })
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
  // Alt+Left/Right and the mouse's back/forward buttons walk the app's selection history:
  // keep the browser from leaving the page on them while the canvas has the focus.
  window.addEventListener('keydown', function (event) {
    if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight') && document.activeElement === canvas) {
      event.preventDefault();
    }
  }, true);
  canvas.addEventListener('mouseup', function (event) {
    if (event.button === 3 || event.button === 4) event.preventDefault();
  });

  // Keep the layout when the page goes away (pagehide also covers the back-forward cache).
  window.addEventListener('pagehide', function () {
    if (window.explorer.started && Module._pe_save_settings) Module._pe_save_settings();
  });
  window.addEventListener('error', function (event) {
    if (!window.explorer.started) fail('Policy Explorer could not start: ' + event.message + '\n政策浏览器无法启动。');
  });

  var script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = function () { fail('app.js could not be loaded.\n无法加载 app.js。'); };
  document.body.appendChild(script);
})();
