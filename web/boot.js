// Runs in <head> before the body is parsed: applies the saved theme so the
// first paint is already right, and marks that scripts run, so the wasm
// loader is shown only where it can finish.
(function () {
  var root = document.documentElement;
  root.setAttribute("data-js", "on");
  var theme = null;
  try {
    theme = window.localStorage.getItem("readwell.theme");
  } catch (e) {
    theme = null;
  }
  if (theme !== "light" && theme !== "sepia" && theme !== "dark") {
    theme = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  root.setAttribute("data-theme", theme);
})();
