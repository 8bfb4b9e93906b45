// Steps the client's end-to-end tests share: reading the People and Places tree and the Problems panel as
// rows with their tree level, moving the cursor to a word, and reading the cursor position. Built on
// VS Code's own DOM and ARIA attributes (role="treeitem", aria-level), like workbench.ts.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import type { Locator, Page } from "playwright-core";
import type { Workbench } from "./workbench";

const TIMEOUT = 30_000;

export interface TreeRow {
  level: number;
  /** The accessible label: for an entity, "name, kind, description". */
  label: string;
  /** What the row shows (label and description run together). */
  text: string;
  expanded: boolean | null;
  index: number;
}

/** The status-bar item of the extension, found by its text. */
export function statusItem(page: Page): Locator {
  return page.locator(".statusbar-item").filter({ hasText: /^\s*(\$\(.*\))?\s*Crosscheck:/ }).first();
}

/** Waits until the status bar shows the finished index of `articles` articles and returns its text. */
export async function waitForIndex(page: Page, articles: number, timeout = 90_000): Promise<string> {
  const pattern = new RegExp(`Crosscheck: ${articles} articles? · `);
  const texts = await eventually(() => page.locator(".statusbar-item").allTextContents(), (all) => all.some((t) => pattern.test(t)), timeout);
  if (!texts.some((t) => pattern.test(t))) throw new Error(`the status bar never showed ${articles} articles: ${texts.join(" | ")}`);
  return ((await statusItem(page).textContent()) ?? "").trim();
}

/** The People and Places view in the activity-bar container (it has the side bar to itself). */
export function peoplePane(page: Page): Locator {
  return page.locator('.sidebar [id="workbench.view.extension.crosscheck"]');
}

/** Opens People and Places in its activity-bar container by clicking the status-bar item. */
export async function showPeopleView(page: Page): Promise<Locator> {
  await statusItem(page).click();
  const pane = peoplePane(page);
  await pane.locator('.monaco-list-row[role="treeitem"]').first().waitFor({ state: "visible", timeout: TIMEOUT });
  return pane;
}

/** The language server processes whose working folder is `folder` (the client starts it there). */
export function serverProcesses(folder: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (!commandLine.includes("dist/server.js")) continue;
      if (fs.realpathSync(`/proc/${entry}/cwd`) === fs.realpathSync(folder)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked, or is not ours to read.
    }
  }
  return pids;
}

/** The message line at the top of a tree view ("Filtered by …"), or "" when hidden. */
export async function viewMessage(container: Locator): Promise<string> {
  const message = container.locator(".message:not(.hide)").first();
  if ((await message.count()) === 0) return "";
  return ((await message.textContent()) ?? "").trim();
}

/** Drags the side bar's edge to make it `by` pixels wider, so tree descriptions show in screenshots. */
export async function widenSideBar(page: Page, by: number): Promise<void> {
  const box = await page.locator(".part.sidebar").boundingBox();
  if (!box) return;
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + by, y, { steps: 5 });
  await page.mouse.up();
}

/** The rows currently rendered in a tree, with their levels. */
export async function treeRows(container: Locator): Promise<TreeRow[]> {
  return container.locator('.monaco-list-row[role="treeitem"]').evaluateAll((elements) =>
    elements.map((el) => ({
      level: Number(el.getAttribute("aria-level") ?? "0"),
      label: el.getAttribute("aria-label") ?? "",
      text: (el.textContent ?? "").trim(),
      expanded: el.hasAttribute("aria-expanded") ? el.getAttribute("aria-expanded") === "true" : null,
      index: Number(el.getAttribute("data-index") ?? "-1"),
    })),
  );
}

/** Polls `read` until `accept` holds, and returns the last value (which the caller then asserts on). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

/** The entity rows of a tree grouped under their group row ("People", "Places", "Organizations"). */
export function groupEntities(rows: TreeRow[]): Map<string, TreeRow[]> {
  const groups = new Map<string, TreeRow[]>();
  let current: TreeRow[] | undefined;
  for (const row of rows) {
    if (row.level === 1) {
      current = [];
      groups.set(row.text.replace(/\d+$/, "").trim(), current);
    } else if (row.level === 2 && current) {
      current.push(row);
    }
  }
  return groups;
}

/** Clicks a tree row: one read by `treeRows`, or the first whose text matches (at `level` when given). */
export async function clickRow(container: Locator, row: TreeRow | string | RegExp, level?: number): Promise<void> {
  let target: Locator;
  if (typeof row === "object" && !(row instanceof RegExp)) {
    target = container.locator(`.monaco-list-row[role="treeitem"][data-index="${row.index}"]`);
  } else {
    const levelSelector = level === undefined ? "" : `[aria-level="${level}"]`;
    target = container.locator(`.monaco-list-row[role="treeitem"]${levelSelector}`).filter({ hasText: row });
  }
  await target.first().waitFor({ state: "visible", timeout: TIMEOUT });
  await target.first().click();
}

