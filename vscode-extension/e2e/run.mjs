// End-to-end test in a real VS Code: installs the built .vsix into a fresh code-server on 127.0.0.1, opens a
// copy of samples/ in headless Chromium and checks what a user sees. Usage: `npm run e2e` (from vscode-extension/).
//   KPI_CODE_SERVER_DIR  where code-server + Node 24 are (installed there by scripts/install-code-server.sh when
//                        missing; default .e2e-cache/vscode in this folder, gitignored)
//   KPI_VSIX             use this .vsix instead of running `npm run package`
// Screenshots go to e2e/screenshots/ (git-ignored). Prints TAP (`# pass N` / `# fail N`) and exits 1 on a failure.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { checks, typingFile } from './checks.mjs';

const extensionRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(extensionRoot, '..');
const screenshots = join(extensionRoot, 'e2e', 'screenshots');
const codeServerDir = process.env.KPI_CODE_SERVER_DIR ?? join(extensionRoot, '.e2e-cache', 'vscode');
const chromiumPath = process.env.KPI_CHROMIUM ?? '/usr/bin/chromium';

function ensureTools() {
  const entry = join(codeServerDir, 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) {
    const installer = join(extensionRoot, 'scripts', 'install-code-server.sh');
    console.log(`# installing code-server into ${codeServerDir} (several minutes)`);
    execFileSync('bash', [installer, codeServerDir], { stdio: 'inherit' });
  }
  if (!existsSync(chromiumPath)) {
    console.log('# installing chromium');
    execFileSync('bash', ['-c', 'apt-get update >/dev/null && apt-get install -y chromium >/dev/null'], { stdio: 'inherit' });
  }
  return { node: join(codeServerDir, 'node', 'bin', 'node'), entry };
}

function ensureVsix() {
  if (process.env.KPI_VSIX) return process.env.KPI_VSIX;
  execFileSync('npm', ['run', 'package'], { cwd: extensionRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const version = JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8')).version;
  return join(extensionRoot, `kpilang-${process.platform}-${process.arch}-${version}.vsix`);
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`code-server did not answer on ${url}`);
}

/**
 * Whether the packaged server has the language server (`kpic lsp`), asked of the server npm run package staged in
 * artifacts/vscode/<platform>/server (native: no .NET needed; otherwise kpic.dll through dotnet).
 */
function hasLsp() {
  const server = join(extensionRoot, '..', 'artifacts', 'vscode', `${process.platform}-${process.arch}`, 'server');
  const native = join(server, process.platform === 'win32' ? 'kpic.exe' : 'kpic');
  if (!existsSync(server)) return true;
  const help = existsSync(native)
    ? execFileSync(native, ['--help'], { encoding: 'utf8' })
    : execFileSync('dotnet', [join(server, 'kpic.dll'), '--help'], { encoding: 'utf8' });
  return /^\s+lsp\b/m.test(help);
}

async function main() {
  const tools = ensureTools();
  const vsix = ensureVsix();
  const scratch = mkdtempSync(join(tmpdir(), 'kpi-e2e-'));
  const extensionsDir = join(scratch, 'extensions');
  const userDataDir = join(scratch, 'user-data');
  const workspace = join(scratch, 'samples');
  cpSync(join(repo, 'samples'), workspace, { recursive: true });
  mkdirSync(join(workspace, 'e2e'), { recursive: true });
  writeFileSync(join(workspace, 'e2e', 'leeg.kpi'), '');
  writeFileSync(join(workspace, 'e2e', 'typen.kpi'), typingFile);
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.colorTheme': 'Default Light Modern',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'chat.disableAIFeatures': true,
    'editor.hover.delay': 300,
    'editor.quickSuggestionsDelay': 10,
    'window.commandCenter': false,
  }, null, 2));
  mkdirSync(screenshots, { recursive: true });

  // code-server writes its config under XDG_CONFIG_HOME: into the scratch folder, not the user's home.
  const env = { ...process.env, PATH: `${dirname(tools.node)}:${process.env.PATH}`, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data') };
  const common = ['--auth', 'none', '--disable-telemetry', '--disable-update-check', '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];
  execFileSync(tools.node, [tools.entry, ...common, '--install-extension', vsix], { env, stdio: ['ignore', 'inherit', 'inherit'] });

  const port = await freePort();
  const log = [];
  const server = spawn(tools.node, [tools.entry, ...common, '--bind-addr', `127.0.0.1:${port}`, workspace], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (d) => log.push(String(d)));
  server.stderr.on('data', (d) => log.push(String(d)));
  let browser;
  let failed = 0;
  let passed = 0;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const context = { page, workspace, screenshots, repo, extensionsDir, userDataDir };
    const lsp = hasLsp();
    console.log('TAP version 13');
    let index = 0;
    for (const check of checks) {
      index++;
      if (check.needsLsp && !lsp) {
        console.log(`ok ${index} - ${check.name} # SKIP the bundled kpic has no 'lsp' command yet`);
        continue;
      }
      try {
        await check.run(context);
        passed++;
        console.log(`ok ${index} - ${check.name}`);
      } catch (error) {
        failed++;
        console.log(`not ok ${index} - ${check.name}`);
        console.log(`  # ${String(error?.stack ?? error).split('\n').join('\n  # ')}`);
        await page.screenshot({ path: join(screenshots, `failed-${index}.png`) }).catch(() => {});
      }
    }
    console.log(`1..${index}`);
  } finally {
    await browser?.close().catch(() => {});
    server.kill();
    if (failed > 0) writeFileSync(join(screenshots, 'code-server.log'), log.join(''));
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`# pass ${passed}`);
  console.log(`# fail ${failed}`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  console.log('# pass 0');
  console.log('# fail 1');
  process.exitCode = 1;
});
