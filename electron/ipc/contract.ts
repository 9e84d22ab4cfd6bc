// The IPC contract: every channel's input schema (checked in main before a handler runs) and output type.
// Main's registration, the preload's API object, the renderer's client and the test bridge all derive from
// this one file.
import { z } from 'zod';
import {
  type Answer,
  AnswerInput,
  AnswerKey,
  type Assessment,
  AssessmentDetails,
  type AssessmentSummary,
  type Catalog,
  CatalogId,
  type CatalogSummary,
  EvidenceHash,
  EvidenceName,
  type EvidenceFile,
  Language,
  MAX_CATALOG_BYTES,
  MAX_EVIDENCE_BYTES,
  NewAssessment,
  NewOrganisation,
  type Organisation,
  OrganisationDetails,
  type Problem,
  RecordId,
  ScopingProfile,
  type SignOff,
  SignOffInput,
  type Verdict,
  VerdictInput,
} from '../../assessments';
import { type ActionState, ActionStateInput } from '../../assessments/model/plan-state';
import { optionalLineText } from '../../assessments/model/text';
import type { PolicyCheckView } from '../../assessments/policy/assessment-check';
import { MAX_POLICY_FILE_BYTES } from '../../assessments/policy/input';
import type { AssessmentComparison, TrendPoint } from '../../assessments/compare';
import type { ChannelName } from './channels';
import type { EditionMovePreview, EditionMoveResult } from './shapes';
import { PinnedCatalog } from '../../assessments/model/assessment';
import type { Backup, EncryptionStatus, ImportPreview, ImportResult, Notice } from './shapes';

const NoInput = z.strictObject({});
const Passphrase = z.string().min(8, 'field.too-short').max(1024, 'field.too-long');
/** An import is referred to by a token main handed out when the user chose the file; never by a path. */
const ImportToken = z.string().regex(/^[0-9a-f]{32}$/, 'field.bad-format');
const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4 + 4, 'field.too-long')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'field.base64');
const ById = z.strictObject({ id: RecordId });
const ReportDate = z.iso.date({ error: 'field.date' });
const ReportLanguage = z.enum(['ja', 'en']);
/** A report being rendered or kept for saving is referred to by the id main handed out. */
const JobId = z.string().regex(/^[0-9a-f]{24}$/, 'field.bad-format');
type Saved = { saved: true; file: string; bytes: number } | { saved: false };

