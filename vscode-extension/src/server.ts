// The language client: starts `kpic lsp`, restarts it when the server path or language changes, and passes
// rule overrides on to the running server.
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
} from 'vscode-languageclient/node';
import { lspCommand } from './cliArgs';
import { currentKpic, currentServerOptions, currentTaal, workspaceFolder } from './config';
import { message } from './messages';
import { preflight } from './preflight';

export class KpiServer implements vscode.Disposable {
  private client: LanguageClient | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {}

  async start(): Promise<void> {
    const taal = currentTaal();
    const kpic = currentKpic(this.context);
    const problem = await preflight(kpic, taal, workspaceFolder() ?? os.homedir());
    if (problem !== undefined) {
      this.output.appendLine(problem);
      this.showError(problem);
      return;
    }
    const settings = currentServerOptions();
    this.reportSettingProblems(settings.problems);
    const line = lspCommand(kpic);
    const serverOptions: ServerOptions = {
      command: line.command,
      args: [...line.args],
      options: { cwd: workspaceFolder() ?? os.homedir() },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: 'kpi' }, { scheme: 'untitled', language: 'kpi' }],
      initializationOptions: settings.options,
      outputChannel: this.output,
      traceOutputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      synchronize: {
        fileEvents: [
          vscode.workspace.createFileSystemWatcher('**/*.kpi'),
          vscode.workspace.createFileSystemWatcher('**/kpiconfig.json'),
        ],
      },
    };
    this.client = new LanguageClient('kpi', 'KPI', serverOptions, clientOptions);
    try {
      await this.client.start();
    } catch (error) {
      const text = message(taal, 'serverFailed', error instanceof Error ? error.message : String(error));
      this.output.appendLine(text);
      this.showError(text);
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client !== undefined) {
      try {
        await client.stop(5000);
      } catch {
        // A server that already died cannot be stopped; there is nothing left to clean up.
      }
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** The language and the server path need a new server; rule levels are sent to the running one. */
  async onConfigurationChanged(event: vscode.ConfigurationChangeEvent): Promise<void> {
    if (event.affectsConfiguration('kpi.taal') || event.affectsConfiguration('kpi.server.pad')) {
      await this.restart();
      return;
    }
    if (event.affectsConfiguration('kpi.regels') && this.client?.isRunning()) {
      const settings = currentServerOptions();
      this.reportSettingProblems(settings.problems);
      await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: { kpi: settings.options } });
    }
  }

  dispose(): void {
    void this.stop();
  }

  private reportSettingProblems(problems: readonly string[]): void {
    for (const problem of problems) {
      this.output.appendLine(problem);
      void vscode.window.showWarningMessage(problem);
    }
  }

  private showError(text: string): void {
    const show = message(currentTaal(), 'showOutput');
    void vscode.window.showErrorMessage(text, show).then((choice) => {
      if (choice === show) this.output.show(true);
    });
  }
}
