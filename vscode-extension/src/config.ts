// Reads the extension's settings from VS Code into the plain shapes the tested modules take.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { Taal, toTaal } from './messages';
import { requiredDotnetMajor } from './runtime';
import { KpicLaunch, resolveKpic, withDotnet } from './serverPath';
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
    platform: process.platform,
    exists: fs.existsSync,
  });
}

/**
 * kpic ready to start. The platform packages carry a native kpic; a package with the framework-dependent kpic.dll
 * (a platform this build could not compile natively for) asks the .NET Install Tool for a .NET runtime, as the Bicep
 * extension does, and only without that extension falls back to a `dotnet` on the PATH.
 */
export async function launchKpic(context: vscode.ExtensionContext, log: (line: string) => void): Promise<KpicLaunch> {
  const kpic = currentKpic(context);
  if (!kpic.needsDotnet || !kpic.bundled) return kpic;
  const commands = await vscode.commands.getCommands(true);
  if (!commands.includes('dotnet.acquire')) return kpic;
  try {
    const result = await vscode.commands.executeCommand<{ dotnetPath?: string } | undefined>('dotnet.acquire', {
      version: String(requiredDotnetMajor) + '.0',
      requestingExtensionId: `${context.extension.packageJSON.publisher}.${context.extension.packageJSON.name}`,
    });
    return withDotnet(kpic, result?.dotnetPath);
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    return kpic;
  }
}
