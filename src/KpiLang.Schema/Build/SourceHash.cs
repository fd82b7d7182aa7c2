using System.Security.Cryptography;
using System.Text;
using KpiLang.Compiler;

namespace KpiLang.Schema.Build;

/// <summary>A SHA-256 over the paths and texts of the compiled files: tells whether two databases come from the same sources.</summary>
internal static class SourceHash
{
    public static string Compute(Compilation compilation, string workspaceRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var tree in compilation.SyntaxTrees.OrderBy(t => SourceLocation.RelativePath(t.Path, workspaceRoot), StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(SourceLocation.RelativePath(tree.Path, workspaceRoot)));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(tree.Text.Text));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
