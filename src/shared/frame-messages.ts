/** What the card's frame may tell the page it sits in: only to close it. */
export const CLOSE_CARD = 'rapport/close-card';
