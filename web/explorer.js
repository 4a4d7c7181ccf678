// Page glue: checks that the browser can run the program, downloads the WebAssembly (and the
// dataset named by ?data=URL) with a progress bar, starts it, shows a readable message when
// anything fails, and exposes window.explorer (state, select, setLanguage, setView, setFocus,
// connect, setTab, setTheme, loadDataset) for tests and embedders. The ?data download is one phase variable (dataPhase)
// moved only by its named transitions; see "?data=URL" below.
(function () {
  'use strict';
  // Time to first frame counts from here: the first moment this page's code runs.
  var scriptStart = performance.now();
  var overlay = document.getElementById('overlay');
  var message = document.getElementById('message');
  var progress = document.getElementById('progress');
  var bar = document.getElementById('bar');
  var canvas = document.getElementById('canvas');
  var failed = false;
  var mainDone = false;       // main() has run: the embedded dataset is in, loads may replace it
  var firstFrameMs = null;    // ms from scriptStart to the first frame with the requested data
  var dataPhase = 'idle';     // where the ?data download is (see "?data=URL" below)
  var dataLoad = null;        // what happened to ?data: {origin, ok, bytes, downloadMs, loadMs}
  // Where start-up went: at = ms from scriptStart to each step (the page's and the program's
  // marks), took = how long a part inside a step lasted (the font atlas).
  var startup = { at: {}, took: {} };
  function markStartup(phase) { if (!(phase in startup.at)) startup.at[phase] = performance.now() - scriptStart; }

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
        state.ready = state.ready && !dataPending();
        state.firstFrameMs = firstFrameMs;
        state.dataLoad = dataLoad;
        state.startup = startup;
        return state;
      },
      select: function (id) { return window.explorer.started && Module.ccall('pe_select', 'number', ['string'], [id || '']) === 1; },
      setLanguage: function (code) { return window.explorer.started && Module.ccall('pe_set_language', 'number', ['string'], [code]) === 1; },
      setView: function (name) { return window.explorer.started && Module.ccall('pe_set_view', 'number', ['string'], [name]) === 1; },
      // Focus depth 0 (off) to 3 hops from the selection; connect(id) picks the second entity
      // of "connect two things" ('' ends it). state().focus, connectId and chains report them.
      setFocus: function (hops) { return window.explorer.started && Module.ccall('pe_set_focus', 'number', ['string'], [String(hops)]) === 1; },
      connect: function (id) { return window.explorer.started && Module.ccall('pe_connect', 'number', ['string'], [id || '']) === 1; },
      setTab: function (name) { return window.explorer.started && Module.ccall('pe_set_tab', 'number', ['string'], [name]) === 1; },
      setTheme: function (name) { return window.explorer.started && Module.ccall('pe_set_theme', 'number', ['string'], [name]) === 1; },
      // Replaces the dataset with `data` (a string or an ArrayBuffer/typed array of UTF-8 JSON);
      // true when it was valid, else the current dataset stays and state().error says why.
      loadDataset: function (data, originName) {
        if (!mainDone) return false;
        if (dataStreamBusy()) return false;  // a ?data download is being read
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
  // The check creates the program's own context: the canvas keeps it and Emscripten's GLFW gets
  // it back from getContext (these are web_main.cpp's GLFW hints: no alpha, depth, stencil or
  // multisampling). A throwaway context on another canvas cost a second context's start-up.
  if (!canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false })) {
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
    var sized = known && total > 0;
    bar.classList.toggle('waiting', !sized);  // a moving stripe until the sizes are known
    if (sized) progress.style.width = Math.min(100, (100 * received) / total).toFixed(1) + '%';
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

  // The program: requested from the first moment (index.html preloads it, this fetch takes the
  // preloaded response) and compiled while its bytes stream in, so compiling overlaps the
  // download and app.js; instantiateWasm then only instantiates. The bytes pass through a
  // counter for the progress bar; the Response is typed application/wasm here, whatever the
  // server said. Without streaming compilation it is compiled once downloaded.
  function compileProgram() {
    var slot = downloads['app.wasm'] = { label: 'Program 程序', received: 0, total: 0 };
    function counted(bytes) { slot.received += bytes; showProgress(); }
    return fetch('app.wasm').then(function (answer) {
      if (!answer.ok) throw new Error('HTTP ' + answer.status + (answer.statusText ? ' ' + answer.statusText : ''));
      if (!answer.headers.get('Content-Encoding')) slot.total = Number(answer.headers.get('Content-Length')) || 0;
      markStartup('wasm-response');
      if (typeof WebAssembly.compileStreaming === 'function' && answer.body && typeof TransformStream === 'function') {
        var counter = new TransformStream({
          transform: function (chunk, controller) { counted(chunk.length); controller.enqueue(chunk); }
        });
        return WebAssembly.compileStreaming(new Response(answer.body.pipeThrough(counter),
          { headers: { 'Content-Type': 'application/wasm' } }));
      }
      return answer.arrayBuffer().then(function (buffer) { counted(buffer.byteLength); return WebAssembly.compile(buffer); });
    }).then(function (module) { markStartup('wasm-compiled'); return module; });
  }
  var compiledProgram = compileProgram();
  compiledProgram.catch(function () {});  // reported by instantiateWasm, once app.js asks for it

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
  //
  // dataPhase, changed only by the transitions below it:
  //   idle         no ?data
  //   downloading  the file is coming in; the loader has not begun (no headers yet, or main()
  //                has not run): chunks wait in the queue
  //   downloaded   the download ended (complete or broken) before the loader could begin
  //   streaming    the loader has begun; chunks are fed as they come
  //   finishing    the download ended; the queue is fed, then the loader finishes (or the
  //                download's error is reported)
  //   loaded | rejected | unreachable    the outcome: the dataset was replaced / the loader
  //                refused it (too big, invalid) / it could not be downloaded
  //   stopped      the program stopped while reading it (the page shows the failure)
  //   shown        the frame showing the outcome has been drawn: the page is ready
  // Transitions:
  //   idle -> downloading -> streaming -> finishing, or downloading -> downloaded -> finishing
  //   finishing -> loaded | rejected (not a valid dataset) | unreachable (the download broke off)
  //   streaming, finishing -> rejected (over the loader's size limit, before reading)
  //   downloading, downloaded -> unreachable (HTTP or network error before any data)
  //   streaming, finishing -> stopped;  loaded, rejected, unreachable -> shown
  var dataStart = performance.now();
  var resolveMainDone;
  var whenMainDone = new Promise(function (resolve) { resolveMainDone = resolve; });
  function dataPhaseIs() {
    for (var i = 0; i < arguments.length; i++) if (dataPhase === arguments[i]) return true;
    return false;
  }
  // The page is ready only once the requested data (or its error) is on screen.
  function dataPending() { return !dataPhaseIs('idle', 'shown'); }
  // window.explorer.loadDataset waits its turn while the ?data file is being read.
  function dataStreamBusy() { return dataPhaseIs('downloading', 'downloaded', 'streaming', 'finishing', 'stopped'); }
  function dataOver() { return dataPhaseIs('loaded', 'rejected', 'unreachable', 'stopped', 'shown'); }

  if (dataUrl) {
    var queue = [];  // chunks not yet handed over
    var fed = 0, loadMs = 0, downloadError = null;
    dataLoad = { origin: dataUrl, ok: false, bytes: 0, downloadMs: null, loadMs: null };
    dataPhase = 'downloading';  // [transition] idle -> downloading
    var download = fetchStream(dataUrl, 'Data 数据 (' + dataUrl + ')', function (chunk) {
      if (!dataPhaseIs('downloading', 'streaming')) return;
      queue.push(chunk);
      feedSome();
    });
    download.done.then(function (bytes) {
      markStartup('data-downloaded');
      dataLoad.bytes = bytes;
      dataLoad.downloadMs = performance.now() - dataStart;
    }, function (error) { downloadError = error; }).then(function () { downloadEnded(); feedSome(); });
    Promise.all([download.response, whenMainDone]).then(function (results) {
      if (!failed && !dataOver()) beginLoader(results[0]);
    }, function (error) {
      if (dataOver()) return;
      downloadError = error;
      whenMainDone.then(function () { if (!failed && !dataOver()) reportDownloadError(); });
    });
  }

  // [transition] downloading -> downloaded, streaming -> finishing: the last chunk (or the
  // download's error) is in.
  function downloadEnded() {
    if (dataPhase === 'downloading') dataPhase = 'downloaded';
    else if (dataPhase === 'streaming') dataPhase = 'finishing';
  }

  // [transition] downloading -> streaming, downloaded -> finishing: the loader begins, with
  // the size when the server sent it; -> rejected when that is over the loader's limit (the
  // download is cancelled, nothing read).
  function beginLoader(length) {
    dataPhase = dataPhase === 'downloaded' ? 'finishing' : 'streaming';
    var timed = performance.now();
    var accepted = beginStream(dataUrl, length);
    loadMs += performance.now() - timed;
    if (!accepted) {
      download.cancel();
      endData('rejected');
      return;
    }
    feedSome();
  }

  // [transition] to `outcome` (loaded, rejected or unreachable): a file the loader refused
  // gets a notice (a download error has its own).
  function endData(outcome) {
    var ok = outcome === 'loaded';
    dataPhase = outcome;
    queue.length = 0;
    dataLoad.ok = ok;
    dataLoad.loadMs = loadMs;
    if (!ok && !downloadError) {
      var error = window.explorer.state().error;
      showNotice(dataUrl + ' is not a usable dataset; showing the built-in one.\n' +
        dataUrl + ' 不是可用的数据集，显示内置数据集。\n' + error);
    }
  }

  // [transition] to unreachable: the download failed (HTTP or network error); what the loader
  // read is dropped and the program shows the reason in its banner.
  function reportDownloadError() {
    var reason = /^HTTP /.test(downloadError.message) ? downloadError.message : 'network error (' + downloadError.message + ')';
    if (dataPhaseIs('streaming', 'finishing')) Module._pe_stream_cancel();
    reportLoadError(dataUrl, 'could not be downloaded: ' + reason);
    showNotice('Could not download ' + dataUrl + ': ' + reason + '. Showing the built-in dataset.\n' +
      '无法下载 ' + dataUrl + '：' + reason + '。显示内置数据集。');
    endData('unreachable');
  }

  // [transition] to stopped: the program failed while reading.
  function stopData(error) {
    dataPhase = 'stopped';
    fail('Policy Explorer stopped while loading ' + dataUrl + ': ' + error.message + '\n政策浏览器在读取数据时停止。');
  }

  // [transition] loaded, rejected, unreachable -> shown: the frame with the outcome is drawn.
  // False in any other phase.
  function dataDrawn() {
    if (!dataPhaseIs('loaded', 'rejected', 'unreachable')) return false;
    dataPhase = 'shown';
    return true;
  }

  // Streaming, finishing: feeds the queue for up to 40 ms, then lets the page paint. Once the
  // download has ended and the queue is empty, finishes the load (loaded or rejected) or
  // reports the download's error (unreachable).
  function feedSome() {
    if (failed || !dataPhaseIs('streaming', 'finishing')) return;
    var sliceStart = performance.now();
    try {
      while (queue.length > 0 && performance.now() - sliceStart < 40) {
        var chunk = queue.shift();
        feedBytes(chunk);
        fed += chunk.length;
      }
      if (queue.length === 0 && dataPhase === 'finishing') {
        if (downloadError) {
          reportDownloadError();
        } else {
          message.textContent = 'Indexing data… 正在建立索引… (' + (fed / 1048576).toFixed(1) + ' MB)';
          markStartup('data-finish');
          var ok = Module._pe_stream_finish() === 1;
          markStartup('data-finished');
          loadMs += performance.now() - sliceStart;
          endData(ok ? 'loaded' : 'rejected');
          return;
        }
      }
    } catch (error) {
      stopData(error);
      return;
    }
    loadMs += performance.now() - sliceStart;
    if (dataOver()) return;
    message.textContent = 'Reading data… 正在读取数据… ' + (fed / 1048576).toFixed(1) + ' MB';
    if (queue.length > 0) setTimeout(feedSome, 0);  // the rest after the page has had a turn
  }

  window.Module = {
    canvas: canvas,
    arguments: ['--lang', language],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    // The program was compiled while it downloaded (compileProgram): only instantiate it here.
    instantiateWasm: function (imports, receive) {
      compiledProgram
        .then(function (module) {
          return WebAssembly.instantiate(module, imports).then(function (instance) {
            markStartup('wasm-instantiated');
            if (!dataUrl) { bar.classList.remove('waiting'); progress.style.width = '100%'; }
            receive(instance, module);
          });
        })
        .catch(function (error) { fail('Policy Explorer could not be downloaded or started: app.wasm: ' + error.message + '\n政策浏览器下载或启动失败。'); });
      return {};
    },
    onRuntimeInitialized: function () { markStartup('runtime'); window.explorer.started = true; },
    // The program's start-up marks (web_page_api.h, mark_startup_phase).
    onStartupPhase: function (phase, ms) {
      if (ms >= 0) startup.took[phase] = ms;
      else markStartup(phase);
    },
    // Runs after main(): from now on a loaded dataset replaces the embedded one.
    postRun: function () {
      markStartup('main-done');
      mainDone = true;
      resolveMainDone();
    },
    onExplorerReady: function () {
      markStartup('first-frame');
      if (dataPending()) return;  // the overlay stays (with the data's progress) until it is in
      firstFrameMs = performance.now() - scriptStart;
      hideOverlay();
    },
    // The first frame drawn after a dataset (or a download error) was handed over.
    onExplorerDataDrawn: function () {
      if (!dataDrawn()) return;
      markStartup('data-frame');
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
