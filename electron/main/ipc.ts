// Registers one ipcMain handler per contract channel. Each call is checked for its sender before anything
// else, then validated and run by the shared dispatcher. Registering a channel twice is a bug and throws.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../ipc/channels';
import type { Handlers } from '../ipc/contract';
import { problem } from '../../assessments';
import { dispatch, failure } from '../ipc/dispatch';
import { isTrustedSender, type TrustedSenders } from '../ipc/sender';

const registered = new Set<string>();

export function registerIpcHandlers(handlers: Handlers, trusted: TrustedSenders): void {
  for (const channel of channelNames) {
    if (registered.has(channel)) throw new Error(`IPC channel ${channel} registered twice`);
    registered.add(channel);
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event, trusted)) {
        console.warn(`[ipc] refused ${channel} from an untrusted sender (${event.senderFrame?.url ?? 'no frame'})`);
        return failure(problem('ipc.untrusted-sender'));
      }
      return dispatch(handlers, channel, input, (message, error) => console.error(`[ipc] ${message}`, error ?? ''));
    });
  }
}
