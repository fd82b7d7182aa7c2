using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;
using KpiLang.Text;
using Xunit;

namespace KpiLang.Tests.LanguageServer;

/// <summary>
/// Messages that carry no text (found by the server chaos test: a didOpen or didChange whose text is null) must leave
/// the open documents as they were, so a later request does not trip over a document without text.
/// </summary>
public sealed class BrokenDocumentMessageTests
{
    [Fact]
    public void A_change_without_text_keeps_the_document_as_it_was()
    {
        var documents = new OpenDocuments();
        documents.Open("/w/a.kpi", "file:///w/a.kpi", 1, "actor a \"A\"\n");

        Assert.False(documents.Change("/w/a.kpi", 2, [new TextDocumentContentChangeEvent(null, null!)]));
        Assert.False(documents.Change("/w/a.kpi", 3, null!));

        var document = documents.Get("/w/a.kpi")!;
        Assert.Equal(1, document.Version);
        Assert.Equal("actor a \"A\"\n", document.Text.Text);
    }

    [Fact]
    public void Source_text_refuses_null_rather_than_failing_later_in_the_parser() =>
        Assert.Throws<ArgumentNullException>(() => SourceText.From(null!, "a.kpi"));
}
