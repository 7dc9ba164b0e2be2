// `pnpm docs:screenshot`: the README's picture (docs/explorer.png), made on purpose rather than by a test:
// the sample corpus extracted as `npm start` does, Vladimir Putin's card open, a camera that keeps the whole
// graph clear of the card.
import { resolve } from "node:path";
import { extractFiles, formatFailure } from "@news-kg/extractor";
import { ensureExplorerBuilt, serveExplorer } from "../server/index.ts";
import { launchChromium } from "../testing/chromium.ts";

const REPO_ROOT = resolve(import.meta.dirname, "../../..");
const SCREENSHOT = resolve(REPO_ROOT, "docs/explorer.png");
const VIEWPORT = { width: 1400, height: 860 };
const VIEW = "?node=person%3Avladimir-putin&camera=0.7,0.5,1.1";
const READY_TIMEOUT_MS = 60_000;

const { document, failures } = await extractFiles([resolve(REPO_ROOT, "corpus")], {});
for (const failure of failures) console.error(formatFailure(failure));
const server = await serveExplorer({ distDir: await ensureExplorerBuilt(), graphJson: JSON.stringify(document) });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${server.url}${VIEW}`);
  await page.waitForFunction(() => document.body.dataset.state === "ready" && document.body.dataset.layout === "stopped", null, {
    timeout: READY_TIMEOUT_MS,
  });
  await page.locator(".entity-panel").waitFor();
  await page.screenshot({ path: SCREENSHOT });
  console.log(`docs:screenshot: wrote ${SCREENSHOT}`);
} finally {
  await browser.close();
  await server.close();
}
