// The messages between generate.ts and the rendering worker.
import type { ReportErrorCode } from './errors';
import type { ReportModel } from './model';
import type { RenderProgress } from './render';

export type WorkerRequest = { id: number; model: ReportModel };

export type WorkerReply =
  | { id: number; type: 'progress'; progress: RenderProgress }
  | { id: number; type: 'done'; pdf: Uint8Array }
  | { id: number; type: 'error'; code: ReportErrorCode; params: Record<string, string> }
  | { id: number; type: 'error'; reason: string };
