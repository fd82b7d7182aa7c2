using KpiLang.Analysis;
using KpiLang.Analysis.Rules;
using KpiLang.Diagnostics;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Rules;

/// <summary>A faulty rule costs its own findings, never the check: one located finding says which rule failed.</summary>
public sealed class RuleIsolationTests
{
    private const string Source = """
        actor wethouder "Wethouder" { soort: bestuur }
        organisatie gemeente "Gemeente" {
            doel d "Iedereen doet mee" {
                eigenaar: wethouder
                inspanning i "Begeleiding naar werk" {
                    eigenaar: wethouder
                    indicator uitstroom "Uitstroom" {
                        soort: aantal
                    }
                }
            }
        }
        """;

    private sealed class ThrowingRule() : Rule("KPI101", "specifiek", DiagnosticCategory.Smart, DiagnosticSeverity.Warning,
        new("x", "x"), new("x", "x"))
    {
        public override void Analyze(RuleContext context)
        {
            foreach (var indicator in context.Compilation.Indicators)
                context.Report(this, indicator.Location); // half a judgement, then the bug
            throw new InvalidOperationException("kapot");
        }
    }

    [Fact]
    public void A_rule_that_throws_becomes_one_finding_and_the_other_rules_still_report()
    {
        var compilation = TestCompiler.Compile(Source);
        var others = RuleCatalog.Rules.Where(r => r.Code != "KPI101").ToList();
        var expected = Checker.Check(compilation, CheckOptions.Default, others).Select(d => d.Code).ToList();

        var found = Checker.Check(compilation, CheckOptions.Default, [new ThrowingRule(), .. others]);

        var failure = Assert.Single(found, d => d.Code == "KPI198");
        Assert.Equal(DiagnosticSeverity.Warning, failure.Severity);
        Assert.Equal(0, failure.Location.Span.Start);
        Assert.Equal(
            "regel KPI101 (specifiek) kon niet worden uitgevoerd en is overgeslagen: InvalidOperationException: kapot; de andere regels zijn wel uitgevoerd. Meld dit als fout in KpiLang, met dit bericht",
            failure.GetMessage(Language.Nl));
        Assert.StartsWith("rule KPI101 (specifiek) could not run and was skipped", failure.GetMessage(Language.En), StringComparison.Ordinal);
        Assert.DoesNotContain(found, d => d.Code == "KPI101"); // what it reported before throwing is dropped
        Assert.Equal(expected, found.Where(d => d.Code != "KPI198").Select(d => d.Code).ToList());
    }

    [Fact]
    public void Cancelling_a_check_is_not_a_rule_failure()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Checker.Check(TestCompiler.Compile(Source), CheckOptions.Default, cancel.Token));
    }

    [Fact]
    public void The_failure_finding_is_listed_by_kpic_rules_and_can_be_configured()
    {
        Assert.Same(RuleFailure.Descriptor, RuleCatalog.Find("KPI198"));
    }
}
