/** Example URLs per page predicate of a site; `overlaps` names predicates that may share URLs. */
export interface UrlExamples {
  pages: Record<string, string[]>;
  overlaps?: Record<string, string[]>;
  foreign?: string[];
}
