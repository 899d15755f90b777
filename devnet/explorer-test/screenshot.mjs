// Loads the devnet explorer in Debian's headless Chromium (playwright-core, no bundled browser),
// waits until the nodes table shows every node with a chain head, saves a screenshot and prints
// the page's text for the Java test (ExplorerPage in DevnetAcceptanceIT) to assert on.
// Usage: node screenshot.mjs URL SCREENSHOT.png NODE_COUNT [CHROMIUM]
import { chromium } from "playwright-core";

const [url, screenshot, nodeCount, executablePath = "/usr/bin/chromium"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(
    (n) => [...document.querySelectorAll("#nodes tbody tr")].filter((tr) => /^\d+$/.test(tr.cells[3]?.textContent)).length >= n,
    Number(nodeCount),
    { timeout: 60000 },
  );
  // One full refresh of every panel: the header shows "updated HH:MM:SS" after it.
  await page.waitForFunction(() => document.getElementById("updated").textContent.startsWith("updated"), null, { timeout: 60000 });
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ text: await page.innerText("body"), errors }));
} finally {
  await browser.close();
}
