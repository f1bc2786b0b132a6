#!/usr/bin/env node
// The `copydesk` command. In a source checkout, rebuilds the bundle first when it is stale.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const buildScript = path.join(root, 'scripts', 'build.mjs');
if (fs.existsSync(buildScript)) {
  const wantsRenderer = process.argv[2] === 'serve';
  const result = spawnSync(process.execPath, [buildScript, '--quiet', ...(wantsRenderer ? [] : ['--node-only'])], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
require(path.join(root, 'dist', 'node', 'cli.cjs'));
