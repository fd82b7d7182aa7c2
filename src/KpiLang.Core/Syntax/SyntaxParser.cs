using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;
using KpiLang.Syntax.Repairs;
using KpiLang.Text;
using static KpiLang.Syntax.Generated.KpiParser;

namespace KpiLang.Syntax;

/// <summary>
/// Runs the generated ANTLR parser and turns its parse tree into our own immutable syntax tree, with every token's
/// whitespace and comments attached as trivia. Tokens the parser had to invent while recovering become missing
/// tokens, so the tree is always complete.
/// </summary>
internal sealed class SyntaxParser
{
    /// <summary>Deeper nesting than this is refused before parsing, so no input can exhaust the stack.</summary>
    public const int MaxNestingDepth = 64;

    private readonly SourceText _source;
    private readonly int _end;
    private readonly List<Diagnostic> _diagnostics;
    private readonly SyntaxToken?[] _tokens;

    private SyntaxParser(SourceText source, int end, IList<IToken> allTokens, IReadOnlySet<int>? inTree, List<Diagnostic> diagnostics)
    {
        _source = source;
        _end = end;
        _diagnostics = diagnostics;
        _tokens = TokenBuilder.Build(source, end, allTokens, inTree);
    }

    public static (CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText source) =>
        Parse(source, new TextSpan(0, source.Length), TokenPasses.All);

    /// <summary>Parses with the given passes between lexer and parser; tests compare the repaired parse with the plain one.</summary>
    internal static (CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText source, IReadOnlyList<ITokenRepair> passes) =>
        Parse(source, new TextSpan(0, source.Length), passes);

    /// <summary>
    /// Parses one window of the text as if it were the whole file (for the incremental parser, one declaration):
    /// positions, lines and columns are those of the whole text, so spans and messages need no translating.
    /// </summary>
    internal static (CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) ParseWindow(SourceText source, TextSpan window) =>
        Parse(source, window, TokenPasses.All);

