namespace ReportBot.Search.Analysis;

/// <summary>The names of the analyzed fields, shared by the index schema and the question analyzer.</summary>
internal static class IndexSchemaFields
{
    public const string Text = "text";
    public const string Context = "context";
}
