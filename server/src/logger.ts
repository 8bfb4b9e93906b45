/**
 * The server's leveled logger. It is injected (never a global) so tests can pass `nullLogger` and the
 * connection can bind it to `connection.console`, which the client shows in its output channel.
 */
import type { Logger } from "./analysis/types";

export type { Logger };
export { nullLogger } from "./analysis/types";

/** The part of `connection.console` the logger writes to. */
export interface ConsoleLike {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A logger that writes to the LSP connection's console (`window/logMessage`). */
export function createConnectionLogger(console: ConsoleLike): Logger {
  return {
    info: (message) => console.info(message),
    warn: (message) => console.warn(message),
    error: (message) => console.error(message),
  };
}

/** Formats an unknown thrown value with its stack, for one log line. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
