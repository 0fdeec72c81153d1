// Use cases of the admin import page: create an upload, receive the contract's CSV files, start the import (the
// same as `hukou import`, run in the background), show its progress, hand out rejects.csv. The uploads themselves
// are the import engine's (src/jobs/import/uploads.ts); these are what the API may call. The route checks the
// registry.import permission before each.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import {
  createUpload,
  getUpload,
  publicView,
  receiveFile,
  rejectsPath,
  startImport,
} from '../../jobs/import/uploads.ts';
import type { AppDeps } from '../context.ts';

export type UploadView = ReturnType<typeof publicView>;

export function createImportUpload(): UploadView {
  return publicView(createUpload());
}

export async function receiveImportFile(id: string, name: string, body: Readable): Promise<UploadView> {
  return publicView(await receiveFile(id, name, body));
}

export function startUploadedImport(
  deps: AppDeps,
  id: string,
  options: { skipInvalid: boolean; actor: string },
): UploadView {
  return publicView(startImport(deps.database, id, options));
}

export function showImport(id: string): UploadView {
  return publicView(getUpload(id));
}

/** The rows the import refused, as CSV (not-found before the import has finished with rejects). */
export function openRejects(id: string): Readable {
  return createReadStream(rejectsPath(id));
}
