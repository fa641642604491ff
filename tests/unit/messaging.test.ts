import { describe, expect, it, vi } from 'vitest';
import { contract, TAG } from '../../src/shared/messages';
import { dispatch, type Handlers } from '../../src/shared/serve';


const item = {
  id: 'mastodon:mastodon.social/1',
  site: 'mastodon',
  kind: 'post',
  author: { handle: 'bob@fosstodon.org' },
  url: 'https://mastodon.social/@bob/1',
  text: 'hi',
};
const sender = { id: 'ext' };

function handlersWith(over: Partial<Handlers>): Handlers {
  const fail = async () => {
    throw new Error('not expected');
  };
  return new Proxy(over, { get: (t, k) => (t as Record<string, unknown>)[k as string] ?? fail }) as Handlers;
}

describe('dispatch', () => {
  it('ignores messages that are not ours', async () => {
    expect(await dispatch(contract, handlersWith({}), { hello: 1 }, sender)).toBeUndefined();
    expect(await dispatch(contract, handlersWith({}), 'text', sender)).toBeUndefined();
  });

  it('runs the handler with validated, defaulted input and wraps the value', async () => {
    const pageItems = vi.fn(async () => ({ states: [] }));
    const reply = await dispatch(contract, 
      handlersWith({ 'page.items': pageItems }),
      { tag: TAG, method: 'page.items', input: { host: 'mastodon.social', url: 'https://mastodon.social/home', items: [item] } },
      sender,
    );
    expect(reply).toEqual({ ok: true, value: { states: [] } });
    expect((pageItems.mock.calls as unknown as unknown[][])[0]?.[0]).toMatchObject({ items: [{ ...item, mentions: [], hashtags: [], author: { name: '' } }] });
  });

  it('rejects invalid input with the reason, without running the handler', async () => {
    const pageItems = vi.fn();
    const bad = { ...item, id: 'javascript:alert(1)', url: 'javascript:alert(1)' };
    const reply = await dispatch(contract, 
      handlersWith({ 'page.items': pageItems }),
      { tag: TAG, method: 'page.items', input: { host: 'mastodon.social', url: 'https://mastodon.social/', items: [bad] } },
      sender,
    );
    expect(reply).toMatchObject({ ok: false, error: { name: 'InvalidInput' } });
    expect(reply && !reply.ok && reply.error.message).toMatch(/items\.0\.id/);
    expect(pageItems).not.toHaveBeenCalled();
  });

  it('cuts over-long page text instead of storing it whole', async () => {
    const pageItems = vi.fn(async () => ({ states: [] }));
    await dispatch(contract, 
      handlersWith({ 'page.items': pageItems }),
      { tag: TAG, method: 'page.items', input: { host: 'mastodon.social', url: 'https://mastodon.social/', items: [{ ...item, text: 'x'.repeat(50_000) }] } },
      sender,
    );
    const calls = pageItems.mock.calls as unknown as [{ items: { text: string }[] }][];
    expect(calls[0]![0].items[0]!.text).toHaveLength(4000);
  });

  it('reports unknown methods and handler failures as errors', async () => {
    expect(await dispatch(contract, handlersWith({}), { tag: TAG, method: 'nope', input: {} }, sender)).toMatchObject({
      ok: false,
      error: { name: 'UnknownMethod' },
    });
    const failing = handlersWith({
      'items.done': async () => {
        throw new TypeError('disk full');
      },
    });
    expect(await dispatch(contract, failing, { tag: TAG, method: 'items.done', input: { id: item.id } }, sender)).toEqual({
      ok: false,
      error: { name: 'TypeError', message: 'disk full' },
    });
  });
});
