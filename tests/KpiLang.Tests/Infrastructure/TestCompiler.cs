using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.Tests.Infrastructure;

/// <summary>Compiles in-memory sources for tests, with a fixed "today" so date checks are reproducible.</summary>
internal static class TestCompiler
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    public static Compilation Compile(params (string Path, string Text)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "kpilang-tests");
        var trees = files.Select(f => SyntaxTree.Parse(f.Text, Path.Combine(root, f.Path))).ToList();
        return Compilation.Create(trees, new CompilationOptions(root, Today) { Files = new InMemoryFileProvider(trees) });
    }

    public static Compilation Compile(string text) => Compile(("test.kpi", text));

    public static string[] Codes(this Compilation compilation) => [.. compilation.Diagnostics.Select(d => d.Code)];

    public static string Describe(Diagnostic d) =>
        $"{Path.GetFileName(d.Location.Path)}({d.Location.LineSpan.Start}) {d.Code}: {d.GetMessage()}";
}

/// <summary>A file provider over the trees of a test: imports resolve only to those.</summary>
internal sealed class InMemoryFileProvider(IEnumerable<SyntaxTree> trees) : Sources.IFileProvider
{
    private readonly Dictionary<string, string> _files = trees.ToDictionary(t => t.Path, t => t.Text.Text);

    public bool Exists(string path) => _files.ContainsKey(path);

    public Sources.SourceFile Read(string path) =>
        _files.TryGetValue(path, out var text) ? new(path, text, null) : new(path, null, new Diagnostics.LocalizedText("niet gevonden", "not found"));

    public string RealPath(string path) => Path.GetFullPath(path);
}
