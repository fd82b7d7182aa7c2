using BenchmarkDotNet.Attributes;
using KpiLang.Generator;
using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;

namespace KpiLang.Benchmarks;

/// <summary>
/// The language server's work for one typed character in a 5.4k-line document, in process: apply the change, re-parse
/// the file, bind and check its specification, and produce the findings for the file. The budget mode measures
/// the same through `kpic lsp` over stdio, so the difference between the two is the protocol and the process.
/// </summary>
[MemoryDiagnoser]
public class ServerEditBenchmarks
{
    private BenchWorkspace _workspace = null!;
    private OpenDocuments _documents = null!;
    private ServerWorkspace _server = null!;
    private string _path = null!;
    private Position _typingAt = null!;
    private int _version;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new BenchWorkspace(5_400, files: 1);
        _path = _workspace.Paths.Single(p => p.Contains(SpecificationGenerator.ProgrammeFolder, StringComparison.Ordinal));
        var text = File.ReadAllText(_path);
        var (line, character) = TypingPoint.In(text);
        _typingAt = new Position(line, character);
        _documents = new OpenDocuments();
        _server = new ServerWorkspace(_documents, new RuleLevelSettings(), () => new DateOnly(2025, 6, 1));
        _server.SetRoot(_workspace.Root);
        _documents.Open(_path, new Uri(_path).AbsoluteUri, _version = 1, text);
        _server.Get(_path)!.GetDiagnostics(_path).Count();
    }

    [GlobalCleanup]
    public void Cleanup() => _workspace.Dispose();

    internal const int EditsPerInvocation = 20;

    /// <summary>
    /// Types one character, or takes it away again, so the text stays the same size; the time is per edit. Twenty
    /// edits per invocation so that the short run's few warm-up rounds also warm up the JIT, as typing does.
    /// </summary>
    [Benchmark(OperationsPerInvoke = EditsPerInvocation)]
    public int TypeOneCharacter()
    {
        var findings = 0;
        for (var i = 0; i < EditsPerInvocation; i++) findings += Edit();
        return findings;
    }

    private int Edit()
    {
        _version++;
        var insert = _version % 2 == 0;
        var end = insert ? _typingAt : _typingAt with { Character = _typingAt.Character + 1 };
        _documents.Change(_path, _version, [new TextDocumentContentChangeEvent(new KpiLang.LanguageServer.Protocol.Range(_typingAt, end), insert ? "x" : "")]);
        _server.MarkChanged(_path);
        return _server.Get(_path)!.GetDiagnostics(_path).Count();
    }
}
