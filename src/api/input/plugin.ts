// Central input hygiene for every route, so no handler has to remember it: JSON bodies are pre-scanned for
// depth and size before they are parsed, and every string that arrives — in the body, the query string or the
// path — is refused with a 400 naming the field if it holds a NUL or a lone surrogate.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../domain/errors.ts';
import { JSON_LIMITS, findBadString, scanJsonShape, type JsonLimits } from './scan.ts';

export const inputPlugin = fp(async (app: FastifyInstance, opts: { limits?: JsonLimits }) => {
  const limits = opts.limits ?? JSON_LIMITS;
  // Fastify's own parser (with its prototype-poisoning guard), behind the shape scan.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) => {
    const body = String(text);
    const tooLarge = scanJsonShape(body, limits);
    if (tooLarge)
      return done(
        new DomainError('payload-too-large', '请求体结构超出限制 / request body too large or too deep', [
          tooLarge,
        ]),
        undefined,
      );
    parseJson(request, body, (err, value) => {
      if (err) return done(err, undefined);
      const bad = findBadString(value);
      if (bad) return done(DomainError.invalid([bad]), undefined);
      done(null, value);
    });
  });
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const bad = findBadString(request.query, 'query') ?? findBadString(request.params, 'params');
    if (bad) throw DomainError.invalid([bad]);
  });
});
