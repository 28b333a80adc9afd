import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const servicesDir = fileURLToPath(new URL('../../server/src/services', import.meta.url));

/**
 * The first words that make a service file a verb file: `list-cases.ts` holds the verb `listCases` and nothing else
 * a caller can run. A file whose name starts with any other word (`errors.ts`, `rollup-sql.ts`, `day-ranges.ts`) is a
 * helper module and may export several things.
 */
const verbs = new Set([
  'accept',
  'add',
  'alert',
  'answer',
  'approve',
  'audit',
  'build',
  'bulk', // bulk-approve
  'change',
  'check',
  'claim',
  'collect',
  'compare',
  'complete',
  'connect',
  'count',
  'create',
  'delete',
  'deliver',
  'describe',
  'diff',
  'disconnect',
  'draft',
  'drop',
  'edit',
  'enqueue',
  'ensure',
  'export',
  'find',
  'finish',
  'get',
  'group',
  'has',
  'import',
  'ingest',
  'invite',
  'issue',
  'launch',
  'list',
  'load',
  'mark',
  'move',
  'normalize',
  'open',
  'parse',
  'plan',
  'poll',
  'post',
  'prepare',
  'preview',
  'queue',
  'raise',
  'read',
  'rebuild',
  'reconnect',
  'record',
  'refresh',
  'refuse',
  'regenerate',
  'reject',
  'release',
  'remove',
  'render',
  'restore',
  'retry',
  'revise',
  'revoke',
  'rotate',
  'run',
  'save',
  'select',
  'send',
  'set',
  'settle',
  'sign',
  'stamp',
  'start',
  'store',
  'tag',
  'test',
  'track',
  'try',
  'undo',
  'unsubscribe',
  'update',
  'withdraw',
  'write',
]);

/** Names whose first word is a noun there, not a verb: helper modules, like any other noun-named file. */
const nounNames = new Set([
  'alert-settings', // the stored alert settings: defaults and the row they are written to
  'alert-worker', // the alert worker's loop
  'send-policy', // what a kind of message checks around its send (the type, and the feedback policy)
  'sign-in-limiter', // the sign-in throttle's policies and counters
]);

/**
 * Runtime exports a verb file keeps beside its verb, each with the file that still imports it from there.
 */
const extraExports: Record<string, string[]> = {
  // tests/support/account-links.ts reads stored texts with it; it moves to outbox/stored-mail.ts with that import.
  'outbox/deliver-sms.ts': ['isStoredSms'],
};

/** Whether a service file's name (without `.ts`) starts with a verb. */
function isVerbName(baseName: string): boolean {
  if (nounNames.has(baseName)) return false;
  return verbs.has(baseName.split('-')[0] ?? '');
}

