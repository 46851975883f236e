namespace ReportBot.Search.Querying;

/// <summary>The bounds the searcher keeps to, for callers that explain them to users.</summary>
public static class SearchLimits
{
    /// <summary>Only this many characters of a question are read; the answer says when it was cut.</summary>
    public const int MaxQuestionLength = 500;

    /// <summary>At most this many results are returned for one question, however they are paged.</summary>
    public const int MaxResults = 24;
}
