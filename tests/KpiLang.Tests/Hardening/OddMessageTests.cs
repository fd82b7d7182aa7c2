using System.Text;
using System.Text.Json.Nodes;
using KpiLang.Tests.LanguageServer;

namespace KpiLang.Tests.Hardening;

/// <summary>
/// Messages the chaos test found or tried one by one against <c>kpic lsp</c> as a child process (a StreamJsonRpc
/// client cannot send these: it drops its own connection on an answer it did not ask for). Each is correctly framed.
/// A broken request with a usable id is answered with Invalid Request; responses, unusable ids and broken notifications
/// are dropped. Afterwards the server must still answer and stop cleanly. Before the fix, 8 of these ended the session.
/// </summary>
public sealed class OddMessageTests
{
    private const int NoAnswer = 0, Result = 1, InvalidRequest = -32600, InvalidParams = -32602, InternalError = -32603;

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":4711,"result":{"x":1}}""", NoAnswer)] // a response to a request the server never sent (found by the chaos test)
    [InlineData("""{"jsonrpc":"2.0","id":4712,"error":{"code":-1,"message":"x"}}""", NoAnswer)]
    [InlineData("""{"jsonrpc":"2.0","id":4713,"params":{}}""", InvalidRequest)] // no method, no result
    [InlineData("""{"jsonrpc":"2.0","id":4714,"method":42}""", InvalidRequest)] // a method that is not a string
    [InlineData("""{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover","params":{}}""", NoAnswer)] // an id that is an object
    [InlineData("""{"jsonrpc":"2.0","id":1.5,"method":"textDocument/hover","params":{}}""", NoAnswer)]
    [InlineData("""{"jsonrpc":"2.0","id":4715,"method":"textDocument/hover","params":"x"}""", InvalidRequest)] // params that are a string
    [InlineData("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":42}""", NoAnswer)]
    [InlineData("""{"jsonrpc":"2.0","id":4716,"method":"textDocument/hover","params":{"textDocument":42}}""", InvalidParams)] // params of the wrong shape
    [InlineData("""{"jsonrpc":"2.0","id":4718,"method":"textDocument/hover","params":{"position":{"line":0,"character":0}}}""", InternalError)] // a required part missing
    [InlineData("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///x.kpi"}}}""", NoAnswer)]
    [InlineData("""{"id":4717,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///x.kpi"}}}""", Result)] // no "jsonrpc"
    public void A_well_framed_message_the_server_cannot_place_does_not_end_the_session(string message, int answer)
    {
        using var workspace = LspWorkspace.FromSample("resv");
        using var server = new LspChildProcess();
        server.Initialize(workspace.Root);
        server.SendBody(Encoding.UTF8.GetBytes(message));
        if (answer != NoAnswer)
        {
            var id = JsonNode.Parse(message)!["id"]!.ToJsonString();
            var response = server.TryResponse(id, TimeSpan.FromSeconds(30)) ?? throw new Xunit.Sdk.XunitException($"no answer to {message}");
            var code = response["error"]?["code"]?.GetValue<int>();
            Assert.True(answer == Result ? response.ContainsKey("result") : code == answer, response.ToJsonString());
            Assert.DoesNotContain("stack", response.ToJsonString(), StringComparison.OrdinalIgnoreCase); // traces go to the log, not the client
        }
        var uri = new Uri(workspace.PathOf("resv.kpi")).AbsoluteUri;
        server.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "kpi", version = 1, text = File.ReadAllText(workspace.PathOf("resv.kpi")) } });
        var symbols = server.TryResponse(server.Request("textDocument/documentSymbol", new { textDocument = new { uri } }), TimeSpan.FromSeconds(30));
        Assert.True(symbols is not null, $"no answer after the message; the server {(server.Process.HasExited ? "exited" : "is still running")}\n{server.StandardError}");
        Assert.True(symbols["result"] is JsonArray, symbols.ToJsonString());
        Assert.Equal(0, server.ShutdownAndExit(TimeSpan.FromSeconds(30)));
    }
}
