using System.Collections.Concurrent;
using KpiLang.LanguageServer.Protocol;
using KpiLang.Text;

namespace KpiLang.LanguageServer.Workspace;

/// <summary>
/// The texts the editor owns, by full path. Edits apply here at once (cheap); compiling them is left to
/// <see cref="ServerWorkspace"/>, so a storm of keystrokes never queues compilations.
/// </summary>
internal sealed class OpenDocuments
{
    private readonly ConcurrentDictionary<string, OpenDocument> _byPath = new(StringComparer.Ordinal);

    public OpenDocument? Get(string path) => _byPath.GetValueOrDefault(path);

    public IEnumerable<OpenDocument> All => _byPath.Values;

    public void Open(string path, string uri, int version, string text) =>
        _byPath[path] = new OpenDocument(uri, version, SourceText.From(text, path));

    public bool Close(string path) => _byPath.TryRemove(path, out _);

    /// <summary>Applies the editor's changes in order; a change to a document that is not open is ignored.</summary>
    public bool Change(string path, int version, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        if (!_byPath.TryGetValue(path, out var document)) return false;
        // A broken message (no changes, or a change without text) leaves the document as it was.
        if (changes is null || changes.Any(c => c?.Text is null)) return false;
        var text = document.Text;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = SourceText.From(change.Text, path);
                continue;
            }
            var start = text.GetPosition(new LinePosition(change.Range.Start.Line, change.Range.Start.Character));
            var end = text.GetPosition(new LinePosition(change.Range.End.Line, change.Range.End.Character));
            text = text.WithChange(TextSpan.FromBounds(start, Math.Max(start, end)), change.Text);
        }
        _byPath[path] = document with { Version = version, Text = text };
        return true;
    }
}
