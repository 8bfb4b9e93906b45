// Shared helper for `npm start` and the end-to-end tests: installs code-server (VS Code served to a
// browser) on first use, lays this extension out unpacked in an extensions folder, and starts
// code-server bound to 127.0.0.1 with no auth, telemetry, update check or workspace trust.
//
// Why a separate cache: code-server is about 620 MB with native modules built for Node 24, which is
// not the Node that runs the rest of the project. Installing it next to the extension's own
// dependencies would make every `npm ci` slow and would put it into the .vsix file list, so it lives
// in its own folder (default ~/.cache/crosscheck, or $CROSSCHECK_CACHE) and survives fresh clones.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const CODE_SERVER_VERSION = "4.139.1";
// code-server 4.139 refuses to run on anything older than Node 24.
const NODE_MAJOR = "24";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Folder that holds Node 24 and code-server; shared by every clone on this machine. */
export function cacheDir() {
  if (process.env.CROSSCHECK_CACHE) return path.resolve(process.env.CROSSCHECK_CACHE);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "crosscheck");
}

function paths() {
  const cache = cacheDir();
  const installDir = path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
  return {
    cache,
    nodeDir: path.join(cache, `node-${NODE_MAJOR}`),
    installDir,
    entry: path.join(installDir, "node_modules", "code-server", "out", "node", "entry.js"),
    marker: path.join(installDir, ".installed"),
  };
}

const defaultLog = (message) => process.stderr.write(`[crosscheck] ${message}\n`);

/**
 * The Debian packages code-server's native modules need to build. Checked up front so a missing one
 * is reported by name with the command that installs it, instead of as a wall of node-gyp output.
 */
export function missingSystemPackages() {
  const missing = [];
  if (!fs.existsSync("/usr/include/gssapi/gssapi.h") && !fs.existsSync("/usr/include/krb5.h")) {
    missing.push("libkrb5-dev");
  }
  const has = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
  if (!has("make") || !has("g++")) missing.push("build-essential");
  if (!has("python3")) missing.push("python3");
  return missing;
}

function installHint(packages) {
  const sudo = process.getuid && process.getuid() === 0 ? "" : "sudo ";
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(" ")}`;
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}

/**
 * Environment in which Node 24 comes first, so npm, node-gyp and code-server all use it. The
 * npm_* variables that `npm run`/`npm test` export (npm_config_nodedir, npm_config_allow_scripts,
 * npm_config_node_gyp, ...) describe the project's own npm run and Node 20; left in, they would
 * steer the nested install, so they are dropped.
 */
function node24Env(nodeDir, extra = {}) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return {
    ...inherited,
    PATH: `${path.join(nodeDir, "bin")}${path.delimiter}${process.env.PATH ?? ""}`,
    npm_config_nodedir: nodeDir,
    ...extra,
  };
}

/**
 * Installs Node 24 and code-server into the cache unless already there. Returns the node binary and
 * code-server entry script. Takes about 2 minutes and 620 MB the first time.
 */
export function ensureCodeServer({ log = defaultLog } = {}) {
  const p = paths();
  const nodeBin = path.join(p.nodeDir, "bin", "node");
  if (fs.existsSync(p.marker) && fs.existsSync(p.entry) && fs.existsSync(nodeBin)) {
    return { nodeBin, entry: p.entry, nodeDir: p.nodeDir };
  }
  const missing = missingSystemPackages();
  if (missing.length > 0) {
    throw new Error(
      `code-server needs the Debian package(s) ${missing.join(", ")} to build its native modules.\n` +
        `Install with:  ${installHint(missing)}`,
    );
  }
  fs.mkdirSync(p.cache, { recursive: true });

  if (!fs.existsSync(nodeBin)) {
    log(`installing Node ${NODE_MAJOR} (npm package node@${NODE_MAJOR}) into ${p.nodeDir} ...`);
    const scratch = fs.mkdtempSync(path.join(p.cache, "node-scratch-"));
    try {
      fs.writeFileSync(path.join(scratch, "package.json"), '{"private":true}\n');
      const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
      run("npm", ["install", "--no-audit", "--no-fund", "--no-save", `node@${NODE_MAJOR}`], { cwd: scratch, env });
      // The `node` package unpacks the real binary and headers into a platform package. npm may
      // rearrange node_modules on later installs, so copy that folder to a stable place.
      const platformPkg = findPlatformPackage(scratch);
      fs.rmSync(p.nodeDir, { recursive: true, force: true });
      fs.cpSync(platformPkg, p.nodeDir, { recursive: true, verbatimSymlinks: true });
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }

  log(`installing code-server ${CODE_SERVER_VERSION} into ${p.installDir} (about 2 minutes, 620 MB) ...`);
  fs.rmSync(p.installDir, { recursive: true, force: true });
  fs.mkdirSync(p.installDir, { recursive: true });
  fs.writeFileSync(path.join(p.installDir, "package.json"), '{"private":true}\n');
  run("npm", ["install", "--no-audit", "--no-fund", "--no-save", `code-server@${CODE_SERVER_VERSION}`], {
    cwd: p.installDir,
    env: node24Env(p.nodeDir),
  });
  if (!fs.existsSync(p.entry)) throw new Error(`code-server installed but ${p.entry} is missing`);
  fs.writeFileSync(p.marker, `${new Date().toISOString()}\n`);
  log("code-server installed.");
  return { nodeBin, entry: p.entry, nodeDir: p.nodeDir };
}

function findPlatformPackage(scratch) {
  const name = `node-${process.platform}-${process.arch}`;
  const candidates = [
    path.join(scratch, "node_modules", "node", "node_modules", name),
    path.join(scratch, "node_modules", name),
  ];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "bin", "node")));
  if (!found) {
    throw new Error(
      `npm installed node@${NODE_MAJOR} but no ${name}/bin/node was found. ` +
        "Its preinstall script may have been blocked (npm allowScripts).",
    );
  }
  return found;
}

/** The files of the extension that VS Code loads; mirrors the allow-list in .vscodeignore. */
const EXTENSION_FILES = [
  "package.json",
  "dist",
  "syntaxes",
  "language-configuration.json",
  "schema",
  "images",
  "README.md",
  "CHANGELOG.md",
  "LICENSE",
];

/**
 * Copies the built extension into `extensionsDir` as `publisher.name-version`, the folder name
 * code-server expects for an unpacked extension. Needs `npm run build` first. `sourceDir` defaults
 * to this repository.
 */
export function installExtensionUnpacked(extensionsDir, sourceDir = repoRoot) {
  const manifest = JSON.parse(fs.readFileSync(path.join(sourceDir, "package.json"), "utf8"));
  if (!fs.existsSync(path.join(sourceDir, manifest.main ?? "dist/client.js"))) {
    throw new Error(`${manifest.main} is missing: run \`npm run build\` first`);
  }
  const target = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const file of EXTENSION_FILES) {
    const source = path.join(sourceDir, file);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(target, file), { recursive: true });
  }
  // A stale extensions.json could point at an older copy; code-server rebuilds it from the folders.
  fs.rmSync(path.join(extensionsDir, "extensions.json"), { force: true });
  return target;
}

