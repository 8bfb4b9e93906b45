// Drives the VS Code workbench in a page the way a person would: keyboard shortcuts, the command
// palette, quick open, hovering, and reading what is on screen. Selectors are VS Code's own DOM
// (stable across recent releases); each helper waits for the state it needs instead of sleeping.
import type { Locator, Page } from "playwright-core";

const DEFAULT_TIMEOUT = 30_000;

export class Workbench {
  constructor(readonly page: Page) {}

  /** Waits until the workbench is rendered and the Explorer shows the folder. */
  async waitReady(timeout = 60_000): Promise<void> {
    await this.page.locator(".monaco-workbench").waitFor({ state: "visible", timeout });
    await this.page.locator(".explorer-folders-view .monaco-list-row").first().waitFor({ state: "visible", timeout });
  }

  /** Runs a command from the command palette by its label (as typed after ">"). */
  /**
   * Opens a quick input with `key` and types `text`. The widget can close again right after opening when
   * something else takes focus at that moment (a peek view closing, a notification), so a failed attempt
   * is dismissed and retried rather than waited on for the whole timeout.
   */
  private async typeInQuickInput(key: string, text: string): Promise<void> {
    const input = this.page.locator(".quick-input-widget input");
    for (let attempt = 1; ; attempt++) {
      try {
        await this.page.keyboard.press(key);
        await input.waitFor({ state: "visible", timeout: DEFAULT_TIMEOUT });
        await input.fill(text, { timeout: 5_000 });
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
        await this.page.keyboard.press("Escape");
      }
    }
  }

  /**
   * Opens the quick-fix menu at the cursor (Ctrl+.) and returns the row with `label`. The menu lists what the
   * server answered for the cursor at that moment: asked before the diagnostics reach the editor, it opens
   * without the fix, so a menu without it is closed and asked again.
   */
  async codeAction(label: string): Promise<Locator> {
    const row = this.page.locator(".action-widget .monaco-list-row").filter({ hasText: label }).first();
    for (let attempt = 1; ; attempt++) {
      try {
        await this.page.keyboard.press("Control+.");
        await row.waitFor({ state: "visible", timeout: 10_000 });
        return row;
      } catch (error) {
        if (attempt >= 3) throw error;
        await this.page.keyboard.press("Escape");
      }
    }
  }

