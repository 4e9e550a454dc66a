// Readwell's service worker: go-app's template (precache by version, push
// notifications left out) with the changes offline reading needs:
// - install and activate wait for their work (event.waitUntil), so the
//   worker is not "activated" before the shell and the wasm are cached;
// - an /add address with a query goes to the network untouched while
//   online, so the server sees the browser's Sec-Fetch-Site;
// - resourcesToCache holds the pipeline worker's script and wasm too
//   (serve.go's pipelineFiles), so pasted pages are read offline: a
//   dedicated worker's requests come through here like its page's;
// - a navigation that is not cached and cannot reach the network is
//   answered with a cached shell, so /read/{id}, /library and URLs with a
//   query string open offline and the client renders the route: "/" (the
//   default article) for "/?…", the article-less /shell.html for the rest,
//   which would otherwise show the default article until the client starts.
//   The pictures of articles (/api/image, the server's proxy) are kept in
//   their own cache, which a new version does not drop: once seen or saved,
//   a picture shows offline. The oldest go beyond maxImages.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const imageCache = "readwell-images";
// Saved articles' pages as the client drew them (web/boot.js keeps them):
// /read/{id} is answered with its copy first, so it shows at once.
const pageCache = "readwell-pages";
const maxImages = 400;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      await cache.addAll(resourcesToCache);
      await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(
        keys.filter((key) => key !== cacheName && key !== imageCache && key !== pageCache).map((key) => caches.delete(key))
      );
      await self.clients.claim();
    })()
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  if (new URL(request.url).pathname === "/api/image") {
    event.respondWith(answerImage(request));
    return;
  }
  const path = new URL(request.url).pathname;
  // An address for /add (a shared page, a link) goes to the network as the
  // browser made it: the server tells the reader's own arrival (Sec-Fetch-
  // Site: none, saved at once) from a link on another site (saved on a
  // click), and a request this worker forwarded would arrive as same-origin
  // wherever it started. Offline it gets the shell like any navigation.
  if (request.mode === "navigate" && /^\/add\/?$/.test(path) && new URL(request.url).search !== "" && self.navigator.onLine) {
    return;
  }
  if (request.mode === "navigate" && path.startsWith("/read/")) {
    event.respondWith(answerSaved(request, path));
    return;
  }
  event.respondWith(answer(request));
});

// answerSaved: the kept copy of a saved article's page, else as any page.
async function answerSaved(request, path) {
  const copy = await caches.open(pageCache).then((c) => c.match(path.length > 1 ? path.replace(/\/$/, "") : path));
  return copy || answer(request);
}

// answerImage: a kept picture first, else the proxy, whose good answers
// are kept.
async function answerImage(request) {
  const cache = await caches.open(imageCache);
  const kept = await cache.match(request);
  if (kept) {
    return kept;
  }
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - maxImages)).map((k) => cache.delete(k)));
  }
  return response;
}

async function answer(request) {
  const cached = await caches.match(request);
  if (cached) {
    return cached;
  }
  try {
    return await fetch(request);
  } catch (err) {
    if (request.mode === "navigate") {
      const path = new URL(request.url).pathname;
      const shell = (path !== "/" && (await caches.match("/shell.html"))) || (await caches.match("/"));
      if (shell) {
        return shell;
      }
    }
    throw err;
  }
}
