/**
 * The hashtag challenges Rapport knows out of the box. Recognition runs on every item of a feed, so
 * the lookup is one Map read keyed by the lower-cased tag (aliases included), built once at load.
 */

export interface Challenge {
  id: string;
  /** The canonical spelling, without `#`. */
  tag: string;
  /** Other spellings people use for the same challenge, without `#`. */
  aliases: string[];
  name: string;
  cadence: 'daily' | 'weekly' | 'event';
  /** Length in days (or weeks), when the challenge has an end: 100 for #100DaysOfCode. */
  days?: number;
  /** For weekly challenges, the day of the week it is posted on (0 = Sunday). */
  weekday?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** For events held on the same dates every year, month and day as `MM-DD`. */
  window?: { from: string; to: string };
  url?: string;
}

export const CHALLENGES: readonly Challenge[] = [
  { id: '100-days-of-code', tag: '100DaysOfCode', aliases: [], name: '100 Days of Code', cadence: 'daily', days: 100, url: 'https://www.100daysofcode.com/' },
  { id: '66-days-of-data', tag: '66DaysOfData', aliases: [], name: '66 Days of Data', cadence: 'daily', days: 66 },
  { id: '100-days-of-swiftui', tag: '100DaysOfSwiftUI', aliases: [], name: '100 Days of SwiftUI', cadence: 'daily', days: 100, url: 'https://www.hackingwithswift.com/100/swiftui' },
  { id: '365-days-of-code', tag: '365DaysOfCode', aliases: [], name: '365 Days of Code', cadence: 'daily', days: 365 },
  { id: '100-days-of-writing', tag: '100DaysOfWriting', aliases: [], name: '100 Days of Writing', cadence: 'daily', days: 100 },
  { id: '100-days-of-gamedev', tag: '100DaysOfGamedev', aliases: [], name: '100 Days of Gamedev', cadence: 'daily', days: 100 },
  { id: '30-days-of-js', tag: '30DaysOfJS', aliases: ['30DaysOfJavaScript'], name: '30 Days of JavaScript', cadence: 'daily', days: 30 },
  { id: 'daily-ui', tag: 'DailyUI', aliases: [], name: 'Daily UI', cadence: 'daily', days: 100, url: 'https://www.dailyui.co/' },
  { id: 'inktober', tag: 'Inktober', aliases: ['Inktober2026'], name: 'Inktober', cadence: 'event', days: 31, window: { from: '10-01', to: '10-31' }, url: 'https://inktober.com/' },
  { id: '30-day-map-challenge', tag: '30DayMapChallenge', aliases: [], name: '30 Day Map Challenge', cadence: 'event', days: 30, window: { from: '11-01', to: '11-30' }, url: 'https://30daymapchallenge.com/' },
  { id: 'nanowrimo', tag: 'NaNoWriMo', aliases: [], name: 'National Novel Writing Month', cadence: 'event', days: 30, window: { from: '11-01', to: '11-30' } },
  { id: 'genuary', tag: 'Genuary', aliases: [], name: 'Genuary', cadence: 'event', days: 31, window: { from: '01-01', to: '01-31' }, url: 'https://genuary.art/' },
  { id: 'veganuary', tag: 'Veganuary', aliases: [], name: 'Veganuary', cadence: 'event', days: 31, window: { from: '01-01', to: '01-31' }, url: 'https://veganuary.com/' },
  { id: 'music-monday', tag: 'MusicMonday', aliases: [], name: 'Music Monday', cadence: 'weekly', weekday: 1 },
  { id: 'wip-wednesday', tag: 'WIPWednesday', aliases: [], name: 'WIP Wednesday', cadence: 'weekly', weekday: 3 },
  { id: 'throwback-thursday', tag: 'ThrowbackThursday', aliases: ['TBT'], name: 'Throwback Thursday', cadence: 'weekly', weekday: 4 },
  { id: 'follow-friday', tag: 'FollowFriday', aliases: ['FF'], name: 'Follow Friday', cadence: 'weekly', weekday: 5 },
  { id: 'caturday', tag: 'Caturday', aliases: [], name: 'Caturday', cadence: 'weekly', weekday: 6 },
  { id: 'screenshot-saturday', tag: 'ScreenshotSaturday', aliases: [], name: 'Screenshot Saturday', cadence: 'weekly', weekday: 6 },
];

const byTag = new Map<string, Challenge>();
for (const c of CHALLENGES) for (const t of [c.tag, ...c.aliases]) byTag.set(t.toLowerCase(), c);

/** The built-in challenge a hashtag belongs to, however it is capitalised and with or without `#`. */
export function findChallenge(tag: string): Challenge | undefined {
  return byTag.get((tag.startsWith('#') ? tag.slice(1) : tag).toLowerCase());
}
