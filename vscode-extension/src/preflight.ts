// Before starting kpic: is the file there, and can `dotnet` run it? Returns the user's message when not.
import * as fs from 'node:fs';
import { message, Taal } from './messages';
import { checkRuntime } from './runtime';
import { run } from './run';
import { KpicLaunch } from './serverPath';

export async function preflight(kpic: KpicLaunch, taal: Taal, cwd: string): Promise<string | undefined> {
  if (!fs.existsSync(kpic.file)) {
    return message(taal, 'noServer', kpic.file);
  }
  if (!kpic.needsDotnet) {
    return undefined;
  }
  const result = await run({ command: 'dotnet', args: ['--list-runtimes'] }, cwd);
  const output = result.startError === undefined && result.exitCode === 0 ? result.stdout : undefined;
  return checkRuntime(output, taal).problem;
}
