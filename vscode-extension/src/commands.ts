// The commands in the palette: compile the workspace to SQLite, open the HTML report, restart the server,
// show the output channel.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildCommand, CommandLine, databasePath, displayCommand, outcomeOf, reportCommand, reportPath } from './cliArgs';
import { currentTaal, launchKpic, workspaceFolder } from './config';
import { message, Taal } from './messages';
import { preflight } from './preflight';
import { onLightPage } from './reportPage';
import { run } from './run';
import { KpiServer } from './server';

export function registerCommands(context: vscode.ExtensionContext, server: KpiServer, output: vscode.OutputChannel): void {
  const kpi = new KpiCommands(context, output);
  context.subscriptions.push(
    vscode.commands.registerCommand('kpi.compileer', () => kpi.compile()),
    vscode.commands.registerCommand('kpi.openRapport', () => kpi.openReport()),
    vscode.commands.registerCommand('kpi.herstartServer', async () => {
      await server.restart();
      void vscode.window.showInformationMessage(message(currentTaal(), 'restarted'));
    }),
    vscode.commands.registerCommand('kpi.toonUitvoer', () => output.show(true)),
    // The code lens above a goal ("3 indicatoren", "2 bevindingen") opens the places it counts, in place.
    vscode.commands.registerCommand('kpi.toonLijst', (uri: string, position: { line: number; character: number }, places: Place[]) =>
      vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(position.line, position.character),
        places.map((p) => new vscode.Location(vscode.Uri.parse(p.uri), new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character))))),
  );
}

/** A place as the language server sends it (an LSP Location). */
interface Place {
  readonly uri: string;
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
}

class KpiCommands {
  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {}

  /** Builds the workspace into the database; returns its path when it was written. */
  async compile(): Promise<string | undefined> {
    const taal = currentTaal();
    const folder = await this.requireWorkspace(taal);
    if (folder === undefined) return undefined;
    const config = vscode.workspace.getConfiguration('kpi');
    const database = databasePath(folder, config.get<string>('uitvoermap'), config.get<string>('database'));
    fs.mkdirSync(path.dirname(database), { recursive: true });
    const kpic = await launchKpic(this.context, (line) => this.output.appendLine(line));
    const line = buildCommand(kpic, folder, database, taal);
    const ok = await this.runKpic('build', line, folder, message(taal, 'building', path.basename(database)), taal);
    if (!ok) return undefined;
    const openReport = message(taal, 'openReport');
    void vscode.window.showInformationMessage(message(taal, 'buildDone', database), openReport).then((choice) => {
      if (choice === openReport) void this.openReport();
    });
    return database;
  }

  /** Builds, writes the HTML report next to the database and shows it in an editor tab. */
  async openReport(): Promise<string | undefined> {
    const taal = currentTaal();
    const database = await this.compile();
    if (database === undefined) return undefined;
    const folder = workspaceFolder() ?? path.dirname(database);
    const report = reportPath(database);
    const line = reportCommand(await launchKpic(this.context, (text) => this.output.appendLine(text)), database, report, taal);
    if (!(await this.runKpic('report', line, folder, message(taal, 'reporting'), taal))) return undefined;
    const panel = vscode.window.createWebviewPanel('kpi.rapport', message(taal, 'reportTitle'), vscode.ViewColumn.Active, {
      enableScripts: true,
    });
    panel.webview.html = onLightPage(fs.readFileSync(report, 'utf8'));
    void vscode.window.showInformationMessage(message(taal, 'reportDone', report));
    return report;
  }

  private async requireWorkspace(taal: Taal): Promise<string | undefined> {
    const folder = workspaceFolder();
    if (folder === undefined) void vscode.window.showErrorMessage(message(taal, 'noWorkspace'));
    return folder;
  }

  /** Runs one kpic subcommand with a progress notification; shows what went wrong when it did. */
  private async runKpic(subcommand: string, line: CommandLine, cwd: string, title: string, taal: Taal): Promise<boolean> {
    const problem = await preflight(await launchKpic(this.context, (text) => this.output.appendLine(text)), taal, cwd);
    if (problem !== undefined) {
      this.output.appendLine(problem);
      void vscode.window.showErrorMessage(problem);
      return false;
    }
    this.output.appendLine(`> ${displayCommand(line)}`);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title },
      () => run(line, cwd, (text) => this.output.append(text)),
    );
    if (result.startError !== undefined) this.output.appendLine(result.startError);
    const outcome = outcomeOf(result.exitCode);
    if (outcome === 'ok') return true;
    const text = outcome === 'findings' ? message(taal, 'buildFindings')
      : outcome === 'refused' ? message(taal, 'buildRefused')
      : message(taal, 'commandFailed', subcommand, String(result.exitCode ?? '—'));
    const show = message(taal, 'showOutput');
    void vscode.window.showErrorMessage(text, show).then((choice) => {
      if (choice === show) this.output.show(true);
    });
    return false;
  }
}
