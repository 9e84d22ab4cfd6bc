// App information, the language setting, and encryption of the data folder.
import type { Handlers } from '../../ipc/contract';
import type { HandlerContext } from './context';

type Settings = Pick<Handlers, 'getAppInfo' | 'getSettings' | 'updateSettings' | 'getEncryptionStatus' | 'unlock' | 'enableEncryption' | 'listNotices' | 'dismissNotices'>;

export function settingsHandlers({ session, appVersion }: HandlerContext): Settings {
  return {
    getAppInfo: () => ({ name: 'Mamori', version: appVersion, dataFolder: session.root }),
    getSettings: () => ({ language: session.language() }),
    updateSettings: ({ language }) => ({ language: session.setLanguage(language) }),
    getEncryptionStatus: () => session.status(),
    unlock: async ({ passphrase }) => {
      await session.unlock(passphrase);
      return session.status();
    },
    enableEncryption: async ({ passphrase }) => {
      await session.enableEncryption(passphrase);
      return session.status();
    },
    listNotices: () => session.workspace().notices.list(),
    dismissNotices: () => {
      const dismissed = session.workspace().notices.list().length;
      session.workspace().notices.clear();
      return { dismissed };
    },
  };
}
