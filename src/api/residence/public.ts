// Public verification of a residence-permit card (what its QR code opens): JSON and a plain HTML page, showing
// validity and a masked name only. The token is 128 random bits per card edition; lookups are rate-limited anyway.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { verifyPermitCard } from '../../app/residence/card.ts';
import { PERMIT_STATE_NAMES } from '../../domain/permits/states.ts';
import {
  verificationResponse,
  verifyTokenParams,
  type PermitVerification,
} from '../../domain/permits/permit-schema.ts';
import { errorResponses } from '../contract.ts';
import { limitedPerClient } from '../rate-limit.ts';
import { esc } from '../applications/verify-page.ts';

const COLORS = { valid: '#237804', suspended: '#ad6800', expired: '#a8071a', cancelled: '#a8071a' } as const;

function page(v: PermitVerification): string {
  const body =
    v.found && v.status
      ? `<p class="status" style="color:${COLORS[v.status]}" data-testid="permit-status">${esc(PERMIT_STATE_NAMES[v.status])}</p>
  <dl><dt>持证人</dt><dd data-testid="masked-name">${esc(v.maskedName ?? '')}</dd>
  <dt>发证地</dt><dd>${esc(v.countyName ?? '')}</dd></dl>`
      : `<p class="status" style="color:#a8071a" data-testid="permit-status">未找到该居住证</p>
  <p>该二维码对应的居住证不存在，或该证已换领、补领（旧证作废）。请向居住地派出所咨询。</p>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>居住证核验 — 昭通市公安局</title>
<style>body{font-family:"Noto Sans CJK SC","Source Han Sans SC",sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1f1f1f}
h1{font-size:1.4rem}.status{font-size:1.6rem;font-weight:bold}dl{display:grid;grid-template-columns:7em 1fr;gap:.4rem}dt{color:#595959}dd{margin:0}</style>
</head><body><main>
  <h1>居住证核验</h1>
  ${body}
  <p style="color:#595959;font-size:.85rem">为保护个人信息，此处仅显示证件状态与隐去部分的姓名。</p>
</main></body></html>`;
}

export function publicResidenceRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const limited = limitedPerClient(deps, 'service.publicLookupsPerMinute');
  return async (app) => {
    app.get(
      '/api/v1/public/residence-permits/:token',
      {
        ...limited,
        schema: {
          tags: ['public'],
          summary: '核验居住证 / verify a residence permit card',
          params: verifyTokenParams,
          response: { 200: verificationResponse, ...errorResponses(400, 429) },
        },
      },
      async (request) => verifyPermitCard(deps, request.params.token),
    );
    app.get(
      '/verify/residence/:token',
      { ...limited, schema: { hide: true, params: verifyTokenParams } },
      async (request, reply) => {
        const v = await verifyPermitCard(deps, request.params.token);
        return reply
          .status(v.found ? 200 : 404)
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(page(v));
      },
    );
  };
}
