// The contracts of /api/v1/imports (the admin import page, web/src/pages/admin/ImportPage.tsx): an upload is created,
// the contract's CSV files are sent one by one as text/csv bodies (../shared/spec/data-exchange.md), the import is
// started and polled; rejects.csv is downloaded. The answers name the fields the page reads.
import { z } from 'zod';
import { openObject } from '../open-object.ts';

export const uploadIdParams = z.object({ id: z.uuid() });
export const uploadFileParams = uploadIdParams.extend({ name: z.string() });
export const startImportBody = z.object({ skipInvalid: z.boolean().default(false) });

/** An upload: its files, then the import's progress, messages and counts. */
export const uploadViewSchema = openObject({
  id: z.string(),
  state: z.string(),
  error: z.string().nullable(),
  hasRejects: z.boolean(),
});

/** The demo city's loading (public: it holds no personal data). */
export const demoCityStatusSchema = openObject({
  state: z.string(),
  persons: z.number(),
  error: z.string().nullable(),
});
