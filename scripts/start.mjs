// `npm start` (after `npm run build`): opens samples/ in VS Code in the browser with this extension
// loaded, prints the address, and keeps running until Ctrl+C.
//   npm start -- --port 8080         a fixed port (default: a free one)
//   npm start -- --folder ~/my-news  another folder of articles
//   CROSSCHECK_CACHE=/path           where code-server is installed (default ~/.cache/crosscheck)
import * as fs from "node:fs";
import * as path from "node:path";
import { cacheDir, installExtensionUnpacked, repoRoot, startCodeServer, writeUserSettings } from "./codeServer.mjs";

const log = (message) => process.stderr.write(`[crosscheck] ${message}\n`);

function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const portText = option("port") ?? process.env.PORT;
const port = portText ? Number(portText) : undefined;
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  log(`not a port number: ${portText}`);
  process.exit(2);
}
const folder = path.resolve(option("folder") ?? path.join(repoRoot, "samples"));
if (!fs.existsSync(folder)) {
  log(`folder not found: ${folder}`);
  process.exit(2);
}

// Kept between runs (so the layout and open editors persist), but the extension is copied afresh.
const stateDir = path.join(cacheDir(), "start");
const extensionsDir = path.join(stateDir, "extensions");
const userDataDir = path.join(stateDir, "user-data");
let server;
try {
  installExtensionUnpacked(extensionsDir);
  if (!fs.existsSync(path.join(userDataDir, "User", "settings.json"))) writeUserSettings(userDataDir);
  server = await startCodeServer({ folder, extensionsDir, userDataDir, port, log, quiet: true });
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const address = `${server.url}/?folder=${encodeURIComponent(folder)}`;
process.stdout.write(
  `\nCrosscheck is running in VS Code at:\n\n    ${address}\n\n` +
    `Open it in a browser on this machine (it listens on 127.0.0.1 only; from elsewhere use\n` +
    `ssh -L ${server.port}:127.0.0.1:${server.port}). Press Ctrl+C to stop.\n\n`,
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  log("stopping code-server ...");
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.process.on("exit", (code) => {
  if (stopping) return;
  log(`code-server exited (${code}).\n${server.output().slice(-4000)}`);
  process.exit(1);
});
