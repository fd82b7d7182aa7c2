using KpiLang.Diagnostics;

namespace KpiLang.Cli;

/// <summary>Messages of <c>kpic convert</c>, in Dutch and English.</summary>
internal static class ConvertCliText
{
    public static readonly LocalizedText Description = new(
        "Zet een indicatortabel (CSV uit Excel of een begroting) om in een .kpi-specificatie met alleen wat de tabel zegt, "
        + "en toon meteen welke KPI's niet SMART zijn. Zie docs/convert.md.",
        "Turn an indicator table (CSV from Excel or a budget document) into a .kpi specification with only what the table says, "
        + "and show at once which KPIs are not SMART. See docs/convert.md.");
    public static readonly LocalizedText TableDescription = new(
        "De tabel: CSV met een kopregel (; of ,), met minstens de kolom 'indicator'.",
        "The table: CSV with a header line (; or ,), with at least the column 'indicator'.");
    public static readonly LocalizedText OutputDescription = new(
        "Het .kpi-bestand om te schrijven; een bestaand bestand alleen met --overschrijf.",
        "The .kpi file to write; an existing file only with --overwrite.");
    public static readonly LocalizedText OverwriteDescription = new(
        "Vervang het uitvoerbestand als het al bestaat.", "Replace the output file if it exists.");
    public static readonly LocalizedText FormatDescription = new(
        "Uitvoerformaat: text of json (de omgezette rijen, wat in toelichting staat, en de bevindingen).",
        "Output format: text or json (the converted rows, what went to toelichting, and the findings).");

    public static LocalizedText OutputExists(string path) => new(
        $"kpic: '{path}' bestaat al en wordt niet overschreven; kies een andere naam of voeg --overschrijf toe.",
        $"kpic: '{path}' already exists and is not overwritten; choose another name or add --overwrite.");
    public static LocalizedText NotKpi(string path) => new(
        $"kpic: '{path}' eindigt niet op .kpi; kpic check en kpic build lezen alleen .kpi-bestanden.",
        $"kpic: '{path}' does not end in .kpi; kpic check and kpic build read only .kpi files.");
    public static LocalizedText TableRefused(int errors) => new(
        $"kpic: {errors} {(errors == 1 ? "fout" : "fouten")} in de tabel; er is niets geschreven. Verbeter de tabel en zet hem opnieuw om.",
        $"kpic: {errors} {(errors == 1 ? "error" : "errors")} in the table; nothing was written. Correct the table and convert it again.");
    public static LocalizedText Converted(string table, string output, int rows, int withTarget, int targets, int kept) => new(
        $"{table} → {output}: {rows} {(rows == 1 ? "indicator" : "indicatoren")}, {withTarget} met een streefwaarde "
        + $"({targets} {(targets == 1 ? "streefwaarde" : "streefwaarden")}); {kept} {(kept == 1 ? "cel" : "cellen")} letterlijk in toelichting.",
        $"{table} → {output}: {rows} {(rows == 1 ? "indicator" : "indicators")}, {withTarget} with a target "
        + $"({targets} {(targets == 1 ? "target" : "targets")}); {kept} {(kept == 1 ? "cell" : "cells")} kept verbatim in toelichting.");
}
