using System.Text;
using ReportBot.Search.Querying;

namespace ReportBot.Replies;

/// <summary>
/// An answer as Markdown text: the top quote as a blockquote with the question's words in bold, its
/// source on the next line, then further results in compact form. Declines say so plainly.
/// </summary>
internal static class AnswerMarkdown
{
    /// <summary>Compact further results are cut to this many characters.</summary>
    private const int CompactLength = 60;

    public static string Render(Answer answer, ReplyLanguage language, bool continuation = false)
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
                foreach (var hit in answer.Hits) text.Append("\n\n").Append(Compact(hit, language));
                return text.ToString();
        }

        if (answer.Hits.Count == 0) return text.Append(labels.NoMoreResults).ToString();
        var first = answer.Hits[0];
        if (continuation)
        {
            foreach (var hit in answer.Hits) text.Append(Compact(hit, language)).Append("\n\n");
            return text.ToString().TrimEnd();
        }

        text.Append("> ").Append(Markdown.Highlight(first.Quote, first.Highlights)).Append("\n\n");
        text.Append(labels.Source).Append(language == ReplyLanguage.English ? ": " : "：").Append(Markdown.Escape(SourceLine.For(first.Passage, language)));
        if (answer.Hits.Count > 1)
        {
            text.Append("\n\n**").Append(labels.MoreResults).Append("**");
            foreach (var hit in answer.Hits.Skip(1)) text.Append("\n\n").Append(Compact(hit, language));
        }
        return text.ToString();
    }

    /// <summary>"2. quote… — source" on one line, the quote cut short.</summary>
    public static string Compact(Hit hit, ReplyLanguage language)
    {
        var quote = hit.Quote.Length <= CompactLength ? hit.Quote : hit.Quote[..CompactLength] + "…";
        var highlights = hit.Highlights.Where(h => h.End <= CompactLength).ToList();
        return $"{hit.Rank}\\. {Markdown.Highlight(quote, highlights)} — {Markdown.Escape(SourceLine.For(hit.Passage, language))}";
    }
}