/** User settings that keep a fresh VS Code quiet: no welcome page, tips, trust prompt or AI chat. */
const QUIET_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "git.enabled": false,
  "editor.minimap.enabled": false,
};

export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, "User");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "settings.json"), JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server and resolves once it answers HTTP. `folder` is optional: without it, pages open
 * a folder with `?folder=/abs/path`. `stop()` ends code-server and everything it started.
 */
export async function startCodeServer({
  folder,
  extensionsDir,
  userDataDir,
  port,
  log = defaultLog,
  quiet = false,
  timeoutMs = 90_000,
} = {}) {
  const { nodeBin, entry, nodeDir } = ensureCodeServer({ log });
  const listenPort = port ?? (await freePort());
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(userDataDir, { recursive: true });
  const args = [
    entry,
    "--auth", "none",
    "--bind-addr", `127.0.0.1:${listenPort}`,
    "--extensions-dir", extensionsDir,
    "--user-data-dir", userDataDir,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--ignore-last-opened",
  ];
  if (folder) args.push(folder);
  const child = spawn(nodeBin, args, {
    // Own process group, so stop() can end code-server's helper processes with it.
    detached: true,
    stdio: ["ignore", quiet ? "pipe" : "inherit", quiet ? "pipe" : "inherit"],
    env: node24Env(nodeDir, {
      // No gallery: nothing to fetch from the internet, and no "install recommended" prompts.
      EXTENSIONS_GALLERY: "{}",
    }),
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr?.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
  let exited = null;
  child.on("exit", (code, signal) => (exited = { code, signal }));

  const url = `http://127.0.0.1:${listenPort}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(`code-server exited early (${exited.code ?? exited.signal}).\n${output}`);
    }
    if (await answers(`${url}/healthz`)) break;
    if (Date.now() > deadline) {
      stopProcessGroup(child);
      throw new Error(`code-server did not answer at ${url} within ${timeoutMs / 1000}s.\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    url,
    port: listenPort,
    process: child,
    output: () => output,
    stop: () => stopProcessGroup(child),
  };
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Ends the process group started by startCodeServer, and waits for the leader to exit. */
function stopProcessGroup(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

// `node scripts/codeServer.mjs install` only installs: handy for warming the cache in CI.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === "install") {
    try {
      const { entry } = ensureCodeServer();
      defaultLog(`code-server ready: ${entry}`);
    } catch (error) {
      defaultLog(error instanceof Error ? error.message : String(error));
      process.exit(1);
    }
  } else {
    defaultLog("usage: node scripts/codeServer.mjs install");
    process.exit(2);
  }
}
