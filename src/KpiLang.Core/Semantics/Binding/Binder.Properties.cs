using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.Semantics;

internal sealed partial class Binder
{
    private static readonly SymbolKind[] InfluenceableKinds = [SymbolKind.Scope, SymbolKind.Goal, SymbolKind.Effort, SymbolKind.Indicator];

    private void BindProperties(Symbol symbol)
    {
        var tree = symbol.SyntaxTree;
        var values = _values.For(tree);
        var allowed = Placement.Properties[symbol.Declaration.Kind];
        var seen = new HashSet<PropertyKey>();
        var stories = ImmutableArray.CreateBuilder<UserStory>();
        var targets = new List<TargetPropertySyntax>();
        var forecasts = ImmutableArray.CreateBuilder<Forecast>();
        BaselinePropertySyntax? baseline = null;

        foreach (var property in symbol.Declaration.Members.OfType<PropertySyntax>())
        {
            if (property.KeyTokens.IsEmpty) continue;
            var key = property.Key;
            if (!allowed.Contains(key))
            {
                Report(CompilerDiagnostics.MemberNotAllowed, tree, KeySpan(property), property.KeyText, symbol.Kind.WithArticle(), symbol.Name,
                    Placement.Describe(allowed, Placement.NestedDeclarations[symbol.Declaration.Kind]));
                continue;
            }
            if (!Placement.Repeatable.Contains(key) && !seen.Add(key))
            {
                Report(CompilerDiagnostics.DuplicateProperty, tree, KeySpan(property), property.KeyText);
                continue;
            }

            switch (property)
            {
                case TextPropertySyntax text:
                    symbol.SetText(key, text.Value.Value);
                    break;
                case ChoicePropertySyntax choice:
                    SetChoice(symbol, key, choice.Value, values);
                    break;
                case KindPropertySyntax kind:
                    SetKind(symbol, kind, values);
                    break;
                case UnitPropertySyntax unit when symbol is IndicatorSymbol indicator:
                    indicator.Unit = unit.Unit.Value.Length == 0 ? null : Vocabulary.ParseUnit(unit.Unit.Value);
                    break;
                case ReferencePropertySyntax references:
                    SetReferences(symbol, key, references);
                    break;
                case FrequencyPropertySyntax frequency when symbol is IndicatorSymbol indicator:
                    indicator.Frequency = values.Frequency(frequency.Frequency);
                    break;
                case AudiencePropertySyntax audience:
                    SetAudience(symbol, key, audience, values);
                    break;
                case StoryPropertySyntax story:
                    stories.Add(BindStory(tree, story));
                    break;
                case BaselinePropertySyntax b:
                    baseline = b;
                    break;
                case TargetPropertySyntax target when symbol is IndicatorSymbol { IsMonitoringFigure: true }:
                    Report(CompilerDiagnostics.TargetOnMonitoringFigure, tree, KeySpan(target), symbol.Name);
                    break;
                case TargetPropertySyntax target:
                    targets.Add(target);
                    break;
                case ForecastPropertySyntax forecast when symbol is IndicatorSymbol:
                    if (values.Quantity(forecast.Value) is { } forecastValue)
                        forecasts.Add(new Forecast(forecastValue, Moment(forecast.Moment, values), forecast.Moment?.Value.Kind == SyntaxKind.Number
                            ? values.Year(forecast.Moment.Value) : null, forecast));
                    break;
                case NormPropertySyntax norm when symbol is IndicatorSymbol indicator:
                    indicator.Norm = BindNorm(norm, values);
                    break;
                case AcceptancePropertySyntax acceptance:
                    SetAcceptance(symbol, [.. acceptance.Criteria.Select(c => c.Value)]);
                    break;
                case ReviewPropertySyntax review:
                    SetReview(symbol, BindReview(tree, review, values));
                    break;
                case ReplacementPropertySyntax replacement when symbol is IndicatorSymbol indicator:
                    indicator.Replaces = BindReplacement(tree, replacement, values);
                    break;
            }
        }

        if (symbol is EffortSymbol effort) effort.Stories = stories.ToImmutable();
        if (symbol is IndicatorSymbol ind)
        {
            ind.Baseline = baseline?.Value is null ? null : BindBaseline(ind, baseline, values);
            if (baseline is { Value: null, Moment: { } planned })
                ind.BaselinePlannedOn = values.PointInTime(planned.Value, end: false);
            ind.Targets = [.. targets.Select(t => BindTarget(ind, t, values)).OfType<Target>()];
            ind.Forecasts = forecasts.ToImmutable();
        }
    }

    private static Text.TextSpan KeySpan(PropertySyntax property) =>
        Text.TextSpan.FromBounds(property.KeyTokens[0].Span.Start, property.KeyTokens[^1].Span.End);

