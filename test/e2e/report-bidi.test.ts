import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import * as os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { report } from "../cli/report-helpers";
import { CHROMIUM, CHROMIUM_FLAGS } from "../support/browser";

// The HTML report in Chromium, read in the order the browser lays the characters out (left to
// right by their boxes): a finding about an attachment whose name holds a right-to-left
// override reads in order, the name isolated. The same sentence without the isolation, put
// into the page beside it, comes out reversed after the name: the measure can see the fault.

jest.setTimeout(120_000);

const HOSTILE = path.join(__dirname, "..", "fixtures", "draft-hostile-text.json");
const MESSAGE = 'The attachment "invoiceexe.pdf" is not mentioned in the mail. Name it and say in a few words what it is.';
let browser: Browser;
let work: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  work = mkdtempSync(path.join(os.tmpdir(), "cpa-report-bidi-"));
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The text of the first element matching `selector` as laid out: its characters sorted by line, then by x. */
async function laidOut(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const boxes: Array<{ ch: string; top: number; left: number }> = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0) boxes.push({ ch: text[i], top: Math.round(rect.top), left: rect.left });
      }
    }
    boxes.sort((a, b) => a.top - b.top || a.left - b.left);
    return boxes.map((b) => b.ch).join("");
  });
}

it("shows the finding about a right-to-left attachment name in reading order", async () => {
  const input = path.join(work, "in");
  mkdirSync(input);
  copyFileSync(HOSTILE, path.join(input, "hostile.json"));
  const result = await report(["--show-names", input]);
  expect(result.code).toBe(0);
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.setContent(result.html, { waitUntil: "load" });
  const cell = page.locator("td", { hasText: "is not mentioned in the mail" }).first();
  await cell.waitFor();
  await cell.evaluate((td) => td.setAttribute("id", "isolated"));
  expect(await laidOut(page, "#isolated")).toBe(MESSAGE);
  // The control: the same sentence as the engine writes it, not isolated.
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.id = "raw";
    p.textContent = 'The attachment "invoice\u202efdp.exe" is not mentioned in the mail. Name it and say in a few words what it is.';
    document.body.appendChild(p);
  });
  expect(await laidOut(page, "#raw")).not.toContain("is not mentioned in the mail");
  await page.close();
});