    private static (CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText source, TextSpan window, IReadOnlyList<ITokenRepair> passes)
    {
        var diagnostics = new List<Diagnostic>();
        var lexer = new KpiLexer(Input(source, window));
        lexer.RemoveErrorListeners();
        if (window.Start > 0)
        {
            var start = source.GetLinePosition(window.Start);
            lexer.Line = start.Line + 1;
            lexer.Column = start.Character;
        }
        var lexed = new CommonTokenStream(lexer);
        lexed.Fill();
        var repaired = new RepairTokens(source, [.. lexed.GetTokens()], diagnostics);
        foreach (var pass in passes) pass.Apply(repaired);
        var stream = new CommonTokenStream(new ListTokenSource([.. repaired.All]));
        stream.Fill();

        ReportUnterminatedComments(source, stream.GetTokens(), diagnostics);
        if (FindTooDeepBrace(stream.GetTokens()) is { } brace)
        {
            diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.NestingTooDeep,
                new Location(source, TextSpan.FromBounds(brace.StartIndex, brace.StopIndex + 1)), MaxNestingDepth));
            var tokens = TokenBuilder.Build(source, window.End, stream.GetTokens(), new HashSet<int>());
            var eof = tokens[^1] ?? SyntaxToken.Missing(SyntaxKind.EndOfFile, window.End);
            return (new CompilationUnitSyntax([], [], eof), [.. diagnostics]);
        }

        var (tree, recovered) = ParseTwoStage(source, stream, diagnostics);
        // Only a recovering parse can skip tokens; after a clean one every token is in the tree.
        var inTree = recovered ? TokensInTree(tree) : null;
        if (inTree is not null) ReportSkippedUnterminatedStrings(source, stream.GetTokens(), inTree, diagnostics);
        var builder = new SyntaxParser(source, window.End, stream.GetTokens(), inTree, diagnostics);
        var root = builder.CompilationUnit(tree);
        return (root, [.. diagnostics.OrderBy(d => d.Location.Span.Start)]);
    }

    /// <summary>The characters the lexer reads: the whole text, or a window of it at its own offsets, ending where the window ends.</summary>
    private static AntlrInputStream Input(SourceText source, TextSpan window)
    {
        if (window.Start == 0 && window.End == source.Length) return new AntlrInputStream(source.Text);
        var input = new AntlrInputStream(source.Text.ToCharArray(0, window.End), window.End);
        input.Seek(window.Start);
        return input;
    }

    /// <summary>
    /// ANTLR's recommended two-stage parse: the fast SLL prediction with bail-out first, which succeeds for almost
    /// every valid file; only when it fails is the file parsed again with full LL prediction and our recovering,
    /// reporting error strategy, so messages are the same either way.
    /// </summary>
    private static (CompilationUnitContext Tree, bool Recovered) ParseTwoStage(SourceText source, CommonTokenStream stream, List<Diagnostic> diagnostics)
    {
        var parser = new KpiParser(stream) { ErrorHandler = new BailErrorStrategy() };
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = Antlr4.Runtime.Atn.PredictionMode.SLL;
        try
        {
            return (parser.compilationUnit(), false);
        }
        catch (Antlr4.Runtime.Misc.ParseCanceledException)
        {
            stream.Seek(0);
            parser.Reset();
            parser.ErrorHandler = new SyntaxErrorStrategy(source, diagnostics, stream);
            parser.Interpreter.PredictionMode = Antlr4.Runtime.Atn.PredictionMode.LL;
            return (parser.compilationUnit(), true);
        }
    }

    /// <summary>The tokens the parse tree holds; the rest were skipped while recovering and become trivia.</summary>
    private static HashSet<int> TokensInTree(IParseTree root)
    {
        var inTree = new HashSet<int>();
        var stack = new Stack<IParseTree>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is ITerminalNode terminal)
            {
                if (node is not IErrorNode && terminal.Symbol.TokenIndex >= 0) inTree.Add(terminal.Symbol.TokenIndex);
                continue;
            }
            for (var i = 0; i < node.ChildCount; i++) stack.Push(node.GetChild(i));
        }
        return inTree;
    }

    /// <summary>
    /// The error strategy leaves unterminated strings to the tree builder; one the parser skipped never reaches it,
    /// so it is reported here (fuzzing found a stray '"' at the end of a file passing without any error).
    /// </summary>
    private static void ReportSkippedUnterminatedStrings(SourceText source, IList<IToken> tokens, HashSet<int> inTree, List<Diagnostic> diagnostics)
    {
        foreach (var token in tokens)
            if (token.Type == KpiParser.UNTERMINATED_STRING && !inTree.Contains(token.TokenIndex))
                diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.UnterminatedString,
                    new Location(source, TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1))));
    }

    /// <summary>The lexer lets a block comment run to the end of the file; without this, the rest of the file vanished silently.</summary>
    private static void ReportUnterminatedComments(SourceText source, IList<IToken> tokens, List<Diagnostic> diagnostics)
    {
        foreach (var token in tokens)
            if (token.Type == KpiParser.BLOCK_COMMENT && (token.Text.Length < 4 || !token.Text.EndsWith("*/", StringComparison.Ordinal)))
                diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.UnterminatedComment,
                    new Location(source, new TextSpan(token.StartIndex, 2))));
    }

    private static IToken? FindTooDeepBrace(IList<IToken> tokens)
    {
        var depth = 0;
        foreach (var token in tokens)
        {
            if (token.Type == KpiParser.LBRACE && ++depth > MaxNestingDepth) return token;
            if (token.Type == KpiParser.RBRACE && depth > 0) depth--;
        }
        return null;
    }

    // --- structure ------------------------------------------------------------------------------------------

    private CompilationUnitSyntax CompilationUnit(CompilationUnitContext context)
    {
        var imports = ImmutableArray.CreateBuilder<ImportDirectiveSyntax>();
        var members = ImmutableArray.CreateBuilder<MemberSyntax>();
        foreach (var child in context.children ?? [])
        {
            if (child is ImportDirectiveContext importContext)
            {
                var directive = Import(importContext);
                if (members.Count > 0) Report(CompilerDiagnostics.ImportAfterMember, directive.ImportKeyword.Span);
                imports.Add(directive);
            }
            else if (child is MemberContext memberContext && Member(memberContext) is { } member)
            {
                members.Add(member);
            }
        }
        var eof = Tok(context.Eof(), SyntaxKind.EndOfFile, context);
        return new CompilationUnitSyntax(imports.ToImmutable(), members.ToImmutable(), eof);
    }

    private ImportDirectiveSyntax Import(ImportDirectiveContext context) =>
        new(Tok(context.IMPORTEER(), SyntaxKind.ImportKeyword, context), Tok(context.path, SyntaxKind.String, context));

    private MemberSyntax? Member(MemberContext context) =>
        context.declaration() is { } declaration ? Declaration(declaration)
        : context.property() is { } property ? Property(property)
        : null;

    private DeclarationSyntax Declaration(DeclarationContext context)
    {
        var keyword = Tok(context.keyword, SyntaxKind.DeclarationKeyword, context);
        return new DeclarationSyntax(keyword, Ident(context.name, context),
            context.title is null ? null : Text(context.title), context.block() is { } b ? Block(b) : null);
    }

    private BlockSyntax Block(BlockContext context) => new(
        Tok(context.LBRACE(), SyntaxKind.OpenBrace, context),
        context.member().Select(Member).OfType<MemberSyntax>().ToImmutableArray(),
        Tok(context.RBRACE(), SyntaxKind.CloseBrace, context));

    // --- properties -----------------------------------------------------------------------------------------

    private PropertySyntax? Property(PropertyContext context)
    {
        var colonNode = context.GetToken(KpiParser.COLON, 0);
        switch (context)
        {
            case TextPropertyContext c:
                return new TextPropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c), Text(c.text()));
            case ChoicePropertyContext c:
                return new ChoicePropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c), Ident(c.choice, c));
            case KindPropertyContext c:
                return KindProperty(c, colonNode);
            case UnitPropertyContext c:
                return new UnitPropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c), Unit(c.unit()));
            case ReferencePropertyContext c:
            {
                var list = c.referenceList();
                var references = list?.reference().Select(Reference).ToImmutableArray() ?? [];
                var separators = list?.COMMA().Select(n => Tok(n, SyntaxKind.Comma, list)).ToImmutableArray() ?? [];
                return new ReferencePropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c), references, separators);
            }
            case FrequencyPropertyContext c:
                return new FrequencyPropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c), Frequency(c.frequency(), c));
            case AudiencePropertyContext c:
                return new AudiencePropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c),
                    c.audience().Select(Audience).ToImmutableArray(),
                    c.COMMA().Select(n => Tok(n, SyntaxKind.Comma, c)).ToImmutableArray());
            case StoryPropertyContext c:
                return new StoryPropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c), Story(c.userStory(), c));
            case BaselinePropertyContext c:
                return new BaselinePropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c),
                    c.quantity() is { } q ? Quantity(q, c) : null, c.moment() is { } m ? Moment(m) : null);
            case TargetPropertyContext c:
                return new TargetPropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c), Target(c.target(), c),
                    c.block() is { } b ? Block(b) : null);
            case AcceptancePropertyContext c:
                return new AcceptancePropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c),
                    c.MINUS().Select(n => Tok(n, SyntaxKind.Minus, c)).ToImmutableArray(),
                    c.text().Select(Text).ToImmutableArray());
            case ReviewPropertyContext c:
                return new ReviewPropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c), Frequency(c.frequency(), c),
                    Opt(c.DOOR()), c.reviewer is null ? null : Ident(c.reviewer, c), Opt(c.COMMA()), Opt(c.VOLGENDE()),
                    c.next is null ? null : Tok(c.next, SyntaxKind.Date, c));
            case ReplacementPropertyContext c:
                return new ReplacementPropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c), Ident(c.replaced, c),
                    Opt(c.PER()), c.since is null ? null : Tok(c.since, SyntaxKind.Date, c), Opt(c.OMDAT()),
                    c.reason is null ? null : Text(c.reason));
            case ForecastPropertyContext c:
                return new ForecastPropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c), Quantity(c.quantity(), c),
                    c.moment() is { } moment ? Moment(moment) : null);
            case NormPropertyContext c:
                return new NormPropertySyntax(Keys(c), Tok(colonNode, SyntaxKind.Colon, c), Tok(c.BINNEN(), SyntaxKind.BinnenKeyword, c),
                    Quantity(c.quantity(), c), Opt(c.NA()), c.after is null ? null : Text(c.after));
            default:
                return null; // a property the parser could not even start; its error is already reported
        }
    }

    private KindPropertySyntax KindProperty(KindPropertyContext c, ITerminalNode? colonNode)
    {
        var colon = Tok(colonNode, SyntaxKind.Colon, c);
        return c.indicatorKind() switch
        {
            YesNoKindContext yesNo => new KindPropertySyntax(Keys(c), colon, Tok(yesNo.JA_NEE(), SyntaxKind.JaNeeKeyword, yesNo), null, null, null),
            NamedKindContext named => new KindPropertySyntax(Keys(c), colon,
                Ident(named.kind?.identifier(), named),
                named.low is null ? null : Tok(named.low, SyntaxKind.Number, named), Opt(named.DOTDOT()),
                named.high is null ? null : Tok(named.high, SyntaxKind.Number, named),
                named.rate() is { } rate ? Rate(rate) : null),
            _ => new KindPropertySyntax(Keys(c), colon, MissingAtEnd(SyntaxKind.Identifier, c), null, null, null),
        };
    }

    // --- values ---------------------------------------------------------------------------------------------

    private TextSyntax Text(TextContext? context)
    {
        if (context is null) return new TextSyntax([MissingAtEnd(SyntaxKind.String, null)]);
        var parts = new List<SyntaxToken>();
        foreach (var child in context.children ?? [])
        {
            if (child is not ITerminalNode terminal) continue;
            var token = Tok(terminal, SyntaxKind.String, context);
            if (terminal.Symbol.Type == KpiParser.UNTERMINATED_STRING)
                Report(CompilerDiagnostics.UnterminatedString, token.Span);
            parts.Add(token);
        }
        return new TextSyntax(parts.Count > 0 ? [.. parts] : [MissingAtEnd(SyntaxKind.String, context)]);
    }

    private ReferenceSyntax Reference(ReferenceContext? context, ParserRuleContext parent) =>
        context is null ? new ReferenceSyntax(MissingAtEnd(SyntaxKind.Identifier, parent), null) : Reference(context);

    private ReferenceSyntax Reference(ReferenceContext context) =>
        context.text() is { } text ? new ReferenceSyntax(null, Text(text)) : new ReferenceSyntax(Ident(context.identifier(), context), null);

    private RateSyntax Rate(RateContext context) =>
        new(Tok(context.PER(), SyntaxKind.PerKeyword, context), context.@base is null ? null : Tok(context.@base, SyntaxKind.Number, context),
            Reference(context.population, context));

    private UnitSyntax Unit(UnitContext? context)
    {
        if (context is null) return new UnitSyntax(MissingAtEnd(SyntaxKind.Identifier, null), null);
        if (context.text() is { } text) return new UnitSyntax(null, Text(text));
        if (context.identifier() is { } identifier) return new UnitSyntax(Ident(identifier, context), null);
        return new UnitSyntax(Tok(MatchedStart(context), SyntaxKind.Percent, context), null);
    }

    private QuantitySyntax Quantity(QuantityContext? context, ParserRuleContext parent) =>
        context is null
            ? new QuantitySyntax(null, MissingAtEnd(SyntaxKind.Number, parent), null)
            : new QuantitySyntax(Opt(context.EURO()), Tok(context.NUMBER(), SyntaxKind.Number, context),
                context.unit() is { } unit ? Unit(unit) : null);

    private MomentSyntax Moment(MomentContext context) => new(
        Tok(MatchedStart(context), SyntaxKind.OpKeyword, context),
        Tok(context.DATE() ?? context.NUMBER(), context.DATE() is null ? SyntaxKind.Number : SyntaxKind.Date, context));

    private FrequencySyntax Frequency(FrequencyContext? context, ParserRuleContext parent) => context switch
    {
        NamedFrequencyContext c => new FrequencySyntax(FrequencyForm.Named, null, null, null, null, Ident(c.word, c)),
        TimesPerPeriodContext c => new FrequencySyntax(FrequencyForm.TimesPerPeriod, null, Tok(c.count, SyntaxKind.Number, c),
            Tok(c.KEER(), SyntaxKind.KeerKeyword, c), Tok(c.PER(), SyntaxKind.PerKeyword, c), Ident(c.period, c)),
        EveryPeriodContext c => new FrequencySyntax(FrequencyForm.EveryPeriod, Tok(c.ELKE(), SyntaxKind.ElkeKeyword, c),
            c.count is null ? null : Tok(c.count, SyntaxKind.Number, c), null, null, Ident(c.period, c)),
        _ => new FrequencySyntax(FrequencyForm.Named, null, null, null, null, MissingAtEnd(SyntaxKind.Identifier, parent)),
    };

    private AudienceSyntax Audience(AudienceContext context) =>
        new(Ident(context.who, context), context.frequency() is { } f ? Frequency(f, context) : null);

    private UserStorySyntax Story(UserStoryContext? context, ParserRuleContext parent)
    {
        if (context is null)
        {
            var missing = MissingAtEnd(SyntaxKind.AlsKeyword, parent);
            return new UserStorySyntax(missing, MissingAtEnd(SyntaxKind.Identifier, parent), [], new TextSyntax([MissingAtEnd(SyntaxKind.String, parent)]),
                null, MissingAtEnd(SyntaxKind.ZodatKeyword, parent), new TextSyntax([MissingAtEnd(SyntaxKind.String, parent)]));
        }
        var want = new List<SyntaxToken>();
        foreach (var kind in new[] { KpiParser.WIL, KpiParser.WILLEN, KpiParser.IK, KpiParser.WE, KpiParser.INZICHT, KpiParser.IN })
            if (context.GetToken(kind, 0) is { } node) want.Add(Tok(node, TokenKinds.Of(kind), context));
        want.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new UserStorySyntax(Tok(context.ALS(), SyntaxKind.AlsKeyword, context), Ident(context.who, context), [.. want],
            Text(context.insight), Opt(context.COMMA()), Tok(context.ZODAT(), SyntaxKind.ZodatKeyword, context), Text(context.purpose));
    }

    private TargetSyntax Target(TargetContext? context, ParserRuleContext parent)
    {
        if (context is null)
            return new TargetSyntax(null, MissingComparison(parent), null, null, null, null);
        return new TargetSyntax(context.statistic is null ? null : Tok(context.statistic, TokenKinds.Of(context.statistic.Type), context),
            Comparison(context.comparison(), context),
            Opt(context.VOOR()), context.group is null ? null : Reference(context.group),
            context.window() is { } w ? Window(w) : null,
            context.timeBound() is { } t ? TimeBound(t) : null);
    }

    private ComparisonSyntax Comparison(ComparisonContext? context, ParserRuleContext parent) => context switch
    {
        CompareToContext c => new ComparisonSyntax(Comparator(c.comparator(), c), Operand(c.operand(), c), null, null),
        BetweenContext c => new ComparisonSyntax([Tok(c.TUSSEN(), SyntaxKind.TussenKeyword, c)], Operand(c.low, c), Tok(c.EN(), SyntaxKind.EnKeyword, c),
            Operand(c.high, c)),
        DirectionOnlyContext c => new ComparisonSyntax([Tok(c.direction, TokenKinds.Of(c.direction.Type), c)], null, null, null),
        BareValueContext c => new ComparisonSyntax([], Operand(c.operand(), c), null, null),
        _ => MissingComparison(parent),
    };

    private static ComparisonSyntax MissingComparison(ParserRuleContext parent) => new([],
        new OperandSyntax(new QuantitySyntax(null, SyntaxToken.Missing(SyntaxKind.Number, Math.Max(0, (parent.Stop?.StopIndex ?? -1) + 1)), null),
            null, null, null, null), null, null);

    private ImmutableArray<SyntaxToken> Comparator(ComparatorContext? context, ParserRuleContext parent)
    {
        if (context is null) return [MissingAtEnd(SyntaxKind.MinimaalKeyword, parent)];
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        foreach (var child in context.children ?? [])
            if (child is ITerminalNode terminal) tokens.Add(Tok(terminal, TokenKinds.Of(terminal.Symbol.Type), context));
        return tokens.Count > 0 ? tokens.ToImmutable() : [MissingAtEnd(SyntaxKind.MinimaalKeyword, parent)];
    }

    private OperandSyntax Operand(OperandContext? context, ParserRuleContext parent) => context switch
    {
        AbsoluteOperandContext c => new OperandSyntax(Quantity(c.quantity(), c), null, null, null, null),
        RelativeOperandContext c => new OperandSyntax(null, ReferenceValue(c.referenceValue(), c),
            c.sign is null ? null : Tok(c.sign, TokenKinds.Of(c.sign.Type), c), c.delta is null ? null : Quantity(c.delta, c), Opt(c.PROCENTPUNT())),
        _ => new OperandSyntax(new QuantitySyntax(null, MissingAtEnd(SyntaxKind.Number, parent), null), null, null, null, null),
    };

    private ReferenceValueSyntax ReferenceValue(ReferenceValueContext context, ParserRuleContext parent) => context switch
    {
        BaselineReferenceContext c => new ReferenceValueSyntax(ReferenceValueKind.Baseline, [Tok(c.NULMETING(), SyntaxKind.NulmetingKeyword, c)], null, null),
        PreviousPeriodReferenceContext c => new ReferenceValueSyntax(ReferenceValueKind.PreviousPeriod,
            [Tok(c.VORIGE(), SyntaxKind.VorigeKeyword, c), Tok(c.PERIODE(), SyntaxKind.PeriodeKeyword, c)], null, null),
        BenchmarkReferenceContext c => new ReferenceValueSyntax(ReferenceValueKind.Benchmark, [Tok(c.BENCHMARK(), SyntaxKind.BenchmarkKeyword, c)],
            Text(c.text()), null),
        YearReferenceContext c => new ReferenceValueSyntax(ReferenceValueKind.Year,
            [Tok(c.NIVEAU(), SyntaxKind.NiveauKeyword, c), Tok(c.VAN(), SyntaxKind.VanKeyword, c)], null, Tok(c.year, SyntaxKind.Number, c)),
        _ => new ReferenceValueSyntax(ReferenceValueKind.Baseline, [MissingAtEnd(SyntaxKind.NulmetingKeyword, parent)], null, null),
    };

    private WindowSyntax Window(WindowContext context) => context switch
    {
        CumulativeWindowContext c => new WindowSyntax(Tok(c.OVER(), SyntaxKind.OverKeyword, c), Tok(c.count, SyntaxKind.Number, c), Ident(c.period, c)),
        RatePerPeriodContext c => new WindowSyntax(Tok(c.PER(), SyntaxKind.PerKeyword, c), null, Ident(c.period, c)),
        _ => new WindowSyntax(MissingAtEnd(SyntaxKind.PerKeyword, context), null, MissingAtEnd(SyntaxKind.Identifier, context)),
    };

    private TimeBoundSyntax TimeBound(TimeBoundContext context) => context switch
    {
        InTermContext c when c.SCHOOLJAAR() is not null => new TimeBoundSyntax(TimeBoundKind.InPeriod,
            [Tok(c.IN(), SyntaxKind.InKeyword, c), Tok(c.SCHOOLJAAR(), SyntaxKind.SchooljaarKeyword, c)],
            null, Tok(c.year, SyntaxKind.Number, c), Tok(c.MINUS(), SyntaxKind.Minus, c), Tok(c.until, SyntaxKind.Number, c)),
        InTermContext c when c.part is not null => new TimeBoundSyntax(TimeBoundKind.InPeriod, [Tok(c.IN(), SyntaxKind.InKeyword, c)], Ident(c.part, c),
            Tok(c.year, SyntaxKind.Number, c), null, null),
        InTermContext c => new TimeBoundSyntax(TimeBoundKind.InYear, [Tok(c.IN(), SyntaxKind.InKeyword, c)], null, Tok(c.year, SyntaxKind.Number, c), null, null),
        SchoolYearContext c => new TimeBoundSyntax(TimeBoundKind.InPeriod, [Tok(c.SCHOOLJAAR(), SyntaxKind.SchooljaarKeyword, c)],
            null, Tok(c.year, SyntaxKind.Number, c), Tok(c.MINUS(), SyntaxKind.Minus, c), Tok(c.until, SyntaxKind.Number, c)),
        EndOrMiddleOfYearContext c => new TimeBoundSyntax(TimeBoundKind.Deadline, [Tok(MatchedStart(c), TokenKinds.Of(c.Start.Type), c)], null,
            Tok(c.year, SyntaxKind.Number, c), null, null),
        DeadlineContext c => new TimeBoundSyntax(TimeBoundKind.Deadline, [Tok(c.UITERLIJK(), SyntaxKind.UiterlijkKeyword, c)], null, Point(c.pointInTime(), c), null, null),
        StartingFromContext c => new TimeBoundSyntax(TimeBoundKind.StartingFrom, [Tok(c.VANAF(), SyntaxKind.VanafKeyword, c)], null, Point(c.pointInTime(), c), null, null),
        FromUntilContext c => new TimeBoundSyntax(TimeBoundKind.FromUntil, [Tok(c.VAN(), SyntaxKind.VanKeyword, c)], null, Point(c.from, c),
            Tok(c.TOT(), SyntaxKind.TotKeyword, c), Point(c.until, c)),
        _ => new TimeBoundSyntax(TimeBoundKind.InYear, [MissingAtEnd(SyntaxKind.InKeyword, context)], null, MissingAtEnd(SyntaxKind.Number, context), null, null),
    };

    private SyntaxToken Point(PointInTimeContext? context, ParserRuleContext parent) =>
        context is null || MatchedStart(context) is not { } start ? MissingAtEnd(SyntaxKind.Number, parent) : Tok(start, TokenKinds.Of(start.Type), context);

    /// <summary>
    /// The first token of a rule, when the rule really matched it. A rule the parser entered at a token it could not
    /// use (recovery, or a value missing before the next key) has that token as its Start too, and taking it would
    /// put the next key in the tree twice (found by fuzzing).
    /// </summary>
    private static IToken? MatchedStart(ParserRuleContext context) =>
        context.Start is { TokenIndex: >= 0, Type: not TokenConstants.EOF } start && FirstLeaf(context) is { Symbol: var leaf } && leaf.TokenIndex == start.TokenIndex
            ? start
            : null;

    // --- tokens ---------------------------------------------------------------------------------------------

    /// <summary>The key of a property: its leading key token, and 'aan'/'met' of a key of two words (in 'referenceKey').</summary>
    private ImmutableArray<SyntaxToken> Keys(PropertyContext property)
    {
        var keys = ImmutableArray.CreateBuilder<SyntaxToken>();
        var first = property.ChildCount > 0 ? property.GetChild(0) : null;
        var source = first as ParserRuleContext ?? property;
        foreach (var child in source.children ?? [])
        {
            if (child is not ITerminalNode terminal || TokenKinds.Of(terminal.Symbol.Type) != SyntaxKind.PropertyKeyword) break;
            keys.Add(Tok(terminal, SyntaxKind.PropertyKeyword, source));
        }
        return keys.ToImmutable();
    }

    // The name must really be matched: when recovery conjures a missing name, the context's Start is the next token
    // (say the title), which would otherwise appear twice in the tree (found by fuzzing). When recovery deleted a
    // stray token before the name, Start is that token (now skipped trivia) and the name is the first leaf.
    private SyntaxToken Ident(IdentifierContext? context, ParserRuleContext parent) =>
        context is { exception: null } && FirstLeaf(context) is { Symbol: { TokenIndex: >= 0, Type: not TokenConstants.EOF } matched }
            ? Tok(matched, SyntaxKind.Identifier, context)
            : MissingAtEnd(SyntaxKind.Identifier, parent);

    /// <summary>The first token the rule really matched: tokens recovery deleted are error nodes, skipped here.</summary>
    private static ITerminalNode? FirstLeaf(IParseTree node)
    {
        var stack = new Stack<IParseTree>([node]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is ITerminalNode terminal)
            {
                if (terminal is not IErrorNode) return terminal;
                continue;
            }
            for (var i = current.ChildCount - 1; i >= 0; i--) stack.Push(current.GetChild(i));
        }
        return null;
    }

    private SyntaxToken? Opt(ITerminalNode? node) => node is null || node.Symbol.TokenIndex < 0 ? null : Existing(node.Symbol);

    private SyntaxToken Tok(ITerminalNode? node, SyntaxKind kind, ParserRuleContext context)
    {
        if (node is null) return MissingAtEnd(kind, context);
        if (node.Symbol.TokenIndex >= 0) return Existing(node.Symbol) ?? MissingAtEnd(kind, context);
        // A token the parser conjured while recovering: missing, placed right after the sibling before it.
        var index = context.children?.IndexOf(node) ?? -1;
        for (var i = index - 1; i >= 0; i--)
        {
            if (context.children![i] is ITerminalNode t && t.Symbol.TokenIndex >= 0) return SyntaxToken.Missing(kind, t.Symbol.StopIndex + 1);
            if (context.children![i] is ParserRuleContext r && r.Stop is { TokenIndex: >= 0 } stop) return SyntaxToken.Missing(kind, stop.StopIndex + 1);
        }
        return MissingAtEnd(kind, context);
    }

    private SyntaxToken Tok(IToken? token, SyntaxKind kind, ParserRuleContext context) =>
        token is { TokenIndex: >= 0 } && Existing(token) is { } existing ? existing : MissingAtEnd(kind, context);

    private SyntaxToken? Existing(IToken token) =>
        token.TokenIndex >= 0 && token.TokenIndex < _tokens.Length ? _tokens[token.TokenIndex] : null;

    private SyntaxToken MissingAtEnd(SyntaxKind kind, ParserRuleContext? context)
    {
        var position = context?.Stop is { TokenIndex: >= 0, Type: not TokenConstants.EOF } stop && stop.StopIndex >= stop.StartIndex
            ? stop.StopIndex + 1
            : context?.Start is { StartIndex: >= 0 } start ? Math.Min(start.StartIndex, _end) : _end;
        return SyntaxToken.Missing(kind, Math.Clamp(position, 0, _end));
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, new Location(_source, span), args));
}

