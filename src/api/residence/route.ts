// Residence registration and residence permits (issue 15; T11): thin handlers over src/app/residence. Bodies are
// validated by the use cases with the schemas the routes document (validateBodyInHandler), after the caller's
// permission is checked, so a clerk outside the jurisdiction learns nothing from a well-formed body either.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/context.ts';
import { registerResidence } from '../../app/residence/register-residence.ts';
import { endResidence } from '../../app/residence/end-residence.ts';
import { applyForPermit } from '../../app/residence/apply-permit.ts';
import {
  cancelPermit,
  endorsePermit,
  issuePermit,
  replacePermitCard,
} from '../../app/residence/permit-actions.ts';
import { listRegistrations, permitView, registrationView } from '../../app/residence/queries.ts';
import { permitsDue } from '../../app/residence/due-list.ts';
import { receivePermitFacts } from '../../app/residence/facts.ts';
import { permitCard } from '../../app/residence/card.ts';
import { settlementDraftOf } from '../../app/residence/settlement.ts';
import { loadPermitFont } from '../../app/applications/permit-pdf.ts';
import {
  registrationCreatedSchema,
  registrationListResponse,
  registrationResponse,
  registrationSearchQuery,
  residenceEndInput,
  residenceRegistrationInput,
} from '../../domain/permits/residence-schema.ts';
import {
  dueListQuery,
  dueListResponse,
  permitActionInput,
  permitActionResponse,
  permitApplyInput,
  permitCancelInput,
  permitCreatedSchema,
  permitFactsInput,
  permitFactsResponse,
  permitReplaceInput,
  permitResponse,
  residenceIdParams,
  settlementDraftResponse,
} from '../../domain/permits/permit-schema.ts';
import type { z } from 'zod';
import {
  errorResponses,
  fileResponse,
  staffErrors as errors,
  validateBodyInHandler,
  validateInHandler,
} from '../contract.ts';
import { contextOf, requireActor } from '../plugins/auth.ts';

const tags = ['residence-permits'];
const withBody = { validatorCompiler: validateBodyInHandler };

/** The public address of a card's verification page, as the client reached this server. */
function verifyUrlOf(request: FastifyRequest) {
  return (token: string) => `${request.protocol}://${request.host}/verify/residence/${token}`;
}

