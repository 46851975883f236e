using System.Text;
using ReportBot.Search.Querying;

namespace ReportBot.Replies;

/// <summary>Markdown for quotes: special characters escaped, the question's words in bold.</summary>
internal static class Markdown
{
    public static string Escape(string text) => Append(new StringBuilder(text.Length + 8), text, 0, text.Length).ToString();

    /// <summary>The quote with each highlight wrapped in <c>**</c>.</summary>
    public static string Highlight(string quote, IReadOnlyList<TextSpan> highlights)
    {
        var builder = new StringBuilder(quote.Length + highlights.Count * 4 + 8);
        var at = 0;
        foreach (var span in highlights.OrderBy(h => h.Start))
        {
            if (span.Start < at || span.End > quote.Length || span.Length == 0) continue;
            Append(builder, quote, at, span.Start);
            builder.Append("**");
            Append(builder, quote, span.Start, span.End);
            builder.Append("**");
            at = span.End;
        }
        return Append(builder, quote, at, quote.Length).ToString();
    }

    /// <summary>
    /// For an Adaptive Card's TextBlock, whose Markdown knows no backslash escapes: the characters that
    /// would start emphasis are replaced by their full-width forms, and the highlights are bold.
    /// </summary>
    public static string HighlightForCard(string quote, IReadOnlyList<TextSpan> highlights)
    {
        var plain = quote.Replace('*', '＊').Replace('_', '＿');
        var builder = new StringBuilder(plain.Length + highlights.Count * 4);
        var at = 0;
        foreach (var span in highlights.OrderBy(h => h.Start))
        {
            if (span.Start < at || span.End > plain.Length || span.Length == 0) continue;
            builder.Append(plain, at, span.Start - at).Append("**").Append(plain, span.Start, span.Length).Append("**");
            at = span.End;
        }
        return builder.Append(plain, at, plain.Length - at).ToString();
    }

    private static StringBuilder Append(StringBuilder builder, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '~') builder.Append('\\');
            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }
        return builder;
    }
}
