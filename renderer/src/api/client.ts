// The renderer's one way to reach main: a typed call over the preload's `window.mamori` object. A failed
// call becomes an ApiError carrying main's Problem, which screens word in the user's language (errorText).
import type { ChannelName } from '../../../electron/ipc/channels';
import type { ChannelInput, ChannelOutputs, MamoriApi } from '../../../electron/ipc/contract';
import type { Problem } from '../../../assessments';

declare global {
  interface Window {
    mamori?: MamoriApi;
  }
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** What went wrong, as data: worded by errorText in the user's language. */
    readonly problem: Problem,
    /** main's English wording, for logs. */
    message: string,
  ) {
    super(message);
  }
}

export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutputs[C]> {
  const api = window.mamori;
  if (!api) throw new ApiError({ code: 'ipc.unreachable' }, 'The Mamori API is not available in this window');
  const send = api[channel] as (input: ChannelInput<C>) => Promise<
    { ok: true; value: ChannelOutputs[C] } | { ok: false; error: string; problem: Problem }
  >;
  let result;
  try {
    result = await send(input);
  } catch (error) {
    // The bridge between window and main failed (not a refusal by main): say so, never a raw stack.
    throw new ApiError({ code: 'ipc.unreachable' }, error instanceof Error ? error.message : String(error));
  }
  if (!result.ok) throw new ApiError(result.problem, result.error);
  return result.value;
}
