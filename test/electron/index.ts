// Entry point VS Code calls in the extension host (`--extensionTestsPath`). Bundled by
// scripts/run-desktop-tests.mjs to out/electron/index.js.
import { runAll } from "./runner";
import "./extension.suite";

export async function run(): Promise<void> {
  const { failed } = await runAll();
  if (failed > 0) throw new Error(`${failed} desktop test(s) failed`);
}
