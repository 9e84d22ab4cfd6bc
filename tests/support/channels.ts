// Calling the IPC channels the way the window does (through the dispatcher, input checked), for service tests:
// `call` expects success and returns the value; `refusal` expects a refusal and returns its code and message.
import { expect } from 'vitest';
import type { ChannelName } from '../../electron/ipc/channels';
import type { ChannelInput, ChannelOutputs, Handlers } from '../../electron/ipc/contract';
import { dispatch } from '../../electron/ipc/dispatch';

export async function call<C extends ChannelName>(t: { handlers: Handlers }, channel: C, input: ChannelInput<C>): Promise<ChannelOutputs[C]> {
  const result = await dispatch(t.handlers, channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error), { problem: result.problem });
  return result.value as ChannelOutputs[C];
}

export async function refusal(t: { handlers: Handlers }, channel: ChannelName, input: unknown): Promise<{ code: string; message: string }> {
  const result = await dispatch(t.handlers, channel, input as never);
  expect(result.ok, `${channel} should be refused`).toBe(false);
  return result.ok ? { code: '', message: '' } : { code: result.problem.code, message: result.error };
}
