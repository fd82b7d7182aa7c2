import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRuntime, netCoreVersions } from '../src/runtime';

const listing = [
  'Microsoft.AspNetCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]',
  'Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]',
  'Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]',
].join('\n');

test('the .NET runtimes are read from dotnet --list-runtimes', () => {
  assert.deepEqual(netCoreVersions(listing), ['8.0.11', '10.0.12']);
  assert.deepEqual(netCoreVersions('Microsoft.NETCore.App 10.0.0-rc.2.25502.107 [/x]\r\n'), ['10.0.0-rc.2.25502.107']);
  assert.deepEqual(netCoreVersions(''), []);
});

test('a machine with .NET 10 can run the server', () => {
  assert.deepEqual(checkRuntime(listing, 'nl'), { ok: true });
});

test('without dotnet the user is told, in Dutch, what to install and what the alternative is', () => {
  const result = checkRuntime(undefined, 'nl');
  assert.equal(result.ok, false);
  assert.match(result.problem!, /\.NET 10/);
  assert.match(result.problem!, /Installeer de extensie ".NET Install Tool"/);
  assert.match(result.problem!, /de \.NET 10 runtime/);
  assert.match(result.problem!, /kpi\.server\.pad/);
});

test('the same message exists in English', () => {
  assert.match(checkRuntime(undefined, 'en').problem!, /^The KPI language server needs \.NET 10, but "dotnet" was not found\. Install/);
});

test('only an older runtime: the message names what was found', () => {
  const result = checkRuntime('Microsoft.NETCore.App 8.0.11 [/x]\nMicrosoft.NETCore.App 9.0.1 [/x]', 'en');
  assert.equal(result.ok, false);
  assert.match(result.problem!, /needs \.NET 10; found: 8\.0\.11, 9\.0\.1/);
  assert.match(checkRuntime('', 'nl').problem!, /gevonden: —/);
});
