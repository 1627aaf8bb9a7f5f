// The OpenAPI document without a database: the routes are registered on a server whose store is never
// touched (generating the document runs no handler). Used by `npm run openapi` and the drift test.
import type { Store } from '../app/index.js';
import { YusuanError } from '../app/index.js';
import { buildServer, openApiOf } from './app.js';

export const NO_STORE: Store = {
  get db(): never {
    throw new YusuanError('internal', '生成接口文档时不应访问数据库');
  },
  kind: 'pglite',
  where: '（无）',
  raw: () => Promise.reject(new YusuanError('internal', '生成接口文档时不应访问数据库')),
  close: () => Promise.resolve(),
};

export async function generateOpenApi(): Promise<unknown> {
  const { app } = await buildServer({ store: NO_STORE, webDir: null });
  try {
    return openApiOf(app);
  } finally {
    await app.close();
  }
}
