namespace ReportBot.Search.Tests.Support;

/// <summary>Paths of the repository the tests run from, and of the shared folder beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Reports => Path.Combine(Root, "index-data", "reports");

    public static string ReportText => Path.Combine(Reports, "china-central-asia-spirit.txt");

    public static string DevQuestions => Path.Combine(Root, "..", "shared", "eval", "dev-questions.jsonl");

    public static string ExtraQuestions => Path.Combine(AppContext.BaseDirectory, "Data", "extra-questions.jsonl");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("The tests must run from inside the repository (no Bot.sln above " + AppContext.BaseDirectory + ").");
    }
}
