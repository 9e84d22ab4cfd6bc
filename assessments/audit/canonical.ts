// The content a sign-off seals, in one canonical form, and its SHA-256. The same content always gives the
// same text, byte for byte, on every machine:
//
//   JSON (RFC 8259) with no insignificant whitespace, object keys in ascending UTF-16 order at every level,
//   strings exactly as stored (no normalisation), numbers as JSON.stringify writes them, of the value
//   {
//     "catalogs": [{"id","version"}…]            the pinned editions, by id
//     "evidence": [{"hash","mediaType","name","size"}…]   every evidence file, by hash
//     "format": "mamori-signoff/1"
//     "items": {"<catalog>/<item>": {"answer": {"alternative","evidence":[hash…sorted],"flagged","note",
//               "reason","status"} | null, "verdict": {"code","comment","evidenceChecked":[hash…sorted]} |
//               null}…}                           every item with an answer or a verdict, by key
//     "profile": {the eleven scoping answers}
//     "signOff": {"assessor","date","reviewer"}
//   }
//
// encoded as UTF-8; the content hash is the SHA-256 of those bytes, in lower-case hex. Times of change
// (updatedAt) are left out: when something was typed does not change what was signed.
//
// Beside the content hash, a sign-off keeps short hashes of each part (each item's answer, note, evidence
// links and verdict; the profile, the catalogs, the evidence files, the names), so that a check can say what
// changed, not only that something did. Anyone who can edit the file can also recompute every hash in it:
// the seal is tamper-evident against the hash printed on the signed report, not a cryptographic signature.
import type { ScopingProfile } from '../catalog/scoping';
import type { Answer } from '../model/answer';
import type { EvidenceFile } from '../model/evidence';
import type { Assessment } from '../model/assessment';
import { SIGN_OFF_FORMAT, type SignOff, type Verdict } from '../model/audit';

export const CANONICAL_FORMAT = SIGN_OFF_FORMAT;

export type SignOffNames = { assessor: string; reviewer: string; date: string };

export type SignableContent = {
  catalogs: readonly { id: string; version: number }[];
  profile: ScopingProfile;
  answers: Readonly<Record<string, Answer | Omit<Answer, 'updatedAt'>>>;
  evidence: Readonly<Record<string, EvidenceFile>>;
  verdicts: Readonly<Record<string, Verdict>>;
  signOff: SignOffNames;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with keys sorted at every level and no whitespace. */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
}

const sorted = (list: readonly string[]) => [...list].sort();
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function answerPart(answer: SignableContent['answers'][string] | undefined): Json {
  if (!answer) return null;
  return { alternative: answer.alternative, evidence: sorted(answer.evidence), flagged: answer.flagged, note: answer.note, reason: answer.reason, status: answer.status };
}

function verdictPart(verdict: Verdict | undefined): Json {
  if (!verdict) return null;
  return { code: verdict.code, comment: verdict.comment, evidenceChecked: sorted(verdict.evidenceChecked) };
}

/** Every item with an answer or a verdict, by key. */
export function signedKeys(content: SignableContent): string[] {
  return [...new Set([...Object.keys(content.answers), ...Object.keys(content.verdicts)])].sort(byString);
}

export function canonicalValue(content: SignableContent): Json {
  const items: Record<string, Json> = {};
  for (const key of signedKeys(content)) items[key] = { answer: answerPart(content.answers[key]), verdict: verdictPart(content.verdicts[key]) };
  return {
    catalogs: [...content.catalogs].sort((a, b) => byString(a.id, b.id)).map((c) => ({ id: c.id, version: c.version })),
    evidence: Object.values(content.evidence)
      .sort((a, b) => byString(a.hash, b.hash))
      .map((e) => ({ hash: e.hash, mediaType: e.mediaType, name: e.name, size: e.size })),
    format: CANONICAL_FORMAT,
    items,
    profile: { ...content.profile } as Json,
    signOff: { assessor: content.signOff.assessor, date: content.signOff.date, reviewer: content.signOff.reviewer },
  };
}

export function canonicalText(content: SignableContent): string {
  return canonicalJson(canonicalValue(content));
}

