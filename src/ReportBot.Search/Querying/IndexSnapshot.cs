using System.Collections.Concurrent;
using System.Collections.Frozen;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using ReportBot.Search.Analysis;
using ReportBot.Search.Indexing;
using ReportBot.Search.Model;

namespace ReportBot.Search.Querying;

/// <summary>
/// One open index generation: the reader and searcher, and every passage held in memory with its
/// folded text and sentence offsets, so a question costs no stored-field reads. Reference counted
/// through the reader, so a refresh never closes it under a running search.
/// </summary>
internal sealed class IndexSnapshot
{
    /// <summary>Bounds the per-term caches; past it they are cleared and refilled.</summary>
    private const int MaxCachedTerms = 100_000;

    private readonly FrozenDictionary<string, int> textFrequencies;
    private readonly FrozenDictionary<string, int> contextFrequencies;
    private readonly ConcurrentDictionary<(string Field, string Term), TermContext> termContexts = new();
    private readonly ConcurrentDictionary<string, bool> mentions = new(StringComparer.Ordinal);

    private IndexSnapshot(string generationPath, DirectoryReader reader, PassageText[] passages)
    {
        GenerationPath = generationPath;
        Reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Passages = passages;
        Reports = passages.Where(p => p is not null)
            .GroupBy(p => p.Passage.Source.ReportId)
            .Select(g => g.First().Passage.Source)
            .Select(s => new ReportSummary(s.ReportId, s.ReportTitle, s.Publisher, s.PublisherEn, s.Date))
            .ToList();
        textFrequencies = Frequencies(reader, IndexSchemaFields.Text);
        contextFrequencies = Frequencies(reader, IndexSchemaFields.Context);
    }

    /// <summary>In how many passages a term of the text field occurs (0 when never).</summary>
    public int DocFreq(string term) => textFrequencies.GetValueOrDefault(term);

    /// <summary>True when the term occurs in the text or the context field of any passage.</summary>
    public bool Knows(string term) => textFrequencies.ContainsKey(term) || contextFrequencies.ContainsKey(term);

    /// <summary>A term query whose statistics are looked up once per generation, not once per question.</summary>
    public TermQuery TermQuery(string field, string term)
    {
        if (termContexts.Count > MaxCachedTerms) termContexts.Clear();
        var context = termContexts.GetOrAdd((field, term), static (key, reader) => TermContext.Build(reader.Context, new Term(key.Field, key.Term)), Reader);
        return new TermQuery(new Term(field, term), context);
    }

    /// <summary>Whether the index mentions a phrase anywhere, remembered per generation.</summary>
    public bool Mentions(string phrase, Func<string, bool> lookUp)
    {
        if (mentions.Count > MaxCachedTerms) mentions.Clear();
        return mentions.GetOrAdd(phrase, lookUp);
    }

    /// <summary>Every term of a field with its document frequency: the vocabulary of a report is small.</summary>
    private static FrozenDictionary<string, int> Frequencies(IndexReader reader, string field)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return frequencies.ToFrozenDictionary(StringComparer.Ordinal);
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext()) frequencies[iterator.Term.Utf8ToString()] = iterator.DocFreq;
        return frequencies.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string GenerationPath { get; }
    public DirectoryReader Reader { get; }
    public IndexSearcher Searcher { get; }

    /// <summary>The reports the generation holds.</summary>
    public IReadOnlyList<ReportSummary> Reports { get; }

    /// <summary>By Lucene document number.</summary>
    public PassageText[] Passages { get; }

    public static IndexSnapshot Open(string generationPath)
    {
        var directory = FSDirectory.Open(generationPath);
        var reader = DirectoryReader.Open(directory);
        var passages = new PassageText[reader.MaxDoc];
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            passages[doc] = new PassageText(IndexSchema.ToPassage(reader.Document(doc)));
        }
        return new IndexSnapshot(generationPath, reader, passages);
    }

    public bool TryAcquire() => Reader.TryIncRef();

    public void Release() => Reader.DecRef();
}

/// <summary>A passage with its text folded for matching and where each sentence starts in it.</summary>
internal sealed class PassageText
{
    public PassageText(Passage passage)
    {
        Passage = passage;
        Folded = ChineseText.Fold(passage.Text);
        FoldedContext = ChineseText.Fold(passage.Context);
        var starts = new int[passage.Sentences.Count + 1];
        var at = 0;
        for (var i = 0; i < passage.Sentences.Count; i++)
        {
            var found = passage.Text.IndexOf(passage.Sentences[i], at, StringComparison.Ordinal);
            starts[i] = found < 0 ? at : found;
            at = starts[i] + passage.Sentences[i].Length;
        }
        starts[^1] = passage.Text.Length;
        SentenceStarts = starts;
    }

    public Passage Passage { get; }
    public string Folded { get; }
    public string FoldedContext { get; }

    /// <summary>Start offset of each sentence in the text, and the text's length last.</summary>
    public int[] SentenceStarts { get; }

    public int SentenceCount => SentenceStarts.Length - 1;

    public int SentenceEnd(int sentence) => SentenceStarts[sentence] + Passage.Sentences[sentence].Length;
}
