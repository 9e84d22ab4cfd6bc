// Runs one IPC call: refuses unknown channels, checks the input against the channel's schema, runs the
// handler and turns every outcome into a Result with a message a person can read. Shared by Electron's
// main process and the test bridge, so the renderer is tested against exactly this validation.
import type { z } from 'zod';
import { isUserError } from '../services/errors';
import { type ChannelName, channelNames } from './channels';
import { contract, type Handlers, type Result } from './contract';

const known = new Set<string>(channelNames);

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && known.has(name);
}

export function describeInputError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
      return issue.code === 'unrecognized_keys'
        ? `${where}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : `${where}: ${issue.message}`;
    })
    .join('; ');
}

export type DispatchLog = (message: string, error?: unknown) => void;

export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  log: DispatchLog = () => {},
): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    log(`refused call to unknown channel ${String(channel)}`);
    return { ok: false, error: `Unknown request "${String(channel)}"` };
  }
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    const message = describeInputError(parsed.error);
    log(`refused ${channel}: ${message}`);
    return { ok: false, error: `Invalid ${channel} request: ${message}` };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (isUserError(error)) return error.code ? { ok: false, error: error.message, code: error.code } : { ok: false, error: error.message };
    log(`${channel} failed`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Something went wrong in ${channel}: ${detail}` };
  }
}
