/**
 * brat standoff (https://brat.nlplab.org/standoff.html): for each article a copy of its text (`name.txt`)
 * and its annotations (`name.ann`), plus one `annotation.conf` declaring the entity types.
 *
 * Offsets: brat reads the .txt in Python and counts Unicode code points; the copy's line breaks are
 * normalized to \n so that no reader's newline handling can shift them. Each mention is a `T` line
 * (`T1<TAB>Person 10 30<TAB>Alexander Lukashenko`); a span that crosses a line break is written as
 * fragments (`10 20;21 30`), as brat requires; the cross-article entity id is in an `AnnotatorNotes` line
 * (`#1<TAB>AnnotatorNotes T1<TAB>person:Alexander Lukashenko`).
 */
import { CorpusAnalysis } from "../analysis/types";
import { ExportFile, KIND_LABELS, exportArticles, offsetMapper } from "./model";

export function exportBrat(corpus: CorpusAnalysis): ExportFile[] {
  const files: ExportFile[] = [];
  for (const a of exportArticles(corpus)) {
    const mapper = offsetMapper(a.analysis.article.text, { normalizeNewlines: true });
    const chars = Array.from(mapper.text); // code points, as brat counts them
    const lines: string[] = [];
    a.mentions.forEach((m, i) => {
      const fragments = fragmentsOf(chars, mapper.map(m.start), mapper.map(m.end));
      if (fragments.length === 0) return;
      const text = fragments.map(([s, e]) => chars.slice(s, e).join("")).join(" ");
      lines.push(`T${i + 1}\t${KIND_LABELS[m.kind].brat} ${fragments.map(([s, e]) => `${s} ${e}`).join(";")}\t${text}`);
      lines.push(`#${i + 1}\tAnnotatorNotes T${i + 1}\t${m.entityId.replace(/[\t\r\n]+/g, " ")}`);
    });
    files.push({ path: `${a.name}.txt`, content: mapper.text });
    files.push({ path: `${a.name}.ann`, content: lines.length ? lines.join("\n") + "\n" : "" });
  }
  files.push({ path: "annotation.conf", content: ANNOTATION_CONF });
  return files;
}

/** A code point span cut at line breaks (and trimmed of the whitespace around them): brat's discontinuous form. */
function fragmentsOf(chars: string[], start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || chars[i] === "\n") {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(chars[a])) a++;
      while (b > a && /\s/.test(chars[b - 1])) b--;
      if (b > a) out.push([a, b]);
      s = i + 1;
    }
  }
  return out;
}

const ANNOTATION_CONF = `# Entity types written by Crosscheck (crosscheck export --format brat).
# The cross-article entity id of each mention is in its AnnotatorNotes.
[entities]
Person
Place
Organization

[relations]

[events]

[attributes]
`;
