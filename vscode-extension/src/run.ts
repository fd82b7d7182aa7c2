// Runs a child process and collects its output; never throws (a missing program is an exit code of null).
import { spawn } from 'node:child_process';
import { CommandLine } from './cliArgs';

export interface RunResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Set when the program could not be started at all (ENOENT and the like). */
  readonly startError?: string;
}

export function run(line: CommandLine, cwd: string, onOutput?: (text: string) => void): Promise<RunResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    const finish = (result: RunResult): void => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    let child;
    try {
      child = spawn(line.command, [...line.args], { cwd, shell: false, windowsHide: true });
    } catch (error) {
      finish({ exitCode: null, stdout, stderr, startError: String(error) });
      return;
    }
    child.stdout.setEncoding('utf8').on('data', (text: string) => { stdout += text; onOutput?.(text); });
    child.stderr.setEncoding('utf8').on('data', (text: string) => { stderr += text; onOutput?.(text); });
    child.on('error', (error) => finish({ exitCode: null, stdout, stderr, startError: error.message }));
    child.on('close', (code) => finish({ exitCode: code, stdout, stderr }));
  });
}
