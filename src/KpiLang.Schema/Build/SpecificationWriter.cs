using System.Collections.Immutable;
using System.Globalization;
using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.Semantics;
using System.Data.Common;

namespace KpiLang.Schema.Build;

/// <summary>
/// Writes a compiled specification into a database, inside the caller's transaction. Every specification table is
/// rewritten; indicators are upserted by name and those no longer in the specification are archived, so the
/// 'meting' rows that point at them are never touched.
/// </summary>
internal sealed class SpecificationWriter(DbConnection connection, DbTransaction transaction, BuildOptions options)
{
    private readonly Dictionary<Symbol, long> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly string _buildTime = options.BuildTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Tables rebuilt from the specification, children first so foreign keys never dangle.</summary>
    private static readonly string[] RebuiltTables =
    [
        "publiek", "betrokkene", "raming", "streefwaarde_afgesproken_met", "streefwaarde", "nulmeting", "acceptatiecriterium", "herijking",
        "indicator_koppeling", "vervanging", "uitsplitsing", "user_story", "netwerkpartner", "invloed", "indicator_aanbieder",
    ];

    private static readonly string[] ParentTables = ["inspanning", "doel", "scope", "actor", "organisatie"];

    public (int Indicators, ImmutableArray<string> Archived, ImmutableArray<string> Restored) Write(Compilation compilation, Action step)
    {
        var before = ReadIndicatorStates();
        ClearSpecification();
        step();
        WriteOrganisations(compilation.Organisations);
        WriteActors(compilation.Actors);
        step();
        WriteScopes(compilation.Scopes);
        WriteGoals(compilation.Goals);
        WriteEfforts(compilation.Efforts);
        step();
        var indicators = compilation.Indicators.ToList();
        WriteIndicators(indicators);
        step();
        WriteIndicatorDetails(indicators);
        step();
        WriteAudiencesAndReviews(compilation);
        WriteInfluence(compilation.Actors);
        step();

        var current = indicators.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var archived = before.Where(b => b.Value && !current.Contains(b.Key)).Select(b => b.Key).Order(StringComparer.Ordinal).ToImmutableArray();
        var restored = before.Where(b => !b.Value && current.Contains(b.Key)).Select(b => b.Key).Order(StringComparer.Ordinal).ToImmutableArray();
        Archive(archived);
        return (indicators.Count, archived, restored);
    }

    private Dictionary<string, bool> ReadIndicatorStates()
    {
        using var command = connection.Command("SELECT sleutel, actief FROM indicator", transaction);
        using var reader = command.ExecuteReader();
        var states = new Dictionary<string, bool>(StringComparer.Ordinal);
        while (reader.Read()) states[reader.GetString(0)] = reader.GetInt64(1) == 1;
        return states;
    }

    private void ClearSpecification()
    {
        foreach (var table in RebuiltTables) connection.Execute($"DELETE FROM {table}", transaction);
        connection.Execute("UPDATE indicator SET eigenaar_id = NULL, scope_id = NULL, doel_id = NULL, inspanning_id = NULL", transaction);
        connection.Execute("UPDATE doel SET bovenliggend_doel_id = NULL, scope_id = NULL", transaction);
        foreach (var table in ParentTables) connection.Execute($"DELETE FROM {table}", transaction);
    }

    private PreparedInsert Insert(string table, params string[] columns) =>
        new(connection, transaction, table, columns, returnsId: !WithoutId.Contains(table));

    /// <summary>Tables whose rows have no 'id' of their own: links, and the one row per indicator of nulmeting and vervanging.</summary>
    private static readonly string[] WithoutId =
        ["uitsplitsing", "streefwaarde_afgesproken_met", "indicator_koppeling", "nulmeting", "vervanging", "invloed", "betrokkene", "indicator_aanbieder"];

    private PreparedInsert InsertWithSource(string table, params string[] columns) =>
        new(connection, transaction, table, [.. columns, .. SourceLocation.Columns]);

    private object[] Source(Symbol symbol) => SourceLocation.Values(symbol.DeclarationLocation, options.WorkspaceRoot);

    private object? Id(Symbol? symbol) => symbol is not null && _ids.TryGetValue(symbol, out var id) ? id : null;

    private void WriteOrganisations(IEnumerable<OrganisationSymbol> organisations)
    {
        using var insert = InsertWithSource("organisatie", "naam", "titel", "missie", "visie");
        foreach (var o in organisations)
            _ids[o] = insert.Run([o.Name, o.Title, o.Mission, o.Vision, .. Source(o)]);
    }

