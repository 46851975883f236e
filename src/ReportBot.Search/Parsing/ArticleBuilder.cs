using ReportBot.Search.Model;

namespace ReportBot.Search.Parsing;

/// <summary>Collects one article's parts while the parser reads its lines.</summary>
internal sealed class ArticleBuilder(string? title)
{
    /// <summary>Longest prose line that is taken for a stray fragment of an earlier paragraph.</summary>
    private const int MaxFragmentLength = 8;

    private readonly List<(string? Heading, List<(string Text, bool IsListItem)> Paragraphs)> sections = [(null, [])];
    private readonly List<(string Text, string Credit)> captions = [];
    private bool hasProse;

    public string? Subtitle { get; set; }
    public string? Byline { get; private set; }
    public string? Dateline { get; private set; }

    /// <summary>A byline or dateline after the article's prose closes it: what follows are its captions or the next article.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>Right after the title, a dashed line is the subtitle.</summary>
    public bool ExpectsSubtitle => title is not null && Subtitle is null && !hasProse && captions.Count == 0 && sections.Count == 1;

    /// <summary>An end mark closes the article whatever came before.</summary>
    public void Close() => IsClosed = true;

    public void StartSection(string heading) => sections.Add((heading, []));

    public void AddCaption(string text, string credit) => captions.Add((text, credit));

    /// <summary>A credit line with no caption text before it completes the last caption that lacks one.</summary>
    public void AddCredit(string credit)
    {
        if (captions.Count > 0 && captions[^1].Credit.Length == 0) captions[^1] = (captions[^1].Text, credit);
    }

    public void SetByline(string line)
    {
        Byline = Byline is null ? line : $"{Byline} {line}";
        IsClosed |= hasProse;
    }

    public void SetDateline(string line)
    {
        Dateline = line;
        IsClosed |= hasProse;
    }

    public void AddProse(string line, bool continuesPrevious)
    {
        if (!hasProse && Dateline is null)
        {
            var leading = LineClassifier.LeadingDateline(line);
            if (leading.Success && leading.Length < line.Length)
            {
                Dateline = $"({leading.Groups["dateline"].Value})";
                if (leading.Groups["byline"].Success) Byline ??= leading.Groups["byline"].Value.Trim();
                line = line[leading.Length..];
            }
        }

        var paragraphs = sections[^1].Paragraphs;
        hasProse = true;
        if (paragraphs.Count > 0 && continuesPrevious && !SentenceSplitter.EndsWithTerminal(paragraphs[^1].Text) && !LineClassifier.IsDashed(line))
        {
            // A hard-wrapped paragraph: the line goes on with the sentence before it.
            paragraphs[^1] = (paragraphs[^1].Text + line, paragraphs[^1].IsListItem);
            return;
        }

        if (paragraphs.Count > 0 && IsFragment(line))
        {
            // A stray fragment completes the nearest earlier paragraph of the section whose last
            // sentence is unfinished, or else the paragraph just before it.
            var target = paragraphs.FindLastIndex(p => !SentenceSplitter.EndsWithTerminal(p.Text));
            if (target < 0) target = paragraphs.Count - 1;
            paragraphs[target] = (paragraphs[target].Text + line, paragraphs[target].IsListItem);
            return;
        }

        paragraphs.Add((line, LineClassifier.IsDashed(line)));
    }

    private static bool IsFragment(string line) =>
        line.Length <= MaxFragmentLength && SentenceSplitter.EndsWithTerminal(line) && !LineClassifier.IsDashed(line)
        && !line.Contains('，') && !line.Contains(',');

    public Article Build(int ordinal)
    {
        var builtSections = sections
            .Where(s => s.Paragraphs.Count > 0 || s.Heading is not null)
            .Select((s, index) => new Section(
                index + 1,
                s.Heading,
                s.Paragraphs.Select((p, n) => new Paragraph(n + 1, p.Text, SentenceSplitter.Split(p.Text), p.IsListItem)).ToList()))
            .ToList();
        var builtCaptions = captions
            .Select((c, index) => new Caption(index + 1, c.Text, c.Credit, SentenceSplitter.Split(c.Text)))
            .ToList();
        return new Article(ordinal, title ?? string.Empty, Subtitle, Byline, Dateline, builtSections, builtCaptions);
    }
}
