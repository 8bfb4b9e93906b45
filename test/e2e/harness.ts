// Starting and stopping the pieces of an end-to-end test: a code-server (shared by all test files
// when run through `npm run test:e2e`), a workspace copy to open, and a headless Chromium page.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { Workbench } from "./workbench";

export const repoRoot = path.resolve(__dirname, "../..");
export const resultsDir = path.join(repoRoot, "test-results");

/** Flags that let Debian's Chromium run as root in a sandboxed, network-less machine. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export const chromiumPath = process.env.CROSSCHECK_CHROMIUM ?? "/usr/bin/chromium";

let ownServer: { url: string; stop(): Promise<void> } | undefined;

/**
 * The code-server address. `npm run test:e2e` starts one and passes it in CROSSCHECK_E2E_URL; a test
 * file run on its own (`node --import tsx --test test/e2e/x.test.ts`) starts its own.
 */
export async function codeServerUrl(): Promise<string> {
  if (process.env.CROSSCHECK_E2E_URL) return process.env.CROSSCHECK_E2E_URL;
  if (!ownServer) {
    const cs = await import("../../scripts/codeServer.mjs");
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-e2e-"));
    const extensionsDir = path.join(base, "extensions");
    const userDataDir = path.join(base, "user-data");
    cs.installExtensionUnpacked(extensionsDir);
    cs.writeUserSettings(userDataDir);
    ownServer = await cs.startCodeServer({ extensionsDir, userDataDir, quiet: true });
  }
  return ownServer.url;
}

/** Stops the code-server this process started, if any. Call from the test file's `after`. */
export async function stopOwnCodeServer(): Promise<void> {
  await ownServer?.stop();
  ownServer = undefined;
}

/**
 * Copies `source` (a folder of articles) to a fresh temporary folder, optionally with workspace
 * settings, so tests can edit and rename without touching the repository.
 */
export function prepareWorkspace(source: string, settings?: Record<string, unknown>, name = "workspace"): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-ws-"));
  const folder = path.join(base, name);
  fs.cpSync(source, folder, {
    recursive: true,
    // Only text and settings; shared/ folders are read-only and carry write bits we don't want.
    filter: (src) => !src.includes(`${path.sep}node_modules`),
  });
  makeWritable(folder);
  if (settings) {
    const dir = path.join(folder, ".vscode");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "settings.json");
    const existing = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as object) : {};
    fs.writeFileSync(file, JSON.stringify({ ...existing, ...settings }, null, 2));
  }
  return folder;
}

function makeWritable(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makeWritable(full);
    else fs.chmodSync(full, 0o644);
  }
}

export interface Session {
  workbench: Workbench;
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Opens `folder` in VS Code in a headless Chromium with a fresh profile, and waits until the
 * workbench and its Explorer are up.
 */
export async function openWorkbench(folder: string, options: { width?: number; height?: number } = {}): Promise<Session> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with: apt-get install -y chromium`);
  }
  const url = await codeServerUrl();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    const workbench = new Workbench(page);
    await workbench.waitReady();
    return { workbench, page, context, close };
  } catch (error) {
    await saveScreenshot(page, "failed-to-open").catch(() => undefined);
    await close();
    throw error;
  }
}

/** Saves a full-page screenshot to test-results/NAME.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path: file });
  return file;
}
