// Types for scripts/codeServer.mjs, so the TypeScript end-to-end harness can import it under strict mode.
import type { ChildProcess } from "node:child_process";

export const CODE_SERVER_VERSION: string;
export const repoRoot: string;
export function cacheDir(): string;
export function missingSystemPackages(): string[];
export function ensureCodeServer(options?: { log?: (message: string) => void }): {
  nodeBin: string;
  entry: string;
  nodeDir: string;
};
export function installExtensionUnpacked(extensionsDir: string, sourceDir?: string): string;
export function writeUserSettings(userDataDir: string, extra?: Record<string, unknown>): void;
export function freePort(): Promise<number>;

export interface RunningCodeServer {
  url: string;
  port: number;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

export function startCodeServer(options: {
  folder?: string;
  extensionsDir: string;
  userDataDir: string;
  port?: number;
  log?: (message: string) => void;
  quiet?: boolean;
  timeoutMs?: number;
}): Promise<RunningCodeServer>;
