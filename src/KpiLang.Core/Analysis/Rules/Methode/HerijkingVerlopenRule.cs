using System.Globalization;
using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// A herijking whose 'volgende' date has passed (against the compilation's Today, so checks are reproducible).
/// The quick fix moves the date one cycle on from today.
/// </summary>
public sealed class HerijkingVerlopenRule() : Rule("KPI132", "herijking-verlopen", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    MethodRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var symbol in context.Compilation.Symbols)
        {
            var review = symbol switch
            {
                OrganisationSymbol o => o.Review,
                ScopeSymbol s => s.Review,
                GoalSymbol g => g.Review,
                IndicatorSymbol i => i.IsCurrent() ? i.Review : null,
                _ => null,
            };
            if (review?.Next is not { } next || next >= context.Today) continue;
            var property = RuleSyntax.Property(symbol, PropertyKey.Herijking);
            var location = property is null ? symbol.Location : RuleSyntax.At(symbol, property);
            context.Report(this, location, Fix(symbol, property, next, review, context.Today),
                $"{symbol.Kind.Keyword()} '{symbol.Name}'", next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private static CodeFix? Fix(Symbol symbol, PropertySyntax? property, DateOnly next, ReviewCycle review, DateOnly today)
    {
        if (property is null) return null;
        var written = next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var token = property.Tokens().FirstOrDefault(t => t.Text == written);
        if (token is null) return null;
        var newDate = today.AddDays(review.Frequency.IsOnce ? 365 : review.Frequency.IntervalDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new CodeFix(FixTitles.SetNextReview(newDate),
            [new TextEdit(symbol.SyntaxTree.Text, token.Span, newDate)]);
    }
}
