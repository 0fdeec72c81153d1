// Kysely row types of the API-token table (src/db/migrations/0610_api_tokens.sql).
import type { Generated } from 'kysely';

export interface ApiTokenTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  hint: string;
  department: string;
  jurisdiction: string;
  scopes: string[];
  created_by: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface TokenTables {
  api_token: ApiTokenTable;
}