/** Runs an item of a tree row's context menu. */
export async function contextMenu(container: Locator, label: string | RegExp, level: number, item: string): Promise<void> {
  const page = container.page();
  const row = container.locator(`.monaco-list-row[role="treeitem"][aria-level="${level}"]`).filter({ hasText: label }).first();
  await row.waitFor({ state: "visible", timeout: TIMEOUT });
  await row.click({ button: "right" });
  const action = page.locator(".monaco-menu .action-label", { hasText: item }).first();
  await action.waitFor({ state: "visible", timeout: TIMEOUT });
  // The menu ignores a click that comes right after it opens; choose the item with the keyboard instead,
  // as the menu's own focus moves: down until the item is focused, then Enter.
  const focused = page.locator(".monaco-menu .action-item.focused .action-label");
  for (let step = 0; step < 20; step++) {
    const current = (await focused.count()) > 0 ? await focused.first().textContent() : "";
    if ((current ?? "").includes(item)) break;
    await page.keyboard.press("ArrowDown");
  }
  assert.ok(((await focused.textContent()) ?? "").includes(item), `the context menu has "${item}"`);
  await page.keyboard.press("Enter");
}

/**
 * Runs a palette command that opens its own input (quick pick or input box) and returns once that input
 * shows: unlike Workbench.runCommand, it does not wait for the quick input to close.
 */
export async function runCommandWithInput(page: Page, label: string): Promise<Locator> {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: TIMEOUT });
  await input.fill(`>${label}`);
  const row = page.locator(".quick-input-list .monaco-list-row").filter({ hasText: label }).first();
  await row.waitFor({ state: "visible", timeout: TIMEOUT });
  await row.click();
  // The command's own input replaces the palette: its value no longer starts with ">".
  await eventually(() => input.inputValue().catch(() => ">"), (value) => !value.startsWith(">"));
  return input;
}

/** The file rows of the references peek ("name.txt" followed by a count), once it shows at least `min` files. */
export async function referenceFiles(page: Page, names: readonly string[], min: number): Promise<string[]> {
  const rows = page.locator(".peekview-widget .ref-tree .monaco-list-row");
  // The first file opens expanded; collapse it so that every file row fits in the peek's list.
  const expanded = page.locator('.peekview-widget .ref-tree .monaco-list-row[aria-level="1"][aria-expanded="true"] .monaco-tl-twistie');
  await rows.first().waitFor({ state: "visible", timeout: TIMEOUT });
  const text = await eventually(
    async () => {
      while ((await expanded.count()) > 0) await expanded.first().click();
      return (await rows.allTextContents()).join("\n");
    },
    (all) => names.filter((name) => all.includes(name)).length >= min,
  );
  return names.filter((name) => text.includes(name));
}

/** The editor's cursor as the status bar shows it: "Ln 12, Col 5 (10 selected)". */
export async function cursor(page: Page): Promise<{ line: number; column: number; selected: number }> {
  const item = page.locator('[id="status.editor.selection"]');
  await item.waitFor({ state: "visible", timeout: TIMEOUT });
  const text = (await item.textContent()) ?? "";
  const match = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
  if (!match) throw new Error(`unexpected cursor text: ${text}`);
  return { line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? "0") };
}

/**
 * Puts the cursor inside `word` on a line (1-based): goes to the line, then to the word's column, so
 * editor commands (F12, Shift+F12, F2) act on it. Reads the line from disk to find the column.
 */
export async function placeCursorOn(wb: Workbench, file: string, line: number, word: string): Promise<void> {
  const text = fs.readFileSync(file, "utf8").split(/\r\n|\r|\n/)[line - 1] ?? "";
  const column = text.indexOf(word);
  if (column < 0) throw new Error(`"${word}" is not on line ${line} of ${file}`);
  await wb.page.keyboard.press("Control+G");
  const input = wb.page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: TIMEOUT });
  // One column into the word, so the cursor is inside it rather than at its edge.
  await input.fill(`:${line}:${column + 2}`);
  await wb.page.keyboard.press("Enter");
  await eventually(() => cursor(wb.page), (c) => c.line === line && c.column === column + 2);
}

/**
 * Shows the hover at the cursor with the keyboard (Ctrl+K Ctrl+I) and returns its text. Unlike a mouse
 * hover it does not depend on where the word is drawn (sticky scroll, notifications may cover it).
 */
export async function hoverAtCursor(page: Page): Promise<string> {
  await page.keyboard.press("Control+K");
  await page.keyboard.press("Control+I");
  const hover = page.locator(".monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents").first();
  await hover.waitFor({ state: "visible", timeout: TIMEOUT });
  return eventually(async () => ((await hover.textContent()) ?? "").trim(), (text) => text.length > 0);
}

/** The name of the file in the active editor tab. */
export async function activeFile(page: Page): Promise<string> {
  // The tab's label splits the name from its extension; the attribute has both.
  const tab = page.locator(".editor-group-container.active .tabs-container .tab.active").first();
  await tab.waitFor({ state: "visible", timeout: TIMEOUT });
  return (await tab.getAttribute("data-resource-name")) ?? "";
}

/** Waits until the active tab is one of `names` (or any other than `notName`) and returns it. */
export async function waitForActiveFile(page: Page, accept: (name: string) => boolean): Promise<string> {
  return eventually(() => activeFile(page).catch(() => ""), accept);
}
