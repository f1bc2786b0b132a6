import { config } from 'zod';

// Imported first by main.tsx, before any module builds a schema: the window's CSP has no
// 'unsafe-eval', and zod's probe for eval (made as object schemas are built) is reported as a
// CSP violation in every window. Without eval zod validates the same, on its slower path.
config({ jitless: true });
