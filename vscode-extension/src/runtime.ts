// Is a .NET runtime that can run the bundled server present? Reads the output of `dotnet --list-runtimes`.
import { message, Taal } from './messages';

/** The server targets this major version of .NET (see Directory.Build.props). */
export const requiredDotnetMajor = 10;

export interface RuntimeCheck {
  readonly ok: boolean;
  /** The message for the user when not ok. */
  readonly problem?: string;
}

/** Versions of Microsoft.NETCore.App listed by `dotnet --list-runtimes`, e.g. ["8.0.11", "10.0.12"]. */
export function netCoreVersions(listRuntimesOutput: string): string[] {
  const versions: string[] = [];
  for (const line of listRuntimesOutput.split(/\r?\n/)) {
    const match = /^Microsoft\.NETCore\.App\s+(\d+\.\d+\.\d+\S*)/.exec(line.trim());
    if (match) versions.push(match[1]);
  }
  return versions;
}

/**
 * Judges the runtimes: `output` is undefined when `dotnet` could not be started at all. A newer major also
 * runs the server only with roll-forward, which the bundled server does not opt into, so it must be the same major.
 */
export function checkRuntime(output: string | undefined, taal: Taal, major = requiredDotnetMajor): RuntimeCheck {
  if (output === undefined) {
    return { ok: false, problem: message(taal, 'noDotnet', major) };
  }
  const versions = netCoreVersions(output);
  if (versions.some((v) => Number(v.split('.')[0]) === major)) {
    return { ok: true };
  }
  const found = versions.length === 0 ? '—' : versions.join(', ');
  return { ok: false, problem: message(taal, 'oldDotnet', major, found) };
}
