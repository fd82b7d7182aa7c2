import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { preflight } from '../src/preflight';
import { resolveKpic } from '../src/serverPath';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-preflight-'));

test('a server path that does not exist is named in the message', async () => {
  const kpic = resolveKpic({ configured: path.join(folder, 'weg', 'kpic.dll'), extensionPath: folder, workspaceFolder: folder, home: folder });
  assert.equal(await preflight(kpic, 'nl', folder),
    `De KPI-taalserver is niet gevonden op "${path.join(folder, 'weg', 'kpic.dll')}". Controleer de instelling "kpi.server.pad" of installeer de extensie opnieuw.`);
});

test('an executable that exists needs no .NET check', async () => {
  const file = path.join(folder, 'kpic');
  fs.writeFileSync(file, '');
  const kpic = resolveKpic({ configured: file, extensionPath: folder, workspaceFolder: folder, home: folder });
  assert.equal(await preflight(kpic, 'en', folder), undefined);
});

test('a dll is accepted on this machine, which has the .NET 10 runtime that builds the server', async () => {
  const file = path.join(folder, 'kpic.dll');
  fs.writeFileSync(file, '');
  const kpic = resolveKpic({ configured: file, extensionPath: folder, workspaceFolder: folder, home: folder });
  assert.equal(await preflight(kpic, 'en', folder), undefined);
});
