// Drives the real language server ('kpic lsp --stdio') as a child process with Microsoft's own client library
// (vscode-jsonrpc + vscode-languageserver-protocol), so every message crosses the wire exactly as an editor
// would send and parse it: Content-Length framing, JSON-RPC envelopes, LSP parameter and result shapes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import {
  CompletionRequest,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  MarkupKind,
  PrepareRenameRequest,
  PublishDiagnosticsNotification,
  RenameRequest,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const dll = path.join(repo, 'src', 'KpiLang.Cli', 'bin', 'Release', 'net10.0', 'kpic.dll');
// KPIC_SERVER=<native kpic> runs the same tests against a published binary (the Native AOT kpic that the tool
// package and the VS Code extension ship) instead of the build's kpic.dll under dotnet.
const nativeServer = process.env.KPIC_SERVER ? path.resolve(process.env.KPIC_SERVER) : undefined;
const TIMEOUT = 60_000;

let child;
let connection;
let workspace;
let uri;
let text;
let exitCode;
let stderr = '';
const diagnostics = new Map();
const diagnosticWaiters = [];
const publications = [];
const publicationWaiters = [];
const logMessages = [];
const statuses = [];

/** Resolves with the first publishDiagnostics (already received or still to come) that `match` accepts. */
function waitForPublication(match, what) {
  const found = publications.find(match);
  if (found) return Promise.resolve(found);
  return withTimeout(new Promise((resolve) => publicationWaiters.push({ match, resolve })), what);
}

