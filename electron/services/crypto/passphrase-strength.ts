// The one rule a new passphrase must meet. Kept apart so the UI can show the problem as the user types,
// and so every place that sets a passphrase refuses the same ones.
import { WeakPassphraseError } from './errors';

const MIN_CHARACTERS = 8;

/** A readable problem with a new passphrase, or null when it is acceptable. */
export function checkPassphraseStrength(passphrase: string): string | null {
  // Characters, not UTF-16 units: "パスワード" is 5 characters whatever its encoding.
  const characters = Array.from(passphrase.normalize('NFC'));
  if (characters.length < MIN_CHARACTERS) return `The passphrase must be at least ${MIN_CHARACTERS} characters long.`;
  if (passphrase.trim().length === 0) return 'The passphrase cannot be only spaces.';
  return null;
}

export function requireStrongPassphrase(passphrase: string): void {
  const problem = checkPassphraseStrength(passphrase);
  if (problem !== null) throw new WeakPassphraseError(problem);
}
