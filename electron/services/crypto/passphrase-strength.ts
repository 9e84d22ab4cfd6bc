// The one rule a new passphrase must meet. Kept apart so the UI can show the problem as the user types,
// and so every place that sets a passphrase refuses the same ones.
import { problem, type Problem } from '../../../assessments';
import { WeakPassphraseError } from './errors';

const MIN_CHARACTERS = 8;

export const MIN_PASSPHRASE_CHARACTERS = MIN_CHARACTERS;

/** What is wrong with a new passphrase, or null when it is acceptable. */
export function checkPassphraseStrength(passphrase: string): Problem | null {
  // Characters, not UTF-16 units: "パスワード" is 5 characters whatever its encoding.
  const characters = Array.from(passphrase.normalize('NFC'));
  if (characters.length < MIN_CHARACTERS) return problem('passphrase.too-short', { min: MIN_CHARACTERS });
  if (passphrase.trim().length === 0 || new Set(characters).size === 1) return problem('passphrase.too-simple');
  return null;
}

export function requireStrongPassphrase(passphrase: string): void {
  const found = checkPassphraseStrength(passphrase);
  if (found !== null) throw new WeakPassphraseError(found);
}
