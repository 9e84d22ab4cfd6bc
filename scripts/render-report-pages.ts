// Renders the sample full report (Japanese and English) and the stand-alone plan to
// tests/.artifacts/reports/*.pdf, and every page to PNG with pdftoppm, so a person can look at each page.
// Usage: npx tsx scripts/render-report-pages.ts [--era] [--auditor] [--dpi 60]
//   --era      dates in the Japanese era (令和) in the Japanese documents
//   --auditor  also an audit report with what auditor mode adds (verdicts, content hash, comparison)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { auditReportDefinition } from '../electron/services/reports/audit-report';
import { planReportDefinition } from '../electron/services/reports/plan-report';
import { renderPdf } from '../electron/services/reports/render';
import { buildSampleModel } from '../tests/reports/sample-model';

const outDir = path.resolve(import.meta.dirname, '../tests/.artifacts/reports');
const era = process.argv.includes('--era');
const auditor = process.argv.includes('--auditor');
const dpiAt = process.argv.indexOf('--dpi');
const dpi = dpiAt > 0 ? Number(process.argv[dpiAt + 1]) : 60;

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

fs.mkdirSync(outDir, { recursive: true });
const png = hasPdftoppm();
if (!png) console.log('pdftoppm is not installed (Debian: apt-get install poppler-utils): writing PDFs only.');

const documents = [
  ...(['ja', 'en'] as const).flatMap((language) => (['audit', 'plan'] as const).map((kind) => ({ language, kind, auditor: false }))),
  ...(auditor ? (['ja', 'en'] as const).map((language) => ({ language, kind: 'audit' as const, auditor: true })) : []),
];

for (const { language, kind, auditor: withAuditor } of documents) {
  const model = buildSampleModel({ language, size: 'full', kind, era, auditor: withAuditor });
  const definition = kind === 'audit' ? auditReportDefinition(model) : planReportDefinition(model);
  const started = performance.now();
  const pdf = await renderPdf(definition);
  const took = performance.now() - started;
  const name = `${withAuditor ? 'auditor' : kind}-${language}`;
  const file = path.join(outDir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  let pages = 0;
  if (png) {
    for (const old of fs.readdirSync(outDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) fs.rmSync(path.join(outDir, old));
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, path.join(outDir, name)]);
    pages = fs.readdirSync(outDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).length;
  }
  console.log(`${file}: ${(pdf.length / 1024).toFixed(0)} KB, rendered in ${took.toFixed(0)} ms${png ? `, ${pages} pages as PNG` : ''}`);
}
