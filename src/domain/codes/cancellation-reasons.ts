// Why a hukou stops being active. Status words follow spec/data-exchange.md (status active|cancelled,
// cancelled_reason); the legal basis of each is the 户口登记条例 (1958) article or plan clause named here.

export const CANCELLATION_REASONS = {
  death: { zh: '死亡', legalBasis: '户口登记条例 第八条' },
  military: { zh: '服现役', legalBasis: '户口登记条例 第十二条' },
  emigration: { zh: '出国（境）定居', legalBasis: '户口登记条例 第十条' },
  duplicate: { zh: '重复登记', legalBasis: 'T12' },
  'moved-out': { zh: '迁出', legalBasis: '户口登记条例 第十条' },
} as const;

export type CancellationReason = keyof typeof CANCELLATION_REASONS;

/** Reasons recorded by the generic cancellation event; death and move-out have their own events. */
export const CANCEL_EVENT_REASONS = ['military', 'emigration', 'duplicate'] as const;
export type CancelEventReason = (typeof CANCEL_EVENT_REASONS)[number];

/** A person cancelled for one of these may register again by moving in (户口登记条例 第十三条; discharged soldiers, T9). */
export const REACTIVATABLE_REASONS: readonly CancellationReason[] = ['moved-out', 'military'];
