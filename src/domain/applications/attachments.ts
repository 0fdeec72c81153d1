// Uploaded materials: the declared type must be allowed and match the file's first bytes, the size must be
// within the limit (both parameters); the content is stored with its SHA-256.
import { DomainError } from '../errors.ts';

const SIGNATURES: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46], // %PDF
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
};

export interface AttachmentLimits {
  maxBytes: number;
  mediaTypes: readonly string[];
}

export function checkAttachment(mediaType: string, bytes: Uint8Array, limits: AttachmentLimits): void {
  if (!limits.mediaTypes.includes(mediaType)) {
    throw DomainError.invalid([
      { path: 'mediaType', message: `仅接受 ${limits.mediaTypes.join('、')} / type not accepted` },
    ]);
  }
  if (bytes.length === 0) throw DomainError.invalid([{ path: 'content', message: '文件为空 / empty file' }]);
  if (bytes.length > limits.maxBytes) {
    throw DomainError.invalid([
      {
        path: 'content',
        message: `文件超过 ${Math.floor(limits.maxBytes / 1024 / 1024)} MB / file too large`,
      },
    ]);
  }
  const sig = SIGNATURES[mediaType];
  if (sig && !sig.every((b, i) => bytes[i] === b)) {
    throw DomainError.invalid([
      { path: 'content', message: '文件内容与声明的类型不符 / content does not match the declared type' },
    ]);
  }
}
