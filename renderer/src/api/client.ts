// The renderer's one way to reach main: a typed call over the preload's `window.mamori` object. A failed
// call becomes an ApiError carrying main's readable message, so screens can show it as it is.
import type { ChannelName } from '../../../electron/ipc/channels';
import type { ChannelInput, ChannelOutputs, MamoriApi } from '../../../electron/ipc/contract';

declare global {
  interface Window {
    mamori?: MamoriApi;
  }
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    /** Set for the errors the UI words itself (see errors.codes in the i18n files). */
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutputs[C]> {
  const api = window.mamori;
  if (!api) throw new ApiError('The Mamori API is not available in this window');
  const send = api[channel] as (input: ChannelInput<C>) => Promise<
    { ok: true; value: ChannelOutputs[C] } | { ok: false; error: string; code?: string }
  >;
  const result = await send(input);
  if (!result.ok) throw new ApiError(result.error, result.code);
  return result.value;
}
