// Whether the data folder is encrypted and locked, and the two things the user can do about it: unlock it
// with the passphrase, or turn encryption on. Main holds the key; the renderer never sees it.
import { create } from 'zustand';
import type { ChannelOutputs } from '../../../electron/ipc/contract';
import { call } from '../api/client';

export type EncryptionStatus = ChannelOutputs['getEncryptionStatus'];

export type SecurityState = {
  status: EncryptionStatus | null;
  check(): Promise<EncryptionStatus>;
  unlock(passphrase: string): Promise<void>;
  enableEncryption(passphrase: string): Promise<void>;
};

export const useSecurityStore = create<SecurityState>((set) => ({
  status: null,
  async check() {
    const status = await call('getEncryptionStatus', {});
    set({ status });
    return status;
  },
  async unlock(passphrase) {
    set({ status: await call('unlock', { passphrase }) });
  },
  async enableEncryption(passphrase) {
    set({ status: await call('enableEncryption', { passphrase }) });
  },
}));
