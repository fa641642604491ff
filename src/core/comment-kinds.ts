/**
 * What a comment is, as the classifier (core/classify) names it. In tie-break order: when two kinds
 * score the same, the earlier wins (a question is answered before praise is acknowledged).
 */
export const COMMENT_KINDS = ['question', 'concern', 'feedback', 'praise', 'other'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];
