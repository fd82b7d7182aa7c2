namespace KpiLang.Cli.Output;

internal interface IReportFormatter
{
    void Write(CheckReport report, TextWriter writer);
}
