// Reading a privacy policy from a file the user chose (app) or named (CLI): the extension says the format,
// the size is checked before a byte is read, the bytes are decoded (UTF-8, UTF-16, Shift_JIS, EUC-JP) and
// the text normalised as the check reads it. Every refusal is a UserError naming the file, in the user's
// language; the file's own name is kept as a label only.
import fs from 'node:fs';
import path from 'node:path';
import {
  decodePolicyBytes,
  isPolicyInputError,
  MAX_POLICY_FILE_BYTES,
  PolicyInputError,
  policyFormatFromFileName,
  readPolicyText,
} from '../../../assessments/policy';
import { policyInputProblem } from '../../../assessments/policy/problems';
import { UserError } from '../errors';

export type PolicyFile = { name: string; text: string };

/** The normalised text of a policy file; `shownAs` is how the file is named in messages (default: its name). */
export function readPolicyFile(file: string, shownAs: string = path.basename(file)): PolicyFile {
  const name = path.basename(file);
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new UserError('import.not-a-file', { file: shownAs });
    const format = policyFormatFromFileName(name);
    if (stat.size > MAX_POLICY_FILE_BYTES) throw new PolicyInputError('policy-file-too-large', { bytes: stat.size, limit: MAX_POLICY_FILE_BYTES });
    return { name, text: readPolicyText(decodePolicyBytes(fs.readFileSync(file)), format) };
  } catch (error) {
    throw asPolicyUserError(error, shownAs);
  }
}

/** A reader's coded error as a UserError (naming the file when there is one); anything else as it is. */
export function asPolicyUserError(error: unknown, file?: string): unknown {
  if (isPolicyInputError(error)) return new UserError(policyInputProblem(error, file));
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (file && (code === 'ENOENT' || code === 'ENOTDIR')) return new UserError('cli.no-such-file', { file });
  if (file && typeof code === 'string' && /^E[A-Z]+$/.test(code)) return new UserError('import.cannot-open', { file, reason: code });
  return error;
}

/** Pasted text, normalised as the check reads it (an HTML page pasted as source is recognised and stripped). */
export function readPolicyPaste(text: string): string {
  try {
    return readPolicyText(text, 'text');
  } catch (error) {
    throw asPolicyUserError(error);
  }
}