export const contract = {
  getAppInfo: { input: NoInput },
  getSettings: { input: NoInput },
  getEncryptionStatus: { input: NoInput },
  unlock: { input: z.strictObject({ passphrase: z.string().min(1, 'passphrase.required').max(1024, 'field.too-long') }) },
  enableEncryption: { input: z.strictObject({ passphrase: Passphrase }) },
  updateSettings: { input: z.strictObject({ language: Language }) },
  listOrganisations: { input: NoInput },
  createOrganisation: { input: NewOrganisation },
  updateOrganisation: { input: z.strictObject({ id: RecordId, details: OrganisationDetails }) },
  deleteOrganisation: { input: ById },
  restoreOrganisation: { input: ById },
  listAssessments: { input: NoInput },
  createAssessment: { input: NewAssessment },
  getAssessment: { input: ById },
  updateAssessment: { input: z.strictObject({ id: RecordId, details: AssessmentDetails }) },
  updateProfile: { input: z.strictObject({ id: RecordId, profile: ScopingProfile }) },
  duplicateAssessment: { input: z.strictObject({ id: RecordId, title: AssessmentDetails.shape.title }) },
  deleteAssessment: { input: ById },
  restoreAssessment: { input: ById },
  emptyTrash: { input: NoInput },
  saveAnswer: { input: z.strictObject({ assessmentId: RecordId, key: AnswerKey, answer: AnswerInput }) },
  attachEvidence: {
    input: z.strictObject({
      assessmentId: RecordId,
      /** The file's name as the user knows it: kept as a label only, never used as a path. */
      name: z.string().min(1).max(1024),
      mediaType: z.union([z.literal(''), z.string().regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, 'field.media-type').max(100)]),
      data: base64(MAX_EVIDENCE_BYTES),
      /** The item to link it to at once (a drop on an item), or none. */
      key: AnswerKey.optional(),
    }),
  },
  linkEvidence: { input: z.strictObject({ assessmentId: RecordId, key: AnswerKey, hash: EvidenceHash, linked: z.boolean() }) },
  renameEvidence: { input: z.strictObject({ assessmentId: RecordId, hash: EvidenceHash, name: EvidenceName }) },
  removeEvidence: { input: z.strictObject({ assessmentId: RecordId, hash: EvidenceHash }) },
  openEvidence: { input: z.strictObject({ assessmentId: RecordId, hash: EvidenceHash }) },
  saveEvidenceCopy: { input: z.strictObject({ assessmentId: RecordId, hash: EvidenceHash }) },
  listBackups: { input: z.strictObject({ assessmentId: RecordId }) },
  restoreBackup: { input: z.strictObject({ assessmentId: RecordId, backupName: z.string().max(120) }) },
  exportAssessment: { input: z.strictObject({ assessmentId: RecordId, passphrase: Passphrase.optional() }) },
  chooseImportFile: { input: NoInput },
  previewImport: { input: z.strictObject({ token: ImportToken, passphrase: Passphrase.optional() }) },
  importAssessment: {
    input: z.strictObject({ token: ImportToken, mode: z.enum(['copy', 'replace']), passphrase: Passphrase.optional() }),
  },
  listNotices: { input: NoInput },
  dismissNotices: { input: NoInput },
  listCatalogs: { input: z.strictObject({ all: z.boolean().optional() }) },
  getCatalog: { input: z.strictObject({ id: CatalogId, version: z.number().int().min(1) }) },
  importCatalog: {
    input: z.strictObject({
      fileName: z.string().min(1).max(255),
      /** The file's bytes, base64: main checks the encoding, never the renderer. */
      data: base64(MAX_CATALOG_BYTES),
    }),
  },
  openExternal: { input: z.strictObject({ url: z.string().max(2048) }) },
  updatePlanAction: { input: z.strictObject({ assessmentId: RecordId, key: AnswerKey, state: ActionStateInput }) },
  /** Auditor mode: the auditor's verdict on an item (null takes it back). */
  saveVerdict: { input: z.strictObject({ assessmentId: RecordId, key: AnswerKey, verdict: VerdictInput.nullable() }) },
  signAssessment: { input: z.strictObject({ assessmentId: RecordId, signOff: SignOffInput }) },
  reopenAssessment: { input: z.strictObject({ id: RecordId, title: AssessmentDetails.shape.title }) },
  exportPlan: { input: z.strictObject({ assessmentId: RecordId, format: z.enum(['csv', 'xlsx']), language: ReportLanguage, reportDate: ReportDate }) },
  startReport: {
    input: z.strictObject({
      assessmentId: RecordId,
      /** `sheets`: the auditor's tear-out sheets, one page per finding (refused when there is no finding). */
      kind: z.enum(['audit', 'plan', 'comparison', 'sheets']),
      /** Another assessment of the organisation: the audit report gains its comparison section; required for a comparison. */
      compareWith: RecordId.optional(),
      /** The report's language, chosen apart from the window's. */
      language: ReportLanguage,
      reportDate: ReportDate,
      /** Japanese-era dates (令和) in a Japanese report. */
      era: z.boolean(),
      /** The confidentiality label printed in the header, e.g. 社外秘; empty for the default. */
      classification: optionalLineText(40),
    }),
  },
  reportProgress: { input: z.strictObject({ jobId: JobId }) },
  saveReport: { input: z.strictObject({ jobId: JobId }) },
  openReport: { input: z.strictObject({ jobId: JobId }) },
  saveStatement: { input: z.strictObject({ assessmentId: RecordId, language: ReportLanguage, format: z.enum(['text', 'markdown']) }) },
  openExample: { input: NoInput },
  choosePolicyFile: { input: NoInput },
  checkPolicy: {
    input: z.strictObject({
      assessmentId: RecordId,
      /** Pasted text (main checks its size in bytes and words the refusal), or a file chosen through main's dialog. */
      source: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('text'), text: z.string().min(1, 'field.required').max(MAX_POLICY_FILE_BYTES, 'field.too-long') }),
        z.strictObject({ kind: z.literal('file'), token: ImportToken }),
      ]),
    }),
  },
  getPolicyCheck: { input: z.strictObject({ assessmentId: RecordId }) },
  removePolicyCheck: { input: z.strictObject({ assessmentId: RecordId }) },
  exportPolicyCheck: { input: z.strictObject({ assessmentId: RecordId, format: z.enum(['json', 'markdown']), language: Language }) },
  previewEditionMove: { input: z.strictObject({ assessmentId: RecordId }) },
  /** The editions the user saw in the preview: the move is refused if they are no longer the newest. */
  moveToEditions: { input: z.strictObject({ assessmentId: RecordId, editions: z.array(PinnedCatalog).min(1).max(20) }) },
  /** Two assessments of one organisation, the older first (the window puts them in date order). */
  compareAssessments: { input: z.strictObject({ olderId: RecordId, newerId: RecordId }) },
  organisationTrend: { input: z.strictObject({ organisationId: RecordId }) },
} as const satisfies Record<ChannelName, { input: z.ZodType }>;

