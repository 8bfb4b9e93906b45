/**
 * One wrapper around every request handler, so that errors and cancellation behave the same everywhere:
 * - a request cancelled before or during its work is answered with `RequestCancelled`;
 * - an expected refusal (`RefusalError`, e.g. renaming where there is no name) is answered with its message;
 * - any other exception is logged with the operation and document, and answered with an error for that
 *   request only: the server keeps serving.
 */
import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from "vscode-languageserver";
import { describeError, Logger } from "./logger";

/** An expected, user-facing refusal: not logged as a failure. */
export class RefusalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusalError";
  }
}

/** Thrown from inside long work when the token fires; the wrapper turns it into `RequestCancelled`. */
export class CancelledError extends Error {
  constructor() {
    super("Request cancelled");
    this.name = "CancelledError";
  }
}

/** Throws `CancelledError` when the token has fired; call it in long loops. */
export function throwIfCancelled(token: { readonly isCancellationRequested: boolean } | undefined): void {
  if (token?.isCancellationRequested) throw new CancelledError();
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, "Request cancelled");
}

/**
 * Runs `work` for the request `operation` on `uri`. The result is either the work's value or a
 * `ResponseError` that vscode-languageserver sends as the error response.
 */
export async function runSafe<T>(
  logger: Logger,
  operation: string,
  uri: string | undefined,
  token: CancellationToken | undefined,
  work: () => T | Promise<T>,
): Promise<T | ResponseError<void>> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = await work();
    // A result computed after the client gave up is stale; say so instead of sending it.
    if (token?.isCancellationRequested) return cancelled();
    return result;
  } catch (error) {
    if (error instanceof CancelledError) return cancelled();
    if (error instanceof RefusalError) return new ResponseError(LSPErrorCodes.RequestFailed, error.message);
    logger.error(`Error while computing ${operation}${uri ? ` for ${uri}` : ""}: ${describeError(error)}`);
    return new ResponseError(ErrorCodes.InternalError, `Crosscheck: ${operation} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The same for notifications, which have no response: errors are logged and swallowed. */
export function runSafeNotification(logger: Logger, operation: string, uri: string | undefined, work: () => void | Promise<void>): void {
  Promise.resolve()
    .then(work)
    .catch((error: unknown) => logger.error(`Error while handling ${operation}${uri ? ` for ${uri}` : ""}: ${describeError(error)}`));
}
