// Types of eslint-layers.js (the architecture's lint rule), for the test that lints sample imports.
import type { Linter } from 'eslint';
export declare const ALLOWED: Record<string, string[]>;
export declare const PURE: string[];
export declare function layersConfig(srcDir: string): Linter.Config;
export declare function webLayersConfig(webDir: string, srcDir: string): Linter.Config;
