using ReportBot.Search.Model;

namespace ReportBot.Search.Querying;

public enum AnswerStatus
{
    /// <summary>The report answers the question: the hits quote it.</summary>
    Answered,
    /// <summary>Nothing in the report answers it well enough to quote.</summary>
    NotFound,
    /// <summary>The question names something the report never mentions (<see cref="Answer.Uncovered"/>); the hits are related reading only.</summary>
    NotCovered,
    /// <summary>There was nothing to look for: empty, only punctuation, emoji or question words.</summary>
    EmptyQuestion,
}

/// <summary>The searcher's answer to one question.</summary>
/// <param name="TopScore">The best passage's confidence, answered or not: what the answer threshold was applied to.</param>
public sealed record Answer(
    string Question,
    string EffectiveQuestion,
    bool Truncated,
    bool IsEnglish,
    AnswerKind Kind,
    AnswerStatus Status,
    IReadOnlyList<Hit> Hits,
    IReadOnlyList<string> Uncovered,
    int TotalHits,
    double TopScore = 0)
{
    public bool Answered => Status == AnswerStatus.Answered;
}

/// <summary>One result: the passage, the sentences quoted from it, and the question's words within the quote.</summary>
public sealed record Hit(int Rank, double Score, Passage Passage, string Quote, IReadOnlyList<TextSpan> Highlights);

/// <summary>A span of a quote, in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
