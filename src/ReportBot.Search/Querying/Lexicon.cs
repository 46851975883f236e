using System.Collections.Frozen;
using ReportBot.Search.Analysis;

namespace ReportBot.Search.Querying;

/// <summary>The embedded word lists the question analyzer uses, loaded once.</summary>
internal sealed class Lexicon
{
    public static Lexicon Default { get; } = new();

    private Lexicon()
    {
        QuestionWords = WordLists.Lines("question-words.txt").Select(ChineseText.Fold)
            .Distinct().OrderByDescending(w => w.Length).ToArray();
        EnglishStopwords = WordLists.Lines("english-stopwords.txt").ToFrozenSet(StringComparer.Ordinal);
        var glossary = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in WordLists.Lines("english-glossary.txt"))
        {
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0) continue;
            var words = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var key = EnglishKey(parts[0]);
            glossary[key] = glossary.TryGetValue(key, out var existing) ? [.. existing, .. words] : words;
        }
        Glossary = glossary.ToFrozenDictionary(StringComparer.Ordinal);
        LongestGlossaryPhrase = glossary.Keys.Max(k => k.Split(' ').Length);
        var synonyms = new List<(string, string[])>();
        foreach (var line in WordLists.Lines("synonyms.txt"))
        {
            var sides = line.Split('>', 2);
            var words = sides[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ChineseText.Fold).ToArray();
            if (sides.Length == 2)
            {
                var narrower = sides[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ChineseText.Fold).ToArray();
                synonyms.AddRange(words.Select(w => (w, narrower)));
                continue;
            }
            synonyms.AddRange(words.Select(w => (w, words.Where(other => other != w).ToArray())));
        }
        Synonyms = synonyms.Where(s => s.Item2.Length > 0).ToArray();
        SoftWords = WordLists.Lines("soft-words.txt").Select(ChineseText.Fold).Distinct().OrderByDescending(w => w.Length).ToArray();
        Places = WordLists.Lines("places.txt").Select(ChineseText.Fold).Distinct().OrderByDescending(p => p.Length).ToArray();
    }

    /// <summary>Question phrases and glue characters, longest first.</summary>
    public string[] QuestionWords { get; }

    public FrozenSet<string> EnglishStopwords { get; }

    /// <summary>English word or phrase → Chinese words, the first the usual one.</summary>
    public FrozenDictionary<string, string[]> Glossary { get; }

    public int LongestGlossaryPhrase { get; }

    /// <summary>Each word with the words that may stand in for it.</summary>
    public (string Word, string[] StandIns)[] Synonyms { get; }

    /// <summary>Words that ask about an aspect of a thing rather than name it, longest first.</summary>
    public string[] SoftWords { get; }

    /// <summary>An English word or phrase as the glossary keys it: lower case, hyphens as spaces.</summary>
    public static string EnglishKey(string phrase) => string.Join(' ', phrase.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Names of places and organisations, longest first.</summary>
    public string[] Places { get; }
}
