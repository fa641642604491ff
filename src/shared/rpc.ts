/** Client side of the messaging contracts: validates the request, sends it, validates the reply. */
import browser from './browser';
import { contract, RemoteError, TAG, tabContract, type Contract, type Envelope, type In, type Method, type Out, type TabContract } from './messages';

async function call<C extends Contract, M extends Method<C>>(spec: C, method: M, input: In<M, C>, send: (msg: unknown) => Promise<unknown>): Promise<Out<M, C>> {
  const { input: inSchema, output } = spec[method]!;
  const reply = (await send({ tag: TAG, method, input: inSchema.parse(input) })) as Envelope<unknown> | undefined;
  if (!reply) throw new RemoteError(method, 'NoReply', 'nothing answered');
  if (!reply.ok) throw new RemoteError(method, reply.error.name, reply.error.message);
  return output.parse(reply.value) as Out<M, C>;
}

/** Asks the background. */
export function rpc<M extends Method>(method: M, input: In<M>): Promise<Out<M>> {
  return call(contract, method, input, (msg) => browser.runtime.sendMessage(msg));
}

/** Asks the content script in a tab. */
export function rpcTab<M extends Method<TabContract>>(tabId: number, method: M, input: In<M, TabContract>): Promise<Out<M, TabContract>> {
  return call(tabContract, method, input, (msg) => browser.tabs.sendMessage(tabId, msg));
}
