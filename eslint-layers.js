// The architecture's arrows as a lint rule (style.md): which top-level folder of src/ may import
// which. core ← importers, rules, scoring, publishers (no imports among those four) ← store ← app ←
// server ← cli (only `yusuan serve` starts the server; the server never imports the CLI); platform (Node adapters of app's ports) sits beside store; demo may
// be used by app, cli and server; test-support is never imported by production code; the pure
// folders never import node:* or Node's built-in modules. Tests (*.test.ts) and test-support are free.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const LOW = ['core', 'importers', 'rules', 'scoring', 'publishers'];

/** For each folder, the folders it may import (besides itself). */
export const ALLOWED = {
  core: [],
  importers: ['core'],
  rules: ['core'],
  scoring: ['core'],
  publishers: ['core'],
  store: LOW,
  platform: LOW,
  demo: [...LOW, 'store', 'platform'],
  app: [...LOW, 'store', 'platform', 'demo'],
  server: ['app', 'demo'],
  cli: ['app', 'demo', 'server'],
  web: [],
  '(root)': ['app', 'importers'],
};

export const PURE = ['core', 'importers', 'rules', 'scoring', 'publishers'];

const NODE_BUILTINS = new Set(builtinModules);

function folderOf(file, srcDir) {
  const rel = relative(srcDir, file);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(sep);
  return parts.length === 1 ? '(root)' : parts[0];
}

const isTest = (file) => /\.test\.ts$/.test(file) || file.includes(`${sep}test-support${sep}`);

export const layersPlugin = {
  rules: {
    arrows: {
      meta: {
        type: 'problem',
        docs: { description: 'imports follow the architecture arrows of docs/style.md' },
        schema: [{ type: 'object', properties: { srcDir: { type: 'string' } } }],
        messages: {
          upward: '{{from}}/ may not import {{to}}/ (allowed: {{allowed}}); see the layout in style.md',
          testSupport: 'production code may not import test-support/',
          node: '{{from}}/ is pure: no Node built-in modules ({{module}}); take bytes, options and values instead',
        },
      },
      create(context) {
        const file = context.filename;
        const srcDir = context.options[0]?.srcDir ?? resolve(context.cwd, 'src');
        if (isTest(file)) return {};
        const from = folderOf(file, srcDir);
        if (!from) return {};
        function check(node, source) {
          if (typeof source !== 'string') return;
          if (source.startsWith('.')) {
            const to = folderOf(resolve(dirname(file), source), srcDir);
            if (!to || to === from) return;
            if (to === 'test-support') return context.report({ node, messageId: 'testSupport' });
            const allowed = ALLOWED[from] ?? [];
            if (!allowed.includes(to))
              context.report({
                node,
                messageId: 'upward',
                data: { from, to, allowed: allowed.join(', ') || 'none' },
              });
            return;
          }
          if (PURE.includes(from) && (source.startsWith('node:') || NODE_BUILTINS.has(source.split('/')[0])))
            context.report({ node, messageId: 'node', data: { from, module: source } });
        }
        const fromSource = (node) => check(node.source, node.source?.value);
        return {
          ImportDeclaration: fromSource,
          ExportNamedDeclaration: fromSource,
          ExportAllDeclaration: fromSource,
          ImportExpression: (node) =>
            check(node.source, node.source.type === 'Literal' ? node.source.value : undefined),
        };
      },
    },
  },
};

/**
 * web/ talks to the server only through its generated API client; from the library it may take the
 * model's types (`import type` from src/core), never code, so the browser bundle holds no server code.
 */
export const webLayersPlugin = {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        docs: { description: 'web/ imports only its own files and type-only imports of src/core' },
        schema: [{ type: 'object', properties: { webDir: { type: 'string' }, srcDir: { type: 'string' } } }],
        messages: {
          outside: 'web/ may import only its own files and src/core types ({{module}})',
          value: "web/ may import src/core only with `import type` ({{module}}): core is the server's code",
        },
      },
      create(context) {
        const file = context.filename;
        const { webDir, srcDir } = context.options[0] ?? {};
        if (/\.test\.tsx?$/.test(file) || file.includes(`${sep}web${sep}test${sep}`)) return {};
        function check(node, source, typeOnly) {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = resolve(dirname(file), source);
          if (!relative(webDir, target).startsWith('..')) return;
          if (relative(resolve(srcDir, 'core'), target).startsWith('..'))
            return context.report({ node, messageId: 'outside', data: { module: source } });
          if (!typeOnly) context.report({ node, messageId: 'value', data: { module: source } });
        }
        const typeOnly = (node) =>
          node.importKind === 'type' ||
          node.exportKind === 'type' ||
          (node.specifiers?.length > 0 &&
            node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
        const fromSource = (node) => node.source && check(node.source, node.source.value, typeOnly(node));
        return {
          ImportDeclaration: fromSource,
          ExportNamedDeclaration: fromSource,
          ExportAllDeclaration: fromSource,
          ImportExpression: (node) =>
            check(node.source, node.source.type === 'Literal' ? node.source.value : undefined, false),
        };
      },
    },
  },
};

/** The flat-config block that applies the web rule to web/src. */
export function webLayersConfig(webDir, srcDir) {
  return {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    plugins: { web: webLayersPlugin },
    rules: { 'web/imports': ['error', { webDir: resolve(webDir, 'src'), srcDir }] },
  };
}

/** The flat-config block that applies the rule to src/. */
export function layersConfig(srcDir) {
  return {
    files: ['src/**/*.ts'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/arrows': ['error', { srcDir }] },
  };
}
