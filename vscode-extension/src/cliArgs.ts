// The command lines the extension's commands run. Kept apart from VS Code so they are unit-tested.
import * as path from 'node:path';
import { KpicLaunch } from './serverPath';
import { Taal } from './messages';

export interface CommandLine {
  readonly command: string;
  readonly args: readonly string[];
}

/** `kpic lsp`: the language server over stdio. */
export function lspCommand(kpic: KpicLaunch): CommandLine {
  return { command: kpic.command, args: [...kpic.args, 'lsp'] };
}

/** The default output folder: hidden, beside the sources, never among them. */
export const defaultOutputFolder = '.kpi';

/**
 * Where the database goes: the setting `kpi.database` (a file name, or an absolute path), inside the output folder
 * `kpi.uitvoermap` (default `.kpi`), which is relative to the workspace folder.
 */
export function databasePath(workspaceFolder: string, outputFolder: string | undefined, setting: string | undefined): string {
  const folder = path.resolve(workspaceFolder, (outputFolder ?? '').trim() || defaultOutputFolder);
  const value = (setting ?? '').trim() || 'kpi.sqlite';
  return path.resolve(folder, value);
}

/** Where the report goes: next to the database, same name with `.html`. */
export function reportPath(database: string): string {
  const parsed = path.parse(database);
  return path.join(parsed.dir, `${parsed.name}-rapport.html`);
}

/** `kpic build <workspace> -o <file> --taal <nl|en>`. */
export function buildCommand(kpic: KpicLaunch, workspaceFolder: string, database: string, taal: Taal): CommandLine {
  return { command: kpic.command, args: [...kpic.args, 'build', workspaceFolder, '-o', database, '--taal', taal] };
}

/** `kpic report --db <file> -o <report.html> --taal <nl|en>`. */
export function reportCommand(kpic: KpicLaunch, database: string, report: string, taal: Taal): CommandLine {
  return { command: kpic.command, args: [...kpic.args, 'report', '--db', database, '-o', report, '--taal', taal] };
}

/** What an exit code of kpic means for the user (see ExitCodes.cs: 0 ok, 1 findings, 2 usage, 3 unsafe to write). */
export type Outcome = 'ok' | 'findings' | 'refused' | 'failed';

export function outcomeOf(exitCode: number | null): Outcome {
  switch (exitCode) {
    case 0: return 'ok';
    case 1: return 'findings';
    case 3: return 'refused';
    default: return 'failed';
  }
}

/** Quotes a command line for the output channel, so a user can copy it into a terminal. */
export function displayCommand(line: CommandLine): string {
  return [line.command, ...line.args].map((part) => (/[\s"']/.test(part) ? JSON.stringify(part) : part)).join(' ');
}
