/** The colour of a tag nobody chose one for (a neutral grey that white text reads on). */
export const DEFAULT_TAG_COLOR = '#6b7280';