/** `list-open-cases` → `listOpenCases`. */
function camelCaseOf(baseName: string): string {
  return baseName.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function isExported(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

/** The names of what a module exports that exists at run time (types and interfaces left out). */
function runtimeExports(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names: string[] = [];
  for (const s of file.statements) {
    if (ts.isExportAssignment(s)) names.push('default');
    else if (ts.isExportDeclaration(s) && !s.isTypeOnly) {
      if (!s.exportClause) names.push('*');
      else if (ts.isNamespaceExport(s.exportClause)) names.push(s.exportClause.name.text);
      else for (const e of s.exportClause.elements) if (!e.isTypeOnly) names.push(e.name.text);
    } else if (!isExported(s)) continue;
    else if (ts.isVariableStatement(s))
      for (const d of s.declarationList.declarations) names.push(d.name.getText(file));
    else if (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s))
      names.push(s.name?.text ?? 'default');
  }
  return [...new Set(names)];
}

/** Why a service file breaks the rule, or null when it keeps it. */
function checkServiceFile(fileName: string, source: string): string | null {
  const baseName = path.basename(fileName, '.ts');
  if (!isVerbName(baseName)) return null;
  const allowed = extraExports[fileName] ?? [];
  const exported = runtimeExports(fileName, source).filter((name) => !allowed.includes(name));
  const expected = camelCaseOf(baseName);
  if (exported.length === 1 && exported[0] === expected) return null;
  return `${fileName} exports [${exported.join(', ')}], expected only ${expected}`;
}

async function serviceFiles(): Promise<string[]> {
  const entries = await readdir(servicesDir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(servicesDir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('a verb-named service file holds one verb', () => {
  it('finds every verb file under server/src/services exporting only the function it is named after', async () => {
    const offenders: string[] = [];
    for (const file of await serviceFiles()) {
      const problem = checkServiceFile(file, await readFile(path.join(servicesDir, file), 'utf8'));
      if (problem) offenders.push(problem);
    }
    expect(
      offenders,
      'Move each other verb to its own <verb>.ts and shared helpers to a noun-named module in the same area',
    ).toEqual([]);
  });

  it('keeps no stale entry in the list of extra exports', async () => {
    const stale: string[] = [];
    for (const [file, names] of Object.entries(extraExports)) {
      const exported = runtimeExports(file, await readFile(path.join(servicesDir, file), 'utf8'));
      for (const name of names) if (!exported.includes(name)) stale.push(`${file}: ${name}`);
    }
    expect(stale).toEqual([]);
  });

  it('passes a verb file with one function and any number of types', () => {
    const source = [
      "import { db } from '../db.ts';",
      'export type CaseView = { id: string };',
      'export interface CaseFilter { stage?: string }',
      "export type { Stage } from './stages.ts';",
      'const pageSize = 50;',
      'function toView(row: CaseView): CaseView { return row; }',
      'export async function listCases(filter: CaseFilter): Promise<CaseView[]> { return []; }',
    ].join('\n');
    expect(checkServiceFile('cases/list-cases.ts', source)).toBeNull();
  });

  it('refuses a verb file that exports a second function or a constant', () => {
    const twoVerbs = 'export function listCases() {}\nexport async function getCase() {}';
    expect(checkServiceFile('cases/list-cases.ts', twoVerbs)).toBe(
      'cases/list-cases.ts exports [listCases, getCase], expected only listCases',
    );
    const withConstant = 'export const PAGE_SIZE = 50;\nexport function listCases() {}';
    expect(checkServiceFile('cases/list-cases.ts', withConstant)).toBe(
      'cases/list-cases.ts exports [PAGE_SIZE, listCases], expected only listCases',
    );
    const reExport = "export { getCase } from './get-case.ts';\nexport function listCases() {}";
    expect(checkServiceFile('cases/list-cases.ts', reExport)).toContain('[getCase, listCases]');
  });

  it('refuses a verb file whose one export is not named after the file', () => {
    expect(checkServiceFile('cases/move-case.ts', 'export const shiftCase = () => {};')).toBe(
      'cases/move-case.ts exports [shiftCase], expected only moveCase',
    );
    expect(checkServiceFile('cases/move-case.ts', 'export type Move = string;')).toBe(
      'cases/move-case.ts exports [], expected only moveCase',
    );
  });

  it('lets a listed extra export through, and only that one', () => {
    const listed = 'export function isStoredSms() {}\nexport async function deliverSms() {}';
    expect(checkServiceFile('outbox/deliver-sms.ts', listed)).toBeNull();
    const another = `${listed}\nexport const maxSegments = 3;`;
    expect(checkServiceFile('outbox/deliver-sms.ts', another)).toBe(
      'outbox/deliver-sms.ts exports [deliverSms, maxSegments], expected only deliverSms',
    );
  });

  it('lets a noun-named helper module export several things', () => {
    const source = 'export class DomainError extends Error {}\nexport const notFound = () => {};';
    expect(checkServiceFile('errors.ts', source)).toBeNull();
    expect(checkServiceFile('cases/case-fields.ts', source)).toBeNull();
  });
});
