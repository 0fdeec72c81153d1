// The CLI's JSON input files (eligibility cases, entitlement inputs).
import { readFileSync } from 'node:fs';
import { DomainError } from '../domain/errors.ts';

/** A JSON input file for the CLI; a parse failure is invalid input, not a crash. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw DomainError.invalid([{ path: '', message: `无法读取文件 ${file} / cannot read file` }]);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DomainError('malformed-json', `JSON 格式有误 / malformed JSON: ${(e as Error).message}`, [
      { path: '', message: 'malformed JSON' },
    ]);
  }
}
