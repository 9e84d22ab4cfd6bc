// Runs one IPC call: refuses unknown channels, checks the input against the channel's schema, runs the
// handler and turns every outcome into a Result with a Problem the renderer words in the user's language.
// Shared by Electron's main process and the test bridge, so the renderer is tested against exactly this
// validation.
import { firstFieldProblem, formatProblem, problem, type Problem } from '../../assessments';
import { isUserError } from '../services/errors';
import { type ChannelName, channelNames } from './channels';
import { contract, type Handlers, type Result } from './contract';

const known = new Set<string>(channelNames);

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && known.has(name);
}

export type DispatchLog = (message: string, error?: unknown) => void;

export function failure(p: Problem): Result<never> {
  return { ok: false, error: formatProblem(p, 'en'), problem: p };
}

export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  log: DispatchLog = () => {},
): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    log(`refused call to unknown channel ${String(channel).slice(0, 100)}`);
    return failure(problem('ipc.unknown-channel', { channel: String(channel).slice(0, 100) }));
  }
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    const found = firstFieldProblem(parsed.error, rawInput);
    log(`refused ${channel}: ${formatProblem(found, 'en')}`);
    return failure(problem('ipc.invalid-input', { channel, problem: found }));
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (isUserError(error)) return failure(error.problem);
    log(`${channel} failed`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return failure(problem('ipc.unexpected', { channel, detail }));
  }
}
