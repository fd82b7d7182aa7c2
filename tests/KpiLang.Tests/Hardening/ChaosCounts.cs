namespace KpiLang.Tests.Hardening;

/// <summary>What a chaos run fired at the language server, for the test output and docs/reliability.md.</summary>
internal sealed class ChaosCounts
{
    public int Actions;
    public int Edits;
    public int IncrementalEdits;
    public int FullEdits;
    public int OutOfRangeEdits;
    public int OutOfOrderVersions;
    public int Requests;
    public int OutOfRangePositions;
    public int Cancellations;
    public int CancelledAnswers;
    public int LateCancellations;
    public int MalformedFrames;
    public int InvalidParams;
    public int UnknownMethods;
    public int UnknownNotifications;
    public int NeverOpened;
    public int Reopened;

    public override string ToString() =>
        $"{Actions} actions: {Edits} edits ({IncrementalEdits} incremental, {FullEdits} full, {OutOfRangeEdits} with an out-of-range range, "
        + $"{OutOfOrderVersions} with an older version), {Requests} requests ({OutOfRangePositions} at out-of-range positions, "
        + $"{Cancellations} cancelled at once, {LateCancellations} later or unknown cancellations, {CancelledAnswers} answered RequestCancelled), {MalformedFrames} malformed frames, "
        + $"{InvalidParams} messages with invalid params, {UnknownMethods} unknown requests, {UnknownNotifications} unknown notifications, "
        + $"{NeverOpened} messages for never-opened documents, {Reopened} close-and-reopens";
}
