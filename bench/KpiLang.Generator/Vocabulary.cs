namespace KpiLang.Generator;

/// <summary>Words from the sociaal domein the generator combines into titles, so texts read like real ones.</summary>
internal static class Vocabulary
{
    public static readonly string[] Themes =
    [
        "schuldhulp", "jeugdhulp", "werk en inkomen", "wonen", "participatie", "mantelzorg", "vroegsignalering",
        "armoedebestrijding", "huiswerkbegeleiding", "eenzaamheid", "leefbaarheid", "wijkteams",
    ];

    public static readonly string[] Groups =
    [
        "jongeren van 16 tot 23 jaar", "inwoners met schulden", "ouderen die alleen wonen", "gezinnen met kinderen",
        "statushouders", "mantelzorgers", "werkzoekenden met een uitkering", "leerlingen in groep 7 en 8",
    ];

    public static readonly string[] Partners =
    [
        "woningcorporaties", "huisartsen", "scholen in de wijk", "welzijnsorganisaties", "werkgevers in de regio",
        "GGZ-aanbieders", "wijkagenten", "vrijwilligersorganisaties",
    ];

    public static readonly string[] Units = ["trajecten", "aanmeldingen", "huisbezoeken", "gesprekken", "deelnemers"];

    public static readonly string[] Frequencies = ["maandelijks", "driemaandelijks", "halfjaarlijks", "jaarlijks"];

    public static readonly string[] Methods = ["registratie", "enquête", "steekproef", "dossieronderzoek"];

    public static string Pick(this Random random, string[] words) => words[random.Next(words.Length)];
}
