using KpiLang.Sources;

namespace KpiLang.LanguageServer.Workspace;

/// <summary>Reads files for the compiler: the editor's unsaved text when the file is open, the disk otherwise.</summary>
internal sealed class OverlayFileProvider(OpenDocuments documents) : IFileProvider
{
    public bool Exists(string path) => documents.Get(Path.GetFullPath(path)) is not null || PhysicalFileProvider.Instance.Exists(path);

    public SourceFile Read(string path) => documents.Get(Path.GetFullPath(path)) is { } open
        ? new SourceFile(path, open.Text.Text, null)
        : PhysicalFileProvider.Instance.Read(path);

    public string RealPath(string path) => PhysicalFileProvider.Instance.RealPath(path);
}
