// Runs in <head> before the body is parsed: applies the reader's saved
// settings (theme, text size, font, width, spacing) so the first paint is
// already right, and marks that scripts run, so the wasm loader is shown
// only where it can finish.
(function () {
  var root = document.documentElement;
  root.setAttribute("data-js", "on");
  var s = {};
  try {
    s = JSON.parse(window.localStorage.getItem("readwell.settings") || "{}") || {};
  } catch (e) {
    s = {};
  }
  var allowed = {
    theme: ["light", "sepia", "dark"],
    size: ["0", "1", "2", "3", "4", "5", "6"],
    family: ["serif", "sans"],
    width: ["narrow", "normal", "wide"],
    spacing: ["tight", "normal", "loose"]
  };
  if (allowed.theme.indexOf(s.theme) < 0) {
    s.theme = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  for (var key in allowed) {
    if (allowed[key].indexOf(String(s[key])) >= 0) {
      root.setAttribute("data-" + key, String(s[key]));
    }
  }
})();