export type AppInfo = { name: string; version: string; dataFolder: string };
export type SettingsValue = { language: Language };

export type ChannelOutputs = {
  getAppInfo: AppInfo;
  getSettings: SettingsValue;
  getEncryptionStatus: EncryptionStatus;
  unlock: EncryptionStatus;
  enableEncryption: EncryptionStatus;
  updateSettings: SettingsValue;
  listOrganisations: Organisation[];
  createOrganisation: Organisation;
  updateOrganisation: Organisation;
  deleteOrganisation: { deletedAt: string };
  restoreOrganisation: Organisation;
  listAssessments: AssessmentSummary[];
  createAssessment: AssessmentSummary;
  getAssessment: Assessment;
  updateAssessment: AssessmentSummary;
  updateProfile: AssessmentSummary;
  duplicateAssessment: AssessmentSummary;
  deleteAssessment: { deletedAt: string };
  restoreAssessment: AssessmentSummary;
  emptyTrash: { assessments: number; organisations: number; evidence: number };
  saveAnswer: Answer;
  attachEvidence: { file: EvidenceFile; answer?: Answer };
  linkEvidence: Answer;
  renameEvidence: EvidenceFile;
  removeEvidence: { removed: string };
  openEvidence: { opened: boolean };
  saveEvidenceCopy: { saved: true; file: string } | { saved: false };
  listBackups: Backup[];
  restoreBackup: { restored: Backup; undo: Backup | null };
  exportAssessment: { saved: true; file: string; bytes: number } | { saved: false };
  chooseImportFile: { chosen: true; token: string; fileName: string; encrypted: boolean } | { chosen: false };
  previewImport: ImportPreview;
  importAssessment: ImportResult;
  listNotices: Notice[];
  dismissNotices: { dismissed: number };
  listCatalogs: CatalogSummary[];
  getCatalog: Catalog;
  importCatalog: CatalogSummary;
  openExternal: { opened: boolean };
  updatePlanAction: ActionState;
  saveVerdict: Verdict | null;
  signAssessment: { summary: AssessmentSummary; signOff: SignOff };
  reopenAssessment: AssessmentSummary;
  exportPlan: (Saved & { saved: true; actions: number }) | { saved: false };
  startReport: { jobId: string };
  reportProgress:
    | { state: 'running'; phase: 'prepare' | 'layout' | 'render' | 'write' | 'done'; fraction: number }
    | { state: 'done'; bytes: number; name: string; savedTo: string | null };
  saveReport: Saved;
  openReport: void;
  saveStatement: Saved;
  openExample: ImportResult;
  choosePolicyFile: { chosen: false } | { chosen: true; token: string; fileName: string };
  checkPolicy: PolicyCheckView;
  getPolicyCheck: PolicyCheckView | null;
  removePolicyCheck: { removed: boolean };
  exportPolicyCheck: { saved: true; file: string; bytes: number } | { saved: false };
  previewEditionMove: EditionMovePreview;
  moveToEditions: EditionMoveResult;
  compareAssessments: AssessmentComparison;
  organisationTrend: TrendPoint[];
};

export type ChannelInput<C extends ChannelName> = z.input<(typeof contract)[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<(typeof contract)[C]['input']>;

/** A failed call carries a Problem for the UI to word in the user's language, and its English text for logs. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; problem: Problem };

/** What main implements: one function per channel, receiving input already checked by the schema. */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutputs[C]> | ChannelOutputs[C];
};

/** What the renderer sees on `window.mamori`. */
export type MamoriApi = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutputs[C]>>;
};
