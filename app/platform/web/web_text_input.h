// Text typed or composed with an input method (IME) into an ImGui text field on the web page.
// A canvas gets no composition events, so web/text_input.js keeps a small <input> focused, at the
// caret, while an ImGui text field is active; this side tells it when and where (through
// io.SetPlatformImeDataFn) and takes the text it collects (pe_text_input_insert). Pasting is part
// of it: ImGui's clipboard read (io.GetClipboardTextFn) returns what the browser last pasted.
// Copying out (io.SetClipboardTextFn) is left to GLFW, which does nothing on the web.
#pragma once

namespace pe {

// Points ImGui's IME callback at the page's <input> and its clipboard read at the page's last
// paste. Call once, after the ImGui context and the GLFW backend are set up (the backend leaves
// the IME callback alone outside Windows; this replaces its clipboard read).
void install_web_text_input();

}  // namespace pe