export function residenceRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    loadPermitFont();
    // Department facts may come as a CSV file (one fact a row); kept as text, parsed by the use case.
    app.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: 5 * 1024 * 1024 },
      (_r, body, done) => done(null, body),
    );
    app.post(
      '/api/v1/residence-registrations',
      {
        ...withBody,
        schema: {
          tags,
          summary: '居住登记 / register a residence',
          body: residenceRegistrationInput,
          response: { 201: registrationCreatedSchema, ...errors },
        },
      },
      async (request, reply) => {
        requireActor(request);
        const r = await registerResidence(deps, contextOf(request), request.body);
        return reply.status(201).send({ id: r.id, personId: r.personId, status: r.status });
      },
    );
    app.get(
      '/api/v1/residence-registrations',
      {
        validatorCompiler: validateInHandler,
        schema: {
          tags,
          summary: '查找居住登记 / search residence registrations',
          querystring: registrationSearchQuery,
          response: { 200: registrationListResponse, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return listRegistrations(deps, contextOf(request), request.query);
      },
    );
    app.get(
      '/api/v1/residence-registrations/:id',
      {
        schema: {
          tags,
          summary: '居住登记详情 / a residence registration',
          params: residenceIdParams,
          response: { 200: registrationResponse, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return registrationView(deps, contextOf(request), request.params.id);
      },
    );
    app.post(
      '/api/v1/residence-registrations/:id/end',
      {
        ...withBody,
        schema: {
          tags,
          summary: '结束居住登记（迁离、离开）/ end a residence',
          params: residenceIdParams,
          body: residenceEndInput,
          response: { 200: registrationResponse, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return endResidence(deps, contextOf(request), request.params.id, request.body);
      },
    );
    app.post(
      '/api/v1/residence-permits',
      {
        ...withBody,
        schema: {
          tags,
          summary:
            '申领居住证 / apply for a residence permit (422 with the failed reasons when not eligible)',
          body: permitApplyInput,
          response: { 201: permitCreatedSchema, ...errors, ...errorResponses(422) },
        },
      },
      async (request, reply) => {
        requireActor(request);
        return reply.status(201).send(await applyForPermit(deps, contextOf(request), request.body));
      },
    );
    app.get(
      '/api/v1/residence-permits/due',
      {
        validatorCompiler: validateInHandler,
        schema: {
          tags,
          summary: '待签注、逾期未签注的居住证 / permits due for endorsement and overdue',
          querystring: dueListQuery,
          response: { 200: dueListResponse, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return permitsDue(deps, contextOf(request), request.query);
      },
    );
    app.post(
      '/api/v1/residence-permits/facts',
      {
        ...withBody,
        schema: {
          tags,
          summary: '部门报送参保年限、子女连续就读年限（JSON 或 CSV）/ department facts for entitlements',
          body: permitFactsInput,
          consumes: ['application/json', 'text/csv'],
          response: { 201: permitFactsResponse, ...errors },
        },
      },
      async (request, reply) => {
        requireActor(request);
        const csv = typeof request.body === 'string' ? request.body : undefined;
        return reply.status(201).send(await receivePermitFacts(deps, contextOf(request), request.body, csv));
      },
    );
    app.get(
      '/api/v1/residence-permits/:id',
      {
        schema: {
          tags,
          summary: '居住证及持证人权益 / a permit with its holder’s entitlements',
          params: residenceIdParams,
          response: { 200: permitResponse, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return permitView(deps, contextOf(request), request.params.id);
      },
    );
    const action = (
      path: string,
      summary: string,
      body: typeof permitActionInput | typeof permitReplaceInput | typeof permitCancelInput,
      status: 200 | 201,
      run: (
        id: string,
        ctx: ReturnType<typeof contextOf>,
        body: unknown,
      ) => Promise<z.output<typeof permitActionResponse>>,
    ) =>
      app.post(
        `/api/v1/residence-permits/:id/${path}`,
        {
          ...withBody,
          schema: {
            tags,
            summary,
            params: residenceIdParams,
            body,
            response: { 200: permitActionResponse, 201: permitActionResponse, ...errors },
          },
        },
        async (request, reply) => {
          requireActor(request);
          return reply.status(status).send(await run(request.params.id, contextOf(request), request.body));
        },
      );
    action('issue', '制发居住证 / issue the permit', permitActionInput, 200, (id, ctx, b) =>
      issuePermit(deps, ctx, id, b),
    );
    action('endorsements', '签注 / endorse', permitActionInput, 201, (id, ctx, b) =>
      endorsePermit(deps, ctx, id, b),
    );
    action('replacements', '换领、补领 / renew or replace the card', permitReplaceInput, 201, (id, ctx, b) =>
      replacePermitCard(deps, ctx, id, b),
    );
    action('cancel', '注销 / cancel', permitCancelInput, 200, (id, ctx, b) => cancelPermit(deps, ctx, id, b));
    app.get(
      '/api/v1/residence-permits/:id/card.pdf',
      {
        schema: {
          tags,
          summary: '居住证卡面（PDF，正反面）/ the card as PDF',
          params: residenceIdParams,
          response: { 200: fileResponse('application/pdf', '居住证 PDF'), ...errors },
        },
      },
      async (request, reply) => {
        requireActor(request);
        const { pdf, number } = await permitCard(
          deps,
          contextOf(request),
          request.params.id,
          verifyUrlOf(request),
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="residence-permit-${number}.pdf"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );
    app.get(
      '/api/v1/residence-permits/:id/settlement-draft',
      {
        schema: {
          tags,
          summary: '以居住证申请落户的预填申请 / a settlement application prefilled from the permit',
          params: residenceIdParams,
          response: { 200: settlementDraftResponse, ...errors },
        },
      },
      async (request) => {
        requireActor(request);
        return settlementDraftOf(deps, contextOf(request), request.params.id);
      },
    );
  };
}
