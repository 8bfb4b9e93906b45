// `npm run test:e2e`: starts one code-server with the built extension, runs test/e2e/*.test.ts with
// node's test runner (one file at a time: each opens its own Chromium), then stops code-server.
// Test files read the address from CROSSCHECK_E2E_URL. Arguments: test files to run (default: all),
// and options for the test runner, e.g. `npm run test:e2e -- test/e2e/foundation.test.ts
// --test-name-pattern=language`.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  ensureCodeServer,
  installExtensionUnpacked,
  repoRoot,
  startCodeServer,
  writeUserSettings,
} from "./codeServer.mjs";

const log = (message) => process.stderr.write(`[e2e] ${message}\n`);
const chromium = process.env.CROSSCHECK_CHROMIUM ?? "/usr/bin/chromium";

function fail(message) {
  log(message);
  process.exit(1);
}

if (!fs.existsSync(chromium)) {
  fail(`Chromium is missing at ${chromium}. Install Debian's package with: apt-get update && apt-get install -y chromium`);
}
if (!fs.existsSync(path.join(repoRoot, "dist", "client.js"))) {
  fail("dist/client.js is missing: run `npm run build` first.");
}

// Arguments naming test files pick those; the rest go to the test runner.
const args = process.argv.slice(2);
const chosen = args.filter((a) => a.endsWith(".test.ts"));
const runnerArgs = args.filter((a) => !a.endsWith(".test.ts"));
const testDir = path.join(repoRoot, "test", "e2e");
const files =
  chosen.length > 0
    ? chosen
    : fs
        .readdirSync(testDir)
        .filter((f) => f.endsWith(".test.ts"))
        .sort()
        .map((f) => path.join("test", "e2e", f));
if (files.length === 0) fail("no test/e2e/*.test.ts files found");

try {
  ensureCodeServer({ log });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const base = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-e2e-"));
const extensionsDir = path.join(base, "extensions");
const userDataDir = path.join(base, "user-data");
installExtensionUnpacked(extensionsDir);
writeUserSettings(userDataDir);

const started = Date.now();
const server = await startCodeServer({ extensionsDir, userDataDir, quiet: true, log });
log(`code-server at ${server.url} (ready in ${((Date.now() - started) / 1000).toFixed(1)}s)`);

let exitCode = 1;
try {
  exitCode = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--test", "--test-concurrency=1", ...runnerArgs, ...files],
      { cwd: repoRoot, stdio: "inherit", env: { ...process.env, CROSSCHECK_E2E_URL: server.url } },
    );
    const forward = (signal) => child.kill(signal);
    process.once("SIGINT", forward);
    process.once("SIGTERM", forward);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} finally {
  if (exitCode !== 0) {
    // code-server's own log helps when the page never came up or the extension failed to activate.
    const logFile = path.join(repoRoot, "test-results", "code-server.log");
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    fs.writeFileSync(logFile, server.output());
    copyExtensionHostLogs(userDataDir, path.join(repoRoot, "test-results", "vscode-logs"));
    log(`code-server output saved to ${path.relative(repoRoot, logFile)}`);
  }
  await server.stop();
  fs.rmSync(base, { recursive: true, force: true });
}
process.exit(exitCode);

function copyExtensionHostLogs(userData, target) {
  const logs = path.join(userData, "logs");
  if (fs.existsSync(logs)) fs.cpSync(logs, target, { recursive: true });
}
