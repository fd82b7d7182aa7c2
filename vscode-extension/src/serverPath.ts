// Where the language server (kpic) lives and how to start it. Pure logic, so it is unit-tested without VS Code.
import * as path from 'node:path';

/** How to run kpic: the program and the arguments that come before the subcommand. */
export interface KpicLaunch {
  readonly command: string;
  readonly args: readonly string[];
  /** True when it runs as `dotnet kpic.dll`, so a .NET runtime must be present. */
  readonly needsDotnet: boolean;
  /** The file that must exist: the dll or the executable. */
  readonly file: string;
  readonly bundled: boolean;
}

export interface ServerPathInput {
  /** Value of the setting `kpi.server.pad` (may be empty). */
  readonly configured: string | undefined;
  /** Root folder of the installed extension. */
  readonly extensionPath: string;
  /** First workspace folder, for `${workspaceFolder}` and relative paths. */
  readonly workspaceFolder: string | undefined;
  /** The user's home folder, for a leading `~`. */
  readonly home: string;
}

/** The bundled server is a framework-dependent publish: portable across platforms, started through `dotnet`. */
export const bundledServerRelativePath = path.join('server', 'kpic.dll');

export function resolveKpic(input: ServerPathInput): KpicLaunch {
  const configured = (input.configured ?? '').trim();
  if (configured === '') {
    const file = path.join(input.extensionPath, bundledServerRelativePath);
    return { command: 'dotnet', args: [file], needsDotnet: true, file, bundled: true };
  }
  const file = expand(configured, input);
  if (file.toLowerCase().endsWith('.dll')) {
    return { command: 'dotnet', args: [file], needsDotnet: true, file, bundled: false };
  }
  return { command: file, args: [], needsDotnet: false, file, bundled: false };
}

function expand(value: string, input: ServerPathInput): string {
  let result = value;
  if (input.workspaceFolder !== undefined) {
    result = result.replace(/\$\{workspaceFolder\}/g, input.workspaceFolder);
  }
  if (result === '~' || result.startsWith('~/')) {
    result = path.join(input.home, result.slice(1));
  }
  if (!path.isAbsolute(result)) {
    result = path.resolve(input.workspaceFolder ?? input.extensionPath, result);
  }
  return path.normalize(result);
}
