using System.Collections.Immutable;
using KpiLang.Texts;

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

    /// <summary>
    /// The whole message, when this finding is one of the cases its descriptor's message covers in general: each case
    /// is its own sentence in the text tables ("indicator 'x' is niet specifiek: 'a' en 'b' zijn twee maten …"), not
    /// the general message with a clause glued in. Null: the descriptor's message with <see cref="Arguments"/>.
    /// </summary>
    public LocalizedText? Message { get; init; }

    /// <summary>The rule's proposed fix, if it has one.</summary>
    public CodeFix? Fix { get; init; }

    public string Code => Descriptor.Code;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
        new(descriptor, location, descriptor.DefaultSeverity, [.. arguments]);

    /// <summary>A finding that says its case in a sentence of its own (<see cref="Message"/>).</summary>
    public static Diagnostic CreateWithMessage(DiagnosticDescriptor descriptor, Location location, LocalizedText message) =>
        new(descriptor, location, descriptor.DefaultSeverity, []) { Message = message };

    public string GetMessage(Language language = Language.Nl) => Message is { } message
        ? message.Get(language)
        : TextTemplate.Render(Descriptor.MessageFormat.Get(language), language, Arguments);

    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {GetMessage()}";
}
