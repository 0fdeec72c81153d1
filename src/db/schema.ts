// The whole database as Kysely sees it: each module declares its tables in src/db/tables/<module>.ts and
// adds them here, so no module edits another's types.
import type { FoundationTables } from './tables/foundation.ts';
import type { RegistryTables } from './tables/registry.ts';
import type { ApplicationTables } from './tables/applications.ts';
import type { QualityTables } from './tables/quality.ts';
import type { ImportTables } from './tables/import.ts';
import type { TokenTables } from './tables/tokens.ts';
import type { SecurityTables } from './tables/security.ts';
import type { ResidenceTables } from './tables/residence.ts';
import type { SupervisionTables } from './tables/supervision.ts';
import type { StatisticsTables } from './tables/statistics.ts';

export interface DB
  extends
    FoundationTables,
    RegistryTables,
    ApplicationTables,
    QualityTables,
    ImportTables,
    TokenTables,
    SecurityTables,
    ResidenceTables,
    SupervisionTables,
    StatisticsTables {}
