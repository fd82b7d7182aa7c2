import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { resolveKpic, withDotnet } from '../src/serverPath';

const base = { extensionPath: '/ext/kpilang', workspaceFolder: '/werk/gemeente', home: '/home/beleid' };

test('without a setting the bundled server is started through dotnet', () => {
  const kpic = resolveKpic({ ...base, configured: '' });
  assert.deepEqual(kpic, {
    command: 'dotnet', args: ['/ext/kpilang/server/kpic.dll'], needsDotnet: true, file: '/ext/kpilang/server/kpic.dll', bundled: true,
  });
  assert.equal(resolveKpic({ ...base, configured: undefined }).bundled, true);
  assert.equal(resolveKpic({ ...base, configured: '   ' }).bundled, true);
});

test('a platform package\'s native server is started directly, without .NET', () => {
  const exists = (file: string) => file === '/ext/kpilang/server/kpic';
  assert.deepEqual(resolveKpic({ ...base, configured: '', platform: 'linux', exists }), {
    command: '/ext/kpilang/server/kpic', args: [], needsDotnet: false, file: '/ext/kpilang/server/kpic', bundled: true,
  });
  const windows = resolveKpic({ ...base, configured: '', platform: 'win32', exists: (file) => file.endsWith('kpic.exe') });
  assert.equal(windows.command, path.join('/ext/kpilang', 'server', 'kpic.exe'));
  assert.equal(resolveKpic({ ...base, configured: '', platform: 'linux', exists: () => false }).command, 'dotnet');
});

test('a .NET acquired by the .NET Install Tool runs the bundled kpic.dll without a runtime check', () => {
  const dll = resolveKpic({ ...base, configured: '' });
  assert.deepEqual(withDotnet(dll, '/home/beleid/.dotnet/dotnet'), { ...dll, command: '/home/beleid/.dotnet/dotnet', needsDotnet: false });
  assert.deepEqual(withDotnet(dll, undefined), dll);
  const native = resolveKpic({ ...base, configured: '/usr/local/bin/kpic' });
  assert.deepEqual(withDotnet(native, '/x/dotnet'), native);
});

test('a configured kpic.dll is started through dotnet', () => {
  const kpic = resolveKpic({ ...base, configured: '/opt/kpic/kpic.dll' });
  assert.equal(kpic.command, 'dotnet');
  assert.deepEqual(kpic.args, ['/opt/kpic/kpic.dll']);
  assert.equal(kpic.needsDotnet, true);
  assert.equal(kpic.bundled, false);
});

test('a configured executable is started directly, without a .NET check', () => {
  const kpic = resolveKpic({ ...base, configured: '/usr/local/bin/kpic' });
  assert.equal(kpic.command, '/usr/local/bin/kpic');
  assert.deepEqual(kpic.args, []);
  assert.equal(kpic.needsDotnet, false);
});

test('${workspaceFolder}, relative paths and ~ are expanded', () => {
  assert.equal(resolveKpic({ ...base, configured: '${workspaceFolder}/tools/kpic.dll' }).file, '/werk/gemeente/tools/kpic.dll');
  assert.equal(resolveKpic({ ...base, configured: 'tools/kpic' }).file, '/werk/gemeente/tools/kpic');
  assert.equal(resolveKpic({ ...base, configured: '~/kpic/kpic.dll' }).file, path.join('/home/beleid', 'kpic', 'kpic.dll'));
  assert.equal(resolveKpic({ ...base, workspaceFolder: undefined, configured: 'kpic' }).file, '/ext/kpilang/kpic');
});
