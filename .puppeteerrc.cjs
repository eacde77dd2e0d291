// Puppeteer (pulled in by whatsapp-web.js) must never download a browser at install:
// it fails offline and is wasted weight for shops that already have Chrome/Edge.
// The gateway resolves a browser at run time instead (electron/engine/whatsapp/browser.ts).
module.exports = { skipDownload: true };
