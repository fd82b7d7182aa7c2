using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>"Als [wie] wil ik inzicht in [wat] zodat [waarom]". <see cref="Who"/> is null when the name is no actor.</summary>
public sealed record UserStory(ActorSymbol? Who, string WhoName, string Insight, string Purpose, StoryPropertySyntax Syntax)
{
    public override string ToString() => $"Als {WhoName} wil ik inzicht in {Insight}, zodat {Purpose}";
}
