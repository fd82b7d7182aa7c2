// How the HTML report is shown inside VS Code.

/**
 * The report is a page for a browser (dark text, no background of its own); a webview would paint it on the
 * editor's theme colours. A base style right after <head> gives it a white page; the report's own styles still win.
 */
export function onLightPage(html: string): string {
  const base = '<style>html,body{background:#fff;color:#1b1b1b;color-scheme:light}</style>';
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + base) : base + html;
}
