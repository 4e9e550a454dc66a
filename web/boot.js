// Runs in <head> before the body is parsed: applies the reader's saved
// settings (theme, text size, font, width, spacing) so the first paint is
// already right, and marks that scripts run, so the wasm loader is shown
// only where it can finish.
(function () {
  // When this runs, for the engine matrix's list of the start's steps.
  try {
    performance.mark("readwell-boot");
  } catch (err) {
    // No User Timing.
  }
  var root = document.documentElement;
  root.setAttribute("data-js", "on");

  // Whether a service worker served this page. Read here, while the page
  // loads, and not when the wasm mounts: by then go-app's worker may have
  // claimed the page on a first visit (it always had in Firefox and in WPE
  // WebKit, sometimes in Chromium), and that first install would look like
  // an update. The shell shows "Update available" only if this is true.
  window.readwellHadController = !!(navigator.serviceWorker && navigator.serviceWorker.controller);

  // Uncaught errors and rejected promises, the last 20, kept in the page:
  // WebKit's WebDriver gives tests no console, so the browser tests of every
  // engine read this list. Resource errors (a blocked image) do not bubble
  // here and are not counted.
  var errors = (window.readwellErrors = []);
  function keep(what) {
    if (errors.length >= 20) errors.shift();
    errors.push(String(what));
  }
  window.addEventListener("error", function (e) {
    keep(e.message || "error");
  });
  window.addEventListener("unhandledrejection", function (e) {
    keep("unhandled rejection: " + (e.reason && e.reason.message ? e.reason.message : e.reason));
  });

  // A picture of the text that does not load (its site unreachable, or
  // offline and never kept) is marked, and readwell.css hides it rather
  // than show a broken-image icon; its caption stays. Resource errors do
  // not bubble: they are caught on the way down.
  document.addEventListener(
    "error",
    function (e) {
      var img = e.target;
      if (img && img.tagName === "IMG" && img.closest && img.closest(".body figure")) {
        img.setAttribute("data-unavailable", "");
      }
    },
    true
  );

  // A saved article's page, as rendered, kept for the service worker: it
  // answers /read/{id} with it, so the article shows at once, also offline,
  // while the client starts (0.3 s in Chromium, up to 1.5 s in Firefox and
  // WebKit). It is the cached /shell.html (this version's head, and the
  // wasm loader go-app's app.js needs) with the shell's content replaced by
  // the page as the client drew it, minus what only the live app may show
  // (the update prompt, the shortcuts dialog). Text in it was rendered as
  // text: serialising the DOM escapes it.
  var pages = "readwell-pages";
  window.readwellKeepPage = function (path) {
    var live = document.querySelector(".shell");
    if (!window.caches || !window.DOMParser || !live) return;
    caches.match("/shell.html").then(function (r) {
      if (!r) return;
      return r.text().then(function (text) {
        var doc = new DOMParser().parseFromString(text, "text/html");
        var stub = doc.querySelector(".shell");
        if (!stub) return;
        var copy = doc.importNode(live, true);
        var only = copy.querySelectorAll(".update, .shortcuts");
        for (var i = 0; i < only.length; i++) only[i].parentNode.removeChild(only[i]);
        // A picture that failed today may load next time.
        var failed = copy.querySelectorAll("img[data-unavailable]");
        for (var j = 0; j < failed.length; j++) failed[j].removeAttribute("data-unavailable");
        stub.parentNode.replaceChild(copy, stub);
        doc.title = document.title;
        var html = "<!DOCTYPE html>\n" + doc.documentElement.outerHTML;
        // The shell's own headers go with it (the Content-Security-Policy
        // above all), but for those that described its bytes.
        var headers = new Headers();
        r.headers.forEach(function (value, name) {
          if (!/^(content-length|content-encoding|etag|last-modified|date|vary)$/i.test(name)) headers.set(name, value);
        });
        headers.set("Content-Type", "text/html; charset=utf-8");
        return caches.open(pages).then(function (c) {
          return c.put(path, new Response(html, { headers: headers }));
        });
      });
    }).catch(function () {});
  };
  window.readwellForgetPage = function (path) {
    if (!window.caches) return;
    caches.open(pages).then(function (c) { return c.delete(path); }).catch(function () {});
  };
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
