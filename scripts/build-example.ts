// Builds the example assessment that ships with Mamori (assessments/examples/sakura-mihon-2026.mamori) from
// its readable spec (assessments/examples/sakura-mihon.yaml): the organisation, the scoping profile, an
// answer for every applicable item of the three built-in catalogs, the evidence files (generated here: text,
// CSV, a small PNG floor plan and a one-page PDF certificate) and the plan states. Deterministic: the same
// spec and catalogs give the same bytes. The result is checked the way an import checks a file
// (checkExportDocument) before it is written.
// Beside it, the same assessment audited and signed off (assessments/examples/sakura-mihon-2026-audit.mamori,
// from sakura-mihon-audit.yaml): the auditor's verdicts and the sign-off sealed with sealOf, checked to
// verify as intact (checkSeal) exactly as `mamori verify` reads the file.
//   npx tsx scripts/build-example.ts [--check]   (--check: build and compare with the files, write nothing)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import YAML from 'yaml';
import {
  type Answer,
  ASSESSMENT_SCHEMA_VERSION,
  type Assessment,
  type Catalog,
  checkSeal,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  itemApplies,
  type Organisation,
  parseCatalogText,
  type ScopingProfile,
  sealOf,
  type Verdict,
  type VerdictCode,
} from '../assessments';
import type { ActionState } from '../assessments/model/plan-state';
import { checkExportDocument } from '../electron/services/exchange/import-file';
import { renderPdf } from '../electron/services/reports/render';
import { FONT_FAMILY } from '../electron/services/reports/fonts';

const root = path.resolve(import.meta.dirname, '..');
const specFile = path.join(root, 'assessments/examples/sakura-mihon.yaml');
export const exampleFile = path.join(root, 'assessments/examples/sakura-mihon-2026.mamori');
const auditSpecFile = path.join(root, 'assessments/examples/sakura-mihon-audit.yaml');
export const auditExampleFile = path.join(root, 'assessments/examples/sakura-mihon-2026-audit.mamori');

/** Where a built-in catalog edition's YAML is: `assessments/catalogs/<id>@<version>.yaml`. */
export function catalogSource(id: string, version: number): string {
  const file = path.join(root, 'assessments/catalogs', `${id}@${version}.yaml`);
  if (!fs.existsSync(file) || parseCatalog(file).version !== version) throw new Error(`catalog ${id}@${version} is not among the built-in editions (assessments/catalogs)`);
  return file;
}