/** SHA-256 in lower-case hex, with the platform's Web Crypto (the same in the window, main and the CLI). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The parts a check names when they differ: per item, its answer, note, evidence links and verdict. */
export type PartHashes = {
  catalogs: string;
  profile: string;
  evidence: string;
  signOff: string;
  items: Record<string, { answer: string; note: string; evidence: string; verdict: string }>;
};

/** A short hash of a part: 16 hex digits, enough to tell which part changed (the content hash seals the whole). */
async function short(value: Json): Promise<string> {
  return (await sha256Hex(canonicalJson(value))).slice(0, 16);
}

export async function partHashes(content: SignableContent): Promise<PartHashes> {
  const value = canonicalValue(content) as { catalogs: Json; profile: Json; evidence: Json; signOff: Json };
  const items: PartHashes['items'] = {};
  for (const key of signedKeys(content)) {
    const answer = content.answers[key];
    items[key] = {
      answer: await short(answer ? { alternative: answer.alternative, flagged: answer.flagged, reason: answer.reason, status: answer.status } : null),
      note: await short(answer ? answer.note : null),
      evidence: await short(answer ? sorted(answer.evidence) : null),
      verdict: await short(verdictPart(content.verdicts[key])),
    };
  }
  return { catalogs: await short(value.catalogs), profile: await short(value.profile), evidence: await short(value.evidence), signOff: await short(value.signOff), items };
}

export type ContentChange =
  | { part: 'catalogs' | 'profile' | 'evidence-files' | 'sign-off' }
  | { part: 'answer' | 'note' | 'evidence' | 'verdict'; key: string }
  | { part: 'item-added' | 'item-removed'; key: string };

/** What differs between the parts as signed and as they are now, item parts in key order. */
export function changesBetween(signed: PartHashes, now: PartHashes): ContentChange[] {
  const changes: ContentChange[] = [];
  if (signed.catalogs !== now.catalogs) changes.push({ part: 'catalogs' });
  if (signed.profile !== now.profile) changes.push({ part: 'profile' });
  if (signed.evidence !== now.evidence) changes.push({ part: 'evidence-files' });
  if (signed.signOff !== now.signOff) changes.push({ part: 'sign-off' });
  const keys = [...new Set([...Object.keys(signed.items), ...Object.keys(now.items)])].sort(byString);
  for (const key of keys) {
    const before = signed.items[key];
    const after = now.items[key];
    if (!before) changes.push({ part: 'item-added', key });
    else if (!after) changes.push({ part: 'item-removed', key });
    else for (const part of ['answer', 'note', 'evidence', 'verdict'] as const) if (before[part] !== after[part]) changes.push({ part, key });
  }
  return changes;
}

/** The content hash a sign-off records: SHA-256 of the canonical text. */
export function contentHashOf(content: SignableContent): Promise<string> {
  return sha256Hex(canonicalText(content));
}

/** What a sign-off seals of an assessment, with the names and day given at signing. */
export function signableOf(assessment: Assessment, names: SignOffNames): SignableContent {
  return {
    catalogs: assessment.catalogs,
    profile: assessment.profile,
    answers: assessment.answers,
    evidence: assessment.evidence,
    verdicts: assessment.verdicts ?? {},
    signOff: { assessor: names.assessor, reviewer: names.reviewer, date: names.date },
  };
}

/** The sign-off record for an assessment signed now by these names. */
export async function sealOf(assessment: Assessment, names: SignOffNames, signedAt: string): Promise<SignOff> {
  const content = signableOf(assessment, names);
  return { ...names, signedAt, format: SIGN_OFF_FORMAT, contentHash: await contentHashOf(content), parts: await partHashes(content) };
}

export type SealCheck =
  | { state: 'unsigned' }
  | { state: 'intact'; contentHash: string }
  | { state: 'changed'; contentHash: string; recomputed: string; changes: ContentChange[] };

/** Recomputes the hash of a signed assessment and says whether it is what was signed, and if not, what changed. */
export async function checkSeal(assessment: Assessment): Promise<SealCheck> {
  const seal = assessment.signOff;
  if (!seal) return { state: 'unsigned' };
  const content = signableOf(assessment, seal);
  const recomputed = await contentHashOf(content);
  if (recomputed === seal.contentHash) return { state: 'intact', contentHash: recomputed };
  const changes = changesBetween(seal.parts, await partHashes(content));
  return { state: 'changed', contentHash: seal.contentHash, recomputed, changes };
}
