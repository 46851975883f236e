using System.Text;
using ReportBot.Search.Querying;

namespace ReportBot.Replies;

/// <summary>How a channel shows a reply's sources as citations.</summary>
internal enum CitationStyle
{
    None,
    /// <summary>Web Chat 4.16+: <c>[n]</c> markers, reference definitions to <c>cite:n</c>, a Claim entity each.</summary>
    WebChat,
    /// <summary>Teams: <c>[n]</c> markers and one schema.org Message entity listing the Claims.</summary>
    Teams,
}

/// <summary>
/// An answer as Markdown text: the top quote as a blockquote with the question's words in bold, its
/// source on the next line, then further results in compact form. Declines say so plainly.
/// </summary>
internal static class AnswerMarkdown
{
    /// <summary>Compact further results are cut to this many characters.</summary>
    private const int CompactLength = 60;

    /// <param name="citations">
    /// <see cref="CitationStyle.WebChat"/>: mark each result with <c>[n]</c> and end with reference definitions
    /// (<c>[n]: cite:n "title"</c>); <see cref="CitationStyle.Teams"/>: the markers only (the entity carries the rest).
    /// </param>
    public static string Render(Answer answer, ReplyLanguage language, bool continuation = false, CitationStyle citations = CitationStyle.None)
    {
        var labels = Labels.For(language);
        var text = new StringBuilder();
        if (answer.Truncated) text.Append(string.Format(labels.Truncated, SearchLimits.MaxQuestionLength)).Append("\n\n");

        switch (answer.Status)
        {
            case AnswerStatus.EmptyQuestion:
                return text.Append(labels.EmptyQuestion).ToString();
            case AnswerStatus.NotFound:
                return text.Append(labels.NotFound).ToString();
            case AnswerStatus.NotCovered:
                var names = string.Join(language == ReplyLanguage.English ? ", " : "、", answer.Uncovered.Select(u => language == ReplyLanguage.English ? $"“{u}”" : $"“{u}”"));
                text.Append(string.Format(labels.NotCovered, names));
                foreach (var hit in answer.Hits) text.Append("\n\n").Append(Compact(hit, language)).Append(Marker(hit, citations));
                return WithDefinitions(text, answer, language, citations);
        }

        if (answer.Hits.Count == 0) return text.Append(labels.NoMoreResults).ToString();
        var first = answer.Hits[0];
        if (continuation)
        {
            foreach (var hit in answer.Hits) text.Append(Compact(hit, language)).Append(Marker(hit, citations)).Append("\n\n");
            text.Length -= 2;
            return WithDefinitions(text, answer, language, citations);
        }

        text.Append("> ").Append(Markdown.Highlight(first.Quote, first.Highlights)).Append("\n\n");
        text.Append(labels.Source).Append(language == ReplyLanguage.English ? ": " : "：").Append(Markdown.Escape(SourceLine.For(first.Passage, language)))
            .Append(Marker(first, citations));
        if (answer.Hits.Count > 1)
        {
            text.Append("\n\n**").Append(labels.MoreResults).Append("**");
            foreach (var hit in answer.Hits.Skip(1)) text.Append("\n\n").Append(Compact(hit, language)).Append(Marker(hit, citations));
        }
        return WithDefinitions(text, answer, language, citations);
    }

    private static string Marker(Hit hit, CitationStyle citations) => citations == CitationStyle.None ? string.Empty : $" [{hit.Rank}]";

    private static string WithDefinitions(System.Text.StringBuilder text, Answer answer, ReplyLanguage language, CitationStyle citations)
    {
        if (citations != CitationStyle.WebChat || answer.Hits.Count == 0) return text.ToString();
        text.Append("\n");
        foreach (var hit in answer.Hits)
            text.Append('\n').Append($"[{hit.Rank}]: {CitationId(hit)} \"{CitationTitle(hit, language).Replace('"', '\'')}\"");
        return text.ToString();
    }

    /// <summary>The <c>cite:</c> address a result's reference definition and Claim entity share.</summary>
    public static string CitationId(Hit hit) => $"cite:{hit.Rank}";

    /// <summary>A short title for a result's citation: its source line.</summary>
    public static string CitationTitle(Hit hit, ReplyLanguage language) => SourceLine.For(hit.Passage, language);

    /// <summary>"**2.** quote… — source" on one line, the quote cut short (a bold number, so no channel makes it a list).</summary>
    public static string Compact(Hit hit, ReplyLanguage language)
    {
        var quote = hit.Quote.Length <= CompactLength ? hit.Quote : hit.Quote[..CompactLength] + "…";
        var highlights = hit.Highlights.Where(h => h.End <= CompactLength).ToList();
        return $"**{hit.Rank}.** {Markdown.Highlight(quote, highlights)} — {Markdown.Escape(SourceLine.For(hit.Passage, language))}";
    }
}
