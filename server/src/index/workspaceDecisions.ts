/**
 * The user's crosscheck.json files as the server sees them: one per workspace folder (found by walking up
 * from the folder, as the CLI does from an article), each keeping its last good decisions while it is
 * invalid. Their decisions are merged for the analysis; their problems become diagnostics in the file.
 */
import * as path from "node:path";
import type { Decisions } from "../analysis/types";
import { noDecisions } from "../analysis/types";
import { DECISIONS_FILE_NAME, DecisionsFile, findDecisionsFile } from "../decisions/file";
import type { DecisionsProblem } from "../decisions/validate";
import type { Logger } from "../logger";

export interface DecisionsFileState {
  path: string;
  problems: readonly DecisionsProblem[];
}

export function isDecisionsFile(file: string): boolean {
  return path.basename(file) === DECISIONS_FILE_NAME;
}

export class WorkspaceDecisions {
  private files = new Map<string, DecisionsFile>();
  private merged: Decisions = noDecisions;

  constructor(private readonly logger: Logger) {}

  get decisions(): Decisions {
    return this.merged;
  }

  /** Every file's problems (an empty list clears the file's diagnostics). */
  states(): DecisionsFileState[] {
    return [...this.files].map(([file, reader]) => ({ path: file, problems: reader.problems }));
  }

  /** Finds and reads the file for each folder; returns true when the decisions in force changed. */
  load(folderPaths: readonly string[]): boolean {
    const before = JSON.stringify(this.merged);
    const found = new Set<string>();
    for (const folder of folderPaths) {
      const file = findDecisionsFile(folder);
      if (file) found.add(file);
    }
    const next = new Map<string, DecisionsFile>();
    for (const file of found) {
      const reader = this.files.get(file) ?? new DecisionsFile();
      this.read(reader, file);
      next.set(file, reader);
    }
    this.files = next;
    this.merge();
    return JSON.stringify(this.merged) !== before;
  }

  /** A watched crosscheck.json was created, changed or deleted; returns true when the decisions changed. */
  changed(file: string, deleted: boolean, folderPaths: readonly string[]): boolean {
    const reader = this.files.get(file);
    if (!reader) return deleted ? false : this.load(folderPaths);
    const before = JSON.stringify(this.merged);
    if (deleted) {
      reader.clear();
      this.files.delete(file);
    } else this.read(reader, file);
    this.merge();
    return JSON.stringify(this.merged) !== before;
  }

  /**
   * A decision from the editor gave the file a new text (perhaps still unsaved in the client's buffer): it
   * is in force at once. Returns true when the decisions changed.
   */
  recorded(file: string, text: string): boolean {
    const before = JSON.stringify(this.merged);
    const reader = this.files.get(file) ?? new DecisionsFile();
    reader.update(text);
    this.files.set(file, reader);
    this.merge();
    return JSON.stringify(this.merged) !== before;
  }

  private read(reader: DecisionsFile, file: string): void {
    const update = reader.reload(file);
    if (!update.applied) this.logger.warn(`${file} is not valid; keeping its last good decisions (${update.problems.length} problem(s))`);
  }

  private merge(): void {
    const all = [...this.files.values()].map((reader) => reader.decisions);
    if (all.length === 1) {
      this.merged = all[0];
      return;
    }
    this.merged = {
      entities: all.flatMap((d) => d.entities),
      distinct: all.flatMap((d) => d.distinct),
      notEntities: all.flatMap((d) => d.notEntities),
      ignoredConflicts: all.flatMap((d) => d.ignoredConflicts),
      rules: Object.assign({}, ...all.map((d) => d.rules)),
    };
  }
}
