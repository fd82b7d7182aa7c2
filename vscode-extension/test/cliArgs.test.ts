import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCommand, databasePath, displayCommand, lspCommand, outcomeOf, reportCommand, reportPath } from '../src/cliArgs';
import { resolveKpic } from '../src/serverPath';

const bundled = resolveKpic({ configured: '', extensionPath: '/ext', workspaceFolder: '/werk', home: '/home/x' });
const native = resolveKpic({ configured: '/usr/bin/kpic', extensionPath: '/ext', workspaceFolder: '/werk', home: '/home/x' });

test('the language server is `kpic lsp`', () => {
  assert.deepEqual(lspCommand(bundled), { command: 'dotnet', args: ['/ext/server/kpic.dll', 'lsp'] });
  assert.deepEqual(lspCommand(native), { command: '/usr/bin/kpic', args: ['lsp'] });
});

test('compile runs `kpic build <workspace> -o <database>` in the chosen language', () => {
  assert.deepEqual(buildCommand(bundled, '/werk', '/werk/kpi.sqlite', 'nl'), {
    command: 'dotnet', args: ['/ext/server/kpic.dll', 'build', '/werk', '-o', '/werk/kpi.sqlite', '--taal', 'nl'],
  });
  assert.deepEqual(buildCommand(native, '/werk', '/tmp/m.sqlite', 'en').args, ['build', '/werk', '-o', '/tmp/m.sqlite', '--taal', 'en']);
});

test('the report runs `kpic report --db <database> -o <html>`', () => {
  assert.deepEqual(reportCommand(native, '/werk/kpi.sqlite', '/werk/kpi-rapport.html', 'nl').args,
    ['report', '--db', '/werk/kpi.sqlite', '-o', '/werk/kpi-rapport.html', '--taal', 'nl']);
});

test('the database goes into the output folder (default .kpi in the workspace), named by kpi.database', () => {
  assert.equal(databasePath('/werk', undefined, undefined), '/werk/.kpi/kpi.sqlite');
  assert.equal(databasePath('/werk', '', ''), '/werk/.kpi/kpi.sqlite');
  assert.equal(databasePath('/werk', 'uit', 'meting.sqlite'), '/werk/uit/meting.sqlite');
  assert.equal(databasePath('/werk', '/tmp/kpi', undefined), '/tmp/kpi/kpi.sqlite');
  assert.equal(databasePath('/werk', undefined, '/data/meting.sqlite'), '/data/meting.sqlite');
  assert.equal(reportPath('/werk/.kpi/meting.sqlite'), '/werk/.kpi/meting-rapport.html');
});

test('exit codes mean ok, findings, refused to write, or failure', () => {
  assert.equal(outcomeOf(0), 'ok');
  assert.equal(outcomeOf(1), 'findings');
  assert.equal(outcomeOf(3), 'refused');
  assert.equal(outcomeOf(2), 'failed');
  assert.equal(outcomeOf(null), 'failed');
});

test('a shown command line quotes paths with spaces so it can be pasted into a terminal', () => {
  assert.equal(displayCommand({ command: 'dotnet', args: ['/a b/kpic.dll', 'build'] }), 'dotnet "/a b/kpic.dll" build');
});
