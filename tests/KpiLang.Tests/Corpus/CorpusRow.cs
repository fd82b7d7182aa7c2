using KpiLang.Diagnostics;

namespace KpiLang.Tests.Corpus;

/// <summary>
/// One labelled row of the corpus of real indicators (tests/corpus/labels.tsv): its source, its 1-based data row in
/// that source's table, the indicator text, whether it fails each SMART letter by the rubric, and the labeller's why.
/// </summary>
internal sealed record CorpusRow(string Source, int Row, string Text, IReadOnlyDictionary<SmartLetter, bool> Fails, string Why, bool Holdout);
