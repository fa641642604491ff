/** The keep-in-touch cadence and whether a reconnect is due (yellow past ideal, red past maximum). */
import type { Cadence } from '../../shared/db';
import { rpc } from '../../shared/rpc';
import { dueState, type Act, type CardView } from './state';

export const PRESETS: { label: string; cadence?: Cadence }[] = [
  { label: 'No reminder' },
  { label: 'Weekly', cadence: { idealDays: 7, maxDays: 14 } },
  { label: 'Every two weeks', cadence: { idealDays: 14, maxDays: 28 } },
  { label: 'Monthly', cadence: { idealDays: 30, maxDays: 45 } },
  { label: 'Quarterly', cadence: { idealDays: 90, maxDays: 120 } },
  { label: 'Yearly', cadence: { idealDays: 365, maxDays: 400 } },
];

export const DUE_TEXT = { none: '', ok: 'In touch', due: 'Time to reconnect', overdue: 'Overdue' } as const;

export function KeepInTouch({ data, act }: { data: CardView; act: Act }) {
  const { person } = data;
  const state = dueState(data);
  const own = person.cadence;
  const set = (cadence: Cadence | null) => void act(rpc('person.update', { id: person.id, cadence }));
  const preset = PRESETS.findIndex((p) => p.cadence?.idealDays === own?.idealDays && p.cadence?.maxDays === own?.maxDays);
  return (
    <section>
      <h3>
        Keep in touch{' '}
        {state.state !== 'none' && (
          <span class={`due due-${state.state}`} data-due={state.state}>
            {DUE_TEXT[state.state]}
            {state.daysSince !== undefined && ` · ${state.daysSince} days since`}
          </span>
        )}
      </h3>
      <div class="row">
        <select
          name="cadence"
          value={own ? String(preset) : '0'}
          onChange={(e) => set(PRESETS[Number((e.target as HTMLSelectElement).value)]?.cadence ?? null)}
        >
          {PRESETS.map((p, i) => (
            <option value={String(i)}>{p.label}</option>
          ))}
          {own && preset < 0 && <option value="-1">Every {own.idealDays}–{own.maxDays} days</option>}
        </select>
        <label>
          ideal{' '}
          <input type="number" name="idealDays" min={1} max={3650} value={own?.idealDays ?? ''}
            onChange={(e) => { const idealDays = Number((e.target as HTMLInputElement).value); if (idealDays >= 1) set({ idealDays, maxDays: Math.max(idealDays, own?.maxDays ?? idealDays * 2) }); }} />
        </label>
        <label>
          max{' '}
          <input type="number" name="maxDays" min={1} max={3650} value={own?.maxDays ?? ''}
            onChange={(e) => { const maxDays = Number((e.target as HTMLInputElement).value); if (maxDays >= 1) set({ idealDays: Math.min(maxDays, own?.idealDays ?? maxDays), maxDays }); }} />
        </label>
      </div>
      {!own && state.cadence && typeof state.cadence.from === 'object' && (
        <p class="muted small">
          From the tag {state.cadence.from.tag}: every {state.cadence.cadence.idealDays}–{state.cadence.cadence.maxDays} days.
        </p>
      )}
    </section>
  );
}