    private static void SetChoice(Symbol symbol, PropertyKey key, SyntaxToken value, ValueBinder values)
    {
        switch (symbol, key)
        {
            case (ActorSymbol a, PropertyKey.Niveau): a.Level = values.Choice(value, Vocabulary.Levels, "niveau"); break;
            case (GoalSymbol g, PropertyKey.Niveau): g.Level = values.Choice(value, Vocabulary.Levels, "niveau"); break;
            case (IndicatorSymbol i, PropertyKey.Laag): i.Layer = values.Choice(value, Vocabulary.Layers, "laag"); break;
            case (IndicatorSymbol i, PropertyKey.Methode): i.Method = values.Choice(value, Vocabulary.Methods, "methode"); break;
            case (IndicatorSymbol i, PropertyKey.Richting): i.Direction = values.Choice(value, Vocabulary.Directions, "richting"); break;
        }
    }

    private void SetKind(Symbol symbol, KindPropertySyntax syntax, ValueBinder values)
    {
        if (symbol is ActorSymbol actor)
        {
            actor.ActorKind = values.Choice(syntax.KindToken, Vocabulary.ActorKinds, "soort");
            return;
        }
        if (symbol is not IndicatorSymbol indicator) return;
        var word = syntax.KindToken.Kind == SyntaxKind.JaNeeKeyword ? "ja/nee" : syntax.KindToken.Text;
        if (syntax.KindToken.IsMissing) return;
        if (!Vocabulary.IndicatorKinds.TryGetValue(word.ToLowerInvariant(), out var type))
        {
            values.UnknownChoice(syntax.KindToken, "soort", Vocabulary.IndicatorKinds.Keys);
            return;
        }
        decimal? low = syntax.Low is null ? null : values.Number(syntax.Low);
        decimal? high = syntax.High is null ? null : values.Number(syntax.High);
        if (low is not null && high is not null && low >= high)
            values.Report(CompilerDiagnostics.InvalidScoreRange, syntax.Span, syntax.Low!.Text, syntax.High!.Text);
        decimal? rateBase = null;
        string? population = null;
        if (syntax.Rate is { } rate && rate.Population.Value.Length > 0)
        {
            if (type is not (IndicatorKindType.Aantal or IndicatorKindType.Bedrag))
                values.Report(CompilerDiagnostics.RateNeedsCount, rate.Span,
                    string.Join(' ', rate.Tokens().Skip(1).Where(t => !t.IsMissing).Select(t => t.Text)), word);
            rateBase = rate.Base is null ? 1 : values.Number(rate.Base);
            population = rate.Population.Value;
        }
        indicator.IndicatorKind = new IndicatorKind(type, low, high, rateBase, population);
        if (type == IndicatorKindType.Percentage) indicator.Unit ??= null;
    }

    private void SetReferences(Symbol symbol, PropertyKey key, ReferencePropertySyntax syntax)
    {
        var tree = symbol.SyntaxTree;
        switch (key)
        {
            case PropertyKey.Eigenaar:
            {
                if (syntax.References.FirstOrDefault() is not { } first || first.Value.Length == 0) break;
                var owner = BindOwner(symbol, syntax, first);
                switch (symbol)
                {
                    case IndicatorSymbol i: i.Owner = owner; i.OwnerName = first.Value; break;
                    case GoalSymbol g: g.Owner = owner; break;
                    case EffortSymbol e: e.Owner = owner; break;
                    case ScopeSymbol s: s.Owner = owner; break;
                }
                break;
            }
            case PropertyKey.Betrokken:
                symbol.Involved = [.. syntax.References.Select(r => r.Identifier is { } n ? ResolveActor(tree, n) : ActorInQuotes(tree, r))
                    .OfType<ActorSymbol>()];
                break;
            case PropertyKey.Beinvloedt when symbol is ActorSymbol actor:
                actor.Influences = [.. Names(syntax).Select(n => Resolve(tree, n, InfluenceableKinds)).OfType<Symbol>()];
                break;
            case PropertyKey.Partners when symbol is EffortSymbol effort:
                effort.Partners = [.. syntax.References.Select(r => r.Identifier is { } n
                    ? new Partner(n.Text, ResolveActor(tree, n))
                    : new Partner(r.Value, null))];
                break;
            case PropertyKey.Uitsplitsing when symbol is IndicatorSymbol indicator:
                indicator.Breakdown = [.. syntax.References.Select(r => r.Value).Where(v => v.Length > 0)];
                break;
            case PropertyKey.Aanbieders when symbol is IndicatorSymbol indicator:
                indicator.Providers = BindProviders(tree, syntax);
                break;
            case PropertyKey.GekoppeldAan when symbol is IndicatorSymbol indicator:
                indicator.Links = [.. Names(syntax).Select(n => Resolve(tree, n, [SymbolKind.Indicator])).OfType<IndicatorSymbol>()];
                break;
        }
    }

    private static IEnumerable<SyntaxToken> Names(ReferencePropertySyntax syntax) =>
        syntax.References.Select(r => r.Identifier).OfType<SyntaxToken>();

