// Catalogs for the window: the list (newest editions, or all), one catalog in full (the pinned version an
// assessment is answered against), and importing a user's own catalog file. Also the one way out to the web:
// vetted https links only.
import type { Handlers } from '../../ipc/contract';
import { UserError } from '../errors';
import { isVettedExternalUrl } from '../external-links';
import type { HandlerContext } from './context';

type Catalogs = Pick<Handlers, 'listCatalogs' | 'getCatalog' | 'importCatalog' | 'openExternal'>;

export function catalogHandlers({ session, openLink }: HandlerContext): Catalogs {
  const { catalogs } = session;
  return {
    listCatalogs: ({ all }) => (all ? catalogs.listAll() : catalogs.list()),
    getCatalog: ({ id, version }) => catalogs.getVersion(id, version),
    importCatalog: ({ fileName, data }) => catalogs.importCatalog(fileName, Buffer.from(data, 'base64')),
    openExternal: async ({ url }) => {
      if (!isVettedExternalUrl(url)) throw new UserError('link.refused', { url: url.slice(0, 200) });
      await openLink(url);
      return { opened: true };
    },
  };
}
