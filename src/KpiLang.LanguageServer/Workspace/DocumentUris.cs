namespace KpiLang.LanguageServer.Workspace;

/// <summary>Converts between the client's file URIs and the full paths the compiler uses.</summary>
internal static class DocumentUris
{
    public static string? ToPath(string? uri)
    {
        if (string.IsNullOrEmpty(uri)) return null;
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed)) return null;
        return parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;
    }

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
