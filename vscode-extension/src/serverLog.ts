// The server's own log lines on stderr ("[kpic lsp] …") also arrive as window/logMessage, which the client shows.

export function isServerLogLine(text: string): boolean {
  return text.startsWith('[kpic lsp] ');
}
