// Every resource's routes, registered in one place. Each module adds one line.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app/context.ts';
import { healthRoutes } from './health/route.ts';
import { authRoutes } from './auth/route.ts';
import { userRoutes } from './users/route.ts';
import { eligibilityRoutes } from './eligibility/route.ts';
import { policyRoutes } from './policy/route.ts';
import { simulationRoutes } from './simulations/route.ts';
import { entitlementRoutes } from './entitlements/route.ts';
import { applicationRoutes } from './applications/route.ts';
import { publicApplicationRoutes } from './applications/public.ts';
import { registryRoutes } from './registry/route.ts';
import { qualityRoutes } from './quality/route.ts';
import { importRoutes } from './imports/route.ts';
import { tokenRoutes } from './tokens/route.ts';
import { accessLogRoutes } from './access-log/route.ts';
import { residenceRoutes } from './residence/route.ts';
import { publicResidenceRoutes } from './residence/public.ts';
import { supervisionRoutes } from './supervision/route.ts';
import { statisticsRoutes } from './statistics/route.ts';

export async function registerRoutes(app: FastifyInstance, deps: AppDeps) {
  await app.register(healthRoutes(deps));
  await app.register(authRoutes(deps));
  await app.register(userRoutes(deps));
  await app.register(eligibilityRoutes(deps));
  await app.register(policyRoutes(deps));
  await app.register(simulationRoutes(deps));
  await app.register(entitlementRoutes(deps));
  await app.register(applicationRoutes(deps));
  await app.register(publicApplicationRoutes(deps));
  await app.register(registryRoutes(deps));
  await app.register(qualityRoutes(deps));
  await app.register(importRoutes(deps));
  await app.register(tokenRoutes(deps));
  await app.register(accessLogRoutes(deps));
  await app.register(residenceRoutes(deps));
  await app.register(publicResidenceRoutes(deps));
  await app.register(supervisionRoutes(deps));
  await app.register(statisticsRoutes(deps));
}
