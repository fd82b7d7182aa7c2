// Every message the extension itself shows, in Dutch (the default) and English. The language follows the
// setting `kpi.taal`, the same one that tells the language server which language to speak, so a user sees
// one language everywhere.

export type Taal = 'nl' | 'en';

const messages = {
  noDotnet: {
    nl: 'De KPI-taalserver heeft .NET {0} nodig, maar "dotnet" is niet gevonden. Installeer de extensie ".NET Install Tool" (ms-dotnettools.vscode-dotnet-runtime), die .NET zelf ophaalt, of de .NET {0} runtime (https://dot.net), en herstart VS Code; of wijs met de instelling "kpi.server.pad" een uitvoerbare kpic aan.',
    en: 'The KPI language server needs .NET {0}, but "dotnet" was not found. Install the ".NET Install Tool" extension (ms-dotnettools.vscode-dotnet-runtime), which fetches .NET itself, or the .NET {0} runtime (https://dot.net), and restart VS Code; or point the setting "kpi.server.pad" at a kpic executable.',
  },
  oldDotnet: {
    nl: 'De KPI-taalserver heeft .NET {0} nodig; gevonden: {1}. Installeer de .NET {0} runtime (https://dot.net) en herstart VS Code.',
    en: 'The KPI language server needs .NET {0}; found: {1}. Install the .NET {0} runtime (https://dot.net) and restart VS Code.',
  },
  noServer: {
    nl: 'De KPI-taalserver is niet gevonden op "{0}". Controleer de instelling "kpi.server.pad" of installeer de extensie opnieuw.',
    en: 'The KPI language server was not found at "{0}". Check the setting "kpi.server.pad" or reinstall the extension.',
  },
  serverFailed: {
    nl: 'De KPI-taalserver kon niet starten: {0}. Zie het uitvoerkanaal "KPI" voor details.',
    en: 'The KPI language server could not start: {0}. See the "KPI" output channel for details.',
  },
  badRuleLevel: {
    nl: 'Instelling "kpi.regels": "{1}" bij {0} is geen niveau; gebruik fout, waarschuwing, info of uit.',
    en: 'Setting "kpi.regels": "{1}" for {0} is not a level; use fout (error), waarschuwing (warning), info or uit (off).',
  },
  badRuleCode: {
    nl: 'Instelling "kpi.regels": "{0}" is geen regelcode; een code ziet eruit als KPI120.',
    en: 'Setting "kpi.regels": "{0}" is not a rule code; a code looks like KPI120.',
  },
  noWorkspace: {
    nl: 'Open eerst een map met .kpi-bestanden.',
    en: 'Open a folder with .kpi files first.',
  },
  building: {
    nl: 'KPI: werkruimte compileren naar {0} …',
    en: 'KPI: compiling workspace to {0} …',
  },
  buildDone: {
    nl: 'Database geschreven: {0}',
    en: 'Database written: {0}',
  },
  buildFindings: {
    nl: 'Niet gecompileerd: de specificatie bevat fouten. Zie het venster Problemen en het uitvoerkanaal "KPI".',
    en: 'Not compiled: the specification has errors. See the Problems panel and the "KPI" output channel.',
  },
  buildRefused: {
    nl: 'De database is niet bijgewerkt (onveilig om te schrijven). Zie het uitvoerkanaal "KPI".',
    en: 'The database was not updated (unsafe to write). See the "KPI" output channel.',
  },
  commandFailed: {
    nl: 'kpic {0} is mislukt (afsluitcode {1}). Zie het uitvoerkanaal "KPI".',
    en: 'kpic {0} failed (exit code {1}). See the "KPI" output channel.',
  },
  openDatabase: {
    nl: 'Toon in verkenner',
    en: 'Reveal in explorer',
  },
  openReport: {
    nl: 'Open rapport',
    en: 'Open report',
  },
  reportTitle: {
    nl: 'KPI-rapport',
    en: 'KPI report',
  },
  reporting: {
    nl: 'KPI: rapport maken …',
    en: 'KPI: writing report …',
  },
  reportDone: {
    nl: 'Rapport geschreven: {0}',
    en: 'Report written: {0}',
  },
  restarted: {
    nl: 'KPI-taalserver herstart.',
    en: 'KPI language server restarted.',
  },
  statusReadyTooltip: {
    nl: 'KPI-taalserver: klaar. Klik voor herstarten of de uitvoer.',
    en: 'KPI language server: ready. Click to restart or see the output.',
  },
  statusChecking: {
    nl: 'KPI: controleren …',
    en: 'KPI: checking …',
  },
  statusStopped: {
    nl: 'KPI: gestopt',
    en: 'KPI: stopped',
  },
  statusStoppedTooltip: {
    nl: 'De KPI-taalserver draait niet. Klik om hem te herstarten.',
    en: 'The KPI language server is not running. Click to restart it.',
  },
  crashedRestarting: {
    nl: 'De KPI-taalserver is gestopt ({0}); hij wordt herstart.',
    en: 'The KPI language server stopped ({0}); it is being restarted.',
  },
  crashedGivenUp: {
    nl: 'De KPI-taalserver is {0} keer kort na elkaar gestopt en wordt niet meer vanzelf herstart. Zie het uitvoerkanaal "KPI".',
    en: 'The KPI language server stopped {0} times in a short while and is no longer restarted by itself. See the "KPI" output channel.',
  },
  restart: {
    nl: 'Herstart',
    en: 'Restart',
  },
  exitedWith: {
    nl: 'afsluitcode {0}',
    en: 'exit code {0}',
  },
  showOutput: {
    nl: 'Toon uitvoer',
    en: 'Show output',
  },
} as const;

export type MessageId = keyof typeof messages;

/** The text of a message in the given language, with {0}, {1}, … replaced by the arguments. */
export function message(taal: Taal, id: MessageId, ...args: (string | number)[]): string {
  const template: string = messages[id][taal] ?? messages[id].nl;
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** Reads the setting's value; anything but "en" means Dutch, the project's default. */
export function toTaal(value: unknown): Taal {
  return value === 'en' ? 'en' : 'nl';
}

export const allMessageIds = Object.keys(messages) as MessageId[];
