// Readwell's service worker: go-app's template (precache by version, push
// notifications left out) with the changes offline reading needs:
// - install and activate wait for their work (event.waitUntil), so the
//   worker is not "activated" before the shell and the wasm are cached;
// - a navigation that is not cached and cannot reach the network is
//   answered with a cached shell, so /read/{id}, /library and URLs with a
//   query string open offline and the client renders the route: "/" (the
//   default article) for "/?…", the article-less /shell.html for the rest,
//   which would otherwise show the default article until the client starts.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

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
        keys.filter((key) => key !== cacheName).map((key) => caches.delete(key))
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
  event.respondWith(answer(request));
});

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
