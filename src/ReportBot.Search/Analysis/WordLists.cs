using System.Reflection;

namespace ReportBot.Search.Analysis;

/// <summary>Reads the word lists embedded under Resources/: one entry a line, <c>#</c> starts a comment.</summary>
internal static class WordLists
{
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream($"ReportBot.Search.Resources.{name}")
            ?? throw new InvalidOperationException($"The embedded word list '{name}' is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#')) lines.Add(line);
        }
        return lines;
    }
}
