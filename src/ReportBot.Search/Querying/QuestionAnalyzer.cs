using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using ReportBot.Search.Analysis;

namespace ReportBot.Search.Querying;

/// <summary>
/// Turns a user's question into search terms: cut to a sane length, width and script folded,
/// English words translated with the glossary, question words removed, then analyzed with the
/// index's own analyzer. Never hands user text to a query parser.
/// </summary>
internal sealed partial class QuestionAnalyzer(Analyzer analyzer, Lexicon lexicon)
{
    /// <summary>Longest question looked at; the rest is ignored, and the answer says so.</summary>
    public const int MaxQuestionLength = SearchLimits.MaxQuestionLength;

    /// <param name="referenceYear">The year of the report's publication: "去年" (last year) in a question means the year before it.</param>
    public ParsedQuestion Parse(string? question, int? referenceYear = null)
    {
        var (effective, truncated) = Effective(question ?? string.Empty);
        var folded = ChineseText.Fold(effective);
        var isEnglish = !ChineseText.IsMostlyChinese(folded);
        var answerKind = DetectAnswerKind(folded);

        var alternatives = new List<Alternative>();
        var words = new List<WordSpan>();
        var clean = new StringBuilder(folded.Length + 16);
        Translate(folded, clean, alternatives, words);
        var cleanText = RemoveQuestionWords(clean.ToString());
        AddSynonyms(cleanText, alternatives);
        if (referenceYear is { } year) AddRelativeYears(cleanText, year, alternatives);

        var soft = SoftSpans(cleanText);
        var terms = Analyze(cleanText).Select(t => soft.Any(span => t.Start >= span.Start && t.End <= span.End) ? t with { Soft = true } : t).ToList();
        var places = lexicon.Places.Where(cleanText.Contains).ToList();
        places.RemoveAll(p => places.Any(longer => longer.Length > p.Length && longer.Contains(p, StringComparison.Ordinal)));
        foreach (var place in places)
        {
            for (var at = cleanText.IndexOf(place, StringComparison.Ordinal); at >= 0; at = cleanText.IndexOf(place, at + place.Length, StringComparison.Ordinal))
                words.Add(new WordSpan(at, at + place.Length));
        }
        var years = Year().Matches(folded).Select(m => m.Groups[1].Value).Distinct().ToList();
        return new ParsedQuestion(effective, truncated, isEnglish, answerKind, cleanText, terms, alternatives, words, places, years);
    }

