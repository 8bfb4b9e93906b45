/**
 * The server's typed settings (`crosscheck.*`), read through `workspace/configuration`.
 * Every value is sanitized: a missing, null or malformed value falls back to its default, so every
 * editor gets the same answers whether or not it sends settings at all.
 */
import type { RuleSetting } from "./analysis/types";
import { DEFAULT_ARTICLE_GLOBS, DEFAULT_MAX_BYTES } from "./articleFiles";

/** Defaults mirror `package.json` contributes.configuration and the CLI's. */
export const DEFAULT_FILE_GLOBS: readonly string[] = DEFAULT_ARTICLE_GLOBS;
export const DEFAULT_MAX_FILE_SIZE = DEFAULT_MAX_BYTES;

export interface CrosscheckSettings {
  /** Globs, relative to each workspace folder, of the files read as articles. */
  files: string[];
  /** Bytes read from one file; longer files are indexed up to this limit, with a notice. */
  maxFileSize: number;
  /** Severity (or off) per rule id, e.g. `{ "figure.conflict": "error" }`. Missing ids keep the rule's own severity. */
  rules: Record<string, RuleSetting>;
  /**
   * Outlet names to show instead of the detected ones. A key is either a detected outlet name
   * (case-insensitive, "AFP" -> "Agence France-Presse") or a glob matched against the article's path relative
   * to its workspace folder ("telegraph/**" -> "The Telegraph").
   */
  outlets: Record<string, string>;
}

export const defaultSettings: CrosscheckSettings = {
  files: [...DEFAULT_FILE_GLOBS],
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  rules: {},
  outlets: {},
};

const RULE_SETTINGS: readonly RuleSetting[] = ["off", "hint", "information", "warning", "error"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Accepts the usual spellings users type ("info", "warn") besides the canonical ones. */
function toRuleSetting(value: unknown): RuleSetting | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim().toLowerCase();
  if (v === "info") return "information";
  if (v === "warn") return "warning";
  if (v === "none" || v === "ignore" || v === "false") return "off";
  return (RULE_SETTINGS as readonly string[]).includes(v) ? (v as RuleSetting) : undefined;
}

/** Turns whatever the client sent for the `crosscheck` section into complete, valid settings. */
export function sanitizeSettings(raw: unknown): CrosscheckSettings {
  if (!isRecord(raw)) return { ...defaultSettings, files: [...defaultSettings.files] };
  const files = Array.isArray(raw.files)
    ? raw.files.filter((g): g is string => typeof g === "string" && g.trim() !== "").map((g) => g.trim())
    : [];
  const maxFileSize =
    typeof raw.maxFileSize === "number" && Number.isFinite(raw.maxFileSize) && raw.maxFileSize > 0
      ? Math.floor(raw.maxFileSize)
      : DEFAULT_MAX_FILE_SIZE;
  const rules: Record<string, RuleSetting> = {};
  if (isRecord(raw.rules))
    for (const [id, value] of Object.entries(raw.rules)) {
      // `"rules": { "figure.conflict": false }` means off, as in eslint-style configs.
      const setting = value === false ? "off" : toRuleSetting(value);
      if (setting) rules[id] = setting;
    }
  const outlets: Record<string, string> = {};
  if (isRecord(raw.outlets))
    for (const [key, value] of Object.entries(raw.outlets))
      if (typeof value === "string" && value.trim() !== "" && key.trim() !== "") outlets[key.trim()] = value.trim();
  return { files: files.length ? files : [...DEFAULT_FILE_GLOBS], maxFileSize, rules, outlets };
}

/** True when a change between two settings requires re-reading files from disk (not only re-publishing). */
export function needsReindex(a: CrosscheckSettings, b: CrosscheckSettings): boolean {
  return a.maxFileSize !== b.maxFileSize || a.files.join("\n") !== b.files.join("\n");
}
