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
//   which the page and its workers share. The client's start spent about
//   a second of main-thread time compiling (four on Lighthouse's phone).
//   So the worker first starts the client itself (app/warm.go) on the
//   reader's address, whatever the page's, against stand-ins for what a
//   page has and a worker has not, until the reader says it is ready
//   (data-app="ready"), and the page finds that code compiled. Firefox
//   and WebKit compile a module before it runs, or off the main thread:
//   only V8 (Chromium, whose workers have
//   navigator.userAgentData) is warmed up; elsewhere it would only delay
//   the start. A warm-up that stops early (a stand-in lacks something) or
//   takes over warmUpLimit ms leaves the rest to the page.
// - Not when the code is compiled already (a later visit: the browser's
//   code cache, or the module still in memory): then Go's own start, up to
//   the first line of main, takes a few milliseconds where a cold one
//   takes hundreds, and the worker posts the module at once.
var warmUpLimit = 5000;
var compiledStartMs = 40;

self.onmessage = function (e) {
  WebAssembly.compileStreaming(wasmResponse(e.data.url, e.data.env && e.data.env.GOAPP_VERSION))
    .then(function (module) {
      // When the module was compiled, by the clock all pages share (the
      // loader marks it on the page's timeline: readwell-wasm-compiled).
      var compiledAt = performance.timeOrigin + performance.now();
      var warmed = self.navigator.userAgentData ? warmUp(module, e.data) : Promise.resolve();
      var limit = new Promise(function (resolve) {
        setTimeout(resolve, warmUpLimit);
      });
      return Promise.race([warmed, limit]).then(function () {
        self.postMessage({ module: module, compiledAt: compiledAt });
        self.close(); // and with it the warm-up's client
      });
    })
    .catch(function (err) {
      // A failed compile, or a browser that cannot post a module.
      self.postMessage({ error: String(err) });
    });
};

// wasmResponse is the wasm from this version's precache (server/worker.js
// names it "app-" + the version) when the service worker has filled it,
// read straight from Cache Storage, else from the network (through the
// service worker). The service worker's round trip for 7 MB cost more
// than the compile: in Chromium, reading it through the worker took about
// 220 ms, straight from the cache 80 ms, compiling it (lazily) 50 ms.
function wasmResponse(url, version) {
  if (!self.caches || !version) {
    return fetch(url);
  }
  var name = "app-" + version;
  // Looks in that cache only, and makes none where there is none yet.
  return caches.match(url, { cacheName: name }).then(
    function (cached) {
      return cached || fetch(url);
    },
    function () {
      return fetch(url);
    }
  );
}

// warmUp runs the client in this worker until the page it draws is ready,
// or it stops; it never rejects.
function warmUp(module, page) {
  return new Promise(function (done) {
    try {
      standIns(page, done);
      importScripts("/wasm_exec.js");
      // The warm-up's own output (a panic where a stand-in falls short)
      // is not the reader's business.
      console.log = console.error = console.warn = function () {};
      var go = new Go();
      WebAssembly.instantiate(module, go.importObject)
        .then(function (instance) {
          var started = performance.now();
          self.readwellWarming = function () {
            if (performance.now() - started < compiledStartMs) done();
          };
          return go.run(instance);
        })
        .then(done, done);
    } catch (err) {
      done();
    }
  });
}

// standIns gives this worker what the client reads of a page: a document
// that keeps nothing and reports when the page is ready, an address (the
// reader's), go-app's settings, an empty history and localStorage.
function standIns(page, ready) {
  self.readwellCompileWorker = true; // app/main.go: warm up, do not start
  var doc = new StandIn();
  doc.createElement = doc.createElementNS = doc.createTextNode = function () {
    return new StandIn();
  };
  doc.getElementById = function () {
    return null;
  };
  doc.head = new StandIn();
  doc.body = new StandIn();
  doc.documentElement = new StandIn();
  doc.documentElement.setAttribute = function (name, value) {
    if (name === "data-app" && value === "ready") ready();
  };
  self.document = doc;
  Object.defineProperty(self, "location", { value: new URL(page.href), configurable: true });
  self.history = { state: null, pushState: function () {}, replaceState: function () {} };
  self.localStorage = {
    length: 0,
    key: function () {
      return null;
    },
    getItem: function () {
      return null;
    },
    setItem: function () {},
    removeItem: function () {},
  };
  self.goappGetenv = function (name) {
    return page.env ? page.env[name] : undefined;
  };
  self.matchMedia = function () {
    return { matches: false, addEventListener: function () {}, removeEventListener: function () {} };
  };
  self.innerWidth = page.width;
  self.innerHeight = page.height;
}

// StandIn is the least of a DOM node the client's first render uses:
// elements, text nodes and the document are all one, and nothing is kept.
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
    return { length: 0, item: function () { return null; } };
  },
  scrollIntoView: function () {},
  focus: function () {},
};