    private void SetAudience(Symbol symbol, PropertyKey key, AudiencePropertySyntax syntax, ValueBinder values)
    {
        var audiences = syntax.Audiences
            .SelectMany(a => ForgottenComma(symbol.SyntaxTree, a) is { } second
                ? [ResolveActor(symbol.SyntaxTree, a.Who) is { } first ? new Audience(first, null) : null, new Audience(second, null)]
                : new[] { ResolveActor(symbol.SyntaxTree, a.Who) is { } actor
                    ? new Audience(actor, a.Frequency is null ? null : values.Frequency(a.Frequency))
                    : null })
            .OfType<Audience>()
            .ToImmutableArray();
        switch (symbol, key)
        {
            case (GoalSymbol g, PropertyKey.Bespreking): g.Discussions = audiences; break;
            case (IndicatorSymbol i, PropertyKey.Bespreking): i.Discussions = audiences; break;
            case (IndicatorSymbol i, PropertyKey.Invoer): i.Entry = audiences; break;
            case (IndicatorSymbol i, PropertyKey.Inzage): i.Viewers = audiences; break;
            case (IndicatorSymbol i, PropertyKey.Rapportage): i.Reporting = audiences; break;
        }
    }

    private UserStory BindStory(SyntaxTree tree, StoryPropertySyntax syntax)
    {
        // Whether the "wie" is a declared actor is judged by a rule: a story may speak for someone outside the spec.
        var who = ResolveActor(tree, syntax.Story.Who, quiet: true);
        return new UserStory(who, syntax.Story.Who.Text, syntax.Story.Insight.Value, syntax.Story.Purpose.Value, syntax);
    }

    private static void SetAcceptance(Symbol symbol, ImmutableArray<string> criteria)
    {
        switch (symbol)
        {
            case GoalSymbol g: g.AcceptanceCriteria = criteria; break;
            case EffortSymbol e: e.AcceptanceCriteria = criteria; break;
            case IndicatorSymbol i: i.AcceptanceCriteria = criteria; break;
        }
    }

    private ReviewCycle? BindReview(SyntaxTree tree, ReviewPropertySyntax syntax, ValueBinder values)
    {
        var frequency = values.Frequency(syntax.Frequency);
        var by = syntax.Reviewer is null ? null : ResolveActor(tree, syntax.Reviewer);
        var next = values.Date(syntax.Next);
        return frequency is null ? null : new ReviewCycle(frequency, by, next);
    }

    private static void SetReview(Symbol symbol, ReviewCycle? review)
    {
        switch (symbol)
        {
            case OrganisationSymbol o: o.Review = review; break;
            case ScopeSymbol s: s.Review = review; break;
            case GoalSymbol g: g.Review = review; break;
            case IndicatorSymbol i: i.Review = review; break;
        }
    }

    private static DateOnly? Moment(MomentSyntax? moment, ValueBinder values) =>
        moment is null ? null
        : moment.Value.Kind == SyntaxKind.Date ? values.Date(moment.Value)
        : values.PointInTime(moment.Value, end: true);

    private ServiceNorm? BindNorm(NormPropertySyntax syntax, ValueBinder values)
    {
        if (values.Quantity(syntax.Within) is not { } within) return null;
        if (within.Unit.Kind != UnitKind.Duration)
        {
            values.Report(CompilerDiagnostics.NormNotADuration, syntax.Within.Span, within.Display());
            return null;
        }
        return new ServiceNorm(within, syntax.After?.Value);
    }

    private Replacement BindReplacement(SyntaxTree tree, ReplacementPropertySyntax syntax, ValueBinder values)
    {
        // The replaced indicator may be gone from the specification if it is archived in the database being built,
        // where its history lives on by name; a name found in neither place is a typo.
        var specification = _specificationOf[tree];
        var name = syntax.Replaced;
        IndicatorSymbol? replaced = null;
        if (_byName.ContainsKey((specification, name.Text)))
            replaced = Resolve(tree, name, [SymbolKind.Indicator]) as IndicatorSymbol;
        else if (!name.IsMissing && !_databaseIndicators.Contains(name.Text))
        {
            var suggestion = NameSuggestions.Closest(name.Text, _byName
                .Where(p => p.Key.Specification == specification && p.Value is IndicatorSymbol).Select(p => p.Key.Name)
                .Concat(_databaseIndicators));
            if (suggestion is null) Report(CompilerDiagnostics.UnknownReplaced, tree, name.Span, name.Text);
            else _diagnostics.Add(Diagnostic.CreateWithMessage(CompilerDiagnostics.UnknownReplaced, new Location(tree.Text, name.Span),
                CompilerDiagnostics.UnknownReplacedWithSuggestion(name.Text, suggestion)));
        }
        return new Replacement(syntax.Replaced.Text, replaced, values.Date(syntax.Since), syntax.Reason?.Value);
    }
}
