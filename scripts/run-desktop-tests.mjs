// `npm run test:desktop`: runs test/electron/*.suite.ts inside a desktop VS Code with
// @vscode/test-electron, on a copy of samples/. Not part of `npm test`: it needs to download VS Code
// (or CROSSCHECK_VSCODE_EXECUTABLE pointing at an installed `code` binary) and a display (use
// `xvfb-run -a npm run test:desktop` on a machine without one).
//   --build-only   only bundle the suites to out/electron/ (used by the F5 "Extension Tests" config)
import * as esbuild from "esbuild";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./codeServer.mjs";

const log = (message) => process.stderr.write(`[desktop-tests] ${message}\n`);
const outDir = path.join(repoRoot, "out", "electron");

await esbuild.build({
  entryPoints: [path.join(repoRoot, "test", "electron", "index.ts")],
  outfile: path.join(outDir, "index.js"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node18",
  sourcemap: true,
  external: ["vscode"],
  logLevel: "warning",
});
if (process.argv.includes("--build-only")) process.exit(0);

if (!fs.existsSync(path.join(repoRoot, "dist", "client.js"))) {
  log("dist/client.js is missing: run `npm run build` first.");
  process.exit(1);
}

const { runTests, downloadAndUnzipVSCode } = await import("@vscode/test-electron");

let vscodeExecutablePath = process.env.CROSSCHECK_VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  try {
    // Cached in .vscode-test/ after the first download.
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: "stable", timeout: 60_000 });
  } catch (error) {
    log(
      "cannot download VS Code, so the desktop integration tests cannot run here.\n" +
        `  reason: ${error instanceof Error ? error.message : String(error)}\n` +
        "  Run them on a machine that can reach the VS Code download site, or set\n" +
        "  CROSSCHECK_VSCODE_EXECUTABLE to an installed VS Code binary. (`npm test` does not need this:\n" +
        "  its end-to-end tests run in code-server.)",
    );
    process.exit(1);
  }
}

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-desktop-"));
fs.cpSync(path.join(repoRoot, "samples"), workspace, { recursive: true });
try {
  const code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(outDir, "index.js"),
    launchArgs: [workspace, "--disable-extensions", "--disable-workspace-trust", "--skip-welcome", "--skip-release-notes"],
  });
  process.exit(code);
} catch (error) {
  log(`desktop tests failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
