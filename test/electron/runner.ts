// A minimal test runner for the VS Code extension host, where node's own test runner cannot spawn
// its worker processes. Suites register with `test()`; `runAll()` runs them in order and prints a
// closing "N passed, N failed" line.
import * as assert from "node:assert/strict";

type TestFn = () => Promise<void> | void;
const tests: { name: string; fn: TestFn }[] = [];

export function test(name: string, fn: TestFn): void {
  tests.push({ name, fn });
}

export { assert };

export async function runAll(log: (line: string) => void = console.log): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of tests) {
    const started = Date.now();
    try {
      await fn();
      passed++;
      log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      log(`not ok - ${name}\n  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  log(`${passed} passed, ${failed} failed`);
  return { passed, failed };
}