    private void WriteActors(IEnumerable<ActorSymbol> actors)
    {
        using var insert = InsertWithSource("actor", "naam", "titel", "soort", "niveau", "omschrijving");
        foreach (var a in actors)
            _ids[a] = insert.Run([a.Name, a.Title, a.ActorKind is { } k ? SchemaWords.Of(k) : null,
                a.Level is { } l ? SchemaWords.Of(l) : null, a.Description, .. Source(a)]);
    }

    private void WriteScopes(IEnumerable<ScopeSymbol> scopes)
    {
        using var insert = InsertWithSource("scope", "naam", "titel", "dienst", "doelgroep", "effect", "eigenaar_id");
        foreach (var s in scopes)
            _ids[s] = insert.Run([s.Name, s.Title, s.Service, s.TargetGroup, s.Effect, Id(s.Owner), .. Source(s)]);
    }

    private void WriteGoals(IEnumerable<GoalSymbol> goals)
    {
        // The binder lists symbols in document order, so a parent goal always comes before its sub-goals.
        using var insert = InsertWithSource("doel", "naam", "titel", "bovenliggend_doel_id", "scope_id", "niveau", "eigenaar_id", "omschrijving", "volgorde");
        var order = 0;
        foreach (var g in goals)
            _ids[g] = insert.Run([g.Name, g.Title, Id(g.ParentGoal), Id(g.Scope), g.Level is { } l ? SchemaWords.Of(l) : null,
                Id(g.Owner), g.Description, order++, .. Source(g)]);
    }

    private void WriteEfforts(IEnumerable<EffortSymbol> efforts)
    {
        using var insert = InsertWithSource("inspanning", "naam", "titel", "doel_id", "eigenaar_id", "omschrijving");
        using var partner = Insert("netwerkpartner", "inspanning_id", "naam", "actor_id");
        using var story = InsertWithSource("user_story", "inspanning_id", "wie", "actor_id", "inzicht_in", "zodat");
        foreach (var e in efforts)
        {
            var id = insert.Run([e.Name, e.Title, Id(e.Goal), Id(e.Owner), e.Description, .. Source(e)]);
            _ids[e] = id;
            foreach (var p in e.Partners) partner.Run(id, p.Name, Id(p.Actor));
            foreach (var s in e.Stories)
                story.Run([id, s.WhoName, Id(s.Who), s.Insight, s.Purpose,
                    .. SourceLocation.Values(new Location(e.SyntaxTree.Text, s.Syntax.Span), options.WorkspaceRoot)]);
        }
    }

    private static readonly string[] IndicatorColumns =
    [
        "sleutel", "titel", "definitie", "laag", "soort", "schaal_min", "schaal_max", "eenheid", "bron", "methode",
        "frequentie", "keer_per_jaar", "richting", "eigenaar_id", "eigenaar_naam", "bekostiging", "scope_id", "doel_id",
        "inspanning_id", "doel_titel", "volgorde", "eerst_gebouwd_op", "code", "kengetal", "per_aantal", "per_populatie",
        "norm_binnen", "norm_eenheid", "norm_na",
    ];

    private void WriteIndicators(List<IndicatorSymbol> indicators)
    {
        // Upsert by name: the row (and its id, which measurements point at) survives every rebuild.
        var updates = string.Join(", ", IndicatorColumns.Skip(1).Where(c => c != "eerst_gebouwd_op").Concat(SourceLocation.Columns)
            .Select(c => $"{c} = excluded.{c}"));
        using var upsert = new PreparedInsert(connection, transaction, "indicator", [.. IndicatorColumns, .. SourceLocation.Columns],
            $"ON CONFLICT (sleutel) DO UPDATE SET {updates}, actief = 1, gearchiveerd_op = NULL");
        var order = 0;
        foreach (var i in indicators)
        {
            var kind = i.IndicatorKind;
            _ids[i] = upsert.Run([
                i.Name, i.Title, i.Definition, i.Layer is { } l ? SchemaWords.Of(l) : null,
                kind is null ? null : SchemaWords.Of(kind.Type), kind?.ScaleLow, kind?.ScaleHigh,
                i.EffectiveUnit.Name.Length == 0 ? null : i.EffectiveUnit.Name, i.Source,
                i.Method is { } m ? SchemaWords.Of(m) : null, i.Frequency?.Text, i.Frequency?.TimesPerYear,
                i.EffectiveDirection is { } d ? SchemaWords.Of(d) : null, Id(i.Owner), i.OwnerName, i.Funding,
                Id(i.Scope), Id(i.Goal), Id(i.Effort), i.Goal?.Title, order++, _buildTime, i.Code, i.IsMonitoringFigure ? 1 : 0,
                kind?.RateBase, kind?.RatePopulation, i.Norm?.Within.Value, i.Norm?.Within.Unit.Name, i.Norm?.After, .. Source(i)]);
        }
    }

