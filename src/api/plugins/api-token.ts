// Department systems authenticate with an API token (Authorization: Bearer hkt_…) instead of a session cookie. Runs
// after the session plugin: a request with a token acts as the token's principal (authenticate-token.ts) — unknown,
// revoked or expired answers 401 rather than carrying on without an actor.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { authenticateToken } from '../../app/tokens/authenticate-token.ts';
import type { AppDeps } from '../../app/context.ts';
import { TOKEN_PREFIX } from '../../domain/access/tokens.ts';

const BEARER = `Bearer ${TOKEN_PREFIX}`;

export const apiTokenPlugin = fp(async (app: FastifyInstance, opts: { deps: AppDeps }) => {
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (!header?.startsWith(BEARER)) return;
    request.actor = await authenticateToken(opts.deps, header.slice('Bearer '.length).trim());
  });
});
