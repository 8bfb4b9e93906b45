/**
 * The editor's export command over the real protocol: `crosscheck.exportAnnotations` writes the indexed
 * articles' annotations into a folder, with every brat span matching the article, and refuses a folder
 * where it would overwrite an article.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { ExportAnnotationsResult } from "../../server/src/protocol";
import { LspClient, SERVER_JS, uriOf } from "../helpers/lspClient";
import { makeWorkspace, removeWorkspace } from "../helpers/tempWorkspace";

const PORT = `Dock strike spreads to the northern quays

By Nell Ostrova

Dock workers in Port Vella stayed out on Monday, said union leader Tomas Brandt. Brandt said 300 workers had joined.
`;

describe("export from the editor (built server, real core)", () => {
  let dir: string;
  let out: string;
  let client: LspClient;

  before(async () => {
    // The article is a .txt so that a brat export into its own folder would write over it.
    dir = makeWorkspace({ "strike.txt": PORT, ".vscode/settings.json": "{}" });
    out = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-export-"));
    client = await LspClient.start({ folders: [dir], command: [process.execPath, SERVER_JS, "--stdio"], settings: { files: ["**/*.txt"] } });
    await client.waitForIndexed();
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
    fs.rmSync(out, { recursive: true, force: true });
  });

  const exportTo = (format: string, folder: string) =>
    client.request<ExportAnnotationsResult>("workspace/executeCommand", { command: "crosscheck.exportAnnotations", arguments: [format, uriOf(folder)] });

  it("writes brat standoff whose spans match the article text", async () => {
    const result = await exportTo("brat", out);
    assert.ok(result.ok, !result.ok ? result.reason : "");
    assert.equal(result.articles, 1);
    const text = fs.readFileSync(path.join(out, "strike.txt"), "utf8");
    const ann = fs.readFileSync(path.join(out, "strike.ann"), "utf8");
    assert.ok(fs.existsSync(path.join(out, "annotation.conf")));
    const spans = ann.split("\n").filter((l) => l.startsWith("T"));
    assert.ok(spans.some((l) => /\tPerson \d+ \d+\tTomas Brandt$/.test(l)), ann);
    for (const line of spans) {
      const [, kindAndOffsets, surface] = line.split("\t");
      const [, start, end] = kindAndOffsets.split(" ");
      assert.equal([...text].slice(Number(start), Number(end)).join(""), surface, line);
    }
  });

  it("refuses to write over an article, and leaves it untouched", async () => {
    const before = fs.readFileSync(path.join(dir, "strike.txt"));
    const result = await exportTo("brat", dir);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.reason : "", /overwrite the article/);
    assert.deepEqual(fs.readFileSync(path.join(dir, "strike.txt")), before);
    assert.ok(!fs.existsSync(path.join(dir, "strike.ann")));
  });

  it("answers a bad format with a reason", async () => {
    const result = await exportTo("docx", out);
    assert.equal(result.ok, false);
  });
});
