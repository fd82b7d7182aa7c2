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
  /** process.platform: the bundled native server is kpic.exe on Windows. */
  readonly platform?: string;
  /** Whether a file exists (the bundled native server is looked for first). */
  readonly exists?: (file: string) => boolean;
}

/**
 * The platform packages (vsce --target, see scripts/package.mjs) carry kpic as a native (Native AOT) program that
 * needs no .NET. A package built for a platform this machine cannot compile natively for carries the
 * framework-dependent kpic.dll instead, started with a .NET runtime (acquired through the .NET Install Tool).
 */
export function bundledNativeRelativePath(platform: string = process.platform): string {
  return path.join('server', platform === 'win32' ? 'kpic.exe' : 'kpic');
}

export const bundledServerRelativePath = path.join('server', 'kpic.dll');

export function resolveKpic(input: ServerPathInput): KpicLaunch {
  const configured = (input.configured ?? '').trim();
  if (configured === '') {
    const native = path.join(input.extensionPath, bundledNativeRelativePath(input.platform));
    if (input.exists?.(native)) return { command: native, args: [], needsDotnet: false, file: native, bundled: true };
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

/** The same launch with a .NET found or acquired elsewhere (the .NET Install Tool's dotnet.acquire): no check needed. */
export function withDotnet(kpic: KpicLaunch, dotnetPath: string | undefined): KpicLaunch {
  return kpic.needsDotnet && dotnetPath ? { ...kpic, command: dotnetPath, needsDotnet: false } : kpic;
}
