// Identifiers for records the user creates. Random, URL- and file-name-safe, so that a store file can be
// named after its assessment without ever using text the user typed as a path.
import { z } from 'zod';

export const RecordId = z
  .string()
  .regex(/^[a-z0-9]{8,32}$/, 'field.record-id');
export type RecordId = z.infer<typeof RecordId>;

export function newRecordId(random: () => number = Math.random): RecordId {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  for (let i = 0; i < 16; i += 1) id += alphabet[Math.floor(random() * alphabet.length)];
  return id;
}
