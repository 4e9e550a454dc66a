// Readwell's pipeline worker: a dedicated Web Worker that reads pasted
// pages off the UI thread. It runs web/pipeline.wasm (app/worker: the
// extraction and annotation the server runs too) under Go's wasm_exec.js,
// which go-app serves, and answers each message {id, kind: "text"|"html",
// input} with {id, article: Article JSON} or {id, error: message}.
// The UI starts it the first time a page is pasted (app/paste); the service
// worker keeps both files, so pasting works offline.
"use strict";

importScripts("/wasm_exec.js");

const ready = (async () => {
  const go = new Go();
  const response = fetch("/web/pipeline.wasm").then((r) => {
    if (!r.ok) {
      throw new Error("pipeline.wasm answered " + r.status);
    }
    return r;
  });
  const { instance } = WebAssembly.instantiateStreaming
    ? await WebAssembly.instantiateStreaming(response, go.importObject)
    : await WebAssembly.instantiate(await (await response).arrayBuffer(), go.importObject);
  // run returns once the program exits, which it never does; by the time
  // it yields, main has registered readwellPipeline.
  go.run(instance);
  if (typeof self.readwellPipeline !== "function") {
    throw new Error("pipeline.wasm did not start");
  }
})();

self.addEventListener("message", async (event) => {
  const { id, kind, input } = event.data || {};
  try {
    await ready;
  } catch (err) {
    self.postMessage({ id, error: "worker: unable to start the reader: " + (err && err.message ? err.message : err) });
    return;
  }
  let answer;
  try {
    answer = self.readwellPipeline(kind, input);
  } catch (err) {
    answer = { error: "worker: " + (err && err.message ? err.message : err) };
  }
  // The article's JSON is UTF-8 bytes: its buffer is handed over, not copied.
  const article = answer.article;
  self.postMessage({ id, article, error: answer.error }, article && article.buffer ? [article.buffer] : []);
});
