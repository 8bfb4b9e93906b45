/**
 * Robustness over the real protocol, against the built server (`dist/server.js`, real analysis core) and
 * against the same server with the fake core (exact positions): binary and non-UTF-8 files skipped with one
 * log line, oversize files indexed up to the limit with a notice, empty files, CRLF and lone CR line endings,
 * combining marks, right-to-left text, emoji and surrogate pairs, an exception inside a handler, and
 * cancellation. Run `npm run build` first.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CancellationTokenSource, ResponseError, type Hover } from "vscode-languageserver-protocol/node";
import { LspClient, positionOf, SERVER_JS, uriOf } from "../helpers/lspClient";
import { FAKE_SERVER, makeWorkspace, removeWorkspace } from "../helpers/tempWorkspace";

const MAX_FILE_SIZE = 4096;
const UNICODE =
  "Lakeside vigil 🕯️ draws hundreds\r\nSource: Wire 😀\r\nDate: 2031-03-04\r\n" +
  "🚢🚢 Zoe\u0308 Marchetti met Anika Vossberg in Korvel, said the 👩‍👩‍👧 crowd.\r\n" +
  "مرحبا بالعالم Marek Halloran said 40 boats searched.\r\n";
const LONE_CR = "Night search\rSource: Wire\rDate: 2031-03-04\rIlse Dravanek said 40 boats searched.\r";
const BIG = "Big file\nSource: Wire\nDate: 2031-03-04\nKarin Olafsdottir spoke first.\n" + "The water was calm and grey that morning.\n".repeat(300) + "Tomas Brevik spoke last.\n";

function files(): Record<string, string | Uint8Array> {
  return {
    "unicode.article": UNICODE,
    "cr.article": LONE_CR,
    "big.article": BIG,
    "empty.article": "",
    "binary.article": Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    "latin1.article": Buffer.from("Caf\xe9 cr\xe8me in Korvel, said Marek Halloran.\n", "latin1"),
  };
}

for (const [label, command] of [
  ["built server, real core", [process.execPath, SERVER_JS, "--stdio"]],
  ["fake core", FAKE_SERVER],
] as const) {
  describe(`robustness (${label})`, () => {
    let dir: string;
    let client: LspClient;
    before(async () => {
      assert.ok(fs.existsSync(SERVER_JS), "run `npm run build` first");
      dir = makeWorkspace(files());
      client = await LspClient.start({ folders: [dir], command: [...command], settings: { maxFileSize: MAX_FILE_SIZE } });
      await client.waitForIndexed();
    });
    after(async () => {
      await client.stop();
      removeWorkspace(dir);
    });

    it("skips binary and non-UTF-8 files with one log line each, and empty files without fuss", () => {
      const about = (name: string) => client.logs.filter((l) => l.message.includes(name));
      assert.equal(about("binary.article").length, 1);
      assert.match(about("binary.article")[0].message, /binary/);
      assert.equal(about("latin1.article").length, 1);
      assert.match(about("latin1.article")[0].message, /UTF-8/);
      assert.ok(about("empty.article").length <= 1);
      assert.equal(client.statuses.at(-1)!.articles, 3, "unicode, cr and big are indexed");
      assert.ok(!client.logs.some((l) => l.type === 1), `no errors logged: ${client.logs.filter((l) => l.type === 1).map((l) => l.message)}`);
    });

    it("indexes a file over the size limit up to the limit, with a notice", () => {
      assert.ok(client.messages.some((m) => m.message.includes("big.article")), "a notice names the file");
      assert.ok(client.logs.some((l) => l.message.includes("big.article") && /only up to/.test(l.message)));
    });

    it("answers every request on every line of odd texts without an error", async () => {
      for (const name of ["unicode.article", "cr.article", "big.article"]) {
        const uri = uriOf(path.join(dir, name));
        const text = fs.readFileSync(path.join(dir, name), "utf8");
        const lines = text.split(/\r\n|\r|\n/).length;
        await client.request("textDocument/semanticTokens/full", { textDocument: { uri } });
        await client.request("textDocument/documentSymbol", { textDocument: { uri } });
        await client.request("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, context: { diagnostics: [] } });
        for (let line = 0; line <= Math.min(lines, 8); line++)
          for (const character of [0, 1, 2, 3, 5, 8, 13, 21, 34, 200]) {
            const position = { textDocument: { uri }, position: { line, character } };
            await client.request("textDocument/hover", position);
            await client.request("textDocument/definition", position);
            await client.request("textDocument/references", { ...position, context: { includeDeclaration: true } });
            await client.request("textDocument/documentHighlight", position);
          }
      }
      await client.request("workspace/symbol", { query: "😀" });
      assert.ok(client.alive);
    });

    it("accepts an empty buffer, typing into it, CRLF edits and a lone CR", async () => {
      const uri = uriOf(path.join(dir, "empty.article"));
      await client.open(uri, "");
      await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
      await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "New\r\nSource: Desk\r\n👍 Karin Olafsdottir came.\r" }]);
      await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }, text: "" }]);
      const symbols = await client.request("textDocument/documentSymbol", { textDocument: { uri } });
      assert.ok(Array.isArray(symbols));
      await client.close(uri);
      assert.ok(client.alive);
    });

    it("answers an exception inside one handler with an error for that request only", async () => {
      const uri = uriOf(path.join(dir, "unicode.article"));
      await assert.rejects(client.request("textDocument/hover", { textDocument: { uri }, position: null }), (error: ResponseError<unknown>) => {
        assert.equal(error.code, -32603);
        return true;
      });
      assert.ok(client.logs.some((l) => l.type === 1 && /hover/.test(l.message) && l.message.includes("unicode.article")), "the failure is logged with the operation and the file");
      // The server keeps serving.
      await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 3, character: 8 } });
      await client.request("textDocument/references", { textDocument: {}, position: { line: 0, character: 0 }, context: {} }).catch(() => undefined);
      assert.deepEqual(await client.request("textDocument/documentSymbol", { textDocument: { uri: "untitled:Untitled-1" } }), []);
      assert.ok(client.alive);
    });

    it("honours cancellation with RequestCancelled", async () => {
      const uri = uriOf(path.join(dir, "unicode.article"));
      let cancelled = 0;
      for (let attempt = 0; attempt < 50 && cancelled === 0; attempt++) {
        const source = new CancellationTokenSource();
        const pending = client.connection.sendRequest("workspace/symbol", { query: "" }, source.token);
        source.cancel();
        try {
          await pending;
        } catch (error) {
          assert.equal((error as ResponseError<unknown>).code, -32800);
          cancelled++;
        }
      }
      assert.ok(cancelled > 0, "a request cancelled at once is answered with RequestCancelled");
      await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
    });
  });
}

describe("UTF-16 positions (fake core)", () => {
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = makeWorkspace(files());
    client = await LspClient.start({ folders: [dir], command: FAKE_SERVER, settings: { maxFileSize: MAX_FILE_SIZE } });
    await client.waitForIndexed();
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  const hoverRange = async (name: string, text: string, needle: string) => {
    const uri = uriOf(path.join(dir, name));
    const hover = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri }, position: positionOf(text, needle, 0, 2) });
    assert.ok(hover, `a hover on ${needle}`);
    return hover.range!;
  };

  it("after emoji, surrogate pairs and combining marks on a CRLF line", async () => {
    const range = await hoverRange("unicode.article", UNICODE, "Zoe\u0308 Marchetti");
    assert.deepEqual(range, { start: positionOf(UNICODE, "Zoe\u0308 Marchetti"), end: positionOf(UNICODE, "Zoe\u0308 Marchetti", 0, "Zoe\u0308 Marchetti".length) });
    assert.deepEqual(range.start, { line: 3, character: 5 }, "two ship emoji are four UTF-16 units, plus a space");
    const vossberg = await hoverRange("unicode.article", UNICODE, "Anika Vossberg");
    assert.deepEqual(vossberg.start, positionOf(UNICODE, "Anika Vossberg"));
  });

  it("on a right-to-left line", async () => {
    const range = await hoverRange("unicode.article", UNICODE, "Marek Halloran");
    assert.deepEqual(range.start, { line: 4, character: "مرحبا بالعالم ".length });
  });

  it("with lone CR line endings", async () => {
    const range = await hoverRange("cr.article", LONE_CR, "Ilse Dravanek");
    assert.deepEqual(range.start, { line: 3, character: 0 });
  });

  it("in a file cut at the size limit: the start is indexed, the rest is not", async () => {
    const uri = uriOf(path.join(dir, "big.article"));
    const first = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri }, position: positionOf(BIG, "Olafsdottir") });
    assert.ok(first, "a name before the limit");
    const names = (await client.request<{ name: string }[]>("workspace/symbol", { query: "Brevik" })).map((s) => s.name);
    assert.deepEqual(names, [], "a name after the limit");
  });
});
