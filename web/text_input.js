// Text input for the canvas, including Chinese typed with an input method (IME). ImGui draws its
// text fields on a WebGL canvas, and a canvas gets no composition events, so while an ImGui text
// field is active this keeps a small <input> focused at the field's caret (the program says when
// and where: app/platform/web/web_text_input.cpp calls window.peTextInput.follow). The input
// method composes in it, its candidate window opens at the caret, and the text it commits is
// handed to ImGui (Module._pe_text_input_insert).
//
// Each character must arrive once. Emscripten's GLFW listens for keys on window (capture phase),
// so a typed ASCII key reaches ImGui as a GLFW character *and* lands in this <input>: text that
// follows a keypress GLFW turned into a character is dropped here. What GLFW never sees is
// forwarded: composed text (compositionend) and text inserted without a key press (insertText
// from an emoji panel, dictation or a test's Input.insertText, ...). Keys (Backspace, Enter,
// arrows, shortcuts) keep reaching ImGui through GLFW. When no ImGui field is active the input is
// blurred and the canvas has the focus again.
// Paste: ImGui drops characters while Ctrl is held, so text pasted with Ctrl+V (Cmd+V,
// Shift+Insert) is not sent as characters: it becomes what ImGui's clipboard returns, and ImGui's
// own Ctrl+V (which GLFW delivers) inserts it. A paste without keys (the browser's menu) is sent
// as characters.
// index.html loads it after the canvas and before explorer.js (which starts app.js).
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var input = document.createElement('input');
  var fieldActive = false;  // an ImGui text field is active (from the program)
  var composing = false;
  var keyChar = null;       // the character of the last keypress GLFW delivered, until its input event
  var pasteKey = false;     // a paste shortcut is being pressed, until its paste event
  var caret = { x: 0, y: 0, height: 16 };
  var measure = document.createElement('canvas').getContext('2d');

  input.type = 'text';
  input.id = 'text-input';
  input.tabIndex = -1;
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('autocorrect', 'off');
  input.setAttribute('autocapitalize', 'off');
  input.setAttribute('aria-label', 'Text input 文本输入');
  input.style.cssText = 'position:fixed;left:0;top:0;width:1px;margin:0;padding:0 2px;border:0;outline:none;' +
    'box-sizing:content-box;pointer-events:none;z-index:5;opacity:0;color:transparent;background:transparent;' +
    'caret-color:transparent;font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif';
  document.body.appendChild(input);

  function program() {
    var m = window.Module;
    return m && m.ccall && m._pe_text_input_insert ? m : null;
  }

  function send(text) {
    var m = program();
    if (text && m) m.ccall('pe_text_input_insert', null, ['string'], [text]);
  }

  function fontSize() { return Math.max(8, Math.round(caret.height * 0.8)); }

  // At rest the input is invisible and 1 px wide; while composing it shows what is being composed
  // (readable on both themes: dark text on white) at the caret, over the ImGui field.
  function place() {
    input.style.left = Math.round(caret.x) + 'px';
    input.style.top = Math.round(caret.y) + 'px';
    input.style.height = Math.round(caret.height) + 'px';
    input.style.fontSize = fontSize() + 'px';
    if (composing) {
      measure.font = fontSize() + 'px ' + input.style.fontFamily;
      input.style.width = Math.ceil(measure.measureText(input.value).width + 2) + 'px';
    }
  }

  function showComposition(on) {
    composing = on;
    var s = input.style;
    s.opacity = on ? '1' : '0';
    s.color = on ? '#111418' : 'transparent';
    s.background = on ? '#ffffff' : 'transparent';
    s.caretColor = on ? '#111418' : 'transparent';
    s.boxShadow = on ? '0 0 0 2px #1f63d1' : 'none';
    if (!on) s.width = '1px';
    place();
  }

  function clear() { if (!composing) input.value = ''; }

  function focusInput() {
    if (document.activeElement !== input) input.focus({ preventScroll: true });
  }

  // From the program (web_text_input.cpp), whenever the active field or its caret changes.
  function follow(visible, x, y, lineHeight, displayWidth, displayHeight) {
    fieldActive = visible;
    if (!visible) {
      if (composing) showComposition(false);
      input.value = '';
      if (document.activeElement === input) {
        input.blur();
        canvas.focus({ preventScroll: true });
      }
      return;
    }
    var rect = canvas.getBoundingClientRect();
    var sx = displayWidth > 0 ? rect.width / displayWidth : 1;
    var sy = displayHeight > 0 ? rect.height / displayHeight : 1;
    caret = { x: rect.left + x * sx, y: rect.top + y * sy, height: Math.max(1, lineHeight * sy) };
    place();
    var focused = document.activeElement;
    if (!focused || focused === document.body || focused === canvas) focusInput();
  }

  input.addEventListener('compositionstart', function () { showComposition(true); });
  input.addEventListener('compositionupdate', function () { setTimeout(place, 0); });
  input.addEventListener('compositionend', function (event) {
    showComposition(false);
    send(event.data);
    input.value = '';
    keyChar = null;
  });
  input.addEventListener('input', function (event) {
    var type = event.inputType || 'insertText';
    if (composing || event.isComposing || /Composition/.test(type)) {
      place();
      return;  // compositionend commits it
    }
    var text = input.value || event.data || '';
    input.value = '';
    if (type === 'insertText' && keyChar !== null && text === keyChar) {
      keyChar = null;  // GLFW already delivered this key's character
      return;
    }
    if (/^insert/.test(type)) send(text);
  });

  // Which characters GLFW delivers: its keypress listener skips control characters and
  // Ctrl/Cmd combinations (library_glfw.js onKeyPress).
  window.addEventListener('keypress', function (event) {
    if (document.activeElement !== input || event.ctrlKey || event.metaKey || event.charCode <= 0x1f) return;
    keyChar = String.fromCharCode(event.charCode);
    setTimeout(function () { keyChar = null; }, 0);  // its input event, if any, comes before this
  }, true);

  // Paste shortcuts: GLFW passes the key to ImGui; the paste event that follows in the same task
  // hands ImGui the text its Ctrl+V will read (pe_text_input_paste).
  window.addEventListener('keydown', function (event) {
    if (document.activeElement !== input || composing) return;
    var v = event.key === 'v' || event.key === 'V';
    if (((event.ctrlKey || event.metaKey) && !event.altKey && v) || (event.shiftKey && event.key === 'Insert')) {
      var m = program();
      if (m) m.ccall('pe_text_input_paste', null, ['string'], ['']);  // no stale text if no paste follows
      pasteKey = true;
      setTimeout(function () { pasteKey = false; }, 0);
    }
  }, true);
  input.addEventListener('paste', function (event) {
    var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
    event.preventDefault();  // nothing lands in the <input> itself
    var m = program();
    if (!m) return;
    if (pasteKey) {
      m.ccall('pe_text_input_paste', null, ['string'], [text]);
    } else {
      send(text);
    }
  });

  // A click on the canvas while a field is active must not take the focus from the input (the
  // click may just move the caret); when it ends the field, follow(false) gives the canvas the
  // focus back. Anything focusing the canvas while a field is active is redirected.
  canvas.addEventListener('mousedown', function (event) {
    if (fieldActive && document.activeElement === input) event.preventDefault();
  }, true);
  canvas.addEventListener('focus', function () { if (fieldActive) focusInput(); });

  window.peTextInput = {
    follow: follow,
    // For tests and diagnostics: what the bridge knows, and the active ImGui field's text.
    state: function () {
      var m = program();
      return {
        fieldActive: fieldActive,
        inputFocused: document.activeElement === input,
        canvasFocused: document.activeElement === canvas,
        composing: composing,
        caret: { x: caret.x, y: caret.y, height: caret.height },
        fieldText: m ? m.ccall('pe_text_input_active_text', 'string', [], []) : null
      };
    }
  };
})();