    private void WriteIndicatorDetails(List<IndicatorSymbol> indicators)
    {
        using var breakdown = Insert("uitsplitsing", "indicator_id", "dimensie");
        using var baseline = Insert("nulmeting", "indicator_id", "waarde", "eenheid", "datum", "gepland_op");
        using var target = InsertWithSource("streefwaarde", "indicator_id", "volgnummer", "vergelijking", "herkomst", "alleen_richting",
            "statistiek", "groep", "waarde", "waarde_tot", "eenheid",
            "omschrijving", "referentie", "benchmark", "venster_periode", "venster_aantal", "begin", "deadline", "disclaimer");
        using var forecast = InsertWithSource("raming", "indicator_id", "volgnummer", "waarde", "eenheid", "jaar", "datum");
        using var agreed = Insert("streefwaarde_afgesproken_met", "streefwaarde_id", "actor_id");
        using var link = Insert("indicator_koppeling", "van_indicator_id", "naar_indicator_id");
        using var replacement = Insert("vervanging", "opvolger_id", "voorganger_sleutel", "voorganger_id", "per", "reden");
        using var criterion = Insert("acceptatiecriterium", "doel_id", "inspanning_id", "indicator_id", "volgnummer", "tekst");
        using var provider = Insert("indicator_aanbieder", "indicator_id", "actor_id");
        var byKey = ReadIndicatorIds();
        foreach (var i in indicators)
        {
            var id = _ids[i];
            foreach (var dimension in i.Breakdown.Distinct(StringComparer.Ordinal)) breakdown.Run(id, dimension);
            if (i.Baseline is not null || i.BaselinePlannedOn is not null)
                baseline.Run(id, i.Baseline?.Value.Value, i.Baseline is { } b && b.Value.Unit.Name.Length > 0 ? b.Value.Unit.Name : null,
                    i.Baseline?.Date, i.BaselinePlannedOn);
            var number = 1;
            foreach (var t in i.Targets)
            {
                var value = t.Value.Resolve(i.Baseline);
                var targetId = target.Run([id, number++, SchemaWords.Of(t.Comparator), SchemaWords.Of(t.Origin), t.IsDirectionOnly ? 1 : 0,
                    SchemaWords.Of(t.Statistic), t.Group, value, t.High?.Resolve(i.Baseline),
                    t.Value.Absolute?.Unit.Name is { Length: > 0 } unit ? unit : null, t.ToString(),
                    t.Value.Reference is { } r ? SchemaWords.Of(r) : null, t.Value.Benchmark,
                    t.Window is { } w ? SchemaWords.Of(w.Period) : null, t.Window?.Count,
                    t.TimeBound?.Start, t.TimeBound?.Deadline, t.Disclaimer,
                    .. SourceLocation.Values(new Location(i.SyntaxTree.Text, t.Syntax.Span), options.WorkspaceRoot)]);
                foreach (var actor in t.AgreedWith.Distinct()) if (Id(actor) is { } actorId) agreed.Run(targetId, actorId);
            }
            var forecastNumber = 1;
            foreach (var f in i.Forecasts)
                forecast.Run([id, forecastNumber++, f.Value.Value, f.Value.Unit.Name is { Length: > 0 } forecastUnit ? forecastUnit : null, f.Year,
                    f.Year is null ? f.Date : null, .. SourceLocation.Values(new Location(i.SyntaxTree.Text, f.Syntax.Span), options.WorkspaceRoot)]);
            foreach (var linked in i.Links.Distinct()) if (Id(linked) is { } to) link.Run(id, to);
            foreach (var actor in i.Providers.Distinct()) if (Id(actor) is { } actorId) provider.Run(id, actorId);
            if (i.Replaces is { } rep)
                replacement.Run(id, rep.ReplacedName, Id(rep.Replaced) ?? byKey.GetValueOrDefault(rep.ReplacedName), rep.Since, rep.Reason);
            WriteCriteria(criterion, i.AcceptanceCriteria, null, null, id);
        }
        foreach (var g in _ids.Keys.OfType<GoalSymbol>()) WriteCriteria(criterion, g.AcceptanceCriteria, _ids[g], null, null);
        foreach (var e in _ids.Keys.OfType<EffortSymbol>()) WriteCriteria(criterion, e.AcceptanceCriteria, null, _ids[e], null);
    }

