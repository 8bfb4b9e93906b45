// Bundles the three entry points: the VS Code client, the language server and the CLI.
// `--watch` rebuilds on change; `--production` minifies (used by `npm run package`).
import * as esbuild from "esbuild";

const watch = process.argv.includes("--watch");
const production = process.argv.includes("--production");

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node18",
  sourcemap: !production,
  minify: production,
  logLevel: "info",
  // `vscode` is provided by the editor at run time; it is never bundled.
  external: ["vscode"],
  // jsonc-parser's UMD build (its "main") loads its parts with a dynamic require that esbuild cannot follow;
  // its ES module build bundles cleanly.
  alias: { "jsonc-parser": "./node_modules/jsonc-parser/lib/esm/main.js" },
};

const builds = [
  { ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/client.js" },
  { ...common, entryPoints: ["server/src/main.ts"], outfile: "dist/server.js" },
  { ...common, entryPoints: ["server/src/cli.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } },
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
