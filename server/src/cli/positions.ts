/** Offsets to 1-based line and column (UTF-16 units, as editors and LSP count them). */
export interface LineColumn {
  line: number;
  column: number;
}

/** Precomputes line starts once per text, so that many lookups stay cheap. */
export function lineLocator(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // \r\n is one break; a lone \r is a break too (old Mac files).
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
