// Reads the extension's settings from VS Code into the plain shapes the tested modules take.
import * as os from 'node:os';
import * as vscode from 'vscode';
import { Taal, toTaal } from './messages';
import { KpicLaunch, resolveKpic } from './serverPath';
import { SettingsResult, toServerOptions } from './settings';

export function workspaceFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

export function currentTaal(): Taal {
  return toTaal(vscode.workspace.getConfiguration('kpi').get('taal'));
}

export function currentServerOptions(): SettingsResult {
  const config = vscode.workspace.getConfiguration('kpi');
  return toServerOptions(config.get('taal'), config.get('regels'));
}

export function currentKpic(context: vscode.ExtensionContext): KpicLaunch {
  return resolveKpic({
    configured: vscode.workspace.getConfiguration('kpi').get<string>('server.pad'),
    extensionPath: context.extensionPath,
    workspaceFolder: workspaceFolder(),
    home: os.homedir(),
  });
}
