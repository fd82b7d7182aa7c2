// What package.json declares: the language, grammar, schema, commands and settings, each with its
// Dutch and English text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { extensionRoot } from './paths';

const read = (file: string): any => JSON.parse(fs.readFileSync(path.join(extensionRoot, file), 'utf8'));
const manifest = read('package.json');

test('the kpi language is contributed for *.kpi with a configuration and an icon', () => {
  const language = manifest.contributes.languages.find((l: any) => l.id === 'kpi');
  assert.deepEqual(language.extensions, ['.kpi']);
  assert.ok(fs.existsSync(path.join(extensionRoot, language.configuration)));
  assert.ok(fs.existsSync(path.join(extensionRoot, language.icon.dark)));
  assert.ok(fs.existsSync(path.join(extensionRoot, manifest.icon)));
});

test('the grammar is contributed for kpi with scope source.kpi', () => {
  const grammar = manifest.contributes.grammars[0];
  assert.equal(grammar.language, 'kpi');
  assert.equal(grammar.scopeName, 'source.kpi');
  assert.equal(read(grammar.path).scopeName, 'source.kpi');
});

test('kpiconfig.json is validated against the schema the package step copies in', () => {
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: 'kpiconfig.json', url: './schemas/kpiconfig.schema.json' }]);
});

test('every %key% in package.json has an English and a Dutch text', () => {
  const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length >= 10);
  for (const file of ['package.nls.json', 'package.nls.nl.json']) {
    const texts = read(file);
    assert.deepEqual(keys.filter((k) => typeof texts[k] !== 'string' || texts[k].trim() === ''), [], file);
  }
  // package.nls.json is VS Code's fallback for every display language without its own file; Dutch has its own.
  assert.equal(read('package.nls.nl.json')['command.compileer'], 'Compileer werkruimte naar SQLite');
  assert.equal(read('package.nls.json')['command.compileer'], 'Compile workspace to SQLite');
});

test('the commands are compile, open report, restart server and show output, in the KPI category', () => {
  const commands = manifest.contributes.commands.map((c: any) => `${c.category}: ${c.command}`);
  assert.deepEqual(commands.sort(), ['KPI: kpi.compileer', 'KPI: kpi.herstartServer', 'KPI: kpi.openRapport', 'KPI: kpi.toonUitvoer']);
});

test('the settings are server path, language, rule levels, output folder, database and trace', () => {
  const properties = manifest.contributes.configuration.properties;
  assert.deepEqual(Object.keys(properties).sort(), ['kpi.database', 'kpi.regels', 'kpi.server.pad', 'kpi.taal', 'kpi.trace.server', 'kpi.uitvoermap']);
  assert.equal(properties['kpi.uitvoermap'].default, '.kpi');
  assert.deepEqual(properties['kpi.taal'].enum, ['nl', 'en']);
  assert.equal(properties['kpi.taal'].default, 'nl');
  for (const word of ['fout', 'waarschuwing', 'info', 'uit']) {
    assert.ok(properties['kpi.regels'].additionalProperties.enum.includes(word), word);
  }
});

test('no snippets of its own: the language server offers one template per declaration, where it may stand', () => {
  // A snippet file made 'indicator' appear three times in the list (server template, keyword, snippet).
  assert.equal(manifest.contributes.snippets, undefined);
  assert.ok(!manifest.categories.includes('Snippets'));
});

test('the word pattern keeps names with diacritics together', () => {
  const config = read('language-configuration.json');
  // VS Code builds the pattern with exactly these flags: without 'u', \p{L} is not a letter class and completion
  // never opened while typing "frequentie".
  assert.equal(config.wordPattern.flags, 'u');
  const word = new RegExp(config.wordPattern.pattern, 'g' + config.wordPattern.flags);
  assert.deepEqual('beïnvloedt: coördinator_jeugd, enquête'.match(word), ['beïnvloedt', 'coördinator_jeugd', 'enquête']);
  assert.deepEqual('nulmeting: 6,8 op 2025-03-01'.match(word), ['nulmeting', '6,8', 'op', '2025-03-01']);
});

test('comments, brackets, quotes and indentation follow the language', () => {
  const config = read('language-configuration.json');
  assert.equal(config.comments.lineComment, '//');
  assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
  assert.ok(config.autoClosingPairs.some((p: any) => p.open === '"' && p.close === '"'));
  assert.ok(config.autoClosingPairs.some((p: any) => p.open === '{' && p.close === '}'));
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
  assert.ok(increase.test('doel samenwerking "Samenwerking" {'));
  assert.ok(!increase.test('    streefwaarde: minimaal 2 { disclaimer: "x" }'));
  assert.ok(!increase.test('    toelichting: "een { in tekst"'));
  assert.ok(decrease.test('    }'));
});

test('a line ending in an opening brace indents the next line, also after a title with spaces', () => {
  const config = read('language-configuration.json');
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  assert.ok(increase.test('    streefwaarde: minimaal 95 % vanaf 2024 {'));
  assert.ok(increase.test('indicator x "Titel met { erin" { // commentaar'));
});
