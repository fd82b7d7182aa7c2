using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using KpiLang.Diagnostics;
using KpiLang.Text;

namespace KpiLang.Analysis.Configuration;

/// <summary>
/// Reads the "regels" section of a kpiconfig.json with Utf8JsonReader so every finding can point at the exact
/// line and column. Other top-level properties ("$schema") are allowed and ignored.
/// </summary>
internal sealed class ConfigReader(ReadOnlyMemory<byte> json, SourceText text)
{
    public List<Diagnostic> Diagnostics { get; } = [];

    public RuleSettings Read()
    {
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var settings = RuleSettings.Empty;
        if (!reader.Read()) return settings;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Report(ConfigurationDiagnostics.InvalidJson, reader, Words("verwacht een object { … }", "expected an object { … }"));
            reader.Skip();
            return settings;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "regels" && reader.TokenType == JsonTokenType.StartObject) settings = ReadRules(ref reader, settings);
            else reader.Skip();
        }
        return settings;
    }

    private RuleSettings ReadRules(ref Utf8JsonReader reader, RuleSettings settings)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var code = reader.GetString()!;
            var at = Span(reader);
            reader.Read();
            var rule = RuleCatalog.FindRule(code);
            var descriptor = RuleCatalog.Find(code);
            if (descriptor is null)
            {
                Diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.UnknownRule, new Location(text, at), code,
                    RuleCatalog.Retired.TryGetValue(code, out var retired)
                        ? Words($" meer: {retired.Nl}", $" any more: {retired.En}")
                    : CompilerCodes.LooksLikeCompilerCode(code)
                        ? CompilerCodeAdvice.ForConfiguration(code)
                        : Words("", "")));
                reader.Skip();
                continue;
            }
            var configuration = reader.TokenType == JsonTokenType.StartObject
                ? ReadRuleObject(ref reader, rule, code)
                : new RuleConfiguration(ReadLevel(ref reader), ImmutableDictionary<string, decimal>.Empty);
            settings = settings.With(descriptor.Code, configuration);
        }
        return settings;
    }

    private RuleConfiguration ReadRuleObject(ref Utf8JsonReader reader, Rules.Rule? rule, string code)
    {
        DiagnosticSeverity? level = null;
        var values = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var at = Span(reader);
            reader.Read();
            if (name is "niveau" or "level")
            {
                level = ReadLevel(ref reader);
                continue;
            }
            var known = rule?.Settings.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                var names = rule is null || rule.Settings.IsEmpty ? "niveau" : "niveau, " + string.Join(", ", rule.Settings.Select(s => s.Name));
                Diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.UnknownSetting, new Location(text, at),
                    Words($"{code} kent geen instelling '{name}'; wel: {names}", $"{code} has no setting '{name}'; it has: {names}")));
            }
            else if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value) || value < 0)
            {
                Diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.UnknownSetting, new Location(text, Span(reader)),
                    Words($"'{name}' van {code} moet een getal van 0 of meer zijn", $"'{name}' of {code} must be a number of 0 or more")));
            }
            else
            {
                values[known.Name] = value;
            }
            reader.Skip();
        }
        return new RuleConfiguration(level, values.ToImmutable());
    }

    private DiagnosticSeverity? ReadLevel(ref Utf8JsonReader reader)
    {
        var at = Span(reader);
        var word = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        var written = word ?? text.ToString(at);
        reader.Skip();
        if (RuleLevels.TryParse(word, out var level)) return level;
        Diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.UnknownLevel, new Location(text, at), written));
        return null;
    }

    private void Report(DiagnosticDescriptor descriptor, Utf8JsonReader reader, object argument) =>
        Diagnostics.Add(Diagnostic.Create(descriptor, new Location(text, Span(reader)), argument));

    /// <summary>The span of the current token in characters (the reader counts bytes).</summary>
    private TextSpan Span(Utf8JsonReader reader)
    {
        var startByte = (int)reader.TokenStartIndex;
        var start = Encoding.UTF8.GetCharCount(json.Span[..startByte]);
        var length = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String
            ? Encoding.UTF8.GetCharCount(reader.ValueSpan) + 2
            : Encoding.UTF8.GetCharCount(reader.ValueSpan);
        return new TextSpan(start, Math.Min(length, text.Length - start));
    }

    private static LocalizedText Words(string nl, string en) => new(nl, en);
}
