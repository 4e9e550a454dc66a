// firefox-bridge drives Firefox ESR for the Go browser tests: puppeteer-core
// talks WebDriver BiDi to Firefox (no geckodriver), and this script turns it
// into a line protocol on stdin/stdout so the checks themselves stay in Go.
//
//   request:  {"op": "goto" | "reload" | "eval" | "errors" | "screenshot" | "close",
//              "url"?, "expr"?, "width"?, "height"?}
//   response: {"ok": true, "value": ...} or {"ok": false, "error": "..."}
//
// Usage: node firefox-bridge.js /usr/bin/firefox-esr PROFILE_DIR
"use strict";
const readline = require("readline");
const puppeteer = require("puppeteer-core");

const [executablePath, userDataDir] = process.argv.slice(2);

async function main() {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    userDataDir,
    headless: true,
    protocolTimeout: 60000,
    extraPrefsFirefox: {
      // No traffic beyond loopback: the machine's network is closed anyway,
      // and these would only add noise and start-up time.
      "app.update.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
    },
  });
  const page = (await browser.pages())[0] || (await browser.newPage());
  page.setDefaultNavigationTimeout(30000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e && e.message ? e.message : e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push("console.error: " + m.text());
  });

  const ops = {
    goto: async (r) => { await page.goto(r.url, { waitUntil: "load" }); return null; },
    reload: async () => { await page.reload({ waitUntil: "load" }); return null; },
    eval: async (r) => page.evaluate(r.expr),
    errors: async () => errors.splice(0),
    screenshot: async (r) => {
      await page.setViewport({ width: Number(r.width), height: Number(r.height) });
      return page.screenshot({ encoding: "base64" });
    },
    close: async () => { await browser.close(); return null; },
  };
  const reply = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
  reply({ ok: true, value: await browser.version() }); // ready

  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    let req;
    try {
      req = JSON.parse(line);
      const op = ops[req.op];
      if (!op) throw new Error("unknown op " + req.op);
      const value = await op(req);
      reply({ ok: true, value: value === undefined ? null : value });
    } catch (e) {
      reply({ ok: false, error: String(e && e.message ? e.message : e) });
    }
    if (req && req.op === "close") break;
  }
  await browser.close().catch(() => {});
  process.exit(0);
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ ok: false, error: "launch: " + String(e && e.message ? e.message : e) }) + "\n");
  process.exit(1);
});
