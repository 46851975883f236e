using Microsoft.Extensions.Options;
using ReportBot.Search.Indexing;

namespace ReportBot.Hosting;

internal static class HostRunner
{
    /// <summary>
    /// Composes and runs the bot; a data or settings error at start is printed plainly, naming the file
    /// or the setting (exit code 1), rather than as a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            await using var app = ReportBotApp.Create(args);
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is DataDirectoryException or ReportDataException or OptionsValidationException
            || (e is InvalidOperationException && e.Source?.StartsWith("ReportBot", StringComparison.Ordinal) == true))
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }
}
