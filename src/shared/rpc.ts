/** Client side of the messaging contract: validates the request, sends it, validates the reply. */
import browser from './browser';
import { contract, RemoteError, TAG, type Envelope, type In, type Method, type Out } from './messages';

export async function rpc<M extends Method>(method: M, input: In<M>): Promise<Out<M>> {
  const spec = contract[method];
  const parsedInput = spec.input.parse(input);
  const reply = (await browser.runtime.sendMessage({ tag: TAG, method, input: parsedInput })) as
    | Envelope<unknown>
    | undefined;
  if (!reply) throw new RemoteError(method, 'NoReply', 'the background did not answer');
  if (!reply.ok) throw new RemoteError(method, reply.error.name, reply.error.message);
  return spec.output.parse(reply.value) as Out<M>;
}
