// Entry point: wires the language client, the commands and the settings to VS Code. The logic it relies on
// (paths, runtime check, settings, command lines) lives in small modules that are tested without VS Code.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { KpiServer } from './server';

let server: KpiServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('KPI');
  context.subscriptions.push(output);
  server = new KpiServer(context, output);
  context.subscriptions.push(server);
  registerCommands(context, server, output);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => server?.onConfigurationChanged(event)));
  await server.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
