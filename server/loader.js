// Readwell's wasm loader, in place of go-app's goappInitWebAssembly (see
// loader.go). The page's main thread only instantiates and runs the UI
// wasm: a dedicated worker (web/app-compile.js) fetches and compiles it.
// Where that cannot work (no worker, no compileStreaming, a module that
// cannot be posted), the page streams and compiles it itself, as go-app
// does, without go-app's progress counter (it re-wrapped the download in a
// script-driven stream, a main-thread step per chunk).
async function goappInitWebAssembly() {
  const loader = document.getElementById("app-wasm-loader");
  if (!goappCanLoadWebAssembly()) {
    loader.remove();
    return;
  }
  readwellMark("readwell-wasm-load");
  const url = "/web/app.wasm";
  try {
    const go = new Go();
    let instance;
    try {
      const module = await readwellCompileOffThread(url);
      instance = await WebAssembly.instantiate(module, go.importObject);
    } catch (offThread) {
      instance = await readwellInstantiateHere(url, go.importObject);
    }
    readwellMark("readwell-wasm-instance");
    // Go's start in a task of its own, not in the instantiation's.
    await new Promise(function (resolve) {
      setTimeout(resolve, 0);
    });
    readwellMark("readwell-wasm-run");
    go.run(instance);
    loader.remove();
  } catch (err) {
    document.getElementById("app-wasm-loader-icon").className = "goapp-logo";
    document.getElementById("app-wasm-loader-label").innerText = err;
    console.error("loading wasm failed: ", err);
  }
}

// The start's steps, as User Timing marks (the engine matrix prints them
// beside data-app=ready's "readwell-ready").
function readwellMark(name, at) {
  try {
    performance.mark(name, at === undefined ? undefined : { startTime: at });
  } catch (err) {
    // No User Timing, or no startTime (older engines): no mark.
  }
}

function readwellCompileOffThread(url) {
  return new Promise(function (resolve, reject) {
    if (!window.Worker || !WebAssembly.compileStreaming) {
      reject(new Error("no worker compilation here"));
      return;
    }
    const worker = new Worker("/web/app-compile.js");
    worker.onmessage = function (e) {
      if (e.data && e.data.module instanceof WebAssembly.Module) {
        if (e.data.compiledAt && performance.timeOrigin) {
          readwellMark("readwell-wasm-compiled", e.data.compiledAt - performance.timeOrigin);
        }
        readwellMark("readwell-wasm-module");
        resolve(e.data.module);
      } else {
        worker.terminate();
        reject(new Error((e.data && e.data.error) || "no module"));
      }
    };
    worker.onerror = worker.onmessageerror = function () {
      worker.terminate();
      reject(new Error("the compile worker failed"));
    };
    // What the worker's warm-up needs: the address it starts at (always
    // the reader's: most of the client's code, and a page that is ready
    // without a library; the library's own page, say, never is, and the
    // warm-up would run to its limit), go-app's settings, the viewport.
    worker.postMessage({
      url: url,
      href: location.origin + "/",
      env: goappEnv,
      width: window.innerWidth,
      height: window.innerHeight,
    });
  });
}

async function readwellInstantiateHere(url, imports) {
  if (WebAssembly.instantiateStreaming) {
    return (await WebAssembly.instantiateStreaming(fetch(url), imports)).instance;
  }
  const bytes = await (await fetch(url)).arrayBuffer();
  return (await WebAssembly.instantiate(bytes, imports)).instance;
}

// The update prompt. go-app calls goappOnUpdate when a new service worker
// it saw being installed activates, but it listens only once register()
// has resolved: a new worker the browser found before that (it looks for
// one as the page loads) went unseen, and the prompt never showed (seen
// once in three CI runs of TestBrowserUpdate). Ours take over open pages
// (skipWaiting, clients.claim), so a change of controller on a page that a
// worker already served is an update too. Twice is harmless.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (window.readwellHadController) goappOnUpdate();
  });
}

