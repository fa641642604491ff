/** The catalogue of in-page features, in the order they run. */
import type { Feature } from '../content/feature';
import personButton from './person-button';
import replySuggestions from './reply-suggestions';
import unansweredBadges from './unanswered-badges';

export const features: readonly Feature[] = [unansweredBadges, personButton, replySuggestions];
