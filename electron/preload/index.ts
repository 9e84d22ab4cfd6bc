// The preload: exposes exactly one object, `window.mamori`, with one function per contract channel. It never
// forwards an arbitrary channel name: the names come from the contract's channel list alone.
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, channelNames } from '../ipc/channels';
import type { MamoriApi } from '../ipc/contract';

function buildApi(): MamoriApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of channelNames) {
    api[channel] = (input: unknown) => ipcRenderer.invoke(channel, input);
  }
  return Object.freeze(api) as unknown as MamoriApi;
}

contextBridge.exposeInMainWorld(API_GLOBAL, buildApi());
