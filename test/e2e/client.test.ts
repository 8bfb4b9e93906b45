// The client in a real VS Code (code-server in Chromium) on a copy of the five seed articles, read as
// articles through `crosscheck.files: ["**/*.txt"]`: the People and Places view, hover, the Problems
// panel, navigation across outlets, rename on disk, the palette commands and the status bar.
//
// The articles are read from ../shared/seeds at test time (they are not part of the repository); the
// copy lives in a temporary folder, so the rename test can change files on disk.
import { after, before, beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { openWorkbench, prepareWorkspace, repoRoot, saveScreenshot, stopOwnCodeServer, type Session } from "./harness";
import {
  activeFile,
  clickRow,
  contextMenu,
  cursor,
  eventually,
  hoverAtCursor,
  groupEntities,
  peoplePane,
  placeCursorOn,
  referenceFiles,
  runCommandWithInput,
  serverProcesses,
  showPeopleView,
  statusItem,
  treeRows,
  viewMessage,
  waitForActiveFile,
  waitForIndex,
  widenSideBar,
  type TreeRow,
} from "./clientSteps";

const seedsDir = path.resolve(repoRoot, "../shared/seeds");
const TELEGRAPH = "001_b72caa9dded71508.txt";
const AP = "004_f461403bbd87d26c.txt";
const ARTICLES = fs.existsSync(seedsDir) ? fs.readdirSync(seedsDir).filter((name) => name.endsWith(".txt")).sort() : [];

/** Reads one line (1-based) of a workspace file from disk. */
function lineOf(folder: string, file: string, line: number): string {
  return fs.readFileSync(path.join(folder, file), "utf8").split(/\r\n|\r|\n/)[line - 1] ?? "";
}

/** The first line (1-based) of a seed file that contains `text`. */
function lineContaining(folder: string, file: string, text: string): number {
  const index = fs.readFileSync(path.join(folder, file), "utf8").split(/\r\n|\r|\n/).findIndex((l) => l.includes(text));
  assert.ok(index >= 0, `${file} contains "${text}"`);
  return index + 1;
}

describe("the client in code-server on the seed articles", { skip: ARTICLES.length === 0 && "../shared/seeds is missing" }, () => {
  let session: Session;
  let folder: string;

  before(async () => {
    folder = prepareWorkspace(seedsDir, { "crosscheck.files": ["**/*.txt"] }, "seeds");
    session = await openWorkbench(folder);
    await waitForIndex(session.page, ARTICLES.length);
    await showPeopleView(session.page);
    await widenSideBar(session.page, 160);
  });

  after(async () => {
    if (session) await saveScreenshot(session.page, "client-final");
    await session?.close();
    await stopOwnCodeServer();
  });

  beforeEach(async () => {
    // A failed test may leave a quick input, hover or peek open; start each test from the editor.
    await session?.page.keyboard.press("Escape");
    await session?.page.keyboard.press("Escape");
  });

  /** Filters the tree with the extension's filter command and returns the rows once they settle. */
  async function filterTree(text: string, accept: (rows: TreeRow[]) => boolean): Promise<TreeRow[]> {
    const { workbench: wb, page } = session;
    await showPeopleView(page);
    const input = await runCommandWithInput(page, "Crosscheck: Filter People and Places");
    await input.fill(text);
    await page.keyboard.press("Enter");
    // The view says what it is filtered by once the filtered list has loaded; rows before that are stale.
    await eventually(() => viewMessage(peoplePane(page)), (message) => message.includes(`“${text}”`));
    return eventually(() => treeRows(peoplePane(page)), accept);
  }

  it("shows the counts in the status bar, and a click on it opens People and Places", async () => {
    const { page } = session;
    const text = ((await statusItem(page).textContent()) ?? "").trim();
    const match = /^Crosscheck: (\d+) articles · (\d+) (?:people|person) · (\d+) conflicts?$/.exec(text);
    assert.ok(match, `status bar text: ${text}`);
    assert.equal(Number(match[1]), ARTICLES.length);

    await showPeopleView(page);
    const rows = await eventually(() => treeRows(peoplePane(page)), (r) => r.some((row) => row.level === 2));
    const people = groupEntities(rows).get("People");
    assert.ok(people && people.length > 0, "the People group is listed");
    // The status bar's people count is the People group's count.
    const peopleGroup = rows.find((row) => row.level === 1 && row.text.startsWith("People"));
    assert.equal(peopleGroup?.text.replace(/^People/, ""), match[2]);
    await saveScreenshot(page, "client-status-bar");
    assert.ok(Number(match[3]) >= 1, `at least the arrests conflict: ${text}`);
  });

  it("lists Alexander Lukashenko once under People with five outlets, and Minsk under Places", async () => {
    const { page } = session;
    let rows = await filterTree("lukash", (r) => r.some((row) => row.level === 2));
    const lukashenko = (groupEntities(rows).get("People") ?? []).filter((row) => /Lukash/.test(row.label));
    assert.equal(lukashenko.length, 1, `one Lukashenko entity: ${JSON.stringify(rows.map((r) => r.label))}`);
    assert.match(lukashenko[0].label, /^Alexander Lukashenko, person, \d+ mentions · 5 outlets$/);
    await saveScreenshot(page, "client-tree-lukashenko");

    rows = await filterTree("minsk", (r) => r.some((row) => row.level === 2));
    const places = (groupEntities(rows).get("Places") ?? []).map((row) => row.label);
    assert.ok(places.some((label) => label.startsWith("Minsk, place,")), `Minsk under Places: ${places.join("; ")}`);
    await session.workbench.runCommand("Crosscheck: Clear Filter");
  });

  it("opens the article at the mention when a mention is clicked", async () => {
    const { page } = session;
    await filterTree("lukash", (r) => r.some((row) => row.level === 2));
    const pane = await showPeopleView(page);
    await clickRow(pane, /Alexander Lukashenko/, 2);
    // Its articles: one per outlet, each named by outlet (or file) with its headline.
    const articles = (await eventually(() => treeRows(pane), (r) => r.filter((row) => row.level === 3).length >= 5)).filter(
      (row) => row.level === 3,
    );
    assert.equal(articles.length, ARTICLES.length, `five articles: ${articles.map((row) => row.text).join("; ")}`);
    await clickRow(pane, articles[1]);
    const rows = await eventually(() => treeRows(pane), (r) => r.some((row) => row.level === 4));
    const mention = rows.find((row) => row.level === 4);
    assert.ok(mention, "the article lists its mentions");
    const shownLine = Number(/line (\d+)/.exec(mention.text)?.[1]);
    // The snippet as shown, without the ellipses and the "line N" description.
    const snippet = mention.text.replace(/line \d+$/, "").replace(/^…|…$/g, "").trim();
    await clickRow(pane, mention);

    const opened = await waitForActiveFile(page, (name) => ARTICLES.includes(name));
    const at = await eventually(() => cursor(page), (c) => c.selected > 0 && c.line === shownLine);
    assert.equal(at.line, shownLine);
    const line = lineOf(folder, opened, at.line);
    assert.ok(line.replace(/\s+/g, " ").includes(snippet), `line ${at.line} of ${opened} holds the snippet: ${snippet}`);
    // The selection ends at the mention's end, and selects a spelling of Lukashenko.
    const selected = line.slice(at.column - 1 - at.selected, at.column - 1);
    assert.match(selected, /Lukash/);
    await saveScreenshot(page, "client-tree-mention-opened");
    await session.workbench.runCommand("Crosscheck: Clear Filter");
  });

  it("finds all references of an entity from its context menu, across the five outlets", async () => {
    const { page } = session;
    await filterTree("lukash", (r) => r.some((row) => row.level === 2));
    await contextMenu(peoplePane(page), /Alexander Lukashenko/, 2, "Find All References");
    const files = await referenceFiles(page, ARTICLES, ARTICLES.length);
    assert.deepEqual(files, ARTICLES, "every outlet's mentions are references of the one entity");
    await saveScreenshot(page, "client-tree-find-references");
    await page.keyboard.press("Escape");
    await session.workbench.runCommand("Crosscheck: Clear Filter");
  });

  it("shows the entity with its other spellings when hovering “Lukashnenko” in the Telegraph article", async () => {
    const { workbench: wb, page } = session;
    await wb.openFile(TELEGRAPH);
    await placeCursorOn(wb, path.join(folder, TELEGRAPH), lineContaining(folder, TELEGRAPH, "Lukashnenko"), "Lukashnenko");
    const hover = await eventually(
      async () => {
        await page.keyboard.press("Escape");
        return hoverAtCursor(page).catch(() => "");
      },
      (text) => /Aleksandr/.test(text),
    );
    await saveScreenshot(page, "client-hover-lukashnenko");
    assert.match(hover, /Alexander Lukashenko/);
    assert.match(hover, /Aleksandr Lukashenko/, "another outlet's spelling");
    assert.match(hover, /Lukashnenko/, "this article's own spelling");
    await page.keyboard.press("Escape");
  });

  it("lists the arrests conflict in three articles in the Problems panel, and its related locations open the others", async () => {
    const { workbench: wb, page } = session;
    await wb.problems({ minRows: 3 });
    const markers = page.locator(".markers-panel");
    const conflictFiles = new Set<string>();
    const rows = await eventually(
      () => treeRows(markers),
      (r) => {
        conflictFiles.clear();
        let file = "";
        for (const row of r) {
          if (row.level === 1) file = ARTICLES.find((name) => row.text.includes(name)) ?? "";
          else if (row.level === 2 && /arrest|detain/i.test(row.text) && file) conflictFiles.add(file);
        }
        return conflictFiles.size >= 3;
      },
    );
    assert.deepEqual([...conflictFiles].sort(), ["001_b72caa9dded71508.txt", "002_8e3144a5e166a1d4.txt", "003_89e7761f936d916e.txt"]);
    await saveScreenshot(page, "client-problems-conflict");

    // A related location (a child row of a conflict) opens another outlet's article at its claim.
    const related = markers.locator('.monaco-list-row[aria-level="3"]').filter({ hasText: /\.txt\[Ln \d+/ }).first();
    await related.waitFor({ state: "visible" });
    const relatedText = (await related.textContent()) ?? "";
    const target = ARTICLES.find((name) => relatedText.startsWith(name));
    assert.ok(target, `related locations name the other articles: ${JSON.stringify(rows.map((r) => r.text))}`);
    await related.click();
    assert.equal(await waitForActiveFile(page, (name) => name === target), target);
    const at = await cursor(page);
    const shownLine = Number(/\[Ln (\d+)/.exec(relatedText)?.[1]);
    assert.equal(at.line, shownLine);
    assert.match(lineOf(folder, target, at.line), /\d,\d{3}/, "the cursor is on the other outlet's figure");
  });

  it("goes to definition and finds references from “Tsikhanouskaya” to the other outlets' “Tikhanovskaya”", async () => {
    const { workbench: wb, page } = session;
    await wb.openFile(AP);
    const line = lineContaining(folder, AP, "Tsikhanouskaya");
    await placeCursorOn(wb, path.join(folder, AP), line, "Tsikhanouskaya");

    await page.keyboard.press("Shift+F12");
    // Her name is in four outlets: "Tikhanovskaya" in three, "Tsikhanouskaya" in this one.
    const files = await referenceFiles(page, ARTICLES, 4);
    assert.deepEqual(files, ["001_b72caa9dded71508.txt", "002_8e3144a5e166a1d4.txt", "003_89e7761f936d916e.txt", AP]);
    await saveScreenshot(page, "client-references-tsikhanouskaya");
    await page.keyboard.press("Escape");

    await placeCursorOn(wb, path.join(folder, AP), line, "Tsikhanouskaya");
    await page.keyboard.press("F12");
    const target = await waitForActiveFile(page, (name) => name !== AP && ARTICLES.includes(name));
    const at = await cursor(page);
    assert.match(lineOf(folder, target, at.line), /Tikhanovskaya/, "the definition is another outlet's spelling");
  });

  it("shows an entity by any spelling from the palette and jumps to a chosen mention", async () => {
    const { workbench: wb, page } = session;
    const input = await runCommandWithInput(page, "Crosscheck: Show Entity");
    await input.fill("Tsikhanouskaya");
    const entityRow = page.locator(".quick-input-list .monaco-list-row").first();
    await entityRow.waitFor({ state: "visible" });
    assert.match((await entityRow.textContent()) ?? "", /Tikhanovskaya|Tsikhanouskaya/);
    await page.keyboard.press("Enter");
    // Second step: the entity's mentions; the first one opens.
    await page.locator(".quick-input-widget .quick-input-title", { hasText: /mentions/ }).waitFor({ state: "visible" });
    await saveScreenshot(page, "client-show-entity");
    await page.keyboard.press("Enter");
    const at = await eventually(() => cursor(page), (c) => c.selected > 0);
    const opened = await activeFile(page);
    assert.match(lineOf(folder, opened, at.line), /Tikhanovskaya|Tsikhanouskaya/);
  });

  it("goes to the next conflict across articles", async () => {
    const { workbench: wb, page } = session;
    const visited = new Set<string>();
    for (let step = 0; step < 3; step++) {
      const before = await activeFile(page).catch(() => "");
      const beforeCursor = await cursor(page).catch(() => undefined);
      await wb.runCommand("Crosscheck: Go to Next Conflict");
      const at = await eventually(
        () => cursor(page),
        (c) => c.selected > 0 && (c.line !== beforeCursor?.line || c.column !== beforeCursor?.column),
      );
      const file = await activeFile(page);
      assert.ok(file !== before || at.line !== beforeCursor?.line, "the cursor moved");
      visited.add(file);
    }
    assert.ok(visited.size >= 2, `the next conflict crosses articles: ${[...visited].join(", ")}`);
    await saveScreenshot(page, "client-next-conflict");
  });

  it("renames exactly one spelling of a person across the articles, checked on disk", async () => {
    const { workbench: wb, page } = session;
    const oldSpelling = "Tikhanovskaya";
    const before = new Map(ARTICLES.map((name) => [name, fs.readFileSync(path.join(folder, name), "utf8")]));
    const file = "003_89e7761f936d916e.txt";
    await wb.openFile(file);
    // A line where she is named by her surname alone.
    const line = fs
      .readFileSync(path.join(folder, file), "utf8")
      .split(/\r\n|\r|\n/)
      .findIndex((l) => l.startsWith(`${oldSpelling},`)) + 1;
    assert.ok(line > 0);
    await placeCursorOn(wb, path.join(folder, file), line, oldSpelling);
    await page.keyboard.press("F2");
    const box = page.locator(".rename-box input, .rename-box .rename-input").first();
    await box.waitFor({ state: "visible" });
    const current = await box.inputValue();
    assert.match(current, new RegExp(oldSpelling), `the rename box offers the spelling: ${current}`);
    const newSpelling = "Tikhanovskaja";
    await box.fill(current.replace(oldSpelling, newSpelling));
    await page.keyboard.press("Enter");
    // Edits that need confirmation open the Refactor Preview with each article unticked: tick every
    // article, as a user who accepts the whole rename does, and apply.
    const preview = page.locator(".panel .pane-body").filter({ has: page.locator(".edit-checkbox") });
    const apply = page.locator(".panel .monaco-button", { hasText: /^Apply$/ });
    if (await apply.first().waitFor({ state: "visible", timeout: 5000 }).then(() => true, () => false)) {
      const fileBoxes = preview.locator('.monaco-list-row[aria-level="1"] .edit-checkbox[aria-checked="false"]');
      while ((await fileBoxes.count()) > 0) await fileBoxes.first().click();
      await saveScreenshot(page, "client-rename-preview");
      await apply.first().click();
    }
    await wb.runCommand("File: Save All Files");

    const expected = new Map([...before].map(([name, text]) => [name, text.split(oldSpelling).join(newSpelling)]));
    const after = await eventually(
      async () => new Map(ARTICLES.map((name) => [name, fs.readFileSync(path.join(folder, name), "utf8")])),
      (files) => [...files].every(([name, text]) => text === expected.get(name)),
    );
    for (const name of ARTICLES) {
      assert.equal(after.get(name), expected.get(name), `${name}: only "${oldSpelling}" changed`);
    }
    assert.ok([...after.values()].some((text) => text.includes("Tsikhanouskaya")), "the other spelling is untouched");
    await saveScreenshot(page, "client-rename");
  });

  it("restarts the language server when it dies, and says so once", async () => {
    const { workbench: wb, page } = session;
    const [first] = serverProcesses(folder);
    assert.ok(first, "the language server runs in the workspace folder");
    process.kill(first, "SIGKILL");
    const notice = page.locator(".notifications-toasts .notification-toast", { hasText: "stopped unexpectedly and was restarted" });
    await notice.waitFor({ state: "visible" });
    const second = await eventually(async () => serverProcesses(folder), (pids) => pids.length === 1 && pids[0] !== first);
    assert.equal(second.length, 1, "a new server process");
    // A request that completes proves the new server answers (the status bar may still show old counts).
    await wb.runCommand("Crosscheck: Re-index Workspace");
    await waitForIndex(page, ARTICLES.length);
    await saveScreenshot(page, "client-server-restarted");

    // A second crash restarts it again without a second message.
    process.kill(second[0], "SIGKILL");
    await eventually(async () => serverProcesses(folder), (pids) => pids.length === 1 && pids[0] !== second[0]);
    await waitForIndex(page, ARTICLES.length);
    // Every notification of the session is in the notification center, shown or not.
    await wb.runCommand("Notifications: Show Notifications");
    const told = page.locator(".notifications-center .monaco-list-row", { hasText: "stopped unexpectedly and was restarted" });
    await told.first().waitFor({ state: "visible" });
    assert.equal(await told.count(), 1, "the user is told once");
    await page.keyboard.press("Escape");
  });
});

describe("the client on a folder that starts with no articles", () => {
  let session: Session;
  let folder: string;

  before(async () => {
    // Our own two short texts: plain .txt files, which the default globs do not read.
    folder = prepareWorkspace(path.join(repoRoot, "samples"), undefined, "notes");
    for (const name of fs.readdirSync(folder)) {
      if (name.endsWith(".article") || name.endsWith(".news")) fs.rmSync(path.join(folder, name));
    }
    fs.writeFileSync(
      path.join(folder, "harbour-report.txt"),
      "Harbour reopens after the storm\n\nBy Ada Lindqvist\n\nPORT AMSEL — Mayor Petra Oberg said on Monday that the harbour in Port Amsel would reopen. " +
        "Oberg thanked the Veldaran Coast Guard.\n",
    );
    fs.writeFileSync(
      path.join(folder, "ferry-notes.txt"),
      "Ferry line resumes service\n\nLakeline Ferries said the crossing to Skarra Island resumes on Friday, Mayor Petra Oberg confirmed.\n",
    );
    session = await openWorkbench(folder);
  });

  after(async () => {
    await session?.close();
    await stopOwnCodeServer();
  });

  it("explains which files Crosscheck reads when there are none, and treats a file as an article on request", async () => {
    const { workbench: wb, page } = session;
    await waitForIndex(page, 0);
    await statusItem(page).click();
    const welcome = peoplePane(page).locator(".welcome-view-content");
    await welcome.waitFor({ state: "visible" });
    const text = (await welcome.textContent()) ?? "";
    assert.match(text, /crosscheck\.files/);
    assert.match(text, /\.article/);
    assert.ok(await welcome.locator('a[href*="crosscheck.files"], .monaco-button').count() > 0, "links to the setting");
    await saveScreenshot(page, "client-welcome");

    await wb.openFile("harbour-report.txt");
    await wb.runCommand("Crosscheck: Treat This File as an Article");
    assert.equal(await wb.languageMode("News Article"), "News Article");
    await waitForIndex(page, 1);
    const settings = JSON.parse(fs.readFileSync(path.join(folder, ".vscode", "settings.json"), "utf8")) as Record<string, unknown>;
    assert.ok((settings["crosscheck.files"] as string[]).includes("harbour-report.txt"), JSON.stringify(settings));
    const rows = await eventually(() => treeRows(peoplePane(page)), (r) => r.some((row) => row.level === 2));
    assert.ok(rows.some((row) => row.level === 2 && /Oberg/.test(row.label)), JSON.stringify(rows.map((r) => r.label)));
  });

  it("sorts by name or by mentions, and shows only the active article's entities on request", async () => {
    const { workbench: wb, page } = session;
    await wb.openFile("ferry-notes.txt");
    await wb.runCommand("Crosscheck: Treat This File as an Article");
    await waitForIndex(page, 2);
    const pane = await showPeopleView(page);
    const entityLabels = async () => (await treeRows(pane)).filter((row) => row.level === 2).map((row) => row.label.split(",")[0]);
    const groupsSorted = async () =>
      [...groupEntities(await treeRows(pane)).values()].every((rows) => isSorted(rows.map((row) => row.label.split(",")[0])));

    await wb.runCommand("Crosscheck: Sort by Name");
    assert.ok(await eventually(groupsSorted, (sorted) => sorted), "each group is sorted by name");

    // The harbour article mentions people and places the ferry notes do not.
    await wb.openFile("ferry-notes.txt");
    const all = await entityLabels();
    await wb.runCommand("Crosscheck: Show Only the Active Article's Entities");
    const scoped = await eventually(entityLabels, (labels) => labels.length < all.length);
    assert.ok(scoped.length > 0 && scoped.length < all.length, `${scoped.join(", ")} within ${all.join(", ")}`);
    await saveScreenshot(page, "client-active-article-only");
    await wb.runCommand("Crosscheck: Show Entities of All Articles");
    await eventually(entityLabels, (labels) => labels.length === all.length);
    await wb.runCommand("Crosscheck: Sort by Mentions");
  });
});

function isSorted(labels: string[]): boolean {
  return labels.every((label, index) => index === 0 || labels[index - 1].localeCompare(label, undefined, { sensitivity: "base" }) <= 0);
}

describe("the client on the samples (the README's screenshots)", () => {
  let session: Session;
  let folder: string;

  before(async () => {
    folder = prepareWorkspace(path.join(repoRoot, "samples"), undefined, "samples");
    session = await openWorkbench(folder, { width: 1400, height: 860 });
    await waitForIndex(session.page, fs.readdirSync(folder).filter((name) => /\.(article|news)$/.test(name)).length);
    await showPeopleView(session.page);
    await widenSideBar(session.page, 160);
  });

  after(async () => {
    await session?.close();
    await stopOwnCodeServer();
  });

  it("shows People and Places beside a hover that lists a minister's spellings", async () => {
    const { workbench: wb, page } = session;
    const file = "daily-meridian.article";
    await wb.openFile(file);
    await placeCursorOn(wb, path.join(folder, file), lineContaining(folder, file, "Zhelvesky"), "Zhelvesky");
    const hover = await eventually(
      async () => {
        await page.keyboard.press("Escape");
        return hoverAtCursor(page).catch(() => "");
      },
      (text) => /Zhelevskiy/.test(text),
    );
    assert.match(hover, /Zhelevsky/, "another outlet's spelling");
    const rows = await treeRows(peoplePane(page));
    assert.ok(rows.some((row) => row.level === 2 && /^Yuri(y)? Zhel/.test(row.label)), "the minister is in the tree");
    await saveScreenshot(page, "readme-people-and-places-hover");
    await page.keyboard.press("Escape");
  });

  it("shows a conflict between outlets in the Problems panel with the other outlet's figure", async () => {
    const { workbench: wb, page } = session;
    await wb.openFile("daily-meridian.article");
    const problems = await wb.problems({ minRows: 3 });
    assert.ok(problems.some((row) => /Sources differ on people killed/.test(row)), problems.join("\n"));
    await saveScreenshot(page, "readme-problems-conflict");
  });
});
