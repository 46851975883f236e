namespace ReportBot.Bot;

/// <summary>The <c>ReportBot</c> settings section (see appsettings.json).</summary>
public sealed class ReportBotOptions
{
    public const string Section = "ReportBot";

    /// <summary>The data folder (index-data); found from the current folder when unset.</summary>
    public string? DataPath { get; set; }

    /// <summary>A StackExchange.Redis connection string; when set, conversation state lives in Redis.</summary>
    public string? Redis { get; set; }

    /// <summary>How long an idle conversation's state ("more" of its last question) is kept.</summary>
    public int StateMinutes { get; set; } = 60;

    /// <summary>Results shown per answer and per "more".</summary>
    public int ResultsPerPage { get; set; } = 3;

    /// <summary>Example questions offered in the welcome, in help and as follow-ups, Chinese first.</summary>
    public List<string> ExampleQuestions { get; set; } = [];

    /// <summary>The same examples for English conversations.</summary>
    public List<string> ExampleQuestionsEn { get; set; } = [];
}
