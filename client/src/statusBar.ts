/**
 * The status-bar item: what the index holds ("Crosscheck: 5 articles · 22 people · 1 conflict"), a
 * spinner while the server indexes, a warning when the server is not running. A click focuses the view.
 */
import * as vscode from "vscode";
import { count as plural, summarize } from "./labels";
import type { StatusParams } from "./serverApi";

// The activity-bar view: it has the whole side bar to itself, unlike the Explorer copy.
export const FOCUS_VIEW_COMMAND = "crosscheck.peopleSidebar.focus";

const fmt = (value: number): string => value.toLocaleString("en-US");

export class CrosscheckStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor() {
    this.item = vscode.window.createStatusBarItem("crosscheck.status", vscode.StatusBarAlignment.Left, 10);
    this.item.name = "Crosscheck";
    this.item.command = FOCUS_VIEW_COMMAND;
    this.showStarting();
    this.item.show();
  }

  showStarting(): void {
    this.item.text = "$(sync~spin) Crosscheck: starting";
    this.item.tooltip = "The Crosscheck language server is starting.";
    this.item.backgroundColor = undefined;
  }

  showStopped(): void {
    this.item.text = "$(warning) Crosscheck: stopped";
    this.item.tooltip = "The Crosscheck language server is not running. Run “Crosscheck: Restart Language Server”.";
    this.item.backgroundColor = new vscode.ThemeColor("statusBarItem.warningBackground");
  }

  update(status: StatusParams): void {
    this.item.backgroundColor = undefined;
    const summary = summarize(status);
    if (status.indexing) {
      const progress = status.total > 0 ? ` ${fmt(status.indexed)}/${fmt(status.total)}` : "";
      this.item.text = `$(sync~spin) Crosscheck: indexing${progress}`;
      this.item.tooltip = `Indexing articles${progress}. ${summary}`;
    } else {
      this.item.text = `Crosscheck: ${summary}`;
      this.item.tooltip = new vscode.MarkdownString(
        [
          `**Crosscheck** — ${plural(status.articles, "article")} indexed`,
          "",
          `${plural(status.people, "person", "people")} · ${plural(status.places, "place")} · ${plural(status.organizations, "organization")}`,
          "",
          `${plural(status.conflicts, "conflict")} between outlets`,
          "",
          "Click to show People and Places.",
        ].join("\n"),
      );
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
