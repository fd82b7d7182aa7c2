using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace KpiLang.LanguageServer.Hosting;

/// <summary>
/// Sits between the client's byte stream and the JSON-RPC reader. It passes on every well-framed JSON-RPC message
/// and drops (and reports) the rest: a message that is not JSON, or has no usable header, would otherwise end the
/// connection, and a language server must keep serving.
/// </summary>
internal static class MessageFramingGuard
{
    private const int MaxHeaderBytes = 8 * 1024;
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    public static async Task PumpAsync(Stream input, PipeWriter output, Action<string> dropped, CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(input);
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (TryTakeMessage(ref buffer, dropped, out var body))
                {
                    if (body is null) continue;
                    await output.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), cancellationToken).ConfigureAwait(false);
                    await output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
                }
                reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted) break;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
            // The client closed the pipe: the end of the session.
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            await output.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Takes one framed message off the buffer; the body is null when the message was dropped.</summary>
    private static bool TryTakeMessage(ref ReadOnlySequence<byte> buffer, Action<string> dropped, out byte[]? body)
    {
        body = null;
        var sequenceReader = new SequenceReader<byte>(buffer);
        if (!sequenceReader.TryReadTo(out ReadOnlySequence<byte> header, HeaderEnd, advancePastDelimiter: true))
        {
            if (buffer.Length > MaxHeaderBytes)
            {
                dropped("header too long");
                buffer = buffer.Slice(buffer.Length);
            }
            return false;
        }
        var length = ContentLength(Encoding.ASCII.GetString(header.ToArray()));
        if (length is null)
        {
            dropped("no Content-Length header");
            buffer = buffer.Slice(sequenceReader.Position);
            return true;
        }
        if (sequenceReader.Remaining < length.Value) return false;
        var bytes = sequenceReader.UnreadSequence.Slice(0, length.Value).ToArray();
        buffer = buffer.Slice(sequenceReader.Position).Slice(length.Value);
        if (IsJsonRpcMessage(bytes, out var reason)) body = bytes;
        else dropped(reason);
        return true;
    }

    private static int? ContentLength(string header)
    {
        foreach (var line in header.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line[(colon + 1)..].Trim(), out var length) && length >= 0)
                return length;
        }
        return null;
    }

    private static bool IsJsonRpcMessage(byte[] bytes, out string reason)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            var ok = root.ValueKind == JsonValueKind.Object
                && ((root.TryGetProperty("method", out var method) && method.ValueKind == JsonValueKind.String) || root.TryGetProperty("id", out _));
            reason = ok ? "" : "not a JSON-RPC message";
            return ok;
        }
        catch (JsonException e)
        {
            reason = "invalid JSON: " + e.Message;
            return false;
        }
    }
}
