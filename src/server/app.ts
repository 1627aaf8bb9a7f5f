// The Fastify application: Zod-typed routes turned into OpenAPI (/api/openapi.json, docs at
// /api/docs), one error handler, sessions and API tokens, the permission table, and the web app's
// static files (web/dist, SPA fallback) when built.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { JobQueue, Store } from '../app/index.js';
import { DEFAULT_MAX_UPLOAD, jobQueue, YusuanError } from '../app/index.js';
import { installAuth } from './auth.js';
import type { ServerContext } from './context.js';
import { installErrorHandler } from './errors.js';
import { finishOpenApi } from './openapi.js';
import { authRoutes } from './routes/auth.js';
import { catalogRoutes } from './routes/catalog.js';
import { dataRoutes } from './routes/data.js';
import { documentRoutes } from './routes/documents.js';
import { evaluationRoutes } from './routes/evaluation.js';
import { evaluationSettingsRoutes } from './routes/evaluation-settings.js';
import { evaluationSheetRoutes } from './routes/evaluation-sheet.js';
import { healthRoutes } from './routes/health.js';
import { jobRoutes } from './routes/jobs.js';
import { userRoutes } from './routes/users.js';
import { workflowRoutes } from './routes/workflow.js';

export interface ServerOptions {
  store: Store;
  /** The job queue (default: the store's, stopped when the server closes). */
  jobs?: JobQueue;
  maxUploadBytes?: number;
  /** Folder of the built web app; default web/dist of this package when it exists. */
  webDir?: string | null;
  logger?: boolean;
  /** Cookies only over HTTPS (behind a TLS proxy). */
  secureCookies?: boolean;
  now?: () => Date;
}

const here = dirname(fileURLToPath(import.meta.url));
/** web/dist beside src/ or dist/ of this package. */
export const DEFAULT_WEB_DIR = resolve(here, '../../web/dist');

/** The routes every server has, also registered when only the OpenAPI document is wanted. */
export interface RouteInfo {
  method: string;
  url: string;
  action: string | undefined;
}

export async function buildServer(
  options: ServerOptions,
): Promise<{ app: FastifyInstance; routes: RouteInfo[] }> {
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD;
  const jobs = options.jobs ?? jobQueue(options.store);
  const ctx: ServerContext = {
    store: options.store,
    jobs,
    maxUploadBytes,
    now: options.now ?? (() => new Date()),
  };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1_000_000,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: r.url, action: r.config?.action });
  });
  installErrorHandler(app);
  if (!options.jobs) app.addHook('onClose', () => jobs.stop());
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 10 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'yusuan API',
        description:
          '预算公开与绩效目标：文档导入与审核、查询、汇总与导出。金额为十进制字符串（万元）；错误为 {code, message, details}。' +
          '认证：会话 Cookie yusuan_session（修改请求需带 x-csrf-token）或 Authorization: Bearer 令牌。',
        version: '1',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'yusuan_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  installAuth(app, options.store, ctx.now);
  await app.register(healthRoutes);
  await app.register(authRoutes(ctx, { secureCookies: options.secureCookies ?? false }));
  await app.register(documentRoutes(ctx));
  await app.register(catalogRoutes(ctx));
  await app.register(workflowRoutes(ctx));
  await app.register(dataRoutes(ctx));
  await app.register(jobRoutes(ctx));
  await app.register(evaluationRoutes(ctx));
  await app.register(evaluationSettingsRoutes(ctx));
  await app.register(evaluationSheetRoutes(ctx));
  await app.register(userRoutes(ctx));
  app.get('/api/openapi.json', { config: { action: 'api-docs.read' }, schema: { hide: true } }, () =>
    Promise.resolve(openApiOf(app)),
  );
  const webDir = options.webDir === undefined ? DEFAULT_WEB_DIR : options.webDir;
  const web = webDir !== null && existsSync(resolve(webDir, 'index.html')) ? webDir : null;
  if (web)
    await app.register(fastifyStatic, {
      root: web,
      wildcard: false,
      index: 'index.html',
      // the .br/.gz copies written by scripts/compress-web.mjs, to browsers that accept them
      preCompressed: true,
      // hashed file names: a browser keeps them for a year; index.html is asked for each time
      setHeaders: (res, path) => {
        void res.header(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  app.setNotFoundHandler(async (request, reply) => {
    if (web && request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api')
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    throw new YusuanError('not-found', `没有这个地址：${request.method} ${request.url.split('?')[0] ?? ''}`);
  });
  await app.ready();
  return { app, routes };
}

/** The OpenAPI document of a built server (the committed src/server/openapi.json is this). */
export function openApiOf(app: FastifyInstance): unknown {
  return finishOpenApi(app.swagger());
}
