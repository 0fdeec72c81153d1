// Uploaded materials: type and size checked against parameters, content stored with its SHA-256, append-only.
import { createHash, randomUUID } from 'node:crypto';
import { uploadSchema } from '../../domain/applications/schema.ts';
import { DomainError } from '../../domain/errors.ts';
import { nameOf } from '../../domain/access/principal.ts';
import { checkAttachment, localDate } from '../../domain/applications/index.ts';
import { resolveParameter } from '../../domain/policy/parameters.ts';
import { findApplication } from '../../db/repositories/applications/applications.ts';
import { findAttachment, insertAttachment } from '../../db/repositories/applications/records.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { auditActor, requirePermitted, type AppDeps, type RequestContext } from '../context.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { RESOURCE, requireCaseWorker } from './common.ts';

const OPEN_FOR_MATERIALS = ['draft', 'submitted', 'under-review', 'supplement-requested', 'resubmitted'];

export async function uploadAttachment(deps: AppDeps, ctx: RequestContext, id: string, raw: unknown) {
  const body = parseOrThrow(uploadSchema, raw);
  const db = deps.database.db;
  const row = await findApplication(db, id);
  if (!row) throw DomainError.notFound('申请 / application');
  requirePermitted(
    ctx,
    'applications.intake',
    row.station_code,
    '只有迁入地派出所可以收取材料 / only the destination station takes materials',
  );
  if (!OPEN_FOR_MATERIALS.includes(row.state))
    throw new DomainError('conflict', '申请已办结，不能再上传材料 / the application is closed');
  const now = deps.now();
  const set = deps.policy.parameters;
  const asOf = localDate(now);
  const bytes = Buffer.from(body.contentBase64, 'base64');
  checkAttachment(body.mediaType, bytes, {
    maxBytes: resolveParameter(set, 'applications.attachmentMaxBytes', asOf, row.county_code).value as number,
    mediaTypes: resolveParameter(set, 'applications.attachmentTypes', asOf, row.county_code)
      .value as string[],
  });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const attachment = {
    id: randomUUID(),
    application_id: id,
    county_code: row.county_code,
    material_code: body.materialCode,
    file_name: body.fileName,
    media_type: body.mediaType,
    size_bytes: bytes.length,
    sha256,
    content: bytes,
    uploaded_by: nameOf(ctx.principal),
    uploaded_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await insertAttachment(trx, attachment);
    await recordAudit(trx, {
      ...auditActor(ctx),
      action: 'applications.attach',
      resourceType: RESOURCE,
      resourceId: id,
      countyCode: row.county_code,
      detail: { materialCode: body.materialCode, sha256 },
    });
  });
  return { id: attachment.id, materialCode: body.materialCode, sizeBytes: bytes.length, sha256 };
}

export async function readAttachment(deps: AppDeps, ctx: RequestContext, id: string, attachmentId: string) {
  const db = deps.database.db;
  const row = await findApplication(db, id);
  if (!row) throw DomainError.notFound('申请 / application');
  requireCaseWorker(ctx, row);
  const a = await findAttachment(db, id, attachmentId);
  if (!a) throw DomainError.notFound('材料 / attachment');
  await recordAudit(db, {
    ...auditActor(ctx),
    action: 'applications.read-attachment',
    resourceType: RESOURCE,
    resourceId: id,
    countyCode: row.county_code,
    detail: { attachmentId },
  });
  return a;
}
