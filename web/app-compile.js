// Compiles the UI wasm off the page's main thread, then (in Chromium)
// warms it up, and posts the compiled module to the page, which only
// instantiates and runs it (server/loader.js, the loader the server puts
// in go-app's app.js, falls back to go-app's way on any failure).
//
// - Compiling: go-app's own loader decodes and compiles app.wasm on the
//   main thread as it streams in. Here a dedicated worker does it. Its
//   fetch goes through the service worker like the page's, so this works
//   offline, and the browser's code cache for the wasm still applies.
// - Warming up: V8 compiles each wasm function the first time it runs, on
//   the thread that runs it, and the compiled code belongs to the module,
//   which the page and its workers share. The client's start then spent
//   about a second of main-thread time compiling (four on Lighthouse's
//   phone). So the worker first runs the client once itself: Go's start
//   and a first render of the reader against a stand-in document
//   (app/warm.go), and the page finds that code compiled. Firefox and
//   WebKit compile a module before it runs, or off the main thread, and
//   only V8 (Chromium, whose workers have navigator.userAgentData) is
//   warmed up: elsewhere it would only delay the start. A warm-up that
//   fails or takes over warmUpLimit ms leaves the rest to the page.
var warmUpLimit = 5000;

self.onmessage = function (e) {
  WebAssembly.compileStreaming(fetch(e.data.url))
    .then(function (module) {
      var warmed = self.navigator.userAgentData ? warmUp(module) : Promise.resolve();
      var limit = new Promise(function (resolve) {
        setTimeout(resolve, warmUpLimit);
      });
      return Promise.race([warmed, limit]).then(function () {
        self.postMessage({ module: module });
        self.close();
      });
    })
    .catch(function (err) {
      // A failed compile, or a browser that cannot post a module.
      self.postMessage({ error: String(err) });
    });
};

// warmUp runs the client in this worker until its main returns; it never
// rejects.
function warmUp(module) {
  try {
    self.readwellCompileWorker = true; // app/warm.go: draw once, then return
    self.document = standInDocument();
    importScripts("/wasm_exec.js");
    var go = new Go();
    return WebAssembly.instantiate(module, go.importObject)
      .then(function (instance) {
        return go.run(instance);
      })
      .catch(function () {});
  } catch (err) {
    return Promise.resolve();
  }
}

// StandIn is the least of a DOM node go-app's mount uses: elements, text
// nodes and the document are all one, and nothing is kept.
function StandIn() {
  this.style = {};
  this.dataset = {};
  this.firstChild = null;
  this.firstElementChild = null;
}
StandIn.prototype = {
  setAttribute: function () {},
  removeAttribute: function () {},
  getAttribute: function () {
    return null;
  },
  appendChild: function (child) {
    if (!this.firstChild) {
      this.firstChild = this.firstElementChild = child;
    }
    return child;
  },
  insertBefore: function (child) {
    return child;
  },
  removeChild: function (child) {
    return child;
  },
  replaceChild: function (child) {
    return child;
  },
  addEventListener: function () {},
  removeEventListener: function () {},
  querySelector: function () {
    return null;
  },
  querySelectorAll: function () {
    return [];
  },
  scrollIntoView: function () {},
  focus: function () {},
};

function standInDocument() {
  var doc = new StandIn();
  doc.createElement = doc.createElementNS = doc.createTextNode = function () {
    return new StandIn();
  };
  doc.getElementById = function () {
    return null;
  };
  doc.body = new StandIn();
  doc.documentElement = new StandIn();
  return doc;
}
