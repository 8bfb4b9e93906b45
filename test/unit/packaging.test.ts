// The manifest, the language configuration and the .vsix file list: what ships is only what runs.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

interface Manifest {
  main: string;
  icon?: string;
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  contributes: {
    languages: { id: string; extensions?: string[]; aliases?: string[]; configuration?: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    configuration: { properties: Record<string, { default?: unknown }> };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as Manifest;

describe("extension manifest", () => {
  it("contributes the news-article language for .article and .news files", () => {
    const language = manifest.contributes.languages.find((l) => l.id === "news-article");
    assert.ok(language, "news-article language");
    assert.deepEqual([...(language.extensions ?? [])].sort(), [".article", ".news"]);
    assert.equal(language.aliases?.[0], "News Article");
    assert.ok(language.configuration && fs.existsSync(path.join(root, language.configuration)));
  });

  it("points at a grammar whose scope name matches", () => {
    const grammar = manifest.contributes.grammars.find((g) => g.language === "news-article");
    assert.ok(grammar);
    const raw = JSON.parse(fs.readFileSync(path.join(root, grammar.path), "utf8")) as { scopeName: string };
    assert.equal(raw.scopeName, grammar.scopeName);
  });

  it("has the crosscheck.files setting with the article globs as default", () => {
    const setting = manifest.contributes.configuration.properties["crosscheck.files"];
    assert.deepEqual(setting?.default, ["**/*.article", "**/*.news"]);
  });

  it("targets the VS Code API version it is typed against", () => {
    const engine = manifest.engines.vscode.replace(/^[\^~]/, "");
    const types = manifest.devDependencies["@types/vscode"].replace(/^[\^~]/, "");
    assert.equal(engine.split(".").slice(0, 2).join("."), types.split(".").slice(0, 2).join("."));
  });

  it("has a 128x128 PNG icon", () => {
    assert.ok(manifest.icon, "icon in manifest");
    const png = fs.readFileSync(path.join(root, manifest.icon));
    assert.equal(png.subarray(1, 4).toString("ascii"), "PNG");
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });
});

describe("language configuration word pattern", () => {
  const config = JSON.parse(fs.readFileSync(path.join(root, "language-configuration.json"), "utf8")) as {
    wordPattern: { pattern: string; flags: string };
    autoClosingPairs: { open: string; close: string }[];
    surroundingPairs: [string, string][];
  };
  // VS Code adds the "g" flag when it uses a word pattern; do the same.
  const words = (text: string) => text.match(new RegExp(config.wordPattern.pattern, config.wordPattern.flags + "g")) ?? [];

  it("keeps hyphenated names, O' names and possessives as one word", () => {
    assert.deepEqual(words("Ungern-Sternberg"), ["Ungern-Sternberg"]);
    assert.deepEqual(words("O'Brien said"), ["O'Brien", "said"]);
    assert.deepEqual(words("Lukashenko’s decree"), ["Lukashenko’s", "decree"]);
  });

  it("does not glue words to quotes or punctuation", () => {
    assert.deepEqual(words("“Zoë,” she said."), ["Zoë", "she", "said"]);
    assert.deepEqual(words("'quoted' -dash- end"), ["quoted", "dash", "end"]);
  });

  it("keeps figures whole", () => {
    assert.deepEqual(words("6,500 and $1.5 and 80%"), ["6,500", "and", "$1.5", "and", "80%"]);
  });

  it("auto-closes and surrounds straight and curly quotes", () => {
    const closes = config.autoClosingPairs.map((p) => p.open + p.close);
    assert.ok(closes.includes('""'));
    assert.ok(closes.includes("“”"));
    const surrounds = config.surroundingPairs.map((p) => p.join(""));
    assert.ok(surrounds.includes('""'));
    assert.ok(surrounds.includes("“”"));
  });
});

describe(".vsix contents", () => {
  it("lists only runtime files (vsce ls)", () => {
    const vsce = path.join(root, "node_modules", "@vscode", "vsce", "vsce");
    const output = execFileSync(process.execPath, [vsce, "ls", "--no-dependencies"], { cwd: root, encoding: "utf8" });
    const files = output.split(/\r?\n/).filter((line) => line.trim().length > 0);
    const allowed = [
      /^package\.json$/,
      /^README\.md$/,
      /^CHANGELOG\.md$/,
      /^LICENSE$/,
      /^language-configuration\.json$/,
      /^syntaxes\/news-article\.tmLanguage\.json$/,
      /^schema\/crosscheck\.schema\.json$/,
      /^dist\/(client|server|cli)\.js$/,
      /^images\/[\w-]+\.(png|svg)$/,
    ];
    const unexpected = files.filter((file) => !allowed.some((re) => re.test(file)));
    assert.deepEqual(unexpected, [], "only runtime files are packaged");
    for (const required of ["package.json", "language-configuration.json", "syntaxes/news-article.tmLanguage.json", "LICENSE"]) {
      assert.ok(files.includes(required), `${required} is packaged`);
    }
    if (fs.existsSync(path.join(root, manifest.main))) {
      assert.ok(files.includes(manifest.main.replace(/^\.\//, "")), "the client bundle is packaged");
    }
  });
});

describe("unpacked extension for code-server", () => {
  it("is laid out as publisher.name-version with the runtime files", async (t) => {
    if (!fs.existsSync(path.join(root, manifest.main))) {
      t.skip("not built: run `npm run build`");
      return;
    }
    const { installExtensionUnpacked } = await import("../../scripts/codeServer.mjs");
    const os = await import("node:os");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-unpacked-"));
    try {
      const target = installExtensionUnpacked(dir);
      const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
      assert.equal(path.basename(target), `crosscheck.crosscheck-${pkg.version}`);
      for (const file of ["package.json", manifest.main, "language-configuration.json", "syntaxes/news-article.tmLanguage.json"]) {
        assert.ok(fs.existsSync(path.join(target, file)), `${file} is there`);
      }
      assert.ok(!fs.existsSync(path.join(target, "node_modules")), "no node_modules");
      assert.ok(!fs.existsSync(path.join(target, "client")), "no sources");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
