// Sends kpiconfig.json to the language server as the editor holds it, so an unsaved rule level counts at once and
// the server reports KPI190–KPI193 on it. Not through the client's document selector: that would also make the
// server the formatter, outline and semantic highlighter of a JSON file, next to VS Code's own JSON support.
import * as vscode from 'vscode';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  LanguageClient,
  State,
} from 'vscode-languageclient/node';

/** Whether the editor's document is a kpiconfig.json on disk (the server reads the same file through imports' folders). */
export function isConfigDocument(document: { uri: { scheme: string; path: string } }): boolean {
  return document.uri.scheme === 'file' && /(^|\/)kpiconfig\.json$/i.test(document.uri.path);
}

export class ConfigDocumentSync implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.open(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.change(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.close(d)),
      // A restarted server knows no documents: it is told again about every open kpiconfig.json.
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.openAll();
      }),
    );
    this.openAll();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private openAll(): void {
    for (const document of vscode.workspace.textDocuments) this.open(document);
  }

  private open(document: vscode.TextDocument): void {
    if (!isConfigDocument(document) || !this.client.isRunning()) return;
    void this.client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: document.uri.toString(), languageId: 'json', version: document.version, text: document.getText() },
    });
  }

  private change(document: vscode.TextDocument): void {
    if (!isConfigDocument(document) || !this.client.isRunning()) return;
    void this.client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: document.uri.toString(), version: document.version },
      contentChanges: [{ text: document.getText() }],
    });
  }

  private close(document: vscode.TextDocument): void {
    if (!isConfigDocument(document) || !this.client.isRunning()) return;
    void this.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: document.uri.toString() } });
  }
}
