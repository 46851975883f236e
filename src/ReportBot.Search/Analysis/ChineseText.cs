
namespace ReportBot.Search.Analysis;

/// <summary>Character-level folding shared by the analyzer and the in-memory matching: same length in, same length out.</summary>
public static class ChineseText
{
    private static readonly char[] Simplified = LoadSimplified();

    /// <summary>The simplified form of a traditional Chinese character; any other character unchanged.</summary>
    public static char ToSimplified(char c) => Simplified[c];

    /// <summary>
    /// Full-width ASCII to ASCII, ideographic space to space, lower case, traditional to simplified.
    /// Keeps the length, so offsets into the result are offsets into the input.
    /// </summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = Fold(source[i]);
    });

    public static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
        else if (c == '\u3000') c = ' ';
        return c < 128 ? char.ToLowerInvariant(c) : Simplified[c];
    }

    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>True when the text has more Han characters than Latin letters.</summary>
    public static bool IsMostlyChinese(string text)
    {
        int han = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsHan(c)) han++;
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') latin++;
        }
        return han * 3 >= latin;
    }

    private static char[] LoadSimplified()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i < map.Length; i++) map[i] = (char)i;
        foreach (var line in WordLists.Lines("traditional-to-simplified.txt"))
        {
            if (line.Length == 2) map[line[0]] = line[1];
        }
        return map;
    }
}
