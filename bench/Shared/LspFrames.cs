using System.Text;
using System.Text.Json.Nodes;

namespace KpiLang.LspClients;

/// <summary>
/// The Content-Length framing of the language server protocol, for the clients that drive `kpic lsp` as a child
/// process: the speed budgets (bench) and the chaos and odd-message tests. Compiled into both projects as a linked
/// file, because neither should reference the other.
/// </summary>
internal static class LspFrames
{
    /// <summary>The header and the body of one message, whatever the body holds.</summary>
    public static byte[] Frame(byte[] body) => [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];

    /// <summary>The next message, or null at the end of the stream; a body that is not a JSON object is an error.</summary>
    public static JsonObject? Read(Stream stream)
    {
        var length = -1;
        while (ReadLine(stream) is { } line)
        {
            if (line.Length == 0)
            {
                if (length < 0) continue;
                var body = new byte[length];
                stream.ReadExactly(body);
                return JsonNode.Parse(body) as JsonObject ?? throw new InvalidDataException("the server sent a message that is not an object");
            }
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[15..].Trim());
        }
        return null;
    }

    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0) return null;
            if (b == '\n') return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            bytes.Add((byte)b);
        }
    }
}
