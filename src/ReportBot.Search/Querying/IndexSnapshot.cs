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
    private IndexSnapshot(string generationPath, DirectoryReader reader, PassageText[] passages)
    {
        GenerationPath = generationPath;
        Reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Passages = passages;
    }

    public string GenerationPath { get; }
    public DirectoryReader Reader { get; }
    public IndexSearcher Searcher { get; }

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
