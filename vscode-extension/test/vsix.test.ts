// Builds this platform's .vsix with `npm run package` (the Native AOT server included) and checks what a user
// installs: a package under 15 MB whose server needs no .NET, with only this platform's SQLite library and no
// debugging files, that answers `initialize` and checks the samples; the grammar, language configuration, commands
// and the kpiconfig.json schema. Set KPI_VSIX=<file> to inspect an existing package instead of building one.
import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import * as yauzl from 'yauzl';
import { extensionRoot, repositoryRoot } from './paths';

const version: string = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')).version;
let entries = new Map<string, Buffer>();
let vsixSize = 0;
const target = `${os.platform()}-${os.arch()}`;
const native = os.platform() === 'win32' ? 'kpic.exe' : 'kpic';

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
    vsix = path.join(extensionRoot, `kpilang-${target}-${version}.vsix`);
  }
  vsixSize = fs.statSync(vsix).size;
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

test('the platform .vsix is under 15 MB and says which platform it is for', () => {
  assert.ok(vsixSize < 15 * 1024 * 1024, `${vsixSize} bytes`);
  assert.match(entries.get('extension.vsixmanifest')!.toString('utf8'), new RegExp(`TargetPlatform="${target}"`));
  assert.equal(manifest().extensionDependencies, undefined, 'a native server needs no .NET Install Tool');
});

test('the .vsix holds the native server with only its own SQLite library and no debugging files', () => {
  const server = [...entries.keys()].filter((name) => name.startsWith('extension/server/')).map((name) => name.slice('extension/server/'.length));
  const sqlite = os.platform() === 'win32' ? 'e_sqlite3.dll' : os.platform() === 'darwin' ? 'libe_sqlite3.dylib' : 'libe_sqlite3.so';
  assert.deepEqual(server.sort(), [native, sqlite].sort());
  assert.deepEqual([...entries.keys()].filter((name) => /\.(pdb|dbg)$|\/runtimes\//.test(name)), []);
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

/** Unpacks the bundled server into a temporary folder (executable) and runs `use` with the path of kpic. */
function withServer(use: (kpic: string) => void): void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-vsix-'));
  try {
    for (const [name, content] of entries) {
      if (!name.startsWith('extension/server/')) continue;
      const file = path.join(folder, name.slice('extension/server/'.length));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content, { mode: 0o755 });
    }
    use(path.join(folder, native));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

test('the bundled server runs without .NET: it checks the samples without errors', () => {
  withServer((kpic) => {
    const result = spawnSync(kpic, ['check', path.join(repositoryRoot, 'samples')], { encoding: 'utf8', env: { ...process.env, DOTNET_ROOT: '/nonexistent', PATH: '/usr/bin:/bin' } });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});

test('the bundled server answers initialize over stdio', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-vsix-lsp-'));
  try {
    for (const [name, content] of entries) {
      if (name.startsWith('extension/server/')) fs.writeFileSync(path.join(folder, name.slice('extension/server/'.length)), content, { mode: 0o755 });
    }
    const child = spawn(path.join(folder, native), ['lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const frame = (message: object) => {
      const json = JSON.stringify(message);
      return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
    };
    let stdout = '';
    const reply = await new Promise<any>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to initialize: ${stdout}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        const start = stdout.indexOf('{"jsonrpc"');
        const length = Number(/Content-Length: (\d+)/.exec(stdout)?.[1]);
        if (start >= 0 && Buffer.byteLength(stdout.slice(start)) >= length) {
          clearTimeout(timer);
          resolve(JSON.parse(stdout.slice(start, start + length)));
        }
      });
      child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    });
    child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    child.kill();
    assert.equal(reply.id, 1);
    assert.equal(reply.result.serverInfo.name, 'kpic');
    assert.equal(reply.result.capabilities.hoverProvider, true);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
