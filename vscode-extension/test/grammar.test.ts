// The TextMate grammar: the annotated snippets under test/grammar/ (vscode-tmgrammar-test), every keyword of
// the keyword table, and every sample file.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { extensionRoot, repositoryRoot } from './paths';
import { tokenize } from './tokenize';

const snippetFolder = path.join(extensionRoot, 'test', 'grammar');
const snippets = fs.readdirSync(snippetFolder).filter((name) => name.endsWith('.test.kpi'));

test('there are annotated grammar snippets', () => {
  assert.ok(snippets.length >= 4, `found ${snippets.length}`);
});

for (const snippet of snippets) {
  test(`grammar snippet ${snippet} has the scopes it is annotated with`, () => {
    const cli = require.resolve('vscode-tmgrammar-test/dist/unit.js');
    const result = spawnSync(process.execPath, [cli, '-g', 'syntaxes/kpi.tmLanguage.json', path.join('test', 'grammar', snippet)], {
      cwd: extensionRoot,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
}

/**
 * Every keyword of the keyword table (src/KpiLang.Core/Syntax/Keywords/KeywordTable.cs, the one place a keyword is
 * spelled): each row's spelling and its other spellings, e.g. 'doel', 'beïnvloedt', 'ja/nee'; with whether the grammar
 * also takes it as a name.
 */
function tableKeywords(): { word: string; mayBeName: boolean }[] {
  const table = fs.readFileSync(path.join(repositoryRoot, 'src', 'KpiLang.Core', 'Syntax', 'Keywords', 'KeywordTable.cs'), 'utf8');
  const words: { word: string; mayBeName: boolean }[] = [];
  for (const row of table.matchAll(/\b(?:Import|Declaration|Property|Word)\("([^"]+)"([^\n]*)/g)) {
    const mayBeName = row[2].includes('mayBeName: true');
    words.push({ word: row[1], mayBeName });
    const also = /also: \[([^\]]*)\]/.exec(row[2]);
    for (const other of also ? also[1].matchAll(/"([^"]+)"/g) : []) words.push({ word: other[1], mayBeName });
  }
  return words;
}

test('every keyword of the table is highlighted as a keyword, never as a plain name', async () => {
  const keywords = tableKeywords();
  assert.ok(keywords.length > 80, `found ${keywords.length} keywords in KeywordTable.cs`);
  const plain: string[] = [];
  // The parser accepts these as names too (the table's mayBeName, rule `identifier` in KpiParser.g4), so a name may show plain.
  for (const { word } of keywords.filter((k) => !k.mayBeName && !k.word.includes(' '))) {
    // In a value position, and as a property key where it is one, the word must get a scope of its own.
    const tokens = await tokenize(`    x: ${word} \n    ${word}: 1\n${word} naam "Titel"`);
    const scopes = tokens.filter((t) => t.text.trim() === word || t.text.startsWith(word)).flatMap((t) => t.scopes);
    if (scopes.length === 0 || scopes.every((s) => s.startsWith('variable.'))) plain.push(word);
  }
  assert.deepEqual(plain, []);
});

test('every sample file is highlighted without a token the grammar does not know', async () => {
  const folders = fs.readdirSync(path.join(repositoryRoot, 'samples'));
  let files = 0;
  for (const folder of folders) {
    const dir = path.join(repositoryRoot, 'samples', folder);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.kpi'))) {
      files++;
      const tokens = await tokenize(fs.readFileSync(path.join(dir, name), 'utf8'));
      const unknown = tokens.filter((t) => t.text.trim() !== '' && (t.scopes.length === 0 || t.scopes.some((s) => s.startsWith('invalid'))));
      assert.deepEqual(unknown.map((t) => `${folder}/${name}:${t.line} ${t.text}`), []);
    }
  }
  assert.ok(files >= 6, `found ${files} sample files`);
});

test('names with diacritics are one token, and a declaration name is highlighted as such', async () => {
  const tokens = await tokenize('actor coördinator_beïnvloeding "Coördinator" {\n    eigenaar: coördinator_beïnvloeding\n}');
  const name = tokens.find((t) => t.line === 1 && t.text === 'coördinator_beïnvloeding');
  assert.ok(name?.scopes.includes('entity.name.type.kpi'), JSON.stringify(tokens));
  const reference = tokens.find((t) => t.line === 2 && t.text === 'coördinator_beïnvloeding');
  assert.ok(reference?.scopes.includes('variable.other.kpi'), JSON.stringify(tokens));
});

test('a keyword inside a longer name is not highlighted as a keyword', async () => {
  const tokens = await tokenize('    eigenaar: doelgroep_team, inzicht_in_tot');
  assert.deepEqual(tokens.filter((t) => t.scopes.includes('variable.other.kpi')).map((t) => t.text), ['doelgroep_team', 'inzicht_in_tot']);
});
