// Decisions in a real VS Code (code-server in Chromium) on two short articles of our own: merge two people
// from the People and Places view (multi-select, context menu, the name to keep, the modal that says what
// the merge touches), then ignore a conflict from its quick fix, and check crosscheck.json on disk after
// each. Screenshots go to test-results/decisions-*.png.
import { after, before, beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { openWorkbench, prepareWorkspace, saveScreenshot, stopOwnCodeServer, type Session } from "./harness";
import { eventually, groupEntities, hoverAtCursor, placeCursorOn, showPeopleView, treeRows, waitForIndex, widenSideBar } from "./clientSteps";

const TIMEOUT = 30_000;

const ARTICLES: Record<string, string> = {
  "harbour-post.article": `Storm floods the lower town
Source: Harbour Post
Date: 2031-04-02

At least 40 people were killed when the river burst its banks in Port Vella on Tuesday, officials said.
Mayor Tomas Brevik said the town council would meet on Wednesday. Brevik thanked the rescue teams.
Jonas Aldt, a fisherman, said the water rose within minutes.
`,
  "evening-ledger.article": `Floods hit Port Vella
Source: Evening Ledger
Date: 2031-04-02

Twelve people were killed when the river burst its banks in Port Vella on Tuesday, the police said.
Mayor Tomas Brevik called the flood the worst in a generation. Brevik asked residents to stay indoors.
Jonas Aldt, a fisherman, described the damage to the harbour.
`,
};

interface DecisionsOnDisk {
  entities?: { name: string; kind: string; aliases: string[] }[];
  ignoredConflicts?: { quantity: string; claims: string[] }[];
  distinct?: string[][];
}

describe("decisions from the editor in code-server", () => {
  let session: Session;
  let folder: string;
  let decisionsFile: string;

  const readDecisions = (): DecisionsOnDisk | undefined => {
    try {
      return JSON.parse(fs.readFileSync(decisionsFile, "utf8")) as DecisionsOnDisk;
    } catch {
      return undefined; // not there yet, or being written
    }
  };

  before(async () => {
    const source = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-decisions-src-"));
    for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(source, name), text);
    folder = prepareWorkspace(source, undefined, "flood");
    decisionsFile = path.join(folder, "crosscheck.json");
    session = await openWorkbench(folder);
    await waitForIndex(session.page, 2);
    await showPeopleView(session.page);
    await widenSideBar(session.page, 200);
  });

  after(async () => {
    if (session) await saveScreenshot(session.page, "decisions-final");
    await session?.close();
    await stopOwnCodeServer();
  });

  beforeEach(async () => {
    await session?.page.keyboard.press("Escape");
  });

  it("merges two people chosen together in People and Places, after saying what the merge touches", async () => {
    const { page } = session;
    const pane = await showPeopleView(page);
    const rows = await eventually(() => treeRows(pane), (r) => {
      const people = groupEntities(r).get("People") ?? [];
      return people.some((row) => row.label.startsWith("Tomas Brevik,")) && people.some((row) => row.label.startsWith("Jonas Aldt,"));
    });
    const people = groupEntities(rows).get("People") ?? [];
    assert.ok(people.some((row) => row.label.startsWith("Jonas Aldt,")), `rows: ${rows.map((r) => r.label).join("; ")}`);

    // Multi-select: click one, Ctrl+click the other, then open the context menu on the selection.
    const row = (name: string) => pane.locator('.monaco-list-row[role="treeitem"][aria-level="2"]').filter({ hasText: name }).first();
    await row("Tomas Brevik").click();
    await row("Jonas Aldt").click({ modifiers: ["Control"] });
    await eventually(() => pane.locator('.monaco-list-row[role="treeitem"].selected').count(), (n) => n === 2);
    await row("Jonas Aldt").click({ button: "right" });
    const item = page.locator(".monaco-menu .action-label", { hasText: "Merge Entities..." }).first();
    await item.waitFor({ state: "visible", timeout: TIMEOUT });
    const focused = page.locator(".monaco-menu .action-item.focused .action-label");
    for (let step = 0; step < 20 && !((await focused.count()) > 0 && ((await focused.first().textContent()) ?? "").includes("Merge Entities")); step++)
      await page.keyboard.press("ArrowDown");
    await saveScreenshot(page, "decisions-merge-menu");
    await page.keyboard.press("Enter");

    // Which name to keep: a quick pick of the names.
    const input = page.locator(".quick-input-widget input");
    await input.waitFor({ state: "visible", timeout: TIMEOUT });
    const choice = page.locator(".quick-input-list .monaco-list-row").filter({ hasText: "Tomas Brevik" }).first();
    await choice.waitFor({ state: "visible", timeout: TIMEOUT });
    await saveScreenshot(page, "decisions-merge-name");
    await choice.click();

    // The modal says what the merge touches before anything is written.
    const dialog = page.locator(".monaco-dialog-box").first();
    await dialog.waitFor({ state: "visible", timeout: TIMEOUT });
    const dialogText = (await dialog.textContent()) ?? "";
    assert.match(dialogText, /Merge 2 entities: \d+ mentions in 2 articles/);
    assert.ok(!fs.existsSync(decisionsFile), "nothing written before the confirmation");
    await saveScreenshot(page, "decisions-merge-confirm");
    await dialog.locator(".monaco-button", { hasText: /^Merge$/ }).first().click();

    // crosscheck.json on disk: one confirmed entity with both names.
    const written = await eventually(async () => readDecisions(), (d) => (d?.entities?.length ?? 0) > 0, TIMEOUT);
    assert.ok(written?.entities, `crosscheck.json: ${fs.existsSync(decisionsFile) ? fs.readFileSync(decisionsFile, "utf8") : "missing"}`);
    assert.equal(written.entities.length, 1);
    assert.equal(written.entities[0].name, "Tomas Brevik");
    assert.equal(written.entities[0].kind, "person");
    assert.ok(written.entities[0].aliases.includes("Jonas Aldt"), JSON.stringify(written.entities[0]));

    // The tree follows: one confirmed entity, and it looks confirmed.
    const after = await eventually(() => treeRows(pane), (r) => {
      const list = groupEntities(r).get("People") ?? [];
      return !list.some((x) => x.label.startsWith("Jonas Aldt,")) && list.some((x) => x.label.startsWith("Tomas Brevik,") && x.text.includes("✓ confirmed"));
    });
    const merged = (groupEntities(after).get("People") ?? []).find((x) => x.label.startsWith("Tomas Brevik,"));
    assert.ok(merged && merged.text.includes("✓ confirmed"), `rows: ${after.map((r) => r.text).join("; ")}`);
    assert.match(merged.label, /\d+ mentions · 2 outlets/);
    await saveScreenshot(page, "decisions-merged-tree");
  });

  it("ignores a conflict from its quick fix: the diagnostic goes and crosscheck.json lists it", async () => {
    const { page, workbench: wb } = session;
    await wb.openFile("harbour-post.article");
    const problems = await eventually(() => wb.problems(), (rows) => rows.some((r) => /40|killed|Twelve/i.test(r) && /conflict|differ|disagree|says/i.test(r)));
    assert.ok(problems.length > 0, `the conflict is a problem: ${problems.join(" | ")}`);
    await wb.openFile("harbour-post.article");
    await placeCursorOn(wb, path.join(folder, "harbour-post.article"), 5, "40");

    const action = await wb.codeAction("Ignore this conflict (crosscheck.json)");
    await saveScreenshot(page, "decisions-ignore-quickfix");
    await action.click();

    const written = await eventually(async () => readDecisions(), (d) => (d?.ignoredConflicts?.length ?? 0) > 0, TIMEOUT);
    assert.equal(written?.ignoredConflicts?.length, 1, fs.readFileSync(decisionsFile, "utf8"));
    assert.deepEqual([...written!.ignoredConflicts![0].claims].sort(), ["At least 40", "Twelve"]);
    assert.equal(written?.entities?.length, 1, "the merge is still there");

    const after = await eventually(() => wb.problems(), (rows) => !rows.some((r) => /conflict|differ|disagree/i.test(r) && /40|Twelve|killed/i.test(r)));
    assert.ok(!after.some((r) => /40|Twelve/.test(r) && /conflict|differ|disagree/i.test(r)), `problems: ${after.join(" | ")}`);
    await saveScreenshot(page, "decisions-conflict-ignored");
  });

  it("splits a spelling off from the link at the end of a hover", async () => {
    const { page, workbench: wb } = session;
    await wb.openFile("evening-ledger.article");
    await placeCursorOn(wb, path.join(folder, "evening-ledger.article"), 7, "Jonas");
    const text = await hoverAtCursor(page);
    assert.match(text, /Decide \(crosscheck\.json\):/);
    const link = page.locator(".monaco-hover:not(.hidden) a", { hasText: "Split “Jonas Aldt” off" }).first();
    await link.waitFor({ state: "visible", timeout: TIMEOUT });
    await saveScreenshot(page, "decisions-hover-links");
    await link.click();
    const written = await eventually(async () => readDecisions(), (d) => (d?.distinct ?? []).some((g) => g.includes("Jonas Aldt")), TIMEOUT);
    assert.ok((written?.distinct ?? []).some((g) => g.includes("Jonas Aldt")), fs.readFileSync(decisionsFile, "utf8"));
    const pane = await showPeopleView(page);
    const rows = await eventually(() => treeRows(pane), (r) => (groupEntities(r).get("People") ?? []).some((x) => x.label.startsWith("Jonas Aldt,")));
    assert.ok((groupEntities(rows).get("People") ?? []).some((x) => x.label.startsWith("Jonas Aldt,")), rows.map((r) => r.label).join("; "));
    await saveScreenshot(page, "decisions-split-tree");
  });

  it("marks a selection as a place from the palette, and every occurrence becomes one", async () => {
    const { page, workbench: wb } = session;
    await wb.openFile("harbour-post.article");
    await placeCursorOn(wb, path.join(folder, "harbour-post.article"), 5, "Port Vella");
    await page.keyboard.press("Control+ArrowLeft");
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("Control+Shift+ArrowRight");
    await wb.runCommand("Crosscheck: Mark Selection as Place");
    const written = await eventually(async () => readDecisions(), (d) => (d?.entities ?? []).some((e) => e.name === "Port Vella"), TIMEOUT);
    const entry = written?.entities?.find((e) => e.name === "Port Vella");
    assert.equal(entry?.kind, "place", fs.readFileSync(decisionsFile, "utf8"));
    const pane = await showPeopleView(page);
    // The analysis may already find Port Vella as a place on its own: wait for the confirmed row, not any row.
    const rows = await eventually(() => treeRows(pane), (r) => (groupEntities(r).get("Places") ?? []).some((x) => x.label.startsWith("Port Vella,") && x.label.includes("✓ confirmed")));
    const place = (groupEntities(rows).get("Places") ?? []).find((x) => x.label.startsWith("Port Vella,"));
    assert.ok(place, rows.map((r) => r.label).join("; "));
    assert.match(place.label, /\d+ mentions · 2 outlets · ✓ confirmed/);
    await saveScreenshot(page, "decisions-marked-place");
  });
});
