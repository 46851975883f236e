namespace ReportBot.Search.Parsing;

/// <summary>Splits Chinese (and Latin) prose into sentences, keeping closing quotes with their sentence.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        var bookDepth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '《') bookDepth++;
            else if (c == '》' && bookDepth > 0) bookDepth--;
            if (bookDepth > 0 || !EndsSentence(text, i)) continue;

            var end = i + 1;
            while (end < text.Length && (IsCloser(text[end]) || IsTerminal(text[end]))) end++;
            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>True for the punctuation that ends a sentence, where a paragraph may end properly.</summary>
    public static bool IsTerminal(char c) => c is '。' or '！' or '？' or '!' or '?' or '…';

    /// <summary>True when the text ends with sentence-ending punctuation, closing quotes aside.</summary>
    public static bool EndsWithTerminal(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && (IsCloser(text[i]) || char.IsWhiteSpace(text[i]))) i--;
        return i >= 0 && IsTerminal(text[i]);
    }

    private static bool EndsSentence(string text, int i)
    {
        var c = text[i];
        if (c is '。' or '！' or '？') return true;
        // Latin '.', '!', '?' end a sentence only before a space or the end (not in 4.6 or a URL).
        if (c is '.' or '!' or '?') return i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]);
        // An ellipsis "……" ends a sentence when more text follows it.
        return c == '…' && i + 1 < text.Length && text[i + 1] != '…' && i > 0 && text[i - 1] == '…';
    }

    private static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '"' or '\'';

    private static void Add(List<string> sentences, string text, int start, int end)
    {
        var sentence = text[start..end].Trim();
        if (sentence.Length > 0) sentences.Add(sentence);
    }
}
