using KpiLang.Generator;
using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;
using Xunit;

namespace KpiLang.Tests.LanguageServer;

/// <summary>
/// What an edit costs in a workspace of 100 files: only the edited file is parsed again; files of another
/// specification (not joined to it by imports) are not looked at; files that share its imports, and so its name
/// space, are bound and checked again from their existing syntax trees.
/// </summary>
public sealed class EditScopeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kpi-edit-scope-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void An_edit_reparses_one_file_of_a_hundred_and_leaves_other_specifications_alone()
    {
        // Two independent specifications of 50 programme files each, every programme importing its own actors file.
        var first = SpecificationGenerator.Generate(10_000, seed: 1, files: 50).WriteTo(Path.Combine(_root, "noord"));
        var second = SpecificationGenerator.Generate(10_000, seed: 2, files: 50).WriteTo(Path.Combine(_root, "zuid"));
        var documents = new OpenDocuments();
        var workspace = new ServerWorkspace(documents, new RuleLevelSettings(), () => new DateOnly(2026, 12, 2));
        workspace.SetRoot(_root);
        var all = first.Concat(second).ToList();
        Assert.Equal(102, all.Count);
        var before = all.ToDictionary(p => p, p => workspace.Get(p)!);
        var treesBefore = all.ToDictionary(p => p, p => before[p].GetTree(p)!);

        var edited = first.First(p => p.Contains(SpecificationGenerator.ProgrammeFolder, StringComparison.Ordinal));
        var text = File.ReadAllText(edited);
        documents.Open(edited, new Uri(edited).AbsoluteUri, 1, text);
        Assert.True(documents.Change(edited, 2, [new TextDocumentContentChangeEvent(null, text + "\n// bewerkt\n")]));
        workspace.MarkChanged(edited);

        var after = all.ToDictionary(p => p, p => workspace.Get(p)!);
        var reparsed = all.Where(p => !ReferenceEquals(after[p].GetTree(p), treesBefore[p])).ToList();
        Assert.Equal([edited], reparsed);
        // The other specification keeps its compilation: nothing there is bound or checked again.
        Assert.All(second, p => Assert.Same(before[p], after[p]));
        // The edited file's own specification is checked again as a whole, on the trees it already had.
        Assert.All(first, p => Assert.NotSame(before[p], after[p]));
        Assert.Equal(2, after[edited].GetVersion(edited));
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