    /// <summary>The question with control and formatting characters removed, whitespace collapsed, cut to the first 500 characters.</summary>
    private static (string Text, bool Truncated) Effective(string question)
    {
        var builder = new StringBuilder(Math.Min(question.Length, MaxQuestionLength + 1));
        var elements = StringInfo.GetTextElementEnumerator(question);
        var count = 0;
        var truncated = false;
        var lastWasSpace = true;
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var category = CharUnicodeInfo.GetUnicodeCategory(element, 0);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned || char.IsWhiteSpace(element, 0))
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            if (count == MaxQuestionLength)
            {
                truncated = true;
                break;
            }
            builder.Append(element);
            lastWasSpace = false;
            count++;
        }
        return (builder.ToString().Trim(), truncated);
    }

    private static AnswerKind DetectAnswerKind(string folded)
    {
        if (Person().IsMatch(folded)) return AnswerKind.Person;
        if (Time().IsMatch(folded)) return AnswerKind.Time;
        if (Place().IsMatch(folded)) return AnswerKind.Place;
        if (Number().IsMatch(folded)) return AnswerKind.Number;
        if (Reason().IsMatch(folded)) return AnswerKind.Reason;
        if (List().IsMatch(folded)) return AnswerKind.List;
        if (Manner().IsMatch(folded)) return AnswerKind.Manner;
        return AnswerKind.Any;
    }

    /// <summary>Copies the text, replacing runs of English words by their Chinese glossary words.</summary>
    private void Translate(string folded, StringBuilder clean, List<Alternative> alternatives, List<WordSpan> spans)
    {
        var words = LatinWord().Matches(folded);
        var position = 0;
        for (var i = 0; i < words.Count;)
        {
            var first = words[i];
            clean.Append(folded, position, first.Index - position);
            position = first.Index;
            if (first.Value.All(c => char.IsDigit(c) || c == '.'))
            {
                i++;
                continue;
            }

            var (length, chinese) = LookUp(folded, words, i);
            if (length > 0)
            {
                clean.Append(' ');
                var start = clean.Length;
                clean.Append(chinese[0]);
                spans.Add(new WordSpan(start, clean.Length));
                if (chinese.Length > 1) alternatives.Add(new Alternative(start, clean.Length, chinese[1..]));
                clean.Append(' ');
                var last = words[i + length - 1];
                position = last.Index + last.Length;
                i += length;
                continue;
            }

            var word = first.Value;
            clean.Append(' ');
            if (!lexicon.EnglishStopwords.Contains(word)) clean.Append(word);
            clean.Append(' ');
            position = first.Index + first.Length;
            i++;
        }
        clean.Append(folded, position, folded.Length - position);
    }

    /// <summary>The longest glossary phrase starting at word <paramref name="i"/>, trying base forms of single words.</summary>
    private (int Length, string[] Chinese) LookUp(string text, MatchCollection words, int i)
    {
        for (var n = Math.Min(lexicon.LongestGlossaryPhrase, words.Count - i); n >= 1; n--)
        {
            if (!Adjacent(text, words, i, n)) continue;
            var phrase = Lexicon.EnglishKey(string.Join(' ', Enumerable.Range(i, n).Select(k => words[k].Value)));
            if (lexicon.Glossary.TryGetValue(phrase, out var chinese)) return (n, chinese);
            if (n == 1)
            {
                foreach (var form in BaseForms(phrase))
                {
                    if (lexicon.Glossary.TryGetValue(form, out chinese)) return (1, chinese);
                }
            }
        }
        return (0, []);
    }

    /// <summary>True when the words are separated by one space or hyphen each, so they may form a phrase.</summary>
    private static bool Adjacent(string text, MatchCollection words, int i, int n)
    {
        for (var k = i + 1; k < i + n; k++)
        {
            var end = words[k - 1].Index + words[k - 1].Length;
            if (words[k].Index - end != 1 || !(text[end] == ' ' || text[end] == '-')) return false;
        }
        return true;
    }

    private static IEnumerable<string> BaseForms(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal)) yield return word[..^2];
        if (word.EndsWith("ies", StringComparison.Ordinal)) yield return word[..^3] + "y";
        if (word.EndsWith("es", StringComparison.Ordinal)) yield return word[..^2];
        if (word.EndsWith('s')) yield return word[..^1];
        if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            yield return word[..^2];
            yield return word[..^1];
        }
        if (word.EndsWith("ing", StringComparison.Ordinal))
        {
            yield return word[..^3];
            yield return word[..^3] + "e";
        }
    }

    private List<(int Start, int End)> SoftSpans(string clean)
    {
        var spans = new List<(int, int)>();
        foreach (var word in lexicon.SoftWords)
        {
            for (var at = clean.IndexOf(word, StringComparison.Ordinal); at >= 0; at = clean.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                spans.Add((at, at + word.Length));
        }
        return spans;
    }

    private string RemoveQuestionWords(string text)
    {
        text = WhichWithMeasure().Replace(text, " ");
        foreach (var word in lexicon.QuestionWords)
        {
            if (text.Contains(word, StringComparison.Ordinal)) text = text.Replace(word, " ", StringComparison.Ordinal);
        }
        return text;
    }

    private void AddSynonyms(string clean, List<Alternative> alternatives)
    {
        foreach (var (word, standIns) in lexicon.Synonyms)
        {
            var at = clean.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0) alternatives.Add(new Alternative(at, at + word.Length, standIns));
        }
    }

    /// <summary>"今年", "去年", "前年" also stand for the years they mean, counted from the report's own year.</summary>
    private static void AddRelativeYears(string clean, int year, List<Alternative> alternatives)
    {
        foreach (var (word, back) in RelativeYears)
        {
            var at = clean.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0) alternatives.Add(new Alternative(at, at + word.Length, [$"{year - back}年"]));
        }
    }

    private static readonly (string Word, int Back)[] RelativeYears = [("今年", 0), ("去年", 1), ("前年", 2)];

    private List<QueryTerm> Analyze(string clean)
    {
        var terms = new List<QueryTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(Analysis.IndexSchemaFields.Text, clean);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var text = term.ToString();
            if (!seen.Add(text)) continue;
            terms.Add(new QueryTerm(text, KindOf(text, clean, offset.StartOffset, offset.EndOffset), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return terms;
    }

    private static TermKind KindOf(string text, string clean, int start, int end)
    {
        if (text.Length == 1 && ChineseText.IsHan(text[0]))
        {
            var alone = (start == 0 || !ChineseText.IsHan(clean[start - 1])) && (end >= clean.Length || !ChineseText.IsHan(clean[end]));
            return alone ? TermKind.SingleCharacterWord : TermKind.Character;
        }
        if (text.All(c => char.IsDigit(c) || c == '.' || c == ',')) return TermKind.Number;
        return ChineseText.IsHan(text[0]) ? TermKind.Word : TermKind.Latin;
    }

    [GeneratedRegex(@"[a-z0-9][a-z0-9'’]*(?:\.[0-9]+)?")]
    private static partial Regex LatinWord();

    /// <summary>"Which" with a measure word: 哪个, 哪一届, 哪座, 哪家.</summary>
    [GeneratedRegex(@"哪一?[个些次届场种类位年天国座家所条项方部本篇份样]")]
    private static partial Regex WhichWithMeasure();

    [GeneratedRegex(@"(?<!\d)((?:1[0-9]|20)\d\d)(?:年|\s*(?:year)?\b)")]
    private static partial Regex Year();

    [GeneratedRegex(@"谁|哪位|何人|\bwho(m|se)?\b")]
    private static partial Regex Person();

    [GeneratedRegex(@"什么时候|何时|哪一?年|哪天|几月|哪个月|什么时间|\bwhen\b|\bwhat year\b|\bwhich year\b")]
    private static partial Regex Time();

    [GeneratedRegex(@"哪里|哪儿|在哪|何地|何处|哪个国家|哪些国家|哪座城市|哪个城市|什么地方|\bwhere\b|\bwhich (country|countries|city|cities)\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"多少|几[个次年位家项种]|多大|多高|多长|多重|规模|\bhow (many|much|large|big)\b")]
    private static partial Regex Number();

    [GeneratedRegex(@"为什么|为何|\bwhy\b")]
    private static partial Regex Reason();

    [GeneratedRegex(@"哪些|有什么|\bwhich\b|\bwhat are\b")]
    private static partial Regex List();

    [GeneratedRegex(@"怎么|如何|怎样|\bhow\b")]
    private static partial Regex Manner();
}
