// `npm run package [-- --target <platform> …]`: one .vsix per platform (vsce --target), kpilang-<platform>-<version>.vsix,
// each with only that platform's server. Without --target: this machine's platform; --all: every platform below.
//   - This machine's platform gets kpic as a Native AOT program: no .NET needed, about 5 MB in the .vsix.
//   - Another platform cannot be compiled natively here (the .NET SDK does not cross-compile Native AOT), so its
//     package gets the framework-dependent kpic.dll for that platform (ReadyToRun, only its SQLite library), which
//     the extension starts with a .NET runtime from the .NET Install Tool (declared as a dependency of that package,
//     as the Bicep extension does). Run this script on that platform to give it the native server instead.
// The server is published under artifacts/ (gitignored), never into the projects' own bin/ and obj/, so the normal
// build and its kpic apphost stay as they are; the package is staged in artifacts/vscode/<platform>/.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(root, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: 'inherit' });

/** vsce's platform names and the .NET runtime identifiers of their servers. */
export const platforms = {
  'linux-x64': 'linux-x64', 'linux-arm64': 'linux-arm64', 'alpine-x64': 'linux-musl-x64', 'alpine-arm64': 'linux-musl-arm64',
  'darwin-x64': 'osx-x64', 'darwin-arm64': 'osx-arm64', 'win32-x64': 'win-x64', 'win32-arm64': 'win-arm64',
};

/** The extension that provides dotnet.acquire, for the packages whose server needs a .NET runtime. */
const dotnetInstallTool = 'ms-dotnettools.vscode-dotnet-runtime';

const thisPlatform = `${existsSync('/etc/alpine-release') ? 'alpine' : platform}-${arch}`;
const args = process.argv.slice(2);
const targets = args.includes('--all') ? Object.keys(platforms)
  : args.flatMap((a, i) => (a === '--target' && args[i + 1] ? [args[i + 1]] : [])).concat([]);
if (targets.length === 0) targets.push(thisPlatform);
for (const target of targets) if (!platforms[target]) throw new Error(`unknown --target ${target}; one of ${Object.keys(platforms).join(', ')}`);

run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--minify']);
for (const target of targets) console.log(`packaged ${pack(target)}`);

function pack(target) {
  const rid = platforms[target];
  const stage = join(repo, 'artifacts', 'vscode', target);
  rmSync(stage, { recursive: true, force: true });
  const native = target === thisPlatform && publishNative(rid, join(stage, 'server'));
  if (!native) publishFrameworkDependent(rid, join(stage, 'server'));

  for (const file of ['README.md', 'package.nls.json', 'package.nls.nl.json', 'language-configuration.json', 'dist/extension.js',
    'images/icon.png', 'images/kpi-file.svg', 'images/screenshot.png']) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    cpSync(join(root, file), join(stage, file));
  }
  cpSync(join(root, 'syntaxes'), join(stage, 'syntaxes'), { recursive: true });
  // The schema belongs to the rules (schemas/ at the repository root); the extension ships a copy.
  mkdirSync(join(stage, 'schemas'), { recursive: true });
  cpSync(join(repo, 'schemas', 'kpiconfig.schema.json'), join(stage, 'schemas', 'kpiconfig.schema.json'));
  const staged = { ...manifest, scripts: undefined, devDependencies: undefined, dependencies: undefined };
  if (!native) staged.extensionDependencies = [...(manifest.extensionDependencies ?? []), dotnetInstallTool];
  writeFileSync(join(stage, 'package.json'), JSON.stringify(staged, null, 2));

  const vsix = join(root, `kpilang-${target}-${manifest.version}.vsix`);
  rmSync(vsix, { force: true });
  run(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--target', target, '--no-dependencies',
    '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], stage);
  return vsix;
}

/**
 * Native AOT for this machine, into artifacts/native/<rid> (also what the LSP tests run as the native server), then
 * copied into the package. False when it cannot be built here (no C linker): the framework-dependent server then.
 */
function publishNative(rid, server) {
  const out = join(repo, 'artifacts', 'native', rid);
  try {
    run('dotnet', ['publish', join(repo, 'src', 'KpiLang.Cli'), '-c', 'Release', '-r', rid, '-o', out, '--nologo',
      '--artifacts-path', join(repo, 'artifacts', 'native-build', rid)]);
  } catch {
    console.warn(`warning: no Native AOT kpic for ${rid} here (is clang or gcc installed?); packaging the framework-dependent server`);
    return false;
  }
  // Native AOT compiles the satellite assemblies (the English texts) into kpic itself; the en/ folder publish still
  // writes beside it is not needed at run time, so it stays out of the package.
  cpSync(out, server, { recursive: true, filter: (path) => !isSatellite(path) });
  return true;
}

/** A satellite assembly of texts, or a culture folder holding only those. */
function isSatellite(path) {
  if (path.endsWith('.resources.dll')) return true;
  return statSync(path).isDirectory() && readdirSync(path).length > 0 && readdirSync(path).every((f) => f.endsWith('.resources.dll'));
}

/** kpic.dll for one platform: ReadyToRun, run by a .NET 10 runtime, with that platform's SQLite library only. */
function publishFrameworkDependent(rid, server) {
  run('dotnet', ['publish', join(repo, 'src', 'KpiLang.Cli'), '-c', 'Release', '-r', rid, '--self-contained', 'false', '-o', server, '--nologo',
    '-p:PublishAot=false', '-p:UseAppHost=false', '--artifacts-path', join(repo, 'artifacts', 'vscode-server', rid)]);
}
