namespace ReportBot.Benchmarks;

/// <summary>The repository's reports and question files, found from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class BenchmarkData
{
    public static string Root { get; } = FindRoot();

    public static string Reports => Path.Combine(Root, "index-data", "reports");

    public static string DevQuestions => Path.Combine(Root, "..", "shared", "eval", "dev-questions.jsonl");

    /// <summary>A fresh data folder with a copy of the reports.</summary>
    public static string CopyReports()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reportbot-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "reports"));
        foreach (var file in Directory.GetFiles(Reports)) File.Copy(file, Path.Combine(folder, "reports", Path.GetFileName(file)));
        return folder;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Bot.sln"))) return folder.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
