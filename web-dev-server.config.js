// `npm start`: serves the demo pages with the TypeScript sources compiled on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { strictCsp } from './scripts/strict-csp.js';

export default {
  middleware: [strictCsp],
  open: false,
  nodeResolve: true,
  watch: true,
  port: 8000,
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
