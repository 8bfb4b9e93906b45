/** Applies the `crosscheck.outlets` override map to an article's detected outlet. */
import picomatch from "picomatch";

/** The outlet to show for an article, from the detected one, its folder-relative path and its URI. */
export type OutletResolver = (detected: string | null, relativePath: string | undefined, uri?: string) => string | null;

export function outletResolver(overrides: Record<string, string>): OutletResolver {
  const byName = new Map<string, string>();
  const byGlob: { matches: (p: string) => boolean; outlet: string }[] = [];
  for (const [key, outlet] of Object.entries(overrides)) {
    byName.set(key.toLowerCase(), outlet);
    // Any key may also be a path glob ("telegraph/**", "*.ft.article"); a plain name simply never matches a path.
    byGlob.push({ matches: picomatch(key, { dot: true, basename: !key.includes("/") }), outlet });
  }
  return (detected, relativePath) => {
    if (detected) {
      const renamed = byName.get(detected.toLowerCase());
      if (renamed) return renamed;
    }
    if (relativePath !== undefined) for (const { matches, outlet } of byGlob) if (matches(relativePath)) return outlet;
    return detected;
  };
}
