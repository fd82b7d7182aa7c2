using System.Diagnostics.CodeAnalysis;
using KpiLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace KpiLang.LanguageServer.Hosting;

/// <summary>
/// The notifications the server sends, each with its parameters as one typed object. StreamJsonRpc marks the
/// parameter-object overload as reflecting over the object, which its SystemTextJsonFormatter does not: it hands
/// the object to JsonSerializer, whose only resolver here is the generated <see cref="ProtocolJson"/> (see
/// ServerJsonFormatter). The NamedArgs overload it suggests instead would send the C# property names ("Uri",
/// "Diagnostics") and nulls for absent fields, which LSP clients do not accept.
/// </summary>
internal static class Notifications
{
    public static Task PublishDiagnostics(this JsonRpc rpc, PublishDiagnosticsParams parameters) =>
        Send(rpc, "textDocument/publishDiagnostics", parameters);

    public static Task LogMessage(this JsonRpc rpc, LogMessageParams parameters) => Send(rpc, "window/logMessage", parameters);

    public static Task Status(this JsonRpc rpc, ServerStatusParams parameters) => Send(rpc, DiagnosticPublisher.StatusMethod, parameters);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "SystemTextJsonFormatter serializes the parameter object through JsonSerializer with the source-generated ProtocolJson context; nothing is reflected over.")]
    private static Task Send<T>(JsonRpc rpc, string method, T parameters) where T : class =>
        rpc.NotifyWithParameterObjectAsync(method, parameters);
}
