// Every route of the API names an action of the permission table, and the table answers for every
// role; anonymous writes are refused as unauthenticated, other roles' as forbidden.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../app/index.js';
import { buildServer } from './app.js';
import { NO_STORE } from './openapi-document.js';
import { authorize, authorizeScope, isAction, PERMISSIONS } from './permissions.js';

describe('permissions', () => {
  it('has an entry for every route', async () => {
    const { app, routes } = await buildServer({ store: NO_STORE, webDir: null });
    await app.close();
    const api = routes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(api.length).toBeGreaterThan(10);
    const missing = api.filter((r) => !isAction(r.action)).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('refuses anonymous writes as unauthenticated and other roles as forbidden', () => {
    const anon: Actor = { kind: 'anonymous' };
    const unit: Actor = {
      kind: 'user',
      id: 1,
      name: 'u',
      role: 'unit',
      region: null,
      department: '157',
      unit: null,
    };
    expect(() => authorize(anon, 'document.create')).toThrow(
      expect.objectContaining({ code: 'unauthenticated' }),
    );
    expect(() => authorize(unit, 'region.write')).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(authorize(anon, 'document.read')).toBe('visible');
    expect(() =>
      authorizeScope(unit, 'document.create', { region: '430100', departmentCode: '104', unitCode: null }),
    ).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() =>
      authorizeScope(unit, 'document.create', {
        region: '430100',
        departmentCode: '157',
        unitCode: '157001',
      }),
    ).not.toThrow();
    // A unit account limited to one unit does not own its department's department-level budget: it
    // could not see it afterwards (the store's visibleTo and the workflow use the same relation).
    const oneUnit: Actor = { ...unit, unit: '157001' };
    expect(() =>
      authorizeScope(oneUnit, 'document.create', { region: '430100', departmentCode: '157', unitCode: null }),
    ).toThrow(
      expect.objectContaining({
        code: 'forbidden',
        message: expect.stringContaining('部门级文档') as string,
      }),
    );
    expect(() =>
      authorizeScope(oneUnit, 'document.create', {
        region: '430100',
        departmentCode: '157',
        unitCode: '157001',
      }),
    ).not.toThrow();
    for (const levels of Object.values(PERMISSIONS))
      expect(Object.keys(levels).sort()).toEqual(['admin', 'anonymous', 'department', 'reviewer', 'unit']);
  });
});
