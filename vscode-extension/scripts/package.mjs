// `npm run package`: builds the extension, publishes the kpic server into server/ (framework-dependent, no
// runtime identifier, so one .vsix serves every platform that has .NET; built under artifacts/vscode-server/), copies the kpiconfig.json schema and
// packs kpilang-<version>.vsix with vsce.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(root, '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: 'inherit' });

run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--minify']);

// The server is built without an apphost (so the .vsix is not tied to one platform). Built in the projects' own
// bin/ and obj/, that build would overwrite the normal one and delete its kpic apphost until the next
// 'dotnet build'; so it gets a build folder of its own under artifacts/ (gitignored), and only the published files
// go into server/.
rmSync(join(root, 'server'), { recursive: true, force: true });
run('dotnet', ['publish', join(repo, 'src', 'KpiLang.Cli'), '-c', 'Release', '-o', join(root, 'server'), '--nologo',
  '--artifacts-path', join(repo, 'artifacts', 'vscode-server'),
  '-p:UseAppHost=false', '-p:GenerateDocumentationFile=false']);
for (const junk of ['kpic.pdb', 'KpiLang.Core.pdb']) rmSync(join(root, 'server', junk), { force: true });

// The schema belongs to the rules (schemas/ at the repository root); the extension ships a copy.
const schema = join(repo, 'schemas', 'kpiconfig.schema.json');
rmSync(join(root, 'schemas'), { recursive: true, force: true });
if (existsSync(schema)) {
  mkdirSync(join(root, 'schemas'), { recursive: true });
  cpSync(schema, join(root, 'schemas', 'kpiconfig.schema.json'));
} else {
  console.warn(`warning: ${schema} does not exist yet; kpiconfig.json will not be validated by this .vsix`);
}

const vsix = join(root, `kpilang-${version}.vsix`);
rmSync(vsix, { force: true });
run(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies',
  '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix]);
console.log(`packaged ${vsix}`);
