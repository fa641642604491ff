/**
 * People as CSV, for a spreadsheet: one row per person, RFC 4180 quoting, CRLF line ends.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and some a tab or carriage return)
 * as a formula, and names, notes and tags come from other people's pages: such a text cell gets a
 * leading `'`, which spreadsheets show as text. Numbers and dates are written by us and left as they are.
 *
 * The caller adds a UTF-8 byte-order mark before saving, so spreadsheet apps read accents right;
 * it is not part of this text, which stays plain for anything else that reads it.
 */
import type { AccountRow, PersonRow } from '../../shared/db';
import { SITE_IDS, SITE_NAMES } from '../sites';

export const PEOPLE_CSV_HEADER = [
  'name',
  'handles',
  'sites',
  'stage',
  'tags',
  'notes',
  'first_interaction',
  'last_interaction',
  'score',
  'cadence_ideal_days',
  'cadence_max_days',
] as const;

const LIST = '; ';

export function peopleCsv(rows: readonly { person: PersonRow; accounts: readonly Pick<AccountRow, 'site' | 'handle'>[] }[]): string {
  const lines = [PEOPLE_CSV_HEADER.join(',')];
  for (const { person: p, accounts } of rows) {
    const sites = SITE_IDS.filter((s) => accounts.some((a) => a.site === s)).map((s) => SITE_NAMES[s]);
    lines.push(
      [
        text(p.name),
        text(accounts.map((a) => a.handle).join(LIST)),
        text(sites.join(LIST)),
        text(p.stage ?? ''),
        text(p.tags.join(LIST)),
        text(p.notes),
        date(p.stats.firstAt),
        date(p.stats.lastAt),
        String(p.score),
        p.cadence ? String(p.cadence.idealDays) : '',
        p.cadence ? String(p.cadence.maxDays) : '',
      ].join(','),
    );
  }
  return lines.map((line) => `${line}\r\n`).join('');
}

/** A text cell: formula starters defused, then quoted when it holds a quote, comma or line break. */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const date = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());
