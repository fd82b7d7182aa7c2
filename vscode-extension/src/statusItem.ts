// The status bar item of the language server: ready, checking or stopped. A click offers to restart it.
import * as vscode from 'vscode';
import { currentTaal } from './config';
import { message } from './messages';

export type ServerState = 'ready' | 'checking' | 'stopped';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('kpi.status', vscode.StatusBarAlignment.Left, 0);

  constructor() {
    this.item.name = 'KPI';
    this.item.command = 'kpi.herstartServer';
    this.show('stopped');
  }

  show(state: ServerState): void {
    const taal = currentTaal();
    this.item.text = state === 'ready' ? '$(check) KPI'
      : state === 'checking' ? `$(sync~spin) ${message(taal, 'statusChecking')}`
      : `$(error) ${message(taal, 'statusStopped')}`;
    this.item.tooltip = message(taal, state === 'stopped' ? 'statusStoppedTooltip' : 'statusReadyTooltip');
    this.item.backgroundColor = state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