    private static void WriteCriteria(PreparedInsert insert, ImmutableArray<string> criteria, object? goal, object? effort, object? indicator)
    {
        var number = 1;
        foreach (var text in criteria) insert.Run(goal, effort, indicator, number++, text);
    }

    private Dictionary<string, object?> ReadIndicatorIds()
    {
        using var command = connection.Command("SELECT sleutel, id FROM indicator", transaction);
        using var reader = command.ExecuteReader();
        var ids = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read()) ids[reader.GetString(0)] = reader.GetInt64(1);
        return ids;
    }

    private void WriteAudiencesAndReviews(Compilation compilation)
    {
        using var audience = Insert("publiek", "actor_id", "rol", "doel_id", "indicator_id", "frequentie", "keer_per_jaar");
        using var review = Insert("herijking", "organisatie_id", "scope_id", "doel_id", "indicator_id", "frequentie", "keer_per_jaar", "door_actor_id", "volgende");

        void Audiences(string role, IEnumerable<Audience> list, object? goal, object? indicator)
        {
            foreach (var a in list)
                if (Id(a.Actor) is { } actor) audience.Run(actor, role, goal, indicator, a.Frequency?.Text, a.Frequency?.TimesPerYear);
        }

        void Review(ReviewCycle? cycle, object? organisation, object? scope, object? goal, object? indicator)
        {
            if (cycle is null) return;
            review.Run(organisation, scope, goal, indicator, cycle.Frequency.Text, cycle.Frequency.TimesPerYear, Id(cycle.By), cycle.Next);
        }

        foreach (var g in compilation.Goals)
        {
            Audiences("bespreking", g.Discussions, _ids[g], null);
            Review(g.Review, null, null, _ids[g], null);
        }
        foreach (var i in compilation.Indicators)
        {
            var id = _ids[i];
            Audiences("invoer", i.Entry, null, id);
            Audiences("inzage", i.Viewers, null, id);
            Audiences("rapportage", i.Reporting, null, id);
            Audiences("bespreking", i.Discussions, null, id);
            Review(i.Review, null, null, null, id);
        }
        foreach (var o in compilation.Organisations) Review(o.Review, _ids[o], null, null, null);
        foreach (var s in compilation.Scopes) Review(s.Review, null, _ids[s], null, null);
        WriteInvolved(compilation);
    }

    /// <summary>'betrokken:' of scopes, goals, efforts and indicators, one row per actor and thing.</summary>
    private void WriteInvolved(Compilation compilation)
    {
        using var insert = Insert("betrokkene", "actor_id", "scope_id", "doel_id", "inspanning_id", "indicator_id");
        foreach (var symbol in compilation.Symbols)
        {
            if (!_ids.TryGetValue(symbol, out var id)) continue;
            foreach (var actor in symbol.Involved.Distinct())
            {
                if (Id(actor) is not { } actorId) continue;
                switch (symbol)
                {
                    case ScopeSymbol: insert.Run(actorId, id, null, null, null); break;
                    case GoalSymbol: insert.Run(actorId, null, id, null, null); break;
                    case EffortSymbol: insert.Run(actorId, null, null, id, null); break;
                    case IndicatorSymbol: insert.Run(actorId, null, null, null, id); break;
                }
            }
        }
    }

    private void WriteInfluence(IEnumerable<ActorSymbol> actors)
    {
        using var insert = Insert("invloed", "actor_id", "object_soort", "object_naam");
        foreach (var a in actors)
            foreach (var s in a.Influences.Distinct())
                insert.Run(_ids[a], SchemaWords.Of(s.Kind), s.Name);
    }

    private void Archive(ImmutableArray<string> keys)
    {
        using var command = connection.Command("UPDATE indicator SET actief = 0, gearchiveerd_op = @tijd WHERE sleutel = @sleutel", transaction);
        command.With("@tijd", _buildTime);
        var key = command.With("@sleutel", "").Parameters[1];
        foreach (var k in keys)
        {
            key.Value = k;
            command.ExecuteNonQuery();
        }
    }
}
