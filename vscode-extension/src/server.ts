// The language client: starts `kpic lsp` itself (so the output channel shows each log line once and a normal stop
// is not reported as an error), shows the server's state in the status bar, restarts it after a crash and, after
// repeated crashes, asks the user in their language. Language and rule levels go to the running server.
import { ChildProcess, spawn } from 'node:child_process';
import * as os from 'node:os';
import * as readline from 'node:readline';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  StreamInfo,
  vsdiag,
} from 'vscode-languageclient/node';
import { CommandLine, lspCommand } from './cliArgs';
import { ConfigDocumentSync } from './configSync';
import { currentServerOptions, currentTaal, launchKpic, workspaceFolder } from './config';
import { CrashCounter } from './crashCounter';
import { isServerLogLine } from './serverLog';
import { message } from './messages';
import { preflight } from './preflight';
import { StatusItem } from './statusItem';

export class KpiServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private configSync: ConfigDocumentSync | undefined;
  private process: ChildProcess | undefined;
  private stopping = false;
  private readonly crashes = new CrashCounter();
  private readonly status = new StatusItem();

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {}

  async start(): Promise<void> {
    const taal = currentTaal();
    const kpic = await launchKpic(this.context, (line) => this.output.appendLine(line));
    const problem = await preflight(kpic, taal, workspaceFolder() ?? os.homedir());
    if (problem !== undefined) {
      this.output.appendLine(problem);
      this.showError(problem);
      this.status.show('stopped');
      return;
    }
    const settings = currentServerOptions();
    this.reportSettingProblems(settings.problems);
    const line = lspCommand(kpic);
    const cwd = workspaceFolder() ?? os.homedir();
    const serverOptions: ServerOptions = () => Promise.resolve(this.spawnServer(line, cwd));
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: 'kpi' }, { scheme: 'untitled', language: 'kpi' }],
      initializationOptions: settings.options,
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      errorHandler: {
        error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
        closed: () => this.onClosed(),
      },
      middleware: {
        // The server pushes diagnostics for every file of the workspace and also answers pull requests for open
        // ones; VS Code would show an open file's findings twice (two collections). Push alone covers both.
        provideDiagnostics: () => ({ kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] }),
      },
      synchronize: {
        fileEvents: [
          vscode.workspace.createFileSystemWatcher('**/*.kpi'),
          vscode.workspace.createFileSystemWatcher('**/kpiconfig.json'),
        ],
      },
    };
    const client = new LanguageClient('kpi', 'KPI', serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((event) => {
      if (this.client === client) this.status.show(event.newState === State.Running ? 'ready' : event.newState === State.Starting ? 'checking' : 'stopped');
    });
    this.status.show('checking');
    try {
      await client.start();
      this.configSync?.dispose();
      this.configSync = new ConfigDocumentSync(client);
      client.onNotification('kpi/status', (params: { bezig?: boolean }) => {
        if (this.client === client && client.isRunning()) this.status.show(params?.bezig ? 'checking' : 'ready');
      });
    } catch (error) {
      const text = message(taal, 'serverFailed', error instanceof Error ? error.message : String(error));
      this.output.appendLine(text);
      this.showError(text);
      this.status.show('stopped');
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.configSync?.dispose();
    this.configSync = undefined;
    this.stopping = true;
    try {
      if (client !== undefined) await client.stop(5000);
    } catch {
      // A server that already died cannot be stopped; there is nothing left to clean up.
    } finally {
      this.process?.kill();
      this.process = undefined;
      this.stopping = false;
      this.status.show('stopped');
    }
  }

  async restart(): Promise<void> {
    this.crashes.reset();
    await this.stop();
    await this.start();
  }

  /** Another server path needs a new server; language and rule levels are sent to the running one. */
  async onConfigurationChanged(event: vscode.ConfigurationChangeEvent): Promise<void> {
    if (event.affectsConfiguration('kpi.server.pad')) {
      await this.restart();
      return;
    }
    if ((event.affectsConfiguration('kpi.taal') || event.affectsConfiguration('kpi.regels')) && this.client?.isRunning()) {
      const settings = currentServerOptions();
      this.reportSettingProblems(settings.problems);
      await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: { kpi: settings.options } });
    }
  }

  dispose(): void {
    void this.stop();
    this.status.dispose();
  }

  /**
   * Starts `kpic lsp` with its stdout and stdin as the connection. The server logs every line both to stderr and
   * as window/logMessage; the client shows the latter, so stderr adds only what is not such a line (a crash).
   */
  private spawnServer(line: CommandLine, cwd: string): StreamInfo {
    const child = spawn(line.command, [...line.args], { cwd, stdio: 'pipe', windowsHide: true });
    this.process = child;
    readline.createInterface({ input: child.stderr }).on('line', (text) => {
      if (!isServerLogLine(text)) this.output.appendLine(text);
    });
    child.on('error', (error) => this.output.appendLine(message(currentTaal(), 'serverFailed', error.message)));
    child.on('exit', (code, signal) => {
      if (this.process === child) this.process = undefined;
      // A normal stop ends with code 0 and says nothing; anything else is worth a line.
      if (!this.stopping && (code !== 0 || signal !== null)) this.lastExit = signal ?? message(currentTaal(), 'exitedWith', String(code));
    });
    return { reader: child.stdout, writer: child.stdin };
  }

  private lastExit = '';

  private onClosed(): { action: CloseAction; message?: string; handled: boolean } {
    if (this.stopping) return { action: CloseAction.DoNotRestart, handled: true };
    const taal = currentTaal();
    this.status.show('stopped');
    if (this.crashes.crashed(Date.now())) {
      return { action: CloseAction.Restart, message: message(taal, 'crashedRestarting', this.lastExit || '?'), handled: true };
    }
    const text = message(taal, 'crashedGivenUp', this.crashes.count);
    const restart = message(taal, 'restart');
    const show = message(taal, 'showOutput');
    void vscode.window.showErrorMessage(text, restart, show).then((choice) => {
      if (choice === restart) void vscode.commands.executeCommand('kpi.herstartServer');
      if (choice === show) this.output.show(true);
    });
    return { action: CloseAction.DoNotRestart, message: text, handled: true };
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
