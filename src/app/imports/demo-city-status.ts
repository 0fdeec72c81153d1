// Use case: how far the demo city's generation and import have come (public: it holds no personal data).
import { demoCityStatus, type DemoCityStatus } from '../../jobs/demo-city.ts';

export function showDemoCityStatus(): DemoCityStatus {
  return demoCityStatus;
}
