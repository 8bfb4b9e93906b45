/** The real analysis core behind the `Analyzer` interface the index uses. */
import { analyzeArticle, analyzeArticles, linkCorpus } from "../analysis/analyze";
import { findConflicts } from "../analysis/conflicts";
import { noDecisions } from "../analysis/types";
import { markIgnoredConflicts } from "../decisions/apply";
import type { Analyzer } from "./workspaceIndex";

export const coreAnalyzer: Analyzer = {
  analyzeArticle,
  analyzeArticles,
  linkCorpus,
  // The conflicts step of linkCorpus on its own, for the index's fast path after an edit.
  findConflicts: (articles, entities, options) => {
    const decisions = options?.decisions ?? noDecisions;
    return markIgnoredConflicts(findConflicts(articles, entities, decisions), decisions);
  },
};
