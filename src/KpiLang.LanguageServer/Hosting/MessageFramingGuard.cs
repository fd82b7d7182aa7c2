using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace KpiLang.LanguageServer.Hosting;

/// <summary>
/// Sits between the client's byte stream and the JSON-RPC reader. It passes on every well-framed JSON-RPC request
/// and notification and drops (and reports) the rest: a message that is not JSON, has no usable header, or has a
/// shape StreamJsonRpc cannot place would otherwise end the connection, and a language server must keep serving.
/// A broken request whose id is usable is passed on as a call to <see cref="InvalidRequestMethod"/> instead, so the
/// client still gets an answer (Invalid Request) and never waits for one.
/// </summary>
internal static class MessageFramingGuard
{
    /// <summary>The method a broken request is turned into; the server answers it with Invalid Request (-32600).</summary>
    public const string InvalidRequestMethod = "$/kpi/invalidRequest";

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
        body = Accept(bytes, dropped);
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

    /// <summary>The message to pass on for a body: the body itself, an Invalid Request call for it, or null (dropped).</summary>
    private static byte[]? Accept(byte[] bytes, Action<string> dropped)
    {
        string? reason;
        JsonElement? id = null;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            reason = Problem(document.RootElement);
            if (reason is not null && document.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("id", out var i)
                && IsUsableId(i) && !root.TryGetProperty("result", out _) && !root.TryGetProperty("error", out _))
                id = i.Clone();
        }
        catch (JsonException e)
        {
            reason = "invalid JSON: " + e.Message;
        }
        if (reason is null) return bytes;
        dropped(reason);
        return id is { } usable ? InvalidRequestCall(usable, reason) : null;
    }

    /// <summary>{"jsonrpc":"2.0","id":…,"method":InvalidRequestMethod,"params":{"reason":…}}, written by hand: no reflection (Native AOT).</summary>
    private static byte[] InvalidRequestCall(JsonElement id, string reason)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            json.WritePropertyName("id");
            id.WriteTo(json);
            json.WriteString("method", InvalidRequestMethod);
            json.WriteStartObject("params");
            json.WriteString("reason", reason);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Why StreamJsonRpc could not take the message, or null when it can: a request or notification is an object with
    /// a string method, an id (if any) that is a string or an integer, and params (if any) that are an object or an
    /// array. Responses are refused too: this server sends the client no requests, so a response can only answer a
    /// request it never sent.
    /// </summary>
    private static string? Problem(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return "not a JSON-RPC message";
        if (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)) return "a response to a request the server never sent";
        if (!root.TryGetProperty("method", out var method)) return "no method";
        if (method.ValueKind != JsonValueKind.String) return "the method is not a string";
        if (root.TryGetProperty("id", out var id) && !IsUsableId(id)) return "the id is not a string or an integer";
        if (root.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
            return "the params are not an object or an array";
        return null;
    }

    private static bool IsUsableId(JsonElement id) =>
        id.ValueKind == JsonValueKind.String || (id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out _));
}
