/** The real server over stdio, with the fake analysis core (see fakeAnalysis.ts). Run with `node --import tsx`. */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "../../server/src/server";
import { fakeAnalyzer } from "./fakeAnalysis";

const connection = createConnection(ProposedFeatures.all);
process.on("unhandledRejection", (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));
startServer(connection, { analyzer: fakeAnalyzer });
