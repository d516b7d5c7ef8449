/**
 * Every error leaves the collector as JSON {error, message}: a short code a client can act on and
 * a sentence for a person. Errors never echo the request's values.
 */
import type { FastifyError, FastifyInstance } from 'fastify';

/** An error with the status and code it is answered with. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** 400 with a code. */
export const badRequest = (code: string, message: string) => new HttpError(400, code, message);

/** The JSON body of an error answer. */
export interface ErrorBody {
  error: string;
  message: string;
}

/** Fastify's own error codes, mapped to ours. */
const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_content_length'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed_json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed_json'],
};

/** Maps any thrown error to a status and a body. */
export function toErrorAnswer(error: FastifyError | HttpError | Error): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) return { status: error.statusCode, body: { error: error.code, message: error.message } };
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    return { status: 400, body: { error: 'invalid', message: fastifyError.message } };
  }
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped) return { status: mapped[0], body: { error: mapped[1], message: fastifyError.message } };
  // JSON.parse errors and prototype poisoning ("__proto__", "constructor.prototype") arrive as 400s.
  if (error instanceof SyntaxError || fastifyError.statusCode === 400) {
    return { status: 400, body: { error: 'malformed_json', message: 'the body is not valid JSON for this endpoint' } };
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    return { status, body: { error: fastifyError.code?.toLowerCase() ?? 'client_error', message: fastifyError.message } };
  }
  return { status: 500, body: { error: 'internal', message: 'the collector could not handle this request' } };
}

/** Installs the JSON error and not-found answers. */
export function installErrorAnswers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body } = toErrorAnswer(error);
    // Only server faults are logged, with the error alone: nothing of the request but its route.
    if (status >= 500) request.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: 'not_found', message: 'no such endpoint' } satisfies ErrorBody),
  );
}
