namespace KpiLang.Diagnostics;

/// <summary>How serious a finding is. <see cref="Off"/> only appears in configuration: such findings are not reported.</summary>
public enum DiagnosticSeverity
{
    Off = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
