// Shared by the policy-check tests: the built-in catalogs, the fixture policies and their hand-written
// expected statuses.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type Catalog, parseCatalogText } from '../../assessments';
import { type ElementStatus, type PolicyFormat, policyFormatFromFileName } from '../../assessments/policy';

export const root = path.resolve(import.meta.dirname, '../..');
export const ownFixtureDir = path.join(root, 'tests/fixtures/policy-check');
export const sharedFixtureDir = path.resolve(root, '../shared/fixtures/policies');
export const hasSharedFixtures = fs.existsSync(sharedFixtureDir);

export function builtInCatalogs(): Catalog[] {
  const dir = path.join(root, 'assessments/catalogs');
  return fs.readdirSync(dir).flatMap((file) => {
    const result = parseCatalogText(fs.readFileSync(path.join(dir, file), 'utf8'), file);
    return result.ok ? [result.catalog] : [];
  });
}

export type ExpectedPolicy = { policy: string; elements: Record<string, { status: ElementStatus; reason: string }> };

/** The expected files, each with the policy it describes (own fixtures, then the shared ones when present). */
export function expectedPolicies(): Array<ExpectedPolicy & { file: string; format: PolicyFormat }> {
  const dir = path.join(ownFixtureDir, 'expected');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ExpectedPolicy)
    .map((e) => {
      const own = path.join(ownFixtureDir, e.policy);
      const file = fs.existsSync(own) ? own : path.join(sharedFixtureDir, e.policy);
      return { ...e, file, format: policyFormatFromFileName(e.policy) };
    })
    .filter((e) => fs.existsSync(e.file));
}

export function readPolicyFile(file: string): string {
  return fs.readFileSync(file, 'utf8');
}