/** Resolves with the first publishDiagnostics for `docUri` (already received or still to come). */
function waitForDiagnostics(docUri) {
  if (diagnostics.has(docUri)) return Promise.resolve(diagnostics.get(docUri));
  return withTimeout(new Promise((resolve) => diagnosticWaiters.push({ uri: docUri, resolve })),
    `publishDiagnostics for ${docUri}`);
}

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; server stderr:\n${stderr}`)), TIMEOUT);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Converts a UTF-16 offset in `text` to an LSP position (line, character in UTF-16 code units). */
function positionAt(offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { line, character };
}

/** The position `delta` code units into the first occurrence of `needle` (after `from`). */
function positionOf(needle, delta = 0, from = 0) {
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `'${needle}' occurs in resv.kpi`);
  return positionAt(offset + delta);
}

function assertPosition(p) {
  assert.ok(Number.isInteger(p.line) && p.line >= 0, `line ${JSON.stringify(p)}`);
  assert.ok(Number.isInteger(p.character) && p.character >= 0, `character ${JSON.stringify(p)}`);
}

function assertRange(r) {
  assert.ok(r && r.start && r.end, `range ${JSON.stringify(r)}`);
  assertPosition(r.start);
  assertPosition(r.end);
}

before(async () => {
  if (nativeServer) {
    assert.ok(existsSync(nativeServer), `${nativeServer} exists`);
  } else if (!existsSync(dll)) {
    const build = spawnSync('dotnet', ['build', path.join(repo, 'src', 'KpiLang.Cli'), '-c', 'Release', '-nologo'],
      { cwd: repo, stdio: 'inherit' });
    assert.equal(build.status, 0, 'dotnet build src/KpiLang.Cli -c Release');
  }
  if (!nativeServer) assert.ok(existsSync(dll), `${dll} exists`);

  workspace = mkdtempSync(path.join(os.tmpdir(), 'kpi-lsp-node-'));
  cpSync(path.join(repo, 'samples', 'resv'), workspace, { recursive: true });
  const file = path.join(workspace, 'resv.kpi');
  uri = pathToFileURL(file).href;
  text = readFileSync(file, 'utf8');

  child = nativeServer
    ? spawn(nativeServer, ['lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn('dotnet', [dll, 'lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => { stderr += d; });
  child.exited = new Promise((resolve) => child.on('exit', (code) => { exitCode = code; resolve(code); }));

  connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onNotification('window/logMessage', (params) => logMessages.push(params));
  connection.onNotification('kpi/status', (params) => statuses.push(params));
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    publications.push(params);
    for (const w of publicationWaiters.filter((w) => w.match(params))) {
      publicationWaiters.splice(publicationWaiters.indexOf(w), 1);
      w.resolve(params);
    }
    if (!diagnostics.has(params.uri)) diagnostics.set(params.uri, params);
    for (const w of diagnosticWaiters.filter((w) => w.uri === params.uri)) {
      diagnosticWaiters.splice(diagnosticWaiters.indexOf(w), 1);
      w.resolve(params);
    }
  });
  connection.listen();
});

after(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill();
  connection?.dispose();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

test('initialize returns capabilities and server info', async () => {
  const result = await withTimeout(connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'resv' }],
    initializationOptions: { taal: 'nl' },
    capabilities: {
      textDocument: {
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
        hover: { contentFormat: [MarkupKind.Markdown, MarkupKind.PlainText] },
        completion: { completionItem: { snippetSupport: false } },
        rename: { prepareSupport: true },
      },
      workspace: { workspaceFolders: true },
    },
  }), 'initialize');
  assert.equal(typeof result.capabilities, 'object');
  assert.equal(result.serverInfo?.name, 'kpic');
  const caps = result.capabilities;
  assert.ok(caps.hoverProvider, 'hoverProvider');
  assert.ok(caps.completionProvider, 'completionProvider');
  assert.ok(caps.renameProvider, 'renameProvider');
  assert.ok(caps.documentFormattingProvider, 'documentFormattingProvider');
  await connection.sendNotification(InitializedNotification.type, {});
});

test('didOpen resv.kpi publishes well-formed diagnostics', async () => {
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'kpi', version: 1, text },
  });
  const published = await waitForDiagnostics(uri);
  assert.equal(published.uri, uri);
  assert.ok(Array.isArray(published.diagnostics), 'diagnostics is an array');
  const lines = text.split('\n').length;
  for (const d of published.diagnostics) {
    assertRange(d.range);
    assert.ok(d.range.start.line < lines, `diagnostic line ${d.range.start.line} within the file`);
    assert.equal(typeof d.message, 'string');
    assert.ok(d.message.length > 0);
    assert.equal(d.source, 'kpic');
    assert.match(String(d.code), /^KP[IL]\d+$/, `diagnostic code ${d.code}`);
    if (d.severity !== undefined) assert.ok([1, 2, 3, 4].includes(d.severity), `severity ${d.severity}`);
  }
});

test('an incomplete indicator gets coded findings with source, code and a range on its line', async () => {
  // resv.kpi's own findings depend on today's date (overdue recalibrations), so this in-memory document
  // guarantees findings: an indicator without source, owner or baseline.
  const extra = pathToFileURL(path.join(workspace, 'onvolledig.kpi')).href;
  const extraText = 'indicator onvolledig_x "Onvolledig" {\n    soort: aantal\n}\n';
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: extra, languageId: 'kpi', version: 1, text: extraText },
  });
  const published = await waitForDiagnostics(extra);
  assert.ok(published.diagnostics.length > 0, `findings for ${extra}`);
  for (const d of published.diagnostics) {
    assertRange(d.range);
    assert.equal(d.source, 'kpic');
    assert.match(String(d.code), /^KP[IL]\d+$/, `diagnostic code ${d.code}`);
    assert.equal(typeof d.message, 'string');
    if (d.codeDescription) assert.match(d.codeDescription.href, new RegExp(`${d.code}`));
  }
  assert.ok(published.diagnostics.some((d) => d.range.start.line === 0 && String(d.code).startsWith('KPI')),
    `a finding on the indicator line: ${JSON.stringify(published.diagnostics)}`);
});

test('hover on an indicator name returns markdown mentioning it', async () => {
  const hover = await withTimeout(connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: positionOf('indicator waardering_overleggen', 'indicator '.length + 3),
  }), 'hover');
  assert.ok(hover, 'hover result is not null');
  assert.equal(hover.contents.kind, MarkupKind.Markdown);
  assert.match(hover.contents.value, /waardering_overleggen|Waardering van de multidisciplinaire overleggen/);
  if (hover.range) assertRange(hover.range);
});

test('completion inside an indicator block returns items', async () => {
  // The start of the line 'laag: kwaliteit' inside the waardering_overleggen block.
  const block = text.indexOf('indicator waardering_overleggen');
  const offset = text.indexOf('laag: kwaliteit', block);
  assert.ok(offset > block);
  const result = await withTimeout(connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: positionAt(offset),
    context: { triggerKind: 1 },
  }), 'completion');
  assert.ok(result, 'completion result is not null');
  const items = Array.isArray(result) ? result : result.items;
  assert.ok(Array.isArray(items), 'items is an array');
  assert.ok(items.length > 0, 'at least one completion item');
  for (const item of items) assert.equal(typeof item.label, 'string');
});

test('completion after "soort:" in an indicator offers indicator kinds, each once, and never actor kinds', async () => {
  const block = text.indexOf('indicator waardering_overleggen');
  const offset = text.indexOf('soort: ', block) + 'soort: '.length;
  const result = await withTimeout(connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri }, position: positionAt(offset), context: { triggerKind: 1 },
  }), 'completion');
  const labels = (Array.isArray(result) ? result : result.items).map((i) => i.label);
  assert.ok(labels.includes('score'), labels.join(', '));
  assert.ok(!labels.includes('team'), labels.join(', '));
  assert.equal(new Set(labels).size, labels.length);
});

test('the import is a document link to actoren.kpi', async () => {
  const links = await withTimeout(connection.sendRequest('textDocument/documentLink', { textDocument: { uri } }), 'documentLink');
  assert.equal(links.length, 1);
  assert.ok(links[0].target.endsWith('/actoren.kpi'), links[0].target);
  assert.deepEqual(links[0].range.start, positionOf('importeer "actoren.kpi"', 'importeer "'.length));
});

test('prepareRename and rename of an indicator return a WorkspaceEdit for the file', async () => {
  const position = positionOf('indicator waardering_overleggen', 'indicator '.length + 2);
  const prepared = await withTimeout(connection.sendRequest(PrepareRenameRequest.type, {
    textDocument: { uri }, position,
  }), 'prepareRename');
  assert.ok(prepared, 'prepareRename result is not null');
  const range = prepared.range ?? prepared;
  assertRange(range);
  assert.equal(range.start.line, position.line);
  assert.equal(range.end.character - range.start.character, 'waardering_overleggen'.length);

  const edit = await withTimeout(connection.sendRequest(RenameRequest.type, {
    textDocument: { uri }, position, newName: 'waardering_overleg',
  }), 'rename');
  assert.ok(edit, 'rename result is not null');
  let edits;
  if (edit.changes) {
    edits = edit.changes[uri];
  } else {
    edits = (edit.documentChanges ?? []).filter((c) => c.textDocument?.uri === uri).flatMap((c) => c.edits);
  }
  assert.ok(Array.isArray(edits) && edits.length > 0, `edits for ${uri} in ${JSON.stringify(edit)}`);
  for (const e of edits) {
    assertRange(e.range);
    assert.equal(e.newText, 'waardering_overleg');
  }
  assert.ok(edits.some((e) => e.range.start.line === position.line), 'the declaration itself is renamed');
});

test('formatting returns an array of TextEdits', async () => {
  const edits = await withTimeout(connection.sendRequest(DocumentFormattingRequest.type, {
    textDocument: { uri }, options: { tabSize: 4, insertSpaces: true },
  }), 'formatting');
  assert.ok(Array.isArray(edits), `formatting result is an array: ${JSON.stringify(edits)}`);
  for (const e of edits) {
    assertRange(e.range);
    assert.equal(typeof e.newText, 'string');
  }
});

test('an unknown method is a MethodNotFound error and the server keeps answering', async () => {
  await assert.rejects(
    withTimeout(connection.sendRequest('kpi/doesNotExist', { x: 1 }), 'unknown method'),
    (e) => {
      assert.ok(e instanceof ResponseError, `ResponseError, got ${e}`);
      assert.equal(e.code, ErrorCodes.MethodNotFound);
      return true;
    });
  const hover = await withTimeout(connection.sendRequest(HoverRequest.type, {
    textDocument: { uri }, position: positionOf('indicator waardering_overleggen', 'indicator '.length),
  }), 'hover after error');
  assert.ok(hover && hover.contents, 'hover still answers');
});

test('references, definition and document highlights of an indicator name', async () => {
  const position = positionOf('indicator waardering_overleggen', 'indicator '.length + 2);
  const references = await withTimeout(connection.sendRequest('textDocument/references', {
    textDocument: { uri }, position, context: { includeDeclaration: true },
  }), 'references');
  assert.ok(Array.isArray(references) && references.length >= 1, JSON.stringify(references));
  for (const r of references) { assert.equal(typeof r.uri, 'string'); assertRange(r.range); }
  const use = text.indexOf('waardering_overleggen', text.indexOf('indicator waardering_overleggen') + 40);
  if (use > 0) {
    const definition = await withTimeout(connection.sendRequest('textDocument/definition', {
      textDocument: { uri }, position: positionAt(use + 2),
    }), 'definition');
    const target = Array.isArray(definition) ? definition[0] : definition;
    if (target) { assert.equal(target.uri, uri); assertRange(target.range); }
  }
  const highlights = await withTimeout(connection.sendRequest('textDocument/documentHighlight', {
    textDocument: { uri }, position,
  }), 'documentHighlight');
  assert.ok(Array.isArray(highlights) && highlights.length >= 1, JSON.stringify(highlights));
  for (const h of highlights) { assertRange(h.range); assert.ok([1, 2, 3].includes(h.kind), `kind ${h.kind}`); }
});

test('document symbols, workspace symbols and folding ranges outline the file', async () => {
  const symbols = await withTimeout(connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), 'documentSymbol');
  assert.ok(Array.isArray(symbols) && symbols.length > 0);
  const names = JSON.stringify(symbols);
  assert.match(names, /samenwerking/);
  for (const sym of symbols) { assert.equal(typeof sym.name, 'string'); assertRange(sym.range); assertRange(sym.selectionRange); }
  const found = await withTimeout(connection.sendRequest('workspace/symbol', { query: 'waardering' }), 'workspace/symbol');
  assert.ok(found.some((f) => f.name === 'waardering_overleggen'), JSON.stringify(found));
  const folds = await withTimeout(connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } }), 'foldingRange');
  assert.ok(Array.isArray(folds) && folds.length > 0);
  for (const f of folds) assert.ok(Number.isInteger(f.startLine) && f.endLine >= f.startLine, JSON.stringify(f));
});

test('semantic tokens, code lenses and code actions answer in their shapes', async () => {
  const tokens = await withTimeout(connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }), 'semanticTokens');
  assert.ok(Array.isArray(tokens.data) && tokens.data.length > 0 && tokens.data.length % 5 === 0, `data of ${tokens.data?.length}`);
  const lenses = await withTimeout(connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }), 'codeLens');
  assert.ok(Array.isArray(lenses) && lenses.length > 0);
  for (const lens of lenses) { assertRange(lens.range); assert.equal(typeof lens.command?.title, 'string'); }
  // A lens that opens a list carries its arguments: the document, a position and the places.
  const opening = lenses.find((l) => Array.isArray(l.command?.arguments));
  if (opening) {
    assert.equal(opening.command.arguments[0], uri);
    assertPosition(opening.command.arguments[1]);
    assert.ok(Array.isArray(opening.command.arguments[2]));
  }
  // A target without a deadline (KPI105) gets a quick fix that adds one.
  const extra = pathToFileURL(path.join(workspace, 'termijn.kpi')).href;
  const extraText = 'doel d "Doel" {\n  indicator i "Indicator" {\n    soort: aantal\n    streefwaarde: minimaal 5\n  }\n}\n';
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: extra, languageId: 'kpi', version: 1, text: extraText },
  });
  const published = await waitForPublication((p) => p.uri === extra, `diagnostics for ${extra}`);
  const actions = await withTimeout(connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: extra },
    range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } },
    context: { diagnostics: published.diagnostics },
  }), 'codeAction');
  assert.ok(Array.isArray(actions), JSON.stringify(actions));
  for (const a of actions) { assert.equal(typeof a.title, 'string'); assert.equal(typeof a.edit?.changes, 'object'); }
  if (published.diagnostics.some((d) => d.code === 'KPI105')) assert.ok(actions.length > 0, 'a quick fix for KPI105');
});

test('pull diagnostics return a full report for an open file', async () => {
  const report = await withTimeout(connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), 'textDocument/diagnostic');
  assert.equal(report.kind, 'full');
  assert.equal(typeof report.resultId, 'string');
  assert.ok(Array.isArray(report.items));
});

test('an edit publishes the findings of the new version, and the server says when it checks', async () => {
  const extra = pathToFileURL(path.join(workspace, 'onvolledig.kpi')).href;
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: extra, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 20 } }, text: 'onvolledig_y' }],
  });
  const published = await waitForPublication((p) => p.uri === extra && p.version === 2, 'diagnostics of version 2');
  assert.ok(published.diagnostics.length > 0);
  assert.ok(statuses.some((s) => s.bezig === true) && statuses.some((s) => s.bezig === false), JSON.stringify(statuses));
  assert.ok(logMessages.length > 0 && logMessages.every((m) => typeof m.message === 'string' && [1, 2, 3, 4].includes(m.type)));
});

test('switching kpi.taal to English publishes the findings again, in English', async () => {
  const before = publications.length;
  await connection.sendNotification('workspace/didChangeConfiguration', { settings: { kpi: { taal: 'en' } } });
  const english = await waitForPublication((p) => publications.indexOf(p) >= before && p.diagnostics.length > 0, 'republished findings');
  assert.ok(english.diagnostics.every((d) => typeof d.message === 'string'));
  await connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: pathToFileURL(path.join(workspace, 'kpiconfig.json')).href, type: 1 }],
  });
  const hover = await withTimeout(connection.sendRequest(HoverRequest.type, {
    textDocument: { uri }, position: positionOf('indicator waardering_overleggen', 'indicator '.length),
  }), 'hover after settings');
  assert.ok(hover && hover.contents);
});

test('shutdown then exit ends the server with code 0', async () => {
  const result = await withTimeout(connection.sendRequest(ShutdownRequest.type), 'shutdown');
  assert.equal(result, null);
  await connection.sendNotification(ExitNotification.type);
  const code = await withTimeout(child.exited, 'server exit');
  assert.equal(code, 0, `exit code ${exitCode}; stderr:\n${stderr}`);
});
