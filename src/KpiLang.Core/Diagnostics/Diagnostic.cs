using System.Collections.Immutable;
using System.Globalization;

namespace KpiLang.Diagnostics;

/// <summary>One finding: a descriptor, where it is, the effective severity and the message arguments.</summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    Location Location,
    DiagnosticSeverity Severity,
    ImmutableArray<object> Arguments)
{
    /// <summary>Other places that explain the finding (the first declaration of a duplicate name, say).</summary>
    public ImmutableArray<Location> RelatedLocations { get; init; } = ImmutableArray<Location>.Empty;

    /// <summary>The rule's proposed fix, if it has one.</summary>
    public CodeFix? Fix { get; init; }

    public string Code => Descriptor.Code;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
        new(descriptor, location, descriptor.DefaultSeverity, [.. arguments]);

    public string GetMessage(Language language = Language.Nl)
    {
        var args = Arguments.Select(a => a switch
        {
            ILocalizedArgument localized => localized.Get(language),
            decimal number => NumberText.Format(number, language),
            double number => NumberText.Format(number, language),
            _ => a,
        }).ToArray();
        return string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat.Get(language), args);
    }

    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {GetMessage()}";
}
