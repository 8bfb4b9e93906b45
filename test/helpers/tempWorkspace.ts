/** Temporary workspaces for protocol tests: a folder with the given files, removed after the test. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "./lspClient";

/** Starts the real server with the fake analysis core (see fakeAnalysis.ts). */
export const FAKE_SERVER = [process.execPath, "--import", "tsx", path.join(REPO_ROOT, "test/helpers/fakeServer.ts"), "--stdio"];
export const LSP_FIXTURES = path.join(REPO_ROOT, "test/fixtures/lsp");

export function makeWorkspace(files: Record<string, string | Uint8Array>, copyFrom?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-lsp-"));
  if (copyFrom) fs.cpSync(copyFrom, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export function removeWorkspace(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
