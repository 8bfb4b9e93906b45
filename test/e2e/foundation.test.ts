// The foundation in a real VS Code: the extension loads, .article files open in the News Article
// language, the grammar colours the headline and quotations, and the People and Places view exists.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import * as path from "node:path";
import { openWorkbench, prepareWorkspace, repoRoot, saveScreenshot, stopOwnCodeServer, type Session } from "./harness";

describe("foundation in code-server", () => {
  let session: Session;

  before(async () => {
    const folder = prepareWorkspace(path.join(repoRoot, "samples"), undefined, "samples");
    session = await openWorkbench(folder);
  });

  after(async () => {
    if (session) await saveScreenshot(session.page, "foundation-final");
    await session?.close();
    await stopOwnCodeServer();
  });

  it("opens an article in the News Article language mode", async () => {
    const wb = session.workbench;
    await wb.openFile("amsel-courier.article");
    assert.equal(await wb.languageMode("News Article"), "News Article");
    await saveScreenshot(session.page, "foundation-article-open");
  });

  it("opens .news files in the same language mode", async () => {
    const wb = session.workbench;
    await wb.openFile("northwind-wire.news");
    assert.equal(await wb.languageMode("News Article"), "News Article");
    await saveScreenshot(session.page, "foundation-news-file");
    await wb.openFile("amsel-courier.article");
  });

  it("colours the headline and a quotation with the grammar's scopes", async () => {
    const wb = session.workbench;
    // Short needles: the language server's semantic tokens and decorations split lines into more
    // spans (names, places), so each needle must sit inside one span.
    // "Residents said" starts a plain sentence: no scope a theme colours.
    const plain = await wb.tokenColor("Residents said");
    const headline = await wb.tokenColor("capsizes");
    const quotation = await wb.tokenColor("faster than anyone");
    assert.notEqual(headline, plain, `headline is coloured differently from body text (${headline} vs ${plain})`);
    assert.notEqual(quotation, plain, "quotation is coloured differently from body text");
    assert.notEqual(quotation, headline, "quotation and headline have different colours");

    const headlineScopes = await wb.inspectScopes("capsizes");
    assert.match(headlineScopes, /markup\.heading\.1\.headline\.news-article/);
    await saveScreenshot(session.page, "foundation-inspect-scopes");
    const quoteScopes = await wb.inspectScopes("faster than anyone");
    assert.match(quoteScopes, /string\.quoted\.double\.straight\.news-article/);
  });

  it("activates the extension (its status bar item appears)", async () => {
    const page = session.page;
    await page
      .locator(".statusbar-item")
      .filter({ hasText: /^\s*Crosscheck/ })
      .first()
      .waitFor({ state: "visible", timeout: 30_000 });
    await saveScreenshot(page, "foundation-activated");
  });

  it("shows the People and Places view", async () => {
    const wb = session.workbench;
    await wb.runCommand("View: Show Explorer");
    await wb.view("People and Places").waitFor({ state: "visible", timeout: 30_000 });
    assert.ok((await wb.sideBarViewTitles()).includes("People and Places"));
    await saveScreenshot(session.page, "foundation-people-and-places");
  });
});
