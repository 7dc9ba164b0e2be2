// Frame cost micro-bench: live page on the hub, then refresh()+2 frames, N times, under variants.
import { connect, exploreApi } from "@news-kg/loader";
import { neo4jConnection } from "@news-kg/neo4j-local";
import { serveExplorer } from "../../../apps/web/server/index.ts";
import { launchChromium } from "../../../apps/web/testing/chromium.ts";
const connection = neo4jConnection();
const driver = await connect(connection);
const api = exploreApi({ driver, target: { loadedBy: "news-kg-bench-explore" }, connection });
const server = await serveExplorer({ distDir: process.env.EXPLORER_DIST ?? "apps/web/dist", api });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, bypassCSP: true });
const page = await context.newPage();
await page.goto(`${server.url}?node=${encodeURIComponent("bench-explore:e0")}&select=${encodeURIComponent("bench-explore:e0")}`);
await page.waitForFunction('document.body.dataset.state === "ready" && document.body.dataset.layout !== "running"', null, {
  timeout: 120000,
});
await page.waitForTimeout(3000);
await page.evaluate("window.__explorer.layout.kill?.(); window.__explorer.layout.stop?.()");
const measure = (label: string) =>
  page
    .evaluate(`(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const ms = [];
  for (let i = 0; i < 15; i++) { await frame(); const t0 = performance.now(); window.__explorer.renderer.refresh(); await frame(); await frame(); ms.push(performance.now() - t0); }
  ms.sort((a, b) => a - b); return ms[7].toFixed(0) + " (min " + ms[0].toFixed(0) + ")";
})()`)
    .then((r) => console.log(label.padEnd(40), r));
const variants = process.argv.slice(2);
for (let round = 0; round < 2; round++) {
  await measure("as is");
  await page.evaluate('window.__explorer.renderer.setSetting("renderLabels", false)');
  await measure("no labels");
  await page.evaluate('window.__explorer.renderer.setSetting("renderLabels", true)');
  await page.evaluate('document.querySelector(".side-panel").style.display = "none"');
  await measure("no side panel");
  await page.evaluate('document.querySelector(".side-panel").style.display = ""');
  await page.evaluate('document.querySelector(".side-panel").style.boxShadow = "none"');
  await measure("panel without shadow");
  await page.evaluate('document.querySelector(".side-panel").style.boxShadow = ""');
  await page.evaluate('window.__explorer.renderer.setSetting("renderEdgeLabels", false)');
  await measure("no edge labels");
  await page.evaluate('window.__explorer.renderer.setSetting("renderEdgeLabels", true)');
  await page.evaluate('window.__explorer.renderer.setSetting("enableEdgeEvents", false)');
  await measure("no edge events");
  await page.evaluate('window.__explorer.renderer.setSetting("enableEdgeEvents", true)');
}
console.log(
  await page.evaluate(
    "JSON.stringify({order: window.__explorer.graph.order, size: window.__explorer.graph.size, edgeEvents: window.__explorer.renderer.getSetting('enableEdgeEvents'), edgeLabels: window.__explorer.renderer.getSetting('renderEdgeLabels'), programs: Object.keys(window.__explorer.renderer.getSetting('edgeProgramClasses'))})",
  ),
);
await browser.close();
await server.close();
await driver.close();
