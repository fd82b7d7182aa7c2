// The extension's settings as the language server receives them: `initializationOptions` at start and the
// same shape on `workspace/didChangeConfiguration`. Level words follow the kpiconfig.json contract.
import { message, Taal, toTaal } from './messages';

export type LevelWord = 'fout' | 'waarschuwing' | 'info' | 'uit';

const levelWords: Record<string, LevelWord> = {
  fout: 'fout', error: 'fout',
  waarschuwing: 'waarschuwing', warning: 'waarschuwing',
  info: 'info', information: 'info',
  uit: 'uit', off: 'uit', none: 'uit',
};

export interface ServerOptions {
  readonly taal: Taal;
  /** Rule code → level word; wins over kpiconfig.json on the server. */
  readonly regels: Readonly<Record<string, LevelWord>>;
}

export interface SettingsResult {
  readonly options: ServerOptions;
  /** Entries of `kpi.regels` that were left out, explained to the user. */
  readonly problems: readonly string[];
}

/** Turns raw setting values into what the server is sent, dropping (and explaining) entries it would refuse. */
export function toServerOptions(rawTaal: unknown, rawRegels: unknown): SettingsResult {
  const taal = toTaal(rawTaal);
  const regels: Record<string, LevelWord> = {};
  const problems: string[] = [];
  if (rawRegels !== null && typeof rawRegels === 'object' && !Array.isArray(rawRegels)) {
    for (const [rawCode, rawLevel] of Object.entries(rawRegels as Record<string, unknown>)) {
      const code = rawCode.trim().toUpperCase();
      if (!/^KPI\d{3,4}$/.test(code)) {
        problems.push(message(taal, 'badRuleCode', rawCode));
        continue;
      }
      const level = typeof rawLevel === 'string' ? levelWords[rawLevel.trim().toLowerCase()] : undefined;
      if (level === undefined) {
        problems.push(message(taal, 'badRuleLevel', code, String(rawLevel)));
        continue;
      }
      regels[code] = level;
    }
  }
  return { options: { taal, regels }, problems };
}
