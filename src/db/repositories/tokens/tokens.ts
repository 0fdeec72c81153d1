// API tokens: stored by hash; looked up by hash on every request that carries one.
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../schema.ts';
import type { ApiTokenTable } from '../../tables/tokens.ts';

export type TokenRow = Selectable<ApiTokenTable>;

export interface NewTokenRow {
  name: string;
  tokenHash: string;
  hint: string;
  department: string;
  jurisdiction: string;
  scopes: readonly string[];
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}

export async function insertToken(db: Kysely<DB>, t: NewTokenRow): Promise<number> {
  const r = await db
    .insertInto('api_token')
    .values({
      name: t.name,
      token_hash: t.tokenHash,
      hint: t.hint,
      department: t.department,
      jurisdiction: t.jurisdiction,
      scopes: [...t.scopes],
      created_by: t.createdBy,
      created_at: t.createdAt,
      expires_at: t.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function findTokenByHash(db: Kysely<DB>, tokenHash: string): Promise<TokenRow | undefined> {
  return db.selectFrom('api_token').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function listTokenRows(db: Kysely<DB>): Promise<TokenRow[]> {
  return db.selectFrom('api_token').selectAll().orderBy('id', 'desc').execute();
}

/** Sets revoked_at once; returns the row, or undefined when there is no such token. */
export async function markRevoked(db: Kysely<DB>, id: number, at: Date): Promise<TokenRow | undefined> {
  await db
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
  return db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
}
