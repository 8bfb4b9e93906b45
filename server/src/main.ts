/**
 * The language server's entry point: creates the connection (stdio, node-ipc or socket, chosen by the
 * command-line flags vscode-languageclient passes) and starts the server on it. Nothing else lives here.
 */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { describeError } from "./logger";
import { startServer } from "./server";

const connection = createConnection(ProposedFeatures.all);
// A stray rejected promise (e.g. a notification sent while the client disconnects) must not end the server.
process.on("unhandledRejection", (reason) => connection.console.error(`Unhandled rejection: ${describeError(reason)}`));
startServer(connection);
