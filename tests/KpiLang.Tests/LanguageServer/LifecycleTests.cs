using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace KpiLang.Tests.LanguageServer;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_announces_the_features_and_shutdown_then_exit_ends_with_code_0()
    {
        var (clientStream, serverStream) = Nerdbank.Streams.FullDuplexStream.CreatePair();
        var server = Task.Run(() => KpiLang.LanguageServer.LanguageServerHost.RunAsync(serverStream, serverStream, TextWriter.Null));
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LspTestClient.CreateFormatter()));
        rpc.StartListening();

        var result = await rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = (int?)null, capabilities = new { } });
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        foreach (var feature in new[] { "hoverProvider", "completionProvider", "definitionProvider", "referencesProvider", "renameProvider",
                     "documentSymbolProvider", "workspaceSymbolProvider", "documentFormattingProvider", "codeActionProvider",
                     "semanticTokensProvider", "foldingRangeProvider", "codeLensProvider", "diagnosticProvider", "documentHighlightProvider", "documentLinkProvider" })
            Assert.True(capabilities.TryGetProperty(feature, out _), feature);
        Assert.Equal("kpic", result.GetProperty("serverInfo").GetProperty("name").GetString());

        await rpc.InvokeWithParameterObjectAsync<JsonElement?>("shutdown", null);
        await rpc.NotifyWithParameterObjectAsync("exit", null);
        Assert.Equal(0, await server.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = await LspTestClient.StartAsync(null);
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.Server.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Closing_the_connection_ends_the_server()
    {
        var client = await LspTestClient.StartAsync(null);
        await client.DisposeAsync();
        Assert.True(client.Server.IsCompleted);
    }

    [Fact]
    public async Task A_malformed_message_is_dropped_and_the_server_keeps_serving()
    {
        await using var client = await LspTestClient.StartAsync(null);
        await client.SendRawAsync("Content-Length: 9\r\n\r\n{not json");
        await client.SendRawAsync("Content-Length: 2\r\n\r\n[]");
        await client.SendRawAsync("Bogus-Header: 1\r\n\r\n");
        var uri = await client.OpenAsync(Path.Combine(Repository.Samples, "resv", "resv.kpi"));
        var hover = await client.RequestAsync<JsonElement?>("textDocument/hover", LspTestClient.At(uri, 0, 0));
        Assert.Equal(0, await client.ShutdownAsync());
        Assert.Contains(client.Log, line => line.Contains("genegeerd", StringComparison.Ordinal));
        _ = hover;
    }

    [Fact]
    public async Task An_unknown_method_gets_a_method_not_found_error_and_the_server_keeps_serving()
    {
        await using var client = await LspTestClient.StartAsync(null);
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync<JsonElement>("kpi/bestaatNiet", new { }));
        Assert.Equal(JsonRpcErrorCode.MethodNotFound, error.ErrorCode);
        await client.NotifyAsync("kpi/onbekendeMelding", new { });
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Requests_for_a_document_never_opened_get_an_empty_answer()
    {
        await using var client = await LspTestClient.StartAsync(null);
        var uri = LspTestClient.Uri(Path.Combine(Path.GetTempPath(), "bestaat-niet.kpi"));
        var hover = await client.RequestAsync<JsonElement?>("textDocument/hover", LspTestClient.At(uri, 3, 4));
        Assert.True(hover is null || hover.Value.ValueKind == JsonValueKind.Null);
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
