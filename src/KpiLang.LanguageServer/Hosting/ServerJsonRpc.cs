using System.Reflection;
using System.Text.Json;
using KpiLang.Diagnostics;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace KpiLang.LanguageServer.Hosting;

/// <summary>
/// The JSON-RPC connection with the server's own error replies. Parameters of the wrong shape (a number where an
/// object belongs) are Invalid Params (-32602), not a generic failure; any other failure of a handler is an Internal
/// Error (-32603) with a short message. Where it failed (the exception's type and innermost frame) goes to the
/// server's log on one line, never to the client: the chaos test found whole .NET stack traces in the replies.
/// </summary>
internal sealed class ServerJsonRpc(IJsonRpcMessageHandler handler, ServerLog log, Func<Language> language) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
        if (cause is LocalRpcException or OperationCanceledException) return base.CreateErrorDetails(request, exception);
        var method = request.Method ?? "?";
        if (cause is JsonException)
            return new JsonRpcError.ErrorDetail
            {
                Code = JsonRpcErrorCode.InvalidParams,
                Message = ServerText.InvalidParams(method, cause.Message).Get(language()),
            };
        var frame = cause.StackTrace?.Split('\n', 2)[0].Trim() ?? "";
        log.Error(ServerText.RequestFailed(method, $"{cause.GetType().Name}: {cause.Message} ({frame})").Get(language()));
        return new JsonRpcError.ErrorDetail
        {
            Code = JsonRpcErrorCode.InternalError,
            Message = ServerText.RequestFailed(method, cause.Message).Get(language()),
        };
    }
}
