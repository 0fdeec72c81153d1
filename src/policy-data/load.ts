// Reads the policy data (parameters, reforms, YAML tests) from policy/ and hands plain objects to the pure
// domain. The only place the policy engine touches the file system.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DomainError } from '../domain/errors.ts';
import { applyReform, buildParameterSet, type ParameterSet } from '../domain/policy/parameters.ts';

export const POLICY_DIR = fileURLToPath(new URL('../../policy/', import.meta.url));

function readYaml(file: string, path = ''): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw DomainError.invalid([{ path, message: `无法读取文件 ${file} / cannot read file` }]);
  }
  try {
    return parse(text, { merge: true });
  } catch (e) {
    throw DomainError.invalid([
      { path, message: `YAML 有误 / invalid YAML: ${(e as Error).message.split('\n')[0]}` },
    ]);
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The plan's parameter set, read and validated. Called once at start by whoever builds the dependencies
 * (server, CLI, tests): use cases read `deps.policy.parameters`, so nothing here caches.
 */
export function loadParameterSet(dir = join(POLICY_DIR, 'parameters')): ParameterSet {
  const docs: Record<string, unknown> = {};
  for (const f of yamlFiles(dir)) docs[basename(f)] = readYaml(f, basename(f));
  return buildParameterSet(docs);
}

/** The policy part of the dependencies, built once where the dependencies are built (server, CLI, tests). */
export function loadPolicy(): { parameters: ParameterSet } {
  return { parameters: loadParameterSet() };
}

/** A reform file overlaid on the plan's parameters; the whole file is validated before use. */
export function loadReformFile(file: string, base: ParameterSet): ParameterSet {
  return applyReform(base, readYaml(file, 'reform'));
}

/** A shipped reform by name (policy/reforms/NAME.yaml), for the HTTP API which never takes a path. */
export function loadShippedReform(name: string, base: ParameterSet): ParameterSet {
  if (!/^[a-z0-9-]+$/.test(name) || !listShippedReforms().includes(name)) {
    throw DomainError.invalid([{ path: 'reform', message: `没有这个改革方案 / unknown reform: ${name}` }]);
  }
  return loadReformFile(join(POLICY_DIR, 'reforms', `${name}.yaml`), base);
}

export function listShippedReforms(): string[] {
  return yamlFiles(join(POLICY_DIR, 'reforms')).map((f) => basename(f).replace(/\.ya?ml$/, ''));
}

/** Policy test files: file name → parsed YAML document. */
export function loadPolicyTestDocs(dir = join(POLICY_DIR, 'tests')): Record<string, unknown> {
  const docs: Record<string, unknown> = {};
  for (const f of yamlFiles(dir)) docs[basename(f)] = readYaml(f, basename(f));
  return docs;
}

/** A reform by name for policy tests: shipped reforms first, then test-only ones in policy/tests/reforms. */
export function loadTestReform(name: string, base: ParameterSet): ParameterSet {
  if (listShippedReforms().includes(name)) return loadShippedReform(name, base);
  if (!/^[a-z0-9-]+$/.test(name))
    throw DomainError.invalid([{ path: 'reform', message: `bad reform name ${name}` }]);
  return loadReformFile(join(POLICY_DIR, 'tests', 'reforms', `${name}.yaml`), base);
}
