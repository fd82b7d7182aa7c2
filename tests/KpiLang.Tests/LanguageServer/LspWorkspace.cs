namespace KpiLang.Tests.LanguageServer;

/// <summary>A throw-away folder of .kpi files for tests that edit or add files.</summary>
internal sealed class LspWorkspace : IDisposable
{
    public LspWorkspace(params (string Name, string Text)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "kpi-lsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        foreach (var (name, text) in files) Write(name, text);
    }

    /// <summary>A copy of one sample folder.</summary>
    public static LspWorkspace FromSample(string sample)
    {
        var workspace = new LspWorkspace();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Samples, sample)))
            File.Copy(file, Path.Combine(workspace.Root, Path.GetFileName(file)));
        return workspace;
    }

    public string Root { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    public string Write(string name, string text)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
