/**
 * Each entity's mention offsets, file by file, packed as linking builds the entity. The conflicts step looks
 * entities up by the offsets that claims point at (an age's person, a count's place). On a large corpus,
 * walking every mention object for that cost a cache miss per mention, most of the step's time; these packed
 * offsets are read without touching the mentions.
 *
 * Kept beside the entity, not on it: entities are serialized as they are. An entry is valid only while the
 * entity keeps the mentions array it was built from (the user's decisions may give an entity new mentions;
 * readers then walk the mentions themselves).
 */
import { Entity, Mention } from "./types";

export interface PackedStarts {
  /** The files of the entity's mentions, one per stretch of mentions in one file (in mention order). */
  files: string[];
  /** Where each file's stretch ends in `starts`: stretch r is starts[ends[r - 1] ?? 0, ends[r]). */
  ends: Int32Array;
  /** The mentions' start offsets, in mention order. */
  starts: Int32Array;
}

interface Entry extends PackedStarts {
  mentions: Mention[];
  length: number;
}

const packed = new WeakMap<Entity, Entry>();

/** Packs the entity's mention offsets (call once its mentions are final). */
export function packMentionStarts(entity: Entity): void {
  const mentions = entity.mentions;
  const files: string[] = [];
  const ends: number[] = [];
  const starts = new Int32Array(mentions.length);
  let file: string | undefined = undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.file !== file) {
      if (file !== undefined) ends.push(k);
      files.push((file = m.file));
    }
    starts[k] = m.start;
  }
  if (file !== undefined) ends.push(mentions.length);
  packed.set(entity, { mentions, length: mentions.length, files, ends: Int32Array.from(ends), starts });
}

/** The entity's packed offsets, or undefined when none were packed or its mentions changed since. */
export function packedMentionStarts(entity: Entity): PackedStarts | undefined {
  const entry = packed.get(entity);
  return entry && entry.mentions === entity.mentions && entry.length === entity.mentions.length ? entry : undefined;
}
