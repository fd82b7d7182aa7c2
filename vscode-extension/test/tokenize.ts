// Tokenizes text with the extension's TextMate grammar, the way VS Code does (vscode-textmate + Oniguruma).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { extensionRoot } from './paths';

export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
  readonly line: number;
}

let grammar: Promise<textmate.IGrammar> | undefined;

function loadGrammar(): Promise<textmate.IGrammar> {
  grammar ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async () => {
        const file = path.join(extensionRoot, 'syntaxes', 'kpi.tmLanguage.json');
        return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
    const loaded = await registry.loadGrammar('source.kpi');
    if (loaded === null) throw new Error('grammar source.kpi did not load');
    return loaded;
  })();
  return grammar;
}

export async function tokenize(text: string): Promise<Token[]> {
  const g = await loadGrammar();
  const tokens: Token[] = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = g.tokenizeLine(line, state);
    state = result.ruleStack;
    for (const token of result.tokens) {
      tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes.slice(1), line: index + 1 });
    }
  });
  return tokens;
}
