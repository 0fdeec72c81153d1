// The work queue's 比对依据 in words: the kind of evidence as a sentence, and where the pair's name was a common one
// (the scan counted it against, detail.evidence.commonName), the words that say the name match weighed less.
import { describe, expect, it } from 'vitest';
import { evidenceKindText } from '../../../web/src/pages/quality/evidenceWords.ts';
import { messages } from '../../../web/src/pages/quality/messages.ts';

const zh = messages('zh-CN');
const detail = (evidence: Record<string, number>, nameCount?: number) => ({
  evidenceKind: 'other-county-number',
  evidence,
  ...(nameCount === undefined ? {} : { nameCount }),
});

describe('比对依据 in words', () => {
  it('says a common name weighed less, with how many hold it, only where the scan counted it against', () => {
    const plain = evidenceKindText(detail({ name: 1 }, 40), zh);
    expect(plain).toBe(zh['evidence.kind.other-county-number']);
    const common = evidenceKindText(detail({ name: 1, commonName: 0.6 }, 812), zh);
    expect(common).toContain(zh['evidence.kind.other-county-number']);
    expect(common).toContain('常见姓名（全市 812 人同名）');
    expect(common).toContain('证明力较弱');
    expect(evidenceKindText(detail({ name: 1, commonName: 0.6 }, 812), messages('en'))).toContain(
      '812 persons in the register',
    );
    expect(evidenceKindText({ evidence: { name: 1 } }, zh)).toBeNull();
  });
});
