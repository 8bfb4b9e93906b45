/**
 * A sorted, immutable list of spans answering "what is at this offset" by binary search, so hover and
 * friends cost O(log n) per request instead of a scan of the article.
 */
import type { Span } from "../analysis/types";

export class SpanIndex<T extends Span> {
  private readonly items: readonly T[];

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  get size(): number {
    return this.items.length;
  }

  all(): readonly T[] {
    return this.items;
  }

  /**
   * The span containing `offset`. A cursor just after the last character still counts (end inclusive), as
   * editors place it there after a double-click; a span that strictly contains the offset wins over one
   * that merely ends there.
   */
  at(offset: number): T | undefined {
    let i = this.lastStartingAtOrBefore(offset);
    let touching: T | undefined;
    // Spans rarely nest; looking back a few items covers a name inside a longer claim and vice versa.
    for (let steps = 0; i >= 0 && steps < 8; i--, steps++) {
      const item = this.items[i];
      if (offset < item.end) return item;
      if (offset === item.end && !touching) touching = item;
    }
    return touching;
  }

  /** Spans overlapping [start, end). */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    let i = Math.max(0, this.lastStartingAtOrBefore(start) - 8);
    for (; i < this.items.length && this.items[i].start < end; i++) if (this.items[i].end > start) out.push(this.items[i]);
    return out;
  }

  private lastStartingAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.items.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
