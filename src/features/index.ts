/** The catalogue of in-page features, in the order they run. */
import type { Feature } from '../content/feature';
import unansweredBadges from './unanswered-badges';

export const features: readonly Feature[] = [unansweredBadges];
