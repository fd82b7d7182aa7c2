namespace KpiLang.Diagnostics;

/// <summary>A piece of user-facing text in both languages.</summary>
public sealed record LocalizedText(string Nl, string En) : ILocalizedArgument
{
    public string Get(Language language) => language == Language.En ? En : Nl;

    public override string ToString() => Nl;
}
