using Microsoft.Extensions.Configuration;
using ReportBot.Hosting;
using ReportBot.Search.Indexing;

namespace ReportBot.Cli;

/// <summary>The verbs of the executable. Each returns an exit code: 0 done, 1 failed, 2 wrong command line.</summary>
internal static class Commands
{
    public const string Usage = """
        Usage:
          ReportBot                                   serve the bot (http://localhost:3978/api/messages)
          ReportBot ask "问题" [--top N] [--json]      answer a question as the bot would
          ReportBot index                             rebuild the index from index-data/reports
          ReportBot eval FILE.jsonl [--verbose]       score a question file (R@1, R@3, R@5, MRR@5, no-answer accuracy)
          ReportBot teams-package --app-id ID --out FILE.zip [--website-url URL] [--version X.Y.Z]
                                                      write the Microsoft Teams app package
        Every verb takes --data PATH (the index-data folder; default: the nearest index-data/ up from here).
        """;

    private static readonly Dictionary<string, Func<CommandLine, IConfiguration, TextWriter, Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["ask"] = AskCommand.RunAsync,
        ["index"] = IndexCommand.RunAsync,
        ["eval"] = EvalCommand.RunAsync,
        ["teams-package"] = TeamsPackageCommand.RunAsync,
    };

    private static readonly HashSet<string> Valued = ["top", "data", "locale", "app-id", "out", "website-url", "version"];

    /// <summary>True when the first argument names a verb (or asks for help): the program runs it instead of serving.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (Verbs.ContainsKey(args[0]) || args[0] is "help" or "--help" or "-h");

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args[0] is "help" or "--help" or "-h")
        {
            await output.WriteLineAsync(Usage);
            return 0;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        try
        {
            var line = CommandLine.Parse(args, Valued);
            return await Verbs[line.Verb](line, configuration, output);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}\n\n{Usage}");
            return 2;
        }
        catch (Exception e) when (e is DataDirectoryException or ReportDataException or FormatException or IOException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    /// <summary>The index store for the data folder the command line or the settings name, its index built when missing or stale.</summary>
    public static IndexStore Store(CommandLine line, IConfiguration configuration) =>
        new(DataDirectory.Resolve(line.Value("data"), configuration));
}
