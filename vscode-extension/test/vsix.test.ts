// Builds the .vsix with `npm run package` (dotnet publish included) and checks what a user installs: the
// published server, the grammar, language configuration, commands and the kpiconfig.json schema.
// Set KPI_VSIX=<file> to inspect an existing package instead of building one.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import * as yauzl from 'yauzl';
import { extensionRoot, repositoryRoot } from './paths';

const version: string = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')).version;
let entries = new Map<string, Buffer>();

function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const result = new Map<string, Buffer>();
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            result.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(result));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

// The normal Release build's kpic apphost: packaging must not touch it (it once did, by building into the same bin/).
const apphost = path.join(repositoryRoot, 'src', 'KpiLang.Cli', 'bin', 'Release', 'net10.0', os.platform() === 'win32' ? 'kpic.exe' : 'kpic');
const readIfThere = (file: string): Buffer | undefined => (fs.existsSync(file) ? fs.readFileSync(file) : undefined);
let apphostBefore: Buffer | undefined;

before(async () => {
  let vsix = process.env.KPI_VSIX;
  if (!vsix) {
    apphostBefore = readIfThere(apphost);
    execFileSync('npm', ['run', 'package'], { cwd: extensionRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    vsix = path.join(extensionRoot, `kpilang-${version}.vsix`);
  }
  entries = await readZip(vsix);
});

const manifest = (): any => JSON.parse(entries.get('extension/package.json')!.toString('utf8'));

test('npm run package produces kpilang-<version>.vsix with the extension bundled', () => {
  assert.ok(entries.has('extension/package.json'));
  assert.ok(entries.has('extension/dist/extension.js'));
  assert.ok(entries.get('extension/dist/extension.js')!.includes('vscode-languageclient') || entries.get('extension/dist/extension.js')!.length > 100_000,
    'the language client is bundled into dist/extension.js');
  assert.equal(manifest().version, version);
});

test('the .vsix holds the published server, framework-dependent', () => {
  for (const file of ['kpic.dll', 'kpic.runtimeconfig.json', 'kpic.deps.json', 'KpiLang.Core.dll']) {
    assert.ok(entries.has(`extension/server/${file}`), file);
  }
  const runtimeConfig = JSON.parse(entries.get('extension/server/kpic.runtimeconfig.json')!.toString('utf8'));
  assert.equal(runtimeConfig.runtimeOptions.framework?.name ?? runtimeConfig.runtimeOptions.frameworks?.[0]?.name, 'Microsoft.NETCore.App');
});

test('packaging leaves the kpic apphost of the normal build in place', (t) => {
  if (!apphostBefore) return t.skip('no Release build of kpic before packaging, or KPI_VSIX given');
  const after = readIfThere(apphost);
  assert.ok(after, `${apphost} was removed by npm run package`);
  assert.ok(after.equals(apphostBefore), `${apphost} was changed by npm run package`);
});

test('the .vsix declares the language, grammar and commands, and holds their files', () => {
  const contributes = manifest().contributes;
  assert.equal(contributes.languages[0].id, 'kpi');
  for (const file of [contributes.languages[0].configuration, contributes.grammars[0].path, manifest().icon]) {
    assert.ok(entries.has(`extension/${path.posix.normalize(file)}`), file);
  }
  assert.deepEqual(contributes.commands.map((c: any) => c.command).sort(), ['kpi.compileer', 'kpi.herstartServer', 'kpi.openRapport', 'kpi.toonUitvoer']);
  assert.ok(entries.has('extension/package.nls.json') && entries.has('extension/package.nls.nl.json'));
});

test('the .vsix holds the kpiconfig.json schema once the repository has it', (t) => {
  const schema = path.join(repositoryRoot, 'schemas', 'kpiconfig.schema.json');
  if (!fs.existsSync(schema)) {
    t.skip('schemas/kpiconfig.schema.json is not in the repository yet');
    return;
  }
  assert.deepEqual(entries.get('extension/schemas/kpiconfig.schema.json'), fs.readFileSync(schema));
});

test('the .vsix holds no sources, tests or node_modules', () => {
  const stray = [...entries.keys()].filter((name) => /^extension\/(src|test|e2e|node_modules|out|scripts)\//.test(name));
  assert.deepEqual(stray, []);
});

test('the bundled server runs: it checks the samples without errors', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-vsix-'));
  try {
    for (const [name, content] of entries) {
      if (!name.startsWith('extension/server/')) continue;
      const target = path.join(folder, name.slice('extension/server/'.length));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    const result = spawnSync('dotnet', [path.join(folder, 'kpic.dll'), 'check', path.join(repositoryRoot, 'samples')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