function parseCatalog(file: string): Catalog {
  const result = parseCatalogText(fs.readFileSync(file, 'utf8'), path.basename(file));
  if (!result.ok) throw new Error(`${file} is not a valid catalog: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.catalog;
}

export function loadCatalog(id: string, version: number): Catalog {
  return parseCatalog(catalogSource(id, version));
}

type AnswerSpec = string | { status: Answer['status']; note?: string; reason?: string; alternative?: string; evidence?: string[]; flagged?: boolean };
type EvidenceSpec = {
  name: string;
  mediaType: string;
  addedAt: string;
  text?: string;
  png?: 'floor-plan';
  pdf?: { title: string; lines: string[] };
};
type PlanSpec = { owner?: string; dueDate?: string; status: ActionState['status']; reason?: string; effort?: ActionState['effort']; notes?: string };
type Spec = {
  organisation: Omit<Organisation, 'deletedAt'>;
  assessment: {
    id: string;
    title: string;
    assessor: string;
    periodFrom: string;
    periodTo: string;
    status: Assessment['status'];
    createdAt: string;
    exportedAt: string;
    catalogs: { id: string; version: number }[];
    profile: ScopingProfile;
  };
  evidence: EvidenceSpec[];
  answers: Record<string, Record<string, AnswerSpec>>;
  plan: Record<string, PlanSpec>;
};

// --- Evidence files ---------------------------------------------------------------------------------------

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A small floor plan of the head office: the areas the entry-control answers talk about, in flat colours. */
function floorPlanPng(): Buffer {
  const width = 240;
  const height = 150;
  const pixels = Buffer.alloc(width * height * 3, 0xff);
  const fill = (x0: number, y0: number, x1: number, y1: number, rgb: [number, number, number]) => {
    for (let y = y0; y < y1; y += 1) for (let x = x0; x < x1; x += 1) pixels.set(rgb, (y * width + x) * 3);
  };
  const box = (x0: number, y0: number, x1: number, y1: number, rgb: [number, number, number]) => {
    fill(x0, y0, x1, y1, [60, 60, 60]);
    fill(x0 + 2, y0 + 2, x1 - 2, y1 - 2, rgb);
  };
  box(0, 0, width, height, [250, 250, 250]); // the floor
  box(10, 10, 70, 60, [220, 220, 220]); // reception (visitors stop here)
  box(70, 10, 170, 90, [255, 243, 191]); // handling area: sales and general affairs desks
  box(170, 10, 230, 60, [255, 201, 201]); // management area: locked rack with the NAS, locked cabinets
  box(170, 60, 230, 140, [211, 249, 216]); // meeting room (My Number work, door closed)
  box(10, 90, 170, 140, [231, 245, 255]); // warehouse sample room
  fill(36, 58, 48, 62, [250, 250, 250]); // door: reception → floor
  fill(172, 30, 176, 42, [176, 0, 32]); // door with lock: management area
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) pixels.copy(rows, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-page certificate in Japanese, with the report fonts (subset) and a fixed date, so its bytes never change. */
async function certificatePdf(spec: { title: string; lines: string[] }, date: string): Promise<Buffer> {
  const day = new Date(`${date.slice(0, 10)}T00:00:00.000Z`);
  return renderPdf({
    pageSize: 'A5',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 40],
    info: { title: spec.title, creator: 'example', producer: 'example', creationDate: day, modDate: day },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.4 },
    content: [{ text: spec.title, fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 16] }, ...spec.lines.map((text) => ({ text, margin: [0, 0, 0, 4] as [number, number, number, number] }))],
  });
}

async function evidenceBytes(spec: EvidenceSpec): Promise<Buffer> {
  if (spec.text !== undefined) return Buffer.from(spec.text, 'utf8');
  if (spec.png === 'floor-plan') return floorPlanPng();
  if (spec.pdf) return certificatePdf(spec.pdf, spec.addedAt);
  throw new Error(`evidence ${spec.name}: give text, png or pdf`);
}

// --- The export -------------------------------------------------------------------------------------------

/** An instant between two days, spread by position: answers are dated across the assessment period. */
function spreadInstant(from: string, to: string, index: number, count: number): string {
  const start = Date.parse(`${from}T00:00:00.000Z`);
  const end = Date.parse(`${to}T00:00:00.000Z`);
  const day = Math.floor(((end - start) / 86_400_000) * (index / Math.max(1, count)));
  return new Date(start + day * 86_400_000 + (1 + (index % 8)) * 3_600_000 + (index % 60) * 60_000).toISOString();
}

export async function buildExample(): Promise<{ doc: ExportDocument; text: string; catalogs: Catalog[] }> {
  const spec = YAML.parse(fs.readFileSync(specFile, 'utf8')) as Spec;
  const { assessment: a } = spec;
  const catalogs = a.catalogs.map((c) => loadCatalog(c.id, c.version));

  const files = await Promise.all(spec.evidence.map(async (e) => ({ spec: e, bytes: await evidenceBytes(e) })));
  const hashOf = new Map(files.map((f) => [f.spec.name, createHash('sha256').update(f.bytes).digest('hex')]));
  const evidenceRecords = Object.fromEntries(
    files.map((f) => {
      const hash = hashOf.get(f.spec.name)!;
      return [hash, { hash, name: f.spec.name, size: f.bytes.length, mediaType: f.spec.mediaType, addedAt: f.spec.addedAt }];
    }),
  );

  const answers: Record<string, Answer> = {};
  const problems: string[] = [];
  const total = catalogs.reduce((n, c) => n + c.domains.reduce((m, d) => m + d.items.length, 0), 0);
  let index = 0;
  for (const catalog of catalogs) {
    const given = spec.answers[catalog.id] ?? {};
    const known = new Set(catalog.domains.flatMap((d) => d.items.map((i) => i.id)));
    for (const id of Object.keys(given)) if (!known.has(id)) problems.push(`${catalog.id}: no item ${id}`);
    for (const item of catalog.domains.flatMap((d) => d.items)) {
      const raw = given[item.id];
      const applies = itemApplies(item.appliesWhen, a.profile);
      index += 1;
      if (!applies) {
        if (raw !== undefined) problems.push(`${catalog.id}/${item.id} is out of scope for this profile but answered`);
        continue;
      }
      if (raw === undefined) {
        problems.push(`${catalog.id}/${item.id} applies but is not answered`);
        continue;
      }
      const answer = typeof raw === 'string' ? { status: raw as Answer['status'] } : raw;
      const evidence = (answer.evidence ?? []).map((name) => {
        const hash = hashOf.get(name);
        if (!hash) problems.push(`${catalog.id}/${item.id}: no evidence file ${name}`);
        return hash ?? '';
      });
      answers[`${catalog.id}/${item.id}`] = {
        status: answer.status,
        note: answer.note ?? '',
        reason: answer.reason ?? '',
        alternative: answer.alternative ?? '',
        flagged: answer.flagged ?? false,
        evidence,
        updatedAt: spreadInstant(a.periodFrom, a.periodTo, index, total),
      };
    }
  }

  const catalogOfItem = new Map(catalogs.flatMap((c) => c.domains.flatMap((d) => d.items.map((i) => [i.id, c.id] as const))));
  const plan: Record<string, ActionState> = {};
  Object.entries(spec.plan).forEach(([itemId, p], i) => {
    const catalogId = catalogOfItem.get(itemId);
    if (!catalogId) {
      problems.push(`plan: no item ${itemId}`);
      return;
    }
    plan[`${catalogId}/${itemId}`] = {
      owner: p.owner ?? '',
      dueDate: p.dueDate ?? '',
      status: p.status,
      reason: p.reason ?? '',
      effort: p.effort ?? null,
      notes: p.notes ?? '',
      updatedAt: new Date(Date.parse(`${a.periodTo}T06:00:00.000Z`) + i * 60_000).toISOString(),
    };
  });
  if (problems.length > 0) throw new Error(`The example spec does not fit the catalogs:\n${problems.join('\n')}`);

  const stamps = [...Object.values(answers).map((x) => x.updatedAt), ...Object.values(plan).map((x) => x.updatedAt), a.createdAt].sort();
  const assessment: Assessment = {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    id: a.id,
    organisationId: spec.organisation.id,
    title: a.title,
    assessor: a.assessor,
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    status: a.status,
    copyOf: null,
    catalogs: a.catalogs,
    profile: a.profile,
    answers,
    evidence: evidenceRecords,
    plan,
    createdAt: a.createdAt,
    updatedAt: stamps.at(-1)!,
  };
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const doc: ExportDocument = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: a.exportedAt,
    app: { name: 'Mamori', version },
    organisation: spec.organisation,
    assessment,
    // Built-in catalogs are never carried in the file: the receiving app uses its own copy.
    catalogs: a.catalogs.map((c) => ({ id: c.id, version: c.version, source: 'built-in' as const })),
    evidence: files.map((f) => ({ ...evidenceRecords[hashOf.get(f.spec.name)!]!, data: f.bytes.toString('base64') })),
  };
  // Pretty-printed, so a change to the example reads as a diff; checked exactly as an import would.
  const text = `${JSON.stringify(doc, null, 1)}\n`;
  checkExportDocument(JSON.parse(text), path.basename(exampleFile));
  return { doc, text, catalogs };
}

// --- The signed-off audit ---------------------------------------------------------------------------------

type AuditSpec = {
  assessment: { id: string; title: string; exportedAt: string };
  signOff: { assessor: string; reviewer: string; date: string; signedAt: string };
  auditDays: string[];
  verdicts: Record<string, { code: VerdictCode; comment?: string; evidenceChecked?: string[] }>;
};

/** The example audited: the same answers, the auditor's verdicts, and a sign-off sealing all of it. */
export async function buildAuditExample(base: ExportDocument): Promise<{ doc: ExportDocument; text: string }> {
  const spec = YAML.parse(fs.readFileSync(auditSpecFile, 'utf8')) as AuditSpec;
  const answered = base.assessment.answers;
  const hashOf = new Map(Object.values(base.assessment.evidence).map((e) => [e.name, e.hash]));
  const problems: string[] = [];
  const entries = Object.entries(spec.verdicts);
  const verdicts: Record<string, Verdict> = {};
  entries.forEach(([itemId, v], i) => {
    // Item ids carry their catalog's prefix, so an id names one answer across the three catalogs.
    const key = Object.keys(answered).find((k) => k.endsWith(`/${itemId}`));
    if (!key) {
      problems.push(`verdict on ${itemId}: the example does not answer it`);
      return;
    }
    const evidenceChecked = (v.evidenceChecked ?? []).map((name) => {
      const hash = hashOf.get(name);
      if (!hash || !answered[key]!.evidence.includes(hash)) problems.push(`${key}: checked evidence ${name} is not linked to the answer`);
      return hash ?? '';
    });
    // The verdicts are spread over the audit days, in the order of the spec, from 10:00 JST.
    const day = spec.auditDays[Math.floor((i * spec.auditDays.length) / entries.length)]!;
    const updatedAt = new Date(Date.parse(`${day}T01:00:00.000Z`) + (i % 6) * 40 * 60_000).toISOString();
    verdicts[key] = { code: v.code, comment: v.comment ?? '', evidenceChecked, updatedAt };
  });
  if (problems.length > 0) throw new Error(`The audit spec does not fit the example:\n${problems.join('\n')}`);

  const { signedAt, ...names } = spec.signOff;
  const audited: Assessment = { ...base.assessment, id: spec.assessment.id, title: spec.assessment.title, verdicts, updatedAt: signedAt };
  const assessment: Assessment = { ...audited, signOff: await sealOf(audited, names, signedAt) };
  const doc: ExportDocument = { ...base, exportedAt: spec.assessment.exportedAt, assessment };
  const text = `${JSON.stringify(doc, null, 1)}\n`;
  // Read back as an import and `mamori verify` read it: the seal must hold on what the reader sees.
  const check = await checkSeal(checkExportDocument(JSON.parse(text), path.basename(auditExampleFile)).assessment);
  if (check.state !== 'intact') throw new Error(`the audit example does not verify: ${JSON.stringify(check)}`);
  return { doc, text };
}

async function main(): Promise<void> {
  const { doc, text, catalogs } = await buildExample();
  const audit = await buildAuditExample(doc);
  const codes = new Map<string, number>();
  for (const verdict of Object.values(audit.doc.assessment.verdicts ?? {})) codes.set(verdict.code, (codes.get(verdict.code) ?? 0) + 1);
  const statuses = new Map<string, number>();
  for (const answer of Object.values(doc.assessment.answers)) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  const summary = [
    `${path.relative(root, exampleFile)}: ${Buffer.byteLength(text)} bytes`,
    `catalogs: ${catalogs.map((c) => `${c.id}@${c.version}`).join(', ')}`,
    `answers: ${Object.keys(doc.assessment.answers).length} (${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')})`,
    `notes: ${Object.values(doc.assessment.answers).filter((x) => x.note).length}, evidence files: ${doc.evidence.length}, plan states: ${Object.keys(doc.assessment.plan).length}`,
    `${path.relative(root, auditExampleFile)}: ${Buffer.byteLength(audit.text)} bytes`,
    `verdicts: ${codes.size > 0 ? [...codes].map(([c, n]) => `${c} ${n}`).join(', ') : 'none'}`,
    `signed off: ${audit.doc.assessment.signOff?.date}, content hash ${audit.doc.assessment.signOff?.contentHash}`,
  ];
  const outputs = [
    { file: exampleFile, text },
    { file: auditExampleFile, text: audit.text },
  ];
  if (process.argv.includes('--check')) {
    const same = outputs.every((o) => fs.existsSync(o.file) && fs.readFileSync(o.file, 'utf8') === o.text);
    console.log(same ? `up to date\n${summary.join('\n')}` : 'the examples are out of date: run npx tsx scripts/build-example.ts');
    process.exitCode = same ? 0 : 1;
    return;
  }
  for (const o of outputs) fs.writeFileSync(o.file, o.text);
  console.log(summary.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
