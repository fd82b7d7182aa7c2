// What a user of the extension sees, one check at a time, in the order a user would do it.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function poll(what, fn, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what} (last: ${last})`);
}

// code-server's display language is English (it has no Dutch language pack), so the palette shows the titles from
// package.nls.json; the extension's own messages follow kpi.taal, which defaults to Dutch.
const title = (key) => `KPI: ${JSON.parse(readFileSync(new URL('../package.nls.json', import.meta.url), 'utf8'))[key]}`;

/** Runs a command from the command palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/** Opens a workspace file with Quick Open and waits until its editor shows. */
async function openFile(page, relativePath) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(relativePath);
  const name = relativePath.split('/').pop();
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor({ state: 'visible' });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
}

async function goToLine(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await sleep(300);
}

/** The colour each visible word is painted in, e.g. { doel: 'rgb(86, 156, 214)', … }. */
function tokenColours(page) {
  return page.evaluate(() => {
    const colours = {};
    for (const span of document.querySelectorAll('.editor-instance .view-lines .view-line span > span')) {
      const text = span.textContent.replace(/\u00a0/g, ' ').trim();
      if (text && !(text in colours)) colours[text] = getComputedStyle(span).color;
    }
    return colours;
  });
}

export const checks = [
  {
    name: 'the installed extension opens a .kpi file from samples/ as language KPI',
    async run({ page }) {
      await openFile(page, 'nijmegen/schuldhulp.kpi');
      await poll('language KPI in the status bar', async () =>
        (await page.locator('.statusbar-item[id="status.editor.mode"]').textContent())?.includes('KPI'));
    },
  },
  {
    name: 'declaration keywords, names, property keys, strings and comments are coloured differently',
    async run({ page, screenshots }) {
      const colours = await poll('coloured tokens', async () => {
        const c = await tokenColours(page);
        return c.organisatie && c.organisatie !== c.gemeente_nijmegen ? c : undefined;
      });
      const sample = {
        keyword: colours.organisatie,
        name: colours.gemeente_nijmegen,
        property: colours['toelichting'] ?? colours['herijking'],
        string: colours['"Gemeente Nijmegen"'],
        comment: Object.entries(colours).find(([text]) => text.startsWith('//'))?.[1],
      };
      const distinct = new Set(Object.values(sample));
      if (Object.values(sample).some((v) => !v) || distinct.size !== 5) {
        throw new Error(`expected five different colours, got ${JSON.stringify(sample)}`);
      }
      await page.screenshot({ path: join(screenshots, 'highlighting.png') });
    },
  },
  {
    name: 'the snippet for an indicator inserts a target with a disclaimer',
    async run({ page }) {
      await openFile(page, 'e2e/leeg.kpi');
      await runCommand(page, 'Snippets: Insert Snippet');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill('indicator');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'indicator' }).first().waitFor({ state: 'visible' });
      await page.keyboard.press('Enter');
      await poll('the snippet text', async () => {
        const text = await page.locator('.editor-instance .view-lines').first().innerText();
        return text.includes('streefwaarde:') && text.includes('disclaimer:');
      }, 10_000);
      // Leave the file empty again: the compile check below builds what is on disk.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.press('Control+S');
    },
  },
  {
    name: 'the Problems panel shows the findings of the language server',
    needsLsp: true,
    async run({ page, screenshots }) {
      await openFile(page, 'werkplein/fraude.kpi');
      await runCommand(page, 'View: Focus Problems');
      // The panel is a virtual list: with many findings in the workspace the fraud file's rows may be scrolled out
      // of view, so filter on the code as a user would.
      const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
      await filter.fill('KPI138');
      await poll('KPI138 in the Problems panel', async () =>
        (await page.locator('.markers-panel').innerText()).includes('KPI138'), 60_000);
      await page.screenshot({ path: join(screenshots, 'problems.png') });
      await filter.fill('');
    },
  },
  {
    name: 'hovering an indicator shows what the language server knows about it',
    needsLsp: true,
    async run({ page, screenshots }) {
      await openFile(page, 'werkplein/fraude.kpi');
      await goToLine(page, 34, 23);
      const name = page.locator('.editor-instance .view-lines span', { hasText: /^teruggehaalde_fraude$/ }).first();
      await name.hover();
      await poll('a hover', async () => {
        const hover = page.locator('.monaco-hover:not(.hidden)').first();
        return (await hover.isVisible()) && (await hover.innerText()).includes('Bedrag aan fraude');
      }, 15_000);
      await page.screenshot({ path: join(screenshots, 'hover.png') });
    },
  },
  {
    name: 'a quick fix adds the missing disclaimer to the file',
    needsLsp: true,
    async run({ page, workspace, screenshots }) {
      await openFile(page, 'werkplein/fraude.kpi');
      await goToLine(page, 51, 30);
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: /disclaimer/i }).first();
      await fix.waitFor({ state: 'visible', timeout: 20_000 });
      await page.screenshot({ path: join(screenshots, 'quickfix.png') });
      await fix.click();
      await page.keyboard.press('Control+S');
      await poll('the disclaimer in fraude.kpi', async () =>
        readFileSync(join(workspace, 'werkplein', 'fraude.kpi'), 'utf8').includes('disclaimer: "Dit is afhankelijk'), 15_000);
    },
  },
  {
    name: 'the command "Compileer werkruimte naar SQLite" (English: Compile workspace to SQLite) writes the database',
    async run({ page, workspace, screenshots }) {
      const database = join(workspace, 'kpi.sqlite');
      await runCommand(page, title('command.compileer'));
      await poll('kpi.sqlite', async () => existsSync(database) && statSync(database).size > 0, 90_000);
      await poll('the notification', async () =>
        (await page.locator('.notifications-toasts').innerText()).includes('Database geschreven'), 30_000);
      const header = readFileSync(database).subarray(0, 15).toString('latin1');
      if (header !== 'SQLite format 3') throw new Error(`not a SQLite database: ${header}`);
      await page.screenshot({ path: join(screenshots, 'compile.png') });
    },
  },
  {
    name: 'the command "Open rapport" (English: Open report) shows the HTML report in a tab',
    async run({ page, screenshots }) {
      await runCommand(page, title('command.openRapport'));
      await page.locator('.tab', { hasText: 'KPI-rapport' }).waitFor({ state: 'visible', timeout: 90_000 });
      await sleep(1500);
      await page.screenshot({ path: join(screenshots, 'report.png') });
    },
  },
  {
    name: 'kpiconfig.json is checked against the schema: a wrong level word is a problem',
    async run({ page, workspace, screenshots }) {
      // Written last: a broken config next to e2e/leeg.kpi must not disturb the checks above.
      writeFileSync(join(workspace, 'e2e', 'kpiconfig.json'), '{\n  "regels": {\n    "KPI120": "streng"\n  }\n}\n');
      await openFile(page, 'e2e/kpiconfig.json');
      await runCommand(page, 'View: Focus Problems');
      await poll('a schema problem for e2e/kpiconfig.json', async () =>
      {
        const text = await page.locator('.markers-panel').innerText();
        return /kpiconfig\.json\s*e2e/.test(text) && text.includes('"waarschuwing"');
      }, 30_000);
      await page.screenshot({ path: join(screenshots, 'kpiconfig.png') });
    },
  },
];
