using Lucene.Net.Documents;
using ReportBot.Search.Analysis;
using ReportBot.Search.Model;

namespace ReportBot.Search.Indexing;

/// <summary>The index's fields, and the mapping between a <see cref="Passage"/> and a Lucene document.</summary>
internal static class IndexSchema
{
    /// <summary>Changes whenever the fields change, so that older indexes are rebuilt.</summary>
    public const string Version = "fields-2";

    public const string Id = "id";
    public const string Text = IndexSchemaFields.Text;
    public const string Context = IndexSchemaFields.Context;
    private const string Kind = "kind";
    private const string Article = "article";
    private const string ArticleTitle = "articleTitle";
    private const string Section = "section";
    private const string Heading = "heading";
    private const string Ordinal = "ordinal";
    private const string Sentences = "sentences";
    private const string Report = "report";
    private const string ReportTitle = "reportTitle";
    private const string Publisher = "publisher";
    private const string PublisherEn = "publisherEn";
    private const string Date = "date";
    private const string Byline = "byline";
    private const string Dateline = "dateline";
    private const string Credit = "credit";

    private const char SentenceSeparator = '\n';

    public static Document ToDocument(Passage passage)
    {
        var source = passage.Source;
        var doc = new Document
        {
            new StringField(Id, passage.Id, Field.Store.YES),
            new StoredField(Text, passage.Text),
            // What a caption or a byline is (a photo, the second article's author) is found with its text.
            new TextField(Text, passage.Kind == PassageKind.Paragraph ? passage.Text : $"{passage.Text}\n{passage.Context}", Field.Store.NO),
            new TextField(Context, passage.Context, Field.Store.YES),
            new StringField(Kind, passage.Kind.ToString(), Field.Store.YES),
            new StoredField(Article, passage.ArticleOrdinal),
            new StoredField(ArticleTitle, passage.ArticleTitle),
            new StoredField(Section, passage.SectionOrdinal),
            new StoredField(Ordinal, passage.Ordinal),
            new StoredField(Sentences, string.Join(SentenceSeparator, passage.Sentences)),
            new StringField(Report, source.ReportId, Field.Store.YES),
            new StoredField(ReportTitle, source.ReportTitle),
            new StoredField(Publisher, source.Publisher),
            new StoredField(Date, source.Date.ToString("yyyy-MM-dd")),
        };
        AddIfPresent(doc, Heading, passage.SectionHeading);
        AddIfPresent(doc, PublisherEn, source.PublisherEn);
        AddIfPresent(doc, Byline, source.Byline);
        AddIfPresent(doc, Dateline, source.Dateline);
        AddIfPresent(doc, Credit, source.Credit);
        return doc;
    }

    public static Passage ToPassage(Document doc)
    {
        var source = new PassageSource(
            doc.Get(Report), doc.Get(ReportTitle), doc.Get(Publisher), doc.Get(PublisherEn),
            DateOnly.ParseExact(doc.Get(Date), "yyyy-MM-dd"), doc.Get(Byline), doc.Get(Dateline), doc.Get(Credit));
        return new Passage(
            doc.Get(Id), Enum.Parse<PassageKind>(doc.Get(Kind)),
            doc.GetField(Article).GetInt32Value() ?? 0, doc.Get(ArticleTitle),
            doc.GetField(Section).GetInt32Value() ?? 0, doc.Get(Heading),
            doc.GetField(Ordinal).GetInt32Value() ?? 0,
            doc.Get(Text), doc.Get(Sentences).Split(SentenceSeparator), doc.Get(Context), source);
    }

    private static void AddIfPresent(Document doc, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) doc.Add(new StoredField(name, value));
    }
}
