namespace ReportBot.Search.Querying;

/// <summary>What kind of answer a question asks for; it favours sentences that can give one.</summary>
public enum AnswerKind
{
    Any,
    Number,
    Time,
    Place,
    Person,
    List,
    Reason,
    Manner,
}

internal enum TermKind
{
    /// <summary>Two adjacent Han characters (or a word, with a word segmenter).</summary>
    Word,
    /// <summary>One Han character inside a longer run: little evidence on its own.</summary>
    Character,
    /// <summary>One Han character standing alone in the question.</summary>
    SingleCharacterWord,
    Number,
    Latin,
}

/// <summary>An analyzed term of the question with its span in <see cref="ParsedQuestion.Clean"/>.</summary>
/// <param name="Soft">Part of a word that asks about an aspect (进展, 内涵) rather than names a thing.</param>
internal sealed record QueryTerm(string Text, TermKind Kind, int Start, int End, bool Soft = false)
{
    /// <summary>How much this kind of term says about a passage, before its rarity is counted.</summary>
    public double KindWeight => (Soft ? 0.3 : 1.0) * Kind switch
    {
        TermKind.Word => 1.0,
        TermKind.Number => 1.5,
        TermKind.Latin => 1.0,
        TermKind.SingleCharacterWord => 0.6,
        _ => 0.12,
    };
}

/// <summary>A span of <see cref="ParsedQuestion.Clean"/> known to be one word: a place's name, a translated English word.</summary>
internal readonly record struct WordSpan(int Start, int End);

/// <summary>Other words that may stand for the part of the question at <c>[Start, End)</c>.</summary>
internal sealed record Alternative(int Start, int End, string[] Words);

/// <summary>A question made ready for searching: cleaned, translated, split into terms.</summary>
internal sealed record ParsedQuestion(
    string Effective,
    bool Truncated,
    bool IsEnglish,
    AnswerKind AnswerKind,
    string Clean,
    IReadOnlyList<QueryTerm> Terms,
    IReadOnlyList<Alternative> Alternatives,
    IReadOnlyList<WordSpan> Words,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Years)
{
    public bool IsEmpty => Terms.Count == 0;
}
