namespace ReportBot.Search.Querying;

/// <summary>The search backend the bot talks to; a distributed engine could stand behind it later.</summary>
public interface IReportSearcher
{
    /// <summary>Answers a question with up to <paramref name="top"/> results after the first <paramref name="skip"/>.</summary>
    Answer Search(string? question, int top = 3, int skip = 0);

    /// <summary>The reports that can be searched.</summary>
    IReadOnlyList<ReportSummary> Reports { get; }
}

/// <summary>A searchable report, as the bot introduces it.</summary>
public sealed record ReportSummary(string Id, string Title, string Publisher, string? PublisherEn, DateOnly Date);
