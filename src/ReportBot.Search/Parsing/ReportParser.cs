using ReportBot.Search.Model;

namespace ReportBot.Search.Parsing;

/// <summary>
/// Turns the plain text of news articles into articles, sections, paragraphs, sentences and captions.
/// It relies on the form of the lines only (no line numbers, no known sentences): a short unpunctuated
/// line is a title or heading, a line followed by a credit is a caption, a byline or dateline closes an
/// article, and a heading after a closed article opens the next one.
/// </summary>
public static class ReportParser
{
    public static IReadOnlyList<Article> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = ReadLines(text);
        var builders = new List<ArticleBuilder>();
        ArticleBuilder Start(string? title)
        {
            var builder = new ArticleBuilder(title);
            builders.Add(builder);
            return builder;
        }

        ArticleBuilder? article = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, afterBlank) = lines[i];
            var kind = LineClassifier.Classify(line);

            if (kind is LineKind.Prose or LineKind.Heading
                && i + 1 < lines.Count && LineClassifier.Classify(lines[i + 1].Text) == LineKind.Credit)
            {
                (article ??= Start(title: null)).AddCaption(line, lines[i + 1].Text);
                i++;
                continue;
            }

            switch (kind)
            {
                case LineKind.Credit:
                    article?.AddCredit(line);
                    break;
                case LineKind.Byline:
                    (article ??= Start(title: null)).SetByline(line);
                    break;
                case LineKind.Dateline:
                    (article ??= Start(title: null)).SetDateline(line);
                    break;
                case LineKind.End:
                    article?.Close();
                    break;
                case LineKind.Heading when article is not null && article.ExpectsSubtitle && LineClassifier.IsDashed(line):
                    article.Subtitle = line;
                    break;
                case LineKind.Heading when article is null || article.IsClosed || OpensArticle(lines, i):
                    article = Start(line);
                    break;
                case LineKind.Heading:
                    article.StartSection(line);
                    break;
                default:
                    if (article is null || article.IsClosed) article = Start(title: null);
                    article.AddProse(line, continuesPrevious: !afterBlank);
                    break;
            }
        }

        return builders.Select((b, index) => b.Build(index + 1)).ToList();
    }

    /// <summary>A heading whose next line opens with a dateline (新华社上海3月6日电) is the title of a new article.</summary>
    private static bool OpensArticle(List<(string Text, bool AfterBlank)> lines, int i) =>
        i + 1 < lines.Count && LineClassifier.LeadingDateline(lines[i + 1].Text).Success;

    /// <summary>Non-empty lines, trimmed, each with whether a blank line came before it.</summary>
    private static List<(string Text, bool AfterBlank)> ReadLines(string text)
    {
        var result = new List<(string, bool)>();
        var afterBlank = true;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim().Trim('\u3000', '\u00A0', '\uFEFF', '\u200B').Trim();
            if (line.Length == 0)
            {
                afterBlank = true;
                continue;
            }
            result.Add((line, afterBlank));
            afterBlank = false;
        }
        return result;
    }
}
