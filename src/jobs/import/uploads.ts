// Imports started from the web (admin import page): an upload is a temporary directory that receives the contract's
// files one by one, then runs the same import as the CLI in the background, with its progress and rejects kept for
// the page to read. Uploads are held in memory (one server); their files are removed an hour after they finish.
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { DomainError } from '../../domain/errors.ts';
import { EXCHANGE_FILES } from '../../domain/exchange/columns.ts';
import type { Database } from '../../db/connection.ts';
import { ProgressTracker, type ProgressState } from '../progress.ts';
import { importDirectory, REJECTS_FILE, type ImportResult } from './run.ts';

export const UPLOADABLE: string[] = Object.values(EXCHANGE_FILES).map((f) => f.file);
const MAX_MESSAGES = 200;

export interface Upload {
  id: string;
  dir: string;
  files: string[];
  state: 'receiving' | 'importing' | 'committed' | 'failed';
  progress: ProgressState | null;
  result: ImportResult | null;
  messages: string[];
  error: string | null;
}

const uploads = new Map<string, Upload>();

export function createUpload(): Upload {
  const upload: Upload = {
    id: randomUUID(),
    dir: mkdtempSync(join(tmpdir(), 'hukou-upload-')),
    files: [],
    state: 'receiving',
    progress: null,
    result: null,
    messages: [],
    error: null,
  };
  uploads.set(upload.id, upload);
  return upload;
}

export function getUpload(id: string): Upload {
  const u = uploads.get(id);
  if (!u) throw new DomainError('not-found', '没有这个上传 / no such upload');
  return u;
}

export async function receiveFile(id: string, name: string, body: Readable): Promise<Upload> {
  const u = getUpload(id);
  if (u.state !== 'receiving')
    throw new DomainError('conflict', '导入已开始，不能再上传 / the import has started');
  if (!UPLOADABLE.includes(name))
    throw DomainError.invalid([{ path: 'name', message: `文件名应为 ${UPLOADABLE.join('、')} 之一` }]);
  await pipeline(body, createWriteStream(join(u.dir, name)));
  if (!u.files.includes(name)) u.files.push(name);
  return u;
}

export function startImport(
  database: Database,
  id: string,
  options: { skipInvalid: boolean; actor: string },
): Upload {
  const u = getUpload(id);
  if (u.state !== 'receiving') throw new DomainError('conflict', '导入已开始 / the import has started');
  if (u.files.length === 0)
    throw DomainError.invalid([{ path: 'files', message: '请先上传文件 / upload files first' }]);
  u.state = 'importing';
  const progress = new ProgressTracker((s) => (u.progress = s), 500);
  void importDirectory(database, {
    dir: u.dir,
    actor: options.actor,
    skipInvalid: options.skipInvalid,
    progress,
    onReject: (m) => {
      if (u.messages.length < MAX_MESSAGES) u.messages.push(m);
    },
  })
    .then((result) => {
      u.result = result;
      u.state = result.status;
    })
    .catch((e: unknown) => {
      u.state = 'failed';
      u.error = e instanceof Error ? e.message : String(e);
    })
    .finally(() => setTimeout(() => rmSync(u.dir, { recursive: true, force: true }), 3600_000).unref());
  return u;
}

export function rejectsPath(id: string): string {
  const u = getUpload(id);
  if (!u.result?.rejectsFile) throw new DomainError('not-found', '没有错误行 / no rejected rows');
  return join(u.dir, REJECTS_FILE);
}

export function publicView(u: Upload) {
  return {
    id: u.id,
    files: u.files,
    state: u.state,
    progress: u.progress,
    messages: u.messages,
    error: u.error,
    counts: u.result?.counts ?? null,
    hasRejects: Boolean(u.result?.rejectsFile),
  };
}
