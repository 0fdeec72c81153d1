// The key of a public verification page (a residence permit card, a 准予迁入证明): 128 random bits in the QR
// code, so no document can be found by counting or trying numbers, and a reissued document gets a new key.
import { randomBytes } from 'node:crypto';

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** 128 random bits, base64url (22 characters). */
export function newVerifyToken(): string {
  return randomBytes(16).toString('base64url');
}

/** The shape of a token: anything else is "not found" without a database read. */
export function isVerifyToken(s: string): boolean {
  return TOKEN.test(s);
}
