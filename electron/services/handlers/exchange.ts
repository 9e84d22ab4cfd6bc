// Moving assessments in and out: export to a .mamori file (the user picks where), import one (the user
// picks which; the window only ever holds a token for it, never its path), with a preview first.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../ipc/contract';
import { UserError } from '../errors';
import { applyImport, previewImport } from '../exchange/apply-import';
import { buildExport, suggestedExportName, writeExportFile } from '../exchange/export-file';
import { isEncryptedExport, readExportFile, refuseBrokenSeal } from '../exchange/import-file';
import type { HandlerContext } from './context';

type Exchange = Pick<Handlers, 'exportAssessment' | 'chooseImportFile' | 'previewImport' | 'importAssessment'>;

export function exchangeHandlers({ session, appVersion, random, chooseExportPath, chooseImportPath }: HandlerContext): Exchange {
  const ws = () => session.workspace();
  const importTokens = new Map<string, string>();
  const fileOf = (token: string) => {
    const file = importTokens.get(token);
    if (!file) throw new UserError('import.choose-again');
    return file;
  };
  const noDialog = async (): Promise<never> => {
    throw new UserError('ipc.no-dialog');
  };
  return {
    exportAssessment: async ({ assessmentId, passphrase }) => {
      const doc = buildExport(ws(), session.catalogs, assessmentId, appVersion);
      const file = await (chooseExportPath ?? noDialog)(suggestedExportName(doc.assessment.title, doc.exportedAt));
      if (!file) return { saved: false };
      const bytes = await writeExportFile(file, doc, passphrase);
      return { saved: true, file, bytes };
    },
    chooseImportFile: async () => {
      const file = await (chooseImportPath ?? noDialog)();
      if (!file) return { chosen: false };
      const token = crypto.randomBytes(16).toString('hex');
      importTokens.set(token, file);
      const head = Buffer.alloc(16);
      const fd = fs.openSync(file, 'r');
      try {
        fs.readSync(fd, head, 0, 16, 0);
      } finally {
        fs.closeSync(fd);
      }
      return { chosen: true, token, fileName: path.basename(file), encrypted: isEncryptedExport(head) };
    },
    previewImport: async ({ token, passphrase }) => {
      const doc = await readExportFile(fileOf(token), passphrase);
      await refuseBrokenSeal(doc, path.basename(fileOf(token)));
      return previewImport(ws(), session.catalogs, doc);
    },
    importAssessment: async ({ token, mode, passphrase }) => {
      const doc = await readExportFile(fileOf(token), passphrase);
      await refuseBrokenSeal(doc, path.basename(fileOf(token)));
      const result = applyImport(ws(), session.catalogs, doc, mode, random);
      importTokens.delete(token);
      return result;
    },
  };
}