  async runCommand(label: string): Promise<void> {
    await this.typeInQuickInput("F1", `>${label}`);
    const row = this.page
      .locator(".quick-input-list .monaco-list-row")
      .filter({ hasText: label })
      .first();
    await row.waitFor({ state: "visible", timeout: DEFAULT_TIMEOUT });
    await row.click();
    await this.page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: DEFAULT_TIMEOUT }).catch(() => undefined);
  }

  /** Opens a workspace file by name with Quick Open (Ctrl+P) and waits for its editor tab. */
  async openFile(fileName: string): Promise<void> {
    await this.typeInQuickInput("Control+P", fileName);
    const row = this.page
      .locator(".quick-input-list .monaco-list-row")
      .filter({ hasText: fileName })
      .first();
    await row.waitFor({ state: "visible", timeout: DEFAULT_TIMEOUT });
    // Click the matching row rather than pressing Enter: while the file search runs, the first row
    // can still be a recently opened file.
    await row.click();
    await this.activeTab(fileName).waitFor({ state: "visible", timeout: DEFAULT_TIMEOUT });
    await this.editor().locator(".view-lines .view-line").first().waitFor({ state: "visible", timeout: DEFAULT_TIMEOUT });
  }

  activeTab(fileName: string): Locator {
    return this.page.locator(".tabs-container .tab.active").filter({ hasText: fileName });
  }

  /** The focused (or only visible) text editor. */
  editor(): Locator {
    return this.page.locator(".editor-group-container.active .monaco-editor").first();
  }

  /** Text of the status bar's language mode item, e.g. "News Article". */
  async languageMode(expected?: string, timeout = DEFAULT_TIMEOUT): Promise<string> {
    const item = this.page.locator('[id="status.editor.mode"]');
    await item.waitFor({ state: "visible", timeout });
    if (expected !== undefined) {
      await this.page
        .waitForFunction(
          `document.getElementById("status.editor.mode")?.textContent?.trim() === ${JSON.stringify(expected)}`,
          undefined,
          { timeout },
        )
        .catch(() => undefined);
    }
    return ((await item.textContent()) ?? "").trim();
  }

  /** Text of every status bar item, for tests that look for their own item. */
  async statusBarTexts(): Promise<string[]> {
    const items = await this.page.locator(".statusbar-item").allTextContents();
    return items.map((t) => t.trim()).filter((t) => t.length > 0);
  }

  /**
   * The rendered token span(s) of the active editor that contain `text` (the editor splits a line
   * into spans by scope, so a short needle is best: one word of the token you want).
   */
  token(text: string): Locator {
    return this.editor().locator(".view-lines .view-line span > span").filter({ hasText: text }).first();
  }

  /**
   * The on-screen box of the token containing `text`. The editor re-renders a line's spans when
   * semantic tokens or decorations arrive, so a span found a moment ago may be gone: retry.
   */
  async tokenBox(text: string, timeout = DEFAULT_TIMEOUT): Promise<{ x: number; y: number; width: number; height: number }> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const token = this.token(text);
      await token.waitFor({ state: "visible", timeout: Math.max(1, deadline - Date.now()) });
      const box = await token.boundingBox({ timeout: 1000 }).catch(() => null);
      if (box) return box;
      if (Date.now() > deadline) throw new Error(`token "${text}" has no box`);
      await this.page.waitForTimeout(100);
    }
  }

  /** The computed CSS colour of the token containing `text`, e.g. "rgb(86, 156, 214)". */
  async tokenColor(text: string): Promise<string> {
    const token = this.token(text);
    await token.waitFor({ state: "visible", timeout: DEFAULT_TIMEOUT });
    return token.evaluate((el) => {
      // Runs in the page; this file is typed for Node (no DOM lib), hence the narrow cast.
      const page = globalThis as unknown as { getComputedStyle(element: unknown): { color: string } };
      return page.getComputedStyle(el).color;
    });
  }

  /**
   * The TextMate scopes at the token containing `text`, read from "Developer: Inspect Editor Tokens
   * and Scopes" (the same widget a grammar author uses).
   */
  async inspectScopes(text: string): Promise<string> {
    await this.placeCursor(text);
    await this.runCommand("Developer: Inspect Editor Tokens and Scopes");
    const widget = this.page.locator(".token-inspect-widget");
    await widget.waitFor({ state: "visible", timeout: DEFAULT_TIMEOUT });
    // The widget fills in asynchronously once the grammar has tokenized the line.
    await this.page.waitForFunction(
      `/textmate scopes/i.test(document.querySelector(".token-inspect-widget")?.textContent ?? "")`,
      undefined,
      { timeout: DEFAULT_TIMEOUT },
    );
    const content = (await widget.textContent()) ?? "";
    await this.page.keyboard.press("Escape");
    return content;
  }

  /** Hovers the token containing `text` and returns the hover's text once it appears. */
  async hover(text: string, timeout = DEFAULT_TIMEOUT): Promise<string> {
    const box = await this.tokenBox(text, timeout);
    // Move away first so a hover that is already showing is dismissed and shown afresh.
    await this.page.mouse.move(1, 1);
    await this.page.mouse.move(box.x + Math.min(box.width / 2, 8), box.y + box.height / 2, { steps: 4 });
    // Wait for a shown hover with real content: it first says "Loading..." while the server answers.
    const handle = await this.page.waitForFunction(
      `(() => {
        for (const el of document.querySelectorAll(".monaco-hover:not(.hidden)")) {
          const text = (el.textContent ?? "").trim();
          if (text && !/^Loading/i.test(text)) return text;
        }
        return false;
      })()`,
      undefined,
      { timeout, polling: 100 },
    );
    return (await handle.jsonValue()) as string;
  }

  /** Opens the Problems panel and returns the text of each row (files and their problems). */
  async problems(options: { minRows?: number; timeout?: number } = {}): Promise<string[]> {
    await this.runCommand("View: Focus Problems");
    const rows = this.page.locator(".markers-panel .monaco-list-row");
    const minRows = options.minRows ?? 0;
    if (minRows > 0) {
      await this.page.waitForFunction(
        `document.querySelectorAll(".markers-panel .monaco-list-row").length >= ${Number(minRows)}`,
        undefined,
        { timeout: options.timeout ?? DEFAULT_TIMEOUT },
      );
    } else {
      await this.page.locator(".markers-panel").waitFor({ state: "visible", timeout: DEFAULT_TIMEOUT });
    }
    return (await rows.allTextContents()).map((t) => t.trim());
  }

  /** Puts the cursor inside the token containing `text` (a click, as a person would). */
  async placeCursor(text: string): Promise<void> {
    const box = await this.tokenBox(text);
    await this.page.mouse.click(box.x + Math.min(box.width / 2, 8), box.y + box.height / 2);
  }

  /** The cursor position from the status bar, e.g. { line: 12, column: 5 } (1-based). */
  async cursorPosition(): Promise<{ line: number; column: number }> {
    const text = (await this.page.locator('[id="status.editor.selection"]').textContent()) ?? "";
    const match = /Ln\s*(\d+),\s*Col\s*(\d+)/.exec(text);
    if (!match) throw new Error(`no cursor position in status bar: "${text}"`);
    return { line: Number(match[1]), column: Number(match[2]) };
  }

  /** File name of the active editor tab. */
  async activeFileName(): Promise<string> {
    const tab = this.page.locator(".editor-group-container.active .tabs-container .tab.active").first();
    return (await tab.getAttribute("data-resource-name")) ?? "";
  }

  /** Go to Definition (F12) on the token containing `text`; waits for the editor to move. */
  async goToDefinition(text: string): Promise<void> {
    await this.placeCursor(text);
    await this.page.keyboard.press("F12");
  }

  /**
   * Peek References (Shift+F12) on `text`; returns the rows of the peek widget's tree (a row per
   * file, then its matches) once there are at least `minRows`. Escape closes the widget.
   */
  async peekReferences(text: string, minRows = 1): Promise<string[]> {
    await this.placeCursor(text);
    await this.page.keyboard.press("Shift+F12");
    const rows = this.page.locator(".reference-zone-widget .ref-tree .monaco-list-row");
    await rows.nth(Math.max(0, minRows - 1)).waitFor({ state: "visible", timeout: DEFAULT_TIMEOUT });
    return (await rows.allTextContents()).map((t) => t.trim());
  }

  /** Rename Symbol (F2) on `text` to `newName`, then Save All. */
  async renameSymbol(text: string, newName: string): Promise<void> {
    await this.placeCursor(text);
    await this.page.keyboard.press("F2");
    const input = this.page.locator(".rename-box input, .rename-box textarea").first();
    await input.waitFor({ state: "visible", timeout: DEFAULT_TIMEOUT });
    await input.fill(newName);
    await this.page.keyboard.press("Enter");
    await input.waitFor({ state: "hidden", timeout: DEFAULT_TIMEOUT });
  }

  /** File: Save All. */
  async saveAll(): Promise<void> {
    await this.runCommand("File: Save All Files");
  }

  /** Clicks the row of a side bar view whose text contains `rowText`. */
  async clickViewRow(title: string, rowText: string): Promise<void> {
    const row = this.view(title).locator(".monaco-list-row").filter({ hasText: rowText }).first();
    await row.waitFor({ state: "visible", timeout: DEFAULT_TIMEOUT });
    await row.click();
  }

  /** Titles of the views (panes) in the side bar, as written in the manifest (not upper-cased). */
  async sideBarViewTitles(): Promise<string[]> {
    const titles = await this.page.locator(".sidebar .pane-header .title").allTextContents();
    return titles.map((t) => t.trim());
  }

  /** A view's pane (header + body) in the side bar, found by its title. */
  view(title: string): Locator {
    return this.page.locator(".sidebar .pane").filter({
      has: this.page.locator(".pane-header .title", { hasText: title }),
    });
  }

  /** Expands a collapsed side bar view and returns its tree rows' text. */
  async viewRows(title: string, options: { minRows?: number; timeout?: number } = {}): Promise<string[]> {
    const pane = this.view(title);
    const header = pane.locator(".pane-header");
    if ((await header.getAttribute("aria-expanded")) === "false") await header.click();
    const rows = pane.locator(".monaco-list-row");
    if ((options.minRows ?? 0) > 0) {
      await rows.nth((options.minRows ?? 1) - 1).waitFor({ state: "visible", timeout: options.timeout ?? DEFAULT_TIMEOUT });
    }
    return (await rows.allTextContents()).map((t) => t.trim());
  }
}
