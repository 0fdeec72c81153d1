// Cross-site request forgery guard. A state-changing request (POST, PUT, PATCH, DELETE) that carries the session
// cookie must come from a page of this server: its Origin (or, failing that, its Referer) must name this server's
// own host or one listed in HUKOU_ALLOWED_ORIGINS. Requests without the session cookie (anonymous public
// endpoints, API tokens in an Authorization header) carry no ambient authority a forged page could borrow, so they
// pass. The SameSite=strict cookie already stops most forgeries; this is the second lock for older browsers and
// for same-site neighbours (another app on a sibling subdomain).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../domain/errors.ts';
import { SESSION_COOKIE } from './auth.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host[:port] an Origin or Referer names, or null when absent or unreadable ("null" origins included). */
export function hostOf(header: string | undefined): string | null {
  if (!header || header === 'null') return null;
  try {
    return withoutDefaultPort(new URL(header).host.toLowerCase());
  } catch {
    return null;
  }
}

// URL drops a scheme's default port and a Host header may keep it: compare without :80 and :443 on either side.
function withoutDefaultPort(host: string): string {
  return host.replace(/:(80|443)$/, '');
}

export function originAllowed(request: FastifyRequest, allowed: ReadonlySet<string>): boolean {
  const origin = request.headers.origin ?? request.headers.referer;
  const host = hostOf(Array.isArray(origin) ? origin[0] : origin);
  if (host === null) return false;
  return host === withoutDefaultPort(request.host.toLowerCase()) || allowed.has(host);
}

export const originCheckPlugin = fp(
  async (app: FastifyInstance, opts: { allowedOrigins: readonly string[] }) => {
    const allowed = new Set(opts.allowedOrigins.map((o) => hostOf(o) ?? o.toLowerCase()));
    app.addHook('onRequest', async (request) => {
      if (SAFE_METHODS.has(request.method) || !request.cookies[SESSION_COOKIE]) return;
      if (!originAllowed(request, allowed)) {
        throw new DomainError(
          'forbidden',
          '请求来源不被允许 / cross-site request refused (Origin does not match this server)',
          [{ path: 'Origin', message: '来源须为本系统页面 / must be this server' }],
        );
      }
    });
  },
);
